/** Reads a working paper from disk and imports it with the formats package. */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { decodeText, FormatError, importFile, looksLikeZip, type ImportResult } from "@clausewise/formats";
import { SourceText } from "./locate.ts";

export const SUPPORTED_EXTENSIONS = [".txt", ".docx", ".json"] as const;

export interface LoadedPaper {
  /** The path as given on the command line. */
  path: string;
  result: ImportResult;
  /** The file's text, for .txt and .json files: line and column are computed in it. Null for .docx (and a zip under any name). */
  source: SourceText | null;
  /** The file as read. */
  bytes: Uint8Array;
}

/** A file that could not be read or imported; the message names the problem for a person. */
export class FileProblem extends Error {
  override name = "FileProblem";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ExpandedPaths {
  /** The files to lint, in order. */
  files: string[];
  /** Folders that could not be read, or held nothing to lint. */
  problems: FileProblem[];
  /** Per folder given, the files of other types left out (a director should know they were not checked). */
  skipped: { folder: string; files: string[] }[];
}

/**
 * The files to lint for the paths given: a directory stands for the .txt, .docx and .json files
 * under it (sorted, hidden entries and node_modules left out); anything else is kept as given, so
 * that a missing file is reported by name. A folder that cannot be read, or holds no paper, is a
 * problem of its own; the other folders and files are still linted.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const out: ExpandedPaths = { files: [], problems: [], skipped: [] };
  const walk = async (dir: string, skipped: string[]): Promise<number> => {
    let entries;
    try {
      entries = (await readdir(resolve(cwd, dir), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (error) {
      out.problems.push(new FileProblem(dir, `cannot read the folder: ${reason(error)}`));
      return 0;
    }
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) found += await walk(path, skipped);
      else if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) {
        out.files.push(path);
        found++;
      } else skipped.push(path);
    }
    return found;
  };
  for (const path of paths) {
    const isDir = await stat(resolve(cwd, path)).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
      out.files.push(path);
      continue;
    }
    const skipped: string[] = [];
    const problemsBefore = out.problems.length;
    const found = await walk(path, skipped);
    if (skipped.length) out.skipped.push({ folder: path, files: skipped });
    if (found === 0 && out.problems.length === problemsBefore) {
      const others = skipped.length ? ` (only ${skipped.length} file${skipped.length === 1 ? "" : "s"} of other types, such as ${skipped[0]})` : "";
      out.problems.push(new FileProblem(path, `no .txt, .docx or .json paper in this folder${others}`));
    }
  }
  return out;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file or folder" : code === "EISDIR" ? "is a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
}

/** What to do with a file of a type clausewise does not read, by its extension. */
const OTHER_TYPES: Record<string, string> = {
  ".doc": "an old Word (.doc) file: save it as .docx in Word and lint that",
  ".pdf": "a PDF: lint the .docx it was made from, or copy its text into a .txt file",
  ".odt": "an OpenDocument file: save it as .docx and lint that",
  ".rtf": "a Rich Text file: save it as .docx and lint that",
  ".pages": "a Pages file: export it as .docx and lint that",
};

/** Reads `file` (resolved against `cwd`); messages and the result name it as given. */
export async function loadPaper(path: string, cwd = process.cwd()): Promise<LoadedPaper> {
  const ext = extname(path).toLowerCase();
  // Whether it is there at all first: "no such file" says more than "unsupported type" for a typo.
  const exists = await stat(resolve(cwd, path)).then(() => null, (error: unknown) => error);
  if (exists) throw new FileProblem(path, `cannot read it: ${reason(exists)}`);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new FileProblem(path, OTHER_TYPES[ext] ? `${OTHER_TYPES[ext]}` : `unsupported file type "${ext || "(none)"}": clausewise reads .txt, .docx and .json files`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    throw new FileProblem(path, `cannot read the file: ${reason(error)}`);
  }
  return paperFromBytes(path, bytes);
}

/** Whether the bytes are UTF-8 text (what --fix rewrites and SARIF fixes count in). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Imports a file's bytes (read from disk, or rewritten by `--fix`) as the paper at `path`. */
export async function paperFromBytes(path: string, bytes: Uint8Array): Promise<LoadedPaper> {
  const ext = extname(path).toLowerCase();
  let result: ImportResult;
  try {
    result = await importFile(path, bytes);
  } catch (error) {
    if (error instanceof FormatError) {
      // The importer names the file in its messages; the report names it already.
      const message = error.message.startsWith(`${path} `) ? error.message.slice(path.length + 1) : error.message;
      throw new FileProblem(path, error.path && !message.includes(error.path) ? `${message} (at ${error.path})` : message);
    }
    throw new FileProblem(path, `cannot import the file: ${firstLine((error as Error).message)}`);
  }
  // Positions are counted in the text the importer read: decoded as it decodes (UTF-16 too); none
  // for a zip, which the importer reads as a .docx whatever its name.
  const source = ext === ".docx" || looksLikeZip(bytes) ? null : new SourceText(decodeText(bytes).text.replace(/^\uFEFF/u, ""));
  return { path, result, source, bytes };
}

const firstLine = (message: string) => message.split("\n")[0]!.trim();
