import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importText } from "@clausewise/formats";
import { lintDocument } from "@clausewise/lint";
import { createDocument } from "@clausewise/schema";
import { categories } from "./labels.ts";
import { filterRows, nextSort, rowCounts, sortRows, type DeskRow } from "./review-table.ts";
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
  test("filters by text, category and problems", () => {
    expect(filterRows(rows, { text: "priv", category: "", onlyProblems: false }).map((r) => r.id)).toEqual(["c"]);
    expect(filterRows(rows, { text: "", category: "binding", onlyProblems: false }).map((r) => r.id)).toEqual(["b"]);
    expect(filterRows([...rows, row("d", "Clean", 0, 0)], { text: "", category: "", onlyProblems: true }).map((r) => r.id)).toEqual(["a", "b", "c"]);
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
