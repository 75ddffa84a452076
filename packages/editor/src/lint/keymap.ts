/** The lint keymap: F8 / Shift-F8 between findings, Mod-. for the card of the finding at the cursor. */
import { keydownHandler } from "prosemirror-keymap";
import { Plugin, type Command } from "prosemirror-state";
import { closeFindingCard, nextDiagnostic, openFindingCard, previousDiagnostic } from "./commands.ts";

/** The bindings as data, for hosts that merge them into their own keymap. */
export const lintKeyBindings: Readonly<Record<string, Command>> = {
  F8: nextDiagnostic,
  "Shift-F8": previousDiagnostic,
  "Mod-.": openFindingCard,
  Escape: closeFindingCard,
};

/**
 * A keymap plugin with lintKeyBindings; place it before the base keymap. It also works in a
 * read-only view (readonly, review mode), where ProseMirror runs no key bindings: a director
 * reading a paper steps through its findings with F8 too.
 */
export function lintKeymap(): Plugin {
  const handle = keydownHandler(lintKeyBindings);
  return new Plugin({
    props: {
      handleKeyDown: handle,
      handleDOMEvents: {
        keydown(view, event) {
          if (view.editable || !handle(view, event)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
