/** Which committee profile a lint runs against. */
import { committees, findCommittee, getCommittee, type CommitteeProfile } from "@clausewise/rulebook";

/** The profile used when neither the caller nor the document names a committee. */
export const DEFAULT_COMMITTEE = "ga";

export class UnknownCommitteeError extends Error {
  override name = "UnknownCommitteeError";
  constructor(readonly committee: string) {
    super(
      `Unknown committee "${committee}". Known committees: ${committees.map((c) => c.id).join(", ")} ` +
        `(or a name or alias of one, e.g. "Human Rights Council", "Third Committee").`,
    );
  }
}

/**
 * The profile for a committee id, name or alias. An empty or missing name falls back to the
 * General Assembly plenary (DEFAULT_COMMITTEE); a name that matches no profile throws
 * UnknownCommitteeError, because linting against the wrong organ would give wrong findings.
 */
export function resolveCommittee(name: string | null | undefined): CommitteeProfile {
  const key = (name ?? "").trim();
  if (!key) return getCommittee(DEFAULT_COMMITTEE)!;
  const profile = findCommittee(key);
  if (!profile) throw new UnknownCommitteeError(key);
  return profile;
}
