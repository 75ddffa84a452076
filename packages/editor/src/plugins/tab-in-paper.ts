/**
 * Tab stays in the paper. Tab and Shift-Tab indent and outdent; where they cannot (the preamble,
 * a first clause), they used to move the focus out as usual, and a delegate typing fast lost the
 * words typed next to whatever control came after the paper. Now they do nothing there. The way
 * out, for keyboard users, is Escape then Tab (or Shift-Tab), as in CodeMirror; the paper's
 * accessible description says so.
 */
import { Plugin } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { autocompleteKey } from "./autocomplete.ts";
import { closeFindingCard } from "../lint/commands.ts";

/** Whether Escape has something to close here: the opening-phrase suggestions or a finding card. */
function escapeIsTaken(view: EditorView): boolean {
  return (autocompleteKey.getState(view.state)?.items.length ?? 0) > 0 || closeFindingCard(view.state, undefined, view);
}

/** What the paper's accessible description says about leaving it with the keyboard. */
export const TAB_ESCAPE_HINT = "Tab indents a clause. To leave the paper, press Escape, then Tab.";

export function tabInPaperPlugin(): Plugin {
  // Per editor (editorPlugins builds a list per view): whether the last key was Escape.
  let escaped = false;
  return new Plugin({
    props: {
      handleDOMEvents: {
        // Seen before any key handler (autocomplete and cards take Escape for themselves).
        // Returning true here leaves the event to the browser: after Escape, Tab moves the focus
        // even where it would indent.
        keydown(view, event) {
          // Only an Escape that closes nothing arms leaving: one that dismisses the suggestions or
          // a finding card is taken by them (so Escape, Tab there still indents).
          if (event.key === "Escape") escaped = !escapeIsTaken(view);
          else if (event.key === "Tab" && escaped && !event.ctrlKey && !event.altKey && !event.metaKey) {
            escaped = false;
            return true;
          } else if (event.key !== "Shift") escaped = false;
          return false;
        },
      },
      // Last in the key handlers: a Tab that reaches it was not taken by indenting or suggestions.
      handleKeyDown(view, event) {
        // A read-only paper (review mode) is one tab stop among others: Tab moves on.
        if (!view.editable || event.key !== "Tab" || event.ctrlKey || event.altKey || event.metaKey) return false;
        event.preventDefault();
        return true;
      },
    },
  });
}
