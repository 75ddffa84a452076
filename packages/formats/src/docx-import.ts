/**
 * Reading a Word document: the archive is checked first (zip-guard.ts), which also inflates the
 * parts the direct reader needs. The direct reader (docx-body.ts) turns plain documents into
 * HTML in one pass; documents it does not fully understand (Word numbering, tables, fields, …) go
 * to mammoth instead. htmlToText turns either HTML into text lines (Word's automatic numbering
 * comes back as labels from the list nesting), and the text goes through the same importer as
 * pasted text.
 */
import { FormatError } from "./errors.ts";
import { htmlToText } from "./html-to-text.ts";
import { importText, type ImportTextOptions } from "./text-import.ts";
import { readWordBody, indentColumns } from "./docx-body.ts";
import { looksLikeZip, readZipDirectory, verifyZipSizes, DEFAULT_ZIP_LIMITS, type ZipLimits } from "./zip-guard.ts";
import type { ImportResult } from "./types.ts";
import type { Node } from "prosemirror-model";
import { MAX_WORD_COMMENTS, placeWordComments, readWordComments, type WordComment } from "./docx-comments.ts";

/** Largest .docx read (compressed). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

// The shapes of mammoth's document model that the indentation pass touches.
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: unknown;
  indent?: { start?: string | null; firstLine?: string | null; hanging?: string | null };
}

function firstText(element: MammothElement): MammothElement | null {
  if (element.type === "text") return element;
  for (const child of element.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

/**
 * Writes a paragraph's indentation as leading no-break spaces (which survive HTML), so that the
 * importer can tell which clause a paragraph continues. List paragraphs get labels instead.
 */
function indentParagraphs(element: MammothElement): MammothElement {
  if (element.type === "paragraph" && !element.numbering && element.indent) {
    const columns = indentColumns(element.indent.start ?? undefined, element.indent.hanging ?? undefined, element.indent.firstLine ?? undefined);
    const text = firstText(element);
    if (columns > 0 && text && typeof text.value === "string") text.value = "\u00A0".repeat(columns) + text.value;
    return element;
  }
  for (const child of element.children ?? []) indentParagraphs(child);
  return element;
}

function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** The parts the direct reader reads. */
const DOCUMENT = "word/document.xml";
const PACKAGE_RELS = "_rels/.rels";
const NUMBERING = "word/numbering.xml";
const COMMENTS = "word/comments.xml";
const DIRECT_PARTS: ReadonlySet<string> = new Set([DOCUMENT, PACKAGE_RELS, NUMBERING, COMMENTS]);

/**
 * Checks that bytes are a readable, reasonably sized .docx; throws FormatError otherwise. Returns
 * the parts named in `keep`, inflated once by the check.
 */
async function checkedParts(bytes: Uint8Array, limits: ZipLimits, keep: ReadonlySet<string>): Promise<Map<string, Uint8Array>> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new FormatError(`the .docx file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; files up to ${MAX_DOCX_BYTES / 1048576} MB are read`, "too-large");
  }
  if (!looksLikeZip(bytes)) throw new FormatError("not a .docx file: a .docx is a zip archive, and this file is not one", "not-docx");
  const entries = readZipDirectory(bytes, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(DOCUMENT)) {
    throw new FormatError(
      `a zip archive but not a Word document: it has no word/document.xml (${entries.length} entries${entries.length ? `, e.g. ${entries.slice(0, 3).map((e) => e.name).join(", ")}` : ""})`,
      "not-docx",
    );
  }
  return verifyZipSizes(bytes, entries, limits, keep);
}

/** Checks that bytes are a readable, reasonably sized .docx; throws FormatError otherwise. */
export async function checkDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  await checkedParts(bytes, limits, new Set());
}

/** How a .docx was read: the direct reader, or mammoth and why the direct reader declined. */
export type DocxReader = { reader: "direct" } | { reader: "mammoth"; declined: string };

export interface DocxHtml {
  html: string;
  /** mammoth's error messages (the direct reader has none: it declines instead). */
  errors: string[];
  how: DocxReader;
}

const utf8 = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes);

/** The main part the package relationships name, when it is not word/document.xml. */
function otherMainPart(rels: Uint8Array | undefined): string | null {
  if (!rels) return null;
  const xml = new TextDecoder().decode(rels);
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type\s*=\s*["'][^"']*\/officeDocument["']/.test(m[0])) continue;
    const target = /Target\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1] ?? "";
    return target.replace(/^\//, "") === DOCUMENT ? null : target;
  }
  return null;
}

