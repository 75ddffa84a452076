/**
 * What the studio stores about a paper: the document JSON plus what the lists show. Records are
 * plain data (structured-clone safe) so they go to IndexedDB as they are.
 */
import type { Node } from "prosemirror-model";
import { parseDocumentJSON, type HeadingAttrs } from "@clausewise/schema";

export type Verdict = "undecided" | "accept" | "return";

export interface ReviewInfo {
  /** The file the director opened. */
  fileName: string;
  verdict: Verdict;
  /** A general note to the delegates, printed at the top of the feedback report. */
  note: string;
  /** A comment being written and not yet added (kept across leaving the paper and reloads). */
  commentDraft?: string;
  /** The opened file's fingerprint (files.ts), so the same file opened again is not added twice. */
  fileHash?: string;
}

/** The file a draft was imported from, so importing the same file again opens it rather than a copy. */
export interface ImportSource {
  fileName: string;
  /** The file's fingerprint (files.ts). */
  fileHash: string;
}

export interface PaperRecord {
  id: string;
  /** "draft": a delegate's paper; "review": a paper on the director's desk. */
  kind: "draft" | "review";
  /**
   * The document as ProseMirror JSON (`doc.toJSON()`); the studio saves a long draft's edits as
   * DocumentParts (doc-text.ts), and a store may hand back the JSON as one text. Records read
   * back (readRecord) always hold the object.
   */
  doc: unknown;
  /** ISO time of the last change. */
  updated: string;
  review?: ReviewInfo;
  /** Drafts: the file it was imported from (absent for templates, pasted text and older records). */
  source?: ImportSource;
}

/** A stored record that could be read, or one that could not (shown, never silently dropped). */
export type LoadedPaper =
  | { ok: true; record: PaperRecord; doc: Node }
  | { ok: false; id: string; raw: unknown; problem: string };

export function newPaperId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return "p" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Validates one stored value; a bad one becomes a "damaged" entry naming the problem. */
export function readRecord(raw: unknown): LoadedPaper {
  const id = typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string"
    ? (raw as { id: string }).id
    : "";
  if (!id) return { ok: false, id: "", raw, problem: "the record has no id" };
  const r = raw as Partial<PaperRecord>;
  if (r.kind !== "draft" && r.kind !== "review") return { ok: false, id, raw, problem: "the record has no kind" };
  let json: unknown = r.doc;
  if (typeof json === "string") {
    try {
      json = JSON.parse(json);
    } catch {
      return { ok: false, id, raw, problem: "the paper's saved text is not valid JSON" };
    }
  }
  try {
    const doc = parseDocumentJSON(json);
    const record: PaperRecord = {
      id,
      kind: r.kind,
      doc: json,
      updated: typeof r.updated === "string" ? r.updated : new Date(0).toISOString(),
    };
    if (r.review) record.review = normaliseReview(r.review);
    if (typeof r.source?.fileName === "string" && typeof r.source.fileHash === "string") {
      record.source = { fileName: r.source.fileName, fileHash: r.source.fileHash };
    }
    return { ok: true, record, doc };
  } catch (error) {
    return { ok: false, id, raw, problem: (error as Error).message };
  }
}

function normaliseReview(r: Partial<ReviewInfo>): ReviewInfo {
  const verdict: Verdict = r.verdict === "accept" || r.verdict === "return" ? r.verdict : "undecided";
  const review: ReviewInfo = { fileName: String(r.fileName ?? ""), verdict, note: String(r.note ?? "") };
  if (typeof r.commentDraft === "string" && r.commentDraft) review.commentDraft = r.commentDraft;
  if (typeof r.fileHash === "string" && r.fileHash) review.fileHash = r.fileHash;
  return review;
}

export function headingOf(doc: Node): HeadingAttrs {
  return doc.firstChild!.attrs as HeadingAttrs;
}

/** A title for lists: the topic, else the code, else a placeholder. */
export function paperTitle(doc: Node): string {
  const h = headingOf(doc);
  return h.topic.trim() || h.code.trim() || "Untitled working paper";
}
