/**
 * Runs in Chromium (bundled by src/browser.test.ts): DOCX export and import, and a Word paste,
 * through the browser builds of docx and mammoth. Writes its result into #out.
 */
import { createDocument } from "@clausewise/schema";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { exportDocx, importDocx, importText, htmlToText, exportText, documentDifference } from "../../src/index.ts";
import { docxToHtml } from "../../src/docx-import.ts";

/** A paper numbered by Word's automatic numbering: the direct reader leaves it to mammoth. */
async function numberedDocx(): Promise<Uint8Array> {
  const numbered = (text: string, level: number) => new Paragraph({ numbering: { reference: "op", level }, children: [new TextRun(text)] });
  const file = new Document({
    numbering: { config: [{ reference: "op", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }, { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.LEFT }] }] },
    sections: [{ children: [new Paragraph({ children: [new TextRun("The Security Council,")] }), numbered("Demands access:", 0), numbered("to all;", 1), numbered("Decides.", 0)] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

async function run(): Promise<unknown> {
  const doc = createDocument({
    heading: { committee: "hrc", topic: "Migrant workers", sponsors: ["Mexico"] },
    preamble: ["Recalling its resolution 5/1"],
    operative: [{ text: "Requests the Office", sub: ["to report", { text: "to consult", sub: ["States"] }], continuation: "and to act" }, "Decides"],
  });
  const bytes = await exportDocx(doc);
  const fromBytes = await importDocx(bytes);
  const fromArrayBuffer = await importDocx(bytes.slice().buffer);
  const paste = importText(htmlToText('<p class=MsoNormal>The Security Council,</p><p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp; </span></span><![endif]>Decides to act.</p>'));
  // Both readers in the browser: the direct one for exportDocx's file, mammoth for Word numbering.
  const direct = await docxToHtml(bytes);
  const viaMammoth = await docxToHtml(bytes, { reader: "mammoth" });
  const numbered = await docxToHtml(await numberedDocx());
  return {
    readers: [direct.how.reader, viaMammoth.how.reader, numbered.how.reader],
    sameText: htmlToText(direct.html) === htmlToText(viaMammoth.html),
    numbered: htmlToText(numbered.html),
    hasBuffer: typeof (globalThis as { Buffer?: unknown }).Buffer !== "undefined",
    size: bytes.byteLength,
    fromBytes: documentDifference(fromBytes.doc, doc),
    fromArrayBuffer: documentDifference(fromArrayBuffer.doc, doc),
    text: exportText(fromArrayBuffer.doc),
    paste: exportText(paste.doc),
  };
}

run().then(
  (result) => (document.getElementById("out")!.textContent = JSON.stringify({ ok: true, result })),
  (error: Error) => (document.getElementById("out")!.textContent = JSON.stringify({ ok: false, error: String(error.stack ?? error) })),
);
