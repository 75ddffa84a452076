/**
 * Undo steps of their own for structure commands (new clause, indent, outdent, move, join, paste).
 * prosemirror-history groups transactions less than 500 ms apart: typing and the Tab pressed right
 * after it would be undone together. `ownUndoStep` closes the history before the command's
 * transaction (closeHistory), and marks it so that this plugin, last in the list, closes it again
 * after the transaction and what other plugins append to it (clause ids): the typing that follows
 * starts a step of its own too.
 */
import { Plugin, type Command, type Transaction } from "prosemirror-state";
import { closeHistory } from "prosemirror-history";

const STEP = "cw-own-undo-step";

/** Marks a transaction as an undo step of its own. */
export const asOwnUndoStep = (tr: Transaction): Transaction => closeHistory(tr).setMeta(STEP, true);

/** The command, its transactions undone on their own. */
export const ownUndoStep = (command: Command): Command => (state, dispatch, view) =>
  command(state, dispatch && ((tr) => dispatch(asOwnUndoStep(tr))), view);

/** Closes the history after a marked transaction. Must come after every plugin that appends. */
export function undoStepsPlugin(): Plugin {
  return new Plugin({
    appendTransaction: (trs, _old, state) => (trs.some((tr) => tr.getMeta(STEP)) ? closeHistory(state.tr) : null),
  });
}
