/**
 * A DecorationSet whose `forChild` finds a child's decorations by binary search.
 *
 * When the view redraws a node, it asks the node's decoration set for each child's decorations
 * in turn, and DecorationSet.forChild scans its child list from the start every time: O(n²) for
 * a node with n decorated children. The operative part holds every operative clause, so at 5,000
 * clauses with findings in many of them that scan alone cost milliseconds per keystroke. This
 * subclass answers the same question in O(log n) and is otherwise the same set (it is still an
 * `instanceof DecorationSet`, so it combines with other plugins' decorations as usual).
 */
import type { Node } from "prosemirror-model";
import { DecorationSet } from "prosemirror-view";
import { firstChildFrom, internals, SetConstructor } from "../plugins/decoration-set-internals.ts";

/** Sets with fewer decorated children than this are scanned linearly anyway. */
const MIN_CHILDREN = 16;

const wrapped = new WeakMap<DecorationSet, DecorationSet>();

class IndexedDecorationSet extends SetConstructor {
  override forChild(offset: number, node: Node) {
    const { local, children } = internals(this);
    // Local inline decorations spanning into the child need the original's slicing.
    if (node.isLeaf || local.length > 0) return super.forChild(offset, node);
    const lo = firstChildFrom(children, offset);
    if (lo * 3 >= children.length || children[lo * 3] !== offset) return DecorationSet.empty;
    const child = children[lo * 3 + 2] as DecorationSet;
    return internals(child).children.length >= MIN_CHILDREN * 3 ? indexed(child) : child;
  }
}

/**
 * The same decorations with O(log n) lookups per child, at every level where a node has many
 * decorated children. Cached, so the same set gives the same object (the view compares
 * decorations by identity first).
 */
export function fastDecorations(set: DecorationSet): DecorationSet {
  return set === DecorationSet.empty ? set : indexed(set);
}

function indexed(set: DecorationSet): DecorationSet {
  if (set instanceof IndexedDecorationSet) return set;
  let fast = wrapped.get(set);
  if (!fast) {
    const { local, children } = internals(set);
    fast = new IndexedDecorationSet(local, children);
    wrapped.set(set, fast);
  }
  return fast;
}
