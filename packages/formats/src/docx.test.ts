import { describe, expect, it } from "vitest";
import fc from "fast-check";
import JSZip from "jszip";
import { Document, LevelFormat, Packer, Paragraph, TextRun, AlignmentType } from "docx";
import { clauseModel, createDocument, schema } from "@clausewise/schema";
import { arbitraryDocument } from "./testing/arbitrary-document.ts";
import { exportDocx, importDocx, documentDifference, exportText } from "./index.ts";
import { readWordBody } from "./docx-body.ts";
import { Transform } from "prosemirror-transform";
import type { Node } from "prosemirror-model";
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

/**
 * The sample paper with two reviewers' comments: one on "a report" in clause 1(a), one running from
 * clause 1's continuation to the end of clause 2 (a selection across clauses).
 */
function commentedSample() {
  const doc = sample();
  const model = clauseModel(doc);
  const sub = model.clauses.find((c) => c.path === "1(a)")!;
  const at = sub.textFrom + sub.text.indexOf("a report");
  const continuation = model.clauses.find((c) => c.path === "1")!.continuation!;
  const last = model.clauses.find((c) => c.path === "2")!;
  const comment = (id: string, author: string, body: string) => schema.marks.comment.create({ id, author, body, created: "2026-11-22T10:00:00.000Z" });
  return new Transform(doc)
    .addMark(at, at + "a report".length, comment("m1", "Alex Chen", "Which report?\nSay who writes it."))
    .addMark(continuation.from + 4, last.textTo, comment("m2", "", "This runs over two clauses & <needs> a look"))
    .doc;
}

describe("exportDocx with reviewers' comments", () => {
  it("writes each comment as a Word comment: author, initials, date, one paragraph per line", async () => {
    const comments = await xml(await exportDocx(commentedSample()), "word/comments.xml");
    const entries = comments.match(/<w:comment [\s\S]*?<\/w:comment>/g)!;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/w:id="0"/);
    expect(entries[0]).toMatch(/w:author="Alex Chen"/);
    expect(entries[0]).toMatch(/w:initials="AC"/);
    expect(entries[0]).toMatch(/w:date="2026-11-22T10:00:00/);
    expect(entries[0]!.match(/<w:p>|<w:p /g)).toHaveLength(2);
    expect(entries[0]).toContain(">Which report?<");
    expect(entries[0]).toContain(">Say who writes it.<");
    // No author is written as "Reviewer"; markup in a body stays text.
    expect(entries[1]).toMatch(/w:author="Reviewer"/);
    // A caller may name who writes unnamed comments (the studio: "Director").
    const named = await xml(await exportDocx(commentedSample(), { unnamedAuthor: "Director" }), "word/comments.xml");
    expect(named).toMatch(/<w:comment [^>]*w:author="Director"/);
    expect(named).toMatch(/<w:comment [^>]*w:author="Alex Chen"/);
    expect(entries[1]).toContain("This runs over two clauses &amp; &lt;needs&gt; a look");
  });

  it("puts each comment's range around exactly the commented words, across paragraphs too", async () => {
    const document = await xml(await exportDocx(commentedSample()), "word/document.xml");
    // Text between a range's start and end, markup stripped.
    const between = (n: number) => {
      const inner = document.slice(document.indexOf(`<w:commentRangeStart w:id="${n}"/>`), document.indexOf(`<w:commentRangeEnd w:id="${n}"/>`));
      return [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => m[1] ?? "¶").join("");
    };
    expect(between(0)).toBe("a report");
    // The derived ";" and "2." lie inside the range: Word shows them as commented too.
    expect(between(1)).toBe("to present it at the fifty-fifth session;¶2.Decides to remain seized of the matter");
    // The reference that anchors the balloon follows each range's end.
    for (const n of [0, 1]) expect(document).toMatch(new RegExp(`<w:commentRangeEnd w:id="${n}"/><w:r>(?:(?!</w:r>).)*<w:commentReference w:id="${n}"/>`));
  });

  it("links every reference to its comment for another reader of Word files (mammoth)", async () => {
    const { default: mammoth } = await import("mammoth");
    const bytes = await exportDocx(commentedSample());
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["comment-reference => sup"] });
    // mammoth lists the comments at the end, each after the reference it was found by.
    expect(html).toContain("Which report?");
    expect(html).toContain("Say who writes it.");
    expect(html).toContain("This runs over two clauses &amp; &lt;needs&gt; a look");
    expect(html.match(/<sup><a href="#comment-\d+" id="comment-ref-\d+">/g)).toHaveLength(2);
  });

  it("writes no comments part for a paper without comments", async () => {
    const zip = await JSZip.loadAsync(await exportDocx(sample()));
    const comments = zip.file("word/comments.xml");
    const body = comments ? await comments.async("string") : "";
    expect(body).not.toContain("<w:comment ");
  });

  it("reads the commented paper back as the same clauses (the comments are Word's, not clause text)", async () => {
    const bytes = await exportDocx(commentedSample());
    const body = readWordBody(await xml(bytes, "word/document.xml"));
    // The direct reader takes the file (rather than leaving it to mammoth)...
    expect("html" in body).toBe(true);
    // ...and the paper comes back clause for clause (its comments as marks, below).
    const back = (await importDocx(bytes)).doc;
    expect(documentDifference(new Transform(back).removeMark(0, back.content.size, schema.marks.comment).doc, sample())).toBeNull();
  });
});

