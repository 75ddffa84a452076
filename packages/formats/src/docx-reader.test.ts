/**
 * The direct .docx reader against mammoth: for every .docx the tests make, both must give the
 * same text lines and the same imported document; documents the direct reader does not fully
 * understand must go to mammoth, and the tests say which.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import JSZip from "jszip";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { arbitraryDocument } from "./testing/arbitrary-document.ts";
import { docxToHtml } from "./docx-import.ts";
import { readWordBody, WORDML_NS } from "./docx-body.ts";
import { exportDocx, htmlToText, importText, documentDifference, FormatError, importDocx } from "./index.ts";
import { samplePaper } from "./testing/sample-paper.ts";

const NS = `xmlns:w="${WORDML_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

/** A .docx around a hand-written body, zipped by JSZip (deflated), with optional extra parts. */
async function handDocx(body: string, extra: Record<string, string> = {}, documentXml?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}</w:body></w:document>`);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

const p = (inner: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
const r = (inner: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${inner}</w:r>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

/** Both readers' text for one file, and which reader the import uses. */
async function compare(bytes: Uint8Array) {
  const direct = await docxToHtml(bytes);
  const mammoth = await docxToHtml(bytes, { reader: "mammoth" });
  const directText = htmlToText(direct.html);
  const mammothText = htmlToText(mammoth.html);
  expect(directText).toBe(mammothText);
  expect(direct.errors).toEqual(mammoth.errors);
  expect(documentDifference(importText(directText).doc, importText(mammothText).doc)).toBeNull();
  return { how: direct.how, text: directText };
}

const sample = samplePaper;

describe("the direct .docx reader gives what mammoth gives", () => {
  it("for exportDocx's sample paper, read directly", async () => {
    const { how, text } = await compare(await exportDocx(sample()));
    expect(how).toEqual({ reader: "direct" });
    expect(text).toContain("\u00A0\u00A0\u00A0\u00A0(a) to prepare a report");
  });

  it("for 40 generated papers written by exportDocx (deep continuations, em marks), all read directly", async () => {
    const docs = fc.sample(arbitraryDocument, { numRuns: 40, seed: 6 });
    for (const doc of docs) {
      const { how } = await compare(await exportDocx(doc));
      expect(how.reader).toBe("direct");
    }
  });

  it("for hand-written Word XML: tabs, line and page breaks, hyphens, entities, tracked changes, bookmarks, a comment, indentation", async () => {
    const body = [
      `<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>`,
      p(r(t("Code: A/HRC/1")) + `<w:proofErr w:type="spellStart"/>` + r(t(" &amp; more &lt;text&gt; &#8220;quoted&#x201D; &apos;x&apos;")) + `<w:proofErr w:type="spellEnd"/>`),
      p(`<w:commentRangeStart w:id="3"/>` + r(t("Committee: Human Rights Council")) + `<w:commentRangeEnd w:id="3"/>` + r(`<w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="3"/>`)),
      p(r(t("The Human Rights Council,"))),
      p(r(t("Recalling"), "<w:i/>") + r(t(" its resolution") + "<w:br/>" + t("5/1") + `<w:br w:type="page"/>` + t(",")), `<w:jc w:val="both"/>`),
      p(r(t("Noting the well") + "<w:noBreakHyphen/>" + t("known co") + "<w:softHyphen/>" + t("operation,"))),
      p(`<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">${r(t("Welcoming the inserted words"))}</w:ins>${r(t(","))}<w:del w:id="2" w:author="A">${r(`<w:delText>deleted words</w:delText>`)}</w:del>`),
      p(r(t("1.")) + r("<w:tab/>") + r(t("Decides to act:")), `<w:ind w:left="720" w:hanging="720"/>`),
      p(r(t("(a)")) + r("<w:tab/>") + r(t("quickly;")), `<w:ind w:start="1440" w:hanging="720"/>`),
      p(r(t("and to report;")), `<w:ind w:left="720" w:firstLine="360"/>`),
      p(r("<w:t/>") + r(t("(b)")) + r("<w:tab/>" + t("slowly;")), `<w:ind w:left="1440" w:hanging="720"/>`),
      p("", `<w:ind w:left="720"/>`),
      `<w:p/>`,
      p(r(`<w:lastRenderedPageBreak/>` + t("2.")) + r("<w:tab/>" + t("Decides to remain seized of the matter.")), `<w:ind w:left="720" w:hanging="720"/><w:rPr><w:b/></w:rPr>`),
      `<!-- a comment --><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
    ].join("\n");
    const { how, text } = await compare(await handDocx(body));
    expect(how).toEqual({ reader: "direct" });
    expect(text).toContain("Noting the well\u2011known co\u00ADoperation,");
    expect(text).toContain("Welcoming the inserted words,");
    expect(text).not.toContain("deleted words");
    expect(text).toContain("“quoted”");
    expect(text).toContain("Committee: Human Rights Council\n");
  });

  it("for a UTF-8 byte-order mark and single-quoted attributes", async () => {
    const xml = `\uFEFF<?xml version='1.0' encoding='utf-8'?><w:document ${NS.replace(/"/g, "'")}><w:body>${p(r(t("Decides to act.")), "<w:ind w:left='720'/>")}</w:body></w:document>`;
    const { how } = await compare(await handDocx("", {}, xml));
    expect(how).toEqual({ reader: "direct" });
  });
});

