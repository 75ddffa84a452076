/**
 * A finding as the plugin stores it: everything about a Diagnostic that does not depend on where
 * the clause currently sits. Positions live in the decoration that carries the record (so the
 * DecorationSet's mapping keeps them current) and the clause ref is derived when diagnostics are
 * read; fix edits are kept relative to the clause's textblocks for the same reason.
 */
import type { ClauseInfo } from "@clausewise/schema";
import type { Diagnostic, MandateQuote } from "@clausewise/lint";

export type Part = "text" | "continuation";

/** A fix edit relative to one textblock of the finding's clause. */
export interface RelativeEdit {
  part: Part;
  start: number;
  end: number;
  insert: string;
}

export interface FindingRecord {
  /** Clause rules are re-run per touched clause; document rules after the debounce. */
  readonly scope: "clause" | "document";
  /** Order of the finding within its batch, to break ties exactly as the engine's sort does. */
  readonly seq: number;
  readonly ruleId: string;
  readonly category: Diagnostic["category"];
  readonly severity: Diagnostic["severity"];
  readonly message: string;
  readonly explanation: string;
  readonly mandate: MandateQuote | null;
  readonly part: Part;
  readonly fixes: readonly { label: string; edits: readonly RelativeEdit[] }[];
  /** Everything above except positions, as one string: two records with equal keys are the same finding. */
  readonly key: string;
}

/** Where a textblock of a clause starts, or null when the clause has no such part. */
export function partStart(clause: ClauseInfo, part: Part): number | null {
  return part === "text" ? clause.textFrom : (clause.continuation?.from ?? null);
}

function relativeEdit(clause: ClauseInfo, from: number, to: number, insert: string): RelativeEdit {
  const cont = clause.continuation;
  if (cont && from >= cont.from) return { part: "continuation", start: from - cont.from, end: to - cont.from, insert };
  return { part: "text", start: from - clause.textFrom, end: to - clause.textFrom, insert };
}

/** The record of a diagnostic computed against `clause` (the clause it is on, in the same document). */
export function toRecord(d: Diagnostic, clause: ClauseInfo, scope: FindingRecord["scope"], seq: number): FindingRecord {
  const fixes = d.fixes.map((f) => ({ label: f.label, edits: f.edits.map((e) => relativeEdit(clause, e.from, e.to, e.insert)) }));
  const key = JSON.stringify([scope, seq, d.ruleId, d.category, d.severity, d.message, d.explanation, d.mandate, d.part, fixes]);
  return {
    scope,
    seq,
    ruleId: d.ruleId,
    category: d.category,
    severity: d.severity,
    message: d.message,
    explanation: d.explanation,
    mandate: d.mandate,
    part: d.part,
    fixes,
    key,
  };
}

/** The Diagnostic of a record whose range is now [from, to], on `clause` as it is now. */
export function toDiagnostic(record: FindingRecord, clause: ClauseInfo, from: number, to: number): Diagnostic {
  const base = partStart(clause, record.part) ?? clause.textFrom;
  return {
    ruleId: record.ruleId,
    category: record.category,
    severity: record.severity,
    message: record.message,
    explanation: record.explanation,
    mandate: record.mandate,
    clause: { section: clause.section, index: clause.index, path: clause.path, id: clause.id },
    part: record.part,
    offsets: { start: from - base, end: to - base },
    from,
    to,
    fixes: record.fixes.map((f) => ({
      label: f.label,
      edits: f.edits.map((e) => {
        const b = partStart(clause, e.part) ?? clause.textFrom;
        return { from: b + e.start, to: b + e.end, insert: e.insert };
      }),
    })),
  };
}
