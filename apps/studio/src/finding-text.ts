/** What the studio prints under a finding, besides its message. */
import type { Diagnostic } from "@clausewise/lint";

/**
 * The mandate text to quote under a finding's explanation, or null: the mandate rules' explanations
 * already end with the same quote and source, and a delegate should not read it twice.
 */
export function separateMandateQuote(d: Pick<Diagnostic, "explanation" | "mandate">): Diagnostic["mandate"] {
  return d.mandate && !d.explanation.includes(d.mandate.quote) ? d.mandate : null;
}

/** The fixes a finding offers, as a delegate reads them in the feedback report ("Replace … with …"). */
export function fixLabels(d: Pick<Diagnostic, "fixes">): string[] {
  return [...new Set(d.fixes.map((f) => f.label))];
}
