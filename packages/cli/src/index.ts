export { main, EXIT_OK, EXIT_ERRORS_FOUND, EXIT_USAGE, type Io } from "./main.ts";
export { parseArgs, UsageError, USAGE, type Command, type OutputFormat } from "./args.ts";
export { locate, SourceText, type LineColumn } from "./locate.ts";
export { sarifReport, sarifLevel, SARIF_SCHEMA } from "./report-sarif.ts";
export { jsonReport, type JsonReport } from "./report-json.ts";
export { fixPaper, type FixResult } from "./fix.ts";
