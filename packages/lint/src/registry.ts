/** Every rule the linter knows, in a stable order: the mandate rules, then the format pack. */
import type { Rule } from "./rule.ts";
import { mandateRules } from "./rules/mandate/index.ts";
import { formatRules } from "./rules/format/index.ts";

export const allRules: readonly Rule[] = [...mandateRules, ...formatRules];

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The metadata of every rule (for docs, settings panels and SARIF rule descriptors). */
export function ruleMetadata() {
  return allRules.map((r) => ({ ...r.meta, scope: r.scope }));
}
