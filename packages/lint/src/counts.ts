/**
 * Counting and ranking diagnostics. Types only from diagnostic.ts: this module must not pull the
 * zod schemas into a browser bundle that only shows findings.
 */
import type { Category, Diagnostic, Severity } from "./diagnostic.ts";

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export type CategoryCounts = Record<Category, number>;
export interface DiagnosticCounts {
  total: number;
  bySeverity: Record<Severity, number>;
  byCategory: CategoryCounts;
  /** Errors and warnings per category: what the review desk's table shows. */
  problemsByCategory: CategoryCounts;
}

/** Counts by severity and by category, for panels, events and the review table. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const zeroCategories = (): CategoryCounts => ({ binding: 0, "new-body": 0, operational: 0, format: 0, style: 0 });
  const counts: DiagnosticCounts = {
    total: diagnostics.length,
    bySeverity: { error: 0, warning: 0, info: 0, hint: 0 },
    byCategory: zeroCategories(),
    problemsByCategory: zeroCategories(),
  };
  for (const d of diagnostics) {
    counts.bySeverity[d.severity]++;
    counts.byCategory[d.category]++;
    if (d.severity === "error" || d.severity === "warning") counts.problemsByCategory[d.category]++;
  }
  return counts;
}
