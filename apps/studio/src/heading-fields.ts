/**
 * The heading fields of <resolution-editor> (code, topic, sponsors, signatories) commit their
 * value to the editor's document on `change`, i.e. when they lose focus. The studio saves what is
 * typed in them before that (its promise: every change saved at once), reading the fields'
 * `input` events, which cross the editor's shadow root; the editor's `headingFieldPatch` reads a
 * field's text as the editor would commit it, and these helpers put that into a document.
 */
import type { Node } from "prosemirror-model";
import { clampHeading, type HeadingAttrs } from "@clausewise/schema";
import type { HeadingPatch } from "@clausewise/editor";

/** True when the heading already holds every value of the patch. */
export function headingHas(heading: HeadingAttrs, patch: HeadingPatch): boolean {
  return (Object.keys(patch) as (keyof HeadingPatch)[]).every((k) => JSON.stringify(heading[k]) === JSON.stringify(clampHeading({ ...heading, ...patch })[k]));
}

/** The document with the patch applied to its heading (the same node when nothing changes). */
export function withHeading(doc: Node, patch: HeadingPatch): Node {
  const heading = doc.child(0);
  const attrs = heading.attrs as HeadingAttrs;
  if (headingHas(attrs, patch)) return doc;
  return doc.copy(doc.content.replaceChild(0, heading.type.create(clampHeading({ ...attrs, ...patch }))));
}
