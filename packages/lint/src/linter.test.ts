import { describe, expect, it } from "vitest";
import { clauseModel, createDocument } from "@clausewise/schema";
import { Diagnostic } from "./diagnostic.ts";
import { Linter, lintDocument } from "./linter.ts";
import { UnknownCommitteeError } from "./committee.ts";
import type { Rule } from "./rule.ts";

// A rule that flags the word "Demands" wherever it appears, with a fix, and counts its calls.
let calls = 0;
const demandRule: Rule = {
  meta: { id: "test/demands", category: "binding", severity: "error", description: "flags Demands" },
  scope: "clause",
  check({ clause }, ctx) {
    calls++;
    const at = clause.text.indexOf("Demands");
    if (at < 0) return [];
    return [
      {
        message: `Demands in ${ctx.committee.id}`,
        explanation: "test",
        start: at,
        end: at + 7,
        fixes: [{ label: "Strongly urges", edits: [{ part: "text", start: at, end: at + 7, insert: "Strongly urges" }] }],
      },
    ];
  },
};
const lastClauseRule: Rule = {
  meta: { id: "test/last", category: "format", severity: "hint", description: "marks the last operative clause" },
  scope: "document",
  check(model) {
    const last = model.clauses.filter((c) => c.section === "operative").at(-1)!;
    return [{ clauseId: last.id, message: "last", explanation: "", start: 0, end: 1 }];
  },
};
const rules = [demandRule, lastClauseRule];

const demandOf = (list: Diagnostic[]) => list.find((x) => x.ruleId === "test/demands")!.message;
const doc = (operative: string[], committee = "hrc") =>
  createDocument({ heading: { committee }, preamble: ["Recalling its resolution 5/1"], operative });

describe("Linter", () => {
  it("maps clause-relative findings and fixes to document positions", () => {
    const d = doc(["Calls upon States to act", "Demands that all parties cease"]);
    const out = lintDocument(d, { rules });
    const demand = out.find((x) => x.ruleId === "test/demands")!;
    expect(Diagnostic.parse(demand)).toEqual(demand);
    expect(d.textBetween(demand.from, demand.to)).toBe("Demands");
    expect(demand.clause).toMatchObject({ section: "operative", index: 2, path: "2" });
    expect(demand.message).toBe("Demands in hrc");
    expect(demand.fixes[0]!.edits[0]).toEqual({ from: demand.from, to: demand.to, insert: "Strongly urges" });
    expect(out.map((x) => x.from)).toEqual([...out.map((x) => x.from)].sort((a, b) => a - b));
    expect(out.map((x) => x.ruleId).sort()).toEqual(["test/demands", "test/last"]);
  });

  it("reuses cached findings when a clause moves, with fresh positions and paths", () => {
    const linter = new Linter({ rules });
    calls = 0;
    linter.lint(doc(["Demands that all parties cease"]));
    expect(calls).toBe(2); // the preambular and the operative clause
    const moved = doc(["Welcomes the report", "Demands that all parties cease"]);
    const out = linter.lint(moved).filter((x) => x.ruleId === "test/demands");
    expect(calls).toBe(3); // only the new clause was checked
    expect(out[0]!.clause.path).toBe("2");
    expect(moved.textBetween(out[0]!.from, out[0]!.to)).toBe("Demands");
  });

  it("re-checks a clause when an ancestor's text changes", () => {
    const linter = new Linter({ rules });
    const make = (parent: string) =>
      createDocument({ heading: { committee: "hrc" }, operative: [{ text: parent, sub: ["Demands a report"] }] });
    linter.lint(make("Requests OHCHR:"));
    calls = 0;
    linter.lint(make("Requests OHCHR:"));
    expect(calls).toBe(0);
    linter.lint(make("Requests the Secretary-General:"));
    expect(calls).toBe(2);
  });

  it("keys the cache on the committee", () => {
    const linter = new Linter({ rules });
    const d = doc(["Demands that all parties cease"]);
    expect(linter.lint(d).find((x) => x.ruleId === "test/demands")!.message).toBe("Demands in hrc");
    linter.setCommittee("sc");
    expect(linter.lint(d).find((x) => x.ruleId === "test/demands")!.message).toBe("Demands in sc");
  });

  it("bounds the cache", () => {
    const linter = new Linter({ rules, cacheSize: 3 });
    linter.lint(doc(["Demands a", "Demands b", "Demands c", "Demands d", "Demands e"]));
    expect(linter.cacheStats.size).toBe(3);
  });

  it("offers clause and document diagnostics separately for the editor", () => {
    const linter = new Linter({ rules });
    const model = clauseModel(doc(["Demands that all parties cease"]));
    const clause = model.clauses.find((c) => c.section === "operative")!;
    expect(linter.clauseDiagnostics(model, clause).map((d) => d.ruleId)).toEqual(["test/demands"]);
    expect(linter.documentDiagnostics(model).map((d) => d.ruleId)).toEqual(["test/last"]);
  });

  it("resolves committees by id, name or alias, and rejects unknown ones clearly", () => {
    const d = doc(["Demands that all parties cease"], "");
    expect(demandOf(lintDocument(d, { rules }))).toBe("Demands in ga"); // documented fallback
    expect(demandOf(lintDocument(d, { rules, committee: "Human Rights Council" }))).toBe("Demands in hrc");
    expect(demandOf(lintDocument(d, { rules, committee: "Third Committee" }))).toBe("Demands in ga-3");
    expect(() => lintDocument(d, { rules, committee: "Narnia Council" })).toThrow(UnknownCommitteeError);
    expect(() => lintDocument(doc(["x"], "narnia"), { rules })).toThrow(/Unknown committee "narnia"/);
  });
});
