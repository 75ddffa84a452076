/**
 * format/capitalisation: the opening phrase of a clause is capitalised, and in a phrase of several
 * words only the first word is ("Further requests", not "Further Requests" or "further requests").
 */
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";

const { meta } = packRule("format/capitalisation");

const startsLowerCase = /^\p{Ll}/u;

function check(text: string, phraseLength: number | null): Finding[] {
  if (phraseLength === null) {
    if (!startsLowerCase.test(text)) return [];
    const insert = text[0]!.toUpperCase();
    return [
      {
        message: "The clause opens with a lower-case letter",
        explanation: "Preambular and operative clauses open with a capital letter, as each follows a line break in the printed resolution.",
        start: 0,
        end: 1,
        fixes: [{ label: `Capitalise "${text[0]}"`, edits: [{ part: "text", start: 0, end: 1, insert }] }],
      },
    ];
  }
  const phrase = text.slice(0, phraseLength);
  const expected = phrase[0]!.toUpperCase() + phrase.slice(1).toLowerCase();
  if (phrase === expected) return [];
  const multiword = /\s/.test(phrase);
  return [
    {
      message: `Write the opening phrase "${expected}"`,
      explanation: multiword
        ? "In an opening phrase of several words only the first word is capitalised (\"Further requests\", " +
          "\"Taking note with appreciation\"), as in UN resolutions."
        : "The opening word is capitalised and the rest of it in lower case, as in UN resolutions.",
      start: 0,
      end: phraseLength,
      fixes: [{ label: `Change to "${expected}"`, edits: [{ part: "text", start: 0, end: phraseLength, insert: expected }] }],
    },
  ];
}

export const capitalisationRule: Rule = {
  meta,
  scope: "clause",
  check({ clause }) {
    if (clause.depth !== 0 || !clause.text) return [];
    return check(clause.text, clause.opening ? clause.opening.length : null);
  },
};
