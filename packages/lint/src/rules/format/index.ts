// The format and style pack's rules; filled in by the format/style rules work.
import type { Rule } from "../../rule.ts";

export const formatRules: Rule[] = [];
