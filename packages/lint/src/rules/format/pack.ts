/**
 * The data of the format and style packs (rules/packs/format.yaml and style.yaml), read from the
 * compiled rulebook. `pnpm rules` validates their shape (FormatPack in packages/rulebook); the data
 * of each rule is validated here, by the rule's own schema, when the module loads, so a malformed
 * table fails loudly instead of silently disabling a rule.
 */
import { rulebook, type FormatPack } from "@clausewise/rulebook";
import type { z } from "zod";
import type { RuleDocs, RuleMeta } from "../../rule.ts";

type RuleEntry = FormatPack["rules"][number];

/** Every rule entry of the format and style packs, by rule id. */
const entries = new Map<string, RuleEntry>();
for (const packId of ["format", "style"]) {
  const pack = rulebook.packs.find((p) => p.id === packId) as FormatPack | undefined;
  if (!pack || !Array.isArray(pack.rules)) {
    throw new Error(`the rulebook has no "${packId}" pack: run \`pnpm rules\` (rules/packs/${packId}.yaml)`);
  }
  for (const rule of pack.rules) entries.set(rule.id, rule);
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
