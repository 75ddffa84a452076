/**
 * Maps a decoration set through a transaction, keeping its tree consistent.
 *
 * DecorationSet.map only rebuilds the subtrees of nodes a step touched. A step that wraps or
 * unwraps a range (ReplaceAroundStep: the operative blocks of a long paper are made and undone
 * this way) leaves the nodes inside untouched but one level deeper or shallower, and the mapped
 * set keeps their decorations under the old parent: `find` still sees them, but `remove` and the
 * view's per-node lookups no longer do (underlines vanish, stale findings cannot be removed).
 * Such transactions are rare (a structural change), so the set is rebuilt from its decorations.
 *
 * Typing (a text edit inside one textblock) takes a shorter way to the same set: DecorationSet.map
 * checks every decorated child at each level against the change, and on the keystroke path (code
 * the JIT has barely seen) that cost ~0.02 ms per set in Chromium; here the path down to the
 * textblock is followed directly and the later siblings at each level are moved by the size change.
 */
import type { ResolvedPos, Slice } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { ReplaceAroundStep, type Mapping } from "prosemirror-transform";
import { DecorationSet } from "prosemirror-view";
import { typedTextblock } from "./changed-ranges.ts";
import { firstChildFrom, internals, SetConstructor } from "./decoration-set-internals.ts";

/**
 * Above this many steps, a plugin builds its decorations afresh instead of mapping them: mapping
 * every decoration through every step is O(decorations × steps), and "fix all" in a compilation
 * makes thousands of steps (a 3,000-clause paper's opening phrases took ~0.5 s of mapping).
 */
export const REBUILD_ABOVE_STEPS = 200;

export function mapDecorations(set: DecorationSet, tr: Transaction): DecorationSet {
  if (set !== DecorationSet.empty && typedTextblock(tr)) {
    const mapped = mapTyped(set, tr);
    if (mapped) return mapped;
  }
  const mapped = set.map(tr.mapping, tr.doc);
  for (const step of tr.steps) if (step instanceof ReplaceAroundStep) return DecorationSet.create(tr.doc, mapped.find());
  return mapped;
}

/**
 * DecorationSet.map for a transaction that is one text edit inside a textblock (typedTextblock),
 * or null when the generic map must do it (a decorated node on the path lost all its decorations).
 */
export function mapTyped(set: DecorationSet, tr: Transaction): DecorationSet | null {
  const { from, to, slice } = tr.steps[0] as unknown as { from: number; to: number; slice: Slice };
  const $pos = tr.doc.resolve(from);
  return mapPath(set, tr.mapping, $pos, 0, 0, slice.size - (to - from));
}

/**
 * The set of the node at `depth` on the path to the edit, whose content starts at `offset` (the
 * same before and after the edit, which lies inside it).
 */
function mapPath(set: DecorationSet, mapping: Mapping, $pos: ResolvedPos, depth: number, offset: number, dSize: number): DecorationSet | null {
  const node = $pos.node(depth);
  const { local, children } = internals(set);
  // Local decorations (and the textblock's own) are mapped by DecorationSet's own code.
  if (local.length > 0 || depth === $pos.depth) return internals(set).mapInner(mapping, node, offset, offset, {});
  const childStart = $pos.posAtIndex($pos.index(depth), depth) - offset;
  // The first decorated child starting at or after the child on the path.
  const lo = firstChildFrom(children, childStart);
  const out = children.slice();
  const onPath = lo * 3 < out.length && out[lo * 3] === childStart;
  for (let j = (onPath ? lo + 1 : lo) * 3; j < out.length; j += 3) {
    (out[j] as number) += dSize;
    (out[j + 1] as number) += dSize;
  }
  if (onPath) {
    const mapped = mapPath(out[lo * 3 + 2] as DecorationSet, mapping, $pos, depth + 1, offset + childStart + 1, dSize);
    if (mapped === null || mapped === DecorationSet.empty) return null;
    (out[lo * 3 + 1] as number) += dSize;
    out[lo * 3 + 2] = mapped;
  }
  return new SetConstructor(local, out);
}
