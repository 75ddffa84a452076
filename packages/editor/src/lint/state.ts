/**
 * The lint plugin's state and its reducer: what is recomputed on which transaction.
 *
 * - A keystroke (text typed or deleted inside one textblock): the decoration set is mapped through
 *   the change and the clause typed in is re-linted; only its own clause-rule decorations are
 *   replaced. Its sub-clauses' findings read its text too ("Requests the Secretary-General to:" +
 *   "(a) establish a fund"), but re-linting them on every character was most of a keystroke's
 *   lint (0.25-0.3 ms of ~0.35 ms for a chapeau with ten sub-clauses in Chromium), so the clause
 *   is remembered and its sub-clauses are re-linted once, with the document rules, when typing
 *   pauses. Document rules are marked stale, not run.
 * - Any other change (Enter, paste, a fix, undo): the clauses the steps touched (see touched.ts)
 *   are re-linted with their subtrees, and so are the remembered clauses' subtrees.
 * - A `document` action (the debounce or lintNow): the remembered clauses' subtrees are re-linted,
 *   the document rules run over the clause model, and their decorations are replaced.
 * - Enabling, a new source, `relint`, or a committee change in the heading: everything is
 *   recomputed.
 */
import type { Node } from "prosemirror-model";
import { PluginKey, type EditorState, type Transaction } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { clauseAt, organLineFor, type ClauseInfo, type ClauseModel, type HeadingAttrs } from "@clausewise/schema";
import type { Diagnostic } from "@clausewise/lint";
import type { LintSource } from "./source.ts";
import { toRecord, type FindingRecord } from "./record.ts";
import { findingDecoration, findFindings, recordOf } from "./decorations.ts";
import { outermostClauseAt, outermostRoots, touchedClauseRoots } from "./touched.ts";
import { typedTextblock } from "../plugins/changed-ranges.ts";
import { clauseByPos, clausePosOfTextPos, modelOf } from "./model-cache.ts";
import { REBUILD_ABOVE_STEPS, mapDecorations } from "../plugins/map-decorations.ts";

export interface LintPluginState {
  readonly enabled: boolean;
  readonly source: LintSource;
  /** Every finding, as decorations carrying their records (see decorations.ts). */
  readonly decorations: DecorationSet;
  /**
   * True while the document rules have not run on the current document, or `deferred` is not
   * empty: while findings are not settled.
   */
  readonly documentStale: boolean;
  /**
   * Positions of clauses typed in since the findings last settled whose sub-clauses have not been
   * re-linted since (outermost or not: see settleDeferred).
   */
  readonly deferred: readonly number[];
  /** Increases with every change to the document or to the findings. */
  readonly version: number;
}

/** Actions carried as the plugin key's transaction meta. */
export type LintAction =
  | { type: "document"; doc: Node; findings: PlacedFinding[] }
  | { type: "enable"; on: boolean }
  | { type: "source"; source: LintSource }
  | { type: "relint" };

/** A record with the range it covers in a given document. */
export interface PlacedFinding {
  record: FindingRecord;
  from: number;
  to: number;
}

/**
 * Where errors thrown by a lint source go (an unknown committee in the heading, a faulty rule).
 * Linting runs inside ProseMirror's transaction handling, where a throw would lose the delegate's
 * keystroke, so the failing clause or document lint reports nothing and the error is handed here.
 */
export let lintErrorHandler: (error: unknown) => void = (error) => console.error("clausewise lint:", error);

/** Replaces the handler of lint source errors (tests, hosts with their own error reporting). */
export function setLintErrorHandler(handler: (error: unknown) => void): void {
  lintErrorHandler = handler;
}

function guarded(run: () => Diagnostic[]): Diagnostic[] {
  try {
    return run();
  } catch (error) {
    lintErrorHandler(error);
    return [];
  }
}

export const lintPluginKey = new PluginKey<LintPluginState>("clausewise-lint");

