/**
 * The mandate quote to show apart from a finding's explanation, or null. The mandate rules'
 * explanations end with the same quote and source, so a card or report that printed both would
 * make a delegate read it twice. Its own module, free of zod: the editor's bundle imports it.
 */
import type { Diagnostic } from "./diagnostic.ts";

export function separateMandateQuote(d: Pick<Diagnostic, "explanation" | "mandate">): Diagnostic["mandate"] {
  return d.mandate && !d.explanation.includes(d.mandate.quote) ? d.mandate : null;
}
