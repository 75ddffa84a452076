/**
 * The linter's output, defined once with zod. Diagnostics are plain data (no closures), so they
 * can cross a Worker boundary, be cached per clause, be written as JSON or SARIF by the CLI, and
 * be shown by the editor and the review desk alike.
 *
 * Only validators (the CLI, tests) need these schemas at run time; the helpers over diagnostics are
 * in counts.ts, which imports types only, so the editor bundle carries no zod for them.
 */
import { z } from "zod";

export const Severity = z.enum(["error", "warning", "info", "hint"]);
export type Severity = z.infer<typeof Severity>;

/** What a finding is about; the review desk counts findings per category. */
export const Category = z.enum(["binding", "new-body", "operational", "format", "style"]);
export type Category = z.infer<typeof Category>;

/** One replacement in the document, in ProseMirror positions of the linted document. */
export const TextEdit = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  insert: z.string(),
});
export type TextEdit = z.infer<typeof TextEdit>;

/** A labelled, declarative fix: applying its edits in one transaction fixes the finding. */
export const Fix = z.object({
  label: z.string().min(1),
  edits: z.array(TextEdit).min(1),
});
export type Fix = z.infer<typeof Fix>;

/** The mandate text a finding rests on, quoted with its source. */
export const MandateQuote = z.object({
  quote: z.string().min(1),
  source: z.string().min(1),
});
export type MandateQuote = z.infer<typeof MandateQuote>;

export const ClauseRef = z.object({
  section: z.enum(["preamble", "operative"]),
  /** 1-based within its section: the operative index is the clause number. */
  index: z.number().int().positive(),
  /** "p2", "3", "3(a)(ii)". */
  path: z.string(),
  id: z.string(),
});
export type ClauseRef = z.infer<typeof ClauseRef>;

export const Diagnostic = z.object({
  ruleId: z.string().min(1),
  category: Category,
  severity: Severity,
  /** One line, shown in underlines' cards, panels and CLI output. */
  message: z.string().min(1),
  /** Why this is a problem, in a few sentences a delegate can act on. */
  explanation: z.string(),
  /** The mandate text broken, with its source; null for format and style findings. */
  mandate: MandateQuote.nullable(),
  clause: ClauseRef,
  /** Which textblock of the clause the finding is in. */
  part: z.enum(["text", "continuation"]),
  /** Character offsets in that textblock's text. */
  offsets: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** Document positions (ProseMirror) of the same range. */
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  fixes: z.array(Fix),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
