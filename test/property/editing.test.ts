/**
 * Random editing sessions against the editor's real commands and plugins (headless: see
 * editor-harness.ts). After every step:
 *   - the document is valid against the schema, clause ids are present and unique, and the clause
 *     model's numbers, labels, paths and end punctuation follow from position (invariants.ts);
 *   - the editor's incremental findings, with the debounced document rules flushed, equal a full
 *     `new Linter().lint(doc)` of the same document;
 *   - clause-rule findings are current even before the flush, except in the sub-clauses of a
 *     clause typed in, which are re-linted when typing pauses (deferredRanges).
 *
 * Seeded: a failure prints the seed and the shrunk command list; replay with
 * PROPERTY_SEED=<seed> pnpm exec vitest run --project acceptance test/property/editing.test.ts
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Linter, allRules, type Diagnostic } from "@clausewise/lint";
import { exportText, importText, documentDifference } from "@clausewise/formats";
import { TextSelection } from "prosemirror-state";
import { createDocument, documentToInput, withBlocks, BLOCKS_ABOVE } from "@clausewise/schema";
import { HeadlessEditor, deferredRanges, getDiagnostics, type Key } from "./editor-harness.ts";
import { documentProblems } from "./invariants.ts";
// The formats package's own generator of papers in canonical form (its round-trip tests use it).
import { arbitraryDocument as formatsArbitraryDocument } from "../../packages/formats/src/testing/arbitrary-document.ts";
import { arbitraryDocument, committeeId, pastedText, typedText } from "./paper-text.ts";

export const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);
/** Random sessions per run, and commands per session (at most). */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
export const MAX_STEPS = 40;

type Command =
  | { kind: "type"; text: string }
  | { kind: "key"; key: Key }
  | { kind: "select"; a: number; b: number | null; oa: number; ob: number }
  | { kind: "paste"; text: string }
  | { kind: "committee"; id: string }
  | { kind: "pause" };

const keys: Key[] = ["Enter", "Enter", "Tab", "Tab", "Shift-Tab", "Backspace", "Backspace", "Delete", "Alt-ArrowUp", "Alt-ArrowDown", "Mod-z", "Mod-z", "Mod-y"];
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: typedText.map((text) => ({ kind: "type" as const, text })) },
  { weight: 8, arbitrary: fc.constantFrom(...keys).map((key) => ({ kind: "key" as const, key })) },
  {
    weight: 4,
    arbitrary: fc
      .record({ a: fraction, b: fc.option(fraction, { freq: 4 }), oa: fraction, ob: fraction })
      .map((s) => ({ kind: "select" as const, ...s })),
  },
  { weight: 2, arbitrary: pastedText.map((text) => ({ kind: "paste" as const, text })) },
  { weight: 1, arbitrary: committeeId.map((id) => ({ kind: "committee" as const, id })) },
  { weight: 1, arbitrary: fc.constant({ kind: "pause" as const }) },
);

const plain = (list: readonly Diagnostic[]) => JSON.parse(JSON.stringify(list)) as Diagnostic[];
const clauseRuleIds = new Set(allRules.filter((r) => r.scope === "clause").map((r) => r.meta.id));

function describeCommand(c: Command): string {
  switch (c.kind) {
    case "type":
    case "paste":
      return `${c.kind} ${JSON.stringify(c.text.slice(0, 60))}`;
    case "key":
      return c.key;
    case "select":
      return `select ${c.a.toFixed(2)}/${c.oa.toFixed(2)}${c.b === null ? "" : ` → ${c.b.toFixed(2)}/${c.ob.toFixed(2)}`}`;
    case "committee":
      return `committee ${c.id}`;
    case "pause":
      return "pause (debounce fires)";
  }
}

function run(editor: HeadlessEditor, c: Command): void {
  switch (c.kind) {
    case "type":
      editor.type(c.text);
      return;
    case "key":
      editor.press(c.key);
      return;
    case "select":
      editor.select(c.a, c.b, c.oa, c.ob);
      return;
    case "paste":
      editor.paste(c.text);
      return;
    case "committee":
      editor.setHeading({ committee: c.id });
      return;
    case "pause":
      editor.state = editor.flushed();
      return;
  }
}

