/**
 * Pasting several paragraphs at a caret inside a clause's text, as a word processor does: the
 * clause is split at the caret, the first pasted paragraph's text joins the text before the caret,
 * the text after the caret follows the last pasted paragraph's text, and the paragraphs between
 * are whole clauses at their levels. Done on a flat list of paragraphs, each with its level
 * (0 an operative clause, 1 to 4 a sub-clause) and whether it is continuing text, which is then
 * read back into clauses (every level at most one below the paragraph before, never deeper than
 * four). The paragraphs that followed the caret's text (its sub-clauses, continuing text) keep
 * their levels, so they follow the last pasted paragraph as they followed the caret's.
 */
import { Fragment, type Node, type Slice } from "prosemirror-model";
import { schema, MAX_SUBCLAUSE_DEPTH } from "@clausewise/schema";
import { forEachOpenChild, inner, pastedPreambular, safeId, withoutComments, type Item } from "./outline.ts";

/** One paragraph of the operative part: a clause's own text, or its continuing text. */
export interface Para {
  level: number;
  cont: boolean;
  text: Fragment;
  id: string | null;
}

/**
 * What a paste brings as paragraphs: `openStart` when the first one's text continues the text
 * before the caret, `openEnd` when the text after the caret continues the last one's.
 */
export interface Run {
  paras: Para[];
  openStart: boolean;
  openEnd: boolean;
  /** Levels, relative to the last pasted paragraph, of the clauses that followed it where it was cut. */
  after?: readonly { id: string; rel: number; cont: boolean }[];
  /** The paragraph before the first pasted one where it was cut, and the first one's level relative to it. */
  before?: { id: string; rel: number; cont: boolean } | null;
}

/**
 * The index in `flat` of the paragraph `before` names, right before the caret's paragraph `at`
 * past empty clause texts (what a cut from the start of a text leaves of the clauses it began
 * in), or -1: there a copy that began at the start of a text is pasted back where it was cut.
 */
export function followedIndex(flat: readonly Para[], at: number, before: Run["before"]): number {
  for (let i = at - 1; before && i >= 0; i--) {
    const p = flat[i]!;
    if (p.id === before.id && p.cont === before.cont) return i;
    if (p.cont || p.text.size) break;
  }
  return -1;
}

/** The paragraphs of an item at `level`, in document order. */
export function flattenItem(item: Item, level: number, out: Para[] = []): Para[] {
  out.push({ level, cont: false, text: item.text, id: item.id });
  for (const child of item.children) flattenItem(child, level + 1, out);
  if (item.continuation?.size) out.push({ level, cont: true, text: item.continuation, id: item.id });
  return out;
}

/**
 * Paragraphs read back into operative clauses. A paragraph goes at most one level below the one
 * before it and never below four; continuing text belongs to the open clause at its level (after
 * its sub-clauses; without any it joins the clause's text), and nothing goes under a clause after
 * its continuing text. `made` maps each paragraph to the item holding it.
 */
export function buildItems(paras: readonly Para[], made?: Map<Para, Item>): Item[] {
  const tops: Item[] = [];
  let stack: Item[] = [];
  for (const p of paras) {
    if (p.cont) {
      if (!stack.length) {
        // Continuing text with no clause before it: a clause of its own.
        const item: Item = { id: null, text: p.text, children: [], continuation: null };
        tops.push(item);
        stack = [item];
        made?.set(p, item);
        continue;
      }
      const L = Math.max(0, Math.min(p.level, stack.length - 1));
      const target = stack[L]!;
      target.continuation = target.continuation?.size ? target.continuation.append(Fragment.from(schema.text(" "))).append(p.text) : p.text;
      made?.set(p, target);
      // Nothing goes under a clause after its continuing text.
      stack = stack.slice(0, L);
      continue;
    }
    let L = Math.max(0, Math.min(p.level, stack.length, MAX_SUBCLAUSE_DEPTH));
    const item: Item = { id: p.id, text: p.text, children: [], continuation: null };
    if (L === 0) tops.push(item);
    else stack[L - 1]!.children.push(item);
    stack = stack.slice(0, L);
    stack.push(item);
    made?.set(p, item);
  }
  return tops;
}

const join = (a: Fragment, b: Fragment) => (a.size === 0 ? b : b.size === 0 ? a : a.append(b));

export interface SplitResult {
  paras: Para[];
  /** The paragraph the caret ends in (the last pasted one) and the caret's offset in its text. */
  caretPara: Para;
  caretOffset: number;
}

