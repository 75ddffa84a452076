/**
 * What DecorationSet keeps inside (internal to prosemirror-view, stable since its 1.0), for the
 * two places that work on its tree directly: the O(log n) child lookup the view uses
 * (lint/fast-decorations.ts) and the keystroke's mapping down one path (map-decorations.ts).
 */
import type { Node } from "prosemirror-model";
import type { Mapping } from "prosemirror-transform";
import { DecorationSet, type Decoration } from "prosemirror-view";

export interface SetInternals {
  /** Decorations of the node itself (not of its children). */
  local: readonly Decoration[];
  /** [start, end, set] triples, one per decorated child, in document order, relative to the node. */
  children: readonly (number | DecorationSet)[];
  mapInner(mapping: Mapping, node: Node, offset: number, oldOffset: number, options: object): DecorationSet;
}

export const internals = (set: DecorationSet): SetInternals => set as unknown as SetInternals;

export const SetConstructor = DecorationSet as unknown as new (local: readonly Decoration[], children: readonly (number | DecorationSet)[]) => DecorationSet;

/** Index (in triples) of the first decorated child starting at or after `offset`, by binary search. */
export function firstChildFrom(children: SetInternals["children"], offset: number): number {
  let lo = 0;
  let hi = children.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((children[mid * 3] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
