// The three mandate rules; filled in as they land.
import type { Rule } from "../../rule.ts";

export const mandateRules: Rule[] = [];
