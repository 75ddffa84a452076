/**
 * The shape check of a working paper's JSON, written by hand so that browsers (the embeddable
 * editor's `value` setter) validate without shipping a schema library: about 8 KiB gzip of zod
 * left the embed bundle. It checks exactly what the zod schema in json-zod.ts describes, in the
 * same order, and reports the same first problem with the same path and message (zod's English
 * wording); json-check.test.ts compares the two on the corpus, the robustness fixtures and
 * systematic mutations. Content order beyond this shape is left to ProseMirror's own check.
 */
import { HEADING_LIMITS } from "./schema.ts";

type Path = (string | number)[];
type Json = Record<string, unknown>;

/** The first problem found: a message and where it is. */
export interface ShapeIssue {
  message: string;
  path: Path;
}

class Issue {
  constructor(
    readonly message: string,
    readonly path: Path,
  ) {}
}

const fail = (message: string, path: Path): never => {
  throw new Issue(message, path);
};

/** A value's type as zod names it in messages ("null", "array", "number", a class name…). */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    const ctor = (value as { constructor?: { name?: string } }).constructor;
    if (proto !== Object.prototype && "constructor" in value && ctor) return String(ctor.name);
  }
  return typeof value;
}

const wrongType = (expected: string, value: unknown, path: Path): never =>
  fail(`Invalid input: expected ${expected}, received ${typeName(value)}`, path);

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function object(value: unknown, path: Path): Json {
  return isObject(value) ? value : wrongType("object", value, path);
}

/** Unknown keys are reported after the known ones have been checked (zod's strictObject order). */
function onlyKeys(value: Json, keys: readonly string[], path: Path): void {
  const extra: string[] = [];
  for (const key in value) if (!keys.includes(key)) extra.push(key);
  if (extra.length) fail(`Unrecognized key${extra.length > 1 ? "s" : ""}: ${extra.map((k) => `"${k}"`).join(", ")}`, path);
}

function literal(value: unknown, expected: string, path: Path): void {
  if (value !== expected) fail(`Invalid input: expected "${expected}"`, path);
}

function string(value: unknown, path: Path, max?: number, min?: number, minMessage?: string): void {
  if (typeof value !== "string") return wrongType("string", value, path);
  if (min !== undefined && value.length < min) fail(minMessage ?? `Too small: expected string to have >=${min} characters`, path);
  if (max !== undefined && value.length > max) fail(`Too big: expected string to have <=${max} characters`, path);
}

function array(value: unknown, path: Path, each: (item: unknown, path: Path) => void): unknown[] {
  if (!Array.isArray(value)) return wrongType("array", value, path);
  value.forEach((item, i) => each(item, [...path, i]));
  return value;
}

function minItems(list: unknown[], min: number, path: Path, message: string): void {
  if (list.length < min) fail(message, path);
}

function maxItems(list: unknown[], max: number, path: Path): void {
  if (list.length > max) fail(`Too big: expected array to have <=${max} items`, path);
}

/** A fixed-length array (zod's tuple): a short one fails at once, a long one before its items. */
function tuple(value: unknown, path: Path, items: ((item: unknown, path: Path) => void)[]): void {
  if (!Array.isArray(value)) return wrongType("tuple", value, path);
  if (value.length < items.length) fail(`Too small: expected array to have >=${items.length} items`, path);
  if (value.length > items.length) fail(`Too big: expected array to have <=${items.length} items`, path);
  items.forEach((check, i) => check(value[i], [...path, i]));
}

/** An object told apart by its `type`, checked against the matching kind. */
function byType(value: unknown, path: Path, kinds: Record<string, (value: Json, path: Path) => void>): void {
  const node = object(value, path);
  const kind = Object.hasOwn(kinds, node.type as string) ? kinds[node.type as string] : undefined;
  if (!kind) fail(`Invalid discriminator value. Expected ${Object.keys(kinds).map((k) => `'${k}'`).join(" | ")}`, [...path, "type"]);
  kind!(node, path);
}

/** `{ keys… }` with only these keys; `check` looks at the known ones in the schema's order. */
function strict(value: unknown, path: Path, keys: readonly string[], check: (node: Json) => void): void {
  const node = object(value, path);
  check(node);
  onlyKeys(node, keys, path);
}

const at = (path: Path, key: string | number): Path => [...path, key];

function mark(value: unknown, path: Path): void {
  byType(value, path, {
    em: (node) => strict(node, path, ["type"], () => {}),
    comment: (node) =>
      strict(node, path, ["type", "attrs"], (n) =>
        strict(n.attrs, at(path, "attrs"), ["id", "author", "body", "created"], (a) => {
          const p = at(path, "attrs");
          string(a.id, at(p, "id"), undefined, 1);
          for (const key of ["author", "body", "created"]) if (a[key] !== undefined) string(a[key], at(p, key));
        }),
      ),
  });
}

