/**
 * Precision and recall of the mandate rules on the labelled corpus, judged as if every clause
 * were before the Human Rights Council; the share of real HRC clauses flagged; and what the
 * Security Council profile reports on Security Council texts.
 */
import { Linter, type Diagnostic } from "@clausewise/lint";
import { documentOf, halfOf, loadCorpus, type Half, type LabelledClause, type LabelledDocument } from "./corpus.ts";

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
  organ: string;
  clause: LabelledClause;
  /** Rule ids reported on the clause under the HRC profile. */
  hrc: Set<string>;
}

export interface AccuracyReport {
  date: string;
  documents: number;
  clauses: number;
  byHalf: Record<Half | "all", { documents: number; clauses: number; scores: Record<Label, Score> }>;
  hrcClauses: number;
  hrcFlagged: number;
  scClauses: number;
  scFlaggedBindingOrOperational: number;
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
  let scClauses = 0;
  let scFlagged = 0;
  for (const d of corpus) {
    const found = findingsByClause(hrcLinter.lint(documentOf(d, "hrc")));
    d.clauses.forEach((clause, i) => {
      outcomes.push({ slug: d.slug, half: halfOf(d.slug), organ: d.organ, clause, hrc: found.get(`c${i}`) ?? new Set() });
    });
    if (d.organ === "sc") {
      const sc = findingsByClause(scLinter.lint(documentOf(d, "sc")));
      scClauses += d.clauses.length;
      for (const set of sc.values()) if (set.has(mandateRuleIds.binding) || set.has(mandateRuleIds.operational)) scFlagged++;
    }
  }
  const half = (h: Half | "all") => {
    const list = h === "all" ? outcomes : outcomes.filter((o) => o.half === h);
    return {
      documents: new Set(list.map((o) => o.slug)).size,
      clauses: list.length,
      scores: Object.fromEntries(labels.map((l) => [l, score(list, l)])) as Record<Label, Score>,
    };
  };
  const hrc = outcomes.filter((o) => o.organ === "hrc");
  return {
    date: new Date().toISOString().slice(0, 10),
    documents: corpus.length,
    clauses: outcomes.length,
    byHalf: { development: half("development"), "held-out": half("held-out"), all: half("all") },
    hrcClauses: hrc.length,
    hrcFlagged: hrc.filter((o) => o.hrc.size > 0).length,
    scClauses,
    scFlaggedBindingOrOperational: scFlagged,
    outcomes,
  };
}
