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
import { Fragment, type Node, type ResolvedPos } from "prosemirror-model";
import { AllSelection, NodeSelection, Selection, TextSelection, type Transaction } from "prosemirror-state";
import { clauseModel, newClauseId, schema, isOperativeBlock, MAX_SUBCLAUSE_DEPTH, clauseTypes, openingPhrase } from "@clausewise/schema";
import { liftEmptyWrappers } from "../structure/deleted-range-repair.ts";
import { flattenAtMaxDepth, isEmptyItem, itemAsPreamble, itemFromNode, itemToNode, type Item, type Pasted, type Root } from "./outline.ts";
import { buildItems, flattenItem, followedIndex, splitAndPaste, withoutWrappers, type Para, type SliceParas } from "./split.ts";

/**
 * How a paste may split the clause at the caret (split.ts): a slice copied in the editor, with its
 * open ends, or paragraphs read from text (`firstLabelled`: the first one had a label).
 */
export type SplitSource = { kind: "slice"; paras: SliceParas } | { kind: "text"; firstLabelled: boolean };

/**
 * Whether the selection is the whole paper (select all: ProseMirror's AllSelection, which takes
 * the heading leaf too). Typing or pasting over it replaces the clauses, not the heading.
 */
export function coversPaper(selection: Selection): boolean {
  return selection instanceof AllSelection || (selection.from === 0 && selection.to === selection.$to.doc.content.size);
}

/**
 * Whether a paper is only a start: no operative clause has text yet and the preamble has at most
 * one clause (a committee template's "Guided by …", or one line typed). A whole paper pasted into
 * it takes its place rather than going below that one preambular clause.
 */
