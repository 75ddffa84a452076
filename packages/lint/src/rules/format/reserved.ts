/**
 * style/reserved-phrase: phrases reserved to the Security Council ("Demands", "Acting under Chapter
 * VII of the Charter", "all necessary means") used in another committee's paper.
 *
 * The phrases come from the committee profile's `reservedPhrases` (rules/committees/*.yaml, each
 * with the Charter text it rests on), plus this rule's data in rules/packs/style.yaml, keyed by
 * committee id ("*" for every committee), where a conference adds its own ("Condemns").
 * A phrase written with a capital opens a clause and is matched there (after "Further", "Also" …);
 * a phrase in lower case is matched anywhere in the clause.
 */
import { phrases, type CommitteeProfile } from "@clausewise/rulebook";
import type { SourceQuote } from "@clausewise/rulebook";
import type { ClauseInfo } from "@clausewise/schema";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { WORD_END, alternation, escapeRegex, matchCase, memo } from "./text.ts";

const { meta, data } = packRule("style/reserved-phrase");

const before = alternation(phrases.modifiers.before);
const key = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
const replacementFor = new Map(Object.entries(data.replacements).map(([k, v]) => [key(k), v]));

interface Reserved {
  phrase: string;
  reservedTo: string;
  source: SourceQuote | null;
}

function reservedFor(committee: CommitteeProfile): Reserved[] {
  const list: Reserved[] = (committee.reservedPhrases ?? []).map((r) => ({ ...r }));
  if (committee.id !== data.reservedTo) {
    for (const phrase of [...(data.committees["*"] ?? []), ...(data.committees[committee.id] ?? [])]) {
      list.push({ phrase, reservedTo: data.reservedTo, source: null });
    }
  }
  const byKey = new Map<string, Reserved>();
  for (const r of list) if (r.reservedTo !== committee.id && !byKey.has(key(r.phrase))) byKey.set(key(r.phrase), r);
  return [...byKey.values()];
}

/**
 * The entry a matched phrase belongs to. The regexes match without case by Unicode case folding,
 * under which a few characters equal letters they do not lower-case to (the long s "ſ" is "s"), so
 * a match the lower-case key misses is looked up by the same kind of match.
 */
function entryFor(byKey: Map<string, Reserved>, list: readonly Reserved[], written: string): Reserved | undefined {
  return byKey.get(key(written)) ?? list.find((r) => new RegExp(`^${escapeRegex(r.phrase)}$`, "iu").test(written));
}

/** Per committee: one regex for opening phrases, one for phrases anywhere, and the entries by key. */
const matchersFor = memo((committee: CommitteeProfile) => {
  const list = reservedFor(committee);
  const opening = list.filter((r) => /^\p{Lu}/u.test(r.phrase)).map((r) => r.phrase);
  const anywhere = list.filter((r) => !/^\p{Lu}/u.test(r.phrase)).map((r) => r.phrase);
  return {
    list,
    byKey: new Map(list.map((r) => [key(r.phrase), r])),
    opening: opening.length ? new RegExp(`^((?:(?:${before})\\s+)?)(${alternation(opening)})${WORD_END}`, "iu") : null,
    anywhere: anywhere.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${alternation(anywhere)})${WORD_END}`, "giu") : null,
  };
});

function finding(committee: CommitteeProfile, reserved: Reserved, written: string, start: number, part: "text" | "continuation"): Finding {
  const end = start + written.length;
  const replacement = replacementFor.get(key(written));
  const insert = replacement ? matchCase(replacement, written) : null;
  const quote = reserved.source ? ` ("${reserved.source.quote}", ${reserved.source.source})` : " (Charter of the United Nations, Article 25)";
  return {
    message: `"${written}" is reserved to the Security Council`,
    explanation:
      `"${written}" is Security Council language: only the Council's decisions bind Member States${quote}, and ` +
      `Model UN conferences reserve its phrases to it. The ${committee.name} makes recommendations` +
      `${insert ? `; write "${insert}" instead` : "; use a recommendatory phrase"}.`,
    part,
    start,
    end,
    fixes: insert ? [{ label: `Change to "${insert}"`, edits: [{ part, start, end, insert }] }] : [],
  };
}

function check(clause: ClauseInfo, committee: CommitteeProfile): Finding[] {
  const { list, byKey, opening, anywhere } = matchersFor(committee);
  const out: Finding[] = [];
  const m = clause.depth === 0 ? opening?.exec(clause.text) : null;
  const reservedOf = (written: string) => entryFor(byKey, list, written);
  if (m) {
    const r = reservedOf(m[2]!);
    if (r) out.push(finding(committee, r, m[2]!, m[1]!.length, "text"));
  }
  if (anywhere) {
    const blocks: ["text" | "continuation", string][] = [["text", clause.text]];
    if (clause.continuation) blocks.push(["continuation", clause.continuation.text]);
    for (const [part, text] of blocks) {
      // exec on the shared regex: matchAll would copy the regex for every textblock.
      anywhere.lastIndex = 0;
      for (let a = anywhere.exec(text); a; a = anywhere.exec(text)) {
        const r = reservedOf(a[1]!);
        if (r) out.push(finding(committee, r, a[1]!, a.index, part));
      }
    }
  }
  return out;
}

export const reservedPhraseRule: Rule = {
  meta,
  scope: "clause",
  check: ({ clause }, { committee }) => check(clause, committee),
};
