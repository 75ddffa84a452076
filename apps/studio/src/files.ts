/**
 * Reading papers from files and writing them out, through @clausewise/formats. Import errors come
 * back as messages that name the file and the problem, and never touch the paper that is open.
 */
import type { Node } from "prosemirror-model";
import { exportDocx, exportText, importFile, importJson, importText, type ImportWarning } from "@clausewise/formats";

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

const withName = (name: string, message: string) => (message.includes(name) ? message : `${name}: ${message}`);

/** Reads one file (.docx, .txt or .json; the content decides) into a document. */
export async function importPaperFile(name: string, bytes: Uint8Array): Promise<Imported> {
  try {
    const { doc, warnings } = await importFile(name, bytes);
    return { doc, warnings };
  } catch (error) {
    throw new ImportError(withName(name, (error as Error).message));
  }
}

/** Reads pasted text (plain text or the JSON form) into a document. */
export function importPastedText(text: string): Imported {
  if (!text.trim()) throw new ImportError("Nothing to import: the pasted text is empty.");
  try {
    const { doc, warnings } = text.trim().startsWith("{") ? importJson(text) : importText(text);
    return { doc, warnings };
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
      return exportDocx(doc);
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
