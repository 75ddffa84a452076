/**
 * The director's checklist, derived from a paper and its findings: what must hold before a working
 * paper can be accepted as a draft resolution.
 */
import type { Node } from "prosemirror-model";
import type { Diagnostic } from "@clausewise/lint";
import { headingOf } from "./paper.ts";

export interface ChecklistItem {
  id: "format" | "mandate" | "heading" | "sponsors";
  label: string;
  ok: boolean;
  detail: string;
}

const mandateCategories = new Set(["binding", "new-body", "operational"]);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function reviewChecklist(doc: Node, diagnostics: readonly Diagnostic[]): ChecklistItem[] {
  const h = headingOf(doc);
  const problems = diagnostics.filter((d) => d.severity === "error" || d.severity === "warning");
  const formatProblems = problems.filter((d) => d.category === "format" || d.category === "style");
  const mandateErrors = diagnostics.filter((d) => mandateCategories.has(d.category) && d.severity === "error");
  const mandateWarnings = problems.filter((d) => mandateCategories.has(d.category) && d.severity === "warning");
  const missing = [
    !h.code.trim() && "code",
    !h.committee.trim() && "committee",
    !h.topic.trim() && "topic",
  ].filter(Boolean) as string[];
  return [
    {
      id: "format",
      label: "Format",
      ok: formatProblems.every((d) => d.severity !== "error"),
      detail: formatProblems.length ? `${plural(formatProblems.length, "format or style problem")}` : "No format problems",
    },
    {
      id: "mandate",
      label: "Within the committee's mandate",
      ok: mandateErrors.length === 0,
      detail:
        mandateErrors.length || mandateWarnings.length
          ? `${plural(mandateErrors.length, "error")}, ${plural(mandateWarnings.length, "warning")}`
          : "No mandate findings",
    },
    {
      id: "heading",
      label: "Heading complete",
      ok: missing.length === 0,
      detail: missing.length ? `Missing: ${missing.join(", ")}` : "Code, committee and topic given",
    },
    {
      id: "sponsors",
      label: "Sponsors listed",
      ok: h.sponsors.length > 0,
      detail: h.sponsors.length ? plural(h.sponsors.length, "sponsor") : "No sponsors listed",
    },
  ];
}

/** The verdict the checklist suggests; the director decides. */
export function suggestedVerdict(items: readonly ChecklistItem[]): "accept" | "return" {
  return items.every((i) => i.ok) ? "accept" : "return";
}
