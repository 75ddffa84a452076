/**
 * The JSON form of a working paper, validated on the way in. Errors name the path of the offending
 * value ("content[2].content[0].attrs.id") so that a bad file can be fixed by hand.
 *
 * The shape is checked by json-check.ts (hand-written, no schema library, so the embeddable editor
 * ships none); it mirrors the zod schema `DocumentJSON` in json-zod.ts, which stays the format's
 * declarative description, and a test keeps the two in agreement. ProseMirror's own schema check
 * and the sub-clause depth limit follow.
 */
import type { Node } from "prosemirror-model";
import { schema, MAX_SUBCLAUSE_DEPTH } from "./schema.ts";
import { withUniqueIds } from "./builders.ts";
import { checkDocumentShape } from "./json-check.ts";

/** A document that failed validation; `path` locates the problem in the JSON. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = "DocumentError";
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

function maxDepth(node: Node, depth = 0): number {
  let deepest = depth;
  node.forEach((child) => {
    if (child.type.name === "subclause") deepest = Math.max(deepest, maxDepth(child, depth + 1));
    else if (!child.isTextblock) deepest = Math.max(deepest, maxDepth(child, depth));
  });
  return deepest;
}

/**
 * Validates JSON (a value, or a string to parse) and returns the document. Missing or repeated
 * clause ids are replaced. Throws DocumentError naming the path of the first problem.
 */
export function parseDocumentJSON(input: unknown): Node {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new DocumentError(`not valid JSON (${(error as Error).message})`, "");
    }
  }
  const issue = checkDocumentShape(value);
  if (issue) throw new DocumentError(issue.message, formatPath(issue.path));
  let doc: Node;
  try {
    doc = schema.nodeFromJSON(value);
    doc.check();
  } catch (error) {
    throw new DocumentError(`not a valid working paper: ${(error as Error).message}`, "");
  }
  if (maxDepth(doc) > MAX_SUBCLAUSE_DEPTH) {
    throw new DocumentError(`sub-clauses go ${MAX_SUBCLAUSE_DEPTH} levels deep at most`, "content[2]");
  }
  return withUniqueIds(doc);
}