/**
 * The paragraphs `flat` (a top clause's, `at` the caret's paragraph, split at `offset`) with
 * `run` pasted at the caret. The first pasted paragraph takes the caret's level (pasted back where
 * it was cut, its level there) and the others keep their levels relative to it unless `absolute`.
 */
export function splitAndPaste(flatIn: readonly Para[], atIn: number, offset: number, run: Run, absolute = false): SplitResult {
  let flat = flatIn;
  let at = atIn;
  let L0: number | null = null;
  const followed = !run.openStart && offset === 0 && !absolute ? followedIndex(flat, at, run.before) : -1;
  if (followed >= 0) {
    // Pasted back where it was cut (after the paragraph it followed): at its level relative to
    // that paragraph, the clauses the cut emptied between giving way.
    L0 = Math.max(0, flat[followed]!.level + run.before!.rel);
    flat = [...flat.slice(0, followed + 1), ...flat.slice(at)];
    at = followed + 1;
  } else if (!run.openStart && offset === 0 && !absolute) {
    // Whole clauses pasted at the start of a first sub-clause whose clauses above have no text
    // (what a cut from the start of a clause's text leaves: the emptied clause holding the rest):
    // they go at the level of the emptied clause, which gives way.
    let top = at;
    const empty = (i: number) => i >= 0 && !flat[i]!.cont && flat[i]!.text.size === 0;
    // Continuing text after an empty sub-clause of an empty clause: both were emptied.
    if (flat[at]!.cont && empty(at - 1) && empty(at - 2) && flat[at - 1]!.level === flat[at]!.level + 1 && flat[at - 2]!.level === flat[at]!.level) top = at - 2;
    else if (flat[at]!.cont) top = at + 1;
    if (top <= at) while (empty(top - 1) && flat[top - 1]!.level === flat[top]!.level - 1) top--;
    else top = at;
    if (top < at) {
      L0 = flat[top]!.level;
      flat = [...flat.slice(0, top), ...flat.slice(at)];
      at = top;
    }
  }
  const S = flat[at]!;
  const before = S.text.cut(0, offset);
  const after = S.text.cut(offset);
  const firstLevel = L0 ?? S.level;
  const shift = absolute ? 0 : firstLevel - run.paras[0]!.level;
  const pasted: Para[] = run.paras.map((p, i) => ({ ...p, level: i === 0 ? firstLevel : Math.max(0, p.level + shift) }));
  const out: Para[] = flat.slice(0, at);
  const first = pasted[0]!;
  const last = pasted.at(-1)!;
  const lastText = last.text;
  const middle: Para[] = [];
  // The caret's paragraph before the caret, joined by the first pasted paragraph, or on its own.
  if (run.openStart) middle.push({ ...first, level: S.level, cont: S.cont, id: S.id, text: join(before, first.text) });
  else {
    if (before.size) middle.push({ ...S, text: before });
    middle.push(first);
  }
  for (let i = 1; i < pasted.length; i++) middle.push(pasted[i]!);
  const lastPara = middle.at(-1)!;
  // The text after the caret: following the last pasted paragraph, or a paragraph of its own at
  // the caret's level (keeping the clause's id when nothing of it stayed before the caret).
  let caretPara = lastPara;
  const caretOffset = run.openStart && pasted.length === 1 ? before.size + lastText.size : lastText.size;
  if (run.openEnd) {
    const joined = { ...lastPara, text: join(lastPara.text, after) };
    middle[middle.length - 1] = joined;
    caretPara = joined;
  } else if (after.size) {
    middle.push({ ...S, id: before.size || run.openStart ? null : S.id, text: after });
  }
  out.push(...middle);
  let rest = flat.slice(at + 1);
  // An empty clause holding sub-clauses right after the caret's text is what a deletion across
  // clauses left of the clause it ended in: its sub-clauses go back under the pasted clause at
  // its level.
  // So is an empty sub-clause standing before continuing text of a clause above (the schema wants
  // one there): the continuing text goes back to its clause.
  rest = withoutWrappers(rest, rest[0] && rest[0].level === 0 && S.cont ? 0 : S.level + 1, caretPara.level);
  // The clauses that followed the copy where it was cut (the same ids, in order) go back to their
  // levels: the cut moved them up.
  if (run.openEnd && run.after?.length) {
    rest = [...rest];
    for (let j = 0, m = 0; j < rest.length && m < run.after.length; j++, m++) {
      const r = rest[j]!;
      const a = run.after[m]!;
      if (r.cont !== a.cont || r.id !== a.id) break;
      rest[j] = { ...r, level: Math.max(0, caretPara.level + a.rel) };
    }
  }
  out.push(...rest);
  return { paras: out, caretPara, caretOffset };
}

