/** The JSON form of a paper (ProseMirror's doc.toJSON()), validated by the schema package. */
import { DocumentError, parseDocumentJSON } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";
import { FormatError } from "./errors.ts";
import type { ImportResult } from "./types.ts";

/** Reads a paper from its JSON text. Throws FormatError naming the JSON path of the problem. */
export function importJson(text: string): ImportResult {
  try {
    const doc = parseDocumentJSON(String(text));
    const id = String(doc.firstChild!.attrs.committee ?? "");
    const committee = getCommittee(id) ? id : null;
    const warnings = committee ? [] : [{ line: 0, message: `the committee "${id}" is not one we know` }];
    return { doc, warnings, committee, sources: new Map() };
  } catch (error) {
    if (error instanceof DocumentError && (error.path === "type" || error.path === "content")) {
      // Some other JSON (a settings file, another tool's export): say what the file is not,
      // rather than which schema check failed first.
      throw new FormatError(
        "not a working paper: this JSON file is not a paper saved by Clausewise (one with a heading, a preamble and an operative part)",
        "json",
        error.path,
      );
    }
    if (error instanceof DocumentError) {
      const where = error.path ? ` at ${error.path}` : "";
      const what = error.path ? error.message.slice(error.path.length + 2) : error.message;
      throw new FormatError(`not a valid working-paper JSON file${where}: ${what}`, "json", error.path);
    }
    throw new FormatError(`not a valid working-paper JSON file: ${(error as Error).message}`, "json");
  }
}
