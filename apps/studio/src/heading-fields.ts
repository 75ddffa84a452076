/**
 * The heading fields of <resolution-editor> (code, topic, sponsors, signatories) commit their
 * value to the editor's document on `change`, i.e. when they lose focus. The studio saves what is
 * typed in them before that (its promise: every change saved at once), reading the fields'
 * `input` events, which cross the editor's shadow root: these helpers turn a field's text into
 * the heading value the editor would commit, and put it into a document.
 */
import type { Node } from "prosemirror-model";
import { clampHeading, type HeadingAttrs } from "@clausewise/schema";

/** The editor's heading inputs, by element id, and the heading attribute each edits. */
const fields = { code: "code", topic: "topic", sponsors: "sponsors", signatories: "signatories" } as const;

export type HeadingPatch = Partial<Pick<HeadingAttrs, "code" | "topic" | "sponsors" | "signatories">>;

/** A list field's names, as the editor reads them: separated by commas or semicolons. */
export function namesOf(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** What a heading field's text commits as, or null for an element that is not a heading field. */
export function headingFieldPatch(fieldId: string, text: string): HeadingPatch | null {
  if (!Object.hasOwn(fields, fieldId)) return null;
  const key = fields[fieldId as keyof typeof fields];
  return key === "sponsors" || key === "signatories" ? { [key]: namesOf(text) } : { [key]: text.trim() };
}

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
