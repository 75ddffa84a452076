import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importText } from "@clausewise/formats";
import { lintDocument } from "@clausewise/lint";
import { createDocument } from "@clausewise/schema";
import { categories } from "./labels.ts";
import { adjacentRows, deskCommittees, deskSummary, filterRows, nextSort, rowCounts, sortRows, type DeskRow } from "./review-table.ts";
import { overreaching, formatSlips } from "../e2e/fixtures.ts";

const row = (id: string, title: string, errors: number, warnings: number, binding = 0): DeskRow => ({
  id, title, fileName: `${id}.docx`, committee: "HRC", errors, warnings,
  problems: { binding, "new-body": 0, operational: 0, format: 0, style: 0 }, comments: 0, verdict: "undecided", pending: false,
});
const rows = [row("a", "Education", 0, 1), row("b", "Defenders", 3, 2, 2), row("c", "Privacy", 1, 0)];

describe("review table", () => {
  test("sorting by errors starts with the most errors, and toggles", () => {
    const sort = nextSort({ key: "title", descending: false }, "errors");
    expect(sortRows(rows, sort).map((r) => r.id)).toEqual(["b", "c", "a"]);
    expect(sortRows(rows, nextSort(sort, "errors")).map((r) => r.id)).toEqual(["a", "c", "b"]);
  });
  test("sorting by title is alphabetical", () => {
    expect(sortRows(rows, nextSort({ key: "errors", descending: true }, "title")).map((r) => r.title)).toEqual(["Defenders", "Education", "Privacy"]);
  });
  test("numbers in titles sort by value, in the title column and among ties", () => {
    const papers = [row("x", "WP.10 Water", 1, 0), row("y", "WP.2 Water", 1, 0), row("z", "wp.1 Water", 1, 0)];
    expect(sortRows(papers, { key: "title", descending: false }).map((r) => r.title)).toEqual(["wp.1 Water", "WP.2 Water", "WP.10 Water"]);
    expect(sortRows(papers, { key: "errors", descending: true }).map((r) => r.title)).toEqual(["wp.1 Water", "WP.2 Water", "WP.10 Water"]);
  });
  test("the papers before and after one, in the rows' order", () => {
    const sorted = sortRows(rows, { key: "errors", descending: true });
    expect(adjacentRows(sorted, "b")).toMatchObject({ previous: null, next: { id: "c" }, index: 0 });
    expect(adjacentRows(sorted, "c")).toMatchObject({ previous: { id: "b" }, next: { id: "a" }, index: 1 });
    expect(adjacentRows(sorted, "a")).toMatchObject({ previous: { id: "c" }, next: null, index: 2 });
    expect(adjacentRows(sorted, "gone")).toEqual({ previous: null, next: null, index: -1 });
  });
  test("filters by text, category and problems", () => {
    expect(filterRows(rows, { text: "priv", category: "", onlyProblems: false }).map((r) => r.id)).toEqual(["c"]);
    expect(filterRows(rows, { text: "", category: "binding", onlyProblems: false }).map((r) => r.id)).toEqual(["b"]);
    expect(filterRows([...rows, row("d", "Clean", 0, 0)], { text: "", category: "", onlyProblems: true }).map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
  test("filters by committee (exactly: GA is not GA1), offering each committee of the desk once", () => {
    const mixed = [{ ...row("g", "Plenary", 0, 0), committee: "GA" }, { ...row("g1", "First", 0, 0), committee: "GA1" }, { ...row("g10", "Tenth", 0, 0), committee: "GA10" }, ...rows];
    expect(filterRows(mixed, { text: "", category: "", onlyProblems: false, committee: "GA" }).map((r) => r.id)).toEqual(["g"]);
    expect(filterRows(mixed, { text: "", category: "", onlyProblems: false, committee: "" })).toHaveLength(6);
    expect(deskCommittees(mixed)).toEqual(["GA", "GA1", "GA10", "HRC"]);
  });
  test("the desk's summary: papers with errors, with warnings only, clean, and still being checked", () => {
    const pending = { ...row("p", "Pending", 0, 0), pending: true };
    expect(deskSummary([...rows, row("d", "Clean", 0, 0), pending])).toEqual({ errors: 2, warningsOnly: 1, clean: 1, checking: 1 });
  });
  test("the category columns add up to the errors and warnings, style included", () => {
    const wrapped = importText(readFileSync(join(import.meta.dirname, "../../../packages/cli/test/fixtures/wrapped-ga3.txt"), "utf8")).doc;
    for (const doc of [wrapped, createDocument(overreaching), createDocument(formatSlips)]) {
      const row = rowCounts(lintDocument(doc));
      expect(categories.reduce((sum, c) => sum + row.problems[c], 0)).toBe(row.errors + row.warnings);
    }
    expect(rowCounts(lintDocument(wrapped))).toMatchObject({ errors: 0, warnings: 1, problems: { style: 1 } });
  });
});
