/**
 * What a rule is. Rules never see ProseMirror positions: they report findings relative to a
 * clause's text, and the engine turns them into Diagnostics. That keeps rules pure, and lets the
 * engine cache each clause's findings by its content.
 */
import type { ClauseInfo, ClauseModel } from "@clausewise/schema";
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { Category, MandateQuote, Severity } from "./diagnostic.ts";

/** A clause as plain data in an example: its text, or its text with sub-clauses. */
export type ExampleClause = string | { text: string; sub?: ExampleClause[]; continuation?: string };

/**
 * A documented example of a rule, run by the rule tester and printed in docs/rules/. Either one
 * clause (`text`, with `parents` for a sub-clause: the ancestors' texts, outermost first) or a
 * whole document (`document`) for document rules.
 */
export interface RuleExample {
  /** Committee profile id the example is judged for; defaults to "hrc". */
  committee?: string;
  section?: "preamble" | "operative";
  parents?: string[];
  text?: string;
  document?: { preamble?: ExampleClause[]; operative?: ExampleClause[] };
  /** Why the example is (in)valid, one line for the docs. */
  note?: string;
  /** This rule's expected findings; an empty list makes a valid example. */
  expect: ExpectedFinding[];
}

export interface ExpectedFinding {
  severity?: Severity;
  /** The exact text the finding underlines (in its textblock). */
  match?: string;
  /** Which clause the finding is on ("3(a)", "p2"); defaults to the example's clause. */
  path?: string;
  /** The text of the clause after applying the first fix, when a fix is expected. */
  fixed?: string;
}

/** What the generated docs print besides the description. */
export interface RuleDocs {
  /** Why the rule exists, a short paragraph. */
  purpose: string;
  /** How severities are chosen, when the rule uses more than one. */
  severities?: string;
  /** The mandate texts the rule rests on. */
  sources?: MandateQuote[];
  examples: RuleExample[];
}

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
  /** Documentation and tested examples; generated docs and the rule tester read these. */
  docs?: RuleDocs;
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
