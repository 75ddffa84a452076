/**
 * Small rules for testing the plugin, shaped to exercise what incremental linting can get wrong:
 * findings that depend on ancestors' text, on depth, on section and committee, empty ranges
 * (widgets), continuations, fixes, and document rules that depend on order, numbering and
 * structure. Tests run them through the real Linter.
 */
import type { Finding, Rule } from "@clausewise/lint";

function matches(text: string, re: RegExp): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, word: m[0] });
  return out;
}

const mandate = { quote: "The Council shall make recommendations", source: "GA res. 60/251, op. 5(i)" };

export const testClauseRules: Rule[] = [
  {
    meta: { id: "test/binding", category: "binding", severity: "error", description: "binding verbs" },
    scope: "clause",
    check({ clause }) {
      const out: Finding[] = [];
      const parts: ["text" | "continuation", string][] = [["text", clause.text]];
      if (clause.continuation) parts.push(["continuation", clause.continuation.text]);
      for (const [part, text] of parts) {
        for (const m of matches(text, /\b(demands|decides)\b/gi)) {
          out.push({
            part,
            start: m.start,
            end: m.end,
            message: `“${m.word}” is binding language`,
            explanation: "The Council recommends; it cannot bind States.",
            mandate,
            fixes: [
              { label: "Replace with “calls upon”", edits: [{ part, start: m.start, end: m.end, insert: "calls upon" }] },
              { label: "Delete the word", edits: [{ part, start: m.start, end: m.end + (text[m.end] === " " ? 1 : 0), insert: "" }] },
            ],
          });
        }
      }
      return out;
    },
  },
  {
    meta: { id: "test/fund", category: "new-body", severity: "warning", description: "a fund requested of a parent" },
    scope: "clause",
    check({ clause, ancestors }) {
      if (clause.depth === 0 || !ancestors.some((a) => /^Requests\b/.test(a.text))) return [];
      return matches(clause.text, /establish a fund/g).map((m) => ({
        start: m.start,
        end: m.end,
        message: "A new fund is a new body",
        explanation: "Creating a fund needs a budget decision.",
        mandate,
      }));
    },
  },
  {
    meta: { id: "test/empty", category: "format", severity: "info", description: "empty clause" },
    scope: "clause",
    check({ clause }) {
      return clause.text.trim() === "" ? [{ start: 0, end: 0, message: "Empty clause", explanation: "Write or delete it." }] : [];
    },
  },
  {
    meta: { id: "test/deep", category: "style", severity: "hint", description: "deep nesting" },
    scope: "clause",
    check({ clause }) {
      if (clause.depth < 2) return [];
      return [{ start: 0, end: Math.min(3, clause.text.length), message: `Depth ${clause.depth}`, explanation: "Flatten it." }];
    },
  },
  {
    meta: { id: "test/preamble-urges", category: "style", severity: "warning", description: "operative verb in the preamble" },
    scope: "clause",
    check({ clause }) {
      if (clause.section !== "preamble") return [];
      return matches(clause.text, /\burges\b/g).map((m) => ({ ...m, message: "Operative verb in the preamble", explanation: "Move it." }));
    },
  },
  {
    meta: { id: "test/deploy", category: "operational", severity: "error", description: "deployment outside the Security Council" },
    scope: "clause",
    check({ clause }, { committee }) {
      if (committee.id === "sc") return [];
      return matches(clause.text, /\bdeploy\b/g).map((m) => ({ ...m, message: `Only the Security Council deploys (${committee.id})`, explanation: "Operational." }));
    },
  },
];

export const testDocumentRules: Rule[] = [
  {
    meta: { id: "test/duplicate", category: "style", severity: "warning", description: "repeated clause" },
    scope: "document",
    check(model) {
      const seen = new Set<string>();
      const out: (Finding & { clauseId: string })[] = [];
      for (const c of model.clauses) {
        if (!c.text.trim()) continue;
        if (seen.has(c.text)) out.push({ clauseId: c.id, start: 0, end: c.text.length, message: "Repeats an earlier clause", explanation: "Delete one." });
        seen.add(c.text);
      }
      return out;
    },
  },
  {
    meta: { id: "test/acronym", category: "format", severity: "info", description: "first use of an acronym" },
    scope: "document",
    check(model) {
      const seen = new Set<string>();
      const out: (Finding & { clauseId: string })[] = [];
      for (const c of model.clauses) {
        for (const m of matches(c.text, /\b[A-Z]{3,6}\b/g)) {
          if (seen.has(m.word)) continue;
          seen.add(m.word);
          out.push({
            clauseId: c.id,
            start: m.start,
            end: m.end,
            message: `Spell out ${m.word} at first use`,
            explanation: "Acronyms are defined once.",
            fixes: [{ label: "Add a definition", edits: [{ part: "text", start: m.end, end: m.end, insert: " (definition)" }] }],
          });
        }
      }
      return out;
    },
  },
  {
    meta: { id: "test/crowded", category: "format", severity: "hint", description: "many sub-clauses; numbering-dependent" },
    scope: "document",
    check(model) {
      return model.clauses
        .filter((c) => c.childIds.length >= 3 || (c.depth === 0 && c.section === "operative" && c.index % 4 === 0 && c.continuation !== null))
        .map((c) => ({
          clauseId: c.id,
          part: c.continuation && c.index % 4 === 0 ? ("continuation" as const) : ("text" as const),
          start: 0,
          end: 1,
          message: `Crowded clause ${c.path}`,
          explanation: "Split it.",
        }));
    },
  },
];

export const testRules: Rule[] = [...testClauseRules, ...testDocumentRules];
