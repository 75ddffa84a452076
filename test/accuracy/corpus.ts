/**
 * The labelled corpus (test/corpus/labels/*.json) as working-paper documents, and its split into a
 * development half (read while building the rules) and a held-out half (only measured). The
 * split is by document, from a hash of its slug, so it is stable as documents are added and no
 * sentence of a held-out document is ever looked at.
 *
 * Documents whose labels file carries a `set` (e.g. "fresh-2026-12") belong to neither half: they
 * are a later, blind measurement round, scored on their own (see `setOf`), so adding them leaves
 * the halves' figures and floors computed over the same documents as before.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { createDocument, type ClauseInput } from "@clausewise/schema";
import type { Node } from "prosemirror-model";

export const labelsDir = fileURLToPath(new URL("../corpus/labels/", import.meta.url));

export interface LabelledClause {
  section: "preamble" | "operative";
  path: string;
  text: string;
  binding: boolean;
  newBody: boolean;
  operational: boolean;
}

export interface LabelledDocument {
  slug: string;
  symbol?: string;
  organ: string;
  /** A separate measurement round (e.g. "fresh-2026-12"); absent for the development/held-out halves. */
  set?: string;
  clauses: LabelledClause[];
}

export type Half = "development" | "held-out";

/** FNV-1a of the slug: even → development, odd → held-out. */
export function halfOf(slug: string): Half {
  let h = 0x811c9dc5;
  for (const ch of slug) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "development" : "held-out";
}

/** The round a document is scored in: its `set`, or undefined for the development/held-out halves. */
export function setOf(d: Pick<LabelledDocument, "set">): string | undefined {
  return d.set;
}

export function loadCorpus(dir = labelsDir): LabelledDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as LabelledDocument);
}

/** Depth of an operative path: "3" → 0, "3(a)" → 1, "34(i)(a)" → 2. */
const depthOf = (path: string) => (path.match(/\(/g) ?? []).length;

/**
 * The document a labelled file describes, each clause with the id "c<index>" of its entry in
 * `clauses`, so findings map back to labels. Sub-clauses nest under the clause before them with a
 * smaller depth, as in the source.
 */
export function documentOf(d: LabelledDocument, committee: string): Node {
  const preamble: ClauseInput[] = [];
  const operative: ClauseInput[] = [];
  type Mutable = { text: string; id: string; sub?: Mutable[] };
  const stack: { depth: number; node: Mutable }[] = [];
  d.clauses.forEach((c, i) => {
    const node: Mutable = { text: c.text, id: `c${i}` };
    if (c.section === "preamble") {
      preamble.push(node);
      return;
    }
    const depth = Math.min(depthOf(c.path), 4);
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (depth === 0 || !parent) operative.push(node);
    else (parent.node.sub ??= []).push(node);
    stack.push({ depth: parent || depth === 0 ? depth : 0, node });
  });
  return createDocument({ heading: { committee }, preamble, operative });
}
