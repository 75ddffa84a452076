import { describe, expect, test } from "vitest";
import { createDocument } from "@clausewise/schema";
import { lintDocument } from "@clausewise/lint";
import { fixLabels, separateMandateQuote } from "./finding-text.ts";
import { overreaching } from "../e2e/fixtures.ts";

describe("finding text", () => {
  const findings = lintDocument(createDocument(overreaching));

  test("a mandate quote the explanation already gives is not quoted again; others are", () => {
    const mandate = findings.filter((d) => d.mandate);
    expect(mandate.length).toBeGreaterThan(0);
    for (const d of mandate) expect(separateMandateQuote(d)).toBe(d.explanation.includes(d.mandate!.quote) ? null : d.mandate);
    const quote = { quote: "may make recommendations", source: "Charter, Art. 10" };
    expect(separateMandateQuote({ explanation: "It binds States.", mandate: quote })).toBe(quote);
    expect(separateMandateQuote({ explanation: "Capitalise it.", mandate: null })).toBeNull();
  });

  test("a finding's fixes are listed once each", () => {
    const edit = { from: 1, to: 2, insert: "x" };
    expect(fixLabels({ fixes: [{ label: "Replace with \"Calls upon\"", edits: [edit] }, { label: "Replace with \"Calls upon\"", edits: [edit] }] })).toEqual([
      "Replace with \"Calls upon\"",
    ]);
    expect(fixLabels({ fixes: [] })).toEqual([]);
  });
});
