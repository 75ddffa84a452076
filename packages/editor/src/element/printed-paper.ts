/**
 * For the rendering tests: the paper as a reader sees it, with whitespace removed: each
 * textblock's label, text and end punctuation in document order, from clauseModel. What the
 * paper styles must draw. Free of side effects, so a test of the built bundle can use it too.
 */
import type { Node } from "prosemirror-model";
import { clauseModel } from "@clausewise/schema";

export const squash = (s: string): string => s.replace(/\s+/g, "");

export function printedPaper(doc: Node): string {
  const printed: { pos: number; s: string }[] = [];
  for (const c of clauseModel(doc).clauses) {
    printed.push({ pos: c.textFrom, s: `${c.label}${c.text}${c.end}` });
    if (c.continuation) printed.push({ pos: c.continuation.from, s: `${c.continuation.text}${c.continuation.end}` });
  }
  printed.sort((a, b) => a.pos - b.pos);
  return squash(printed.map((p) => p.s).join(""));
}
