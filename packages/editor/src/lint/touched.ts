/**
 * Which clauses a transaction touched, found from its step maps alone: O(steps × depth) plus the
 * size of inserted content, never a walk over the document.
 *
 * A clause's clause-rule findings depend on its section, depth, text, continuation and its
 * ancestors' texts. A change can alter those only for (1) the innermost clause containing a
 * changed range's ends (its text or continuation, or its children's depth, changed), or for a
 * structural step the top-level clause containing them (what followed the range may have new
 * parents), (2) clause
 * nodes inside a changed range (inserted, moved or retyped) and (3) the clause of a textblock
 * inside a changed range (a continuation added to a clause that starts before the range). Re-linting each such clause with its
 * whole subtree covers descendants whose ancestors' text or depth changed.
 */
import type { Node } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { AttrStep } from "prosemirror-transform";
import { isTextEdit, typedTextblock } from "../plugins/changed-ranges.ts";

const isClause = (node: Node) => node.type.name.endsWith("clause");

export interface ChangedRange {
  from: number;
  to: number;
  /**
   * False for a plain text edit (a step replacing text inside one textblock with inline content);
   * true when the step may have re-parented what follows it (a join, split, paste or move).
   */
  structural: boolean;
}

/** The ranges a transaction changed, in the coordinates of its resulting document. */
export function changedRanges(tr: Transaction): ChangedRange[] {
  const ranges: ChangedRange[] = [];
  const maps = tr.mapping.maps;
  for (let i = 0; i < maps.length; i++) {
    const after = i + 1 < maps.length ? tr.mapping.slice(i + 1) : null;
    const structural = !isTextEdit(tr.steps[i]!, tr.docs[i]!);
    maps[i]!.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const from = after ? after.map(newStart, -1) : newStart;
      const to = after ? after.map(newEnd, 1) : newEnd;
      ranges.push({ from: Math.min(from, to), to: Math.max(from, to), structural });
    });
  }
  return ranges;
}

/** Position of the innermost clause node containing `pos`, or null (in the heading, between sections). */
export function innermostClauseAt(doc: Node, pos: number): number | null {
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d > 0; d--) if (isClause($pos.node(d))) return $pos.before(d);
  return null;
}

/** Position of the outermost clause node (a top-level clause) containing `pos`, or null. */
export function outermostClauseAt(doc: Node, pos: number): number | null {
  const $pos = doc.resolve(pos);
  for (let d = 1; d <= $pos.depth; d++) if (isClause($pos.node(d))) return $pos.before(d);
  return null;
}

/**
 * Positions of the clauses whose subtrees must be re-linted after `tr`, outermost first, none
 * inside another's subtree.
 */
export function touchedClauseRoots(tr: Transaction): number[] {
  // Typing: one step replacing text inside one textblock touches only the clause around it. That
  // is what the general walk finds for such a step, without mapping ranges or walking nodes.
  // typedTextblock is answered once per transaction for every plugin that asks.
  if (typedTextblock(tr)) {
    const clause = innermostClauseAt(tr.doc, (tr.steps[0] as unknown as { from: number }).from);
    return clause === null ? [] : [clause];
  }
  return touchedClauseRootsByWalk(tr);
}

/** touchedClauseRoots for any transaction, from every step's ranges (exported for tests). */
export function touchedClauseRootsByWalk(tr: Transaction): number[] {
  const doc = tr.doc;
  const found = new Set<number>();
  for (const { from, to, structural } of changedRanges(tr)) {
    // A structural step can hand what followed its range to new parents (a join gives the rest
    // of one clause's sub-clauses to another): re-lint from the top-level clause down.
    const around = structural ? outermostClauseAt : innermostClauseAt;
    const a = around(doc, from);
    if (a !== null) found.add(a);
    const b = to === from ? a : around(doc, to);
    if (b !== null) found.add(b);
    if (to > from) {
      doc.nodesBetween(from, to, (node, pos) => {
        if (node.isTextblock) {
          // A continuation inserted or replaced at the end of a clause that starts before the range.
          if (pos >= from) {
            const clause = innermostClauseAt(doc, pos + 1);
            if (clause !== null) found.add(clause);
          }
          return false;
        }
        if (node.isAtom) return false;
        if (isClause(node) && pos >= from) {
          found.add(pos);
          return false; // its subtree is re-linted with it
        }
        return true;
      });
    }
  }
  // Attribute steps map nothing, but a clause whose id changed (the id repair after a split or a
  // paste) is re-linted: ancestors are linked by id, so a repaired id can change its subtree's view.
  tr.steps.forEach((step, i) => {
    if (!(step instanceof AttrStep)) return;
    const pos = i + 1 < tr.steps.length ? tr.mapping.slice(i + 1).map(step.pos) : step.pos;
    const node = doc.nodeAt(pos);
    if (node && isClause(node)) found.add(pos);
  });
  return outermostRoots(doc, [...found]);
}

/** Clause positions without those inside the subtree of another, in document order. */
export function outermostRoots(doc: Node, positions: readonly number[]): number[] {
  const sorted = [...new Set(positions)].sort((x, y) => x - y);
  const out: number[] = [];
  let coveredTo = -1;
  for (const pos of sorted) {
    if (pos < coveredTo) continue;
    out.push(pos);
    coveredTo = pos + doc.nodeAt(pos)!.nodeSize;
  }
  return out;
}
