export * from "./diagnostic.ts";
export * from "./counts.ts";
export { separateMandateQuote } from "./mandate-quote.ts";
export type * from "./rule.ts";
export { Linter, lintDocument, sortDiagnostics, type LinterOptions } from "./linter.ts";
export { allRules, ruleById, ruleMetadata } from "./registry.ts";
// What the typed-label and typed-punctuation rules read, for the editor to act on as it is typed.
export { typedLabelPrefix, typedEndPunctuation } from "./rules/format/numbering.ts";
export { resolveCommittee, UnknownCommitteeError, DEFAULT_COMMITTEE } from "./committee.ts";
export { BULK_FIX_CATEGORIES, MAX_FIX_PASSES, fixableInBulk, bulkFixPass, type FixEdit } from "./bulk-fix.ts";
