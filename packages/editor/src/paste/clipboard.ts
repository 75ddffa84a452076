/**
 * What a paste means. Plain text and HTML from Word or Google Docs become text lines (the HTML is
 * never inserted as DOM), and multi-line text goes through the formats importer, which finds the
 * preambular and operative clauses and sub-clauses. A single line pasted inside a clause stays text;
 * a single copied clause loses its label and end punctuation ("2. Requests …;" → "Requests …").
 * Both conversions come from @clausewise/formats (htmlToText, importText), so a paste reads a
 * document exactly as opening it as a file would.
 */
import type { Node } from "prosemirror-model";
import { importText, htmlToText, clauseTextOf } from "@clausewise/formats";
import { typedLabelPrefix } from "@clausewise/lint";

export type PasteContent =
  | { kind: "text"; text: string }
  | { kind: "clauses"; preamble: Node[]; operative: Node[] };

/** Reads clipboard data (text/html and text/plain) into inline text or clauses. */
export function readClipboard(html: string | null | undefined, plain: string | null | undefined, committee?: string): PasteContent | null {
  // htmlToText (formats) reads the HTML as text without building DOM, so nothing of it can run.
  const text = html ? htmlToText(html) : (plain ?? "");
  const normalised = text.replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (!normalised) return null;
  if (!normalised.includes("\n")) {
    // One copied clause ("2. Requests …;", a Word list paragraph "2.<tab>Requests …;"): its label
    // read as when typed (typedLabelPrefix, as structure/typed-labels.ts) and its end punctuation
    // dropped as the importer drops it from a line of several (clauseTextOf). A line without a
    // label is a piece of text, kept as it is.
    const label = typedLabelPrefix(normalised);
    const clause = label === null ? "" : clauseTextOf(normalised.slice(label.length));
    if (clause) return { kind: "text", text: clause };
    // One line: keep its spaces as typed (the HTML reading trims them; the plain text does not).
    const raw = plain && !plain.trim().includes("\n") ? plain.replace(/[\r\n]+/g, "") : normalised;
    return { kind: "text", text: raw.trim() ? raw : normalised };
  }
  const { doc } = importText(normalised, committee ? { committee } : {});
  const preamble: Node[] = [];
  const operative: Node[] = [];
  doc.child(1).forEach((clause) => preamble.push(clause));
  doc.child(2).forEach((clause) => operative.push(clause));
  // The importer always yields one operative clause; an empty one is not content.
  const only = operative[0];
  if (operative.length === 1 && only && only.childCount === 1 && only.textContent === "") operative.pop();
  if (preamble.length === 0 && operative.length === 0) return { kind: "text", text: normalised.replace(/\s*\n\s*/g, " ") };
  return { kind: "clauses", preamble, operative };
}
