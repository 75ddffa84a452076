/**
 * The tolerant text importer on anything: it never throws, always yields a sound document
 * (schema-valid, unique ids, consistent numbering), and what it yields is a fixed point of
 * export → import → export. Seeded; replay with PROPERTY_SEED=<seed>.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exportText, importText, documentDifference } from "@clausewise/formats";
import { documentProblems } from "./invariants.ts";
import { noisyPaperText } from "./paper-text.ts";

const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/** Imports, checks soundness, and checks that the canonical text is a fixed point. */
function checkImport(input: string): void {
  let result: ReturnType<typeof importText>;
  try {
    result = importText(input);
  } catch (error) {
    throw new Error(`importText threw on ${JSON.stringify(input.slice(0, 300))}: ${(error as Error).stack}`);
  }
  expect(documentProblems(result.doc), JSON.stringify(input)).toEqual([]);
  const first = exportText(result.doc);
  const again = importText(first);
  expect(documentProblems(again.doc)).toEqual([]);
  const second = exportText(again.doc);
  expect(exportText(importText(second).doc), `input ${JSON.stringify(input)}\nfirst export:\n${first}`).toBe(second);
}

describe("importText on arbitrary strings", () => {
  it(`never throws and yields a sound document (${RUNS} full-unicode strings, seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const { doc } = importText(s);
        expect(documentProblems(doc), JSON.stringify(s)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`never throws on lines of arbitrary graphemes, labels and phrases (${RUNS} texts, seed ${SEED + 1})`, () => {
    const line = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.constantFrom("1.", "(a)", "(i)", "a.", "i.", "Code:", "Topic:", "Sponsors:", "The Human Rights Council,", "Page 1 of 2", "", "    ", "\t(b)"),
      fc.tuple(fc.constantFrom("1. ", "(a) ", "(ii) ", "", "    (c) ", "iv. "), fc.string({ unit: "grapheme", maxLength: 30 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r", "\u2028"), (lines, eol) => {
        const { doc } = importText(lines.join(eol));
        expect(documentProblems(doc)).toEqual([]);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it(`what it yields is a fixed point of export → import → export (${RUNS} full-unicode strings, seed ${SEED + 2})`, () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkImport), { seed: SEED + 2, numRuns: RUNS });
  });
});

describe("importText on near-valid working papers with noise", () => {
  it(`never throws, yields a sound document, and export → import → export is a fixed point (${RUNS} papers, seed ${SEED + 3})`, () => {
    fc.assert(fc.property(noisyPaperText, checkImport), { seed: SEED + 3, numRuns: RUNS });
  });

  it(`keeps every operative clause of a paper whose only noise is page furniture and spacing (${RUNS} papers, seed ${SEED + 4})`, () => {
    fc.assert(
      fc.property(noisyPaperText, (text) => {
        const { doc } = importText(text);
        // The clean paper's operative clauses are numbered lines "N. ": none of them may be lost.
        const numbered = text.split(/\r\n?|\n/).filter((l) => /^\d+\. \S/.test(l)).length;
        expect(doc.child(2).childCount, text).toBeGreaterThanOrEqual(Math.min(1, numbered));
      }),
      { seed: SEED + 4, numRuns: RUNS },
    );
  });

  it("is deterministic apart from clause ids", () => {
    fc.assert(
      fc.property(noisyPaperText, (text) => {
        expect(documentDifference(importText(text).doc, importText(text).doc)).toBeNull();
      }),
      { seed: SEED + 5, numRuns: 100 },
    );
  });
});
