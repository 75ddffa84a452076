// The format and style pack: rule code here, rule data, docs and examples in rules/packs/format.yaml
// and rules/packs/style.yaml.
import type { Rule } from "../../rule.ts";
import { preambularOpeningRule, operativeOpeningRule } from "./opening.ts";
import { capitalisationRule } from "./capitalisation.ts";
import { typedLabelRule, typedPunctuationRule, emptyClauseRule, singleSubclauseRule } from "./numbering.ts";
import { resolutionCitationRule, ownResolutionRule } from "./citations.ts";
import { acronymDefinitionRule } from "./acronyms.ts";
import { reservedPhraseRule } from "./reserved.ts";
import { repeatedOpeningRule } from "./repeated.ts";
import { unTermsRule } from "./terms.ts";

export const formatRules: Rule[] = [
  preambularOpeningRule,
  operativeOpeningRule,
  capitalisationRule,
  typedLabelRule,
  typedPunctuationRule,
  emptyClauseRule,
  singleSubclauseRule,
  resolutionCitationRule,
  ownResolutionRule,
  acronymDefinitionRule,
  reservedPhraseRule,
  repeatedOpeningRule,
  unTermsRule,
];
