/**
 * format/resolution-citation: resolutions are cited by number with the full date of adoption at
 * their first citation ("resolution 60/251 of 15 March 2006"), never by document symbol
 * ("A/RES/60/251"). style/own-resolution: an organ cites its own resolutions as "its resolution".
 */
import type { ClauseModel } from "@clausewise/schema";
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { textblocksInOrder } from "./blocks.ts";
import { alternation, escapeRegex, memo, memoText, organName, WORD_END } from "./text.ts";

const citation = packRule("format/resolution-citation");
const own = packRule("style/own-resolution");

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// 60/251, 31/16 A, S-1/1, 2005/79 (Commission), 217 A (III), 1325 (2000).
const NUM = `(?:S-\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,3}(?:\\s[A-Z]${WORD_END})?|\\d{1,4}\\s?(?:[A-Z]\\s)?\\((?:[IVXLC]+|\\d{4})\\))`;
const DATE = `\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}`;

const keyword = new RegExp(`\\b(resolutions?)\\s+(?=${NUM})`, "giu");
const number = new RegExp(NUM, "uy");
const datedAfter = new RegExp(`\\s*,?\\s+(?:of|adopted on)\\s+${DATE}${WORD_END}`, "uy");
// "of March 15, 2006", "of 15th March 2006", "of 15th of March, 2006"
const badDateAfter = new RegExp(
  `(\\s*,?\\s+(?:of|adopted on)\\s+)((${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)\\s+(?:of\\s+)?(${MONTHS}),?\\s+(\\d{4}))`,
  "uy",
);
const listSeparator = new RegExp(`(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?=${NUM})`, "uy");
const anyDate = new RegExp(DATE, "u");
/** A Security Council number carries its year, "1325 (2000)"; UN texts cite those without a date. */
const carriesYear = /\(\d{4}\)$/;

const symbolRegex = new RegExp(
  `(?<![\\p{L}\\p{N}/])(${alternation(citation.data.symbols.map((s) => s.prefix))})/(S-\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,3}|\\d{1,4})(\\s?\\(\\d{4}\\))?(?![\\p{L}\\p{N}/])`,
  "gu",
);
const organOfPrefix = new Map(citation.data.symbols.map((s) => [s.prefix.toLowerCase(), s.organ]));
const resolutionBefore = /\bresolutions?\s+$/iu;

