/**
 * What a transaction touched, in the positions of its resulting document: the plugins use this to
 * recompute only the clauses and textblocks an edit changed and map everything else.
 */
import type { Node, Slice } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { ReplaceStep, type Step } from "prosemirror-transform";

export interface Range {
  from: number;
  to: number;
}

/** The ranges of the final document that the transaction's steps inserted or changed. */
export function changedRanges(tr: Transaction): Range[] {
  const ranges: Range[] = [];
  tr.mapping.maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      // Map this step's new range through the steps that followed it.
      const rest = tr.mapping.slice(i + 1);
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return ranges;
}

/** The textblocks overlapping or touching each range, each listed once, with their positions. */
export function textblocksIn(doc: Node, ranges: readonly Range[]): { node: Node; pos: number }[] {
  const seen = new Set<number>();
  const out: { node: Node; pos: number }[] = [];
  for (const { from, to } of ranges) {
    const a = Math.max(0, Math.min(from, doc.content.size));
    const b = Math.max(a, Math.min(to, doc.content.size));
    // nodesBetween skips nodes that merely touch an empty range's ends; widen by one to include
    // the textblock a deletion happened in.
    doc.nodesBetween(Math.max(0, a - 1), Math.min(doc.content.size, b + 1), (node, pos) => {
      if (node.isTextblock) {
        if (!seen.has(pos)) {
          seen.add(pos);
          out.push({ node, pos });
        }
        return false;
      }
      return true;
    });
  }
  return out;
}

/**
 * The textblock a transaction typed in, when it is a single step replacing text inside one
 * textblock (typing, Backspace, Delete, autocorrect), else null. For such a transaction this is
 * exactly what `textblocksIn(doc, changedRanges(tr))` finds, without mapping or walking the document:
 * the keystroke path takes it.
 */
export function typedTextblock(tr: Transaction): { node: Node; pos: number } | null {
  if (tr.steps.length !== 1) return null;
  // Several plugins ask about the same transaction (and the same one again in appendTransaction).
  const known = typedCache.get(tr);
  if (known !== undefined) return known;
  const found = findTypedTextblock(tr);
  typedCache.set(tr, found);
  return found;
}

const typedCache = new WeakMap<Transaction, { node: Node; pos: number } | null>();

/** True when a step only replaced text inside one textblock of the document it applied to. */
export function isTextEdit(step: Step, before: Node): boolean {
  if (!(step instanceof ReplaceStep)) return false;
  const { from, to, slice } = step as unknown as { from: number; to: number; slice: Slice };
  if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
  for (let i = 0; i < slice.content.childCount; i++) if (!slice.content.child(i).isInline) return false;
  const $from = before.resolve(from);
  return $from.parent.isTextblock && to <= $from.end();
}

function findTypedTextblock(tr: Transaction): { node: Node; pos: number } | null {
  const step = tr.steps[0]!;
  if (!isTextEdit(step, tr.before)) return null;
  const $pos = tr.doc.resolve((step as unknown as { from: number }).from);
  return { node: $pos.parent, pos: $pos.before() };
}
