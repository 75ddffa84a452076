export { importText, clauseTextOf } from "./text-import.ts";
export type { ImportTextOptions } from "./text-import.ts";
export { exportText, headingLines } from "./text-export.ts";
export { FormatError } from "./errors.ts";
export type { ImportResult, ImportWarning, SourcePosition } from "./types.ts";
export { sameDocument, documentDifference, withoutIds } from "./compare.ts";