/** [author, body, created, the words each comment is on] of a paper, in document order. */
function commentsOn(doc: Node): string[][] {
  const byId = new Map<string, string[]>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type !== schema.marks.comment) continue;
      const seen = byId.get(mark.attrs.id as string);
      if (seen) seen[3] += `|${node.text}`;
      else byId.set(mark.attrs.id as string, [mark.attrs.author, mark.attrs.body, mark.attrs.created, node.text ?? ""]);
    }
  });
  return [...byId.values()];
}

describe("importDocx of Word's comments", () => {
  it("brings the comments of an exported paper back on the same words, across clauses too", async () => {
    const result = await importDocx(await exportDocx(commentedSample()));
    expect(commentsOn(result.doc)).toEqual([
      ["Alex Chen", "Which report?\nSay who writes it.", "2026-11-22T10:00:00.000Z", "a report"],
      ["Reviewer", "This runs over two clauses & <needs> a look", "2026-11-22T10:00:00.000Z", "to present it at the fifty-fifth session|Decides to remain seized of the matter"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("puts a comment on the occurrence of its words that was commented, not the first one", async () => {
    const doc = createDocument({ heading: { committee: "hrc" }, preamble: [], operative: ["Urges States to act", "Calls upon States to report"] });
    const second = clauseModel(doc).clauses[1]!;
    const at = second.textFrom + second.text.indexOf("States");
    const marked = new Transform(doc).addMark(at, at + "States".length, schema.marks.comment.create({ id: "m1", author: "Chair", body: "Which States?", created: "" })).doc;
    const back = await importDocx(await exportDocx(marked));
    const states: number[] = [];
    back.doc.descendants((node, pos) => {
      if (node.isText && node.marks.some((m) => m.type === schema.marks.comment)) states.push(pos);
    });
    const secondBack = clauseModel(back.doc).clauses[1]!;
    expect(states).toEqual([secondBack.textFrom + secondBack.text.indexOf("States")]);
  });

  it("says so, and places nothing elsewhere, when a comment's words are not in the paper as read", async () => {
    // A hand-made Word file: the comment is on the organ line, which is not a clause.
    const body = `<w:p><w:r><w:t>The Human Rights Council,</w:t></w:r></w:p>
      <w:p><w:commentRangeStart w:id="7"/><w:r><w:t>1. Urges States to act;</w:t></w:r><w:commentRangeEnd w:id="7"/></w:p>`;
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    zip.file("word/comments.xml", `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="Co-sponsor"><w:p><w:r><w:t>Stronger?</w:t></w:r></w:p></w:comment><w:comment w:id="8" w:author="Co-sponsor"><w:p><w:r><w:t>On nothing</w:t></w:r></w:p></w:comment></w:comments>`);
    const result = await importDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(commentsOn(result.doc)).toEqual([["Co-sponsor", "Stronger?", "", "Urges States to act"]]);
    expect(result.warnings.map((w) => w.message)).toContain("Word document: 1 comment is not kept, its words not being in the paper as read: “On nothing” (Co-sponsor)");
  });

  it("reads at most 2,000 comments of a hostile file, says so, and never places a range left open beyond its paper", async () => {
    const document = await xml(await exportDocx(sample()), "word/document.xml");
    // Every clause's text opens a range that never closes, and 5,000 comments are declared.
    const ranges = document.replace(/<w:p>/g, () => '<w:p><w:commentRangeStart w:id="0"/>');
    const many = Array.from({ length: 5000 }, (_, i) => `<w:comment w:id="${i}" w:author="X"><w:p><w:r><w:t>note ${i}</w:t></w:r></w:p></w:comment>`).join("");
    const zip = await JSZip.loadAsync(await exportDocx(sample()));
    zip.file("word/document.xml", ranges);
    zip.file("word/comments.xml", `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${many}</w:comments>`);
    const result = await importDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(result.warnings.map((w) => w.message)).toContain("Word document: only its first 2,000 comments are read");
    // The paper is read whole; comment 0's never-closed range is placed on words of the paper only.
    expect(documentDifference(new Transform(result.doc).removeMark(0, result.doc.content.size, schema.marks.comment).doc, sample())).toBeNull();
    expect(commentsOn(result.doc).length).toBeLessThanOrEqual(1);
  });

  it("puts a comment on the same one of two clauses that are word for word the same, and on the right one of two sub-clauses", async () => {
    const doc = createDocument({ heading: { committee: "hrc" }, preamble: [], operative: ["Encourages States to cooperate", { text: "Calls upon States:", sub: ["Laws for States", "Laws for States"] }, "Encourages States to cooperate"] });
    const clauses = clauseModel(doc).clauses;
    const third = clauses.find((c) => c.path === "3")!;
    const subB = clauses.find((c) => c.path === "2(b)")!;
    const mark = (id: string) => schema.marks.comment.create({ id, author: "Chair", body: id, created: "" });
    const marked = new Transform(doc).addMark(third.textFrom, third.textTo, mark("on 3")).addMark(subB.textFrom, subB.textTo, mark("on 2(b)")).doc;
    const back = await importDocx(await exportDocx(marked));
    const where: Record<string, string> = {};
    const model = clauseModel(back.doc).clauses;
    back.doc.descendants((node, pos) => {
      const m = node.marks.find((k) => k.type === schema.marks.comment);
      if (m) where[m.attrs.body as string] = model.find((c) => pos >= c.textFrom && pos < c.textTo)!.path;
    });
    expect(where).toEqual({ "on 3": "3", "on 2(b)": "2(b)" });
  });

  it("says so when the comments part cannot be read, and places nothing for a range never closed", async () => {
    const zip = await JSZip.loadAsync(await exportDocx(commentedSample()));
    zip.file("word/comments.xml", "<w:comments>not xml at all");
    const damaged = await importDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(damaged.warnings.map((w) => w.message)).toContain("Word document: its comments could not be read; the paper is imported without them");
    const open = await JSZip.loadAsync(await exportDocx(commentedSample()));
    const document = await open.file("word/document.xml")!.async("string");
    open.file("word/document.xml", document.replace('<w:commentRangeEnd w:id="0"/>', ""));
    const unclosed = await importDocx(await open.generateAsync({ type: "uint8array" }));
    expect(commentsOn(unclosed.doc).map((c) => c[1])).toEqual(["This runs over two clauses & <needs> a look"]);
    expect(unclosed.warnings.map((w) => w.message)).toContain("Word document: 1 comment is not kept, its words not being in the paper as read: “Which report?\nSay who writes it.” (Alex Chen)");
  });

  it("reads comments of a file that goes to mammoth (Word's own numbering) too", async () => {
    const result = await importDocx(await exportDocx(commentedSample()).then(async (bytes) => {
      // Word's automatic numbering on the operative clauses sends the file to mammoth.
      const zip = await JSZip.loadAsync(bytes);
      const document = await zip.file("word/document.xml")!.async("string");
      zip.file("word/document.xml", document.replace("<w:pPr>", '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'));
      return zip.generateAsync({ type: "uint8array" });
    }));
    expect(commentsOn(result.doc).map((c) => c[3])).toEqual(["a report", "to present it at the fifty-fifth session|Decides to remain seized of the matter"]);
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
