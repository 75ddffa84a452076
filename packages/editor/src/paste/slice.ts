/**
 * Copy and paste inside the editor (and between two editors): the copied ProseMirror slice goes
 * onto the clipboard as JSON in a <meta> element ahead of ProseMirror's own HTML (which other
 * editors read, and which ProseMirror's reader skips), and is read back without building DOM:
 * Slice.fromJSON checks every node and mark against the schema, and the clauses are then placed
 * like any paste (insert.ts), so they keep their sub-clauses and relative levels exactly.
 */
import { Fragment, Slice, type Node, type ResolvedPos } from "prosemirror-model";
import { Selection } from "prosemirror-state";
import { schema } from "@clausewise/schema";
import { forEachOpenChild, inner, itemFromNode, isEmptyItem, pastedPreambular, withoutComments, type Item, type Pasted, type Root } from "./outline.ts";

const META = "clausewise-slice";
/** Deeper than any paper nests (section, block, clause, four sub-clause levels, text). */
const MAX_NESTING = 12;

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeAttr = (s: string) =>
  s.replace(/&(quot|lt|gt|#39|amp);/g, (_m, e: string) => ({ quot: '"', lt: "<", gt: ">", "#39": "'", amp: "&" })[e]!);

/** The clause level of the node around a copied range (0 operative clause, 1-4 sub-clause), or -1. */
function sharedLevel(doc: Node, from: number, to: number): number {
  const $from = doc.resolve(from);
  let level = -1;
  for (let d = 1; d <= $from.sharedDepth(to); d++) {
    const type = $from.node(d).type;
    if (type === schema.nodes.operative_clause) level = 0;
    else if (type === schema.nodes.subclause) level++;
  }
  return level;
}

/** A copied slice and the clause level of its parent (what its loose clause text belongs to). */
export interface Copied {
  slice: Slice;
  level: number;
  /** The copy began at the start of a clause's text (its first clause is whole). */
  wholeStart: boolean;
  /** The copy ended at the end of a clause's text. */
  wholeEnd: boolean;
  /** The clauses after the copy's end in its operative clause (what a cut moves up a level). */
  after: After[];
  /** The paragraph before a copy that began at the start of a clause's text (beforeStart). */
  before?: After | null;
}

/**
 * A clause text (or, `cont`, continuing text) after the end of a copy, in the operative clause the
 * copy ended in: its clause's id and its level relative to the clause the copy ended in. A cut
 * moves such sub-clauses up a level (the deletion's repair lifts them, or ProseMirror joins them to
 * the clause the cut began in), and the paper no longer says where they were; pasted back where
 * they follow the caret, they go back to their levels.
 */
export interface After {
  id: string;
  rel: number;
  cont: boolean;
}

const MAX_AFTER = 200;
const IDS = /^[\w-]{1,64}$/;

/** The depth of the operative clause around a position in a clause's text and the level of its clause, or null. */
function clauseLevel($pos: ResolvedPos): { top: number; level: number } | null {
  let top = -1;
  let level = -1;
  for (let d = 1; d < $pos.depth; d++) {
    const type = $pos.node(d).type;
    if (type === schema.nodes.operative_clause) {
      top = d;
      level = 0;
    } else if (type === schema.nodes.subclause) level++;
  }
  return $pos.parent.isTextblock && top >= 0 ? { top, level } : null;
}

/** The clause texts after `to` in its operative clause, with their levels relative to `to`'s clause. */
function afterEnd(doc: Node, to: number): After[] {
  const $to = doc.resolve(to);
  const at = clauseLevel($to);
  if (!at) return [];
  const { top, level: toLevel } = at;
  const out: After[] = [];
  const after = $to.after();
  const walk = (node: Node, pos: number, level: number) => {
    node.forEach((child, offset) => {
      if (out.length >= MAX_AFTER) return;
      const at = pos + 1 + offset;
      if (child.type === schema.nodes.subclause) walk(child, at, level + 1);
      else if (at >= after && typeof node.attrs.id === "string") out.push({ id: node.attrs.id, rel: level - toLevel, cont: child.type === schema.nodes.continuation });
    });
  };
  walk($to.node(top), $to.before(top), 0);
  return out;
}

/**
 * The operative paragraph before a copy that began at the start of a clause's text, and the
 * copy's level relative to it. A cut from there deletes whole clauses, and what the cut leaves
 * (the clause it ended in, or an emptied one) no longer says at which level they were; pasted
 * back right after that paragraph, they go back to their levels.
 */
function beforeStart(doc: Node, from: number): After | null {
  const $from = doc.resolve(from);
  const at = clauseLevel($from);
  if (!at || $from.parentOffset > 0) return null;
  const prev = Selection.findFrom(doc.resolve($from.before()), -1, true);
  const $prev = prev?.$from;
  const by = $prev && clauseLevel($prev);
  const id: unknown = by && $prev.node($prev.depth - 1).attrs.id;
  return by && typeof id === "string" ? { id, rel: at.level - by.level, cont: $prev.parent.type === schema.nodes.continuation } : null;
}

/** The <meta> carrying the copy of a range, to put before the copied HTML. */
export function sliceMeta(doc: Node, from: number, to: number): string {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  const wholeStart = $from.parent.isTextblock && $from.parentOffset === 0;
  const wholeEnd = $to.parent.isTextblock && $to.parentOffset === $to.parent.content.size;
  const json = { slice: doc.slice(from, to).toJSON(), level: sharedLevel(doc, from, to), wholeStart, wholeEnd, after: afterEnd(doc, to), before: beforeStart(doc, from) };
  return `<meta name="${META}" content="${escapeAttr(JSON.stringify(json))}">`;
}

/** A clause text's id and relative level as the JSON gives them, or null where invalid. */
function readAfter(json: unknown): After | null {
  const a = json as { id?: unknown; rel?: unknown; cont?: unknown } | null;
  if (!a || typeof a.id !== "string" || !IDS.test(a.id) || typeof a.rel !== "number" || !Number.isInteger(a.rel) || Math.abs(a.rel) > 8) return null;
  return { id: a.id, rel: a.rel, cont: a.cont === true };
}

/** The copy an editor put into the HTML, or null (other HTML, or anything invalid). */
export function readSliceMeta(html: string): Copied | null {
  const at = html.indexOf(`<meta name="${META}" content="`);
  if (at < 0) return null;
  const start = at + `<meta name="${META}" content="`.length;
  const end = html.indexOf('"', start);
  if (end < 0) return null;
  try {
    const json = JSON.parse(unescapeAttr(html.slice(start, end))) as { slice?: unknown; level?: unknown; wholeStart?: unknown; wholeEnd?: unknown; after?: unknown; before?: unknown };
    const level = typeof json.level === "number" && Number.isInteger(json.level) ? Math.max(-1, Math.min(4, json.level)) : -1;
    const slice = Slice.fromJSON(schema, json.slice as Parameters<typeof Slice.fromJSON>[1]);
    let deep = false;
    const check = (fragment: Fragment, depth: number) => {
      if (depth > MAX_NESTING) deep = true;
      else fragment.forEach((n) => check(n.content, depth + 1));
    };
    check(slice.content, 0);
    if (deep || slice.content.size === 0) return null;
    // Every node's content and marks as the schema allows; the nodes on the open edges may be
    // partial (a clause cut before its text), so their children are checked instead.
    const checkClosed = (fragment: Fragment, openStart: number, openEnd: number) => {
      fragment.forEach((n, _o, i) => {
        const openS = i === 0 ? openStart : 0;
        const openE = i === fragment.childCount - 1 ? openEnd : 0;
        if (openS > 0 || openE > 0) checkClosed(n.content, Math.max(0, openS - 1), Math.max(0, openE - 1));
        else n.check();
      });
    };
    checkClosed(slice.content, slice.openStart, slice.openEnd);
    const after: After[] = [];
    if (Array.isArray(json.after)) {
      for (const a of json.after.slice(0, MAX_AFTER) as unknown[]) {
        const read = readAfter(a);
        if (!read) break;
        after.push(read);
      }
    }
    return { slice, level, wholeStart: json.wholeStart === true, wholeEnd: json.wholeEnd === true, after, before: readAfter(json.before) };
  } catch {
    return null;
  }
}

const isClause = (n: Node) => n.type === schema.nodes.operative_clause || n.type === schema.nodes.subclause;

/** Whether a slice is only inline content (text copied within one paragraph). */
export function isInlineSlice(slice: Slice): boolean {
  let inline = slice.content.childCount > 0;
  slice.content.forEach((n) => {
    if (!n.isInline) inline = false;
  });
  return inline;
}

/** Inline content as pasted: comments dropped. */
export const inlineSlice = (slice: Slice): Slice => new Slice(withoutComments(slice.content), 0, 0);

/**
 * The clauses of a copied slice. A clause cut at the start keeps the text that was selected, or,
 * cut before its text began, gives its selected sub-clauses; an empty clause at either edge (a
 * selection ending at the start of the next clause) is left out. Text of a clause copied with
 * some of its sub-clauses (the slice starts inside the clause's own text) is one clause placed at
 * the caret's level.
 */
export function sliceToPasted({ slice, level: parentLevel }: Copied): Pasted {
  const preamble: Node[] = [];
  const roots: Root[] = [];
  const edgeTrim = (item: Item): Item => {
    // An empty last sub-clause at the right edge is where the selection ended.
    while (item.children.length && isEmptyItem(item.children.at(-1)!) && !item.continuation?.size) item.children.pop();
    const last = item.children.at(-1);
    if (last) item.children[item.children.length - 1] = edgeTrim(last);
    return item;
  };

  const walk = (fragment: Fragment, openStart: number, openEnd: number, level: number) => {
    // Loose clause content (the slice starts within one clause): one item holding it.
    let loose: Item | null = null;
    forEachOpenChild(fragment, openStart, openEnd, (node, openS, openE) => {
      const type = node.type;
      if (type === schema.nodes.heading) return;
      if (type === schema.nodes.preamble || type === schema.nodes.operative || type === schema.nodes.operative_block) {
        walk(node.content, inner(openS), inner(openE), type === schema.nodes.operative_block ? level : -1);
        return;
      }
      if (type === schema.nodes.preambular_clause) {
        const clause = pastedPreambular(node, openS, openE);
        if (clause) preamble.push(clause);
        return;
      }
      if (isClause(node)) {
        const depth = type === schema.nodes.operative_clause ? 0 : Math.max(1, level + 1);
        if (openS && node.firstChild?.type !== schema.nodes.clause_text) {
          // Cut before its own text: only its sub-clauses (and continuing text) were selected.
          walk(node.content, inner(openS), inner(openE), depth);
          return;
        }
        const item = openE ? edgeTrim(itemFromNode(node)) : itemFromNode(node);
        if (isEmptyItem(item) && (openS || openE)) return;
        roots.push({ item, anchor: depth === 0 ? "top" : "sub", depth: Math.max(1, depth) });
        return;
      }
      if (type === schema.nodes.clause_text || type === schema.nodes.continuation) {
        const text = withoutComments(node.content);
        if (!loose) {
          if (text.size === 0 && (openS || openE)) return;
          loose = { id: null, text, children: [], continuation: null };
          // The text of the clause around the copied range: an operative clause, a sub-clause, or
          // (a continuation's) unknown, placed at the caret's level.
          roots.push({ item: loose, anchor: level === 0 ? "top" : level > 0 ? "sub" : "caret", depth: Math.max(1, level) });
        } else if (text.size) loose.continuation = text;
        return;
      }
    });
    // Sub-clauses copied along with the tail of their parent's text are its sub-clauses.
    if (loose) {
      const index = roots.findIndex((r) => r.item === loose);
      const after = roots.splice(index + 1);
      for (const r of after) (loose as Item).children.push(r.item);
    }
  };
  walk(slice.content, slice.openStart, slice.openEnd, parentLevel);
  return { preamble, roots };
}
