/**
 * Builds documents from plain data: used by the importers, templates and tests, so that none of
 * them assembles ProseMirror nodes by hand.
 */
import type { Node } from "prosemirror-model";
import { newClauseId } from "./ids.ts";
import { schema, emptyHeading, clampHeading, type HeadingAttrs, MAX_SUBCLAUSE_DEPTH } from "./schema.ts";
import { withoutBlocks } from "./blocks.ts";

/** A clause as plain data: its text, or its text with sub-clauses and a continuation. */
export type ClauseInput =
  | string
  | { text: string; id?: string; sub?: ClauseInput[]; continuation?: string };

export interface DocumentInput {
  heading?: Partial<HeadingAttrs>;
  preamble?: ClauseInput[];
  operative?: ClauseInput[];
}

const textOf = (s: string) => (s ? [schema.text(s)] : []);

function clauseNode(type: "preambular_clause" | "operative_clause" | "subclause", input: ClauseInput, depth: number): Node {
  const c = typeof input === "string" ? { text: input } : input;
  const children: Node[] = [schema.nodes.clause_text.create(null, textOf(c.text))];
  const sub = c.sub ?? [];
  if (type !== "preambular_clause" && sub.length > 0) {
    if (depth >= MAX_SUBCLAUSE_DEPTH) {
      throw new RangeError(`sub-clauses go ${MAX_SUBCLAUSE_DEPTH} levels deep at most`);
    }
    for (const s of sub) children.push(clauseNode("subclause", s, depth + 1));
    if (c.continuation) children.push(schema.nodes.continuation.create(null, textOf(c.continuation)));
  }
  return schema.nodes[type].create({ id: c.id ?? newClauseId() }, children);
}

/** A complete working-paper document. An empty operative part gets one empty clause. */
export function createDocument(input: DocumentInput = {}): Node {
  const heading = schema.nodes.heading.create(clampHeading({ ...emptyHeading, ...input.heading }));
  const preamble = schema.nodes.preamble.create(
    null,
    (input.preamble ?? []).map((c) => clauseNode("preambular_clause", c, 0)),
  );
  const operativeInput = input.operative?.length ? input.operative : [""];
  const operative = schema.nodes.operative.create(
    null,
    operativeInput.map((c) => clauseNode("operative_clause", c, 0)),
  );
  const doc = schema.nodes.doc.create(null, [heading, preamble, operative]);
  doc.check();
  return doc;
}

/** The plain-data form of a document (the inverse of createDocument, ids included). */
export function documentToInput(doc: Node): Required<DocumentInput> {
  const clause = (node: Node): ClauseInput => {
    const sub: ClauseInput[] = [];
    let continuation: string | undefined;
    node.forEach((child, _o, i) => {
      if (i === 0) return;
      if (child.type.name === "subclause") sub.push(clause(child));
      else continuation = child.textContent;
    });
    const out: Exclude<ClauseInput, string> = { text: node.firstChild!.textContent, id: node.attrs.id };
    if (sub.length) out.sub = sub;
    if (continuation !== undefined) out.continuation = continuation;
    return out;
  };
  const list = (section: Node) => {
    const out: ClauseInput[] = [];
    section.forEach((c) => out.push(clause(c)));
    return out;
  };
  return {
    heading: { ...(doc.firstChild!.attrs as HeadingAttrs) },
    preamble: list(doc.child(1)),
    operative: list(withoutBlocks(doc).child(2)),
  };
}

/**
 * Positions of clauses whose id is missing or repeats an earlier one (splitting a clause copies
 * its attributes), each with a fresh id to set. The editor applies these after every change.
 */
export function clauseIdRepairs(doc: Node): { pos: number; id: string }[] {
  const seen = new Set<string>();
  const repairs: { pos: number; id: string }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) return false;
    if (node.type.name.endsWith("clause")) {
      const id = node.attrs.id as string | null;
      if (!id || seen.has(id)) repairs.push({ pos, id: newClauseId() });
      else seen.add(id);
    }
    return true;
  });
  return repairs;
}

/** The same document with every clause id present and unique (the first holder keeps its id). */
export function withUniqueIds(doc: Node): Node {
  if (clauseIdRepairs(doc).length === 0) return doc;
  const seen = new Set<string>();
  const rebuild = (node: Node): Node => {
    if (node.isTextblock || node.isAtom) return node;
    let attrs = node.attrs;
    if (node.type.name.endsWith("clause")) {
      const id = attrs.id as string | null;
      if (!id || seen.has(id)) attrs = { ...attrs, id: newClauseId() };
      seen.add(attrs.id as string);
    }
    const children: Node[] = [];
    node.forEach((child) => children.push(rebuild(child)));
    return node.type.create(attrs, children, node.marks);
  };
  return rebuild(doc);
}
