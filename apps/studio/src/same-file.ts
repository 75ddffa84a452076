/**
 * The same file opened twice is one paper, not two: on the review desk and in Draft alike, a file
 * with the same name and the same bytes (its fingerprint, files.ts) as one already opened or
 * imported finds that paper, so the studio opens it instead of adding a silent copy.
 */
import type { Node } from "prosemirror-model";
import { sameDocument } from "@clausewise/formats";

export interface FileOrigin {
  fileName?: string;
  fileHash?: string;
}

/** The paper made from this very file (same name, same fingerprint), if any. */
export function paperFromSameFile<T>(papers: Iterable<T>, originOf: (p: T) => FileOrigin | undefined, name: string, hash: string): T | undefined {
  for (const p of papers) {
    const o = originOf(p);
    if (o?.fileName === name && o.fileHash === hash) return p;
  }
  return undefined;
}

/** A paper with exactly this document (a draft pasted, or imported before drafts kept their file). */
export function paperWithSameText<T>(papers: Iterable<T>, docOf: (p: T) => Node, doc: Node): T | undefined {
  for (const p of papers) if (sameDocument(docOf(p), doc)) return p;
  return undefined;
}
