/**
 * Precision and recall of the mandate rules on the labelled corpus, judged as if every clause
 * were before the Human Rights Council; the share of real HRC clauses flagged; and what the
 * Security Council profile reports on Security Council texts.
 */
import { Linter, type Diagnostic } from "@clausewise/lint";
import { documentOf, halfOf, loadCorpus, setOf, type Half, type LabelledClause, type LabelledDocument } from "./corpus.ts";

export const mandateRuleIds = {
  binding: "mandate/binding-language",
  newBody: "mandate/new-body",
  operational: "mandate/operational-intervention",
} as const;
export type Label = keyof typeof mandateRuleIds;
export const labels = Object.keys(mandateRuleIds) as Label[];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export interface ClauseOutcome {
  slug: string;
  half: Half;
  /** The separate round the document belongs to (its labels file's `set`); undefined for the halves. */
  set?: string;
  organ: string;
  clause: LabelledClause;
  /** Rule ids reported on the clause under the HRC profile. */
  hrc: Set<string>;
}

export interface GroupScores {
  documents: number;
  clauses: number;
  scores: Record<Label, Score>;
}

/** A separate measurement round (documents with a `set`), scored on its own. */
export interface SetReport extends GroupScores {
  /** Clauses per organ. */
  organs: Record<string, number>;
  hrcClauses: number;
  hrcFlagged: number;
  scClauses: number;
  scFlaggedBindingOrOperational: number;
}

export interface AccuracyReport {
  date: string;
  /** Documents and clauses of the development/held-out halves (documents without a `set`). */
  documents: number;
  clauses: number;
  /** The halves and their union ("all"); documents with a `set` are not in any of them. */
  byHalf: Record<Half | "all", GroupScores>;
  /** Real HRC and SC clauses of the halves. */
  hrcClauses: number;
  hrcFlagged: number;
  scClauses: number;
  scFlaggedBindingOrOperational: number;
  /** Each separate round by its `set` name. */
  sets: Record<string, SetReport>;
  /** Every clause measured, halves and sets. */
  outcomes: ClauseOutcome[];
}

function score(outcomes: ClauseOutcome[], label: Label): Score {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const o of outcomes) {
    const want = o.clause[label];
    const got = o.hrc.has(mandateRuleIds[label]);
    if (want && got) tp++;
    else if (!want && got) fp++;
    else if (want && !got) fn++;
    else tn++;
  }
  // With nothing to find (or nothing reported), the measure is vacuously perfect.
  return { tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

const mandateIds = new Set<string>(Object.values(mandateRuleIds));

/** Mandate findings per clause index ("c12" → rule ids). */
function findingsByClause(diagnostics: Diagnostic[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of diagnostics) {
    if (!mandateIds.has(d.ruleId)) continue;
    let set = out.get(d.clause.id);
    if (!set) out.set(d.clause.id, (set = new Set()));
    set.add(d.ruleId);
  }
  return out;
}

export function measure(corpus: LabelledDocument[] = loadCorpus()): AccuracyReport {
  const hrcLinter = new Linter({ committee: "hrc" });
  const scLinter = new Linter({ committee: "sc" });
  const outcomes: ClauseOutcome[] = [];
  // SC-profile counts per round: "" for the halves, else the set's name.
  const scClauses = new Map<string, number>();
  const scFlagged = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const d of corpus) {
    const set = setOf(d);
    const found = findingsByClause(hrcLinter.lint(documentOf(d, "hrc")));
    d.clauses.forEach((clause, i) => {
      outcomes.push({ slug: d.slug, half: halfOf(d.slug), set, organ: d.organ, clause, hrc: found.get(`c${i}`) ?? new Set() });
    });
    if (d.organ === "sc") {
      const sc = findingsByClause(scLinter.lint(documentOf(d, "sc")));
      bump(scClauses, set ?? "", d.clauses.length);
      let flagged = 0;
      for (const ids of sc.values()) if (ids.has(mandateRuleIds.binding) || ids.has(mandateRuleIds.operational)) flagged++;
      bump(scFlagged, set ?? "", flagged);
    }
  }
  const group = (list: ClauseOutcome[]): GroupScores => ({
    documents: new Set(list.map((o) => o.slug)).size,
    clauses: list.length,
    scores: Object.fromEntries(labels.map((l) => [l, score(list, l)])) as Record<Label, Score>,
  });
  const halves = outcomes.filter((o) => o.set === undefined);
  const hrcOf = (list: ClauseOutcome[]) => list.filter((o) => o.organ === "hrc");
  const sets: Record<string, SetReport> = {};
  for (const name of [...new Set(outcomes.flatMap((o) => (o.set === undefined ? [] : [o.set])))].sort()) {
    const list = outcomes.filter((o) => o.set === name);
    const organs: Record<string, number> = {};
    for (const o of list) organs[o.organ] = (organs[o.organ] ?? 0) + 1;
    sets[name] = {
      ...group(list),
      organs,
      hrcClauses: hrcOf(list).length,
      hrcFlagged: hrcOf(list).filter((o) => o.hrc.size > 0).length,
      scClauses: scClauses.get(name) ?? 0,
      scFlaggedBindingOrOperational: scFlagged.get(name) ?? 0,
    };
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    documents: new Set(halves.map((o) => o.slug)).size,
    clauses: halves.length,
    byHalf: {
      development: group(halves.filter((o) => o.half === "development")),
      "held-out": group(halves.filter((o) => o.half === "held-out")),
      all: group(halves),
    },
    hrcClauses: hrcOf(halves).length,
    hrcFlagged: hrcOf(halves).filter((o) => o.hrc.size > 0).length,
    scClauses: scClauses.get("") ?? 0,
    scFlaggedBindingOrOperational: scFlagged.get("") ?? 0,
    sets,
    outcomes,
  };
}
