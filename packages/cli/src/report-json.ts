/** The JSON report: {"files": [{"path", "committee", "diagnostics"}]}, plus files that could not be read. */
import type { Diagnostic } from "@clausewise/lint";
import type { LintedPaper } from "./lint.ts";
import type { FileProblem } from "./load.ts";

export interface JsonReport {
  files: { path: string; committee: string; diagnostics: Diagnostic[] }[];
  /** Files that could not be read or imported; absent when there are none. */
  errors?: { path: string; message: string }[];
}

export function jsonReport(papers: readonly LintedPaper[], problems: readonly FileProblem[]): JsonReport {
  const report: JsonReport = {
    files: papers.map((p) => ({ path: p.path, committee: p.committee.id, diagnostics: p.diagnostics })),
  };
  if (problems.length) report.errors = problems.map((p) => ({ path: p.path, message: p.message }));
  return report;
}
