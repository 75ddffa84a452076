/**
 * fast-check generators of working papers for the acceptance property tests: documents (as plain
 * data), clause text, and working-paper *text* as delegates paste it: a heading, an organ line,
 * preambular and numbered operative clauses with sub-clauses, mixed with noise (page furniture,
 * stray labels, blank lines, tabs, odd unicode, broken numbering).
 */
import fc from "fast-check";
import { committees, phrases } from "@clausewise/rulebook";
import { createDocument, toLetter, toRoman, type ClauseInput, type DocumentInput } from "@clausewise/schema";
import type { Node } from "prosemirror-model";

const WORDS = [
  "the", "States", "Council", "rights", "of", "to", "report", "annually", "and", "or", "in", "all",
  "Secretary-General", "Office", "High", "Commissioner", "establish", "a", "fund", "demands", "deploy",
  "mission", "resolution", "60/251", "A/HRC/RES/52/1", "(a)", "(ii)", "3.", "e.g.", "U.N.", "—", "…",
  "Côte", "d’Ivoire", "“protection”", "50%", "$2.5", "§", "<b>", "&amp;", "O'Brien", "naïve", "Ελλάδα",
  "中国", "العربية", "🙂", "👩‍⚖️", "\u200b", "x",
];

export const word = fc.constantFrom(...WORDS);
export const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(" "));
export const preambularPhrase = fc.constantFrom(...phrases.preambular);
export const operativePhrase = fc.constantFrom(...phrases.operative);
export const committeeId = fc.constantFrom(...committees.map((c) => c.id));

/** Text a delegate might type into one clause (no newlines: Enter splits clauses). */
export const typedText = fc.oneof(
  { weight: 4, arbitrary: words(1, 4) },
  { weight: 2, arbitrary: fc.tuple(operativePhrase, words(0, 3)).map(([p, w]) => `${p} ${w}`.trim()) },
  { weight: 1, arbitrary: fc.tuple(preambularPhrase, words(0, 3)).map(([p, w]) => `${p} ${w}`.trim()) },
  { weight: 1, arbitrary: fc.constantFrom(" ", ";", ",", ".", ":", "(a) ", "1. ", "  ", "\t", "-") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => s.replace(/[\r\n\u2028\u2029]/g, " ")) },
);

const lowerStart = fc.constantFrom("to", "the", "by", "in", "with", "encouraging", "all", "its");
const subText = fc.tuple(lowerStart, words(0, 6)).map(([s, w]) => `${s} ${w}`.trim());

const subclauses = (depth: number): fc.Arbitrary<ClauseInput[]> =>
  depth > 4
    ? fc.constant([])
    : fc.array(
        fc.oneof(
          { weight: 4, arbitrary: subText },
          { weight: 1, arbitrary: fc.record({ text: subText, sub: subclauses(depth + 1) }) },
          { weight: 1, arbitrary: fc.record({ text: subText, sub: subclauses(depth + 1), continuation: subText }) },
        ),
        { minLength: 1, maxLength: depth === 1 ? 3 : 2 },
      );

const operativeClause: fc.Arbitrary<ClauseInput> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(operativePhrase, words(0, 8)).map(([p, w]) => `${p} ${w}`.trim()) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.record({ text: fc.tuple(operativePhrase, words(0, 4)).map(([p, w]) => `${p} ${w}`.trim()), sub: subclauses(1) }) },
  {
    weight: 1,
    arbitrary: fc.record({ text: fc.tuple(operativePhrase, words(0, 4)).map(([p, w]) => `${p} ${w}`.trim()), sub: subclauses(1), continuation: subText }),
  },
);

export const documentInput: fc.Arbitrary<DocumentInput> = fc.record({
  heading: fc.record({
    code: fc.constantFrom("", "HRC/WP.1", "GA3/2.1", "A/HRC/RES/52/1"),
    committee: committeeId,
    topic: fc.oneof(fc.constant(""), words(1, 5)),
    sponsors: fc.subarray(["France", "Ghana", "Korea, Republic of", "Côte d'Ivoire", "Viet Nam"]),
    signatories: fc.subarray(["Chile", "Norway", "Fiji"]),
  }),
  preamble: fc.array(fc.tuple(preambularPhrase, words(0, 8)).map(([p, w]) => `${p} ${w}`.trim()), { maxLength: 4 }),
  operative: fc.array(operativeClause, { minLength: 1, maxLength: 5 }),
});

