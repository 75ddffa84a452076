export * from "./diagnostic.ts";
export * from "./counts.ts";
export type * from "./rule.ts";
export { Linter, lintDocument, sortDiagnostics, type LinterOptions } from "./linter.ts";
export { allRules, ruleById, ruleMetadata } from "./registry.ts";
export { resolveCommittee, UnknownCommitteeError, DEFAULT_COMMITTEE } from "./committee.ts";
