/**
 * Word's comments read back into a paper: the reviewer's words (`word/comments.xml`) and the
 * words each one is on (between `w:commentRangeStart` and `w:commentRangeEnd` in
 * `word/document.xml`), placed as `comment` marks on the same words of the imported paper.
 *
 * The importer goes from Word through HTML and text to clauses, so positions do not survive it;
 * the commented words do. Each comment's words, paragraph by paragraph, are found again in the
 * paper's clauses in document order (a label or end punctuation Word had inside the range is
 * left out, as the clause model derives them). A comment whose words are not found is counted,
 * never placed somewhere else. One pass of small regular expressions: no DOM, no dependency
 * beyond ProseMirror, so it runs in Node, browsers and workers.
 */
import type { Node } from "prosemirror-model";
import { Transform } from "prosemirror-transform";
import { clauseModel, schema } from "@clausewise/schema";
import { readLeadingLabel } from "./labels.ts";

export interface WordComment {
  author: string;
  /** ISO date-time as Word wrote it, or "". */
  date: string;
  body: string;
  /** The commented text, one piece per paragraph the range touches, with that paragraph's text. */
  pieces: CommentedPiece[];
}

export interface CommentedPiece {
  text: string;
  paragraph: string;
  /** Where the piece starts in the paragraph's text. */
  at: number;
  /** How many paragraphs before this one read as the same clause text (two clauses may be word for word the same). */
  occurrence: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const n = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "";
    }
    return ENTITIES[ref] ?? whole;
  });
}

const attribute = (tag: string, name: string) => decode(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined) ?? "");

/** Paragraph texts of an XML fragment (`w:t` runs and tabs; deleted text is `w:delText`, left out). */
function paragraphs(xml: string): string[] {
  return xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? "\t" : decode(m[1]))).join("")).filter((p, i, all) => p !== "" || i < all.length - 1);
}

/**
 * At most this many comments are read: placing each looks through the paper's clauses, so a file
 * made to hold hundreds of thousands would stall the import (a real paper has tens).
 */
export const MAX_WORD_COMMENTS = 2000;

/** Every comment of a .docx with the words it is on (the first MAX_WORD_COMMENTS). */
export function readWordComments(documentXml: string, commentsXml: string): WordComment[] {
  const byId = new Map<string, WordComment>();
  for (const m of commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    if (byId.size >= MAX_WORD_COMMENTS) break;
    const id = attribute(m[1]!, "w:id");
    const body = paragraphs(m[2]!).join("\n").trim();
    if (id && body) byId.set(id, { author: attribute(m[1]!, "w:author"), date: attribute(m[1]!, "w:date"), body, pieces: [] });
  }
  if (!byId.size) return [];
  // Open ranges: where each started in the paragraph being read. Pieces are completed at the
  // range's end or at the paragraph's, when the paragraph's whole text is known.
  const open = new Map<string, number>();
  const waiting: { id: string; at: number; end: number | null }[] = [];
  const seen = new Map<string, number>();
  let paragraph = "";
  const finish = () => {
    const words = clauseWords(paragraph).words;
    const occurrence = seen.get(words) ?? 0;
    seen.set(words, occurrence + 1);
    for (const w of waiting.splice(0)) {
      const text = paragraph.slice(w.at, w.end ?? paragraph.length);
      if (text.trim()) byId.get(w.id)?.pieces.push({ text, paragraph, at: w.at, occurrence });
    }
  };
  const token = /<w:commentRangeStart\b([^>]*)>|<w:commentRangeEnd\b([^>]*)>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:p>/g;
  for (const m of documentXml.matchAll(token)) {
    if (m[1] !== undefined) open.set(attribute(m[1], "w:id"), paragraph.length);
    else if (m[2] !== undefined) {
      const id = attribute(m[2], "w:id");
      const at = open.get(id);
      if (at !== undefined) waiting.push({ id, at, end: paragraph.length });
      open.delete(id);
    } else if (m[0] === "</w:p>") {
      for (const [id, at] of open) {
        waiting.push({ id, at, end: null });
        open.set(id, 0);
      }
      finish();
      paragraph = "";
    } else paragraph += m[3] === undefined ? "\t" : decode(m[3]);
  }
  finish();
  // A range never closed would run to the end of the paper: it is placed nowhere.
  for (const id of open.keys()) byId.get(id)?.pieces.splice(0);
  return [...byId.values()];
}

