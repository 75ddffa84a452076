/**
 * Reading papers from files and writing them out. Import and export go through
 * @clausewise/formats; errors come back as messages that name the file and the problem, and never
 * touch the paper that is open.
 */
import type { Node } from "prosemirror-model";
import * as formats from "@clausewise/formats";
import { exportText, importText } from "@clausewise/formats";
import { parseDocumentJSON } from "@clausewise/schema";

/** The largest file the studio opens (a long working paper as .docx is well under 1 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const importAccept = ".docx,.txt,.json,application/json,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface DocxApi {
  importDocx(bytes: Uint8Array): { doc: Node } | Node | Promise<{ doc: Node } | Node>;
  exportDocx(doc: Node): Uint8Array | Promise<Uint8Array>;
}
// Word import and export are still being built in @clausewise/formats: use them once they exist.
const docxApi = formats as unknown as Partial<DocxApi>;

const docOf = (r: { doc: Node } | Node): Node => ("nodeSize" in r ? r : r.doc);

export class ImportError extends Error {
  override name = "ImportError";
}

function extension(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

/** Reads one file into a document; throws ImportError with the file's name and what is wrong. */
export async function importPaperFile(name: string, bytes: Uint8Array): Promise<Node> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ImportError(`${name}: the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the studio opens files up to 10 MB.`);
  }
  const ext = extension(name);
  if (!["docx", "txt", "json", "text", "md"].includes(ext)) {
    throw new ImportError(`${name}: not a working paper file (use .docx, .txt or .json).`);
  }
  try {
    if (ext === "docx") {
      if (!docxApi.importDocx) throw new Error("opening Word files is not available in this build");
      return docOf(await docxApi.importDocx(bytes));
    }
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (ext === "json") return parseDocumentJSON(text);
    return importText(text).doc;
  } catch (error) {
    throw new ImportError(`${name}: ${(error as Error).message}`);
  }
}

/** Reads pasted text (plain text or the JSON form) into a document. */
export function importPastedText(text: string): Node {
  const trimmed = text.trim();
  if (!trimmed) throw new ImportError("Nothing to import: the pasted text is empty.");
  try {
    if (trimmed.startsWith("{")) return parseDocumentJSON(trimmed);
    return importText(text).doc;
  } catch (error) {
    throw new ImportError(`Pasted text: ${(error as Error).message}`);
  }
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
      if (!docxApi.exportDocx) throw new Error("Word export is not available in this build yet.");
      return await docxApi.exportDocx(doc);
  }
}

/** A file name from the paper's code or topic: "HRC-WP.1.docx". */
export function fileNameFor(title: string, format: ExportFormat | "html", suffix = ""): string {
  const base = title.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "working-paper";
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
