// The CLI over the real UN resolutions of the accuracy corpus (test/corpus/texts): how many clauses
// the format and style rules flag with a warning or error. Adopted resolutions are well formatted,
// so this is a false-alarm floor: it may only go down.
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "@clausewise/lint";
import { importFile } from "@clausewise/formats";
import { clauseModel } from "@clausewise/schema";
import { clausewise, repoRoot, type Run } from "./run.ts";

const dir = "test/corpus/texts";
/** Adopted resolutions only: drafts and student papers are expected to have findings. */
const real = readdirSync(`${repoRoot}${dir}`)
  .filter((f) => /^(hrc|ga|sc|ecosoc)-res-.+\.txt$/.test(f))
  .sort()
  .map((f) => `${dir}/${f}`);

interface Report {
  files: { path: string; committee: string; diagnostics: Diagnostic[] }[];
}

const isFalseAlarm = (d: Diagnostic) =>
  (d.category === "format" || d.category === "style") &&
  (d.severity === "error" || d.severity === "warning") &&
  // An excerpt without operative clauses gets an empty one from the importer: not the text's fault.
  d.ruleId !== "format/empty-clause";

describe("format and style rules on real UN resolutions", () => {
  let run: Run;
  let report: Report;
  const clauses = new Map<string, number>();
  beforeAll(async () => {
    run = await clausewise(["lint", "--format", "json", ...real]);
    report = JSON.parse(run.stdout);
    for (const path of real) {
      const { doc } = await importFile(path, readFileSync(`${repoRoot}${path}`));
      clauses.set(path, clauseModel(doc).clauses.filter((c) => c.text.trim()).length);
    }
  });

  /** Clauses with at least one false alarm, over all clauses with text, for files starting with `prefix`. */
  function share(prefix: string) {
    let flagged = 0;
    let total = 0;
    for (const file of report.files.filter((f) => f.path.startsWith(`${dir}/${prefix}`))) {
      flagged += new Set(file.diagnostics.filter(isFalseAlarm).map((d) => d.clause.id)).size;
      total += clauses.get(file.path)!;
    }
    return { flagged, total };
  }

  it("reads every file", () => {
    expect(real.length).toBeGreaterThan(40);
    expect(run.stderr).not.toMatch(/cannot|not a valid|damaged/);
    expect(report.files.map((f) => f.path)).toEqual(real);
  });

  it("flags fewer than 1 in 50 clauses of Human Rights Council resolutions", () => {
    const { flagged, total } = share("hrc-");
    expect(total).toBeGreaterThan(200);
    expect(flagged / total).toBeLessThan(1 / 50);
  });

  it("flags fewer than 1 in 20 clauses of all real resolutions (older General Assembly texts repeat verbs)", () => {
    const { flagged, total } = share("");
    expect(total).toBeGreaterThan(600);
    expect(flagged / total).toBeLessThan(1 / 20);
  });
});
