/**
 * Full-document lint in Node on real text: words per second on a large paper and milliseconds
 * for a 150-clause paper. Each repetition lints a fresh copy of the document with a new engine
 * (lintDocument), so neither the clause cache nor any per-document memo carries over.
 */
import { schema } from "@clausewise/schema";
import { lintDocument } from "@clausewise/lint";
import type { Node } from "prosemirror-model";
import { paperStats, realPaper, type PaperStats, type TextSources } from "./documents.ts";
import { summarise, type Summary } from "./stats.ts";

export interface LintFigures {
  throughput: { paper: PaperStats; ms: Summary; wordsPerSecond: number; diagnostics: number };
  paper150: { paper: PaperStats; ms: Summary; diagnostics: number };
}

function timeLint(doc: Node, repetitions: number, warmup: number): { ms: Summary; diagnostics: number } {
  const json = doc.toJSON();
  const times: number[] = [];
  let diagnostics = -1;
  for (let i = 0; i < warmup + repetitions; i++) {
    const copy = schema.nodeFromJSON(json); // a new document: no memo keyed by the node survives
    const t0 = performance.now();
    const found = lintDocument(copy);
    const t1 = performance.now();
    if (diagnostics >= 0 && found.length !== diagnostics) {
      throw new Error(`lint is not deterministic: ${found.length} findings, then ${diagnostics}`);
    }
    diagnostics = found.length;
    if (i >= warmup) times.push(t1 - t0);
  }
  return { ms: summarise(times), diagnostics };
}

export function measureLint(sources: TextSources, options: { repetitions: number; warmup: number }): LintFigures {
  // The throughput paper: every operative clause of the corpus and every seed sentence (about 1,000 operative clauses).
  const big = realPaper(sources, { operative: 1000, preamble: 40 });
  const small = realPaper(sources, { operative: 150, preamble: 12, offset: 37 });
  const bigStats = paperStats(big);
  const throughput = timeLint(big, options.repetitions, options.warmup);
  const paper150 = timeLint(small, options.repetitions, options.warmup);
  if (throughput.diagnostics === 0) throw new Error("the throughput paper produced no findings: the rules did not run");
  return {
    throughput: { paper: bigStats, ms: throughput.ms, wordsPerSecond: bigStats.words / (throughput.ms.median / 1000), diagnostics: throughput.diagnostics },
    paper150: { paper: paperStats(small), ms: paper150.ms, diagnostics: paper150.diagnostics },
  };
}

/** The keystroke and .docx papers, as JSON for the browser. */
export function paperJSON(sources: TextSources, operative: number, offset = 0): { json: unknown; stats: PaperStats } {
  const doc = realPaper(sources, { operative, preamble: 12, offset });
  return { json: doc.toJSON(), stats: paperStats(doc) };
}
