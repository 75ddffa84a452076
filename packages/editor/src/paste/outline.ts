/**
 * What a paste brings, before it is placed: preambular clauses, and operative clauses as an
 * outline of items whose level is decided only where they land (the caret's clause and level).
 * Text (readParagraphs) and slices copied in the editor (sliceToPasted) both read into this, so
 * both paste the same way.
 */
import { Fragment, type Node } from "prosemirror-model";
import { schema, newClauseId, MAX_SUBCLAUSE_DEPTH } from "@clausewise/schema";

/** An operative clause or sub-clause being placed: its text, sub-clauses and continuing text. */
export interface Item {
  id: string | null;
  text: Fragment;
  children: Item[];
  continuation: Fragment | null;
  /** The item this one was split from (flattenAtMaxDepth), for finding where it landed. */
  origin?: Item;
}

/**
 * Where a pasted item's level comes from:
 * - "top": an operative clause (a numbered line, or an operative clause copied in the editor);
 * - "caret": the caret's own level (an unlabelled line pasted in the operative part);
 * - "sub": a sub-clause, `depth` levels down among the pasted sub-clauses (1 for the shallowest):
 *   placed at the caret's level in a sub-clause, as sub-clauses of the caret's clause at the top.
 */
export interface Root {
  item: Item;
  anchor: "top" | "caret" | "sub";
  depth: number;
}

export interface Pasted {
  preamble: Node[];
  roots: Root[];
}

const IDS = /^[\w-]{1,64}$/;

/** An id a document may keep (the JSON schema's 1 to 64 characters); anything else gets a fresh one. */
export const safeId = (id: unknown): string => (typeof id === "string" && IDS.test(id) ? id : newClauseId());

/** Inline content without reviewers' comments: a pasted copy does not carry (or forge) them. */
export function withoutComments(content: Fragment): Fragment {
  const out: Node[] = [];
  content.forEach((node) => {
    if (!node.isText || !node.text) return;
    out.push(node.mark(node.marks.filter((m) => m.type !== schema.marks.comment)));
  });
  return Fragment.from(out);
}

export const textFragment = (s: string): Fragment => (s ? Fragment.from(schema.text(s)) : Fragment.empty);

/**
 * The item of an operative clause or sub-clause node, ids and marks kept. Pasted ones (`pasted`)
 * drop reviewers' comments; a clause of the paper itself keeps them.
 */
export function itemFromNode(node: Node, pasted = true): Item {
  const text = (f: Fragment) => (pasted ? withoutComments(f) : f);
  const item: Item = { id: pasted ? safeId(node.attrs.id) : (node.attrs.id as string | null), text: Fragment.empty, children: [], continuation: null };
  node.forEach((child) => {
    if (child.type === schema.nodes.clause_text) item.text = text(child.content);
    else if (child.type === schema.nodes.continuation) item.continuation = text(child.content);
    else if (child.type === schema.nodes.subclause) item.children.push(itemFromNode(child, pasted));
  });
  return item;
}

export const isEmptyItem = (item: Item): boolean => item.text.size === 0 && item.children.length === 0 && !item.continuation?.size;

/**
 * The node of an item at `level` (0: operative clause, 1 to 4: sub-clause). Sub-clauses that would
 * go deeper than four levels follow their parent at level four, in the same order.
 */
export function itemToNode(item: Item, level: number, made?: Map<Item, Node>): Node {
  const children: Node[] = [];
  if (level < MAX_SUBCLAUSE_DEPTH) {
    for (const child of item.children) for (const c of flattenAtMaxDepth(child, level + 1)) children.push(itemToNode(c, level + 1, made));
  }
  let text = item.text;
  const continuation = item.continuation?.size ? item.continuation : null;
  // Text continuing after sub-clauses needs sub-clauses before it; without them it joins the text.
  if (continuation && children.length) children.push(schema.nodes.continuation.create(null, continuation));
  else if (continuation) text = text.size ? text.append(textFragment(" ")).append(continuation) : continuation;
  children.unshift(schema.nodes.clause_text.create(null, text));
  const type = level === 0 ? schema.nodes.operative_clause : schema.nodes.subclause;
  const node = type.create({ id: item.id ?? newClauseId() }, children);
  made?.set(item.origin ?? item, node);
  return node;
}

/**
 * The items at the deepest level with their sub-clauses (and continuing text) after them: what
 * `itemToNode` writes at level four, as a list of siblings.
 */
export function flattenAtMaxDepth(item: Item, level: number): Item[] {
  if (level < MAX_SUBCLAUSE_DEPTH || (item.children.length === 0 && !item.continuation?.size)) return [item];
  const out: Item[] = [{ ...item, children: [], continuation: null, origin: item.origin ?? item }];
  for (const child of item.children) out.push(...flattenAtMaxDepth(child, level));
  if (item.continuation?.size) out.push({ id: null, text: item.continuation, children: [], continuation: null });
  return out;
}

/** Every text of an item as preambular clauses (the preamble has no sub-clauses). */
export function itemAsPreamble(item: Item): Node[] {
  const out: Node[] = [];
  const walk = (it: Item, keepId: boolean) => {
    if (it.text.size) out.push(schema.nodes.preambular_clause.create({ id: keepId ? it.id ?? newClauseId() : newClauseId() }, schema.nodes.clause_text.create(null, it.text)));
    for (const c of it.children) walk(c, true);
    if (it.continuation?.size) out.push(schema.nodes.preambular_clause.create({ id: newClauseId() }, schema.nodes.clause_text.create(null, it.continuation)));
  };
  walk(item, true);
  return out;
}

/**
 * The children of a copied slice's fragment, each with its own open depths: a slice's openStart
 * and openEnd apply to its first and last child only, and one level less inside them (`inner`).
 * Both readings of a slice (slice.ts for the clauses, split.ts for the paragraphs) walk with it.
 */
export function forEachOpenChild(fragment: Fragment, openStart: number, openEnd: number, visit: (node: Node, openS: number, openE: number) => void): void {
  const count = fragment.childCount;
  fragment.forEach((node, _offset, index) => visit(node, index === 0 ? openStart : 0, index === count - 1 ? openEnd : 0));
}

/** The open depth inside a node open by `open`. */
export const inner = (open: number): number => Math.max(0, open - 1);

/** A copied preambular clause as pasted (comments dropped, id checked), or null for an empty one at the copy's edge. */
export function pastedPreambular(node: Node, openS: number, openE: number): Node | null {
  const text = node.firstChild ? withoutComments(node.firstChild.content) : Fragment.empty;
  if (text.size === 0 && (openS || openE)) return null;
  return schema.nodes.preambular_clause.create({ id: safeId(node.attrs.id) }, schema.nodes.clause_text.create(null, text));
}
