import { describe, expect, it } from "vitest";
import { createDocument, type HeadingAttrs } from "@clausewise/schema";
import { exportDocx } from "@clausewise/formats";
import { fingerprint, importPaperFile, importPastedText } from "./files.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const NO_COMMITTEE = "1. Calls upon States to protect migrant workers;\n2. Requests the Secretary-General to report.";

describe("a paper imported without a committee", () => {
  it("gets the committee given, and one note saying so instead of the importer's", async () => {
    const pasted = importPastedText(NO_COMMITTEE, "sc");
    expect((pasted.doc.child(0).attrs as HeadingAttrs).committee).toBe("sc");
    const notes = pasted.warnings.map((w) => w.message);
    expect(notes[0]).toBe("no committee found: set to the Security Council; choose the right committee in the heading");
    expect(notes.filter((m) => m.startsWith("no committee found"))).toHaveLength(1);
    const file = await importPaperFile("wp.txt", bytes(NO_COMMITTEE), "ga");
    expect((file.doc.child(0).attrs as HeadingAttrs).committee).toBe("ga");
  });

  it("is left as it is for the review desk (no committee given), whose checklist says it is missing", async () => {
    const file = await importPaperFile("wp.txt", bytes(NO_COMMITTEE));
    expect((file.doc.child(0).attrs as HeadingAttrs).committee).toBe("");
  });

  it("keeps a committee the text names", () => {
    const r = importPastedText(`The Security Council,\n${NO_COMMITTEE}`, "ga");
    expect((r.doc.child(0).attrs as HeadingAttrs).committee).toBe("sc");
    expect(r.warnings.map((w) => w.message).join()).not.toMatch(/committee/);
  });
});

describe("fingerprint", () => {
  it("is the same for the same bytes and differs for other bytes of the same length", () => {
    expect(fingerprint(bytes("Calls upon States"))).toBe(fingerprint(bytes("Calls upon States")));
    expect(fingerprint(bytes("Calls upon States"))).not.toBe(fingerprint(bytes("Calls upon Statez")));
    expect(fingerprint(new Uint8Array())).toMatch(/^0:/);
  });
});

describe("an empty file", () => {
  it("is refused with a message naming it, rather than opened as a blank paper", async () => {
    for (const content of [new Uint8Array(0), bytes(" \n\r\n\t"), new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])]) {
      await expect(importPaperFile("notes.txt", content, "hrc")).rejects.toThrow(/^notes\.txt is empty: there is no text in it to import$/);
    }
    await expect(importPaperFile("wp.docx", new Uint8Array(0))).rejects.toThrow(/^wp\.docx is empty/);
  });

  it("a Word file of empty paragraphs is refused the same way", async () => {
    const blank = await exportDocx(createDocument({ preamble: ["", "   "], operative: [""] }));
    await expect(importPaperFile("blank.docx", blank, "hrc")).rejects.toThrow(/^blank\.docx is empty: there is no text in it to import$/);
    // A paper with only a heading field filled in is not empty.
    const titled = await exportDocx(createDocument({ heading: { topic: "Migrant workers" }, operative: [""] }));
    await expect(importPaperFile("titled.docx", titled, "hrc")).resolves.toBeTruthy();
  });
});
