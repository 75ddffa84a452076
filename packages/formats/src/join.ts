/**
 * Joining the lines of a wrapped paragraph, undoing hyphenation at line ends ("protec-" + "tion"
 * → "protection") but keeping real compounds ("long-" + "term" → "long-term").
 */

// First halves of compounds that keep their hyphen when split across lines. Kept short on purpose:
// a typesetter splits words at syllables, and "human-itarian" or "peace-keeping" must be joined.
const COMPOUND_PREFIXES = new Set([
  "self", "non", "cross", "well", "medium", "ex", "mid", "long", "gender", "rights", "decision",
  "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]);

/** Hyphenated words written whole somewhere in the text ("long-term"), lower-cased. */
export function hyphenatedWords(input: string): Set<string> {
  const out = new Set<string>();
  for (const m of input.matchAll(/\p{L}+(?:[-\u2010]\p{L}+)+/gu)) out.add(m[0].toLowerCase().replace(/\u2010/g, "-"));
  return out;
}

/**
 * Appends the next line of a paragraph to the text so far. `softHyphen`: the previous line ended
 * in a soft hyphen, so the word simply continues. `known`: hyphenated words seen elsewhere.
 */
export function joinLines(before: string, next: string, softHyphen: boolean, known: Set<string>): string {
  if (before === "") return next;
  if (next === "") return before;
  if (softHyphen) return before + next;
  const hyphen = /(\p{L}+)[-\u2010]$/u.exec(before);
  if (hyphen && /^\p{Ll}/u.test(next)) {
    const first = hyphen[1]!;
    const second = /^\p{L}+/u.exec(next)![0];
    const compound = `${first}-${second}`.toLowerCase();
    const keep = known.has(compound) || COMPOUND_PREFIXES.has(first.toLowerCase());
    return keep ? before + next : before.slice(0, -1) + next;
  }
  // A hyphen before a capital or a digit is part of the word ("Secretary-" + "General").
  if (/[-\u2010]$/.test(before) && /^[\p{Lu}\p{N}]/u.test(next) && /\p{L}[-\u2010]$/u.test(before)) return before + next;
  return `${before} ${next}`;
}
