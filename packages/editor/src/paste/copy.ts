/**
 * The plain text of a copy: what an e-mail or Word receives, and what pasting it back reads.
 * Numbers, labels and end punctuation are drawn by CSS and are not in the document, so they are
 * written here from the clause model, laid out as the formats package's exportText lays out a
 * paper ("1. Calls upon States to act;", sub-clauses indented four spaces a level, "(a) …;").
 */
import type { Node } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import { clauseModel, withoutBlocks, type ClauseInfo } from "@clausewise/schema";
import { exportText, TEXT_INDENT } from "@clausewise/formats";
import { coversPaper } from "./insert.ts";

const pad = (depth: number) => " ".repeat(depth * TEXT_INDENT);

/**
 * The text of the selection. Within one paragraph: its text as it is. Select-all: the paper as
 * exportText writes it (heading lines and organ line included). Otherwise each clause the
 * selection touches on a line of its own, with its label when the selection takes the start of
 * its text and its end punctuation when it takes the end.
 */
export function clipboardText(state: EditorState): string {
  const { selection, doc } = state;
  const { from, to, $from } = selection;
  if ($from.sameParent(selection.$to) && $from.parent.isTextblock) return doc.textBetween(from, to);
  if (coversPaper(selection)) return exportText(withoutBlocks(doc));
  return clausesText(doc, from, to);
}

/** The clauses between two positions, laid out as exportText lays them out. */
export function clausesText(doc: Node, from: number, to: number): string {
  const blocks: string[] = [];
  let lines: string[] = [];
  const part = (textFrom: number, textTo: number): { text: string; start: boolean; end: boolean } | null => {
    const a = Math.max(from, textFrom);
    const b = Math.min(to, textTo);
    const whole = from < textFrom && to > textTo;
    if (a > b || (a === b && !whole)) return null;
    return { text: doc.textBetween(a, b), start: from <= textFrom, end: to >= textTo };
  };
  const open: ClauseInfo[] = [];
  const close = (depth: number) => {
    while (open.length && open.at(-1)!.depth >= depth) {
      const c = open.pop()!;
      const cont = c.continuation && part(c.continuation.from, c.continuation.to);
      if (cont) lines.push(`${pad(c.depth)}${cont.text}${cont.end ? c.continuation!.end : ""}`);
    }
  };
  const flush = () => {
    if (lines.length) blocks.push(lines.join("\n"));
    lines = [];
  };
  for (const c of clauseModel(doc).clauses) {
    if (c.pos >= to) break;
    if (c.section === "preamble") {
      const p = part(c.textFrom, c.textTo);
      if (p) blocks.push(`${p.text}${p.end ? c.end : ""}`);
      continue;
    }
    close(c.depth);
    if (c.depth === 0) flush();
    const p = part(c.textFrom, c.textTo);
    if (p) lines.push(`${pad(c.depth)}${p.start ? `${c.label} ` : ""}${p.text}${p.end ? c.end : ""}`);
    open.push(c);
  }
  close(0);
  flush();
  return blocks.join("\n\n");
}
