/**
 * Lints a paper given as JSON. Shared by the worker and the main-thread fallback. A heading naming
 * a committee the rulebook does not know is linted as the General Assembly and says so, rather than
 * showing no findings at all.
 */
import { parseDocumentJSON } from "@clausewise/schema";
import { lintDocument, UnknownCommitteeError, DEFAULT_COMMITTEE, type Diagnostic } from "@clausewise/lint";

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Set when the committee was unknown and the default was used. */
  notice: string | null;
}

export function lintJSON(json: unknown, committee?: string): LintResult {
  const doc = parseDocumentJSON(json);
  // A paper that names no committee is checked against the plenary's mandate: the panel says so,
  // or a director reading the findings would take them for the committee's own.
  if (!committee && !String(doc.firstChild?.attrs.committee ?? "").trim()) {
    return {
      diagnostics: lintDocument(doc, { committee: DEFAULT_COMMITTEE }),
      notice: "The paper names no committee: checked against the General Assembly's mandate.",
    };
  }
  try {
    return { diagnostics: lintDocument(doc, committee ? { committee } : {}), notice: null };
  } catch (error) {
    if (!(error instanceof UnknownCommitteeError)) throw error;
    return {
      diagnostics: lintDocument(doc, { committee: DEFAULT_COMMITTEE }),
      notice: `Unknown committee "${error.committee}": checked against the General Assembly's mandate.`,
    };
  }
}
