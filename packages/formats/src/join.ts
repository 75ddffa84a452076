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

/**
 * First halves that are compounds in UN usage only with certain second halves: a typesetter also
 * splits "fol-low-ing", "co-op-er-a-tion", "multi-lat-eral", "inter-national", "pre-vention",
 * "post-pone", "counter-part" and "anti-bodies" there, and those words are written whole. The
 * second half must start with one of the listed stems ("co-" + "sponsors" keeps its hyphen,
 * "co-" + "operation" is "cooperation", as the UN writes it).
 */
const COMPOUND_SECOND_HALVES = new Map<string, readonly string[]>([
  ["follow", ["up", "on"]],
  ["co", ["sponsor", "facilitat", "chair", "author", "submitter", "host", "organiz", "lead"]],
  ["counter", ["terroris", "narcotic", "piracy", "insurgenc", "proliferation"]],
  ["multi", ["stakeholder", "year", "hazard", "donor", "partner", "country", "purpose"]],
  ["socio", ["economic", "cultural", "political"]],
  ["post", ["conflict", "disaster", "crisis", "war", "harvest", "election", "colonial", "traumatic"]],
  ["anti", ["personnel", "vehicle", "corruption", "terroris", "doping", "discriminat", "money", "retaliat", "piracy", "trafficking"]],
  ["pre", ["trial", "primary", "existing", "session", "deployment", "election"]],
  ["inter", ["agency", "agencies", "ethnic", "communal", "institutional", "state"]],
]);

/** True when a word split at a line end after `first-` is a compound that keeps its hyphen. */
export function keepsHyphen(first: string, second: string): boolean {
  const head = first.toLowerCase();
  if (COMPOUND_PREFIXES.has(head)) return true;
  const tail = second.toLowerCase();
  return COMPOUND_SECOND_HALVES.get(head)?.some((stem) => tail.startsWith(stem)) ?? false;
}

/** Hyphenated words written whole somewhere in the text ("long-term"), lower-cased. */
export function hyphenatedWords(input: string): Set<string> {
  const out = new Set<string>();
  // The lookbehind starts matches only at the start of a word: without it a long run of letters
  // with no hyphen is retried from every letter, which is quadratic (64 KB took 40 s).
  for (const m of input.matchAll(/(?<!\p{L})\p{L}+(?:[-\u2010]\p{L}+)+/gu)) out.add(m[0].toLowerCase().replace(/\u2010/g, "-"));
  return out;
}

/**
 * hyphenatedWords of a text, found only when first asked: most texts have no line ending in a
 * hyphen, and the search over a long paper costs as much as the rest of the import.
 */
export function lazyHyphenatedWords(input: string): { has(word: string): boolean } {
  let words: Set<string> | null = null;
  return { has: (word) => (words ??= hyphenatedWords(input)).has(word) };
}

/**
 * A paragraph being read line by line. Lines are kept as pieces and joined once at the end:
 * repeatedly appending to and looking at the end of one long string makes V8 flatten it every
 * time, which is quadratic on long paragraphs.
 */
export class Paragraph {
  private pieces: string[] = [];

  constructor(first = "") {
    if (first) this.pieces.push(first);
  }

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  /** At least the last `n` characters (fewer only when the paragraph is shorter). */
  tail(n = 80): string {
    let out = "";
    for (let i = this.pieces.length - 1; i >= 0 && out.length < n; i--) out = this.pieces[i] + out;
    return out;
  }

  /** The first piece (the paragraph's first line, as read). */
  head(): string {
    return this.pieces[0] ?? "";
  }

  push(piece: string): void {
    if (piece) this.pieces.push(piece);
  }

  /** Removes the last character (a hyphen joined away). */
  dropLast(): void {
    while (this.pieces.length && this.pieces.at(-1) === "") this.pieces.pop();
    const last = this.pieces.pop();
    if (last && last.length > 1) this.pieces.push(last.slice(0, -1));
  }

  toString(): string {
    return this.pieces.join("");
  }
}

/**
 * Appends the next line of a paragraph. `softHyphen`: the previous line ended in a soft hyphen, so
 * the word simply continues. `known`: hyphenated words seen elsewhere in the text.
 */
export function joinInto(paragraph: Paragraph, next: string, softHyphen: boolean, known: { has(word: string): boolean }): void {
  if (next === "") return;
  if (paragraph.empty || softHyphen) return paragraph.push(next);
  // Only the end of the paragraph matters; matching from the start of a word (see
  // hyphenatedWords) keeps long letter runs linear.
  const tail = paragraph.tail(80);
  const hyphen = /(?<!\p{L})(\p{L}+)[-\u2010]$/u.exec(tail);
  if (hyphen && /^\p{Ll}/u.test(next)) {
    const first = hyphen[1]!;
    const second = /^\p{L}+/u.exec(next)![0];
    const compound = `${first}-${second}`.toLowerCase();
    if (!(known.has(compound) || keepsHyphen(first, second))) paragraph.dropLast();
    return paragraph.push(next);
  }
  // A hyphen before a capital or a digit is part of the word ("Secretary-" + "General").
  if (/\p{L}[-\u2010]$/u.test(tail) && /^[\p{Lu}\p{N}]/u.test(next)) return paragraph.push(next);
  paragraph.push(` ${next}`);
}
