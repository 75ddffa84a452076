/**
 * Comparing documents apart from clause ids: imports make fresh ids, so a round trip through text
 * or DOCX is judged on everything else (heading, structure, text, marks).
 */
import type { Node } from "prosemirror-model";

type JSONValue = null | boolean | number | string | JSONValue[] | { [key: string]: JSONValue };

function strip(value: JSONValue): JSONValue {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === "object") {
    const out: { [key: string]: JSONValue } = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "attrs" && v && typeof v === "object" && !Array.isArray(v) && "id" in v && Object.keys(v).length === 1) continue;
      out[k] = strip(v);
    }
    return out;
  }
  return value;
}

/** The document's JSON with every clause id removed. */
export function withoutIds(doc: Node): JSONValue {
  return strip(doc.toJSON() as JSONValue);
}

/** Path of the first difference between two JSON values, or null when they are equal. */
function firstDifference(a: JSONValue, b: JSONValue, path: string): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}[${i}]: one side has ${a.length} items, the other ${b.length}`;
      const d = firstDifference(a[i]!, b[i]!, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k] ?? null, b[k] ?? null, path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/** Where two documents differ apart from clause ids ("content[2].content[0]…: … ≠ …"), or null. */
export function documentDifference(a: Node, b: Node): string | null {
  return firstDifference(withoutIds(a), withoutIds(b), "");
}

/** True when two documents are equal apart from clause ids. */
export function sameDocument(a: Node, b: Node): boolean {
  return documentDifference(a, b) === null;
}
