/**
 * What a paste means. Plain text and HTML from Word or Google Docs become text lines (the HTML is
 * never inserted as DOM: htmlToText reads it without building any). A single line pasted inside a
 * clause stays text; a single copied clause loses its label and end punctuation ("2. Requests …;"
 * → "Requests …"). Several lines are either a whole paper (an organ line or heading lines: read
 * by the formats importer, exactly as opening it as a file) or part of one, read paragraph by
 * paragraph for the caret's place (paragraphs.ts).
 */
import type { Node } from "prosemirror-model";
import { importText, htmlToText, clauseTextOf } from "@clausewise/formats";
import { typedLabelPrefix } from "@clausewise/lint";
import type { Section } from "@clausewise/schema";
import { itemFromNode, type Pasted } from "./outline.ts";
import { placeParagraphs, readParagraphs, type Paragraph } from "./paragraphs.ts";

export type PasteContent =
  | { kind: "text"; text: string }
  /** `heading`: the heading fields the pasted paper gave (code, topic, sponsors, signatories). */
  | { kind: "paper"; preamble: Node[]; operative: Node[]; heading: PastedHeading }
  | { kind: "paragraphs"; paragraphs: Paragraph[] };

export interface PastedHeading {
  code: string;
  topic: string;
  sponsors: string[];
  signatories: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** Reads clipboard data (text/html and text/plain) into inline text, a paper or paragraphs. */
export function readClipboard(html: string | null | undefined, plain: string | null | undefined, committee?: string): PasteContent | null {
  // An editor's own HTML whose slice did not come along (slice.ts): its numbers and labels are
  // drawn by CSS and are not in it, but its plain text has them.
  if (html && plain?.trim() && html.includes("data-pm-slice") && html.includes('class="cw-')) html = null;
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
    // One line: keep its spaces at either end as typed (the HTML reading trims them; the plain
    // text does not). The words are the HTML's: the browser's plain text of HTML can hold a
    // double space where an image was.
    const line = plain && !plain.trim().includes("\n") ? plain.replace(/[\r\n]+/g, "") : null;
    if (line === null || !line.trim()) return { kind: "text", text: normalised };
    if (!html) return { kind: "text", text: line };
    if (collapse(line) !== collapse(normalised)) return { kind: "text", text: normalised };
    return { kind: "text", text: `${/^\s*/.exec(line)![0]}${normalised}${/\s*$/.exec(line)![0]}` };
  }
  const paper = readPaper(normalised, committee);
  if (paper) return paper;
  return { kind: "paragraphs", paragraphs: readParagraphs(normalised) };
}

/**
 * A whole paper (it has an organ line such as "The Human Rights Council," or heading lines such
 * as "Topic: …"), read by the importer; null for a part of one.
 */
function readPaper(text: string, committee?: string): PasteContent | null {
  if (!mayBePaper(text)) return null;
  const { doc, warnings } = importText(text, committee ? { committee } : {});
  const heading = doc.firstChild!.attrs as { code: string; topic: string; sponsors: string[]; signatories: string[] };
  const said = (re: RegExp) => warnings.some((w) => re.test(w.message));
  const clauses = doc.child(1).childCount > 0 || doc.child(2).childCount > 1 || doc.child(2).textContent !== "";
  const organ = clauses && !said(/^no organ line/);
  const fields = heading.code !== "" || heading.sponsors.length > 0 || heading.signatories.length > 0 || (heading.topic !== "" && !said(/read as the topic/));
  if (!organ && !fields) return null;
  const preamble: Node[] = [];
  const operative: Node[] = [];
  doc.child(1).forEach((clause) => preamble.push(clause));
  doc.child(2).forEach((clause) => operative.push(clause));
  // The importer always yields one operative clause; an empty one is not content.
  const only = operative[0];
  if (operative.length === 1 && only && only.childCount === 1 && only.textContent === "") operative.pop();
  if (preamble.length === 0 && operative.length === 0) return null;
  // A first line read as the topic only because nothing else was there is not a heading field.
  const topic = said(/read as the topic/) ? "" : heading.topic;
  return { kind: "paper", preamble, operative, heading: { code: heading.code, topic, sponsors: heading.sponsors, signatories: heading.signatories } };
}

// What an organ line or a heading line can look like ("The Human Rights Council,", "Topic: …",
// "Submitted by …", "A/HRC/52/L.1"): only a text with one of them near its top is read by the
// importer as a paper (its organ line is looked for in the first 60 lines), so a long part of a
// paper is not read twice.
const PAPER_LINE = /^(?:the\s.+,|[\p{L} -]{1,30}:.*|(?:question of|submitted by|sponsored by|co-submitted by|signed by)\s.*|[A-Z]{1,10}\/\S+)$/iu;

function mayBePaper(text: string): boolean {
  let seen = 0;
  for (const line of text.split("\n", 400)) {
    const t = line.trim();
    if (!t) continue;
    if (PAPER_LINE.test(t)) return true;
    if (++seen >= 60) break;
  }
  return false;
}

/** The clauses of a paper or of paragraphs, for a caret in `section`. */
export function pastedClauses(content: Exclude<PasteContent, { kind: "text" }>, section: Section): Pasted {
  if (content.kind === "paragraphs") return placeParagraphs(content.paragraphs, section);
  return { preamble: content.preamble, roots: content.operative.map((node) => ({ item: itemFromNode(node), anchor: "top" as const, depth: 0 })) };
}
