/**
 * style/un-terms: terms written as UN texts write them ("Member States", "Secretary-General", the
 * organs' names, "the present resolution"). The terms come from the rule's data in
 * rules/packs/style.yaml: each is matched without regard to case and flagged when written
 * otherwise; its other wordings are flagged too, except in committees whose own texts use them.
 */
import type { ClauseInfo } from "@clausewise/schema";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { WORD_END, capitalise, escapeRegex } from "./text.ts";

const { meta, data } = packRule("style/un-terms");

const key = (s: string) => s.toLowerCase().replace(/[\s-]+/g, " ");
/** Lower-case key of every term and wording → the term as UN texts write it. */
const termFor = new Map<string, { write: string; exempt: readonly string[] }>();
for (const t of data.terms) {
  termFor.set(key(t.write), { write: t.write, exempt: [] });
  for (const other of t.for) termFor.set(key(other), { write: t.write, exempt: t.exempt });
}
// Hyphen or space between words: "Secretary General" and "Secretary-General" are one key.
const pattern = (s: string) => s.split(/[\s-]+/).map(escapeRegex).join("[\\s-]+");
const anyTerm = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${data.terms.flatMap((t) => [t.write, ...t.for]).sort((a, b) => b.length - a.length).map(pattern).join("|")})${WORD_END}`,
  "giu",
);

/** The term as it should read here: one in lower case takes a capital at the start of a sentence. */
function expected(term: string, written: string, before: string): string {
  const sentenceStart = /^\s*$|[.!?]\s+$/u.test(before);
  return sentenceStart && /^\p{Ll}/u.test(term) && /^\p{Lu}/u.test(written) ? capitalise(term) : term;
}

function check(clause: ClauseInfo, committee: string): Finding[] {
  const out: Finding[] = [];
  const blocks: ["text" | "continuation", string][] = [["text", clause.text]];
  if (clause.continuation) blocks.push(["continuation", clause.continuation.text]);
  for (const [part, text] of blocks) {
    // exec on the shared regex: matchAll would copy the regex for every textblock.
    anyTerm.lastIndex = 0;
    for (let m = anyTerm.exec(text); m; m = anyTerm.exec(text)) {
      const written = m[1]!;
      const entry = termFor.get(key(written));
      if (!entry || entry.exempt.includes(committee)) continue;
      const term = entry.write;
      const insert = expected(term, written, text.slice(Math.max(0, m.index - 4), m.index));
      if (written === insert) continue;
      const start = m.index;
      const end = start + written.length;
      out.push({
        message: `Write "${insert}"`,
        explanation:
          `UN resolutions write "${term}"` +
          (key(written) === key(term) ? " with these capitals" + (written.includes("-") !== term.includes("-") ? " and hyphens" : "") : ` rather than "${written}"`) +
          `; directors correct it in draft after draft.`,
        part,
        start,
        end,
        fixes: [{ label: `Change to "${insert}"`, edits: [{ part, start, end, insert }] }],
      });
    }
  }
  return out;
}

export const unTermsRule: Rule = {
  meta,
  scope: "clause",
  check: ({ clause }, { committee }) => check(clause, committee.id),
};
