/**
 * Pasted text that is part of a paper (not a whole paper with its organ line or heading) read as a
 * word processor reads it: every paragraph is a clause. A paragraph is a line, or a blank-line
 * separated block; a line that does not end with clause punctuation (, ; : . ! ?) and is followed
 * by an unlabelled line is wrapped (a PDF, an e-mail) and goes on, unless that line is capitalised
 * and opens with a known opening phrase; so does a line ending with a comma followed by an
 * unlabelled line in lower case. A paragraph's label decides its
 * level ("1." an operative clause; "(a)", "(i)", "a.", "i." and bullets sub-clauses, at the levels
 * of the UN Editorial Manual); an unlabelled paragraph goes at the caret's level. The labels and
 * end punctuation are read, never kept: they are derived where the clause lands.
 */
import { schema, openingPhrase, newClauseId, type Section } from "@clausewise/schema";
import { clauseTextOf, parseLetter, parseRoman } from "@clausewise/formats";
import { textFragment, type Item, type Pasted, type Root } from "./outline.ts";

export type Label =
  | { kind: "number" }
  | { kind: "sub"; style: "paren" | "rparen" | "dot"; key: string }
  | { kind: "bullet"; glyph: string };

export interface Paragraph {
  /** The text after the label. */
  text: string;
  label: Label | null;
  /** The paragraph as pasted, label included. */
  raw: string;
  /** Columns of white space before its first line (a tab counts four). */
  indent: number;
}

const NUMBER = /^(?:\d{1,4}[.)]|\(\d{1,4}\))(?:\s+|$)/;
const PAREN = /^\(([a-z]{1,4})\)(?:\s+|$)/;
const RPAREN = /^([a-z]{1,4})\)(?:\s+|$)/;
const DOT = /^([a-z]{1,4})\.(?:\s+|$)/;
const BULLET = /^([-–—•*·▪◦●○■□➢➤►▶])(?:\s+|$)/u;
const ENDS_CLAUSE = /[,;:.!?]["'”’)\]]*$/;

/** A sub-clause label's value as a roman numeral: numerals of i, v, x, l, c only ("(d)" and "(m)" are letters). */
const subRoman = (key: string) => (/^[ivxlc]+$/.test(key) ? parseRoman(key) : 0);

/** The label at the start of a trimmed line and its length, or null. */
export function readLabel(line: string): { label: Label; length: number } | null {
  let m = NUMBER.exec(line);
  if (m) return { label: { kind: "number" }, length: m[0].length };
  for (const [re, style] of [[PAREN, "paren"], [RPAREN, "rparen"], [DOT, "dot"]] as const) {
    m = re.exec(line);
    if (!m) continue;
    const key = m[1]!;
    const letter = parseLetter(key);
    const roman = subRoman(key);
    // "(in)" or "etc." are words; "ab." is no label.
    if (!letter && !roman) continue;
    if (style === "dot" && key.length > 1 && !roman) continue;
    return { label: { kind: "sub", style, key }, length: m[0].length };
  }
  m = BULLET.exec(line);
  if (m && line.length > m[0].length) return { label: { kind: "bullet", glyph: m[1]! }, length: m[0].length };
  return null;
}

const indentOf = (line: string) => {
  let n = 0;
  for (const ch of line) {
    if (ch === "\t") n += 4;
    else if (ch === " " || ch === "\u00a0") n++;
    else break;
  }
  return n;
};

// As the importer cleans lines (formats' normalise.ts): byte-order marks, zero-width spaces, word
// joiners, soft hyphens, bidi marks and control characters go; the zero-width (non-)joiner stays.
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Page headers and footers copied out of a PDF ("Page 2 of 3", "- 3 -", a page number alone).
const FURNITURE = /^(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4})$/i;

/** A capitalised line opening with a known opening phrase ("Urges", "Recalling"): a clause of its own. */
const opensClause = (line: string) =>
  /^\p{Lu}/u.test(line) && (openingPhrase(line, "operative")?.known === true || openingPhrase(line, "preamble")?.known === true);

/**
 * Whether an unlabelled line goes on with the line before it (wrapped in a PDF or an e-mail):
 * after a line without end punctuation, unless it opens a clause; after a comma, when it starts
 * in lower case ("the international community,\nin particular donors").
 */
const wraps = (last: string, line: string) =>
  ENDS_CLAUSE.test(last) ? /,["'”’)\]]*$/.test(last) && /^\p{Ll}/u.test(line) : !opensClause(line);

/** The paragraphs of pasted text (already normalised to "\n" line ends). */
export function readParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  // The last line of the current paragraph: only its end says whether the paragraph goes on (a
  // test of the whole paragraph would make a long wrapped paste quadratic).
  let lastLine = "";
  for (const raw of text.split("\n")) {
    const line = raw.replace(INVISIBLE, "");
    const trimmed = line.replace(/[\s\u00a0]+/gu, " ").trim();
    if (FURNITURE.test(trimmed)) continue;
    if (!trimmed) {
      current = null;
      continue;
    }
    const read = readLabel(trimmed);
    // A wrapped line goes on with its paragraph; so does the text after a label alone on its line.
    if (current && !read && ((current.label && current.text === "") || wraps(lastLine, trimmed))) {
      const glue = lastLine.endsWith("-") || current.text === "" ? "" : " ";
      lastLine = trimmed;
      current.raw += (current.text === "" ? " " : glue) + trimmed;
      current.text += (current.text === "" ? "" : glue) + trimmed;
      continue;
    }
    lastLine = trimmed;
    current = {
      raw: trimmed,
      text: read ? trimmed.slice(read.length) : trimmed,
      label: read?.label ?? null,
      indent: indentOf(line),
    };
    out.push(current);
  }
  return out;
}

