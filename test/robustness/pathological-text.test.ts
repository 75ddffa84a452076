/**
 * Text built to make regular expressions backtrack: one enormous word, long runs of one letter
 * before a hyphen, thousands of labels or parentheses. The importer and the linter must stay
 * linear. The bounds are generous safety limits (ten times or more what a linear pass takes),
 * not performance figures: a quadratic pass over 64 KB takes tens of seconds.
 */
import { describe, expect, it } from "vitest";
import { importText } from "@clausewise/formats";
import { Linter } from "@clausewise/lint";
import { createDocument } from "@clausewise/schema";

const KB64 = 64 * 1024;
const BOUND_MS = 3000;

const cases: [string, string][] = [
  ["one 64 KB word", "x".repeat(KB64)],
  ["a 64 KB word after an organ line", `The Human Rights Council,\n\nRecalling ${"x".repeat(KB64)}`],
  ["a 64 KB word ending in a digit and a hyphen, wrapped onto a next line", `Recalling ${"x".repeat(KB64)}1-\nand more`],
  ["a wrapped paragraph whose lines are long words", Array.from({ length: 64 }, () => "y".repeat(1024)).join("\n")],
  ["64 KB of hyphens between letters", "a-".repeat(KB64 / 2)],
  ["16 000 opening parentheses", `1. Decides ${"(".repeat(16000)}`],
  ["8 000 labels on one line", "(a) ".repeat(8000)],
  ["8 000 numbered lines", Array.from({ length: 8000 }, (_, i) => `${i + 1}.`).join("\n")],
  ["a 64 KB line of spaces and no-break spaces", " \u00a0".repeat(KB64 / 2)],
  ["64 KB of combining marks on one letter", `Recalling e${"\u0301".repeat(KB64)}`],
];

describe("importText on input built to backtrack", () => {
  for (const [name, text] of cases) {
    it(`finishes ${name} in bounded time (< ${BOUND_MS} ms)`, () => {
      const start = performance.now();
      const { doc } = importText(text);
      const ms = performance.now() - start;
      doc.check();
      expect(ms, `${name}: ${Math.round(ms)} ms`).toBeLessThan(BOUND_MS);
    });
  }
});

describe("the linter on clauses built to backtrack", () => {
  const linter = new Linter();
  for (const [name, text] of cases) {
    it(`lints a paper whose clauses are ${name} in bounded time (< ${BOUND_MS} ms)`, () => {
      const line = text.replace(/\n/g, " ");
      const doc = createDocument({ preamble: [line], operative: [line, `Decides ${line}`] });
      const start = performance.now();
      linter.lint(doc);
      const ms = performance.now() - start;
      expect(ms, `${name}: ${Math.round(ms)} ms`).toBeLessThan(BOUND_MS);
    });
  }
});
