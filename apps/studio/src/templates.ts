/**
 * Starting documents per committee: the heading filled in for the committee, one preambular
 * clause that every organ may use, and one empty operative clause to type into.
 */
import type { Node } from "prosemirror-model";
import { createDocument } from "@clausewise/schema";
import { committees, getCommittee, type CommitteeProfile } from "@clausewise/rulebook";

export function committeeTemplates(): readonly CommitteeProfile[] {
  return committees;
}

export function templateDocument(committeeId: string): Node {
  const committee = getCommittee(committeeId);
  if (!committee) throw new Error(`Unknown committee "${committeeId}"`);
  return createDocument({
    heading: { committee: committee.id, code: `${committee.shortName}/WP.1`, topic: "", sponsors: [], signatories: [] },
    preamble: ["Guided by the purposes and principles of the Charter of the United Nations"],
    operative: [""],
  });
}
