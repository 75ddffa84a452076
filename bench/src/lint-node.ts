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
  throughput: { paper: PaperStats; ms: Summary; cpuMs: Summary; wordsPerSecond: number; wordsPerCpuSecond: number; diagnostics: number };
  paper150: { paper: PaperStats; ms: Summary; cpuMs: Summary; diagnostics: number };
}

/**
 * Wall-clock time is the figure; the process's CPU time (user + system, GC threads included) is
 * kept beside it because on a shared machine the wall clock also counts other processes' turns.
 */
function timeLint(doc: Node, repetitions: number, warmup: number): { ms: Summary; cpuMs: Summary; diagnostics: number } {
  const json = doc.toJSON();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let diagnostics = -1;
  for (let i = 0; i < warmup + repetitions; i++) {
    const copy = schema.nodeFromJSON(json); // a new document: no memo keyed by the node survives
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const found = lintDocument(copy);
    const t1 = performance.now();
    const cpu = process.cpuUsage(c0);
    if (i >= warmup) cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (diagnostics >= 0 && found.length !== diagnostics) {
      throw new Error(`lint is not deterministic: ${found.length} findings, then ${diagnostics}`);
    }
    diagnostics = found.length;
    if (i >= warmup) times.push(t1 - t0);
  }
  return { ms: summarise(times), cpuMs: summarise(cpuTimes), diagnostics };
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
    throughput: {
      paper: bigStats,
      ms: throughput.ms,
      cpuMs: throughput.cpuMs,
      wordsPerSecond: bigStats.words / (throughput.ms.median / 1000),
      wordsPerCpuSecond: bigStats.words / (throughput.cpuMs.median / 1000),
      diagnostics: throughput.diagnostics,
    },
    paper150: { paper: paperStats(small), ms: paper150.ms, cpuMs: paper150.cpuMs, diagnostics: paper150.diagnostics },
  };
}

/** The keystroke and .docx papers, as JSON for the browser. */
export function paperJSON(sources: TextSources, operative: number, offset = 0): { json: unknown; stats: PaperStats } {
  const doc = realPaper(sources, { operative, preamble: 12, offset });
  return { json: doc.toJSON(), stats: paperStats(doc) };
}
