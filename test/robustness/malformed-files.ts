/**
 * Malformed and oversized files, made on the fly: each with the FormatError reason expected from
 * `importFile` and a pattern its message must match (it must name the problem for a person).
 * Shared by the Node tests, the CLI test and the studio test.
 */
import { createDocument } from "@clausewise/schema";
import { exportDocx, MAX_TEXT_BYTES } from "@clausewise/formats";
import { crc32 } from "node:zlib";
import { deflatedZeros, entry, minimalDocx, zip, type RawEntry } from "./zip.ts";

export interface MalformedFile {
  /** What it is, for test names and the record. */
  what: string;
  name: string;
  bytes: Uint8Array;
  /** FormatError.reason */
  reason: string;
  /** The message names the problem. */
  message: RegExp;
}

export function goodDocument() {
  return createDocument({
    heading: { code: "HRC/WP.9", committee: "hrc", topic: "Safe schools" },
    preamble: ["Recalling the right of everyone to education"],
    operative: ["Encourages States to protect schools from attack", "Decides to remain seized of the matter"],
  });
}

const ZIP_BOMB_BYTES = 200 * 1024 * 1024;

export async function malformedFiles(): Promise<MalformedFile[]> {
  const docx = await exportDocx(goodDocument());
  const zeros = await deflatedZeros(ZIP_BOMB_BYTES);
  const bombEntry = (declared: number): RawEntry => ({
    name: "word/document.xml",
    data: zeros,
    method: 8,
    crc: 0,
    uncompressedSize: declared,
  });
  const corrupt = docx.slice();
  // Overwrite the middle of the archive (inside compressed data) with noise.
  for (let i = Math.floor(corrupt.length / 3); i < Math.floor(corrupt.length / 3) + 400; i++) corrupt[i] = (i * 131) & 0xff;

  const text = new TextEncoder();
  const tooBig = new Uint8Array(Math.max(10 * 1024 * 1024, MAX_TEXT_BYTES + 1)).fill(0x61); // 10 MB of "a", over the limit
  for (let i = 80; i < tooBig.length; i += 81) tooBig[i] = 0x0a;

  return [
    { what: "a .docx cut in half", name: "truncated.docx", bytes: docx.slice(0, Math.floor(docx.length / 2)), reason: "corrupt-docx", message: /damaged|truncated/i },
    { what: "a .docx cut 30 bytes before its end", name: "truncated-end.docx", bytes: docx.slice(0, docx.length - 30), reason: "corrupt-docx", message: /damaged|truncated/i },
    { what: "a .docx with 400 bytes of noise inside", name: "corrupt.docx", bytes: corrupt, reason: "corrupt-docx", message: /damaged|cannot be read|inflate/i },
    { what: "a zip archive that is not a Word document", name: "photos.docx", bytes: zip([entry("holiday.txt", "not a paper"), entry("img/1.bin", "x")]), reason: "not-docx", message: /not a Word document|word\/document\.xml/i },
    { what: "an empty file named .docx", name: "empty.docx", bytes: new Uint8Array(0), reason: "not-docx", message: /not a \.docx|zip/i },
    { what: "a text file named .docx", name: "renamed.docx", bytes: text.encode("1. Decides to act;"), reason: "not-docx", message: /not a \.docx|zip/i },
    { what: "a zip bomb declaring 200 MB honestly", name: "bomb-honest.docx", bytes: zip([bombEntry(ZIP_BOMB_BYTES)]), reason: "zip-bomb", message: /zip bomb|refused/i },
    { what: "a zip bomb declaring 1 KB but inflating to 200 MB", name: "bomb-lying.docx", bytes: zip([entry("[Content_Types].xml", "<Types/>"), bombEntry(1024)]), reason: "zip-bomb", message: /zip bomb|declared size|refused/i },
    {
      what: "an overlapping-entries zip bomb (1 500 entries sharing one 200 MB stream)",
      name: "bomb-overlap.docx",
      bytes: zip([bombEntry(ZIP_BOMB_BYTES), ...Array.from({ length: 1499 }, (_, i) => ({ ...bombEntry(ZIP_BOMB_BYTES), name: `word/media/p${i}.xml` }))], { sharedData: true }),
      reason: "zip-bomb",
      message: /zip bomb|refused/i,
    },
    {
      what: "an archive of 60 000 empty entries",
      name: "many-entries.docx",
      bytes: zip(Array.from({ length: 60000 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(0), method: 0 as const, crc: crc32(new Uint8Array(0)), uncompressedSize: 0 }))),
      reason: "zip-bomb",
      message: /entries|zip bomb/i,
    },
    { what: "a text file of 10 MB", name: "huge.txt", bytes: tooBig, reason: "too-large", message: /MB/ },
    { what: "invalid JSON", name: "broken.json", bytes: text.encode('{"type": "doc", "content": [ {"type": "heading",'), reason: "json", message: /JSON/ },
    { what: "JSON of the wrong shape (an array)", name: "list.json", bytes: text.encode("[1, 2, 3]"), reason: "json", message: /JSON/ },
    {
      what: "JSON of the wrong shape (a document without an operative part)",
      name: "no-operative.json",
      bytes: text.encode(JSON.stringify({ type: "doc", content: [{ type: "heading", attrs: {} }, { type: "preamble", content: [] }] })),
      reason: "json",
      message: /JSON/,
    },
    {
      what: "JSON with a clause of an unknown node type",
      name: "unknown-node.json",
      bytes: text.encode(JSON.stringify({ type: "doc", content: [{ type: "heading" }, { type: "preamble" }, { type: "operative", content: [{ type: "script", text: "x" }] }] })),
      reason: "json",
      message: /JSON/,
    },
    { what: "JSON nested 100 000 levels deep", name: "deep.json", bytes: text.encode("[".repeat(100000) + "]".repeat(100000)), reason: "json", message: /JSON/ },
    { what: "a PDF", name: "paper.pdf.txt", bytes: text.encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"), reason: "unsupported", message: /PDF/ },
    { what: "an old Word .doc", name: "paper.doc.txt", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), reason: "unsupported", message: /\.doc|Word/ },
    { what: "binary data named .txt", name: "binary.txt", bytes: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7) & 0xff)), reason: "unsupported", message: /binary/i },
  ];
}

/** A hand-written .docx holding a paper (used where a valid file is needed next to bad ones). */
export function validMinimalDocx(): Uint8Array {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  return minimalDocx([p("The Human Rights Council,"), p("Recalling its resolution 5/1,"), p("1. Decides to remain seized of the matter.")].join(""));
}