export function initialState(doc: Node, source: LintSource, enabled = true): LintPluginState {
  return enabled ? fullState(doc, source, 0) : { enabled, source, decorations: DecorationSet.empty, documentStale: false, deferred: [], version: 0 };
}

export function applyTransaction(tr: Transaction, value: LintPluginState): LintPluginState {
  const action = tr.getMeta(lintPluginKey) as LintAction | undefined;
  if (action) return applyAction(tr, value, action);
  if (!value.enabled || !tr.docChanged) return value;
  if (committeeOf(tr.before) !== committeeOf(tr.doc)) return fullState(tr.doc, value.source, value.version + 1);
  // Mapping every finding through thousands of steps ("fix all" in a compilation: 6,700 steps)
  // costs more than linting the paper afresh (1.4 s against ~0.1 s at 5,000 clauses).
  if (tr.steps.length > REBUILD_ABOVE_STEPS) return fullState(tr.doc, value.source, value.version + 1);
  const mapped = mapDecorations(value.decorations, tr);
  if (typedTextblock(tr)) {
    // Typing inside a textblock moves clause nodes but never removes one: positions map as they are.
    const deferred = value.deferred.map((pos) => tr.mapping.map(pos, 1));
    let decorations = mapped;
    for (const root of touchedClauseRoots(tr)) {
      const withSubclauses = hasSubclauses(tr.doc.nodeAt(root)!);
      decorations = relintClauses(decorations, tr.doc, [root], value.source, withSubclauses ? "own" : "subtree").decorations;
      if (withSubclauses && !deferred.includes(root)) deferred.push(root);
    }
    return { ...value, decorations, documentStale: true, deferred, version: value.version + 1 };
  }
  const { decorations } = relintClauses(mapped, tr.doc, touchedClauseRoots(tr), value.source);
  // A structural change may move or re-parent the remembered clauses: their subtrees now.
  const settled = settleDeferred(decorations, tr.doc, remapDeferred(value.deferred, tr), value.source);
  return { ...value, decorations: settled, documentStale: true, deferred: [], version: value.version + 1 };
}

const hasSubclauses = (clause: Node) => clause.childCount > 1 && clause.child(1).type.name === "subclause";

/**
 * The remembered clauses' positions after a change of any kind. A position that no longer starts
 * a clause (its clause was joined into another or deleted) stands for the top-level clause around
 * it, so whatever sub-clauses moved with the change are re-linted all the same.
 */
function remapDeferred(deferred: readonly number[], tr: Transaction): number[] {
  const out: number[] = [];
  for (const pos of deferred) {
    const mapped = tr.mapping.map(pos, 1);
    if (tr.doc.nodeAt(mapped)?.type.name.endsWith("clause")) out.push(mapped);
    else {
      const top = outermostClauseAt(tr.doc, Math.min(mapped, tr.doc.content.size));
      if (top !== null) out.push(top);
    }
  }
  return out;
}

/**
 * The ranges whose clause-rule findings wait for typing to pause: the sub-clauses of the clauses
 * typed in since the findings last settled. Everywhere else they are current after every
 * transaction.
 */
export function deferredRanges(state: EditorState): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (const pos of lintPluginKey.getState(state)?.deferred ?? []) {
    let childPos = pos + 1;
    state.doc.nodeAt(pos)!.forEach((child) => {
      if (child.type.name === "subclause") ranges.push({ from: childPos, to: childPos + child.nodeSize });
      childPos += child.nodeSize;
    });
  }
  return ranges;
}

/** Re-lints the subtrees of the remembered clauses (one pass per outermost one). */
function settleDeferred(decorations: DecorationSet, doc: Node, deferred: readonly number[], source: LintSource): DecorationSet {
  if (deferred.length === 0) return decorations;
  return relintClauses(decorations, doc, outermostRoots(doc, deferred), source).decorations;
}

