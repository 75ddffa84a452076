/**
 * A rough words-per-second figure for a full lint in Node: the corpus documents linted repeatedly
 * with a fresh linter each time (no cache hits), after a warm-up. Reported, never asserted.
 */
import { Linter } from "@clausewise/lint";
import type { Node } from "prosemirror-model";

export function wordsPerSecond(docs: Node[], minMillis = 1500): number {
  const words = docs.reduce((n, d) => n + (d.textContent.match(/\S+/g)?.length ?? 0), 0);
  for (const d of docs) new Linter({ committee: "hrc" }).lint(d); // warm-up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < minMillis) {
    for (const d of docs) new Linter({ committee: "hrc" }).lint(d);
    rounds++;
  }
  return (words * rounds) / ((performance.now() - start) / 1000);
}
