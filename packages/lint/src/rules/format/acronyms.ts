/**
 * style/acronym-definition: an acronym is spelled out at its first use, "Office of the United
 * Nations High Commissioner for Human Rights (OHCHR)", and used alone after that. A document rule:
 * "first" is in reading order over the whole paper.
 */
import type { ClauseModel } from "@clausewise/schema";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { textblocksInOrder, type Textblock } from "./blocks.ts";
import { memoText } from "./text.ts";
import { phrases } from "@clausewise/rulebook";

const { meta, data } = packRule("style/acronym-definition");

// Two or more capitals, digits, "&" or "-" inside ("OHCHR", "COVID-19"), an optional plural "s";
// not part of a document symbol ("A/HRC/RES") or a hyphenated name ("UN-Women").
const TOKEN = /(?<![\p{L}\p{N}/-])(\p{Lu}[\p{Lu}\p{N}&-]*[\p{Lu}\p{N}])(s?)(?![\p{L}\p{N}/]|-[\p{L}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;
/** Words an acronym skips: "Office of the …" is OHCHR, not "of the Office …". */
const STOPWORDS = new Set(["of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "with"]);
const allowed = new Set(data.allowed);
/** Another word in capitals right before or after: a title or heading in capitals, not an acronym. */
const CAPS_BEFORE = /\p{Lu}{2,}[\s,]+$/u;
const CAPS_AFTER = /^[\s,]+\p{Lu}{2,}/u;
const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, "").length;
/**
 * The first words of the opening phrases ("DEMANDS", "NOTING"): a clause opening written in
 * capitals, as some delegates type it, is shouting, not an acronym (the capitalisation rule
 * reports it).
 */
const openingWords = new Set(
  [...phrases.preambular, ...phrases.operative].flatMap((p) => {
    const first = p.split(/\s+/)[0]!.toUpperCase();
    return [first, first.endsWith("S") ? first : `${first}S`];
  }),
);

interface Use {
  block: Textblock;
  start: number;
  end: number;
  /** The acronym as written, with a plural "s" if any. */
  written: string;
  /** Written as "(OHCHR)": the definition. */
  defining: boolean;
}

/** The words before a definition "(OHCHR)" that spell it out, or null when they cannot be found. */
function expansionBefore(text: string, openParen: number, acronym: string): string | null {
  const before = text.slice(0, openParen).replace(/\s+$/, "");
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("("), before.lastIndexOf(":"));
  const words = [...before.slice(clauseStart + 1).matchAll(/\S+/g)].slice(-14);
  const initial = acronym[0]!.toLowerCase();
  const first = words.find((w) => w[0]![0]!.toLowerCase() === initial && !STOPWORDS.has(w[0]!.toLowerCase()));
  if (!first) return null;
  return before.slice(clauseStart + 1 + first.index);
}

type DocFinding = Finding & { clauseId: string };

interface Token {
  base: string;
  start: number;
  end: number;
  written: string;
  defining: boolean;
}

/** The acronyms of one text, in order (memoised: the rule re-reads every clause on every lint). */
const tokensOf = memoText((text: string): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const base = m[1]!;
    if (capitals(base) < 2 || ROMAN.test(base) || allowed.has(base) || allowed.has(m[0])) continue;
    const start = m.index;
    if (openingWords.has(m[0]) && !text.slice(0, start).trim()) continue;
    const end = start + m[0].length;
    if (CAPS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || CAPS_AFTER.test(text.slice(end, end + 40))) continue;
    out.push({ base, start, end, written: m[0], defining: text[start - 1] === "(" && text[end] === ")" });
  }
  return out;
});

function check(model: ClauseModel): DocFinding[] {
  const firstUse = new Map<string, Use>();
  const definition = new Map<string, Use>();
  const spelledOut = new Set<string>();
  const out: DocFinding[] = [];
  for (const block of textblocksInOrder(model)) {
    for (const { base, start, end, written, defining } of tokensOf(block.text)) {
      const spelled = data.spellOut[base];
      if (spelled) {
        if (spelledOut.has(base)) continue;
        spelledOut.add(base);
        out.push({
          severity: "info",
          clauseId: block.clause.id,
          message: `Write "${spelled}" in full, not "${base}"`,
          explanation:
            `Resolutions write "${spelled}" in full; "${base}" is informal. Reported once per paper, at the first use: ` +
            `change the others too.`,
          part: block.part,
          start,
          end: start + base.length,
          fixes: [{ label: `Change to "${spelled}"`, edits: [{ part: block.part, start, end: start + base.length, insert: spelled }] }],
        });
        continue;
      }
      const use: Use = { block, start, end, written, defining };
      if (!firstUse.has(base)) firstUse.set(base, use);
      if (defining && !definition.has(base)) definition.set(base, use);
    }
  }
  for (const [acronym, use] of firstUse) {
    if (use.defining) continue;
    const def = definition.get(acronym);
    const expansion =
      (def && def.written === use.written ? expansionBefore(def.block.text, def.start - 1, acronym) : null) ??
      data.expansions[use.written] ??
      null;
    const where = def ? ` (it is defined later, in ${def.block.clause.path})` : "";
    const insert = expansion ? `${expansion} (${use.written})` : null;
    out.push({
      clauseId: use.block.clause.id,
      severity: def || expansion ? "warning" : "info",
      message: `Spell out "${use.written}" at its first use${where}`,
      explanation:
        "Acronyms are defined where they first appear, with the full name followed by the acronym in brackets " +
        "(\"Office of the United Nations High Commissioner for Human Rights (OHCHR)\"), and used alone after that, " +
        "so a reader who does not know them can follow the text.",
      part: use.block.part,
      start: use.start,
      end: use.end,
      fixes: insert
        ? [{ label: `Change to "${insert}"`, edits: [{ part: use.block.part, start: use.start, end: use.end, insert }] }]
        : [],
    });
  }
  return out;
}

export const acronymDefinitionRule: Rule = { meta, scope: "document", check: (model) => check(model) };
