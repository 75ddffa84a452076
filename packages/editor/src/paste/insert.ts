/**
 * Inserting pasted clauses into the structure at the cursor: preambular clauses after the
 * preambular clause the cursor is in (or at the end of the preamble), operative clauses after the
 * operative clause the cursor is in (or at the start of the operative part). An empty clause at the
 * cursor is replaced. Sub-clauses come with their operative clause.
 */
import type { Node } from "prosemirror-model";
import { AllSelection, TextSelection, type Selection, type EditorState, type Transaction } from "prosemirror-state";
import { newClauseId } from "@clausewise/schema";
import { isOperativeBlock } from "@clausewise/schema";
import { lastTextblockEnd } from "../structure/context.ts";

const isEmptyClause = (node: Node) => node.childCount === 1 && node.textContent === "";

/**
 * Whether the selection is the whole paper (select all: ProseMirror's AllSelection, which takes
 * the heading leaf too). Typing or pasting over it replaces the clauses, not the heading.
 */
export function coversPaper(selection: Selection): boolean {
  return selection instanceof AllSelection || (selection.from === 0 && selection.to === selection.$to.doc.content.size);
}

/**
 * Replaces every clause by one empty operative clause, the cursor in it; the heading (and so the
 * organ line) stays. What typing or pasting over a select-all starts with.
 */
export function clearPaper(tr: Transaction): Transaction {
  const { schema } = tr.doc.type;
  const clause = schema.nodes.operative_clause!.create({ id: newClauseId() }, schema.nodes.clause_text!.create());
  const start = tr.doc.firstChild!.nodeSize;
  tr.replaceWith(start, tr.doc.content.size, [schema.nodes.preamble!.create(), schema.nodes.operative!.create(null, clause)]);
  // Into the operative part, its clause and the clause's text.
  return tr.setSelection(TextSelection.create(tr.doc, start + tr.doc.child(1).nodeSize + 3));
}

export function insertClauses(state: EditorState, preamble: readonly Node[], operative: readonly Node[], tr: Transaction = state.tr): Transaction {
  if (!tr.selection.empty) tr.deleteSelection();
  const $pos = tr.selection.$from;
  const inSection = $pos.depth >= 2 ? ($pos.node(1).type.name as "preamble" | "operative") : null;
  const topIndex = $pos.depth >= 2 ? $pos.index(1) : -1;
  let lastInserted: { pos: number; node: Node } | null = null;

  // Operative clauses first: they lie after the preamble, so the preamble's positions stay valid.
  if (operative.length) {
    const operativePos = tr.doc.child(0).nodeSize + tr.doc.child(1).nodeSize;
    const section = tr.doc.child(2);
    let at = operativePos + 1;
    let replace = 0;
    if (inSection === "operative") {
      // The top-level clause around the cursor, one level deeper in a long paper's blocks.
      const top = isOperativeBlock($pos.node(2)) ? 3 : 2;
      const current = $pos.node(top);
      at = $pos.before(top);
      if (isEmptyClause(current)) replace = current.nodeSize;
      else at += current.nodeSize;
    } else {
      const first = section.child(0);
      const firstClause = isOperativeBlock(first) ? first.child(0) : first;
      if (isOperativeBlock(first)) at += 1;
      if (isEmptyClause(firstClause)) replace = firstClause.nodeSize;
    }
    tr.replaceWith(at, at + replace, operative);
    const last = operative[operative.length - 1]!;
    let end = at;
    for (const node of operative) end += node.nodeSize;
    lastInserted = { pos: end - last.nodeSize, node: last };
  }
  if (preamble.length) {
    const preamblePos = tr.doc.child(0).nodeSize;
    const section = tr.doc.child(1);
    let at = preamblePos + 1 + section.content.size;
    let replace = 0;
    if (inSection === "preamble") {
      at = preamblePos + 1;
      for (let i = 0; i < topIndex; i++) at += section.child(i).nodeSize;
      const current = section.child(topIndex);
      if (isEmptyClause(current)) replace = current.nodeSize;
      else at += current.nodeSize;
    }
    tr.replaceWith(at, at + replace, preamble);
    if (inSection !== "operative" || !lastInserted) {
      const last = preamble[preamble.length - 1]!;
      let end = at;
      for (const node of preamble) end += node.nodeSize;
      lastInserted = { pos: end - last.nodeSize, node: last };
    } else {
      lastInserted = { pos: tr.mapping.maps[tr.mapping.maps.length - 1]!.map(lastInserted.pos), node: lastInserted.node };
    }
  }
  if (lastInserted) tr.setSelection(TextSelection.create(tr.doc, lastTextblockEnd(lastInserted.node, lastInserted.pos)));
  return tr.scrollIntoView();
}
