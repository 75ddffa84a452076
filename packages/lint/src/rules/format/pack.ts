/**
 * The data of the format and style packs (rules/packs/format.yaml and style.yaml), read from the
 * compiled rulebook. The rulebook validates packs only loosely (an object with an id), so the
 * shape of these two packs is checked here, once, when the module loads: a malformed pack fails
 * loudly instead of silently disabling a rule.
 */
import { rulebook } from "@clausewise/rulebook";
import { z } from "zod";
import { Category, Severity } from "../../diagnostic.ts";
import type { ExampleClause, RuleDocs, RuleMeta } from "../../rule.ts";

const ExampleClauseSchema: z.ZodType<ExampleClause> = z.lazy(() =>
  z.union([
    z.string(),
    z.object({
      text: z.string(),
      sub: z.array(ExampleClauseSchema).optional(),
      continuation: z.string().optional(),
    }),
  ]),
);

const ExpectedFindingSchema = z.object({
  severity: Severity.optional(),
  match: z.string().optional(),
  path: z.string().optional(),
  fixed: z.string().optional(),
});

const RuleExampleSchema = z
  .object({
    committee: z.string().optional(),
    section: z.enum(["preamble", "operative"]).optional(),
    parents: z.array(z.string()).optional(),
    text: z.string().optional(),
    document: z
      .object({ preamble: z.array(ExampleClauseSchema).optional(), operative: z.array(ExampleClauseSchema).optional() })
      .optional(),
    note: z.string().optional(),
    expect: z.array(ExpectedFindingSchema),
  })
  .refine((e) => (e.text === undefined) !== (e.document === undefined), "an example has either text or document");

const RuleEntrySchema = z.object({
  id: z.string().regex(/^(format|style)\/[a-z0-9-]+$/, "format pack rule ids are format/… or style/…"),
  category: Category,
  severity: Severity,
  description: z.string().min(1),
  docs: z.object({
    purpose: z.string().min(1),
    severities: z.string().optional(),
    examples: z.array(RuleExampleSchema).min(2),
  }),
  /** The rule's own data (phrase lists, tables); each rule validates it with its own schema. */
  data: z.unknown().optional(),
});
export type RuleEntry = z.infer<typeof RuleEntrySchema>;

export const FormatPackSchema = z.object({
  id: z.string(),
  description: z.string().optional(),
  rules: z.array(RuleEntrySchema),
});

/** Every rule entry of the format and style packs, by rule id. */
const entries = new Map<string, RuleEntry>();
for (const packId of ["format", "style"]) {
  const raw = rulebook.packs.find((p) => p.id === packId);
  if (!raw) throw new Error(`the rulebook has no "${packId}" pack: run \`pnpm rules\` (rules/packs/${packId}.yaml)`);
  const parsed = FormatPackSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`rules/packs/${packId}.yaml does not match the format pack schema: ${where}`);
  }
  for (const rule of parsed.data.rules) entries.set(rule.id, rule);
}

/** The metadata (with docs and examples) and the validated data of one rule of the packs. */
export function packRule<T>(id: string, dataSchema: z.ZodType<T>): { meta: RuleMeta; data: T } {
  const entry = entries.get(id);
  if (!entry) throw new Error(`rule ${id} has no entry in rules/packs/format.yaml or style.yaml`);
  const data = dataSchema.safeParse(entry.data ?? {});
  if (!data.success) {
    const where = data.error.issues.map((i) => `data.${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`rule ${id} in rules/packs: ${where}`);
  }
  const docs: RuleDocs = entry.docs;
  return {
    meta: { id: entry.id, category: entry.category, severity: entry.severity, description: entry.description, docs },
    data: data.data,
  };
}

/** The ids of every rule entry in the packs, so a test can check each has an implementation. */
export function packRuleIds(): string[] {
  return [...entries.keys()];
}
