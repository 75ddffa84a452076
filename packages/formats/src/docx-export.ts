/**
 * The paper as a Word document in conference format: Times New Roman 12 pt throughout, line
 * numbers in the margin, the heading block, the organ line, italic opening phrases, and the
 * derived numbers, labels and end punctuation written as text (not Word's automatic numbering),
 * so what the delegate sees in Word is exactly what the clause model derived.
 */
import type { Node, Mark } from "prosemirror-model";
import { clauseModel, schema, type ClauseInfo, type CommentAttrs } from "@clausewise/schema";
import { headingLines } from "./text-export.ts";

export const DOCX_FONT = "Times New Roman";
/** Half-points: 24 is 12 pt. */
export const DOCX_SIZE = 24;
/** Twips per level of indentation: 720 is half an inch (1.27 cm). */
export const DOCX_INDENT = 720;

type Docx = typeof import("docx");
type Paragraph = InstanceType<Docx["Paragraph"]>;
type TextRun = InstanceType<Docx["TextRun"]>;
type ParagraphChild = TextRun | InstanceType<Docx["CommentRangeStart"]> | InstanceType<Docx["CommentRangeEnd"]>;

/**
 * A reviewer's comment as Word stores it: a number, the body, and where its range starts and
 * ends (document positions of the first and last commented text).
 */
interface WordComment {
  n: number;
  attrs: CommentAttrs;
  from: number;
  to: number;
}

/**
 * The paper's comments in document order, numbered from 0. A comment's range may run over several
 * clauses (a selection across them); Word takes a range that starts in one paragraph and ends in
 * another, so it is written once, from its first to its last commented text.
 */
function commentsOf(doc: Node): Map<string, WordComment> {
  const comments = new Map<string, WordComment>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type !== schema.marks.comment) continue;
      const attrs = mark.attrs as CommentAttrs;
      const known = comments.get(attrs.id);
      if (known) known.to = pos + node.nodeSize;
      else comments.set(attrs.id, { n: comments.size, attrs, from: pos, to: pos + node.nodeSize });
    }
    return false;
  });
  return comments;
}

/** Initials for Word's comment balloon: "Alex Chen" gives "AC". */
function initialsOf(author: string): string {
  return author.split(/\s+/).filter(Boolean).map((w) => Array.from(w)[0]!.toUpperCase()).join("").slice(0, 9);
}

const spacing = { after: 120, line: 276 };

/** The paragraph builders over the docx library (loaded when a paper is exported, not before). */
function writer(d: Docx, comments: ReadonlyMap<string, WordComment>) {
  const run = (text: string, opts: { italics?: boolean; bold?: boolean } = {}) =>
    new d.TextRun({ text, font: DOCX_FONT, size: DOCX_SIZE, italics: opts.italics ?? false, bold: opts.bold ?? false });

  const commentsOn = (marks: readonly Mark[]) =>
    marks.filter((m) => m.type === schema.marks.comment).map((m) => comments.get((m.attrs as CommentAttrs).id)!);

  /**
   * Runs of a textblock whose content starts at `start`: the opening phrase in italics, em-marked
   * text in italics, and each comment's range opened before its first text and closed, with the
   * reference Word anchors the balloon to, after its last.
   */
  function runsOf(textblock: Node, start: number, italic: number): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    let offset = 0;
    const isEm = (marks: readonly Mark[]) => marks.some((m) => m.type.name === "em");
    textblock.forEach((child, childOffset) => {
      const text = child.text ?? "";
      const from = start + childOffset;
      const on = commentsOn(child.marks);
      for (const c of on) if (c.from === from) runs.push(new d.CommentRangeStart(c.n));
      const em = isEm(child.marks);
      const cut = Math.max(0, Math.min(text.length, italic - offset));
      if (cut > 0) runs.push(run(text.slice(0, cut), { italics: true }));
      if (cut < text.length) runs.push(run(text.slice(cut), { italics: em }));
      for (const c of on) {
        if (c.to !== from + child.nodeSize) continue;
        runs.push(new d.CommentRangeEnd(c.n), new d.TextRun({ children: [new d.CommentReference(c.n)], font: DOCX_FONT, size: DOCX_SIZE }));
      }
      offset += text.length;
    });
    return runs;
  }

  function operativeParagraph(doc: Node, c: ClauseInfo): Paragraph {
    const node = doc.nodeAt(c.pos)!;
    // Label at the left of a hanging indent, a tab, then the text aligned one level in.
    return new d.Paragraph({
      indent: { left: DOCX_INDENT * (c.depth + 1), hanging: DOCX_INDENT },
      tabStops: [{ type: d.TabStopType.LEFT, position: DOCX_INDENT * (c.depth + 1) }],
      spacing,
      children: [run(c.label), new d.TextRun({ children: [new d.Tab()], font: DOCX_FONT, size: DOCX_SIZE }), ...runsOf(node.firstChild!, c.textFrom, c.opening?.length ?? 0), run(c.end)],
    });
  }

  function continuationParagraph(doc: Node, c: ClauseInfo): Paragraph {
    const node = doc.nodeAt(c.pos)!;
    // Flush with the label of the clause it continues, as in the canonical text.
    return new d.Paragraph({
      indent: { left: DOCX_INDENT * c.depth },
      spacing,
      children: [...runsOf(node.lastChild!, c.continuation!.from, 0), run(c.continuation!.end)],
    });
  }

  return { run, runsOf, operativeParagraph, continuationParagraph };
}

