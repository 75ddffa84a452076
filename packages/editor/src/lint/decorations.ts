/**
 * Decorations for findings: a non-inclusive inline decoration over the finding's text, or a small
 * widget where the range is empty (an inline decoration cannot be empty). Each carries its
 * FindingRecord in its spec, so the decoration set is the single store of findings and mapping
 * it through a change moves every finding's range.
 */
import { Decoration, type DecorationSet } from "prosemirror-view";
import type { FindingRecord } from "./record.ts";

export interface LintDecorationSpec {
  cwLint: FindingRecord;
  inclusiveStart: false;
  inclusiveEnd: false;
}

export function diagnosticClass(severity: FindingRecord["severity"]): string {
  return `cw-diag cw-diag--${severity}`;
}

function pointMarker(record: FindingRecord): () => HTMLElement {
  return () => {
    const span = document.createElement("span");
    span.className = `${diagnosticClass(record.severity)} cw-diag-point`;
    span.setAttribute("aria-hidden", "true");
    return span;
  };
}

/** The decoration showing one finding over [from, to]. */
export function findingDecoration(record: FindingRecord, from: number, to: number): Decoration {
  if (from < to) {
    return Decoration.inline(
      from,
      to,
      { class: diagnosticClass(record.severity), "data-rule": record.ruleId },
      { cwLint: record, inclusiveStart: false, inclusiveEnd: false } satisfies LintDecorationSpec,
    );
  }
  return Decoration.widget(from, pointMarker(record), {
    cwLint: record,
    side: -1,
    // Widgets with equal keys count as equal (also for DecorationSet.remove), so the key names
    // the finding itself; the view still reuses the marker's DOM while the finding stays.
    key: `cw-diag-point:${record.key}`,
    ignoreSelection: true,
  });
}

export function recordOf(deco: Decoration): FindingRecord | undefined {
  return (deco.spec as Partial<LintDecorationSpec>).cwLint;
}

/** Every finding decoration in [from, to] (all of them without a range), optionally of one scope. */
export function findFindings(set: DecorationSet, from?: number, to?: number, scope?: FindingRecord["scope"]): Decoration[] {
  return set.find(from, to, scope === undefined ? isFinding : scope === "clause" ? isClauseFinding : isDocumentFinding);
}

// One predicate per scope, made once (find runs on every keystroke).
const isFinding = (spec: unknown) => (spec as Partial<LintDecorationSpec>).cwLint !== undefined;
const isClauseFinding = (spec: unknown) => (spec as Partial<LintDecorationSpec>).cwLint?.scope === "clause";
const isDocumentFinding = (spec: unknown) => (spec as Partial<LintDecorationSpec>).cwLint?.scope === "document";
