/**
 * Takes over paste before ProseMirror parses the clipboard's HTML: the clipboard is read as text
 * (readClipboard) and inserted as text or as clauses (insertClauses), never as foreign DOM. Over a
 * select-all, a paste (and typed text) replaces the clauses and keeps the heading.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import { readClipboard } from "./clipboard.ts";
import { clearPaper, coversPaper, insertClauses } from "./insert.ts";
import { asOwnUndoStep } from "../plugins/undo-steps.ts";

export const pastePluginKey = new PluginKey("clause-paste");

export function pastePlugin(committee: () => string | undefined = () => undefined): Plugin {
  return new Plugin({
    key: pastePluginKey,
    props: {
      // Typing over a select-all (an AllSelection, heading leaf included): ProseMirror's own
      // replacement refills the document and loses the first character. The clauses give way to
      // one clause holding the typed text; the heading stays.
      handleTextInput(view, _from, _to, text) {
        if (!coversPaper(view.state.selection)) return false;
        view.dispatch(clearPaper(view.state.tr).insertText(text).scrollIntoView());
        return true;
      },
      handleDOMEvents: {
        paste(view, event) {
          if (!view.editable || !event.clipboardData) return false;
          event.preventDefault();
          const html = event.clipboardData.getData("text/html");
          const plain = event.clipboardData.getData("text/plain");
          const content = readClipboard(html, plain, committee());
          if (!content) return true;
          const tr = view.state.tr;
          // Over a select-all, the paste replaces the clauses (the heading stays), as typing does.
          if (coversPaper(tr.selection)) clearPaper(tr);
          if (content.kind === "clauses") insertClauses(view.state, content.preamble, content.operative, tr);
          else if (tr.selection.$from.parent.isTextblock) tr.insertText(content.text).scrollIntoView();
          // A selection that is no text (a selected node): the text replaces it where it fits.
          else tr.replaceSelectionWith(view.state.schema.text(content.text)).scrollIntoView();
          view.dispatch(asOwnUndoStep(tr.setMeta("uiEvent", "paste")));
          return true;
        },
      },
    },
  });
}