const totals = { sessions: 0, steps: 0, transactions: 0, deferred: 0, byKind: {} as Record<string, number> };

/**
 * A long paper as the element holds it: the generated paper with enough plain operative clauses
 * before its own to be kept in operative blocks (schema blocks.ts).
 */
const longDocument = arbitraryDocument.map((doc) => {
  const input = documentToInput(doc);
  const filler = Array.from({ length: BLOCKS_ABOVE + 40 }, (_, i) => `Calls upon States to act ${i + 1}`);
  return withBlocks(createDocument({ ...input, operative: [...filler, ...input.operative] }));
});

describe("random editing sessions with the editor's commands and plugins", () => {
  const sessions = (papers: fc.Arbitrary<import("prosemirror-model").Node>, runs: number, seed: number) => () => {
    const linter = new Linter();
    fc.assert(
      fc.property(papers, fc.array(command, { minLength: 5, maxLength: MAX_STEPS, size: "medium" }), (doc, commands) => {
        const editor = new HeadlessEditor(doc);
        const log: string[] = [];
        totals.sessions++;
        for (const c of commands) {
          log.push(describeCommand(c));
          const where = () => `after: ${log.join(" | ")}`;
          try {
            run(editor, c);
          } catch (error) {
            throw new Error(`command threw ${(error as Error).stack}\n${where()}`);
          }
          totals.steps++;
          totals.byKind[c.kind === "key" ? c.key : c.kind] = (totals.byKind[c.kind === "key" ? c.key : c.kind] ?? 0) + 1;
          const state = editor.state;
          expect(documentProblems(state.doc), where()).toEqual([]);
          const expected = plain(linter.lint(state.doc));
          // Clause-rule findings are current after every transaction, before any flush, except in
          // the sub-clauses of a clause typed in (re-linted when typing pauses).
          const deferred = deferredRanges(state);
          if (deferred.length) totals.deferred++;
          const current = (d: Diagnostic) => clauseRuleIds.has(d.ruleId) && !deferred.some((r) => d.from >= r.from && d.from < r.to);
          expect(plain(getDiagnostics(state)).filter(current), `clause rules, ${where()}`).toEqual(expected.filter(current));
          // With the debounced document rules run, everything equals a full lint.
          expect(plain(getDiagnostics(editor.flushed())), `all rules, ${where()}`).toEqual(expected);
        }
        totals.transactions += editor.transactions;
      }),
      { seed, numRuns: runs, endOnFailure: false, verbose: 1 },
    );
    console.log(
      `[property] editing: ${totals.sessions} sessions (incl. shrinking), ${totals.steps} steps, ${totals.transactions} transactions (${totals.deferred} steps with sub-clauses awaiting the pause); by command ${JSON.stringify(totals.byKind)}`,
    );
  };
  it(`keep the document valid, numbered and linted like a full re-lint (${RUNS} sessions of up to ${MAX_STEPS} commands, seed ${SEED})`, sessions(arbitraryDocument, RUNS, SEED));
  // Selections, pastes and structural keys across the blocks a long paper is held in.
  it(`do the same in long papers held in operative blocks (${Math.ceil(RUNS / 4)} sessions, seed ${SEED + 5})`, sessions(longDocument, Math.ceil(RUNS / 4), SEED + 5), 300_000);

  it(`leave a document whose canonical text is a fixed point of export → import → export (${RUNS} sessions, seed ${SEED})`, () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.array(command, { minLength: 5, maxLength: MAX_STEPS, size: "medium" }), (doc, commands) => {
        const editor = new HeadlessEditor(doc);
        for (const c of commands) run(editor, c);
        const text = exportText(editor.state.doc);
        const again = importText(text).doc;
        expect(documentProblems(again)).toEqual([]);
        const second = exportText(again);
        expect(exportText(importText(second).doc), `text:\n${text}`).toBe(second);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});

describe("random editing sessions keep what they produce readable as text", () => {
  // Commands a delegate uses while writing clean text: words typed after a space, structure keys,
  // moves, undo, committee changes. Sessions whose result is still in canonical form are checked.
  const cleanWord = fc.constantFrom("the", "States", "rights", "report", "annually", "Council", "resolution", "60/251", "Côte", "d’Ivoire");
  const cleanCommand: fc.Arbitrary<Command> = fc.oneof(
    { weight: 4, arbitrary: cleanWord.map((w) => ({ kind: "type" as const, text: ` ${w}` })) },
    { weight: 2, arbitrary: fc.constantFrom("Decides", "Requests the Office", "Calls upon").map((text) => ({ kind: "type" as const, text })) },
    { weight: 6, arbitrary: fc.constantFrom(...keys).map((key) => ({ kind: "key" as const, key })) },
    { weight: 3, arbitrary: fc.record({ a: fraction, oa: fc.constant(0.999) }).map((s) => ({ kind: "select" as const, a: s.a, b: null, oa: s.oa, ob: 0 })) },
    { weight: 1, arbitrary: committeeId.map((id) => ({ kind: "committee" as const, id })) },
  );
  it(`an edited paper in canonical form survives export → import unchanged apart from ids (${RUNS} sessions, seed ${SEED + 2})`, () => {
    let checked = 0;
    fc.assert(
      fc.property(formatsArbitraryDocument, fc.array(cleanCommand, { minLength: 1, maxLength: 20 }), (doc, commands) => {
        const editor = new HeadlessEditor(doc);
        for (const c of commands) run(editor, c);
        const edited = editor.state.doc;
        // Canonical form: no text with leading, trailing or doubled spaces, line breaks or
        // control characters.
        let canonical = true;
        edited.descendants((node) => {
          if (node.isTextblock) {
            const t = node.textContent;
            if (t !== t.trim() || /\s{2}|[\u0000-\u001f\u2028\u2029\u200b\u00a0]/.test(t)) canonical = false;
            // A clause ending in "; and" / ", or" loses that glue on import, by design (formats README).
            if (/[;,]\s*(and|or)$/i.test(t)) canonical = false;
            return false;
          }
          return true;
        });
        if (/\u200b/.test(JSON.stringify(edited.firstChild!.attrs))) canonical = false;
        if (!canonical) return;
        checked++;
        expect(documentDifference(importText(exportText(edited)).doc, edited), exportText(edited)).toBeNull();
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
    console.log(`[property] canonical round trip: ${checked} of ${RUNS} edited papers were in canonical form and checked`);
    expect(checked).toBeGreaterThan(RUNS / 4);
  });
});

describe("text export of what delegates type", () => {
  it("keeps a preambular clause typed in lower case a clause of its own (export → import)", () => {
    // Typed in the editor: Enter after "Recalling its resolution 5/1", then "noting the report".
    const editor = new HeadlessEditor(createDocument({ preamble: ["Recalling its resolution 5/1"], operative: ["Decides to remain seized"] }));
    const end = editor.state.doc.child(1).firstChild!.firstChild!;
    editor.state = editor.state.apply(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, editor.state.doc.child(0).nodeSize + 3 + end.content.size)));
    editor.press("Enter");
    editor.type("noting the report");
    const edited = editor.state.doc;
    expect(edited.child(1).childCount).toBe(2);
    const text = exportText(edited);
    expect(text).toContain("Recalling its resolution 5/1,\n\nnoting the report,");
    expect(documentDifference(importText(text).doc, edited), text).toBeNull();
  });
});

describe("text export of a preambular clause that opens with an operative verb", () => {
  it("keeps it in the preamble (export → import), where the linter can flag it", () => {
    const doc = createDocument({ preamble: ["Recalling its resolution 5/1", "Decides that the report is timely"], operative: ["Requests a report"] });
    const text = exportText(doc);
    expect(documentDifference(importText(text).doc, doc), text).toBeNull();
  });
});

describe("text import of writing that needs zero-width joiners", () => {
  it("keeps ZWNJ (Persian) and ZWJ (emoji sequences, Indic conjuncts) in clause text", () => {
    const texts = ["Recalling the report on \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "Noting the symbol \ud83d\udc69\u200d\u2696\ufe0f", "Welcoming \u0915\u094d\u200d\u0937"];
    const doc = createDocument({ preamble: texts, operative: ["Decides to remain seized"] });
    const back = importText(exportText(doc)).doc;
    expect(back.child(1).childCount).toBe(3);
    back.child(1).forEach((clause, _o, i) => expect(clause.textContent).toBe(texts[i]));
  });
});
