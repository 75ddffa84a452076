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
  /** 0-based index in `raw` of each character of `text` (same length as `text`). */
  origin: number[];
  /** The line ended in a soft hyphen (U+00AD): the word continues on the next line. */
  softHyphen: boolean;
}

export type QuoteStyle = "keep" | "straight";

// Removed outright: byte-order mark / zero-width no-break space, zero-width space, joiners, word
// joiner, soft hyphen (handled at line ends), bidi marks, and C0/C1 control characters.
const INVISIBLE = /[\uFEFF\u200B\u200C\u200D\u2060\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
// Read as a plain space: tab, form feed, vertical tab, no-break and typographic spaces, line and
// paragraph separators (pasted from some web pages).
const SPACE_LIKE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

const STRAIGHT: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"',
};

/** Normalises one raw line. */
export function normaliseLine(raw: string, line: number, quotes: QuoteStyle = "keep"): SourceLine {
  let text = "";
  const origin: number[] = [];
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
      origin.push(i - 1);
      pendingSpace = false;
    }
    leading = false;
    text += ch;
    origin.push(i);
  }
  return { line, raw, text, indent, origin, softHyphen };
}

/** Splits text into lines at CRLF, LF or CR (the way editors count lines) and normalises each. */
export function splitLines(input: string, quotes: QuoteStyle = "keep"): SourceLine[] {
  const raws = input.split(/\r\n|\n|\r/);
  return raws.map((raw, i) => normaliseLine(raw, i + 1, quotes));
}

/** 1-based column in the raw line of the character at `index` of the normalised text. */
export function columnOf(line: SourceLine, index: number): number {
  if (line.origin.length === 0) return 1;
  const at = line.origin[Math.min(Math.max(index, 0), line.origin.length - 1)]!;
  // Count UTF-16 code units like most editors' column numbers do.
  return at + 1;
}

/** Collapses whitespace and trims: the form of every clause text the importer produces. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