/**
 * Text as the clause holds it: without a label or anything before a tab ("2.\tDecides …"),
 * without end punctuation, trimmed; `cut` is how much was taken off its start.
 */
function clauseWords(text: string): { words: string; cut: number } {
  let cut = text.lastIndexOf("\t") + 1;
  cut += /^\s*/u.exec(text.slice(cut))![0].length;
  // A label typed as text ("1. Urges", "(a) to report"), read as the importer reads it.
  const label = readLeadingLabel(text.slice(cut));
  if (label) cut += label.length;
  return { words: text.slice(cut).replace(/[\s,;:.]+$/u, ""), cut };
}

/**
 * The paper with each Word comment as a `comment` mark on its words, found in document order;
 * `unplaced` lists those whose words are not in the paper (or that were on no words, or whose
 * range was never closed).
 */
export function placeWordComments(doc: Node, comments: readonly WordComment[]): { doc: Node; placed: number; unplaced: WordComment[] } {
  if (!comments.length) return { doc, placed: 0, unplaced: [] };
  const blocks: { from: number; text: string }[] = [];
  for (const c of clauseModel(doc).clauses) {
    blocks.push({ from: c.textFrom, text: c.text });
    if (c.continuation) blocks.push({ from: c.continuation.from, text: c.continuation.text });
  }
  blocks.sort((a, b) => a.from - b.from);
  // The blocks holding each text, in order: a paragraph's clause is found by its text.
  const byText = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const list = byText.get(b.text);
    if (list) list.push(i);
    else byText.set(b.text, [i]);
  });
  const tr = new Transform(doc);
  let placed = 0;
  const unplaced: WordComment[] = [];
  comments.forEach((comment, n) => {
    const ranges: [number, number][] = [];
    let block = 0;
    let offset = 0;
    for (const piece of comment.pieces) {
      const para = clauseWords(piece.paragraph);
      // The words within the clause's text: the piece less what the clause does not hold.
      const start = Math.max(piece.at, para.cut) - para.cut;
      const words = piece.text.slice(Math.max(0, para.cut - piece.at)).slice(0, Math.max(0, para.words.length - start));
      if (!words.trim()) continue;
      // Its paragraph's clause (the same text; the same occurrence of it when clauses repeat),
      // else the first clause with the words, in order.
      const alike = para.words.slice(start, start + words.length) === words ? byText.get(para.words) ?? [] : [];
      const same = alike[Math.min(piece.occurrence, alike.length - 1)] ?? -1;
      if (same >= 0) {
        block = same;
        ranges.push([blocks[same]!.from + start, blocks[same]!.from + start + words.length]);
        offset = start + words.length;
        continue;
      }
      for (; block < blocks.length; block++, offset = 0) {
        const at = blocks[block]!.text.indexOf(words.trim(), offset);
        if (at < 0) continue;
        ranges.push([blocks[block]!.from + at, blocks[block]!.from + at + words.trim().length]);
        offset = at + words.trim().length;
        break;
      }
    }
    if (!ranges.length) {
      unplaced.push(comment);
      return;
    }
    const created = Number.isNaN(Date.parse(comment.date)) ? "" : new Date(comment.date).toISOString();
    const mark = schema.marks.comment.create({ id: `w${n + 1}`, author: comment.author, body: comment.body, created });
    for (const [from, to] of ranges) tr.addMark(from, to, mark);
    placed++;
  });
  return { doc: tr.doc, placed, unplaced };
}
