/**
 * Turns word lists into single alternation regexes. One alternation over hundreds of phrases is
 * far faster than a loop over many regexes; longest phrases come first so that "the Office of the
 * High Commissioner" wins over "the Office". Built once at module load, never per clause.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

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
export const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** First match of a global regex in text[from, to), or null. */
export function findIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray | null {
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= to || m.index + m[0].length > to) return null;
  return m;
}

/** Every match of a global regex in text[from, to). */
export function findAllIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
