/**
 * Placing pasted clauses in the structure at the caret (after a selection is deleted).
 *
 * Caret in the operative part, in a clause at level k (0 for an operative clause, 1 to 4 for a
 * sub-clause): pasted items go right after the caret's paragraph. An item at level k (an
 * unlabelled pasted line, or pasted sub-clauses when k > 0) is a sibling after the caret's clause
 * (and its sub-clauses); an item one level deeper (pasted sub-clauses when k = 0) becomes a
 * sub-clause of the caret's clause, ahead of its own (after them from its continuing text); an
 * operative clause goes after the caret's operative clause. Later items follow the first, their
 * levels relative to it, never deeper than four levels. An empty clause at the caret is replaced;
 * sub-clauses pasted into an empty operative clause join the clause above (as typing "(a) " there
 * does). Preambular clauses go to the end of the preamble.
 *
 * Caret in the preamble: preambular clauses after the caret's clause (an empty one is replaced),
 * operative clauses at the start of the operative part (an empty first clause is replaced).
 */
import { type Node, type ResolvedPos } from "prosemirror-model";
import { AllSelection, NodeSelection, Selection, TextSelection, type Transaction } from "prosemirror-state";
import { newClauseId, schema, isOperativeBlock, MAX_SUBCLAUSE_DEPTH, clauseTypes } from "@clausewise/schema";
import { liftEmptyWrappers } from "../structure/deleted-range-repair.ts";
import { flattenAtMaxDepth, isEmptyItem, itemAsPreamble, itemFromNode, itemToNode, type Item, type Pasted, type Root } from "./outline.ts";

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
  const clause = schema.nodes.operative_clause.create({ id: newClauseId() }, schema.nodes.clause_text.create());
  const start = tr.doc.firstChild!.nodeSize;
  tr.replaceWith(start, tr.doc.content.size, [schema.nodes.preamble.create(), schema.nodes.operative.create(null, clause)]);
  // Into the operative part, its clause and the clause's text.
  return tr.setSelection(TextSelection.create(tr.doc, start + tr.doc.child(1).nodeSize + 3));
}

/**
 * A selected clause (a NodeSelection, as Shift-Backspace or a click on its label makes) gives way
 * to an empty clause of its kind, the caret in it, so that what is pasted replaces it in place.
 */
export function clearSelectedClause(tr: Transaction): Transaction {
  const { selection } = tr;
  if (!(selection instanceof NodeSelection) || !clauseTypes.has(selection.node.type.name)) return tr;
  const clause = selection.node.type.create({ id: selection.node.attrs.id ?? newClauseId() }, schema.nodes.clause_text.create());
  tr.replaceWith(selection.from, selection.to, clause);
  return tr.setSelection(TextSelection.create(tr.doc, selection.from + 2));
}

/** The section a paste at this position reads for. */
export function pasteSection($pos: ResolvedPos): "preamble" | "operative" {
  return $pos.depth >= 1 && $pos.node(1).type === schema.nodes.preamble ? "preamble" : "operative";
}

/** Position of the end of a node's last textblock. */
function lastTextblockEnd(node: Node, pos: number): number {
  let current = node;
  let at = pos;
  while (!current.isTextblock) {
    const last = current.lastChild!;
    at = at + current.nodeSize - 1 - last.nodeSize;
    current = last;
  }
  return at + current.nodeSize - 1;
}

