/**
 * Splitting input into lines and cleaning each line of the invisible debris that copying from
 * Word, PDF viewers and web pages leaves behind, while remembering where every character came
 * from so that findings can point at the original line and column.
 */

/** One physical line of the input after normalisation. */
export interface SourceLine {
  /** 1-based line number in the input. */
  line: number;
  /** The line as it was in the input (without its line break). */
  raw: string;
  /** Normalised text: invisible characters removed, spaces collapsed, trimmed. */
  text: string;
  /** Width of the leading whitespace, tabs counted to the next multiple of 4. */
  indent: number;
  /** Characters of the full normalised line cut from the front of `text` (a PDF line number). */
  skip: number;
  /** The line ended in a soft hyphen (U+00AD): the word continues on the next line. */
  softHyphen: boolean;
}

export type QuoteStyle = "keep" | "straight";

// Removed outright: byte-order mark / zero-width no-break space, zero-width space, word joiner,
// soft hyphen (handled at line ends), bidi marks, and C0/C1 control characters. The zero-width
// joiner and non-joiner stay: they are part of emoji sequences and of Persian and Indic words.
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
// Read as a plain space: tab, form feed, vertical tab, no-break and typographic spaces, line and
// paragraph separators (pasted from some web pages).
const SPACE_LIKE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
// Printable ASCII without tabs: the common case, normalised without looking at every character.
const PLAIN = /^[ -~]*$/;
// Characters that only the character-by-character pass handles (INVISIBLE and SPACE_LIKE without
// the plain space).
const NEEDS_CARE = /[\uFEFF\u200B\u2060\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F-\u009F\t\v\f\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const CURLY = /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033]/;

const STRAIGHT: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"',
};

/**
 * Normalises a raw line; with `origin`, also records for each character of the result its index
 * in the raw line (only needed to report columns, so computed on demand).
 */
export function normalise(raw: string, quotes: QuoteStyle, origin?: number[]): { text: string; indent: number; softHyphen: boolean } {
  if (!origin && PLAIN.test(raw)) {
    const text = raw.trim().replace(/ {2,}/g, " ");
    return { text, indent: text ? raw.length - raw.trimStart().length : 0, softHyphen: false };
  }
  if (!origin) {
    // Most other lines (an imported .docx's indented sub-clauses, typographic quotes and dashes)
    // have special characters only in their leading whitespace: measure it, and take the rest
    // as a whole when nothing in it needs the careful pass.
    let start = 0;
    let indent = 0;
    for (; start < raw.length; start++) {
      const ch = raw[start]!;
      if (ch === "\t") indent += 4 - (indent % 4);
      else if (SPACE_LIKE.test(ch)) indent++;
      else break;
    }
    const rest = start ? raw.slice(start) : raw;
    if (!NEEDS_CARE.test(rest) && (quotes === "keep" || !CURLY.test(rest))) {
      const text = rest.replace(/ {2,}/g, " ").replace(/ $/, "");
      return { text, indent: text ? indent : 0, softHyphen: false };
    }
  }
  let text = "";
  let indent = 0;
  let leading = true;
  let pendingSpace = false;
  let softHyphen = false;
  for (let i = 0; i < raw.length; i++) {
    let ch = raw[i]!;
    if (ch === "\u00AD") {
      // A soft hyphen is invisible unless the line breaks there: remember it at the end.
      softHyphen = /^[\s\u00AD\u200B\uFEFF]*$/.test(raw.slice(i + 1));
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    if (SPACE_LIKE.test(ch)) {
      if (leading) indent = ch === "\t" ? indent + 4 - (indent % 4) : indent + 1;
      else pendingSpace = true;
      continue;
    }
    if (quotes === "straight" && STRAIGHT[ch]) ch = STRAIGHT[ch]!;
    if (pendingSpace) {
      text += " ";
      origin?.push(i - 1);
      pendingSpace = false;
    }
    leading = false;
    text += ch;
    origin?.push(i);
  }
  return { text, indent: text ? indent : 0, softHyphen };
}

/** Normalises one raw line. */
export function normaliseLine(raw: string, line: number, quotes: QuoteStyle = "keep"): SourceLine {
  const { text, indent, softHyphen } = normalise(raw, quotes);
  return { line, raw, text, indent, skip: 0, softHyphen };
}

/** Splits text into lines at CRLF, LF or CR (the way editors count lines) and normalises each. */
export function splitLines(input: string, quotes: QuoteStyle = "keep"): SourceLine[] {
  const raws = input.split(/\r\n|\n|\r/);
  return raws.map((raw, i) => normaliseLine(raw, i + 1, quotes));
}

/** 1-based column (in UTF-16 code units, as editors count) in the raw line of `text[index]`. */
export function columnOf(line: SourceLine, index: number): number {
  const target = Math.max(index + line.skip, 0);
  const raw = line.raw;
  // Past the leading whitespace (of any kind), a line with no other special character maps to its
  // text by collapsing runs of spaces: walk it as normalise() does.
  const start = leadingSpaceEnd(raw);
  if (PLAIN.test(raw) || !NEEDS_CARE.test(start ? raw.slice(start) : raw)) {
    let i = start;
    let n = 0;
    while (i < raw.length && n < target) {
      if (raw[i] === " ") while (raw[i + 1] === " ") i++;
      i++;
      n++;
    }
    // A collapsed run of spaces comes from its last space.
    if (raw[i] === " ") while (raw[i + 1] === " ") i++;
    return Math.min(i, Math.max(raw.trimEnd().length - 1, 0)) + 1;
  }
  return carefulColumnOf(line, index);
}

/** columnOf through the character-by-character pass (exported for the tests). */
export function carefulColumnOf(line: SourceLine, index: number): number {
  const target = Math.max(index + line.skip, 0);
  const origin: number[] = [];
  normalise(line.raw, "keep", origin);
  if (origin.length === 0) return 1;
  return origin[Math.min(target, origin.length - 1)]! + 1;
}

/** Where a line's leading whitespace (spaces, tabs, no-break and typographic spaces) ends. */
function leadingSpaceEnd(raw: string): number {
  let i = 0;
  while (i < raw.length && SPACE_LIKE.test(raw[i]!)) i++;
  return i;
}

/** Collapses whitespace and trims: the form of every clause text the importer produces. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
