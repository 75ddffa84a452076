/**
 * Regex helpers for the few patterns that are not word lists (actors with a name slot, mission
 * names), and the findIn/findAllIn helpers that run a regex or a PhraseSet over a range. Longest
 * phrases come first in an alternation so "the Office of the High Commissioner" wins over "the
 * Office". Built once at module load, never per clause.
 */
import { PhraseSet, type PhraseMatch } from "./phrases.ts";

// A hyphen in a phrase also matches the typographic hyphens PDFs use ("Secretary‑General").
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+").replace(/-/g, "[-\u2010\u2011]");

/** The alternation source of a list of phrases (no group). */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join("|");
}

/** Word boundaries for prose: letters, digits and hyphens belong to words. */
export const B = "(?<![\\p{L}\\p{N}-])";
export const E = "(?![\\p{L}\\p{N}-])";

/** A regex that finds any of the phrases as whole words. */
export function phraseRegex(list: readonly string[], flags = "giu"): RegExp {
  return new RegExp(`${B}(?:${alternation(list)})${E}`, flags);
}

/** Normalises a matched phrase for lookups: lower case, single spaces. */
export const norm = (s: string) => {
  const lower = s.toLowerCase();
  return needsSpaceNormalising(lower) ? lower.replace(/\s+/g, " ") : lower;
};

/** Whether a text has whitespace other than single spaces (what \s+ → " " would change). */
function needsSpaceNormalising(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) return true;
    } else if (isSpace(c)) return true;
  }
  return false;
}

/** The characters \s matches. */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * First match in text[from, to), or null. A regex runs on the slice only (V8 slices strings
 * without copying), so a miss costs the range, not the rest of the text; indices are absolute.
 * A PhraseSet matches over the text's word tokens.
 */
export function findIn(re: PhraseSet, text: string, from?: number, to?: number): PhraseMatch | null;
export function findIn(re: RegExp, text: string, from?: number, to?: number): RegExpExecArray | null;
export function findIn(re: RegExp | PhraseSet, text: string, from = 0, to = text.length): RegExpExecArray | PhraseMatch | null {
  if (to <= from) return null;
  if (re instanceof PhraseSet) return re.find(text, from, to);
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  const m = re.exec(part);
  if (!m) return null;
  m.index += from;
  return m;
}

/** Every match in text[from, to), left to right. */
export function findAllIn(re: PhraseSet, text: string, from?: number, to?: number): PhraseMatch[];
export function findAllIn(re: RegExp, text: string, from?: number, to?: number): RegExpExecArray[];
export function findAllIn(re: RegExp | PhraseSet, text: string, from = 0, to = text.length): (RegExpExecArray | PhraseMatch)[] {
  if (to <= from) return [];
  if (re instanceof PhraseSet) return re.findAll(text, from, to);
  const out: RegExpExecArray[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m[0].length === 0) re.lastIndex++;
    m.index += from;
    out.push(m);
  }
  return out;
}
