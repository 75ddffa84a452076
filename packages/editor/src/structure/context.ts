/**
 * Where the cursor is in the clause tree. The structural commands all start from this: the clause
 * around the selection, its section, level and siblings.
 */
import type { Node, ResolvedPos } from "prosemirror-model";
import type { Selection } from "prosemirror-state";
import { clauseTypes, schema, MAX_SUBCLAUSE_DEPTH, isOperativeBlock } from "@clausewise/schema";

export type Section = "preamble" | "operative";

export interface ClauseContext {
  /** The clause node. */
  node: Node;
  /** Position just before the clause node. */
  pos: number;
  /** Position just after it. */
  end: number;
  /** Depth of the clause in the document tree ($pos.node(depth) is the clause). */
  depth: number;
  /** 0 for preambular and operative clauses, 1 to 4 for sub-clauses. */
  level: number;
  section: Section;
  /** The section node, the operative block (long papers) or the parent clause. */
  parent: Node;
  /** Position just before the parent (the section or clause node). */
  parentPos: number;
  /** Index of the clause among its parent's children (a parent clause's clause_text is child 0). */
  index: number;
}

/** The innermost clause around a resolved position, or null outside clauses. */
export function clauseAround($pos: ResolvedPos): ClauseContext | null {
  // Clauses sit at depth 2 and below (doc > section > clause).
  for (let d = $pos.depth; d >= 2; d--) {
    if (clauseTypes.has($pos.node(d).type.name)) return ancestorClause($pos, d);
  }
  return null;
}

/** The clause a resolved position's parent clause context at `depth` levels up (0 = itself). */
export function ancestorClause($pos: ResolvedPos, clauseDepth: number): ClauseContext | null {
  const node = $pos.node(clauseDepth);
  if (!clauseTypes.has(node.type.name)) return null;
  const pos = $pos.before(clauseDepth);
  return {
    node,
    pos,
    end: pos + node.nodeSize,
    depth: clauseDepth,
    // Top-level clauses sit at depth 2, or 3 inside an operative block (a long paper's grouping).
    level: clauseDepth - ($pos.depth >= 2 && isOperativeBlock($pos.node(2)) ? 3 : 2),
    section: $pos.node(1).type.name === "preamble" ? "preamble" : "operative",
    parent: $pos.node(clauseDepth - 1),
    parentPos: $pos.before(clauseDepth - 1),
    index: $pos.index(clauseDepth - 1),
  };
}

export interface CursorContext {
  clause: ClauseContext;
  /** The textblock the cursor is in: clause_text or continuation. */
  textblock: Node;
  /** Position just before the textblock. */
  textblockPos: number;
  /** Offset of the cursor inside the textblock. */
  offset: number;
}

/**
 * The clause and textblock around a selection that lies within one textblock (a cursor or a range
 * inside one paragraph); null otherwise.
 */
export function cursorContext(state: { selection: Selection }): CursorContext | null {
  const { $from, $to } = state.selection;
  if (!$from.parent.isTextblock || !$from.sameParent($to)) return null;
  const clause = clauseAround($from);
  if (!clause || clause.depth !== $from.depth - 1) return null;
  return { clause, textblock: $from.parent, textblockPos: $from.before(), offset: $from.parentOffset };
}

/** How many levels of sub-clauses a clause holds below itself (0 when it has none). */
export function subclauseHeight(node: Node): number {
  let height = 0;
  node.forEach((child) => {
    if (child.type === schema.nodes.subclause) height = Math.max(height, 1 + subclauseHeight(child));
  });
  return height;
}

/** True when a clause at `level` with this node's sub-clauses stays within the four levels. */
export function fitsAtLevel(node: Node, level: number): boolean {
  return level + subclauseHeight(node) <= MAX_SUBCLAUSE_DEPTH;
}

/** The node type a clause takes at a level of the operative part. */
export function operativeTypeAt(level: number) {
  return level === 0 ? schema.nodes.operative_clause : schema.nodes.subclause;
}

/** The index of a clause's first sub-clause among its children (1) and whether it has any. */
export function hasSubclauses(node: Node): boolean {
  return node.childCount > 1 && node.child(1).type === schema.nodes.subclause;
}

export function hasContinuation(node: Node): boolean {
  return node.lastChild?.type === schema.nodes.continuation;
}

/** Whether a child of a clause (or section) at `index` is a clause (not its text or continuation). */
export function isClauseNode(node: Node | null | undefined): node is Node {
  return !!node && clauseTypes.has(node.type.name);
}

/**
 * Position just after the content of the last textblock inside a clause that starts at `pos`:
 * where text joined to the end of that clause goes.
 */
export function lastTextblockEnd(node: Node, pos: number): number {
  let current = node;
  let at = pos;
  while (!current.isTextblock) {
    const last = current.lastChild!;
    at = at + current.nodeSize - 1 - last.nodeSize; // position before the last child
    current = last;
  }
  return at + current.nodeSize - 1;
}
