/**
 * fast-check arbitraries of working papers for the round-trip property tests. Texts are in the
 * importer's normal form (single spaces, no leading or trailing space) and mix in the tokens that
 * trip parsers: labels and numbers inside sentences, quotes, hyphens, abbreviations, symbols.
 */
import fc from "fast-check";
import { committees, phrases } from "@clausewise/rulebook";
import { createDocument, type ClauseInput, type DocumentInput } from "@clausewise/schema";
import type { Node } from "prosemirror-model";

const WORDS = [
  "the", "States", "rights", "of", "migrants", "in", "(a)", "(i)", "1.", "2)", "resolution", "5/1",
  "long-term", "“protection”", "‘safe’", "Member", "e.g.", "i.e.", "Page", "and", "or", "—", "n°",
  "Côte", "d’Ivoire", "2014", "…", "A/HRC/RES/52/1", "self-determination", "paragraph", "3;", "Council,",
  "Secretary-General", "i", "v", "x", "a.", "no.", "$2.5", "billion", "<script>", "&amp;", "\"quoted\"",
  "O'Brien", "50%", "(2014)", "Commission:", "Topic:", "19", "et", "al.", "U.N.", "§",
];
const LOWER_STARTS = ["to", "the", "by", "in", "with", "through", "and", "encouraging", "all", "its"];
const NAMES = [
  "France", "Ghana", "Mexico", "Bosnia and Herzegovina", "Côte d'Ivoire", "Korea, Republic of",
  "Trinidad and Tobago", "Philippines", "Norway", "Brazil", "Viet Nam", "Saint Vincent and the Grenadines",
];

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
// A text ending in "; and" / ", or" loses that glue on import by design (see README).
const joined = (...parts: string[]) => parts.filter(Boolean).join(" ").replace(/[;,]\s*(and|or)$/i, " $1");

export const preambularText = fc
  .tuple(fc.constantFrom(...phrases.preambular), words(0, 12))
  .map(([p, w]) => joined(p, w));

export const operativeText = fc
  .tuple(fc.constantFrom(...phrases.operative), words(0, 12))
  .map(([p, w]) => joined(p, w));

const lowerText = fc
  .tuple(fc.constantFrom(...LOWER_STARTS), words(0, 10))
  .map(([s, w]) => joined(s, w));

const subclauses = (depth: number): fc.Arbitrary<ClauseInput[]> =>
  depth > 4
    ? fc.constant([])
    : fc.array(
        fc.oneof(
          { weight: 3, arbitrary: lowerText },
          { weight: 1, arbitrary: fc.record({ text: lowerText, sub: subclauses(depth + 1) }) },
          {
            weight: 1,
            arbitrary: fc.record({ text: lowerText, sub: subclauses(depth + 1), continuation: lowerText }),
          },
        ),
        { minLength: depth > 4 ? 0 : 1, maxLength: depth === 1 ? 4 : 2 },
      );

const operativeClause: fc.Arbitrary<ClauseInput> = fc.oneof(
  { weight: 3, arbitrary: operativeText },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: fc.record({ text: operativeText, sub: subclauses(1) }) },
  { weight: 1, arbitrary: fc.record({ text: operativeText, sub: subclauses(1), continuation: lowerText }) },
);

export const documentInput: fc.Arbitrary<DocumentInput> = fc.record({
  heading: fc.record({
    code: fc.constantFrom("", "HRC/1/1", "GA3/2.1", "A/HRC/RES/52/1", "DR 1.1"),
    committee: fc.constantFrom(...committees.map((c) => c.id)),
    topic: fc.oneof(fc.constant(""), words(1, 8)),
    sponsors: fc.subarray(NAMES),
    signatories: fc.subarray(NAMES),
  }),
  preamble: fc.array(preambularText, { maxLength: 5 }),
  operative: fc.array(operativeClause, { minLength: 1, maxLength: 5 }),
});

/** Random working-paper documents. */
export const arbitraryDocument: fc.Arbitrary<Node> = documentInput.map((input) => createDocument(input));
