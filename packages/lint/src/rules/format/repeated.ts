/**
 * style/repeated-opening: two clauses in a row with the same opening phrase ("Recalling …,
 * Recalling …") read as a slip; UN texts vary the second ("Recalling also", "Further recalling").
 */
import { phrases } from "@clausewise/rulebook";
import type { ClauseInfo, ClauseModel } from "@clausewise/schema";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { alternation, capitalise, lowerFirst } from "./text.ts";

const { meta, data } = packRule("style/repeated-opening");
const exempt = new Set(data.exempt);

const leading = new RegExp(`^(?:(?:${alternation(phrases.modifiers.before)})\\s+)+`, "iu");
const trailing = /\s+(?:also|further|again)$/iu;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
/** "Expressing its concern also at …", "Taking note also of …": the repetition is already marked. */
const markedNearStart = /^(?:\S+\s+){1,4}?(?:also|further|again)(?![\p{L}\p{N}-])/iu;

/** The phrase without "Further", "Also", "also": "Further requests" → "Requests". */
function basePhrase(phrase: string): string {
  return capitalise(phrase.replace(leading, "").replace(trailing, ""));
}

function variants(phrase: string, section: "preamble" | "operative"): string[] {
  const base = basePhrase(phrase);
  const lower = lowerFirst(base);
  const list = section === "preamble" ? [`${base} also`, `Further ${lower}`, `${base} further`] : [`Also ${lower}`, `Further ${lower}`];
  return list.filter((v) => norm(v) !== norm(phrase));
}

export const repeatedOpeningRule: Rule = {
  meta,
  scope: "document",
  check(model: ClauseModel, { committee }) {
    if (exempt.has(committee.id)) return [];
    const out: (Finding & { clauseId: string })[] = [];
    let previous: ClauseInfo | null = null;
    for (const clause of model.clauses) {
      if (clause.depth !== 0) continue;
      const prev = previous;
      previous = clause;
      // Only accepted phrases are compared: "Having regard …, Having noted …" share a word, not a phrase.
      if (!prev || prev.section !== clause.section || !prev.opening?.known || !clause.opening?.known) continue;
      if (norm(prev.opening.text) !== norm(clause.opening.text) || markedNearStart.test(clause.text)) continue;
      const phrase = clause.opening.text;
      out.push({
        clauseId: clause.id,
        message: `"${phrase}" opens the clause before as well: vary it`,
        explanation:
          "Two clauses in a row with the same opening phrase read as a slip. UN texts mark the repetition: " +
          "\"Recalling also\" or \"Further recalling\" in the preamble, \"Also requests\" or \"Further requests\" in the operative part.",
        start: 0,
        end: clause.opening.length,
        fixes: variants(phrase, clause.section).map((v) => ({
          label: `Change to "${v}"`,
          edits: [{ part: "text" as const, start: 0, end: clause.opening!.length, insert: v }],
        })),
      });
    }
    return out;
  },
};