/**
 * The level of a sub-clause label in the UN Editorial Manual's order: (a) 1, (i) 2, a. 3, i. 4
 * ("a)" and "i)" as "(a)" and "(i)"). A key that is both a letter and a roman numeral ("i", "v",
 * "x") is the letter when it follows the letter before it at that level ("(h)" then "(i)").
 */
function subLevel(label: Extract<Label, { kind: "sub" }>, lastLetter: Map<number, number>): number {
  const letterLevel = label.style === "dot" ? 3 : 1;
  const letter = parseLetter(label.key);
  const roman = subRoman(label.key);
  const asLetter = letter > 0 && (!roman || lastLetter.get(letterLevel) === letter - 1);
  if (asLetter) {
    lastLetter.set(letterLevel, letter);
    return letterLevel;
  }
  return letterLevel + 1;
}

const clauseText = (s: string) => textFragment(clauseTextOf(s));

/** A text without the labels it starts with ("* 1. Declares" → "Declares"). */
function withoutLabels(text: string): string {
  let s = text;
  for (let n = 0, read = readLabel(s); n < 8 && read && read.length < s.length; n++, read = readLabel(s)) s = s.slice(read.length);
  return s;
}

/** A paragraph that opens like a preambular clause ("Recalling", "Noting with concern"). */
const preambular = (p: Paragraph) => p.label === null && openingPhrase(p.text, "preamble")?.known === true;

/**
 * Places paragraphs read from pasted text for a caret in `section`.
 * - In the preamble, paragraphs stay preambular up to the first one that is clearly operative: a
 *   numbered one, or one with labelled sub-clauses after it (preambular clauses have none). From
 *   there on they are operative clauses (unlabelled ones at the top level).
 * - In the operative part, paragraphs that open with a preambular phrase, before any other, go to
 *   the preamble (a copied piece of a paper across both parts); the rest are operative: numbered
 *   ones at the top level, unlabelled ones at the caret's level, labelled ones as sub-clauses of
 *   the paragraph above them, or (leading ones) at the caret's level in a sub-clause and as
 *   sub-clauses of the caret's clause at the top.
 * An unlabelled paragraph starting in lower case right after sub-clauses continues the clause
 * above them (the clause whose label is indented as far as it, or the outermost one).
 */
export function placeParagraphs(paragraphs: readonly Paragraph[], section: Section): Pasted {
  const preamble: Pasted["preamble"] = [];
  const roots: Root[] = [];
  let i = 0;
  const headWithSubs = (k: number) => paragraphs[k]!.label === null && paragraphs[k + 1]?.label?.kind === "sub";
  if (section === "preamble") {
    for (; i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      if (p.label?.kind === "number" || headWithSubs(i)) break;
      // Labels are read, not kept: preambular clauses have none (and the text of one that began
      // with a label would read back as a labelled clause).
      const text = clauseTextOf(withoutLabels(p.text));
      preamble.push(schema.nodes.preambular_clause.create({ id: newClauseId() }, schema.nodes.clause_text.create(null, textFragment(text))));
    }
  } else {
    for (; i < paragraphs.length && preambular(paragraphs[i]!) && !headWithSubs(i); i++) {
      preamble.push(schema.nodes.preambular_clause.create({ id: newClauseId() }, schema.nodes.clause_text.create(null, clauseText(paragraphs[i]!.text))));
    }
  }

  // The open clauses: stack[0] is the current head (null before any), deeper entries sub-clauses.
  interface Open { item: Item | null; rel: number; indent: number }
  let stack: Open[] = [{ item: null, rel: 0, indent: 0 }];
  let base: number | null = null;
  let lastLetter = new Map<number, number>();
  const bullets = new Map<string, number>();
  let previousWasSub = false;
  for (; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const label = p.label;
    if (label === null && previousWasSub && /^\p{Ll}/u.test(p.text) && stack.some((o) => o.item && o.item.children.length)) {
      // Text continuing a clause after its sub-clauses.
      let target = stack.find((o) => o.item && o.item.children.length)!;
      for (const o of stack) if (o.item && o.item.children.length && o.indent <= p.indent) target = o;
      const item = target.item!;
      item.continuation = item.continuation?.size ? item.continuation.append(textFragment(" ")).append(clauseText(p.text)) : clauseText(p.text);
      stack = stack.slice(0, stack.indexOf(target) + 1);
      previousWasSub = false;
      continue;
    }
    if (label === null || label.kind === "number") {
      const item: Item = { id: newClauseId(), text: clauseText(p.text), children: [], continuation: null };
      roots.push({ item, anchor: label || section === "preamble" ? "top" : "caret", depth: 0 });
      stack = [{ item, rel: 0, indent: p.indent }];
      base = null;
      lastLetter = new Map();
      bullets.clear();
      previousWasSub = false;
      continue;
    }
    let level: number;
    if (label.kind === "sub") level = subLevel(label, lastLetter);
    else level = bullets.get(label.glyph) ?? (base ?? 0) + stack.at(-1)!.rel + 1;
    if (label.kind === "bullet") bullets.set(label.glyph, level);
    base ??= level - 1;
    // Relative to the head: the shallowest sub-clauses pasted are its sub-clauses.
    let rel = Math.max(1, level - base);
    rel = Math.min(rel, stack.at(-1)!.rel + 1);
    while (stack.length > 1 && stack.at(-1)!.rel >= rel) stack.pop();
    const parent = stack.at(-1)!;
    const item: Item = { id: newClauseId(), text: clauseText(p.text), children: [], continuation: null };
    if (parent.item) parent.item.children.push(item);
    else roots.push({ item, anchor: "sub", depth: rel });
    stack.push({ item, rel, indent: p.indent });
    previousWasSub = true;
  }
  return { preamble, roots };
}
