/**
 * Seeded random documents and edits for the equivalence tests: typing, deleting, splitting,
 * joining, moving clauses, Tab / Shift-Tab-like structure edits as raw transforms (including a
 * ReplaceAroundStep that re-parents a sub-clause without touching its node), paste-like replaces,
 * committee changes and multi-step transactions.
 */
import { Fragment, Slice, type Node } from "prosemirror-model";
import type { EditorState, Transaction } from "prosemirror-state";
import { ReplaceAroundStep } from "prosemirror-transform";
import { createDocument, schema, MAX_SUBCLAUSE_DEPTH, type ClauseInput } from "@clausewise/schema";

/** mulberry32: a tiny seeded PRNG, so failures replay from their seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const words = [
  "Requests", "the", "Secretary-General", "to", "establish a fund", "demands", "decides", "deploy", "urges",
  "States", "UNHCR", "OHCHR", "Calls", "upon", "all", "x", "report", "annually", "Recalling", "resolution", "60/251",
];

export function phrase(r: Rand): string {
  const n = 1 + int(r, 5);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, words));
  return out.join(" ");
}

function clauseInput(r: Rand, depth: number): ClauseInput {
  const text = r() < 0.1 ? "" : r() < 0.3 ? `Requests the Secretary-General to ${phrase(r)}` : phrase(r);
  if (depth >= 3 || r() < 0.6) return text;
  const sub = Array.from({ length: 1 + int(r, 3) }, () => clauseInput(r, depth + 1));
  return r() < 0.3 ? { text, sub, continuation: phrase(r) } : { text, sub };
}

export function randomDocument(r: Rand, operative = 6, preamble = 3): Node {
  return createDocument({
    heading: { committee: pick(r, ["hrc", "ga", "sc"]) },
    preamble: Array.from({ length: preamble }, () => (r() < 0.2 ? "Recalling that it urges" : `Recalling ${phrase(r)}`)),
    operative: Array.from({ length: operative }, () => clauseInput(r, 0)),
  });
}

interface Located {
  node: Node;
  pos: number;
}

function textblocks(doc: Node): Located[] {
  const out: Located[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      out.push({ node, pos });
      return false;
    }
    return true;
  });
  return out;
}

function clauses(doc: Node): Located[] {
  const out: Located[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) return false;
    if (node.type.name.endsWith("clause")) out.push({ node, pos });
    return true;
  });
  return out;
}

/** A random position inside a random textblock. */
function textPos(r: Rand, doc: Node): { block: Located; pos: number } {
  const block = pick(r, textblocks(doc));
  return { block, pos: block.pos + 1 + int(r, block.node.content.size + 1) };
}

/** Levels of sub-clauses below a node (0 for a clause without sub-clauses). */
function height(node: Node): number {
  let h = 0;
  node.forEach((c) => {
    if (c.type.name === "subclause") h = Math.max(h, 1 + height(c));
  });
  return h;
}

function depthOf(doc: Node, pos: number): number {
  const $pos = doc.resolve(pos);
  let d = 0;
  for (let i = 1; i <= $pos.depth; i++) if ($pos.node(i).type.name === "subclause") d++;
  return doc.nodeAt(pos)!.type.name === "subclause" ? d + 1 : d;
}

/** Where sub-clauses of the clause at `pos` may be inserted: after its last sub-clause or its text. */
function subclauseInsertPos(doc: Node, pos: number): number {
  const node = doc.nodeAt(pos)!;
  let at = pos + 1;
  node.forEach((child, offset) => {
    if (child.type.name !== "continuation") at = pos + 1 + offset + child.nodeSize;
  });
  return at;
}

const retype = (node: Node, type: "operative_clause" | "subclause") => schema.nodes[type].create(node.attrs, node.content, node.marks);

type Edit = (state: EditorState, r: Rand) => Transaction | null;

