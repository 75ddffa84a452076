/**
 * Working papers of real text for the benchmark: operative clauses (with their sub-clauses) and
 * preambular clauses cut from the labelled corpus in test/corpus/labels, optionally mixed with the
 * real sentences quoted in the seed research, repeated in corpus order until a paper has the number
 * of operative clauses asked for. Pure: the caller reads the files (see corpus-files.ts).
 */
import type { Node } from "prosemirror-model";
import { clauseModel, createDocument, type ClauseInput } from "@clausewise/schema";

export interface CorpusClause {
  section: "preamble" | "operative";
  /** `p3` in the preamble; `3`, `3(a)`, `34(i)(a)` in the operative part. */
  path: string;
  text: string;
}

export interface CorpusDocument {
  slug: string;
  clauses: CorpusClause[];
}

export interface TextSources {
  documents: CorpusDocument[];
  /** Real sentences used as further operative clauses (the seeds' quotations); may be empty. */
  sentences: string[];
}

interface Tree {
  text: string;
  sub: Tree[];
}

const parentPath = (path: string): string | null => {
  const m = /^(.*)\([^()]+\)$/.exec(path);
  return m ? m[1]! : null;
};

/** One corpus document's operative clauses as trees: `3(a)(ii)` under `3(a)` under `3`. */
export function operativeTrees(doc: CorpusDocument): Tree[] {
  const roots: Tree[] = [];
  const byPath = new Map<string, Tree>();
  for (const c of doc.clauses) {
    if (c.section !== "operative" || !c.text.trim()) continue;
    const node: Tree = { text: c.text.trim(), sub: [] };
    byPath.set(c.path, node);
    const parent = parentPath(c.path);
    const parentNode = parent === null ? undefined : byPath.get(parent);
    // A sub-clause whose paragraph is missing from a partial copy stands as a clause of its own.
    (parentNode ? parentNode.sub : roots).push(node);
  }
  return roots;
}

const toInput = (t: Tree): ClauseInput => (t.sub.length ? { text: t.text, sub: t.sub.map(toInput) } : t.text);

/** Every operative clause tree of the corpus, then the seed sentences, in a stable order. */
export function operativePool(sources: TextSources): ClauseInput[] {
  const pool = sources.documents.flatMap((d) => operativeTrees(d).map(toInput));
  for (const s of sources.sentences) pool.push(s);
  if (pool.length === 0) throw new Error("no operative clause text found in the corpus");
  return pool;
}

export function preamblePool(sources: TextSources): string[] {
  const pool = sources.documents.flatMap((d) => d.clauses.filter((c) => c.section === "preamble" && c.text.trim()).map((c) => c.text.trim()));
  if (pool.length === 0) throw new Error("no preambular clause text found in the corpus");
  return pool;
}

export interface PaperOptions {
  /** Top-level operative clauses (their corpus sub-clauses come along). */
  operative: number;
  /** Preambular clauses; default 12. */
  preamble?: number;
  /** Where in the pools to start, so papers of different sizes are not all the same opening. */
  offset?: number;
}

/** A Human Rights Council paper of real clauses. */
export function realPaper(sources: TextSources, options: PaperOptions): Node {
  const ops = operativePool(sources);
  const pre = preamblePool(sources);
  const offset = options.offset ?? 0;
  const take = <T>(pool: T[], n: number) => Array.from({ length: n }, (_, i) => pool[(offset + i) % pool.length]!);
  return createDocument({
    heading: { committee: "hrc", code: "A/HRC/BENCH/L.1", topic: "Benchmark paper of real resolution text" },
    preamble: take(pre, options.preamble ?? 12),
    operative: take(ops, options.operative),
  });
}

export interface PaperStats {
  operative: number;
  clauses: number;
  words: number;
  positions: number;
}

const countWords = (s: string) => (s.match(/\S+/g) ?? []).length;

/** Size of a paper: top-level operative clauses, all clauses, words of clause text, positions. */
export function paperStats(doc: Node): PaperStats {
  const model = clauseModel(doc);
  let words = 0;
  for (const c of model.clauses) words += countWords(c.text) + (c.continuation ? countWords(c.continuation.text) : 0);
  return {
    operative: model.clauses.filter((c) => c.section === "operative" && c.depth === 0).length,
    clauses: model.clauses.length,
    words,
    positions: doc.content.size,
  };
}
