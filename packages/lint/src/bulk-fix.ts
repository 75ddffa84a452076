/**
 * Which fixes may be applied together without a person choosing each ("fix all" in the editor,
 * `clausewise lint --fix`), and how one pass of them is chosen. Pure: the caller applies the
 * edits (to a ProseMirror document or to a file) and lints again between passes.
 */
import type { Diagnostic, Category } from "./diagnostic.ts";

export type FixEdit = Diagnostic["fixes"][number]["edits"][number];

/**
 * Categories whose fixes are mechanical (capitals, punctuation, a term's spelling, a citation's
 * date), so they may be applied together. Mandate fixes change what a clause asks for, and are
 * applied one at a time, by the delegate.
 */
export const BULK_FIX_CATEGORIES: readonly Category[] = ["format", "style"];

/**
 * Rules whose fix depends on the clauses around it: "Also requests" after "Requests" is right
 * once, but applied to a run of ten "Requests" it writes nine "Also requests", each a new finding.
 */
const ONE_AT_A_TIME = new Set(["style/repeated-opening"]);

/**
 * Rules whose fix softens what a clause asks for, as a mandate fix does ("Demands" reserved to the
 * Security Council becomes "Strongly urges"): in a bulk fix it would clear the mandate finding on
 * the same words without the delegate choosing, so it too is applied one at a time.
 */
const CHANGES_WHAT_IS_ASKED = new Set(["style/reserved-phrase"]);

/**
 * Passes after which bulk fixing stops even if fixes keep coming: the acronym rule reports one
 * "UN" per paper, so a paper with more than this many takes another run.
 */
export const MAX_FIX_PASSES = 24;

/** Whether a bulk fix applies this finding's (first) fix. */
export function fixableInBulk(d: Diagnostic, categories: readonly Category[] = BULK_FIX_CATEGORIES): boolean {
  return d.fixes.length > 0 && d.fixes[0]!.edits.length > 0 && categories.includes(d.category) && !ONE_AT_A_TIME.has(d.ruleId) && !CHANGES_WHAT_IS_ASKED.has(d.ruleId);
}

/**
 * The findings one pass fixes, in the order given: each fixable finding whose first fix does not
 * overlap the fix of one taken before it (two insertions at one point overlap too). The rest wait
 * for the next pass, after the text has been linted again.
 */
export function bulkFixPass(diagnostics: readonly Diagnostic[], categories: readonly Category[] = BULK_FIX_CATEGORIES): Diagnostic[] {
  const taken: { from: number; to: number }[] = [];
  const chosen: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!fixableInBulk(d, categories)) continue;
    const edits = d.fixes[0]!.edits;
    const from = Math.min(...edits.map((e) => e.from));
    const to = Math.max(...edits.map((e) => e.to));
    if (taken.some((t) => (from < t.to && t.from < to) || (from === to && t.from === t.to && from === t.from))) continue;
    taken.push({ from, to });
    chosen.push(d);
  }
  return chosen;
}
