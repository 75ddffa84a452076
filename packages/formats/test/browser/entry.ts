/**
 * Runs in Chromium (bundled by src/browser.test.ts): DOCX export and import, and a Word paste,
 * through the browser builds of docx and mammoth. Writes its result into #out.
 */
import { createDocument } from "@clausewise/schema";
import { exportDocx, importDocx, importText, htmlToText, exportText, documentDifference } from "../../src/index.ts";

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
  return {
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
