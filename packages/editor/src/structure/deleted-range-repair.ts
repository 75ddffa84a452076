/**
 * What deleting a selection across clauses leaves behind. ProseMirror joins the text after the
 * selection to the text before it, and keeps the clauses the selection ended inside as wrappers
 * with empty text: "2. Reque|in the region" followed by an empty "(a)" holding "(i) beyond it".
 * A word processor's outline leaves no such empty item: the wrapper's sub-clauses take its place,
 * a level up. This plugin does that, in the same transaction (one undo step), after any change
 * made over a selection that spanned several textblocks: Backspace, Delete, typing, cut, paste.
 */
import type { Node } from "prosemirror-model";
import { Plugin, Selection, type Transaction } from "prosemirror-state";
import { schema } from "@clausewise/schema";
import { hasSubclauses, hasContinuation } from "./context.ts";

/** Wrappers nested deeper than this are left (sub-clauses go four levels down). */
const MAX_REPAIRS = 6;

/** The clause whose empty text follows the textblock at the cursor and that holds sub-clauses, or null. */
function emptyWrapperAfterCursor(doc: Node, selection: Selection): { pos: number; node: Node } | null {
  const $head = selection.$head;
  if (!$head.parent.isTextblock) return null;
  const next = Selection.findFrom(doc.resolve($head.after()), 1, true);
  if (!next) return null;
  const $t = next.$head;
  if ($t.parent.type !== schema.nodes.clause_text || $t.parent.content.size > 0 || $t.depth < 2) return null;
  const clause = $t.node($t.depth - 1);
  if (!hasSubclauses(clause) || hasContinuation(clause) || $t.index($t.depth - 1) !== 0) return null;
  return { pos: $t.before($t.depth - 1), node: clause };
}

/** The empty wrapper replaced by its sub-clauses, retyped to its own kind (operative clause or sub-clause). */
function liftSubclauses(tr: Transaction, wrapper: { pos: number; node: Node }): void {
  const subs: Node[] = [];
  wrapper.node.forEach((child, _offset, index) => {
    if (index > 0) subs.push(wrapper.node.type === child.type ? child : wrapper.node.type.create(child.attrs, child.content, child.marks));
  });
  tr.replaceWith(wrapper.pos, wrapper.pos + wrapper.node.nodeSize, subs);
}

/**
 * Replaces the empty wrappers after the cursor by their sub-clauses, a level up (the cursor is
 * before them, so it stays where the deletion put it). For a transaction that has just deleted a
 * selection across clauses; the paste does this before it inserts.
 */
export function liftEmptyWrappers(tr: Transaction): Transaction {
  for (let i = 0; i < MAX_REPAIRS; i++) {
    const wrapper = emptyWrapperAfterCursor(tr.doc, tr.selection);
    if (!wrapper) break;
    liftSubclauses(tr, wrapper);
  }
  return tr;
}

/** Whether the transaction's first change replaced all of [from, to] (the selection). */
function replacesRange(tr: Transaction, from: number, to: number): boolean {
  if (tr.steps.length === 0) return false;
  let covers = false;
  tr.steps[0]!.getMap().forEach((oldStart, oldEnd) => {
    if (oldStart <= from && oldEnd >= to) covers = true;
  });
  return covers;
}

export function deletedRangeRepairPlugin(): Plugin {
  return new Plugin({
    appendTransaction(trs, oldState, newState) {
      const sel = oldState.selection;
      const spanned = !sel.empty && !sel.$from.sameParent(sel.$to);
      if (!spanned || !trs.some((tr) => replacesRange(tr, sel.from, sel.to))) return null;
      const tr = newState.tr;
      liftEmptyWrappers(tr);
      return tr.docChanged ? tr : null;
    },
  });
}
