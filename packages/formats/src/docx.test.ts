import { describe, expect, it } from "vitest";
import fc from "fast-check";
import JSZip from "jszip";
import { Document, LevelFormat, Packer, Paragraph, TextRun, AlignmentType } from "docx";
import { clauseModel, createDocument, schema } from "@clausewise/schema";
import { arbitraryDocument } from "./testing/arbitrary-document.ts";
import { exportDocx, importDocx, documentDifference, exportText } from "./index.ts";
import { shape } from "./testing/shape.ts";
import { samplePaper } from "./testing/sample-paper.ts";

const sample = samplePaper;

async function xml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)!.async("string");
}

describe("exportDocx", () => {
  it("writes line numbers in the section properties: every line, continuous", async () => {
    const document = await xml(await exportDocx(sample()), "word/document.xml");
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(document)![0];
    expect(sectPr).toMatch(/<w:lnNumType [^>]*w:countBy="1"/);
    expect(sectPr).toMatch(/<w:lnNumType [^>]*w:restart="continuous"/);
  });

  it("sets Times New Roman 12 pt in the document defaults and on every run", async () => {
    const bytes = await exportDocx(sample());
    const styles = await xml(bytes, "word/styles.xml");
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(defaults).toMatch(/<w:sz w:val="24"\/>/);
    const document = await xml(bytes, "word/document.xml");
    const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/g)!;
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) {
      expect(run).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
      expect(run).toMatch(/<w:sz w:val="24"\/>/);
    }
  });

  it("writes derived labels and punctuation as text, opening phrases in italics, no Word numbering", async () => {
    const document = await xml(await exportDocx(sample()), "word/document.xml");
    const texts = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    for (const t of ["1.", "(a)", "(b)", "(i)", "(ii)", "2.", "The Human Rights Council,", "Code:", "Signatories:"]) expect(texts).toContain(t);
    expect(document).not.toContain("<w:numPr>");
    // "Recalling" is an italic run; the rest of the clause is not.
    expect(document).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>Recalling<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:t xml:space="preserve"> its resolution 7\/29 of 28 March 2008<\/w:t>/);
    // Hanging indents: a level-2 sub-clause starts one inch in, hanging half an inch.
    expect(document).toMatch(/<w:ind w:left="1440" w:hanging="720"\/>/);
  });
});

describe("exportDocx → importDocx", () => {
  it("gives back the sample document apart from ids", async () => {
    const doc = sample();
    const result = await importDocx(await exportDocx(doc));
    expect(documentDifference(result.doc, doc)).toBeNull();
    expect(result.committee).toBe("hrc");
  });

  it("gives back 12 generated documents apart from ids (deep continuations included)", async () => {
    const docs = fc.sample(arbitraryDocument, { numRuns: 12, seed: 2026 });
    for (const doc of docs) {
      const result = await importDocx(await exportDocx(doc));
      expect(documentDifference(result.doc, doc), exportText(doc)).toBeNull();
    }
  });

  it("accepts an ArrayBuffer as browsers hand it over", async () => {
    const bytes = await exportDocx(sample());
    const buffer = bytes.slice().buffer;
    const result = await importDocx(buffer);
    expect(clauseModel(result.doc).clauses).toHaveLength(8);
    expect(documentDifference(result.doc, sample())).toBeNull();
  });

  it("writes em-marked words in italics and reads them back as plain text", async () => {
    const json = createDocument({ preamble: ["Noting the report"], operative: ["Decides"] }).toJSON();
    json.content[1].content[0].content[0].content = [
      { type: "text", text: "Noting the " },
      { type: "text", text: "Agenda 2030", marks: [{ type: "em" }] },
    ];
    const doc = schema.nodeFromJSON(json);
    const bytes = await exportDocx(doc);
    expect(await xml(bytes, "word/document.xml")).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*>Agenda 2030<\/w:t>/);
    const result = await importDocx(bytes);
    expect(shape(result.doc).preamble).toEqual(["Noting the Agenda 2030"]);
  });
});

describe("importDocx of Word's automatic numbering", () => {
  it("restores numbers and sub-clause labels from list nesting", async () => {
    const run = (text: string, italics = false) => new TextRun({ text, italics });
    const numbered = (text: string, level: number) => new Paragraph({ numbering: { reference: "operative", level }, children: [run(text)] });
    const file = new Document({
      numbering: {
        config: [
          {
            reference: "operative",
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: "(%2)", alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.LOWER_ROMAN, text: "(%3)", alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [run("Committee: Security Council")] }),
            new Paragraph({ children: [run("Topic: Humanitarian access")] }),
            new Paragraph({ children: [run("The Security Council,")] }),
            new Paragraph({ children: [run("Recalling", true), run(" its resolution 2139 (2014),")] }),
            numbered("Demands that all parties allow access;", 0),
            numbered("Requests the Secretary-General:", 0),
            numbered("to report every 60 days;", 1),
            numbered("to include:", 1),
            numbered("the number of people reached;", 2),
            numbered("the obstacles met;", 2),
            numbered("Decides to remain seized of the matter.", 0),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toArrayBuffer(file));
    expect(await xml(bytes, "word/document.xml")).toContain("<w:numPr>");
    const result = await importDocx(bytes);
    expect(result.committee).toBe("sc");
    expect(shape(result.doc)).toMatchObject({
      preamble: ["Recalling its resolution 2139 (2014)"],
      operative: [
        "Demands that all parties allow access",
        { text: "Requests the Secretary-General", sub: ["to report every 60 days", { text: "to include", sub: ["the number of people reached", "the obstacles met"] }] },
        "Decides to remain seized of the matter",
      ],
    });
    expect(clauseModel(result.doc).clauses.map((c) => c.path)).toEqual(["p1", "1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "3"]);
  });
});
