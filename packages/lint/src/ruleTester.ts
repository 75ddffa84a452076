/**
 * Runs a rule's documented examples (RuleMeta.docs.examples): each example is linted with that
 * rule alone, for its committee, and its findings are compared with the expected ones (count,
 * severity, underlined text, text after the first fix). Used by the test suite for every rule in
 * allRules, and by the docs generator to print what the rule really reports.
 */
import { clauseModel, createDocument, type ClauseInput } from "@clausewise/schema";
import type { Node } from "prosemirror-model";
import type { Diagnostic } from "./diagnostic.ts";
import { Linter } from "./linter.ts";
import type { ExampleClause, Rule, RuleExample } from "./rule.ts";

export interface ExampleResult {
  example: RuleExample;
  doc: Node;
  diagnostics: Diagnostic[];
  /** What differs from the expectation; empty when the example passes. */
  problems: string[];
}

const DEFAULT_EXAMPLE_COMMITTEE = "hrc";

/** The document an example describes. */
export function exampleDocument(example: RuleExample): Node {
  const committee = example.committee ?? DEFAULT_EXAMPLE_COMMITTEE;
  if (example.document) {
    return createDocument({
      heading: { committee },
      preamble: (example.document.preamble ?? []) as ClauseInput[],
      operative: (example.document.operative ?? []) as ClauseInput[],
    });
  }
  const text = example.text ?? "";
  if (example.section === "preamble") return createDocument({ heading: { committee }, preamble: [text], operative: ["Decides to remain seized of the matter"] });
  let clause: ExampleClause = text;
  for (const parent of [...(example.parents ?? [])].reverse()) clause = { text: parent, sub: [clause] };
  return createDocument({ heading: { committee }, operative: [clause as ClauseInput] });
}

/** The path of the clause an example is about: the innermost one. */
function examplePath(example: RuleExample): string {
  if (example.section === "preamble") return "p1";
  const depth = example.parents?.length ?? 0;
  const labels = ["a", "i", "a", "i"];
  return "1" + labels.slice(0, depth).map((l) => `(${l})`).join("");
}

/** Applies a diagnostic's first fix to the text of the clause it is on. */
export function textAfterFirstFix(doc: Node, d: Diagnostic): string | null {
  const fix = d.fixes[0];
  if (!fix) return null;
  const clause = clauseModel(doc).clauses.find((c) => c.id === d.clause.id);
  if (!clause) return null;
  const base = d.part === "continuation" && clause.continuation ? clause.continuation : { text: clause.text, from: clause.textFrom };
  let text = base.text;
  for (const e of [...fix.edits].sort((a, b) => b.from - a.from)) {
    text = text.slice(0, e.from - base.from) + e.insert + text.slice(e.to - base.from);
  }
  return text;
}

export function runExample(rule: Rule, example: RuleExample): ExampleResult {
  const doc = exampleDocument(example);
  const diagnostics = new Linter({ rules: [rule], committee: example.committee ?? DEFAULT_EXAMPLE_COMMITTEE }).lint(doc);
  const problems: string[] = [];
  if (diagnostics.length !== example.expect.length) {
    problems.push(
      `expected ${example.expect.length} finding(s), got ${diagnostics.length}` +
        (diagnostics.length ? `: ${diagnostics.map((d) => `${d.severity} "${doc.textBetween(d.from, d.to)}"`).join(", ")}` : ""),
    );
  }
  example.expect.forEach((want, i) => {
    const got = diagnostics[i];
    if (!got) return;
    const path = want.path ?? examplePath(example);
    if (got.clause.path !== path) problems.push(`finding ${i + 1}: on clause ${got.clause.path}, expected ${path}`);
    if (want.severity && got.severity !== want.severity) problems.push(`finding ${i + 1}: severity ${got.severity}, expected ${want.severity}`);
    const underlined = doc.textBetween(got.from, got.to);
    if (want.match !== undefined && underlined !== want.match) problems.push(`finding ${i + 1}: underlines "${underlined}", expected "${want.match}"`);
    if (want.fixed !== undefined) {
      const fixed = textAfterFirstFix(doc, got);
      if (fixed !== want.fixed) problems.push(`finding ${i + 1}: first fix gives ${fixed === null ? "no fix" : `"${fixed}"`}, expected "${want.fixed}"`);
    }
  });
  return { example, doc, diagnostics, problems };
}

/** Every documented example of every given rule. */
export function runAllExamples(rules: readonly Rule[]): { rule: Rule; result: ExampleResult }[] {
  return rules.flatMap((rule) => (rule.meta.docs?.examples ?? []).map((example) => ({ rule, result: runExample(rule, example) })));
}
