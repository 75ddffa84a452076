import { describe, expect, it } from "vitest";
import { BUCKET_MAX, ClauseCache, type ClauseKey } from "./lru.ts";

const key = (text: string, parent: string | null, committee = "hrc"): ClauseKey => ({
  committee,
  section: "operative",
  depth: parent === null ? 0 : 1,
  text,
  continuation: null,
  ancestors: parent === null ? [] : [{ text: parent }],
});

describe("the clause cache", () => {
  it("finds an entry by every field it depends on, and evicts the least recently used", () => {
    const cache = new ClauseCache<number>(2);
    cache.set(key("to prepare a report", "Requests the Office"), 1);
    cache.set(key("to prepare a report", "Requests the Secretary-General"), 2);
    expect(cache.get(key("to prepare a report", "Requests the Office"))).toBe(1);
    expect(cache.get(key("to prepare a report", "Requests the Office", "sc"))).toBeUndefined();
    cache.set(key("Decides to remain seized", null), 3); // evicts the Secretary-General entry, used least recently
    expect(cache.get(key("to prepare a report", "Requests the Secretary-General"))).toBeUndefined();
    expect(cache.get(key("to prepare a report", "Requests the Office"))).toBe(1);
    expect(cache.size).toBe(2);
  });

  it("keeps at most BUCKET_MAX entries for one text, so typing in a chapeau does not grow its sub-clauses' lookups", () => {
    const cache = new ClauseCache<number>(10_000);
    let chapeau = "Decides that the Council shall";
    // One keystroke in the chapeau: each sub-clause is looked up under the new chapeau text.
    for (let i = 0; i < 300; i++) {
      chapeau += "x";
      for (const sub of ["promote human rights education", "serve as a forum for dialogue"]) {
        expect(cache.get(key(sub, chapeau))).toBeUndefined();
        cache.set(key(sub, chapeau), i);
      }
    }
    expect(cache.size).toBe(2 * BUCKET_MAX);
    // The newest are kept, the oldest of each text gone.
    expect(cache.get(key("promote human rights education", chapeau))).toBe(299);
    expect(cache.get(key("serve as a forum for dialogue", chapeau.slice(0, -(BUCKET_MAX - 1))))).toBe(300 - BUCKET_MAX);
    expect(cache.get(key("serve as a forum for dialogue", chapeau.slice(0, -BUCKET_MAX)))).toBeUndefined();
  });
});
