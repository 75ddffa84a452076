/**
 * Operative blocks: how a long paper's operative clauses are held in the editor.
 *
 * Browsers and ProseMirror both pay for every sibling of a changed node: with 5,000 operative
 * clauses directly in one section, Chromium re-lays out the whole section and ProseMirror walks
 * (and matches decorations for) all 5,000 children on every keystroke, about 20 ms. Held in
 * blocks of about 50, a keystroke touches one block of 50 and a section of ~100 blocks (1.3 ms
 * in the same measurement; bench/RESULTS.md). Blocks carry no meaning: numbering runs across
 * them, the clause model and every export see the clauses only, and documents leave the editor
 * flat (`withoutBlocks`). Papers up to BLOCKS_ABOVE operative clauses are never blocked, so
 * ordinary papers have exactly the flat structure.
 */
import { Fragment, type Node } from "prosemirror-model";
import { schema } from "./schema.ts";

/** Papers with more top-level operative clauses than this are held in blocks. */
export const BLOCKS_ABOVE = 64;
/** Size of the blocks a paper is cut into. */
export const BLOCK_SIZE = 50;
/** A block that grows beyond this is split in two. */
export const BLOCK_MAX = 100;
/** Two neighbouring blocks are merged when one has fewer clauses than this and they fit in one. */
export const BLOCK_MIN = 10;

export function isOperativeBlock(node: Node | null | undefined): boolean {
  return node?.type === schema.nodes.operative_block;
}

/** Number of top-level operative clauses in an operative section, blocked or not. */
export function operativeClauseCount(section: Node): number {
  let n = 0;
  section.forEach((child) => {
    n += isOperativeBlock(child) ? child.childCount : 1;
  });
  return n;
}

/**
 * Calls `f` for every top-level operative clause of a section that starts at `sectionPos`, with
 * the clause's position and 0-based ordinal among all top-level clauses.
 */
export function forEachOperativeClause(
  section: Node,
  sectionPos: number,
  f: (clause: Node, pos: number, index: number) => void,
): void {
  let pos = sectionPos + 1;
  let index = 0;
  section.forEach((child) => {
    if (isOperativeBlock(child)) {
      let inner = pos + 1;
      child.forEach((clause) => {
        f(clause, inner, index++);
        inner += clause.nodeSize;
      });
    } else f(child, pos, index++);
    pos += child.nodeSize;
  });
}

/** The top-level operative clauses of a section, blocks unwrapped. */
export function operativeClauses(section: Node): Node[] {
  const out: Node[] = [];
  forEachOperativeClause(section, 0, (c) => out.push(c));
  return out;
}

/** The same document with its operative clauses directly in the section (as stored and exported). */
export function withoutBlocks(doc: Node): Node {
  const operative = doc.child(2);
  let blocked = false;
  operative.forEach((c) => {
    if (isOperativeBlock(c)) blocked = true;
  });
  if (!blocked) return doc;
  return doc.copy(doc.content.replaceChild(2, operative.copy(Fragment.from(operativeClauses(operative)))));
}

/**
 * The same document as the editor holds it: blocks of BLOCK_SIZE when it has more than
 * BLOCKS_ABOVE top-level operative clauses, flat otherwise.
 */
export function withBlocks(doc: Node): Node {
  const operative = doc.child(2);
  const clauses = operativeClauses(operative);
  const flat = withoutBlocks(doc);
  if (clauses.length <= BLOCKS_ABOVE) return flat;
  const blocks: Node[] = [];
  for (let i = 0; i < clauses.length; i += BLOCK_SIZE) {
    blocks.push(schema.nodes.operative_block.create(null, clauses.slice(i, i + BLOCK_SIZE)));
  }
  return doc.copy(doc.content.replaceChild(2, operative.copy(Fragment.from(blocks))));
}

/**
 * A function mapping positions in `doc` to the same places in `withoutBlocks(doc)`, or null when
 * `doc` holds no blocks (positions are the same). The editor reports findings and comments in
 * positions of the paper as hosts see it (`value`), never of its internal blocks.
 */
export function flatPositions(doc: Node): ((pos: number) => number) | null {
  const section = doc.child(2);
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = doc.child(0).nodeSize + doc.child(1).nodeSize + 1;
  section.forEach((child) => {
    if (isOperativeBlock(child)) {
      starts.push(pos);
      ends.push(pos + child.nodeSize);
    }
    pos += child.nodeSize;
  });
  if (starts.length === 0) return null;
  return (p) => {
    // The last block starting before p.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return p;
    // Inside block k: its own opening token and two per block before it; after it: two per block.
    return p < ends[k]! ? p - (2 * k + 1) : p - 2 * (k + 1);
  };
}
