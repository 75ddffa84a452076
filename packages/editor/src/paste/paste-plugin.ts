/**
 * Takes over paste before ProseMirror parses the clipboard's HTML: the clipboard is read as text
 * (readClipboard) and inserted as text or as clauses (insertClauses), never as foreign DOM.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import { readClipboard } from "./clipboard.ts";
import { insertClauses } from "./insert.ts";

export const pastePluginKey = new PluginKey("clause-paste");

export function pastePlugin(committee: () => string | undefined = () => undefined): Plugin {
  return new Plugin({
    key: pastePluginKey,
    props: {
      handleDOMEvents: {
        paste(view, event) {
          if (!view.editable || !event.clipboardData) return false;
          event.preventDefault();
          const html = event.clipboardData.getData("text/html");
          const plain = event.clipboardData.getData("text/plain");
          const content = readClipboard(html, plain, committee());
          if (!content) return true;
          if (content.kind === "text") {
            if (view.state.selection.$from.parent.isTextblock) view.dispatch(view.state.tr.insertText(content.text).scrollIntoView());
            return true;
          }
          view.dispatch(insertClauses(view.state, content.preamble, content.operative).setMeta("uiEvent", "paste"));
          return true;
        },
      },
    },
  });
}
