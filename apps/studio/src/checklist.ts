/**
 * The director's checklist, derived from a paper and its findings: what must hold before a working
 * paper can be accepted as a draft resolution.
 */
import type { Node } from "prosemirror-model";
import type { Diagnostic } from "@clausewise/lint";
import { headingOf } from "./paper.ts";
import { plural } from "./words.ts";

/** pass: nothing to say; warn: passes, with warnings to look at; fail: must be fixed before acceptance. */
export type CheckStatus = "pass" | "warn" | "fail";

export interface ChecklistItem {
  id: "format" | "mandate" | "heading" | "sponsors";
  label: string;
  status: CheckStatus;
  /** Passes (with or without warnings): what the suggested verdict reads. */
  ok: boolean;
  detail: string;
}

/** The mark shown for each status, in the app and in the report (always with its words for screen readers). */
export const checkMarks: Record<CheckStatus, string> = { pass: "✔", warn: "!", fail: "✘" };
export const checkStatusText: Record<CheckStatus, string> = { pass: "Passed", warn: "Passed, with warnings", fail: "Not passed" };

const mandateCategories = new Set(["binding", "new-body", "operational"]);

/** A check on findings: errors fail it, warnings alone leave it passed with warnings. */
function findingsCheck(errors: number, warnings: number, what: string, none: string): Pick<ChecklistItem, "status" | "ok" | "detail"> {
  if (errors) return { status: "fail", ok: false, detail: `${plural(errors, "error")}, ${plural(warnings, "warning")} (${what})` };
  if (warnings) return { status: "warn", ok: true, detail: `No errors; ${plural(warnings, "warning")} (${what})` };
  return { status: "pass", ok: true, detail: none };
}

const yesNo = (ok: boolean): Pick<ChecklistItem, "status" | "ok"> => ({ status: ok ? "pass" : "fail", ok });

export function reviewChecklist(doc: Node, diagnostics: readonly Diagnostic[]): ChecklistItem[] {
  const h = headingOf(doc);
  const count = (inCategory: (c: string) => boolean, severity: "error" | "warning") =>
    diagnostics.filter((d) => inCategory(d.category) && d.severity === severity).length;
  const isFormat = (c: string) => c === "format" || c === "style";
  const isMandate = (c: string) => mandateCategories.has(c);
  const missing = [
    !h.code.trim() && "code",
    !h.committee.trim() && "committee",
    !h.topic.trim() && "topic",
  ].filter(Boolean) as string[];
  return [
    {
      id: "format",
      label: "Format",
      ...findingsCheck(count(isFormat, "error"), count(isFormat, "warning"), "format and style", "No format or style problems"),
    },
    {
      id: "mandate",
      label: "Within the committee's mandate",
      ...findingsCheck(count(isMandate, "error"), count(isMandate, "warning"), "binding language, new bodies, operations", "No mandate findings"),
    },
    {
      id: "heading",
      label: "Heading complete",
      ...yesNo(missing.length === 0),
      detail: missing.length ? `Missing: ${missing.join(", ")}` : "Code, committee and topic given",
    },
    {
      id: "sponsors",
      label: "Sponsors listed",
      ...yesNo(h.sponsors.length > 0),
      detail: h.sponsors.length ? plural(h.sponsors.length, "sponsor") : "No sponsors listed",
    },
  ];
}

/** The verdict the checklist suggests; the director decides. */
export function suggestedVerdict(items: readonly ChecklistItem[]): "accept" | "return" {
  return items.every((i) => i.ok) ? "accept" : "return";
}
