/**
 * The clause model: a flat, serialisable view of a working paper derived from its document.
 * Everything a rule, an exporter or a panel needs (numbers, labels, paths, end punctuation,
 * opening phrases, positions) is computed here once, from position, and never stored.
 */
import type { Node } from "prosemirror-model";
import { getCommittee } from "@clausewise/rulebook";
import { formatLabel, labelKey } from "./numbering.ts";
import { openingPhrase, type OpeningPhrase, type Section } from "./opening.ts";
import type { HeadingAttrs } from "./schema.ts";

export type EndPunctuation = "," | ";" | ":" | ".";

export interface TextRange {
  text: string;
  /** Document position where the text starts (inside its textblock). */
  from: number;
  /** Document position where the text ends. */
  to: number;
}

export interface ClauseInfo {
  /** Stable id from the clause node's attributes. */
  id: string;
  section: Section;
  /** 1-based within its section; a sub-clause carries the number of its operative clause. */
  index: number;
  /** "p2" for the second preambular clause, "3" or "3(a)(ii)" in the operative part. */
  path: string;
  /** 0 for preambular and operative clauses, 1 to 4 for sub-clauses. */
  depth: number;
  /** 1-based position among its siblings. */
  ordinal: number;
  /** The label as printed: "" in the preamble, "3.", "(a)", "(ii)", "a.", "ii.". */
  label: string;
  /** The clause's own text (without sub-clauses, label or end punctuation). */
  text: string;
  /** Where that text lies in the document. */
  textFrom: number;
  textTo: number;
  /** The end punctuation derived from position. */
  end: EndPunctuation;
  /** Text continuing the clause after its sub-clauses, with its own end punctuation. */
  continuation: (TextRange & { end: EndPunctuation }) | null;
  /** Position of the clause node itself. */
  pos: number;
  /** Size of the clause node (so the clause spans pos .. pos + nodeSize). */
  nodeSize: number;
  parentId: string | null;
  childIds: string[];
  opening: OpeningPhrase | null;
}

export interface ClauseModel {
  heading: HeadingAttrs;
  /** The organ line the paper opens with, from the committee profile. */
  organLine: string;
  /** Every clause in document order (a parent before its sub-clauses). */
  clauses: ClauseInfo[];
}

/** The organ line for a committee id: "The Human Rights Council,". */
export function organLineFor(committee: string): string {
  return getCommittee(committee)?.organLine ?? (committee ? `The ${committee},` : "");
}

/** Derives the clause model of a working-paper document. */
export function clauseModel(doc: Node): ClauseModel {
  const heading = doc.firstChild!.attrs as HeadingAttrs;
  const clauses: ClauseInfo[] = [];
  let pos = doc.firstChild!.nodeSize; // start of the preamble node

  const preamble = doc.child(1);
  let offset = pos + 1;
  preamble.forEach((clause, _o, i) => {
    const text = clause.firstChild!;
    const textFrom = offset + 2;
    clauses.push({
      id: String(clause.attrs.id ?? ""),
      section: "preamble",
      index: i + 1,
      path: `p${i + 1}`,
      depth: 0,
      ordinal: i + 1,
      label: "",
      text: text.textContent,
      textFrom,
      textTo: textFrom + text.content.size,
      end: ",",
      continuation: null,
      pos: offset,
      nodeSize: clause.nodeSize,
      parentId: null,
      childIds: [],
      opening: openingPhrase(text.textContent, "preamble"),
    });
    offset += clause.nodeSize;
  });
  pos += preamble.nodeSize;

  const operative = doc.child(2);
  const lastTop = operative.childCount - 1;
  offset = pos + 1;
  operative.forEach((clause, _o, i) => {
    walkOperative(clause, offset, 0, i + 1, i + 1, String(i + 1), null, i === lastTop, clauses);
    offset += clause.nodeSize;
  });

  return { heading, organLine: organLineFor(heading.committee), clauses };
}

/**
 * Adds an operative clause or sub-clause and its descendants. `isLast` is true when nothing in the
 * operative part follows this clause, so its final textblock takes the full stop.
 */
function walkOperative(
  node: Node,
  pos: number,
  depth: number,
  ordinal: number,
  index: number,
  path: string,
  parentId: string | null,
  isLast: boolean,
  out: ClauseInfo[],
): void {
  const textNode = node.firstChild!;
  const textFrom = pos + 2;
  const subclauses: { node: Node; pos: number }[] = [];
  let continuationNode: Node | null = null;
  let continuationPos = 0;
  let childPos = pos + 1 + textNode.nodeSize;
  for (let i = 1; i < node.childCount; i++) {
    const child = node.child(i);
    if (child.type.name === "subclause") subclauses.push({ node: child, pos: childPos });
    else {
      continuationNode = child;
      continuationPos = childPos;
    }
    childPos += child.nodeSize;
  }

  const terminal: EndPunctuation = isLast ? "." : ";";
  const info: ClauseInfo = {
    id: String(node.attrs.id ?? ""),
    section: "operative",
    index,
    path,
    depth,
    ordinal,
    label: formatLabel(depth, ordinal),
    text: textNode.textContent,
    textFrom,
    textTo: textFrom + textNode.content.size,
    end: subclauses.length > 0 ? ":" : terminal,
    continuation: continuationNode
      ? {
          text: continuationNode.textContent,
          from: continuationPos + 1,
          to: continuationPos + 1 + continuationNode.content.size,
          end: terminal,
        }
      : null,
    pos,
    nodeSize: node.nodeSize,
    parentId,
    childIds: subclauses.map((s) => String(s.node.attrs.id ?? "")),
    opening: depth === 0 ? openingPhrase(textNode.textContent, "operative") : null,
  };
  out.push(info);

  subclauses.forEach((sub, i) => {
    const lastSub = i === subclauses.length - 1;
    walkOperative(
      sub.node,
      sub.pos,
      depth + 1,
      i + 1,
      index,
      `${path}(${labelKey(depth + 1, i + 1)})`,
      info.id,
      // With a continuation after them, sub-clauses never end the clause.
      isLast && lastSub && continuationNode === null,
      out,
    );
  });
}

/** The text of a clause as printed: label, text and derived end punctuation. */
export function printedClause(c: ClauseInfo): string {
  return `${c.label ? c.label + " " : ""}${c.text}${c.end}`;
}
