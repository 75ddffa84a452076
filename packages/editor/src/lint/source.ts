/**
 * What the lint plugin needs from a rule engine. `Linter` from @clausewise/lint satisfies it as is;
 * tests pass fake sources, and a worker-backed engine could sit behind the same shape later.
 */
import type { Node } from "prosemirror-model";
import type { ClauseInfo, ClauseModel } from "@clausewise/schema";
import type { Diagnostic } from "@clausewise/lint";

export interface LintSource {
  /**
   * The clause rules' findings on one clause, positioned from the clause's current `textFrom`
   * and `continuation.from`. The plugin passes a partial model: the document heading and, in
   * `clauses`, only the clause's ancestors and the clause itself (all a clause rule may read).
   */
  clauseDiagnostics(model: ClauseModel, clause: ClauseInfo): Diagnostic[];
  /** The document rules' findings (numbering, sequences, acronyms) over the whole clause model. */
  documentDiagnostics(model: ClauseModel): Diagnostic[];
  /** Every finding on a document: clause and document rules. Used by the naive baseline. */
  lint(doc: Node): Diagnostic[];
}