export const edits: Record<string, Edit> = {
  type(state, r) {
    const { pos } = textPos(r, state.doc);
    return state.tr.insertText(pick(r, [" ", "x", ...words]), pos);
  },
  deleteInText(state, r) {
    const { block } = textPos(r, state.doc);
    const size = block.node.content.size;
    if (size === 0) return null;
    const a = int(r, size), b = a + 1 + int(r, Math.min(12, size - a));
    return state.tr.delete(block.pos + 1 + a, block.pos + 1 + b);
  },
  deleteAcross(state, r) {
    const a = textPos(r, state.doc).pos, b = textPos(r, state.doc).pos;
    return a === b ? null : state.tr.delete(Math.min(a, b), Math.max(a, b));
  },
  split(state, r) {
    const { block, pos } = textPos(r, state.doc);
    return block.node.type.name === "clause_text" ? state.tr.split(pos, 2) : null;
  },
  join(state, r) {
    const blocks = textblocks(state.doc).filter((b) => b.node.type.name === "clause_text");
    const i = int(r, blocks.length);
    if (i === 0) return null;
    const prev = textblocks(state.doc).filter((b) => b.pos < blocks[i]!.pos).pop()!;
    return state.tr.delete(prev.pos + 1 + prev.node.content.size, blocks[i]!.pos + 1);
  },
  move(state, r) {
    const c = pick(r, clauses(state.doc));
    const $c = state.doc.resolve(c.pos);
    const parent = $c.parent;
    const parentStart = $c.start();
    const siblings: number[] = [];
    parent.forEach((child, offset) => {
      if (child.type === c.node.type) siblings.push(parentStart + offset);
    });
    if (siblings.length < 2) return null;
    const target = pick(r, siblings.filter((p) => p !== c.pos));
    const tr = state.tr.delete(c.pos, c.pos + c.node.nodeSize);
    const at = target > c.pos ? tr.mapping.map(target + state.doc.nodeAt(target)!.nodeSize) : tr.mapping.map(target);
    return tr.insert(at, c.node);
  },
  tab(state, r) {
    const c = pick(r, clauses(state.doc).filter((x) => x.node.type.name !== "preambular_clause"));
    if (!c) return null;
    const $c = state.doc.resolve(c.pos);
    const index = $c.index();
    const firstClauseIndex = c.node.type.name === "subclause" ? 1 : 0;
    if (index <= firstClauseIndex) return null;
    const prevPos = c.pos - $c.parent.child(index - 1).nodeSize;
    if (depthOf(state.doc, prevPos) + 1 + height(c.node) > MAX_SUBCLAUSE_DEPTH) return null;
    const tr = state.tr.delete(c.pos, c.pos + c.node.nodeSize);
    return tr.insert(subclauseInsertPos(tr.doc, prevPos), retype(c.node, "subclause"));
  },
  tabAround(state, r) {
    // Sub-clause into its previous sibling with one ReplaceAroundStep: the moved node itself is
    // not in any changed range, only its new parent's closing token moves.
    const c = pick(r, clauses(state.doc).filter((x) => x.node.type.name === "subclause"));
    if (!c) return null;
    const $c = state.doc.resolve(c.pos);
    const index = $c.index();
    if (index <= 1) return null;
    const prev = $c.parent.child(index - 1);
    if (prev.lastChild!.type.name === "continuation") return null;
    const prevPos = c.pos - prev.nodeSize;
    if (depthOf(state.doc, prevPos) + 1 + height(c.node) > MAX_SUBCLAUSE_DEPTH) return null;
    const end = c.pos + c.node.nodeSize;
    const slice = new Slice(Fragment.from(schema.nodes.subclause.create()), 1, 0);
    return state.tr.step(new ReplaceAroundStep(c.pos - 1, end, c.pos, end, slice, 1, true));
  },
  shiftTab(state, r) {
    const c = pick(r, clauses(state.doc).filter((x) => x.node.type.name === "subclause"));
    if (!c) return null;
    const $c = state.doc.resolve(c.pos);
    const parentPos = $c.before();
    const parent = $c.parent;
    const after = parentPos + parent.nodeSize;
    const type = $c.node($c.depth - 1).type.name === "operative" ? "operative_clause" : "subclause";
    const tr = state.tr.insert(after, retype(c.node, type));
    return tr.delete(c.pos, c.pos + c.node.nodeSize);
  },
  removeClause(state, r) {
    const c = pick(r, clauses(state.doc));
    return state.tr.delete(c.pos, c.pos + c.node.nodeSize);
  },
  paste(state, r) {
    const other = randomDocument(r, 3, 1);
    const a = textPos(r, other).pos, b = textPos(r, other).pos;
    const slice = other.slice(Math.min(a, b), Math.max(a, b));
    const { block } = textPos(r, state.doc);
    const from = block.pos + 1 + int(r, block.node.content.size + 1);
    const to = Math.min(block.pos + 1 + block.node.content.size, from + int(r, 5));
    return state.tr.replace(from, to, slice);
  },
  committee(state, r) {
    const heading = state.doc.firstChild!;
    return state.tr.setNodeMarkup(0, null, { ...heading.attrs, committee: pick(r, ["hrc", "ga", "sc"]) });
  },
  typeTwice(state, r) {
    const a = textPos(r, state.doc).pos;
    const tr = state.tr.insertText(pick(r, words) + " ", a);
    const b = textPos(r, tr.doc).pos;
    return tr.insertText(pick(r, ["demands ", "x", "UNHCR "]), b);
  },
};

export const editNames = Object.keys(edits);
