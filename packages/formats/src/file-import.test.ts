import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { createDocument } from "@clausewise/schema";
import { exportDocx, exportText, importFile, importJson, FormatError, documentDifference, MAX_TEXT_BYTES } from "./index.ts";

const sample = () =>
  createDocument({
    heading: { code: "SC/1", committee: "sc", topic: "Humanitarian access" },
    preamble: ["Recalling its resolution 2139 (2014)"],
    operative: [{ text: "Demands", sub: ["access", "protection"] }, "Decides to remain seized of the matter"],
  });

async function refusal(promise: Promise<unknown>): Promise<FormatError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return error as FormatError;
  }
  throw new Error("expected a FormatError, got a result");
}

const encode = (s: string) => new TextEncoder().encode(s);

/** Offset of the central directory entry of `name` in a zip. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + length)) === name) return i;
  }
  throw new Error(`no entry ${name}`);
}

describe("importFile dispatch", () => {
  it("reads .docx, .txt and .json, and sniffs content under other names", async () => {
    const doc = sample();
    for (const [name, bytes] of [
      ["paper.docx", await exportDocx(doc)],
      ["paper.txt", encode(exportText(doc))],
      ["paper.json", encode(JSON.stringify(doc.toJSON()))],
      ["paper", encode(JSON.stringify(doc.toJSON()))],
      ["renamed.bin", await exportDocx(doc)],
    ] as const) {
      const result = await importFile(name, bytes);
      expect(documentDifference(result.doc, doc), name).toBeNull();
      expect(result.committee, name).toBe("sc");
    }
  });

  it("decodes UTF-16 text with a byte-order mark", async () => {
    const text = exportText(sample());
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(documentDifference((await importFile("paper.txt", utf16)).doc, sample())).toBeNull();
  });

  it("reads invalid UTF-8 with replacement characters and a warning", async () => {
    const bytes = new Uint8Array([...encode("The Security Council,\n\n1. Decides "), 0xff, 0xfe, 0xc3, ...encode(" to act.")]);
    const result = await importFile("paper.txt", bytes);
    expect(result.warnings[0]).toEqual({ line: 0, message: "paper.txt is not valid UTF-8: 3 characters could not be read and show as �" });
    expect(result.doc.textContent).toContain("Decides ��� to act");
  });
});

describe("importFile refuses, with a FormatError that says why", () => {
  it("a truncated .docx", async () => {
    const bytes = await exportDocx(sample());
    const error = await refusal(importFile("paper.docx", bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.reason).toBe("corrupt-docx");
    expect(error.message).toMatch(/damaged or truncated/);
  });

  it("a .docx whose compressed data is corrupt", async () => {
    const bytes = (await exportDocx(sample())).slice();
    const at = centralEntry(bytes, "word/document.xml");
    // Overwrite the start of the first entry's deflate data (after its local header).
    const view = new DataView(bytes.buffer);
    const local = view.getUint32(at + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    bytes.fill(0xff, data, data + 16);
    const error = await refusal(importFile("paper.docx", bytes));
    expect(error.reason).toBe("corrupt-docx");
    expect(error.message).toMatch(/^the \.docx file is damaged \(word\/document\.xml does not inflate/);
  });

  it("a zip that is not a Word document", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    zip.file("images/photo.png", new Uint8Array(10));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const error = await refusal(importFile("paper.docx", bytes));
    expect(error.reason).toBe("not-docx");
    expect(error.message).toBe("a zip archive but not a Word document: it has no word/document.xml (3 entries, e.g. notes.txt, images/, images/photo.png)");
  });

  it("a .docx name on a file that is no zip", async () => {
    const error = await refusal(importFile("paper.docx", encode("just text")));
    expect(error.reason).toBe("not-docx");
    expect(error.message).toMatch(/a \.docx is a zip archive, and this file is not one/);
  });

  it("a zip bomb declaring a huge uncompressed size, before inflating anything", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    zip.file("[Content_Types].xml", "<Types/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // Declare 4 GB for the first entry in the central directory.
    view.setUint32(centralEntry(bytes, "word/document.xml") + 24, 0xfffffff0, true);
    const error = await refusal(importFile("bomb.docx", bytes));
    expect(error.reason).toBe("zip-bomb");
    expect(error.message).toMatch(/declares .* of content once unpacked; a \.docx is refused beyond 50 MB/);
  });

  it("a zip bomb that lies about its size: the inflation is cut off past the declared size", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", new Uint8Array(8 * 1024 * 1024)); // 8 MB of zeros, about 8 KB deflated
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(100_000);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    view.setUint32(centralEntry(bytes, "word/document.xml") + 24, 1000, true);
    const error = await refusal(importFile("bomb.docx", bytes));
    expect(error.reason).toBe("zip-bomb");
    expect(error.message).toBe("word/document.xml inflates beyond its declared size of 1000 bytes; the file is refused (a zip bomb?)");
  });

  it("a zip with thousands of entries", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 2001; i++) zip.file(`word/x${i}.xml`, "");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const error = await refusal(importFile("many.docx", bytes));
    expect(error.reason).toBe("zip-bomb");
    expect(error.message).toMatch(/^the archive has 200[12] entries; a \.docx is refused beyond 2000 \(a zip bomb\?\)$/);
  });

  it("text over the 5 MB limit, naming the limit", async () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const error = await refusal(importFile("huge.txt", big));
    expect(error.reason).toBe("too-large");
    expect(error.message).toBe("huge.txt is 10.0 MB; text and JSON files are read up to 5 MB");
  });

  it("invalid JSON", async () => {
    const error = await refusal(importFile("paper.json", encode('{"type": "doc", "content": [')));
    expect(error.reason).toBe("json");
    expect(error.message).toMatch(/^not a valid working-paper JSON file: not valid JSON/);
  });

  it("JSON of the wrong shape, naming the path", async () => {
    const json = sample().toJSON();
    json.content[2].content[0].content[1].attrs = { id: 42 };
    const error = await refusal(importFile("paper.json", encode(JSON.stringify(json))));
    expect(error.reason).toBe("json");
    expect(error.path).toBe("content[2].content[0].content[1].attrs.id");
    expect(error.message).toMatch(/^not a valid working-paper JSON file at content\[2\]\.content\[0\]\.content\[1\]\.attrs\.id: /);
    expect(() => importJson('{"type":"paragraph"}')).toThrow(/^not a working paper: this JSON file is not a paper saved by Clausewise/);
    expect(() => importJson('{"type":"doc","content":[]}')).toThrow(/^not a working paper: /);
  });

  it("old .doc files, PDFs and other binaries", async () => {
    expect((await refusal(importFile("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])))).message).toMatch(/old Word \(\.doc\) file: save it as \.docx/);
    expect((await refusal(importFile("paper.pdf", encode("%PDF-1.7\n…")))).message).toMatch(/is a PDF/);
    expect((await refusal(importFile("x.bin", new Uint8Array([1, 2, 0, 4])))).message).toMatch(/binary file/);
  });
});