/**
 * `rest` without the empty clauses it starts with that hold sub-clauses (or stand before
 * continuing text of a clause above, where the schema wants a sub-clause), at levels from `min`
 * to `max`: what a deletion across clauses left of the clauses it ended in.
 */
export function withoutWrappers(rest: Para[], min: number, max: number): Para[] {
  let out = rest;
  for (;;) {
    const [next, after1] = out;
    if (!next || !after1 || next.cont || next.text.size > 0 || next.level < min || next.level > max) return out;
    if (!((!after1.cont && after1.level > next.level) || (after1.cont && after1.level < next.level))) return out;
    out = out.slice(1);
  }
}

/** Copied slice as paragraphs (operative ones; preambular clauses apart), with its open ends. */
export interface SliceParas {
  preamble: Node[];
  run: Run;
  /** The first paragraph's text is empty and open (the copy began at the end of a text). */
  emptyStart: boolean;
  /** The last paragraph's text is empty and open (the copy ended at the start of a text). */
  emptyEnd: boolean;
  /** The copy ended at the end of the last paragraph's text: text after the caret does not join it. */
  wholeEnd: boolean;
  /** The preambular clauses' texts, empty ones at the copy's edges included. */
  preambleTexts: { text: Fragment; id: string | null }[];
  /** The copy began inside a preambular clause's text, after its start (it joins the text before the caret). */
  preambleOpenStart: boolean;
  /** The copy ended inside a preambular clause's text (the text after the caret joins it). */
  preambleOpenEnd: boolean;
}

/**
 * A copied slice's operative paragraphs. `level` is the level of the clause around the copied
 * range (-1 for none); `wholeStart` says the copy began at the start of a text (so its first
 * clause is whole and joins no text).
 */
export function sliceParas(slice: Slice, level: number, wholeStart: boolean, wholeEnd = false, after: Run["after"] = [], before: Run["before"] = null): SliceParas {
  const preamble: Node[] = [];
  const paras: Para[] = [];
  let firstOpen: boolean | null = null;
  let lastOpen = false;
  let textblocks = 0;
  let preambleOpenStart = false;
  let preambleOpenEnd = false;
  const preambleTexts: { text: Fragment; id: string | null }[] = [];
  const walk = (fragment: Fragment, openStart: number, openEnd: number, clauseLevel: number, ids: (string | null)[]) => {
    forEachOpenChild(fragment, openStart, openEnd, (node, openS, openE) => {
      const type = node.type;
      if (type === schema.nodes.heading) return;
      if (type === schema.nodes.preamble || type === schema.nodes.operative || type === schema.nodes.operative_block) {
        walk(node.content, inner(openS), inner(openE), -1, []);
        return;
      }
      if (type === schema.nodes.preambular_clause) {
        const text = node.firstChild ? withoutComments(node.firstChild.content) : Fragment.empty;
        if (textblocks++ === 0) preambleOpenStart = openS > 1;
        preambleOpenEnd = openE > 1;
        const clause = pastedPreambular(node, openS, openE);
        preambleTexts.push({ text, id: clause ? (clause.attrs.id as string) : safeId(node.attrs.id) });
        if (clause) preamble.push(clause);
        return;
      }
      if (type === schema.nodes.operative_clause || type === schema.nodes.subclause) {
        const L = type === schema.nodes.operative_clause ? 0 : Math.max(1, clauseLevel + 1);
        walk(node.content, inner(openS), inner(openE), L, [safeId(node.attrs.id)]);
        return;
      }
      if (type === schema.nodes.clause_text || type === schema.nodes.continuation) {
        const cont = type === schema.nodes.continuation;
        textblocks++;
        preambleOpenEnd = false;
        if (firstOpen === null) firstOpen = openS > 0;
        lastOpen = openE > 0;
        paras.push({ level: Math.max(0, clauseLevel), cont, text: withoutComments(node.content), id: cont ? null : (ids[0] ?? null) });
      }
    });
  };
  walk(slice.content, slice.openStart, slice.openEnd, level, []);
  const first = paras[0];
  const last = paras.at(-1);
  const openStart = !!firstOpen && !wholeStart;
  return {
    preamble,
    wholeEnd: (lastOpen || preambleOpenEnd) && wholeEnd,
    preambleOpenStart: preambleOpenStart && !wholeStart,
    preambleTexts,
    preambleOpenEnd,
    run: { paras, openStart, openEnd: lastOpen, after, before },
    emptyStart: !!first && !!firstOpen && first.text.size === 0,
    emptyEnd: !!last && lastOpen && last.text.size === 0,
  };
}
