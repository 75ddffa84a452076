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
import { forEachOperativeClause, isOperativeBlock, operativeClauseCount } from "./blocks.ts";

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
    clauses.push(preambularInfo(clause, offset, i));
    offset += clause.nodeSize;
  });
  pos += preamble.nodeSize;

  const operative = doc.child(2);
  const lastTop = operativeClauseCount(operative) - 1;
  forEachOperativeClause(operative, pos, (clause, at, i) => {
    walkOperative(clause, at, 0, i + 1, i + 1, String(i + 1), null, i === lastTop, clauses);
  });

  return { heading, organLine: organLineFor(heading.committee), clauses };
}

interface OperativeParts {
  info: ClauseInfo;
  subclauses: { node: Node; pos: number }[];
  hasContinuation: boolean;
}

/** The ClauseInfo of one operative clause or sub-clause, from its position in the tree. */
function operativeInfo(
  node: Node,
  pos: number,
  depth: number,
  ordinal: number,
  index: number,
  path: string,
  parentId: string | null,
  isLast: boolean,
): OperativeParts {
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
  return { info, subclauses, hasContinuation: continuationNode !== null };
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
  const { info, subclauses, hasContinuation } = operativeInfo(node, pos, depth, ordinal, index, path, parentId, isLast);
  out.push(info);
  subclauses.forEach((sub, i) => {
    walkOperative(
      sub.node,
      sub.pos,
      depth + 1,
      i + 1,
      index,
      `${path}(${labelKey(depth + 1, i + 1)})`,
      info.id,
      // With a continuation after them, sub-clauses never end the clause.
      isLast && i === subclauses.length - 1 && !hasContinuation,
      out,
    );
  });
}

function preambularInfo(clause: Node, pos: number, i: number): ClauseInfo {
  const text = clause.firstChild!;
  const textFrom = pos + 2;
  return {
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
    pos,
    nodeSize: clause.nodeSize,
    parentId: null,
    childIds: [],
    opening: openingPhrase(text.textContent, "preamble"),
  };
}

export interface ClauseInContext {
  clause: ClauseInfo;
  /** Enclosing clauses, outermost first. */
  ancestors: ClauseInfo[];
}

/**
 * The clause whose node starts at `pos`, with its ancestors, computed from the path to it alone:
 * O(depth), not O(document). The editor uses it to re-lint only the clauses an edit touched.
 * Returns null when no clause node starts at `pos`.
 */
export function clauseAt(doc: Node, pos: number): ClauseInContext | null {
  const node = doc.nodeAt(pos);
  if (!node || !node.type.name.endsWith("clause")) return null;
  const $pos = doc.resolve(pos);
  // $pos.node(1) is the section; clause nodes are at depths 2 (or 3 in a block) .. $pos.depth + 1.
  const section = $pos.node(1);
  if (section.type.name === "preamble") {
    return { clause: preambularInfo(node, pos, $pos.index(1)), ancestors: [] };
  }
  // In a blocked paper (blocks.ts) the top-level clause sits one level deeper, and its number
  // counts the clauses of the blocks before its own: O(blocks), still not O(document).
  const inBlock = $pos.depth >= 2 && isOperativeBlock($pos.node(2));
  const top = inBlock ? 3 : 2;
  let before = 0;
  let total = section.childCount;
  if (inBlock) {
    // operativeClauseCount and the clauses before this block, in one plain loop (this runs on
    // every keystroke: no callback per block).
    const blockIndex = $pos.index(1);
    total = 0;
    for (let b = 0; b < section.childCount; b++) {
      const child = section.child(b);
      if (b < blockIndex) before += child.childCount;
      total += isOperativeBlock(child) ? child.childCount : 1;
    }
  }
  const chain: { node: Node; pos: number; ordinal: number }[] = [];
  for (let d = top; d <= $pos.depth; d++) chain.push({ node: $pos.node(d), pos: $pos.before(d), ordinal: 0 });
  chain.push({ node, pos, ordinal: 0 });
  // Ordinals count sub-clauses only (the parent's clause_text is child 0).
  chain[0]!.ordinal = before + $pos.index(top - 1) + 1;
  for (let k = 1; k < chain.length; k++) chain[k]!.ordinal = $pos.index(top + k - 1);

  let isLast = chain[0]!.ordinal === total;
  const infos: ClauseInfo[] = [];
  let path = "";
  let parentId: string | null = null;
  chain.forEach((link, depth) => {
    if (depth > 0) {
      const parent = chain[depth - 1]!.node;
      const last = parent.lastChild!;
      const lastSubIndex = last.type.name === "continuation" ? parent.childCount - 2 : parent.childCount - 1;
      isLast = isLast && last.type.name !== "continuation" && link.ordinal === lastSubIndex;
    }
    path = depth === 0 ? String(link.ordinal) : `${path}(${labelKey(depth, link.ordinal)})`;
    const { info } = operativeInfo(link.node, link.pos, depth, link.ordinal, chain[0]!.ordinal, path, parentId, isLast);
    infos.push(info);
    parentId = info.id;
  });
  return { clause: infos[infos.length - 1]!, ancestors: infos.slice(0, -1) };
}

/** The text of a clause as printed: label, text and derived end punctuation. */
export function printedClause(c: ClauseInfo): string {
  return `${c.label ? c.label + " " : ""}${c.text}${c.end}`;
}

/**
 * A paper with no text at all: no heading field filled in and no clause with words in it (what an
 * empty file, or a Word file of empty paragraphs, imports as). Importing one makes nothing worth
 * keeping, so the studio and the CLI say the file is empty instead.
 */
export function isBlankPaper(doc: Node): boolean {
  const heading = doc.firstChild?.attrs as { code?: string; topic?: string; sponsors?: string[]; signatories?: string[] } | undefined;
  if (heading && (heading.code || heading.topic || heading.sponsors?.length || heading.signatories?.length)) return false;
  return clauseModel(doc).clauses.every((c) => !c.text.trim() && !c.continuation?.text.trim());
}
