/** Rows of the review desk's table: counts per paper, sorting and filtering (pure). */
import type { Category, Diagnostic } from "@clausewise/lint";
import { countDiagnostics } from "@clausewise/lint";

export interface DeskRow {
  id: string;
  title: string;
  fileName: string;
  committee: string;
  errors: number;
  warnings: number;
  /** Errors and warnings per category. */
  problems: Record<Category, number>;
  comments: number;
  verdict: string;
  /** Still being linted. */
  pending: boolean;
}

export type SortKey = "title" | "committee" | "errors" | "warnings" | Category | "comments" | "verdict";
export interface Sort {
  key: SortKey;
  descending: boolean;
}
export interface DeskFilter {
  text: string;
  /** Show only papers with at least one error or warning in this category ("" for any). */
  category: Category | "";
  onlyProblems: boolean;
  /** Show only this committee's papers (its short name, as the table shows it); absent or "" for any. */
  committee?: string;
}

export function rowCounts(diagnostics: readonly Diagnostic[]): Pick<DeskRow, "errors" | "warnings" | "problems"> {
  const c = countDiagnostics(diagnostics);
  return { errors: c.bySeverity.error, warnings: c.bySeverity.warning, problems: c.problemsByCategory };
}

// Numbers in names sort by value ("WP.2" before "WP.10"), as a director reads them.
const byName = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function sortValue(row: DeskRow, key: SortKey): string | number {
  switch (key) {
    case "title":
      return row.title.toLowerCase();
    case "committee":
      return row.committee.toLowerCase();
    case "errors":
    case "warnings":
    case "comments":
      return row[key];
    case "verdict":
      return row.verdict;
    default:
      return row.problems[key];
  }
}

export function sortRows(rows: readonly DeskRow[], sort: Sort): DeskRow[] {
  const dir = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key), y = sortValue(b, sort.key);
    const primary = typeof x === "string" && typeof y === "string" ? byName.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
    // Ties fall back to title order so the table never shuffles.
    return primary * dir || byName.compare(a.title, b.title);
  });
}

export function filterRows(rows: readonly DeskRow[], filter: DeskFilter): DeskRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (text && !`${r.title} ${r.fileName} ${r.committee}`.toLowerCase().includes(text)) return false;
    if (filter.onlyProblems && r.errors + r.warnings === 0) return false;
    if (filter.committee && r.committee !== filter.committee) return false;
    if (filter.category && r.problems[filter.category] === 0) return false;
    return true;
  });
}

/** The committees of the desk's papers, each once, in name order (the committee filter's choices). */
export function deskCommittees(rows: readonly DeskRow[]): string[] {
  return [...new Set(rows.map((r) => r.committee).filter(Boolean))].sort(byName.compare);
}

/** How the desk's checked papers stand, for the line above the table: with errors, with warnings only, clean. */
export function deskSummary(rows: readonly DeskRow[]): { errors: number; warningsOnly: number; clean: number; checking: number } {
  const summary = { errors: 0, warningsOnly: 0, clean: 0, checking: 0 };
  for (const r of rows) {
    if (r.pending) summary.checking++;
    else if (r.errors) summary.errors++;
    else if (r.warnings) summary.warningsOnly++;
    else summary.clean++;
  }
  return summary;
}

/** Sorting by a count starts with the largest; by a name, alphabetically. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: !(key === "title" || key === "committee") };
}

/**
 * The papers before and after `id` among rows in the table's order (Previous / Next paper in a
 * review); index is -1 when `id` is not among them.
 */
export function adjacentRows(rows: readonly DeskRow[], id: string): { previous: DeskRow | null; next: DeskRow | null; index: number } {
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) return { previous: null, next: null, index };
  return { previous: rows[index - 1] ?? null, next: rows[index + 1] ?? null, index };
}
