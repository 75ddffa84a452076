/**
 * The paper as a Word document in conference format: Times New Roman 12 pt throughout, line
 * numbers in the margin, the heading block, the organ line, italic opening phrases, and the
 * derived numbers, labels and end punctuation written as text (not Word's automatic numbering),
 * so what the delegate sees in Word is exactly what the clause model derived.
 */
import type { Node, Mark } from "prosemirror-model";
import { clauseModel, type ClauseInfo } from "@clausewise/schema";
import { headingLines } from "./text-export.ts";

export const DOCX_FONT = "Times New Roman";
/** Half-points: 24 is 12 pt. */
export const DOCX_SIZE = 24;
/** Twips per level of indentation: 720 is half an inch (1.27 cm). */
export const DOCX_INDENT = 720;

type Docx = typeof import("docx");
type Paragraph = InstanceType<Docx["Paragraph"]>;
type TextRun = InstanceType<Docx["TextRun"]>;

const spacing = { after: 120, line: 276 };

/** The paragraph builders over the docx library (loaded when a paper is exported, not before). */
function writer(d: Docx) {
  const run = (text: string, opts: { italics?: boolean; bold?: boolean } = {}) =>
    new d.TextRun({ text, font: DOCX_FONT, size: DOCX_SIZE, italics: opts.italics ?? false, bold: opts.bold ?? false });

  /** Runs of a textblock: the opening phrase in italics, em-marked text in italics. */
  function runsOf(textblock: Node, italic: number): TextRun[] {
    const runs: TextRun[] = [];
    let offset = 0;
    const isEm = (marks: readonly Mark[]) => marks.some((m) => m.type.name === "em");
    textblock.forEach((child) => {
      const text = child.text ?? "";
      const em = isEm(child.marks);
      const cut = Math.max(0, Math.min(text.length, italic - offset));
      if (cut > 0) runs.push(run(text.slice(0, cut), { italics: true }));
      if (cut < text.length) runs.push(run(text.slice(cut), { italics: em }));
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
      children: [run(c.label), new d.TextRun({ children: [new d.Tab()], font: DOCX_FONT, size: DOCX_SIZE }), ...runsOf(node.firstChild!, c.opening?.length ?? 0), run(c.end)],
    });
  }

  function continuationParagraph(doc: Node, c: ClauseInfo): Paragraph {
    const node = doc.nodeAt(c.pos)!;
    // Flush with the label of the clause it continues, as in the canonical text.
    return new d.Paragraph({
      indent: { left: DOCX_INDENT * c.depth },
      spacing,
      children: [...runsOf(node.lastChild!, 0), run(c.continuation!.end)],
    });
  }

  return { run, runsOf, operativeParagraph, continuationParagraph };
}

/** The paper as .docx bytes. */
export async function exportDocx(doc: Node): Promise<Uint8Array> {
  // Loaded on the first export: the docx library is a large part of the studio's script.
  const d = await import("docx");
  const { run, runsOf, operativeParagraph, continuationParagraph } = writer(d);
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
        children: [...runsOf(node.firstChild!, c.opening?.length ?? 0), run(c.end)],
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