export interface DocxExportOptions {
  /** The author written for a comment that names none ("Reviewer" by default). */
  unnamedAuthor?: string;
}

/** The paper as .docx bytes. */
export async function exportDocx(doc: Node, options: DocxExportOptions = {}): Promise<Uint8Array> {
  const unnamed = options.unnamedAuthor?.trim() || "Reviewer";
  // Loaded on the first export: the docx library is a large part of the studio's script.
  const d = await import("docx");
  const comments = commentsOf(doc);
  const { run, runsOf, operativeParagraph, continuationParagraph } = writer(d, comments);
  const model = clauseModel(doc);
  const paragraphs: Paragraph[] = [];
  for (const line of headingLines(model.heading)) {
    const colon = line.indexOf(": ");
    paragraphs.push(new d.Paragraph({ spacing: { after: 0 }, children: [run(line.slice(0, colon + 1), { bold: true }), run(line.slice(colon + 1))] }));
  }
  if (model.organLine) {
    paragraphs.push(new d.Paragraph({ spacing: { before: 240, after: 240 }, children: [run(model.organLine)] }));
  }
  const open: ClauseInfo[] = [];
  const close = (depth: number) => {
    while (open.length && open.at(-1)!.depth >= depth) {
      const c = open.pop()!;
      if (c.continuation) paragraphs.push(continuationParagraph(doc, c));
    }
  };
  for (const c of model.clauses) {
    if (c.section === "preamble") {
      const node = doc.nodeAt(c.pos)!;
      paragraphs.push(new d.Paragraph({
        indent: { firstLine: DOCX_INDENT },
        spacing,
        alignment: d.AlignmentType.LEFT,
        children: [...runsOf(node.firstChild!, c.textFrom, c.opening?.length ?? 0), run(c.end)],
      }));
      continue;
    }
    close(c.depth);
    paragraphs.push(operativeParagraph(doc, c));
    open.push(c);
  }
  close(0);

  const file = new d.Document({
    creator: "Clausewise",
    // Reviewers' comments, as Word's own: a balloon in the margin on the commented words.
    comments: {
      children: [...comments.values()].map(({ n, attrs }) => {
        const created = new Date(attrs.created);
        return {
          id: n,
          author: attrs.author || unnamed,
          initials: initialsOf(attrs.author || unnamed),
          ...(Number.isNaN(created.getTime()) ? {} : { date: created }),
          children: attrs.body.split(/\r?\n/).map((line) => new d.Paragraph({ children: [run(line)] })),
        };
      }),
    },
    title: [model.heading.code, model.heading.topic].filter(Boolean).join(" — ") || "Working paper",
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: DOCX_SIZE } },
      },
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } },
          // Numbered continuously through the paper, so an amendment can cite "line 57" alone.
          lineNumbers: { countBy: 1, restart: d.LineNumberRestartFormat.CONTINUOUS },
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(file));
}
