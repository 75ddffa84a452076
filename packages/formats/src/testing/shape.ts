/** A document as compact plain data for readable test expectations: no ids, strings for leaves. */
import type { Node } from "prosemirror-model";
import { documentToInput, type ClauseInput } from "@clausewise/schema";

export type Shape = string | { text: string; sub?: Shape[]; continuation?: string };

function shapeOf(c: ClauseInput): Shape {
  if (typeof c === "string") return c;
  if (!c.sub?.length) return c.text;
  const out: Exclude<Shape, string> = { text: c.text, sub: c.sub.map(shapeOf) };
  if (c.continuation !== undefined) out.continuation = c.continuation;
  return out;
}

export function shape(doc: Node) {
  const input = documentToInput(doc);
  return { heading: input.heading, preamble: input.preamble.map(shapeOf), operative: input.operative.map(shapeOf) };
}
