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
}

export function rowCounts(diagnostics: readonly Diagnostic[]): Pick<DeskRow, "errors" | "warnings" | "problems"> {
  const c = countDiagnostics(diagnostics);
  return { errors: c.bySeverity.error, warnings: c.bySeverity.warning, problems: c.problemsByCategory };
}

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
    const primary = x < y ? -1 : x > y ? 1 : 0;
    // Ties fall back to title order so the table never shuffles.
    return primary * dir || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  });
}

export function filterRows(rows: readonly DeskRow[], filter: DeskFilter): DeskRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (text && !`${r.title} ${r.fileName} ${r.committee}`.toLowerCase().includes(text)) return false;
    if (filter.onlyProblems && r.errors + r.warnings === 0) return false;
    if (filter.category && r.problems[filter.category] === 0) return false;
    return true;
  });
}

/** Sorting by a count starts with the largest; by a name, alphabetically. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: !(key === "title" || key === "committee") };
}