function applyAction(tr: Transaction, value: LintPluginState, action: LintAction): LintPluginState {
  switch (action.type) {
    case "enable":
      if (action.on === value.enabled) return value;
      return action.on
        ? fullState(tr.doc, value.source, value.version + 1)
        : { ...value, enabled: false, decorations: DecorationSet.empty, documentStale: false, deferred: [], version: value.version + 1 };
    case "source":
      return value.enabled
        ? fullState(tr.doc, action.source, value.version + 1)
        : { ...value, source: action.source };
    case "relint":
      return value.enabled ? fullState(tr.doc, value.source, value.version + 1) : value;
    case "document": {
      // Results computed for another document (the user typed meanwhile) are dropped; the
      // debounce runs again for the current one.
      if (!value.enabled || action.doc !== tr.doc) return value;
      // A meta-only transaction: the document and so the remembered positions are unchanged.
      const decorations = settleDeferred(value.decorations, tr.doc, value.deferred, value.source);
      const old = findFindings(decorations, undefined, undefined, "document");
      const { remove, add } = reconcile(old, action.findings);
      return {
        ...value,
        decorations: remove.length || add.length ? decorations.remove(remove).add(tr.doc, add) : decorations,
        documentStale: false,
        deferred: [],
        version: value.version + 1,
      };
    }
  }
}

const committeeOf = (doc: Node) => (doc.firstChild?.attrs as HeadingAttrs | undefined)?.committee;

/** Everything linted from scratch: every clause, and the document rules. */
function fullState(doc: Node, source: LintSource, version: number): LintPluginState {
  const model = modelOf(doc);
  const decorations: Decoration[] = [];
  for (const clause of model.clauses) {
    guarded(() => source.clauseDiagnostics(model, clause)).forEach((d, i) => {
      decorations.push(findingDecoration(toRecord(d, clause, "clause", i), d.from, d.to));
    });
  }
  for (const f of documentFindings(doc, source)) decorations.push(findingDecoration(f.record, f.from, f.to));
  return { enabled: true, source, decorations: DecorationSet.create(doc, decorations), documentStale: false, deferred: [], version };
}

/** The document rules' findings on a document, as records placed in it. */
export function documentFindings(doc: Node, source: LintSource): PlacedFinding[] {
  try {
    return placeDocumentDiagnostics(doc, source.documentDiagnostics(modelOf(doc)));
  } catch (error) {
    lintErrorHandler(error);
    return [];
  }
}

function placeDocumentDiagnostics(doc: Node, diagnostics: readonly Diagnostic[]): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  diagnostics.forEach((d, i) => {
    const pos = clausePosOfTextPos(doc, d.from);
    const clause = pos === null ? undefined : clauseByPos(doc, pos);
    if (!clause) throw new Error(`document rule ${d.ruleId} reported a finding outside any clause (at ${d.from})`);
    out.push({ record: toRecord(d, clause, "document", i), from: d.from, to: d.to });
  });
  return out;
}

/** The transaction that runs the document rules now (what the debounce and lintNow dispatch). */
export function documentLintTransaction(state: EditorState): Transaction {
  const value = lintPluginKey.getState(state);
  const findings = value?.enabled ? documentFindings(state.doc, value.source) : [];
  return state.tr.setMeta(lintPluginKey, { type: "document", doc: state.doc, findings } satisfies LintAction).setMeta("addToHistory", false);
}

/**
 * Re-lints the subtrees at `roots` (with `scope` "own": the clauses alone, their text and
 * continuation, not their sub-clauses) and replaces their clause-rule decorations. Findings that
 * are unchanged keep their decoration (and its record), so an open card or a pending fix stays valid.
 *
 * This runs inside every keystroke's transaction, mostly in code the JIT has not optimised yet
 * (a few dozen keystrokes after the editor opens), so it avoids work it does not need: each node
 * is looked up once, nothing is reconciled when a subtree had and has no findings, and no closure
 * is made per clause.
 */
