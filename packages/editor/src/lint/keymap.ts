/** The lint keymap: F8 / Shift-F8 between findings, Mod-. for the card of the finding at the cursor. */
import { keymap } from "prosemirror-keymap";
import type { Command, Plugin } from "prosemirror-state";
import { closeFindingCard, nextDiagnostic, openFindingCard, previousDiagnostic } from "./commands.ts";

/** The bindings as data, for hosts that merge them into their own keymap. */
export const lintKeyBindings: Readonly<Record<string, Command>> = {
  F8: nextDiagnostic,
  "Shift-F8": previousDiagnostic,
  "Mod-.": openFindingCard,
  Escape: closeFindingCard,
};

/** A keymap plugin with lintKeyBindings; place it before the base keymap. */
export function lintKeymap(): Plugin {
  return keymap(lintKeyBindings);
}
