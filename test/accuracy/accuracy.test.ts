import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentOf, halfOf, loadCorpus } from "./corpus.ts";
import { labels, measure } from "./measure.ts";
import { floorsFile, writeReport, type Floors } from "./report.ts";
import { wordsPerSecond } from "./speed.ts";

const corpus = loadCorpus();
const report = measure(corpus);

if (process.env.UPDATE_ACCURACY) {
  writeReport(report, wordsPerSecond(corpus.map((d) => documentOf(d, "hrc"))));
}

describe("mandate rules on the labelled corpus", () => {
  it("has a corpus with both halves and positives for every label", () => {
    expect(corpus.length).toBeGreaterThan(10);
    expect(new Set(corpus.filter((d) => d.set === undefined).map((d) => halfOf(d.slug))).size).toBe(2);
    for (const l of labels) expect(report.outcomes.some((o) => o.clause[l])).toBe(true);
  });

  it("keeps precision and recall at or above the recorded floors", () => {
    expect(existsSync(floorsFile), "test/accuracy/floors.json is missing: run with UPDATE_ACCURACY=1").toBe(true);
    const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Floors;
    const pinned = measure(corpus.filter((d) => floors.slugs.includes(d.slug)));
    const below: string[] = [];
    for (const half of ["development", "held-out"] as const) {
      for (const l of labels) {
        const got = pinned.byHalf[half].scores[l];
        const floor = floors.halves[half][l];
        if (got.precision < floor.precision) below.push(`${half} ${l} precision ${got.precision.toFixed(3)} < ${floor.precision}`);
        if (got.recall < floor.recall) below.push(`${half} ${l} recall ${got.recall.toFixed(3)} < ${floor.recall}`);
      }
    }
    expect(below).toEqual([]);
  });

  it("keeps each separate round (documents with a set) at or above its own recorded floors", () => {
    const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Floors;
    const below: string[] = [];
    for (const [name, floor] of Object.entries(floors.sets ?? {})) {
      const pinned = measure(corpus.filter((d) => d.set === name && floor.slugs.includes(d.slug))).sets[name];
      if (!pinned) {
        below.push(`${name}: none of its documents found`);
        continue;
      }
      for (const l of labels) {
        const got = pinned.scores[l];
        if (got.precision < floor.scores[l].precision) below.push(`${name} ${l} precision ${got.precision.toFixed(3)} < ${floor.scores[l].precision}`);
        if (got.recall < floor.scores[l].recall) below.push(`${name} ${l} recall ${got.recall.toFixed(3)} < ${floor.scores[l].recall}`);
      }
      if (pinned.hrcFlagged > floor.hrcFlaggedMax) below.push(`${name} HRC clauses flagged ${pinned.hrcFlagged} > ${floor.hrcFlaggedMax}`);
      if (pinned.scFlaggedBindingOrOperational > floor.scFlaggedMax) below.push(`${name} SC-profile flags ${pinned.scFlaggedBindingOrOperational} > ${floor.scFlaggedMax}`);
    }
    expect(below).toEqual([]);
  });

  it("flags fewer than 1 in 50 clauses of real Human Rights Council resolutions", () => {
    expect(report.hrcClauses).toBeGreaterThan(50);
    expect(report.hrcFlagged / report.hrcClauses).toBeLessThan(0.02);
  });

  it("flags no Security Council clause for binding or operational language under the SC profile", () => {
    expect(report.scClauses).toBeGreaterThan(50);
    expect(report.scFlaggedBindingOrOperational).toBe(0);
  });
});
