/**
 * The three mandate rules. Their descriptions, docs and examples are data in
 * rules/packs/mandate-*.yaml; their lexicon is rules/packs/mandate.yaml; what each committee may do
 * is its profile in rules/committees/.
 */
import { mandateRulePack, type MandateRulePack } from "@clausewise/rulebook";
import type { ClauseView, Finding, Rule, RuleContext } from "../../rule.ts";
import { bindingFindings } from "./binding.ts";
import { newBodyFindings } from "./newBody.ts";
import { operationalFindings } from "./operational.ts";

function mandateRule(
  id: MandateRulePack["id"],
  check: (view: ClauseView, committee: RuleContext["committee"]) => Finding[],
): Rule {
  const pack = mandateRulePack(id);
  return {
    meta: {
      id,
      category: pack.category,
      severity: pack.severity,
      description: pack.description,
      docs: { purpose: pack.purpose, severities: pack.severities, sources: pack.sources, examples: pack.examples },
    },
    scope: "clause",
    check: (view, ctx) => check(view, ctx.committee),
  };
}

export const bindingLanguage = mandateRule("mandate/binding-language", bindingFindings);
export const newBody = mandateRule("mandate/new-body", newBodyFindings);
export const operationalIntervention = mandateRule("mandate/operational-intervention", operationalFindings);

export const mandateRules: Rule[] = [bindingLanguage, newBody, operationalIntervention];