function text(value: unknown, path: Path): void {
  strict(value, path, ["type", "text", "marks"], (node) => {
    literal(node.type, "text", at(path, "type"));
    string(node.text, at(path, "text"), undefined, 1, "text nodes may not be empty");
    if (node.marks !== undefined) array(node.marks, at(path, "marks"), mark);
  });
}

const textblock = (type: "clause_text" | "continuation") => (value: unknown, path: Path) =>
  strict(value, path, ["type", "content"], (node) => {
    literal(node.type, type, at(path, "type"));
    if (node.content !== undefined) array(node.content, at(path, "content"), text);
  });

const clauseText = textblock("clause_text");

function idAttrs(value: unknown, path: Path): void {
  if (value === undefined) return;
  strict(value, path, ["id"], (a) => {
    if (a.id !== undefined && a.id !== null) string(a.id, at(path, "id"), 64, 1);
  });
}

/** clause_text (subclause+ continuation?)?, the first misplaced child named. */
function clauseChildren(value: unknown, path: Path): void {
  const children = array(value, path, (child, p) =>
    byType(child, p, { clause_text: clauseText, continuation: textblock("continuation"), subclause }),
  );
  minItems(children, 1, path, "a clause needs its clause_text");
  const types = children.map((c) => (c as Json).type);
  if (types[0] !== "clause_text") fail("a clause starts with its clause_text", at(path, 0));
  types.slice(1).forEach((t, i) => {
    const index = i + 1;
    if (t === "clause_text") fail("a clause has one clause_text", at(path, index));
    if (t === "continuation" && (index !== types.length - 1 || index === 1)) fail("a continuation comes last, after sub-clauses", at(path, index));
  });
}

function subclause(value: unknown, path: Path): void {
  strict(value, path, ["type", "attrs", "content"], (node) => {
    literal(node.type, "subclause", at(path, "type"));
    idAttrs(node.attrs, at(path, "attrs"));
    clauseChildren(node.content, at(path, "content"));
  });
}

function names(value: unknown, path: Path): void {
  const list = array(value, path, (name, p) => string(name, p, HEADING_LIMITS.name));
  maxItems(list, HEADING_LIMITS.names, path);
}

function heading(value: unknown, path: Path): void {
  strict(value, path, ["type", "attrs"], (node) => {
    literal(node.type, "heading", at(path, "type"));
    if (node.attrs === undefined) return;
    const p = at(path, "attrs");
    strict(node.attrs, p, ["code", "committee", "topic", "sponsors", "signatories"], (a) => {
      for (const key of ["code", "committee", "topic"] as const) if (a[key] !== undefined) string(a[key], at(p, key), HEADING_LIMITS[key]);
      for (const key of ["sponsors", "signatories"]) if (a[key] !== undefined) names(a[key], at(p, key));
    });
  });
}

function preamble(value: unknown, path: Path): void {
  strict(value, path, ["type", "content"], (node) => {
    literal(node.type, "preamble", at(path, "type"));
    if (node.content === undefined) return;
    array(node.content, at(path, "content"), (clause, p) =>
      strict(clause, p, ["type", "attrs", "content"], (c) => {
        literal(c.type, "preambular_clause", at(p, "type"));
        idAttrs(c.attrs, at(p, "attrs"));
        tuple(c.content, at(p, "content"), [clauseText]);
      }),
    );
  });
}

function operative(value: unknown, path: Path): void {
  strict(value, path, ["type", "content"], (node) => {
    literal(node.type, "operative", at(path, "type"));
    const clauses = array(node.content, at(path, "content"), (clause, p) =>
      strict(clause, p, ["type", "attrs", "content"], (c) => {
        literal(c.type, "operative_clause", at(p, "type"));
        idAttrs(c.attrs, at(p, "attrs"));
        clauseChildren(c.content, at(p, "content"));
      }),
    );
    minItems(clauses, 1, at(path, "content"), "the operative part needs at least one clause");
  });
}

/**
 * Checks that `value` has the shape of a working paper's JSON (ProseMirror's `doc.toJSON()` form)
 * and returns the first problem, or null when there is none.
 */
export function checkDocumentShape(value: unknown): ShapeIssue | null {
  try {
    strict(value, [], ["type", "content"], (doc) => {
      literal(doc.type, "doc", ["type"]);
      tuple(doc.content, ["content"], [heading, preamble, operative]);
    });
    return null;
  } catch (error) {
    if (error instanceof Issue) return { message: error.message, path: error.path };
    throw error;
  }
}