/** Where a node (by identity) lies in [from, to) of a document, or -1. */
function findNode(doc: Node, target: Node, from: number, to: number): number {
  let found = -1;
  doc.nodesBetween(from, Math.min(to, doc.content.size), (node, pos) => {
    if (found >= 0) return false;
    if (node === target) {
      found = pos;
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}

const isEmptyClause = (node: Node) => node.childCount === 1 && node.textContent === "";

interface Slot {
  list: Item[];
  index: number;
}

/**
 * Deletes a selection as Backspace does, the clauses it ended inside leaving no empty clause
 * behind: their sub-clauses take their place a level up (what src/structure/deleted-range-repair.ts
 * does after a deletion; done here before the pasted clauses go in, since it looks at what
 * follows the caret once the transaction is complete).
 */
export function deleteSelectionForPaste(tr: Transaction): Transaction {
  if (tr.selection.empty) return tr;
  const spanned = !tr.selection.$from.sameParent(tr.selection.$to);
  tr.deleteSelection();
  return spanned ? liftEmptyWrappers(tr) : tr;
}

/** Inserts the pasted clauses at the selection (deleted first) and puts the caret after them. */
export function insertPasted(tr: Transaction, pasted: Pasted): Transaction {
  deleteSelectionForPaste(tr);
  if (pasted.preamble.length === 0 && pasted.roots.length === 0) return tr;
  const $pos = tr.selection.$from;
  const caret = pasteSection($pos) === "preamble" ? insertInPreamble(tr, pasted, $pos) : insertInOperative(tr, pasted, $pos);
  if (caret !== null) tr.setSelection(TextSelection.create(tr.doc, caret));
  return tr.scrollIntoView();
}

/** The operative part's top-level clauses and where each lies. */
function topClauses(doc: Node): { node: Node; pos: number; parent: Node; index: number }[] {
  const out: { node: Node; pos: number; parent: Node; index: number }[] = [];
  const section = doc.child(2);
  let pos = doc.child(0).nodeSize + doc.child(1).nodeSize + 1;
  section.forEach((child, _o, i) => {
    if (isOperativeBlock(child)) {
      let inner = pos + 1;
      child.forEach((clause, _p, j) => {
        out.push({ node: clause, pos: inner, parent: child, index: j });
        inner += clause.nodeSize;
      });
    } else out.push({ node: child, pos, parent: section, index: i });
    pos += child.nodeSize;
  });
  return out;
}

function insertInOperative(tr: Transaction, pasted: Pasted, $pos: ResolvedPos): number | null {
  if (pasted.roots.length === 0) return appendToPreamble(tr, pasted.preamble, null);
  // The caret's top-level clause T (depth 2, or 3 inside a long paper's block) and its clause S.
  const topDepth = $pos.depth >= 2 && isOperativeBlock($pos.node(2)) ? 3 : 2;
  let tPos: number;
  let T: Node;
  let path: number[] = [];
  let inContinuation = false;
  if ($pos.depth > topDepth && $pos.node(topDepth).type === schema.nodes.operative_clause) {
    T = $pos.node(topDepth);
    tPos = $pos.before(topDepth);
    for (let d = topDepth + 1; d <= $pos.depth && clauseTypes.has($pos.node(d).type.name); d++) path.push($pos.index(d - 1) - 1);
    inContinuation = $pos.parent.type === schema.nodes.continuation;
  } else {
    // Not in a clause's text (a selected node): after the last operative clause.
    const last = topClauses(tr.doc).at(-1)!;
    T = last.node;
    tPos = last.pos;
    path = [];
    inContinuation = true;
  }
  const k = path.length;
  let rangeFrom = tPos;
  const rangeTo = tPos + T.nodeSize;

  const top = itemFromNode(T, false);
  const tops: Item[] = [top];
  const chain: Item[] = [top];
  for (const index of path) chain.push(chain.at(-1)!.children[index]!);
  const S = chain[k]!;
  const slots: (Slot | undefined)[] = [{ list: tops, index: 1 }];
  for (let L = 1; L <= k; L++) slots[L] = { list: chain[L - 1]!.children, index: chain[L - 1]!.children.indexOf(chain[L]!) + 1 };
  if (k + 1 <= MAX_SUBCLAUSE_DEPTH) slots[k + 1] = { list: S.children, index: inContinuation ? S.children.length : 0 };

  const firstSub = pasted.roots.find((r) => r.anchor === "sub");
  const subShift = (k === 0 ? 1 : k) - (firstSub?.depth ?? 1);
  const levelOf = (r: Root) => (r.anchor === "top" ? 0 : r.anchor === "caret" ? k : Math.max(1, r.depth + subShift));

  const first = pasted.roots[0];
  if (first && isEmptyItem(S)) {
    const slot = slots[k]!;
    const at = slot.index - 1;
    slot.list.splice(at, 1);
    slot.index = at;
    slots.length = k + 1;
    if (levelOf(first) > k) {
      // Sub-clauses pasted into an empty clause join the clause above, as a typed "(a) " does.
      let previous: Item | undefined = slot.list[at - 1];
      if (k === 0 && !previous) {
        const tops0 = topClauses(tr.doc);
        const i = tops0.findIndex((t) => t.pos === tPos);
        const before = tops0[i - 1];
        if (before && before.parent === tops0[i]!.parent) {
          previous = itemFromNode(before.node, false);
          tops.unshift(previous);
          rangeFrom = before.pos;
          slot.index = 1;
        }
      }
      if (previous && !previous.continuation?.size && k + 1 <= MAX_SUBCLAUSE_DEPTH) slots[k + 1] = { list: previous.children, index: previous.children.length };
    }
  }

  let lastPlaced: Item | null = null;
  for (const root of pasted.roots) {
    let L = Math.min(levelOf(root), slots.length - 1, MAX_SUBCLAUSE_DEPTH);
    while (L > 0 && !slots[L]) L--;
    const slot = slots[L]!;
    const items = L === MAX_SUBCLAUSE_DEPTH ? flattenAtMaxDepth(root.item, L) : [root.item];
    slot.list.splice(slot.index, 0, ...items);
    slot.index += items.length;
    const placed = items.at(-1)!;
    slots.length = L + 1;
    if (L + 1 <= MAX_SUBCLAUSE_DEPTH) slots[L + 1] = { list: placed.children, index: placed.children.length };
    lastPlaced = root.item;
  }

  const made = new Map<Item, Node>();
  const nodes = tops.map((item) => itemToNode(item, 0, made));
  let caret: number | null = null;
  if (nodes.length) {
    tr.replaceWith(rangeFrom, rangeTo, nodes);
    let size = 0;
    for (const n of nodes) size += n.nodeSize;
    const target = lastPlaced && made.get(lastPlaced);
    const at = target ? findNode(tr.doc, target, rangeFrom, rangeFrom + size) : -1;
    if (at >= 0) caret = lastTextblockEnd(target!, at);
  }
  return appendToPreamble(tr, pasted.preamble, caret);
}

/** Preambular clauses at the end of the preamble; the caret mapped, or after them. */
function appendToPreamble(tr: Transaction, clauses: readonly Node[], caret: number | null): number | null {
  if (!clauses.length) return caret;
  const steps = tr.steps.length;
  const end = tr.doc.child(0).nodeSize + 1 + tr.doc.child(1).content.size;
  tr.insert(end, clauses);
  if (caret !== null) return tr.mapping.slice(steps).map(caret);
  const last = clauses.at(-1)!;
  let at = end;
  for (const n of clauses) at += n.nodeSize;
  return lastTextblockEnd(last, at - last.nodeSize);
}

function insertInPreamble(tr: Transaction, pasted: Pasted, $pos: ResolvedPos): number | null {
  const preambleNodes = [...pasted.preamble];
  const tops: Node[] = [];
  for (const root of pasted.roots) {
    if (root.anchor === "top") tops.push(itemToNode(root.item, 0));
    // Sub-clauses have no place in the preamble: their texts become preambular clauses.
    else preambleNodes.push(...itemAsPreamble(root.item));
  }
  let caret: number | null = null;
  // Operative clauses first: they lie after the preamble, so the preamble's positions stay valid.
  if (tops.length) {
    const first = topClauses(tr.doc)[0]!;
    const replace = isEmptyClause(first.node) ? first.node.nodeSize : 0;
    tr.replaceWith(first.pos, first.pos + replace, tops);
    const last = tops.at(-1)!;
    let end = first.pos;
    for (const n of tops) end += n.nodeSize;
    caret = lastTextblockEnd(last, end - last.nodeSize);
  }
  if (preambleNodes.length) {
    const steps = tr.steps.length;
    const section = tr.doc.child(1);
    let at = tr.doc.child(0).nodeSize + 1;
    let replace = 0;
    const index = $pos.depth >= 2 ? $pos.index(1) : section.childCount;
    for (let i = 0; i < Math.min(index, section.childCount); i++) at += section.child(i).nodeSize;
    const current = index < section.childCount ? section.child(index) : null;
    if (current && isEmptyClause(current)) replace = current.nodeSize;
    else if (current) at += current.nodeSize;
    tr.replaceWith(at, at + replace, preambleNodes);
    if (caret !== null) caret = tr.mapping.slice(steps).map(caret);
    else {
      const last = preambleNodes.at(-1)!;
      let end = at;
      for (const n of preambleNodes) end += n.nodeSize;
      caret = lastTextblockEnd(last, end - last.nodeSize);
    }
  }
  return caret;
}
