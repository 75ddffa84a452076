/** The text report: one finding per line, `file:line:column severity message ruleId`, then a summary. */
import { countDiagnostics, Category, type Diagnostic } from "@clausewise/lint";
import type { LintedPaper } from "./lint.ts";
import type { FileProblem } from "./load.ts";

const plural = (n: number, one: string, many = one + "s") => `${n} ${n === 1 ? one : many}`;

export function textLines(paper: LintedPaper): string[] {
  return paper.placed.map(({ diagnostic: d, start }) => `${paper.path}:${start.line}:${start.column} ${d.severity} ${d.message} ${d.ruleId}`);
}

export function textSummary(papers: readonly LintedPaper[], problems: readonly FileProblem[]): string {
  const all: Diagnostic[] = papers.flatMap((p) => p.diagnostics);
  const counts = countDiagnostics(all);
  const files = plural(new Set([...papers.map((p) => p.path), ...problems.map((p) => p.path)]).size, "file");
  const unread = problems.length ? ` (${problems.length} with a problem named above)` : "";
  const severities = [
    plural(counts.bySeverity.error, "error"),
    plural(counts.bySeverity.warning, "warning"),
    `${counts.bySeverity.info} info`,
    plural(counts.bySeverity.hint, "hint"),
  ].join(", ");
  const categories = Category.options.map((c) => `${c} ${counts.byCategory[c]}`).join(", ");
  return `${files}${unread}: ${severities}; by category: ${categories}`;
}
