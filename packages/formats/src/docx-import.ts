/**
 * Reading a Word document: the archive is checked first (zip-guard.ts), mammoth turns the document
 * into HTML, htmlToText turns that into text lines (Word's automatic numbering comes back as
 * labels from the list nesting), and the text goes through the same importer as pasted text.
 */
import mammoth from "mammoth";
import { FormatError } from "./errors.ts";
import { htmlToText } from "./html-to-text.ts";
import { importText, type ImportTextOptions } from "./text-import.ts";
import { looksLikeZip, readZipDirectory, verifyZipSizes, DEFAULT_ZIP_LIMITS, type ZipLimits } from "./zip-guard.ts";
import type { ImportResult } from "./types.ts";

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

/** Twips per column of indentation in the text handed to the importer (720 twips = 4 columns). */
const TWIPS_PER_COLUMN = 180;

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
    const twips = Number(element.indent.start ?? 0) - Number(element.indent.hanging ?? 0) + Number(element.indent.firstLine ?? 0);
    const columns = Number.isFinite(twips) ? Math.min(40, Math.max(0, Math.round(twips / TWIPS_PER_COLUMN))) : 0;
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

/** Checks that bytes are a readable, reasonably sized .docx; throws FormatError otherwise. */
export async function checkDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new FormatError(`the .docx file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; files up to ${MAX_DOCX_BYTES / 1048576} MB are read`, "too-large");
  }
  if (!looksLikeZip(bytes)) throw new FormatError("not a .docx file: a .docx is a zip archive, and this file is not one", "not-docx");
  const entries = readZipDirectory(bytes, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("word/document.xml")) {
    throw new FormatError(
      `a zip archive but not a Word document: it has no word/document.xml (${entries.length} entries${entries.length ? `, e.g. ${entries.slice(0, 3).map((e) => e.name).join(", ")}` : ""})`,
      "not-docx",
    );
  }
  await verifyZipSizes(bytes, entries, limits);
}

/** Reads a .docx into a working paper, in Node and in browsers. */
export async function importDocx(bytes: Uint8Array | ArrayBuffer, options: ImportTextOptions = {}): Promise<ImportResult> {
  const data = toUint8Array(bytes);
  await checkDocx(data);
  // mammoth's browser build reads {arrayBuffer}; its Node build reads only {buffer}, which JSZip
  // accepts as a plain Uint8Array. Both are given, so the same call works in either (no Buffer).
  const copy = data.slice();
  const input = { arrayBuffer: copy.buffer as ArrayBuffer, buffer: copy };
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      input as unknown as { arrayBuffer: ArrayBuffer },
      { transformDocument: indentParagraphs as (element: unknown) => unknown, ignoreEmptyParagraphs: true } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw new FormatError(`the .docx file cannot be read: ${(error as Error).message}`, "corrupt-docx");
  }
  const result = importText(htmlToText(html), options);
  for (const m of messages) {
    if (m.type === "error") result.warnings.unshift({ line: 0, message: `Word document: ${m.message}` });
  }
  return result;
}
