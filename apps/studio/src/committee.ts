/**
 * A paper must name a committee the studio knows: the editor, the linter and the mandate all read
 * it. A paper imported without one (no "Committee:" line, no organ line), or stored without one by
 * an older version, is given one here, with a note that tells the delegate to check it.
 */
import type { Node } from "prosemirror-model";
import { findCommittee, getCommittee } from "@clausewise/rulebook";
import type { HeadingAttrs } from "@clausewise/schema";

/** The committee a paper gets when nothing else is known: the General Assembly plenary. */
export const DEFAULT_COMMITTEE = "ga";

/** The committee chosen in the New paper panel when it is one we know, else the default. */
export function fallbackCommittee(chosen: string | null | undefined): string {
  return chosen && getCommittee(chosen) ? chosen : DEFAULT_COMMITTEE;
}

/**
 * The document with a known committee: as it is when its heading names one (also by a short name
 * or alias, as the editor accepts), else with `fallback` and a note saying what was done.
 */
export function withKnownCommittee(doc: Node, fallback: string): { doc: Node; note: string | null } {
  const heading = doc.child(0);
  const committee = String((heading.attrs as HeadingAttrs).committee ?? "");
  if (findCommittee(committee)) return { doc, note: null };
  const id = fallbackCommittee(fallback);
  const name = getCommittee(id)!.name;
  const fixed = heading.type.create({ ...heading.attrs, committee: id }, heading.content, heading.marks);
  const what = committee.trim() ? `"${committee}" is not a committee we know` : "no committee found";
  return {
    doc: doc.copy(doc.content.replaceChild(0, fixed)),
    note: `${what}: set to the ${name}; choose the right committee in the heading`,
  };
}
