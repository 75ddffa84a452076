// The documented examples of the format and style packs (rules/packs/format.yaml and style.yaml).
// The engine's rule tester (ruleTester.test.ts) runs each of them as its own test; here: every pack
// entry has a rule, every rule valid and flagged examples, and, with the pack's own reading of the
// expectations (clause path, match, severity, fixed text), every diagnostic is a valid Diagnostic.
import { describe, expect, it } from "vitest";
import { clauseModel, createDocument, type ClauseInput, type ClauseInfo } from "@clausewise/schema";
import type { Node } from "prosemirror-model";
import { lintDocument } from "../../linter.ts";
import { Diagnostic } from "../../diagnostic.ts";
import type { Rule, RuleExample } from "../../rule.ts";
import { formatRules } from "./index.ts";
import { packRuleIds } from "./pack.ts";

/** The document an example describes, and the path of its clause when it has one. */
function exampleDocument(e: RuleExample): { doc: Node; path: string | null } {
  const heading = { committee: e.committee ?? "hrc" };
  if (e.document) return { doc: createDocument({ heading, ...e.document }), path: null };
  const text = e.text!;
  if ((e.section ?? "operative") === "preamble") return { doc: createDocument({ heading, preamble: [text], operative: ["Decides to remain seized of the matter"] }), path: "p1" };
  const parents = e.parents ?? [];
  let clause: ClauseInput = text;
  for (const parent of [...parents].reverse()) clause = { text: parent, sub: [clause] };
  const path = "1" + parents.map((_, i) => (i % 2 === 0 ? "(a)" : "(i)")).join("");
  return { doc: createDocument({ heading, operative: [clause] }), path };
}

/** The text of the diagnostic's textblock after applying its first fix. */
function fixedText(clause: ClauseInfo, d: Diagnostic): string {
  const base = d.part === "continuation" ? clause.continuation! : { text: clause.text, from: clause.textFrom };
  let text = base.text;
  const edits = [...d.fixes[0]!.edits].sort((a, b) => b.from - a.from);
  for (const edit of edits) text = text.slice(0, edit.from - base.from) + edit.insert + text.slice(edit.to - base.from);
  return text;
}

function runExample(rule: Rule, e: RuleExample) {
  const { doc, path } = exampleDocument(e);
  const model = clauseModel(doc);
  const found = lintDocument(doc, { rules: [rule], committee: e.committee ?? "hrc" });
  for (const d of found) expect(Diagnostic.parse(d)).toEqual(d);
  expect(found.map((d) => `${d.clause.path}: ${d.message}`)).toHaveLength(e.expect.length);
  e.expect.forEach((want, i) => {
    const d = found[i]!;
    if (want.path ?? path) expect(d.clause.path).toBe(want.path ?? path);
    if (want.severity) expect(d.severity).toBe(want.severity);
    if (want.match !== undefined) expect(doc.textBetween(d.from, d.to)).toBe(want.match);
    if (want.fixed !== undefined) {
      expect(d.fixes.length).toBeGreaterThan(0);
      const clause = model.clauses.find((c) => c.id === d.clause.id)!;
      expect(fixedText(clause, d)).toBe(want.fixed);
    }
  });
}

describe("format and style pack examples", () => {
  it("every pack entry has a rule, and every rule an entry", () => {
    expect(formatRules.map((r) => r.meta.id).sort()).toEqual(packRuleIds().sort());
  });

  for (const rule of formatRules) {
    describe(rule.meta.id, () => {
      const examples = rule.meta.docs?.examples ?? [];
      it("has valid and invalid examples", () => {
        expect(examples.some((e) => e.expect.length === 0)).toBe(true);
        expect(examples.some((e) => e.expect.length > 0)).toBe(true);
      });
      it(`gives the documented findings on all ${examples.length} examples, as valid Diagnostics`, () => {
        for (const e of examples) runExample(rule, e);
      });
    });
  }
});
