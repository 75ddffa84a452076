/**
 * Maps a decoration set through a transaction, keeping its tree consistent.
 *
 * DecorationSet.map only rebuilds the subtrees of nodes a step touched. A step that wraps or
 * unwraps a range (ReplaceAroundStep: the operative blocks of a long paper are made and undone
 * this way) leaves the nodes inside untouched but one level deeper or shallower, and the mapped
 * set keeps their decorations under the old parent: `find` still sees them, but `remove` and the
 * view's per-node lookups no longer do (underlines vanish, stale findings cannot be removed).
 * Such transactions are rare (a structural change), so the set is rebuilt from its decorations.
 */
import type { Transaction } from "prosemirror-state";
import { ReplaceAroundStep } from "prosemirror-transform";
import { DecorationSet } from "prosemirror-view";

export function mapDecorations(set: DecorationSet, tr: Transaction): DecorationSet {
  const mapped = set.map(tr.mapping, tr.doc);
  for (const step of tr.steps) if (step instanceof ReplaceAroundStep) return DecorationSet.create(tr.doc, mapped.find());
  return mapped;
}
