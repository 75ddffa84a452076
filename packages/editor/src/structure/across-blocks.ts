/**
 * Structural commands across operative blocks. A long paper's clauses are held in blocks
 * (@clausewise/schema blocks.ts) that readers never see, so "the previous clause" of the first
 * clause in a block is the last clause of the block before. The commands in commands.ts work on
 * siblings; this wrapper first joins the block around the cursor's top-level clause with the
 * neighbouring block(s) it touches, then runs the command on that document, in one transaction.
 * The blocks plugin cuts the joined block back to size afterwards.
 */
import type { Command, EditorState, Transaction } from "prosemirror-state";
import { Selection } from "prosemirror-state";
import { isOperativeBlock } from "@clausewise/schema";

/** The joins that put the cursor's top-level clause among its neighbours, or null if none needed. */
function joinNeighbours(state: EditorState): Transaction | null {
  const { $from, $to } = state.selection;
  if ($from.depth < 3 || !isOperativeBlock($from.node(2))) return null;
  const section = $from.node(1);
  const first = $from.index(1);
  const last = $to.depth >= 3 && isOperativeBlock($to.node(2)) ? $to.index(1) : first;
  const atStart = $from.index(2) === 0 && first > 0;
  const atEnd = $to.index(2) === section.child(last).childCount - 1 && last < section.childCount - 1;
  if (!atStart && !atEnd) return null;
  const tr = state.tr;
  // The later join first, so the earlier position stays valid.
  if (atEnd) tr.join($to.after(2));
  if (atStart) tr.join($from.before(2));
  return tr;
}

/** The state the command would see after the joins: the same state with another doc and selection. */
function stateAfter(state: EditorState, tr: Transaction): EditorState {
  const selection = Selection.fromJSON(tr.doc, tr.selection.toJSON());
  return Object.create(state, { doc: { value: tr.doc }, selection: { value: selection }, storedMarks: { value: tr.storedMarks } }) as EditorState;
}

export function acrossBlocks(command: Command): Command {
  return (state, dispatch, view) => {
    const joins = joinNeighbours(state);
    if (!joins) return command(state, dispatch, view);
    const joined = stateAfter(state, joins);
    return command(
      joined,
      dispatch &&
        ((tr) => {
          for (const step of tr.steps) joins.step(step);
          joins.setSelection(Selection.fromJSON(joins.doc, tr.selection.toJSON()));
          if (tr.storedMarksSet) joins.setStoredMarks(tr.storedMarks);
          if (tr.scrolledIntoView) joins.scrollIntoView();
          dispatch(joins);
        }),
      view,
    );
  };
}
