/**
 * Commands and view functions: applying fixes, moving between findings, switching linting on and
 * off, changing the source, and flushing pending work.
 */
import { TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Diagnostic } from "@clausewise/lint";
import { lintPluginKey, documentLintTransaction, type LintAction } from "./state.ts";
import { diagnosticOfDecoration, getDiagnostics, originOf } from "./read.ts";
import { findFindings, recordOf } from "./decorations.ts";
import { lintViewOf } from "./plugin.ts";
import type { LintSource } from "./source.ts";

/**
 * The finding `d` as it is in `state` now, or null when it is gone or its text changed. A
 * diagnostic read earlier is found again through its record (its range mapped through every
 * edit since); failing that, by rule, clause, message and the text it covered.
 */
export function currentDiagnostic(state: EditorState, d: Diagnostic): Diagnostic | null {
  const value = lintPluginKey.getState(state);
  if (!value?.enabled) return null;
  const origin = originOf(d);
  if (origin) {
    const deco = findFindings(value.decorations).find((x) => recordOf(x) === origin.record);
    if (deco) {
      const now = diagnosticOfDecoration(state.doc, deco);
      if (now && state.doc.textBetween(now.from, now.to) === origin.text) return now;
      return null;
    }
  }
  const text = origin?.text;
  const candidates = getDiagnostics(state).filter(
    (x) =>
      x.ruleId === d.ruleId &&
      x.clause.id === d.clause.id &&
      x.part === d.part &&
      x.message === d.message &&
      x.fixes.length === d.fixes.length &&
      x.fixes.every((f, i) => f.label === d.fixes[i]!.label) &&
      (text === undefined ? x.offsets.start === d.offsets.start && x.offsets.end === d.offsets.end : state.doc.textBetween(x.from, x.to) === text),
  );
  if (candidates.length === 0) return null;
  // Several equal findings in one clause: the one nearest to where it was.
  return candidates.reduce((best, x) =>
    Math.abs(x.offsets.start - d.offsets.start) < Math.abs(best.offsets.start - d.offsets.start) ? x : best,
  );
}

/**
 * The transaction applying fix `fixIndex` of `d` (one transaction, so one undo step reverts it),
 * or null when the finding no longer exists as it was read, or has no such fix.
 */
export function fixTransaction(state: EditorState, d: Diagnostic, fixIndex: number): Transaction | null {
  const now = currentDiagnostic(state, d);
  const fix = now?.fixes[fixIndex];
  if (!now || !fix) return null;
  const tr = state.tr;
  const edits = [...fix.edits].sort((a, b) => a.from - b.from || a.to - b.to);
  for (const e of edits) {
    const from = tr.mapping.map(e.from, 1);
    const to = Math.max(from, tr.mapping.map(e.to, -1));
    if (e.insert) tr.insertText(e.insert, from, to);
    else if (to > from) tr.delete(from, to);
  }
  return tr.setMeta("clausewise-lint-fix", { ruleId: now.ruleId, label: fix.label }).scrollIntoView();
}

/**
 * Applies a fix of a finding. Returns false (and changes nothing) when the finding is gone or its
 * text changed since it was read.
 */
export function applyFix(view: EditorView, diagnostic: Diagnostic, fixIndex: number): boolean {
  const tr = fixTransaction(view.state, diagnostic, fixIndex);
  if (!tr) return false;
  view.dispatch(tr);
  return true;
}

/** Runs any pending lint work now (the debounced document rules) and returns every finding. */
export function lintNow(view: EditorView): readonly Diagnostic[] {
  const lv = lintViewOf(view);
  if (lv) return lv.flush();
  if (lintPluginKey.getState(view.state)?.documentStale) view.dispatch(documentLintTransaction(view.state));
  return getDiagnostics(view.state);
}

function dispatchAction(view: EditorView, action: LintAction): void {
  view.dispatch(view.state.tr.setMeta(lintPluginKey, action).setMeta("addToHistory", false));
}

/** Turns linting on (everything is linted again) or off (all findings removed, no more work). */
export function setLintEnabled(view: EditorView, on: boolean): void {
  dispatchAction(view, { type: "enable", on });
}

/** Replaces the lint source and re-lints everything. */
export function setLintSource(view: EditorView, source: LintSource): void {
  dispatchAction(view, { type: "source", source });
}

/** Re-lints everything with the current source, e.g. after `linter.setCommittee(id)`. */
export function relint(view: EditorView): void {
  dispatchAction(view, { type: "relint" });
}

function stepDiagnostic(direction: 1 | -1): Command {
  return (state, dispatch, view) => {
    const value = lintPluginKey.getState(state);
    if (!value?.enabled) return false;
    const all = findFindings(value.decorations).sort((a, b) => a.from - b.from || a.to - b.to);
    if (all.length === 0) return false;
    const { from, to } = state.selection;
    const after = (d: { from: number; to: number }) => d.from > from || (d.from === from && d.to > to);
    const before = (d: { from: number; to: number }) => d.from < from || (d.from === from && d.to < to);
    const target =
      direction === 1
        ? (all.find(after) ?? all[0]!)
        : ([...all].reverse().find(before) ?? all[all.length - 1]!);
    if (dispatch) {
      const tr = state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to)).scrollIntoView();
      dispatch(tr);
      if (view) lintViewOf(view)?.card?.showAtSelection("keyboard");
    }
    return true;
  };
}

/** Selects the next finding after the selection (wrapping around) and shows its card. F8. */
export const nextDiagnostic: Command = stepDiagnostic(1);

/** Selects the previous finding before the selection (wrapping around). Shift-F8. */
export const previousDiagnostic: Command = stepDiagnostic(-1);

/** Shows the card of the finding at the cursor and focuses its first fix. Mod-. */
export const openFindingCard: Command = (state, dispatch, view) => {
  const value = lintPluginKey.getState(state);
  if (!value?.enabled || !view) return false;
  const card = lintViewOf(view)?.card;
  if (!card) return false;
  if (dispatch) return card.showAtSelection("keyboard", true);
  return card.findingsAtSelection(state).length > 0;
};

/** Closes an open finding card. Escape (only when a card is open). */
export const closeFindingCard: Command = (_state, dispatch, view) => {
  const card = view ? lintViewOf(view)?.card : undefined;
  if (!card?.isOpen) return false;
  if (dispatch) card.hide();
  return true;
};
