/**
 * The canonical plain text of a working paper. Every number, label and end punctuation comes from
 * the schema's clause model; this module only lays them out. importText reads it back exactly.
 */
import type { Node } from "prosemirror-model";
import { clauseModel, type ClauseInfo, type HeadingAttrs } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";

/** Spaces per level of sub-clause indentation. */
export const TEXT_INDENT = 4;

/** The heading fields as "Key: value" lines, empty fields left out. */
export function headingLines(heading: HeadingAttrs): string[] {
  const lines: string[] = [];
  // Names with commas ("Korea, Republic of") are separated by semicolons, with a closing one
  // when there is a single name, so that the importer does not split them.
  const list = (names: string[]) =>
    names.some((n) => n.includes(",")) ? names.join("; ") + (names.length === 1 ? ";" : "") : names.join(", ");
  if (heading.code) lines.push(`Code: ${heading.code}`);
  if (heading.committee) lines.push(`Committee: ${getCommittee(heading.committee)?.name ?? heading.committee}`);
  if (heading.topic) lines.push(`Topic: ${heading.topic}`);
  if (heading.sponsors.length) lines.push(`Sponsors: ${list(heading.sponsors)}`);
  if (heading.signatories.length) lines.push(`Signatories: ${list(heading.signatories)}`);
  return lines;
}

/** Indentation of a clause's first line. */
const pad = (depth: number) => " ".repeat(depth * TEXT_INDENT);

/**
 * The paper as canonical text: heading lines, a blank line, the organ line, the preambular
 * clauses and the operative clauses, separated by blank lines; sub-clauses indented four spaces a
 * level, and text continuing a clause after its sub-clauses indented like the clause's label.
 */
export function exportText(doc: Node): string {
  const model = clauseModel(doc);
  const blocks: string[] = [];
  const heading = headingLines(model.heading);
  if (heading.length) blocks.push(heading.join("\n"));
  if (model.organLine) blocks.push(model.organLine);
  // Clauses come in document order, a parent before its sub-clauses; a parent's continuation is
  // printed once its last descendant is out.
  let lines: string[] = [];
  const open: ClauseInfo[] = [];
  const close = (depth: number) => {
    while (open.length && open.at(-1)!.depth >= depth) {
      const c = open.pop()!;
      if (c.continuation) lines.push(`${pad(c.depth)}${c.continuation.text}${c.continuation.end}`);
    }
  };
  for (const c of model.clauses) {
    if (c.section === "preamble") {
      blocks.push(`${c.text}${c.end}`);
      continue;
    }
    close(c.depth);
    if (c.depth === 0) {
      if (lines.length) blocks.push(lines.join("\n"));
      lines = [];
    }
    lines.push(`${pad(c.depth)}${c.label} ${c.text}${c.end}`);
    open.push(c);
  }
  close(0);
  if (lines.length) blocks.push(lines.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}
