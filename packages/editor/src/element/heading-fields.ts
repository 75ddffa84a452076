/**
 * The element's heading inputs (by element id) and how each one's text becomes a heading value.
 * The element commits a field on every `input`; a host reading the same fields' events (the
 * studio) turns their text into the same value here. No DOM.
 */
import type { HeadingAttrs } from "@clausewise/schema";

export type HeadingPatch = Partial<Pick<HeadingAttrs, "code" | "topic" | "sponsors" | "signatories">>;

/** A list field's names: separated by commas or semicolons. */
export function namesOf(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

const readers: Record<string, (text: string) => HeadingPatch> = {
  code: (t) => ({ code: t.trim() }),
  topic: (t) => ({ topic: t.trim() }),
  sponsors: (t) => ({ sponsors: namesOf(t) }),
  signatories: (t) => ({ signatories: namesOf(t) }),
};

/** What a heading field's text commits as, or null for an element id that is not a heading field. */
export function headingFieldPatch(fieldId: string, text: string): HeadingPatch | null {
  return Object.hasOwn(readers, fieldId) ? readers[fieldId]!(text) : null;
}
