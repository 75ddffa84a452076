/**
 * Commands and view functions: applying fixes, moving between findings, switching linting on and
 * off, changing the source, and flushing pending work.
 */
import { TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { bulkFixPass, fixableInBulk, MAX_FIX_PASSES, BULK_FIX_CATEGORIES, type Diagnostic, type FixEdit } from "@clausewise/lint";
import { lintPluginKey, documentLintTransaction, type LintAction } from "./state.ts";
import { diagnosticOfDecoration, getDiagnostics, originOf } from "./read.ts";
import { findFindings, recordOf } from "./decorations.ts";
import { lintViewOf } from "./plugin.ts";
import type { LintSource } from "./source.ts";
import { commentRanges, commentsAtSelection } from "./comment-marks.ts";

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
 * Applies non-overlapping edits made against `tr.doc`, from the last to the first, so each edit's
 * positions are still those of the text it was made against (no mapping: mapping every edit
 * through the steps before it was quadratic, 17 s for 6,700 fixes in a 5,000-clause paper).
 * An insertion at the start of a replaced range comes before the replacement, as typed.
 */
function withEdits(tr: Transaction, edits: readonly FixEdit[]): Transaction {
  for (const e of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
    if (e.insert) tr.insertText(e.insert, e.from, e.to);
    else if (e.to > e.from) tr.delete(e.from, e.to);
  }
  return tr;
}

/**
 * The transaction applying fix `fixIndex` of `d` (one transaction, so one undo step reverts it),
 * or null when the finding no longer exists as it was read, or has no such fix.
 */
export function fixTransaction(state: EditorState, d: Diagnostic, fixIndex: number): Transaction | null {
  const now = currentDiagnostic(state, d);
  const fix = now?.fixes[fixIndex];
  if (!now || !fix) return null;
  const tr = withEdits(state.tr, fix.edits);
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

/**
 * One transaction (one undo step) applying the first fix of every finding in `categories` that
 * has one (but repeated openings). It runs in passes, re-linting between them: fixes that overlap
 * one already taken come in the next pass, and so do findings a document rule reports one at a
 * time ("UN" written in full at its first use makes the next "UN" the first). `left` counts what
 * is still fixable after the last pass (0 unless fixes keep making findings).
 */
export function fixAllTransaction(
  state: EditorState,
  categories: readonly Diagnostic["category"][] = BULK_FIX_CATEGORIES,
): { tr: Transaction; applied: number; left: number } | null {
  // Each pass is a transaction on the state the passes before it made. One pass's transaction is
  // the result as it is; the steps of several are replayed into one on `state` (one undo step). A
  // transaction already applied is never added to: plugins may keep what they read of it.
  const passes: Transaction[] = [];
  let applied = 0;
  let current = state;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = bulkFixPass(getDiagnostics(current), categories);
    if (chosen.length === 0) break;
    const passTr = withEdits(current.tr, chosen.flatMap((d) => d.fixes[0]!.edits));
    passes.push(passTr);
    applied += chosen.length;
    const next = current.apply(passTr);
    current = lintPluginKey.getState(next)?.documentStale ? next.apply(documentLintTransaction(next)) : next;
  }
  if (passes.length === 0) return null;
  let tr = passes[0]!;
  if (passes.length > 1) {
    tr = state.tr;
    for (const p of passes) for (const step of p.steps) tr.step(step);
  }
  const left = getDiagnostics(current).filter((d) => fixableInBulk(d, categories)).length;
  return { tr: tr.setMeta("clausewise-lint-fix", { all: true, applied }), applied, left };
}

/**
 * Applies every format and style fix at once (the document rules run first, so their findings are
 * current). Returns how many findings were fixed and how many fixable ones are left.
 */
export function applyAllFixes(
  view: EditorView,
  categories: readonly Diagnostic["category"][] = BULK_FIX_CATEGORIES,
): { applied: number; left: number } {
  if (!view.editable) return { applied: 0, left: 0 };
  lintNow(view);
  const result = fixAllTransaction(view.state, categories);
  if (!result) return { applied: 0, left: 0 };
  view.dispatch(result.tr);
  return { applied: result.applied, left: result.left };
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

/**
 * Focuses the view with its selection shown. ProseMirror's `view.focus()` leaves a read-only view
 * alone (and does not draw its selection until the DOM selection is inside it): such a view's
 * text is focused and its DOM selection set here.
 */
export function focusView(view: EditorView): void {
  if (view.editable) return view.focus();
  const dom = view.dom as HTMLElement;
  dom.focus({ preventScroll: true });
  const { from, to } = view.state.selection;
  const start = view.domAtPos(from);
  const end = view.domAtPos(to);
  dom.ownerDocument.getSelection()?.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
}

/** Selects from–to, focuses the view (a read-only one too) and scrolls the selection into view. */
export function selectInView(view: EditorView, from: number, to: number): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
  focusView(view);
  // ProseMirror scrolls to the selection only while the DOM selection is inside the editor.
  view.dispatch(view.state.tr.scrollIntoView());
}

/**
 * What choosing a finding in a list does: selects its text, scrolls it into view, focuses the
 * editor and opens the finding's card (in a read-only view too), so its fixes are a click or
 * Mod-. away. The finding is looked up in the current state (currentDiagnostic); with `stale`,
 * one no longer found there is still selected where it was. False when there is nothing to select.
 */
export function revealDiagnostic(view: EditorView, d: Diagnostic, stale = false): boolean {
  const now = currentDiagnostic(view.state, d) ?? (stale ? d : null);
  if (!now || now.to > view.state.doc.content.size) return false;
  selectInView(view, now.from, now.to);
  lintViewOf(view)?.card?.showAtSelection("keyboard");
  return true;
}

function stepDiagnostic(direction: 1 | -1): Command {
  return (state, dispatch, view) => {
    const value = lintPluginKey.getState(state);
    if (!value) return false;
    // Findings and reviewers' comments alike: a read-only paper's comments are reached this way.
    const all = [...(value.enabled ? findFindings(value.decorations) : []), ...commentRanges(state.doc)].sort((a, b) => a.from - b.from || a.to - b.to);
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

/** Selects the next finding or comment after the selection (wrapping around) and shows its card. F8. */
export const nextDiagnostic: Command = stepDiagnostic(1);

/** Selects the previous finding or comment before the selection (wrapping around). Shift-F8. */
export const previousDiagnostic: Command = stepDiagnostic(-1);

/** Shows the card of the finding (or comment) at the cursor and focuses its first fix. Mod-. */
export const openFindingCard: Command = (state, dispatch, view) => {
  const card = view ? lintViewOf(view)?.card : undefined;
  if (!card) return false;
  if (dispatch) return card.showAtSelection("keyboard", true);
  return card.findingsAtSelection(state).length + commentsAtSelection(state).length > 0;
};

/** Closes an open finding card. Escape (only when a card is open). */
export const closeFindingCard: Command = (_state, dispatch, view) => {
  const card = view ? lintViewOf(view)?.card : undefined;
  if (!card?.isOpen) return false;
  if (dispatch) card.hide();
  return true;
};
