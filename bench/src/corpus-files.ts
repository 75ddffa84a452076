/**
 * Reads the benchmark's text sources from disk (Node only): the labelled corpus of real UN
 * resolutions in test/corpus/labels, and the real sentences quoted in §3 of the seed research
 * (/work/shared/research/seeds.md), when that file is present on this machine.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusDocument, TextSources } from "./documents.ts";

export const SEEDS_FILE = "/work/shared/research/seeds.md";

export function readCorpus(root: string): CorpusDocument[] {
  const dir = join(root, "test/corpus/labels");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`no labelled corpus documents in ${dir}`);
  return files.map((f) => {
    const json = JSON.parse(readFileSync(join(dir, f), "utf8")) as { slug?: string; clauses?: CorpusDocument["clauses"] };
    if (!Array.isArray(json.clauses)) throw new Error(`${f}: no clauses array`);
    return { slug: json.slug ?? f, clauses: json.clauses };
  });
}

/**
 * The numbered quotations of §3a-3c ("1. "…" — *000 L917* — …"), without their closing period.
 * Returns [] when the seed research is not on this machine.
 */
export function readSeedSentences(file = SEEDS_FILE): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("## 3.");
  const end = text.indexOf("### 3d", start);
  if (start < 0 || end < 0) return [];
  const out: string[] = [];
  for (const line of text.slice(start, end).split("\n")) {
    const m = /^\d+\. "(.+)" — \*/.exec(line);
    if (m) out.push(m[1]!.replace(/\*/g, "").replace(/[.;,]$/, ""));
  }
  return out;
}

export function readSources(root: string, withSeeds: boolean): TextSources {
  return { documents: readCorpus(root), sentences: withSeeds ? readSeedSentences() : [] };
}