describe("documents the direct reader leaves to mammoth", () => {
  const cases: [string, string, Record<string, string>?][] = [
    ["Word's automatic numbering", p(r(t("Decides")), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`)],
    ["a table", `<w:tbl><w:tr><w:tc>${p(r(t("cell")))}</w:tc></w:tr></w:tbl>`],
    ["a hyperlink", p(`<w:hyperlink w:anchor="x">${r(t("link"))}</w:hyperlink>`)],
    ["a field", p(r(`<w:fldChar w:fldCharType="begin"/>`) + r(`<w:instrText>PAGE</w:instrText>`) + r(`<w:fldChar w:fldCharType="end"/>`))],
    ["a symbol", p(r(`<w:sym w:font="Wingdings" w:char="F0FC"/>`))],
    ["a content control", `<w:sdt><w:sdtContent>${p(r(t("controlled")))}</w:sdtContent></w:sdt>`],
    ["a deleted paragraph mark", p(r(t("joined")), `<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>`) + p(r(t("with this")))],
    ["a carriage return", p(r(t("a") + "<w:cr/>" + t("b")))],
    ["numbering tied to a paragraph style", p(r(t("Decides")), `<w:pStyle w:val="ListNumber"/>`), {
      "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORDML_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:pStyle w:val="ListNumber"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    }],
  ];
  for (const [what, body, extra] of cases) {
    it(`${what}: read by mammoth, with the reason`, async () => {
      const { how } = await compare(await handDocx(body, extra));
      expect(how.reader).toBe("mammoth");
      if (how.reader === "mammoth") expect(how.declined).not.toBe("");
    });
  }

  it("Word numbering made by the docx library: mammoth restores the labels", async () => {
    const numbered = (text: string, level: number) => new Paragraph({ numbering: { reference: "op", level }, children: [new TextRun(text)] });
    const file = new Document({
      numbering: { config: [{ reference: "op", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }, { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.LEFT }] }] },
      sections: [{ children: [new Paragraph({ children: [new TextRun("The Security Council,")] }), numbered("Demands access;", 0), numbered("to all;", 1), numbered("Decides to remain seized.", 0)] }],
    });
    const { how, text } = await compare(new Uint8Array(await Packer.toArrayBuffer(file)));
    expect(how).toEqual({ reader: "mammoth", declined: "Word's automatic numbering" });
    expect(text).toContain("(a) to all;");
  });

  it("a document whose main part is not word/document.xml", async () => {
    const bytes = await handDocx(p(r(t("Decides"))), {
      "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
      "word/document2.xml": `<?xml version="1.0"?><w:document ${NS}><w:body>${p(r(t("The other part")))}</w:body></w:document>`,
    });
    const read = await docxToHtml(bytes);
    expect(read.how).toEqual({ reader: "mammoth", declined: "the main part is /word/document2.xml" });
    expect(htmlToText(read.html)).toBe("The other part");
  });

  it("the repository's real .docx fixture (the CLI's corrupt.docx): the same FormatError from either reader", async () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL("../../cli/test/fixtures/corrupt.docx", import.meta.url))));
    const errors = await Promise.all([docxToHtml(bytes), docxToHtml(bytes, { reader: "mammoth" })].map((p) => p.then(() => null, (e: unknown) => e)));
    for (const error of errors) expect(error).toBeInstanceOf(FormatError);
    expect((errors[0] as FormatError).message).toBe((errors[1] as FormatError).message);
  });

  it("malformed XML: the direct reader declines and mammoth's error is the FormatError", async () => {
    const bytes = await handDocx("", {}, `<?xml version="1.0"?><w:document ${NS}><w:body><w:p><w:r><w:t>cut off`);
    expect(readWordBody(`<w:document ${NS}><w:body><w:p><w:r><w:t>cut off`)).toEqual({ declined: "unclosed elements (w:document > w:body > w:p > w:r > w:t)" });
    expect(readWordBody(`<w:document ${NS}><w:body><w:p><w:r><w:t>cut off</w:t>`)).toEqual({ declined: "unclosed elements (w:document > w:body > w:p > w:r)" });
    const error = await importDocx(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).reason).toBe("corrupt-docx");
  });
});

describe("readWordBody", () => {
  it("declines other namespaces, a rebound prefix, unknown entities and other encodings", () => {
    expect(readWordBody(`<w:document xmlns:w="urn:other"><w:body/></w:document>`)).toHaveProperty("declined");
    expect(readWordBody(`<w:document ${NS} xmlns:x="${WORDML_NS}"><w:body/></w:document>`)).toHaveProperty("declined");
    expect(readWordBody(`<w:document ${NS}><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>`)).toHaveProperty("declined");
    expect(readWordBody(`<?xml version="1.0" encoding="UTF-16"?><w:document ${NS}><w:body/></w:document>`)).toEqual({ declined: "the encoding UTF-16" });
    expect(readWordBody(`<w:document ${NS}><w:body><w:p xmlns:w="urn:x"/></w:body></w:document>`)).toHaveProperty("declined");
  });

  it("writes paragraphs, breaks, tabs and indentation as mammoth's HTML does", () => {
    const body = p(r(t("1.") + "<w:tab/>" + t("A &amp; B") + "<w:br/>" + t("c")), `<w:ind w:left="1440" w:hanging="720"/>`);
    expect(readWordBody(`<w:document ${NS}><w:body>${body}</w:body></w:document>`)).toEqual({ html: "<p>\u00A0\u00A0\u00A0\u00A01.\tA &amp; B<br />c</p>" });
  });
});

describe("readWordBody on hostile XML", () => {
  it("stays linear: a 2 MB attribute without '=' and 100,000 unclosed run properties", () => {
    const longAttr = `<w:document ${NS}><w:body><w:p><w:r><w:br ${"a".repeat(2_000_000)}/></w:r></w:p></w:body></w:document>`;
    expect(readWordBody(longAttr)).toEqual({ html: "<p><br /></p>" });
    const unclosed = `<w:document ${NS}><w:body><w:p>${"<w:r><w:rPr><w:b/>".repeat(100_000)}</w:p></w:body></w:document>`;
    expect(readWordBody(unclosed)).toHaveProperty("declined");
  });
});