export const arbitraryDocument: fc.Arbitrary<Node> = documentInput.map((input) => createDocument(input));

// ---------------------------------------------------------------------------------------------
// Working-paper text with noise

const label = (depth: number, n: number) =>
  depth === 0 ? `${n}.` : depth === 1 ? `(${toLetter(n)})` : depth === 2 ? `(${toRoman(n)})` : depth === 3 ? `${toLetter(n)}.` : `${toRoman(n)}.`;

/** A paper written as text: canonical-ish lines, before noise. */
const cleanPaperLines = fc
  .record({
    committee: fc.constantFrom(...committees),
    code: fc.constantFrom("", "HRC/WP.1", "DR 1.1"),
    topic: words(0, 5),
    preamble: fc.array(fc.tuple(preambularPhrase, words(0, 10)), { maxLength: 4 }),
    operative: fc.array(
      fc.record({
        phrase: operativePhrase,
        text: words(0, 10),
        subs: fc.array(fc.tuple(subText, fc.array(subText, { maxLength: 2 })), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map((p) => {
    const lines: string[] = [];
    if (p.code) lines.push(`Code: ${p.code}`);
    lines.push(`Committee: ${p.committee.name}`);
    if (p.topic) lines.push(`Topic: ${p.topic}`);
    lines.push("", p.committee.organLine, "");
    for (const [phrase, rest] of p.preamble) lines.push(`${phrase} ${rest}`.trim() + ",", "");
    p.operative.forEach((c, i) => {
      const last = i === p.operative.length - 1;
      lines.push(`${label(0, i + 1)} ${c.phrase} ${c.text}`.trim() + (c.subs.length ? ":" : last ? "." : ";"));
      c.subs.forEach(([text, inner], j) => {
        lines.push(`    ${label(1, j + 1)} ${text}${inner.length ? ":" : ";"}`);
        inner.forEach((t, k) => lines.push(`        ${label(2, k + 1)} ${t};`));
      });
      lines.push("");
    });
    return lines;
  });

/** Noise a copied paper picks up, applied line by line. */
const noiseOp = fc.oneof(
  fc.constant((l: string) => l),
  fc.constant((l: string) => l),
  fc.constant((l: string) => l),
  fc.constant((l: string) => `\t${l}`),
  fc.constant((l: string) => `${l}   `),
  fc.constant((l: string) => l.replace(/ /g, "\u00a0")),
  fc.constant((l: string) => l.replace(/^(\d+)\./, "$1)")),
  fc.constant((l: string) => l.replace(/^\s*\(([a-z])\)/, "$1)")),
  fc.constant((l: string) => `${l}\nPage 2 of 3`),
  fc.constant((l: string) => `${l}\n\n\n`),
  fc.constant((l: string) => l.toUpperCase()),
  fc.constant((l: string) => l.slice(0, Math.ceil(l.length / 2))),
  fc.constant((l: string) => `${l.slice(0, 12)}-\n${l.slice(12)}`),
  fc.constant((l: string) => `* ${l}`),
  fc.constant((l: string) => `12 ${l}`),
  fc.constant((l: string) => `${l}\u202e\ufeff`),
  fc.constant((l: string) => `(${l}`),
  fc.constant(() => ""),
  fc.constant((l: string) => `${l}\r`),
);

/** Near-valid working-paper text with noise on some lines. */
export const noisyPaperText: fc.Arbitrary<string> = cleanPaperLines.chain((lines) =>
  fc.array(noiseOp, { minLength: lines.length, maxLength: lines.length }).map((ops) => lines.map((l, i) => ops[i]!(l)).join("\n")),
);

/** Text a delegate pastes into a clause: a line, several lines, or a whole paper. */
export const pastedText = fc.oneof(
  { weight: 2, arbitrary: words(1, 8) },
  { weight: 2, arbitrary: noisyPaperText },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom("", "1. ", "2. ", "(a) ", "(b) ", "(i) ", "    (a) "), operativePhrase, words(0, 5)), { minLength: 2, maxLength: 5 })
      .map((ls) => ls.map(([l, p, w]) => `${l}${p} ${w};`).join("\n")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);
