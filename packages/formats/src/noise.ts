/**
 * Page furniture copied along with a working paper: line numbers from a numbered PDF and page
 * headers and footers ("Page 3 of 5", "- 3 -", "GE.14-12345", the paper's own symbol repeated at
 * the top of each page). These are the only things the
 * importer drops, and it says so in a warning.
 */
import { openingPhrase } from "@clausewise/schema";
import type { SourceLine } from "./normalise.ts";
import type { ImportWarning } from "./types.ts";
import { isDateLine, isDocumentSymbol, readHeadingField } from "./heading-lines.ts";

const PAGE_FURNITURE: RegExp[] = [
  /^page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^GE\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?$/, // UN Geneva job numbers
  /^\d{2}-\d{5}\s*\([A-Z]\)$/, // UN New York job numbers, "14-24089 (E)"
  /^\*\d{7,}\*$/, // the bar code line under UN job numbers
  /^\d{1,5}(?:st|nd|rd|th) (?:plenary )?meeting(?:,? \d{1,2} \w+ \d{4})?[,.]?$/i, // "85th plenary meeting" closing a resolution
  /^\[?(?:…|\.\.\.)\]?$/, // "[…]": where an excerpt leaves text out
  /^\[Adopted\b[^\]]*\]\.?$/i, // "[Adopted without a vote]" under a resolution
  /^(?:\*\s*){1,5}$/, // "* * *" between parts of a resolution
];

/** True for a line that is a page header or footer. */
export function isPageFurniture(text: string): boolean {
  return PAGE_FURNITURE.some((re) => re.test(text));
}

const LEADING_NUMBER = /^(\d{1,4})(?: |$)/;

interface Candidate {
  index: number;
  number: number;
  rest: string;
}

/**
 * Finds the line numbers of a numbered PDF: a bare number (no "." or ")") at the start of lines,
 * in a sequence that rises by a constant step (1, 2, 5 or 10) and may restart on a new page.
 * Returns the indexes of the lines that carry one. A list of operative clauses written "1 Calls
 * upon" without a full stop is not taken for line numbers: at least one numbered line must be
 * something other than the start of an operative clause.
 */
export function findLineNumbers(lines: readonly SourceLine[]): Set<number> {
  const candidates: Candidate[] = [];
  lines.forEach((l, index) => {
    const m = LEADING_NUMBER.exec(l.text);
    if (m) candidates.push({ index, number: Number(m[1]), rest: l.text.slice(m[0].length) });
  });
  if (candidates.length < 3) return new Set();

  let best: Set<number> = new Set();
  for (const step of [1, 2, 5, 10]) {
    const inSequence = new Set<number>();
    let pairs = 0;
    for (let i = 1; i < candidates.length; i++) {
      const a = candidates[i - 1]!;
      const b = candidates[i]!;
      const next = b.number === a.number + step;
      const restart = b.number < a.number && (b.number === step || b.number === 1);
      if (next || restart) {
        pairs++;
        inSequence.add(a.index).add(b.index);
      }
    }
    if (pairs < 2 || pairs < 0.8 * (candidates.length - 1)) continue;
    const numbered = candidates.filter((c) => inSequence.has(c.index));
    const allOperativeStarts = numbered.every((c) => c.rest !== "" && openingPhrase(c.rest, "operative") !== null);
    if (allOperativeStarts) continue;
    if (inSequence.size > best.size) best = inSequence;
  }
  return best;
}

/** The line without its leading PDF line number. */
export function stripLineNumber(line: SourceLine): SourceLine {
  const m = LEADING_NUMBER.exec(line.text);
  if (!m) return line;
  const cut = m[0].length;
  const text = line.text.slice(cut);
  return { ...line, text, skip: line.skip + cut, indent: text ? line.indent + cut : 0 };
}

export interface CleanLine extends SourceLine {
  /** Set when this line was dropped as noise: the lines keep their places so numbering stays right. */
  dropped?: boolean;
}

/**
 * The paper's own symbol and the index of the line that gives it: a symbol line of the masthead
 * ("A/HRC/55/L.12") or the value of a Code line ("Code: A/C.3/78/L.5"), the first of either
 * before the text begins. A later line holding only this symbol is a page header.
 */
function ownSymbol(lines: readonly SourceLine[], numbered: ReadonlySet<number>): { symbol: string; index: number } | null {
  let seen = 0;
  for (const [index, l] of lines.entries()) {
    const text = (numbered.has(index) ? stripLineNumber(l) : l).text.trim().replace(/\s+/g, " ");
    if (text === "") continue;
    if (isDocumentSymbol(text)) return { symbol: text, index };
    const field = readHeadingField(text);
    if (field?.field === "code" && isDocumentSymbol(field.value)) return { symbol: field.value.replace(/\s+/g, " "), index };
    // The masthead and heading come first: a symbol after the start of the text is not the paper's.
    if (openingPhrase(text, "operative") !== null || /^\d{1,3}[.)]\s/.test(text) || ++seen > 25) return null;
  }
  return null;
}

/** Removes line numbers and page furniture, with warnings; other lines pass unchanged. */
export function removeNoise(lines: readonly SourceLine[], warnings: ImportWarning[]): CleanLine[] {
  const numbered = findLineNumbers(lines);
  // A numbered empty line was a blank line of the page; but when every numbered line is empty the
  // numbers came out as a column of their own and are simply removed.
  const onlyNumbers = [...numbered].every((i) => /^\d+$/.test(lines[i]!.text));
  const own = ownSymbol(lines, numbered);
  const out: CleanLine[] = [];
  let first = 0;
  let last = 0;
  lines.forEach((l, index) => {
    let line: CleanLine = l;
    if (numbered.has(index)) {
      line = stripLineNumber(l);
      if (!first) first = l.line;
      last = l.line;
      if (line.text === "" && onlyNumbers) line = { ...line, dropped: true };
    }
    if (!line.dropped && line.text !== "" && (isPageFurniture(line.text) || /^\d{1,4}$/.test(line.text))) {
      warnings.push({ line: l.line, message: `dropped "${line.text}": a page header, footer, page number, meeting line or elision mark` });
      line = { ...line, dropped: true };
    }
    if (own && index > own.index && !line.dropped && line.text.trim().replace(/\s+/g, " ") === own.symbol) {
      warnings.push({ line: l.line, message: `dropped "${own.symbol}": the paper's own symbol repeated as a page header` });
      line = { ...line, dropped: true };
    }
    out.push(line);
  });
  // A date alone between blank lines after the text is the date of adoption, not part of a clause.
  out.forEach((line, i) => {
    if (line.dropped || line.text === "" || !isDateLine(line.text)) return;
    const gap = (j: number) => j < 0 || j >= out.length || out[j]!.text === "" || out[j]!.dropped === true;
    const afterText = out.slice(0, i).some((l) => !l.dropped && l.text !== "");
    if (afterText && gap(i - 1) && gap(i + 1)) {
      warnings.push({ line: line.line, message: `dropped "${line.text}": the date under the text` });
      out[i] = { ...line, dropped: true };
    }
  });
  if (numbered.size > 0) {
    warnings.push({
      line: first,
      message: `removed the line numbers of a numbered PDF from ${numbered.size} lines (lines ${first}–${last})`,
    });
  }
  return out;
}
