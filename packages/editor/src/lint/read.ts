/**
 * Reading findings out of the plugin state. Clause refs (index, path) and offsets are derived
 * here, lazily, from where each decoration sits now, so edits that renumber clauses cost nothing
 * per keystroke and reads are always current. Results are memoised per plugin state.
 */
import type { EditorState } from "prosemirror-state";
import type { Node } from "prosemirror-model";
import type { Decoration } from "prosemirror-view";
import type { Diagnostic } from "@clausewise/lint";
import { clauseAt } from "@clausewise/schema";
import { lintPluginKey, type LintPluginState } from "./state.ts";
import { findFindings, recordOf } from "./decorations.ts";
import { toDiagnostic, type FindingRecord } from "./record.ts";
import { clauseByPos, clausePosOfTextPos } from "./model-cache.ts";

/** What a returned Diagnostic was read from: lets applyFix find it again after later edits. */
export interface DiagnosticOrigin {
  record: FindingRecord;
  /** The text the finding covered when it was read. */
  text: string;
}

const origins = new WeakMap<Diagnostic, DiagnosticOrigin>();
const memo = new WeakMap<LintPluginState, readonly Diagnostic[]>();

export function originOf(d: Diagnostic): DiagnosticOrigin | undefined {
  return origins.get(d);
}

/**
 * The diagnostic a finding decoration shows, in `doc` as it is now. One at a time (the card, a
 * fix) the clause is described from its path alone, O(depth); `bulk` reads use the whole
 * document's clause model, derived once per document.
 */
export function diagnosticOfDecoration(doc: Node, deco: Decoration, bulk = false): Diagnostic | null {
  const record = recordOf(deco);
  const clausePos = clausePosOfTextPos(doc, deco.from);
  const clause = clausePos === null ? undefined : bulk ? clauseByPos(doc, clausePos) : clauseAt(doc, clausePos)?.clause;
  if (!record || !clause) return null;
  const d = toDiagnostic(record, clause, deco.from, deco.to);
  origins.set(d, { record, text: doc.textBetween(deco.from, deco.to) });
  return d;
}

const compare = (a: [Diagnostic, FindingRecord], b: [Diagnostic, FindingRecord]) =>
  a[0].from - b[0].from ||
  a[0].to - b[0].to ||
  (a[0].ruleId < b[0].ruleId ? -1 : a[0].ruleId > b[0].ruleId ? 1 : 0) ||
  (a[1].scope === b[1].scope ? 0 : a[1].scope === "clause" ? -1 : 1) ||
  a[1].seq - b[1].seq;

/**
 * Every current finding, sorted as the engine sorts (position, then rule id), with positions,
 * offsets, clause refs and fix edits for `state.doc`. Between a keystroke and the debounced
 * document lint, document-rule findings are the previous run's, mapped through the edits.
 */
export function getDiagnostics(state: EditorState): readonly Diagnostic[] {
  const value = lintPluginKey.getState(state);
  if (!value || !value.enabled) return [];
  const cached = memo.get(value);
  if (cached) return cached;
  const pairs: [Diagnostic, FindingRecord][] = [];
  for (const deco of findFindings(value.decorations)) {
    const d = diagnosticOfDecoration(state.doc, deco, true);
    if (d) pairs.push([d, recordOf(deco)!]);
  }
  const list = Object.freeze(pairs.sort(compare).map((p) => p[0]));
  memo.set(value, list);
  return list;
}

/** The current findings grouped by clause id, in document order. */
export function getDiagnosticsByClause(state: EditorState): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of getDiagnostics(state)) {
    const list = out.get(d.clause.id);
    if (list) list.push(d);
    else out.set(d.clause.id, [d]);
  }
  return out;
}

/** True while document rules have not run on the current document (a debounce is pending). */
export function isLintPending(state: EditorState): boolean {
  return lintPluginKey.getState(state)?.documentStale ?? false;
}
