/**
 * Reading papers from files and writing them out, through @clausewise/formats. Import errors come
 * back as messages that name the file and the problem, and never touch the paper that is open.
 */
import type { Node } from "prosemirror-model";
import { exportDocx, exportText, importFile, importJson, importText, type ImportWarning } from "@clausewise/formats";
import { isBlankPaper } from "@clausewise/schema";
import { withKnownCommittee } from "./committee.ts";

export const importAccept =
  ".docx,.txt,.json,.text,application/json,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export class ImportError extends Error {
  override name = "ImportError";
}

export interface Imported {
  doc: Node;
  /** What the importer could not take as written (shown to the user, never silently dropped). */
  warnings: ImportWarning[];
}

/** No bytes, or only spaces and line breaks (with a UTF-8 byte order mark at most). */
const isBlank = (bytes: Uint8Array) => {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(start).every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
};

const withName = (name: string, message: string) => (message.includes(name) ? message : `${name}: ${message}`);

/**
 * A paper the importer found no known committee for gets `committee` (see committee.ts): the
 * importer's own "no committee found" note is replaced by one saying which committee it got.
 */
function withCommittee(imported: Imported, committee: string | undefined): Imported {
  if (committee === undefined) return imported;
  const { doc, note } = withKnownCommittee(imported.doc, committee);
  if (!note) return imported;
  const warnings = imported.warnings.filter((w) => !(w.line === 0 && /^no committee found\b/.test(w.message)));
  return { doc, warnings: [{ line: 0, message: note }, ...warnings] };
}

/**
 * Reads one file (.docx, .txt or .json; the content decides) into a document. `committee`: the
 * committee a paper that names none gets (none for the review desk, whose checklist says it is missing).
 */
export async function importPaperFile(name: string, bytes: Uint8Array, committee?: string): Promise<Imported> {
  // The importer reads an empty file as an empty paper: a new blank draft (or desk row) the user
  // did not ask for, and no word that the file had nothing in it.
  if (isBlank(bytes)) throw new ImportError(`${name} is empty: there is no text in it to import`);
  let imported: Imported;
  try {
    const { doc, warnings } = await importFile(name, bytes);
    imported = { doc, warnings };
  } catch (error) {
    throw new ImportError(withName(name, (error as Error).message));
  }
  // A Word file of empty paragraphs reads as an empty paper too.
  if (isBlankPaper(imported.doc)) throw new ImportError(`${name} is empty: there is no text in it to import`);
  return withCommittee(imported, committee);
}

/** Reads pasted text (plain text or the JSON form) into a document; `committee` as for importPaperFile. */
export function importPastedText(text: string, committee: string): Imported {
  if (!text.trim()) throw new ImportError("Nothing to import: the pasted text is empty.");
  let imported: Imported;
  try {
    const { doc, warnings } = text.trim().startsWith("{") ? importJson(text) : importText(text);
    imported = { doc, warnings };
  } catch (error) {
    throw new ImportError(`Pasted text: ${(error as Error).message}`);
  }
  return withCommittee(imported, committee);
}

/**
 * A short fingerprint of a file's bytes (53-bit, cyrb53), to tell the same file opened twice from
 * another file of the same name. Not cryptographic; it needs no secure context (crypto.subtle does).
 */
export function fingerprint(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef ^ bytes.length, h2 = 0x41c6ce57 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${bytes.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

export type ExportFormat = "docx" | "txt" | "json";

export const exportTypes: Record<ExportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain;charset=utf-8",
  json: "application/json",
};

export async function exportPaper(doc: Node, format: ExportFormat): Promise<Uint8Array | string> {
  switch (format) {
    case "json":
      return JSON.stringify(doc.toJSON(), null, 2) + "\n";
    case "txt":
      return exportText(doc);
    case "docx":
      // A comment with no name is the director's, as the studio shows it.
      return exportDocx(doc, { unnamedAuthor: "Director" });
  }
}

// Names Windows reserves for devices, with any extension ("CON.html" cannot be created either).
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A file name from the paper's code or topic, safe on every OS: "HRC/WP.1" gives "HRC-WP.1.docx".
 * Letters of any script, digits, ".", "_" and "-" are kept (composed, so "é" stays one letter);
 * anything else becomes "-"; no leading dot (a hidden file) or trailing dot (Windows drops it), no
 * device name, and at most 64 characters and 200 bytes (file systems count bytes, up to 255).
 */
export function fileNameFor(title: string, format: ExportFormat | "html", suffix = ""): string {
  const cleaned = title.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-").replace(/^[-.]+|[-.]+$/g, "");
  let base = "";
  let bytes = 0;
  const utf8 = new TextEncoder();
  for (const ch of Array.from(cleaned).slice(0, 64)) {
    bytes += utf8.encode(ch).length;
    if (bytes > 200) break;
    base += ch;
  }
  base = base.replace(/[-.]+$/, "") || "working-paper";
  if (windowsReserved.test(base)) base = `paper-${base}`;
  return `${base}${suffix}.${format}`;
}

/** Offers bytes or text as a download. */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([typeof data === "string" ? data : data.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
