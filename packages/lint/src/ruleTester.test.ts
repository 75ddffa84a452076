import { describe, expect, it } from "vitest";
import { allRules } from "./registry.ts";
import { runExample } from "./ruleTester.ts";

// Every rule's documented examples, the mandate rules' and the format pack's alike.
describe.each(allRules.filter((r) => (r.meta.docs?.examples.length ?? 0) > 0).map((r) => [r.meta.id, r] as const))("%s", (_id, rule) => {
  it.each(rule.meta.docs!.examples.map((e, i) => [`${i + 1}: ${e.text ?? e.note ?? "document"}`.slice(0, 110), e] as const))("%s", (_name, example) => {
    expect(runExample(rule, example).problems).toEqual([]);
  });
});

describe("the rule tester", () => {
  it("covers the three mandate rules, each with valid and invalid examples", () => {
    for (const id of ["mandate/binding-language", "mandate/new-body", "mandate/operational-intervention"]) {
      const examples = allRules.find((r) => r.meta.id === id)!.meta.docs!.examples;
      expect(examples.some((e) => e.expect.length === 0)).toBe(true);
      expect(examples.some((e) => e.expect.length > 0)).toBe(true);
    }
  });

  it("reports a wrong expectation", () => {
    const rule = allRules.find((r) => r.meta.id === "mandate/binding-language")!;
    const result = runExample(rule, { text: "Demands that all parties cease fire", expect: [] });
    expect(result.problems).toEqual([expect.stringMatching(/expected 0 finding\(s\), got 1: error "Demands"/)]);
  });
});
