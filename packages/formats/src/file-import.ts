/**
 * Opening a file: the kind is decided from the extension and the content (a zip is a .docx, a
 * leading "{" is JSON, anything else text), with a clear FormatError for what cannot be read.
 * Every path is bounded in time and memory: sizes are checked before anything is decoded.
 */
import { FormatError } from "./errors.ts";
import { importDocx } from "./docx-import.ts";
import { importJson } from "./json-import.ts";
import { importText, type ImportTextOptions } from "./text-import.ts";
import { looksLikeZip } from "./zip-guard.ts";
import type { ImportResult } from "./types.ts";

/** Largest text or JSON file read. */
// A 5,000-clause compilation is about 3 MB of text or JSON; above 5 MB a file is not a working
// paper, and reading it would freeze the page for seconds (10 MB took 8 s and 150 MB of memory).
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes text: UTF-8 (with or without BOM) or UTF-16 with BOM; invalid bytes become U+FFFD with a warning. */
export function decodeText(bytes: Uint8Array): { text: string; replaced: number } {
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), replaced: 0 };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), replaced: 0 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), replaced: 0 };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    let replaced = 0;
    for (const ch of text) if (ch === "\uFFFD") replaced++;
    return { text, replaced };
  }
}

const extension = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/** Reads a file given by name and bytes into a working paper. */
export async function importFile(name: string, bytes: Uint8Array, options: ImportTextOptions = {}): Promise<ImportResult> {
  const ext = extension(name);
  // A zip under any name is read as a .docx (renamed files are common); checkDocx says if it is not.
  if (looksLikeZip(bytes)) return importDocx(bytes, options);
  if (ext === "docx") throw new FormatError(`${name} is not a .docx file: a .docx is a zip archive, and this file is not one`, "not-docx");
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new FormatError(`${name} is an old Word (.doc) file: save it as .docx in Word and open that`, "unsupported");
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    throw new FormatError(`${name} is a PDF: copy its text into the editor, or open the .docx it was made from`, "unsupported");
  }
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new FormatError(
      `${name} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; text and JSON files are read up to ${MAX_TEXT_BYTES / 1048576} MB`,
      "too-large",
    );
  }
  // Text has no NUL bytes (UTF-16 files announce themselves with a byte-order mark).
  const head = bytes.subarray(0, 4096);
  if (!startsWith(bytes, 0xff, 0xfe) && !startsWith(bytes, 0xfe, 0xff) && head.includes(0)) {
    throw new FormatError(`${name} is a binary file, not text, .docx or JSON`, "unsupported");
  }
  const { text, replaced } = decodeText(bytes);
  const isJson = ext === "json" || (ext !== "txt" && /^\uFEFF?\s*\{/.test(text.slice(0, 1024)));
  if (isJson) return importJson(text);
  const result = importText(text, options);
  if (replaced > 0) {
    result.warnings.unshift({ line: 0, message: `${name} is not valid UTF-8: ${replaced} character${replaced === 1 ? "" : "s"} could not be read and show as �` });
  }
  return result;
}