export function onlyStarted(doc: Node): boolean {
  const { clauses } = clauseModel(doc);
  return clauses.filter((c) => c.section === "preamble").length <= 1 && clauses.every((c) => c.section === "preamble" || (c.text === "" && !c.continuation?.text));
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
export function insertPasted(tr: Transaction, pasted: Pasted, split?: SplitSource): Transaction {
  deleteSelectionForPaste(tr);
  const splitParas = split?.kind === "slice" && (split.paras.run.paras.length > 0 || split.paras.preambleTexts.length > 0);
  if (pasted.preamble.length === 0 && pasted.roots.length === 0 && !splitParas) return tr;
  const $pos = tr.selection.$from;
  const caret = pasteSection($pos) === "preamble" ? (split && splitPreambular(tr, split, pasted, $pos)) ?? insertInPreamble(tr, pasted, $pos) : insertInOperative(tr, pasted, $pos, split);
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

function insertInOperative(tr: Transaction, pasted: Pasted, $pos: ResolvedPos, split?: SplitSource): number | null {
  if (pasted.roots.length === 0 && !(split?.kind === "slice" && split.paras.run.paras.length)) return appendToPreamble(tr, pasted.preamble, null);
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

  if (split && !notInClauseText($pos, topDepth)) {
    const caret = splitClause(tr, split, pasted, $pos, T, tPos, path, inContinuation, (r) => flattenItem(r.item, levelOf(r)));
    if (caret !== undefined) return caret;
  }

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

/** Whether the caret is not in an operative clause's text (a selected node: no split). */
function notInClauseText($pos: ResolvedPos, topDepth: number): boolean {
  return !($pos.depth > topDepth && $pos.node(topDepth).type === schema.nodes.operative_clause && $pos.parent.isTextblock);
}

/** Whether pasted text at the end of a clause's text goes on with its last word ("Req" + "uests"). */
const continuesWord = (before: string, first: string) =>
  // A capitalised opening phrase ("Urges", "Invites") starts a clause of its own.
  !(/^\p{Lu}/u.test(first) && openingPhrase(first, "operative")?.known) && (/\s$/u.test(before) || (/\p{L}$/u.test(before) && /^\p{Ll}/u.test(first)));

/**
 * A paste that splits the caret's clause S (inside top clause T) at the caret, as a word
 * processor splits a paragraph (split.ts); undefined where the paste is placed whole instead:
 * at the end of a clause's text (unless the copy or the text goes on with it), and in an empty
 * clause (unless the copy is pasted back where it was cut). Returns the caret.
 */
function splitClause(
  tr: Transaction,
  source: SplitSource,
  pasted: Pasted,
  $pos: ResolvedPos,
  T: Node,
  tPos: number,
  path: readonly number[],
  inContinuation: boolean,
  rootParas: (r: Root) => Para[],
): number | null | undefined {
  const n = $pos.parent.content.size;
  const o = $pos.parentOffset;
  // An empty clause is replaced (insertInOperative); an empty text with sub-clauses under it
  // (what a cut from the start of a text leaves) takes a copy's clauses before them.
  if (n === 0 && source.kind === "text") return undefined;
  const atEnd = o === n && n > 0;
  let paras: Para[];
  let openStart: boolean;
  let openEnd: boolean;
  let preamble: readonly Node[];
  if (source.kind === "slice") {
    const { run, emptyStart, emptyEnd } = source.paras;
    preamble = source.paras.preamble;
    ({ paras, openStart, openEnd } = run);
    // A copy that ended at the start of a text, pasted at the end of one: whole clauses.
    if (atEnd && openEnd && emptyEnd) {
      paras = paras.slice(0, -1);
      openEnd = false;
    }
    // A copy that began at the end of a text, pasted at the start of one: whole clauses, before it.
    if (o === 0 && openStart && emptyStart) {
      paras = paras.slice(1);
      openStart = false;
      openEnd = false;
    }
    // A copy that ended at the end of a text is followed by no text but an empty one.
    if (source.paras.wholeEnd && o < n) openEnd = false;
    // At the end of a text, a copy that began with a whole clause goes after the caret's clause.
    if (atEnd && !openStart) return undefined;
  } else {
    preamble = pasted.preamble;
    paras = pasted.roots.flatMap(rootParas);
    const before = $pos.parent.textBetween(0, o);
    const first = paras[0]?.text.textBetween(0, paras[0].text.size) ?? "";
    if (o === 0) openStart = openEnd = false;
    else if (o < n) {
      openStart = !source.firstLabelled;
      openEnd = true;
    } else if (!source.firstLabelled && continuesWord(before, first)) openStart = openEnd = true;
    else return undefined;
  }
  if (paras.length === 0) return undefined;

  // T's paragraphs, and the caret's among them.
  const flat: Para[] = [];
  let at = -1;
  const walk = (item: Item, level: number, rest: readonly number[] | null) => {
    const isS = rest !== null && rest.length === 0;
    if (isS && !inContinuation) at = flat.length;
    flat.push({ level, cont: false, text: item.text, id: item.id });
    item.children.forEach((c, i) => walk(c, level + 1, rest && rest.length && rest[0] === i ? rest.slice(1) : null));
    if (item.continuation?.size || (isS && inContinuation)) {
      if (isS && inContinuation) at = flat.length;
      flat.push({ level, cont: true, text: item.continuation ?? Fragment.empty, id: item.id });
    }
  };
  walk(itemFromNode(T, false), 0, path);
  if (at < 0) return undefined;
  const before = source.kind === "slice" && o === 0 ? source.paras.run.before : null;
  const prev = clauseBefore(tr.doc, tPos, flat, at, before);
  if (prev) {
    flat.unshift(...prev.paras);
    at += prev.paras.length;
  }
  const from = prev?.pos ?? tPos;
  if (n === 0 && followedIndex(flat, at, before) < 0) {
    // An empty clause is replaced (insertInOperative), unless it is what a cut from the start of a
    // clause's text left: an empty text with sub-clauses under it, or the first sub-clause or
    // continuing text of a clause whose text is empty, or the copy is pasted back where it was cut.
    const S = flat[at]!;
    const emptyAbove = at > 0 && !flat[at - 1]!.cont && flat[at - 1]!.text.size === 0 && flat[at - 1]!.level !== S.level;
    const hasSubs = !S.cont && flat[at + 1] !== undefined && !flat[at + 1]!.cont && flat[at + 1]!.level > S.level;
    if (!emptyAbove && !hasSubs) return undefined;
  }

  // A cut across two blocks of a long paper leaves the emptied clauses it ended in as a clause of
  // the next block: with the caret's clause ending at the caret, they come back too.
  let extra: { from: number; to: number } | null = null;
  if (openEnd && source.kind === "slice" && at === flat.length - 1) {
    const tops = topClauses(tr.doc);
    const i = tops.findIndex((t) => t.pos === tPos);
    const next = tops[i + 1];
    if (next && next.node.firstChild!.content.size === 0 && next.node.childCount > 1) {
      flat.push(...flattenItem(itemFromNode(next.node, false), 0));
      const whole = next.parent.childCount === 1;
      extra = whole ? { from: next.pos - 1, to: next.pos + next.node.nodeSize + 1 } : { from: next.pos, to: next.pos + next.node.nodeSize };
    }
  }
  const result = splitAndPaste(flat, at, o, { ...(source.kind === "slice" ? source.paras.run : undefined), paras, openStart, openEnd }, source.kind === "text");
  if (extra) tr.delete(extra.from, extra.to);
  const madeItems = new Map<Para, Item>();
  const tops = buildItems(result.paras, madeItems);
  const madeNodes = new Map<Item, Node>();
  const nodes = tops.map((item) => itemToNode(item, 0, madeNodes));
  tr.replaceWith(from, tPos + T.nodeSize, nodes);
  let size = 0;
  for (const node of nodes) size += node.nodeSize;
  let caret: number | null = null;
  const item = madeItems.get(result.caretPara);
  const node = item && madeNodes.get(item);
  const pos = node ? findNode(tr.doc, node, from, from + size) : -1;
  if (node && pos >= 0) {
    const last = node.lastChild!;
    if (result.caretPara.cont && last.type === schema.nodes.continuation) {
      const start = pos + node.nodeSize - 1 - last.nodeSize + 1;
      caret = start + Math.min(last.content.size, last.content.size - (result.caretPara.text.size - result.caretOffset));
    } else caret = pos + 2 + Math.min(result.caretOffset, node.firstChild!.content.size);
  }
  return appendToPreamble(tr, preamble, caret);
}

/**
 * The paragraphs of the top clause before T (at `tPos`) and its position, where a copy that began
 * at the start of a text, pasted back at the start of T (past the clauses the cut emptied), followed
 * that clause's end (a cut from a sub-clause's start into the next clause): it goes back under it.
 */
function clauseBefore(doc: Node, tPos: number, flat: readonly Para[], at: number, before: SliceParas["run"]["before"]): { paras: Para[]; pos: number } | null {
  if (!before || followedIndex(flat, at, before) >= 0 || !flat.slice(0, at).every((p) => !p.cont && p.text.size === 0)) return null;
  const tops = topClauses(doc);
  const i = tops.findIndex((t) => t.pos === tPos);
  const prev = tops[i - 1];
  if (!prev || prev.parent !== tops[i]!.parent) return null;
  const paras = flattenItem(itemFromNode(prev.node, false), 0);
  return followedIndex([...paras, ...flat], at + paras.length, before) >= 0 ? { paras, pos: prev.pos } : null;
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

/**
 * A paste that splits the preambular clause at the caret (as splitClause an operative one):
 * preambular clauses at the caret, the first joining the text before it and the last followed by
 * the text after it; operative ones at the start of the operative part, where the text after the
 * caret follows the last of them when the copy ended inside it (a range across both parts cut and
 * pasted back). Undefined where the paste is placed whole (insertInPreamble).
 */
function splitPreambular(tr: Transaction, source: SplitSource, pasted: Pasted, $pos: ResolvedPos): number | null | undefined {
  if ($pos.parent.type !== schema.nodes.clause_text || $pos.depth !== 3) return undefined;
  const n = $pos.parent.content.size;
  const o = $pos.parentOffset;
  // An empty clause is replaced (insertInPreamble), unless a copy ending in an operative clause's
  // text is pasted back there: what a cut from the start of a preambular text left of the clause
  // it ended in (an emptied clause holding the rest) joins it again.
  if (n === 0 && !(source.kind === "slice" && source.paras.run.openEnd && source.paras.run.paras.length)) return undefined;
  const atEnd = o === n && n > 0;
  let texts: { text: Fragment; id: string | null }[];
  let ops: Para[] = [];
  let openStart: boolean;
  let openEnd: boolean;
  if (source.kind === "slice") {
    const sp = source.paras;
    texts = [...sp.preambleTexts];
    ops = sp.run.paras;
    openStart = sp.preambleOpenStart;
    openEnd = ops.length ? sp.run.openEnd : sp.preambleOpenEnd;
    if (sp.wholeEnd && o < n) openEnd = false;
    if (atEnd && !openStart) return undefined;
    if (!texts.length && !(openEnd && ops.length)) return undefined;
  } else {
    if (pasted.roots.length && !pasted.preamble.length) return undefined;
    texts = pasted.preamble.map((node) => ({ text: node.firstChild!.content, id: node.attrs.id as string }));
    const before = $pos.parent.textBetween(0, o);
    const first = texts[0] ? texts[0].text.textBetween(0, texts[0].text.size) : "";
    const joins = !source.firstLabelled && (o < n || (!(/^\p{Lu}/u.test(first) && openingPhrase(first, "preamble")?.known) && continuesWord(before, first)));
    if (o === 0) openStart = openEnd = false;
    else if (!joins) return undefined;
    else {
      openStart = true;
      openEnd = pasted.roots.length === 0;
    }
  }
  const P = $pos.node(2);
  const pPos = $pos.before(2);
  const before = $pos.parent.content.cut(0, o);
  const after = $pos.parent.content.cut(o);
  const id = P.attrs.id as string;
  const made: { text: Fragment; id: string | null }[] = [];
  if (openStart && texts.length) made.push({ text: before.append(texts[0]!.text), id });
  else {
    if (before.size) made.push({ text: before, id });
    if (texts[0]) made.push(texts[0]);
  }
  made.push(...texts.slice(1));
  // Where the caret ends: after the last pasted text.
  const caretIndex = made.length - 1;
  const caretOffset = made.at(-1)?.text.size ?? 0;
  const afterJoinsOperative = openEnd && ops.length > 0;
  if (openEnd && !ops.length && made.length) made[made.length - 1] = { ...made.at(-1)!, text: made.at(-1)!.text.append(after) };
  else if (!afterJoinsOperative && after.size) made.push({ text: after, id: before.size || openStart ? null : id });

  let caret: number | null = null;
  // Operative paragraphs first (they lie after the preamble): at the start of the operative part.
  const tops: Node[] = [];
  if (ops.length || pasted.roots.length) {
    const first = topClauses(tr.doc)[0]!;
    let replace = 0;
    if (source.kind === "slice" && ops.length) {
      const shift = -ops[0]!.level;
      let paras: Para[] = ops.map((p) => ({ ...p, level: Math.max(0, p.level + shift) }));
      if (afterJoinsOperative) paras[paras.length - 1] = { ...paras.at(-1)!, text: paras.at(-1)!.text.append(after) };
      const caretPara = paras.at(-1)!;
      // The first operative clause: replaced when empty; an empty text holding sub-clauses (what a
      // cut across both parts left) gives way, its sub-clauses following the pasted ones.
      const firstItem = itemFromNode(first.node, false);
      const firstParas = flattenItem(firstItem, 0);
      if (firstParas.length === 1 && firstParas[0]!.text.size === 0) replace = first.node.nodeSize;
      else if (firstParas[0]!.text.size === 0 && afterJoinsOperative) {
        replace = first.node.nodeSize;
        paras = [...paras, ...withoutWrappers(firstParas, 0, caretPara.level)];
      }
      const madeItems = new Map<Para, Item>();
      const madeNodes = new Map<Item, Node>();
      for (const item of buildItems(paras, madeItems)) tops.push(itemToNode(item, 0, madeNodes));
      tr.replaceWith(first.pos, first.pos + replace, tops);
      let size = 0;
      for (const node of tops) size += node.nodeSize;
      const target = madeNodes.get(madeItems.get(caretPara)!);
      const at = target ? findNode(tr.doc, target, first.pos, first.pos + size) : -1;
      if (afterJoinsOperative && target && at >= 0) {
        if (caretPara.cont && target.lastChild!.type === schema.nodes.continuation) caret = at + target.nodeSize - 1 - after.size;
        else caret = at + 2 + caretPara.text.size - after.size;
      }
    } else {
      for (const root of pasted.roots) tops.push(itemToNode(root.item, 0));
      replace = isEmptyClause(first.node) ? first.node.nodeSize : 0;
      tr.replaceWith(first.pos, first.pos + replace, tops);
    }
  }
  // The preambular clauses in place of the caret's.
  const steps = tr.steps.length;
  const nodes = made.map((m) => schema.nodes.preambular_clause.create({ id: m.id ?? newClauseId() }, schema.nodes.clause_text.create(null, m.text)));
  tr.replaceWith(pPos, pPos + P.nodeSize, nodes);
  if (caret !== null) return tr.mapping.slice(steps).map(caret);
  if (nodes.length === 0) return null;
  let at = pPos;
  for (let i = 0; i < caretIndex; i++) at += nodes[i]!.nodeSize;
  return at + 2 + Math.min(caretOffset, nodes[caretIndex]!.content.size);
}

function insertInPreamble(tr: Transaction, pasted: Pasted, $pos: ResolvedPos): number | null {
  const preambleNodes = [...pasted.preamble];
  const tops: Node[] = [];
  for (const root of pasted.roots) {
    // An operative clause, or a sub-clause with sub-clauses under it (preambular clauses have
    // none: it is operative, as a pasted paragraph with labelled ones under it is), and every
    // clause after it, go to the start of the operative part.
    if (root.anchor === "top" || root.item.children.length || tops.length) tops.push(itemToNode(root.item, 0));
    // Other sub-clauses have no place in the preamble: their texts become preambular clauses.
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
