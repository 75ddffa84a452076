/**
 * A rough words-per-second figure for a full lint in Node: the corpus documents linted repeatedly
 * with a fresh linter each time (no cache hits), after a warm-up. Counted per CPU-second of this
 * process, which is less distorted than wall-clock time on a shared, busy machine; the load
 * average is reported with it. Reported, never asserted (`pnpm bench` is the real benchmark).
 */
import { Linter } from "@clausewise/lint";
import type { Node } from "prosemirror-model";

export function wordsPerSecond(docs: Node[], minMillis = 3000): number {
  const words = docs.reduce((n, d) => n + (d.textContent.match(/\S+/g)?.length ?? 0), 0);
  for (const d of docs) new Linter({ committee: "hrc" }).lint(d); // warm-up
  let rounds = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < minMillis) {
    for (const d of docs) new Linter({ committee: "hrc" }).lint(d);
    rounds++;
  }
  const used = process.cpuUsage(cpu);
  return (words * rounds) / ((used.user + used.system) / 1e6);
}
