/** Reads a working paper from disk and imports it with the formats package. */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { FormatError, importFile, type ImportResult } from "@clausewise/formats";
import { SourceText } from "./locate.ts";

export const SUPPORTED_EXTENSIONS = [".txt", ".docx", ".json"] as const;

export interface LoadedPaper {
  /** The path as given on the command line. */
  path: string;
  result: ImportResult;
  /** The file's text, for .txt and .json files: line and column are computed in it. Null for .docx. */
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

/**
 * The files to lint for the paths given: a directory stands for the .txt, .docx and .json files
 * under it (sorted, hidden entries and node_modules left out); anything else is kept as given, so
 * that a missing file is reported by name.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(resolve(cwd, dir), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) out.push(path);
    }
  };
  for (const path of paths) {
    const isDir = await stat(resolve(cwd, path)).then((s) => s.isDirectory(), () => false);
    if (isDir) await walk(path);
    else out.push(path);
  }
  return out;
}

/** Reads `file` (resolved against `cwd`); messages and the result name it as given. */
export async function loadPaper(path: string, cwd = process.cwd()): Promise<LoadedPaper> {
  const ext = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new FileProblem(path, `unsupported file type "${ext || "(none)"}": clausewise reads .txt, .docx and .json files`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new FileProblem(path, `cannot read the file: ${why}`);
  }
  return paperFromBytes(path, bytes);
}

/** Imports a file's bytes (read from disk, or rewritten by `--fix`) as the paper at `path`. */
export async function paperFromBytes(path: string, bytes: Uint8Array): Promise<LoadedPaper> {
  const ext = extname(path).toLowerCase();
  let result: ImportResult;
  try {
    result = await importFile(path, bytes);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new FileProblem(path, error.path ? `${error.message} (at ${error.path})` : error.message);
    }
    throw new FileProblem(path, `cannot import the file: ${(error as Error).message}`);
  }
  const source = ext === ".docx" ? null : new SourceText(new TextDecoder().decode(bytes));
  return { path, result, source, bytes };
}
