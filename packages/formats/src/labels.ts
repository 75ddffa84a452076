/**
 * Reading the labels typed at the start of a line: operative numbers ("1.", "1)", "(1)"),
 * sub-clause labels ("(a)", "a)", "(i)", "i.", "a.") and bullets. Only reading: which label a
 * clause gets in the document is derived by the schema's clause model.
 */

export type LabelStyle = "paren" | "rparen" | "dot" | "bullet";
export type LabelType = "letter" | "roman" | "bullet";

/** One reading of a sub-clause label: "i" is both the 9th letter and roman one. */
export interface LabelReading {
  type: LabelType;
  ordinal: number;
}

export type LeadingLabel =
  | { kind: "operative"; number: number; text: string; rest: string; length: number }
  | { kind: "sub"; style: LabelStyle; key: string; readings: LabelReading[]; text: string; rest: string; length: number }
  | { kind: "bullet"; glyph: string; rest: string; length: number };

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a lower-case roman numeral written in standard form, or 0. */
export function parseRoman(s: string): number {
  if (!/^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(s) || s === "") return 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Ordinal of a letter label ("a" → 1, "z" → 26, "aa" → 27), or 0. */
export function parseLetter(s: string): number {
  if (!/^([a-z])\1*$/.test(s)) return 0;
  return (s.length - 1) * 26 + s.charCodeAt(0) - 96;
}

function readings(key: string): LabelReading[] {
  const out: LabelReading[] = [];
  const letter = parseLetter(key);
  if (letter) out.push({ type: "letter", ordinal: letter });
  const roman = parseRoman(key);
  if (roman) out.push({ type: "roman", ordinal: roman });
  return out;
}

const BULLETS = "•◦▪▫‣⁃∙·●○■□➢➤►▶–—-*o§Ø";

// Up to five digits: compilations run past clause 9,999 (text-import.ts takes a number of four
// digits or more only where it is the next clause's, so a year opening a line is not read as one).
const OPERATIVE = /^(?:(\d{1,5})[.)]|\((\d{1,5})\))(?= |$) ?/;
const SUB_PAREN = /^\(([a-z]{1,4})\)(?= |$) ?/;
const SUB_RPAREN = /^([a-z]{1,4})\)(?= |$) ?/;
const SUB_DOT = /^([a-z]{1,4})\.(?= |$) ?/;
const BULLET = new RegExp(`^([${BULLETS.replace(/[-\]\\^]/g, "\\$&")}])(?: |$) ?`);

/** The label at the start of a normalised line, if any. */
export function readLeadingLabel(text: string): LeadingLabel | null {
  let m = OPERATIVE.exec(text);
  if (m) {
    const number = Number(m[1] ?? m[2]);
    if (number > 0) {
      return { kind: "operative", number, text: m[0].trim(), rest: text.slice(m[0].length), length: m[0].length };
    }
  }
  for (const [re, style] of [[SUB_PAREN, "paren"], [SUB_RPAREN, "rparen"], [SUB_DOT, "dot"]] as const) {
    m = re.exec(text);
    if (!m) continue;
    const key = m[1]!;
    const r = readings(key);
    // "a." followed by a capital may start a sentence ("a. The"); words like "(in)" are not labels.
    if (r.length === 0) continue;
    if (style === "dot" && key.length > 1 && r.every((x) => x.type === "letter")) continue;
    return { kind: "sub", style, key, readings: r, text: m[0].trim(), rest: text.slice(m[0].length), length: m[0].length };
  }
  m = BULLET.exec(text);
  // "-" or "o" followed by text is a bullet ("- 3 -" page footers are removed before this); a
  // bullet alone on its line is one whose text follows on the next line, except a lone "o".
  if (m && (text.length > m[0].length || m[1] !== "o")) {
    return { kind: "bullet", glyph: m[1]!, rest: text.slice(m[0].length), length: m[0].length };
  }
  return null;
}