export function relintClauses(
  decorations: DecorationSet,
  doc: Node,
  roots: readonly number[],
  source: LintSource,
  scope: "subtree" | "own" = "subtree",
): { decorations: DecorationSet; changed: boolean } {
  if (roots.length === 0) return { decorations, changed: false };
  const heading = doc.firstChild!.attrs as HeadingAttrs;
  const organLine = organLineFor(heading.committee);
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const root of roots) {
    const node = doc.nodeAt(root)!;
    const fresh: PlacedFinding[] = [];
    let old: Decoration[];
    if (scope === "subtree") {
      lintSubtree(doc, root, node, heading, organLine, source, fresh);
      old = findFindings(decorations, root, root + node.nodeSize, "clause");
    } else {
      const found = clauseAt(doc, root);
      if (found) lintClause(found.clause, found.ancestors, heading, organLine, source, fresh);
      // The clause's own findings lie in its text (child 0) and its continuation (the last child,
      // after the sub-clauses); its sub-clauses' findings lie strictly between the two.
      old = findFindings(decorations, root, root + 1 + node.firstChild!.nodeSize, "clause");
      const last = node.lastChild!;
      if (node.childCount > 1 && last.type.name === "continuation") {
        for (const d of findFindings(decorations, root + node.nodeSize - 1 - last.nodeSize, root + node.nodeSize, "clause")) old.push(d);
      }
    }
    if (old.length === 0 && fresh.length === 0) continue;
    const r = reconcile(old, fresh);
    for (const d of r.remove) remove.push(d);
    for (const d of r.add) add.push(d);
  }
  if (remove.length === 0 && add.length === 0) return { decorations, changed: false };
  return { decorations: decorations.remove(remove).add(doc, add), changed: true };
}

function lintSubtree(
  doc: Node,
  pos: number,
  node: Node,
  heading: HeadingAttrs,
  organLine: string,
  source: LintSource,
  out: PlacedFinding[],
): void {
  const found = clauseAt(doc, pos);
  if (!found) return;
  lintClause(found.clause, found.ancestors, heading, organLine, source, out);
  // Sub-clauses follow the clause's text (child 0); a continuation, if any, comes last.
  let childPos = pos + 1;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child.type.name === "subclause") lintSubtree(doc, childPos, child, heading, organLine, source, out);
    childPos += child.nodeSize;
  }
}

function lintClause(
  clause: ClauseInfo,
  ancestors: ClauseInfo[],
  heading: HeadingAttrs,
  organLine: string,
  source: LintSource,
  out: PlacedFinding[],
): void {
  // All a clause rule may read: the heading (for the committee) and the clause's ancestors.
  const model: ClauseModel = { heading, organLine, clauses: ancestors.length ? [...ancestors, clause] : [clause] };
  let diagnostics: Diagnostic[];
  try {
    diagnostics = source.clauseDiagnostics(model, clause);
  } catch (error) {
    lintErrorHandler(error);
    return;
  }
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    out.push({ record: toRecord(d, clause, "clause", i), from: d.from, to: d.to });
  }
}

/** Decorations to remove and to add so that `old` shows exactly `fresh`, keeping what is equal. */
function reconcile(old: readonly Decoration[], fresh: readonly PlacedFinding[]): { remove: Decoration[]; add: Decoration[] } {
  const keep = new Map<string, Decoration[]>();
  for (const deco of old) {
    const k = `${deco.from}:${deco.to}:${recordOf(deco)!.key}`;
    const list = keep.get(k);
    if (list) list.push(deco);
    else keep.set(k, [deco]);
  }
  const add: Decoration[] = [];
  for (const f of fresh) {
    const list = keep.get(`${f.from}:${f.to}:${f.record.key}`);
    if (list && list.length) list.pop();
    else add.push(findingDecoration(f.record, f.from, f.to));
  }
  const remove: Decoration[] = [];
  for (const list of keep.values()) remove.push(...list);
  return { remove, add };
}
