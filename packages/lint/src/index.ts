export * from "./diagnostic.ts";
export type * from "./rule.ts";