const normalise = (num: string) => num.replace(/\s+/g, " ").replace(/(\d)\(/, "$1 (");

type DocFinding = Finding & { clauseId: string };

/** What one textblock cites, independent of the committee and of the rest of the paper. */
interface ParsedCitations {
  symbols: { start: number; end: number; written: string; organ: string; num: string; afterKeyword: boolean }[];
  badDates: { start: number; end: number; insert: string }[];
  /** Every cited number in order, and whether the citation gives its date (or year). */
  numbers: { num: string; start: number; end: number; dated: boolean }[];
}

const parseCitations = memoText((text: string): ParsedCitations => {
  const parsed: ParsedCitations = { symbols: [], badDates: [], numbers: [] };
  if (!text.includes("/") && !/resolution/i.test(text)) return parsed;
  for (const m of text.matchAll(symbolRegex)) {
    parsed.symbols.push({
      start: m.index,
      end: m.index + m[0].length,
      written: m[0],
      organ: organOfPrefix.get(m[1]!.toLowerCase())!,
      num: m[3] ? `${m[2]} (${m[3].replace(/[\s()]/g, "")})` : m[2]!,
      afterKeyword: resolutionBefore.test(text.slice(0, m.index)),
    });
  }
  for (const k of text.matchAll(keyword)) {
    const plural = k[1]!.toLowerCase() === "resolutions";
    const chain: ParsedCitations["numbers"] = [];
    let pos = k.index + k[0].length;
    for (;;) {
      number.lastIndex = pos;
      const n = number.exec(text);
      if (!n) break;
      pos = n.index + n[0].length;
      const entry = { num: normalise(n[0]), start: n.index, end: pos, dated: carriesYear.test(n[0]) };
      chain.push(entry);
      datedAfter.lastIndex = pos;
      badDateAfter.lastIndex = pos;
      const good = datedAfter.exec(text);
      const bad = good ? null : badDateAfter.exec(text);
      if (good) {
        entry.dated = true;
        pos = good.index + good[0].length;
      } else if (bad) {
        entry.dated = true;
        const start = bad.index + bad[1]!.length;
        const end = bad.index + bad[0].length;
        parsed.badDates.push({ start, end, insert: `${Number(bad[4] ?? bad[6]!)} ${bad[3] ?? bad[7]!} ${bad[5] ?? bad[8]!}` });
        pos = end;
      }
      listSeparator.lastIndex = pos;
      const sep = listSeparator.exec(text);
      if (!sep) break;
      pos = sep.index + sep[0].length;
    }
    // A date after the list covers every number in it ("resolutions 5/1 and 5/2 of 18 June 2007");
    // in a plural citation with descriptions between the numbers, any later date is taken to.
    const listDated = chain.length > 0 && chain[chain.length - 1]!.dated;
    const laterDate = plural && anyDate.test(text.slice(pos));
    for (const entry of chain) parsed.numbers.push({ ...entry, dated: entry.dated || listDated || laterDate });
  }
  return parsed;
});

function citationFindings(model: ClauseModel, committee: CommitteeProfile): DocFinding[] {
  const out: DocFinding[] = [];
  const seen = new Set<string>();
  const ownOrgan = organName(committee.organLine).toLowerCase();
  for (const { clause, part, text } of textblocksInOrder(model)) {
    const parsed = parseCitations(text);
    for (const sym of parsed.symbols) {
      const insert = sym.afterKeyword
        ? sym.num
        : sym.organ.toLowerCase() === ownOrgan
          ? `its resolution ${sym.num}`
          : `${sym.organ} resolution ${sym.num}`;
      out.push({
        clauseId: clause.id,
        message: `Cite "${sym.written}" by its number: "${insert}"`,
        explanation:
          "Resolutions cite other resolutions by number with the organ's name (\"General Assembly resolution " +
          "60/251\"), not by document symbol (\"A/RES/60/251\"); the symbol belongs in footnotes and references.",
        part,
        start: sym.start,
        end: sym.end,
        fixes: [{ label: `Change to "${insert}"`, edits: [{ part, start: sym.start, end: sym.end, insert }] }],
      });
    }
    for (const bad of parsed.badDates) {
      out.push({
        clauseId: clause.id,
        message: `Write the date as "${bad.insert}"`,
        explanation: "UN texts write dates as day, month and year, without ordinals or commas: \"15 March 2006\".",
        part,
        start: bad.start,
        end: bad.end,
        fixes: [{ label: `Change to "${bad.insert}"`, edits: [{ part, start: bad.start, end: bad.end, insert: bad.insert }] }],
      });
    }
    for (const entry of parsed.numbers) {
      if (seen.has(entry.num)) continue;
      seen.add(entry.num);
      if (entry.dated) continue;
      const date = citation.data.dates[entry.num];
      out.push({
        clauseId: clause.id,
        message: date
          ? `Give the date at the first citation: "resolution ${entry.num} of ${date}"`
          : `Give the date of adoption at the first citation: "resolution ${entry.num} of <day> <month> <year>"`,
        explanation:
          "UN style cites a resolution with its full date of adoption the first time it is mentioned " +
          "(\"resolution 60/251 of 15 March 2006\"); later mentions may give the number alone. Security " +
          "Council numbers carry their year (\"1325 (2000)\") and need no date.",
        part,
        start: entry.start,
        end: entry.end,
        fixes: date ? [{ label: `Add "of ${date}"`, edits: [{ part, start: entry.end, end: entry.end, insert: ` of ${date}` }] }] : [],
      });
    }
  }
  return out;
}

export const resolutionCitationRule: Rule = {
  meta: citation.meta,
  scope: "document",
  check: (model, ctx) => citationFindings(model, ctx.committee),
};

/** Per committee: its organ's name, that name before "resolution(s) N", and every organ's name before "resolution". */
const ownOrganRegexes = memo((organLine: string) => {
  const name = organName(organLine);
  return {
    name,
    lowerName: name.toLowerCase(),
    own: new RegExp(`\\b((?:the\\s+)?${escapeRegex(name)}\\s+)(resolutions?)(?=\\s+${NUM})`, "giu"),
    // Longest names first, so "Human Rights Council resolution" is read as one organ, not "Council".
    anyOrgan: new RegExp(`\\b(${alternation([...own.data.organs, name])})\\s+resolutions?${WORD_END}`, "giu"),
  };
});

/** Whether a text names resolutions of an organ other than `name` ("Assembly" is short for "General Assembly"). */
function namesOtherOrgan(text: string, anyOrgan: RegExp, name: string): boolean {
  const own = name.toLowerCase();
  // exec on the shared regex: matchAll would copy the regex for every textblock.
  anyOrgan.lastIndex = 0;
  for (let m = anyOrgan.exec(text); m; m = anyOrgan.exec(text)) {
    const organ = m[1]!.toLowerCase().replace(/\s+/g, " ");
    if (organ !== own && !own.endsWith(" " + organ)) return true;
  }
  return false;
}

export const ownResolutionRule: Rule = {
  meta: own.meta,
  scope: "clause",
  check({ clause }, { committee }) {
    const out: Finding[] = [];
    const blocks: ["text" | "continuation", string][] = [["text", clause.text]];
    if (clause.continuation) blocks.push(["continuation", clause.continuation.text]);
    const { own: ownRegex, anyOrgan, name, lowerName } = ownOrganRegexes(committee.organLine);
    for (const [part, text] of blocks) {
      // Cheap checks first: most clauses cite nothing.
      if (!text.includes("esolution") || !text.toLowerCase().includes(lowerName) || namesOtherOrgan(text, anyOrgan, name)) continue;
      ownRegex.lastIndex = 0;
      for (let m = ownRegex.exec(text); m; m = ownRegex.exec(text)) {
        const insert = `its ${m[2]!.toLowerCase()}`;
        const end = m.index + m[0].length;
        out.push({
          message: `The ${name} cites its own resolutions as "${insert}"`,
          explanation:
            `An organ refers to its own earlier resolutions as "its resolution" ("Recalling its resolution 5/1 of 18 June ` +
            `2007"), and to other organs' by name ("General Assembly resolution 60/251"). When a clause lists ` +
            `resolutions of several organs, naming each is fine and this rule stays silent.`,
          part,
          start: m.index,
          end,
          fixes: [{ label: `Change to "${insert}"`, edits: [{ part, start: m.index, end, insert }] }],
        });
      }
    }
    return out;
  },
};
