/** What the studio prints under a finding, besides its message. */
import type { Diagnostic } from "@clausewise/lint";

// Shared with the editor's card: a mandate quote is shown once.
export { separateMandateQuote } from "@clausewise/lint";

/** The fixes a finding offers, as a delegate reads them in the feedback report ("Replace … with …"). */
export function fixLabels(d: Pick<Diagnostic, "fixes">): string[] {
  return [...new Set(d.fixes.map((f) => f.label))];
}
