import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { carefulColumnOf, columnOf, normalise } from "./normalise.ts";

// Letters, spaces of every kind, invisible characters, tabs, soft hyphens and typographic quotes.
const tricky = fc.constantFrom("a", "Z", "1", ".", " ", " ", "\t", "\u00A0", "\u2003", "\u3000", "\u00AD", "\u200B", "\uFEFF", "\u0007", "\u2019", "\u201C", "é", "\u202E", "\u2028");
const line = fc.array(tricky, { maxLength: 30 }).map((cs) => cs.join(""));

describe("normalise", () => {
  it("takes the whole-line fast path only when it gives what the character-by-character pass gives", () => {
    fc.assert(
      fc.property(line, fc.constantFrom("keep" as const, "straight" as const), (raw, quotes) => {
        // With `origin`, normalise always walks character by character.
        expect(normalise(raw, quotes)).toEqual(normalise(raw, quotes, []));
      }),
      { numRuns: 3000, seed: 6 },
    );
  });

  it("measures indentation made of no-break spaces and tabs, as an imported .docx writes it", () => {
    expect(normalise("\u00A0\u00A0\u00A0\u00A0(a) to report;  now ", "keep")).toEqual({ text: "(a) to report; now", indent: 4, softHyphen: false });
    expect(normalise("\t \u2003“Quoted”", "keep")).toEqual({ text: "“Quoted”", indent: 6, softHyphen: false });
  });
});

describe("columnOf", () => {
  it("maps every character of the text to the same column as the character-by-character pass", () => {
    fc.assert(
      fc.property(line, fc.nat({ max: 3 }), (raw, skip) => {
        const { text } = normalise(raw, "keep");
        const source = { line: 1, raw, text, indent: 0, skip: Math.min(skip, text.length), softHyphen: false };
        for (let index = -1; index <= text.length + 1; index++) expect(columnOf(source, index), `${JSON.stringify(raw)} at ${index}`).toBe(carefulColumnOf(source, index));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