/** Tries the direct reader on the checked parts; says why when it declines. */
function readDirect(parts: Map<string, Uint8Array>): { html: string } | { declined: string } {
  const other = otherMainPart(parts.get(PACKAGE_RELS));
  if (other !== null) return { declined: `the main part is ${other}` };
  let xml: string;
  let numbering: string;
  try {
    xml = utf8(parts.get(DOCUMENT)!);
    numbering = parts.has(NUMBERING) ? utf8(parts.get(NUMBERING)!) : "";
  } catch {
    return { declined: "a part that is not UTF-8" };
  }
  return readWordBody(xml, { numberingByStyle: numbering.includes("<w:pStyle") });
}

async function mammothHtml(data: Uint8Array): Promise<{ html: string; errors: string[] }> {
  // mammoth's browser build reads {arrayBuffer}; its Node build reads only {buffer}, which JSZip
  // accepts as a plain Uint8Array. Both are given, so the same call works in either (no Buffer).
  const copy = data.slice();
  const input = { arrayBuffer: copy.buffer as ArrayBuffer, buffer: copy };
  // Loaded only when a document needs it: most papers are read by the direct reader, and mammoth
  // with its zip library is most of the studio's startup script.
  const { default: mammoth } = await import("mammoth");
  try {
    const result = await mammoth.convertToHtml(
      input as unknown as { arrayBuffer: ArrayBuffer },
      { transformDocument: indentParagraphs as (element: unknown) => unknown, ignoreEmptyParagraphs: true } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    return { html: result.value, errors: result.messages.filter((m) => m.type === "error").map((m) => m.message) };
  } catch (error) {
    throw new FormatError(`the .docx file cannot be read: ${(error as Error).message}`, "corrupt-docx");
  }
}

/**
 * A checked .docx as HTML for htmlToText: by the direct reader when it understands the whole
 * document, else by mammoth. `reader: "mammoth"` forces mammoth (for comparing the two).
 */
export async function docxToHtml(bytes: Uint8Array | ArrayBuffer, options: { reader?: "mammoth" } = {}): Promise<DocxHtml> {
  const { parts: _, ...read } = await readDocx(bytes, options);
  return read;
}

async function readDocx(bytes: Uint8Array | ArrayBuffer, options: { reader?: "mammoth" }): Promise<DocxHtml & { parts: Map<string, Uint8Array> }> {
  const data = toUint8Array(bytes);
  const parts = await checkedParts(data, DEFAULT_ZIP_LIMITS, DIRECT_PARTS);
  const direct = options.reader === "mammoth" ? { declined: "mammoth was asked for" } : readDirect(parts);
  if ("html" in direct) return { html: direct.html, errors: [], how: { reader: "direct" }, parts };
  const { html, errors } = await mammothHtml(data);
  return { html, errors, how: { reader: "mammoth", declined: direct.declined }, parts };
}

/**
 * Reads a .docx into a working paper, in Node and in browsers. Word's comments come back as
 * comment marks on the same words (docx-comments.ts); one whose words are not found is said.
 */
export async function importDocx(bytes: Uint8Array | ArrayBuffer, options: ImportTextOptions = {}): Promise<ImportResult> {
  const { html, errors, parts } = await readDocx(bytes, {});
  const result = importText(htmlToText(html), options);
  for (const message of errors) result.warnings.unshift({ line: 0, message: `Word document: ${message}` });
  const comments = parts.get(COMMENTS);
  if (comments) {
    let read: { doc: Node; unplaced: WordComment[] } | null = null;
    const unreadable = { line: 0, message: "Word document: its comments could not be read; the paper is imported without them" };
    try {
      const body = utf8(parts.get(DOCUMENT)!);
      const found = readWordComments(body, utf8(comments));
      if (found.length >= MAX_WORD_COMMENTS) result.warnings.push({ line: 0, message: `Word document: only its first ${MAX_WORD_COMMENTS.toLocaleString("en-US")} comments are read` });
      // Ranges in the text but no comment read: the comments part is damaged, not empty.
      if (!found.length && body.includes("<w:commentRangeStart")) result.warnings.push(unreadable);
      read = placeWordComments(result.doc, found);
    } catch {
      result.warnings.push(unreadable);
    }
    if (read) {
      result.doc = read.doc;
      const n = read.unplaced.length;
      if (n > 0) {
        const named = read.unplaced.slice(0, 3).map((c) => `“${c.body.length > 40 ? `${c.body.slice(0, 40)}…` : c.body}”${c.author ? ` (${c.author})` : ""}`).join(", ");
        result.warnings.push({ line: 0, message: `Word document: ${n === 1 ? "1 comment is" : `${n} comments are`} not kept, ${n === 1 ? "its" : "their"} words not being in the paper as read: ${named}${n > 3 ? ` and ${n - 3} more` : ""}` });
      }
    }
  }
  return result;
}
