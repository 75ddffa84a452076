/** Everything bench/run.mjs needs from TypeScript in Node, loaded through Vite's runnerImport. */
import { exportDocx, importDocx } from "@clausewise/formats";
import { lintDocument } from "@clausewise/lint";
import { parseDocumentJSON } from "@clausewise/schema";
import { paperStats, realPaper, type TextSources } from "./documents.ts";

export { readSources, SEEDS_FILE } from "./corpus-files.ts";
export { measureLint, paperJSON } from "./lint-node.ts";
export { summarise } from "./stats.ts";
export { paperStats } from "./documents.ts";

/** Words a printed page of a working paper holds (A4, 12 pt, single-spaced paragraphs). */
export const WORDS_PER_PAGE = 500;

/**
 * A paper of about `pages` pages of real clauses as a .docx (made with exportDocx), and what a
 * correct reading of it must show: the findings of a fresh lint of the imported document.
 */
export async function docxPaper(sources: TextSources, pages: number) {
  const target = pages * WORDS_PER_PAGE;
  let operative = 50;
  let doc = realPaper(sources, { operative, preamble: 15, offset: 11 });
  // Grow in steps until the paper holds enough words (clauses differ widely in length).
  while (paperStats(doc).words < target) {
    operative = Math.ceil(operative * Math.max(1.05, target / paperStats(doc).words));
    doc = realPaper(sources, { operative, preamble: 15, offset: 11 });
  }
  const bytes = await exportDocx(doc);
  const imported = (await importDocx(bytes)).doc;
  return {
    bytes,
    stats: paperStats(doc),
    importedStats: paperStats(imported),
    expectedFindings: lintDocument(imported).length,
  };
}

/** Validates a paper's JSON the way the page will, so a broken paper fails before the browser. */
export function checkPaperJSON(json: unknown): void {
  parseDocumentJSON(json);
}
