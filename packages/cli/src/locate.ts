/**
 * Maps a position in a clause's text to a line and column of the file it was imported from.
 *
 * The importer tells where each clause starts (its label, or its text when unlabelled); from there
 * the clause's text is aligned with the file's characters: runs of white space match each other
 * (the importer joins wrapped lines and collapses spaces), and characters the importer dropped or
 * that stand escaped in the file (a typed label, `\"` in JSON) are skipped. When the text cannot be
 * found near its clause's start, the clause's start is used, so a position is never invented.
 */

export interface LineColumn {
  line: number;
  column: number;
}

/** A file's text with the offsets at which its lines start. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "\n") this.lineStarts.push(i + 1);
    }
  }

  indexOf(pos: LineColumn): number {
    const start = this.lineStarts[Math.max(0, Math.min(pos.line - 1, this.lineStarts.length - 1))]!;
    return Math.min(this.text.length, start + Math.max(0, pos.column - 1));
  }

  positionOf(index: number): LineColumn {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.lineStarts[lo]! + 1 };
  }
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
/** How far past the clause's start its text may begin (a label, a quote, JSON keys). */
const SEARCH_WINDOW = 2_000;

/**
 * Where the text starts in the file: the first few words of it, looked for from `from` within
 * `window` characters. Quotes and backslashes may stand escaped (JSON).
 */
export function findTextStart(file: string, from: number, text: string, window = SEARCH_WINDOW): number | null {
  const words = text.trim().split(/\s+/).slice(0, 4).join(" ");
  if (!words) return null;
  const source = words
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/"/g, '\\\\?"');
  const pattern = new RegExp(source, "u");
  const slice = file.slice(from, from + window + words.length * 2);
  const m = pattern.exec(slice);
  return m ? from + m.index : null;
}

/**
 * The file index of `offset` in `text`, aligning from the text's start at `start`, or null when
 * the alignment goes astray (more than a few skipped characters in a row).
 */
function align(file: string, start: number, text: string, offset: number): number | null {
  let i = 0;
  let j = Math.max(0, start);
  let skipped = 0;
  while (i < offset && j <= file.length) {
    const c = text[i];
    if (isSpace(c)) {
      while (i < offset && isSpace(text[i])) i++;
      while (isSpace(file[j])) j++;
      continue;
    }
    if (file[j] === c) {
      i++;
      j++;
      skipped = 0;
      continue;
    }
    // A character in the file that is not in the text (escape, dropped label, soft hyphen).
    j++;
    if (++skipped > 8) return null;
  }
  return j;
}

/**
 * The line and column (1-based) of `offset` in a textblock of a clause. `clauseStart` is the
 * importer's source position of the clause; a continuation is looked for after it as well.
 */
export function locate(source: SourceText, clauseStart: LineColumn, text: string, offset: number, window = SEARCH_WINDOW): LineColumn {
  const from = source.indexOf(clauseStart);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trimStart();
  const start = findTextStart(source.text, from, trimmed, window);
  if (start === null) return clauseStart;
  const index = align(source.text, start, trimmed, Math.max(0, offset - lead));
  return index === null ? source.positionOf(start) : source.positionOf(index);
}
