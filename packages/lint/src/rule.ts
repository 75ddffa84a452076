/**
 * What a rule is. Rules never see ProseMirror positions: they report findings relative to a
 * clause's text, and the engine turns them into Diagnostics. That keeps rules pure, and lets the
 * engine cache each clause's findings by its content.
 */
import type { ClauseInfo, ClauseModel } from "@clausewise/schema";
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { Category, MandateQuote, Severity } from "./diagnostic.ts";

/** An edit relative to a clause: replace [start, end) of one of its textblocks. */
export interface ClauseEdit {
  part: "text" | "continuation";
  start: number;
  end: number;
  insert: string;
}

export interface Finding {
  /** Defaults to the rule's severity. */
  severity?: Severity;
  message: string;
  explanation: string;
  mandate?: MandateQuote | null;
  part?: "text" | "continuation";
  start: number;
  end: number;
  fixes?: { label: string; edits: ClauseEdit[] }[];
}

export interface RuleMeta {
  /** "mandate/binding-language", "format/preambular-opening". */
  id: string;
  category: Category;
  severity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
}

export interface RuleContext {
  committee: CommitteeProfile;
}

/** Everything a clause rule may read: the clause and the texts of its ancestors (outermost first). */
export interface ClauseView {
  clause: ClauseInfo;
  ancestors: readonly ClauseInfo[];
}

/**
 * A clause rule sees one clause and its ancestors; its results are cached by that content.
 * A document rule sees the whole clause model (numbering, sequences, acronyms) and is re-run on
 * every lint, so it must be cheap.
 */
export type Rule =
  | { meta: RuleMeta; scope: "clause"; check(view: ClauseView, ctx: RuleContext): Finding[] }
  | { meta: RuleMeta; scope: "document"; check(model: ClauseModel, ctx: RuleContext): (Finding & { clauseId: string })[] };
