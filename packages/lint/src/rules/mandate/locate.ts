/** Maps spans of a clause reading back to the clause's own textblocks, and builds fixes. */
import type { ClauseEdit, Finding } from "../../rule.ts";
import type { ClauseReading } from "./reading.ts";

export interface Located {
  part: "text" | "continuation";
  start: number;
  end: number;
}

/** The clause-relative place of reading[start, end), or null when it lies in an ancestor. */
export function locate(r: ClauseReading, start: number, end: number): Located | null {
  if (start < r.ownStart) return null;
  if (start >= r.continuationStart && r.continuationStart < r.text.length) {
    return { part: "continuation", start: start - r.continuationStart, end: end - r.continuationStart };
  }
  const ownEnd = Math.min(end, r.continuationStart);
  return { part: "text", start: start - r.ownStart, end: Math.max(ownEnd, start) - r.ownStart };
}

/** An edit replacing reading[start, end), in the clause's coordinates. */
export function edit(r: ClauseReading, start: number, end: number, insert: string): ClauseEdit | null {
  const at = locate(r, start, end);
  return at ? { ...at, insert } : null;
}

/** The replacement written with the original's initial case ("Demands" → "Strongly urges"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  const upper = first !== first.toLowerCase();
  return (upper ? replacement.charAt(0).toUpperCase() : replacement.charAt(0).toLowerCase()) + replacement.slice(1);
}

/**
 * A labelled one-edit fix, or nothing when the edit would touch an ancestor. A preamble recording
 * the committee's act ("Having decided to deploy …") gets none: the fixes write operative clauses
 * ("Recommends that …"), which a preamble cannot hold; its finding says what to do instead.
 */
export function fix(r: ClauseReading, label: string, start: number, end: number, insert: string): Finding["fixes"] {
  if (r.preambularAct) return [];
  const e = edit(r, start, end, insert);
  return e ? [{ label, edits: [e] }] : [];
}

export const quoteOf = (q: { quote: string; source: string }) => `"${q.quote}" (${q.source})`;
