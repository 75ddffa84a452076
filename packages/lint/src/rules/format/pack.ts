/**
 * The data of the format and style packs (rules/packs/format.yaml and style.yaml), read from the
 * compiled rulebook. `pnpm rules` validates their shape and each rule's data against the rule's
 * schema (FormatPack and format-data.ts in packages/rulebook), naming the file and the path of a
 * malformed table, so the data arrives here checked, typed and with its defaults filled in: no zod
 * at run time.
 */
import { rulebook, type FormatPack, type FormatRuleData, type FormatRuleId } from "@clausewise/rulebook";
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

/** The metadata (with docs and examples) and the data (validated by `pnpm rules`) of one rule of the packs. */
export function packRule<Id extends FormatRuleId>(id: Id): { meta: RuleMeta; data: FormatRuleData[Id] } {
  const entry = entries.get(id);
  if (!entry) throw new Error(`rule ${id} has no entry in rules/packs/format.yaml or style.yaml`);
  const docs: RuleDocs = entry.docs;
  return {
    meta: { id: entry.id, category: entry.category, severity: entry.severity, description: entry.description, docs },
    data: entry.data as FormatRuleData[Id],
  };
}

/** The ids of every rule entry in the packs, so a test can check each has an implementation. */
export function packRuleIds(): string[] {
  return [...entries.keys()];
}
