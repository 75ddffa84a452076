/**
 * Committee profiles often repeat one another (the six General Assembly Main Committees share the
 * plenary's citations, alternatives and reserved phrases). The embed copy of the rule data stores
 * such a field once: a profile names the earlier profile it is `like` and leaves out the fields
 * equal to that one's. The run time puts them back before anything reads a profile.
 */
type Profile = { id: string; [field: string]: unknown };
type Stored = Profile & { like?: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each profile after the first with the fields it shares with the earlier profile that shares most left out. */
export function withSharedFields<T extends Profile>(profiles: readonly T[]): Stored[] {
  return profiles.map((profile, i) => {
    const shared = (other: T) => Object.keys(profile).filter((k) => k !== "id" && k in other && same(profile[k], other[k]));
    let best: T | undefined;
    for (const other of profiles.slice(0, i)) if (shared(other).length > (best ? shared(best).length : 0)) best = other;
    if (!best) return profile;
    const keep = Object.entries(profile).filter(([k]) => !shared(best!).includes(k));
    return { ...Object.fromEntries(keep), id: profile.id, like: best.id };
  });
}

/** The profiles with every shared field put back (a copy without `like` stays as it is). */
export function withFieldsExpanded<T extends Profile>(stored: readonly Stored[]): T[] {
  const byId = new Map<string, Profile>();
  return stored.map(({ like, ...profile }) => {
    const full = (like ? { ...byId.get(like), ...profile } : profile) as T;
    byId.set(full.id, full);
    return full;
  });
}
