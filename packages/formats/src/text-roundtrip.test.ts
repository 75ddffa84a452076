import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createDocument } from "@clausewise/schema";
import { arbitraryDocument } from "./testing/arbitrary-document.ts";
import { importText, exportText, documentDifference, sameDocument } from "./index.ts";

describe("exportText → importText", () => {
  it("gives back the document apart from clause ids, without warnings, over 500 generated papers", () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        const result = importText(exportText(doc));
        expect(documentDifference(result.doc, doc)).toBeNull();
        expect(result.warnings).toEqual([]);
        expect(result.committee).toBe(doc.firstChild!.attrs.committee);
      }),
      { numRuns: 500 },
    );
  });

  it("is stable: exporting the imported text again gives the same text", () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        const text = exportText(doc);
        expect(exportText(importText(text).doc)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("is a fixed point on noisy input: what importText reads, exportText writes and importText reads again the same", () => {
    const noise = fc.constantFrom("", "\n", "\r\n", "\t", "Page 2 of 3", "-", "•", "(", "  ", "\u00A0", "\u200B", "12", "[…]");
    const noisy = fc
      .tuple(arbitraryDocument, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 12 }))
      .map(([doc, inserts]) => {
        const lines = exportText(doc).split("\n");
        for (const [at, piece] of inserts) lines.splice(at % (lines.length + 1), 0, piece);
        return lines.join("\n");
      });
    fc.assert(
      fc.property(noisy, (input) => {
        const once = exportText(importText(input).doc);
        expect(exportText(importText(once).doc)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("writes the canonical layout", () => {
    const doc = createDocument({
      heading: { code: "HRC/1/1", committee: "hrc", topic: "Migrant workers", sponsors: ["Mexico", "Korea, Republic of"], signatories: ["Chile"] },
      preamble: ["Recalling its resolution 5/1"],
      operative: [
        { text: "Requests the Office", sub: ["to prepare a report", { text: "to consult", sub: ["States"] }], continuation: "and to report back" },
        "Decides to remain seized of the matter",
      ],
    });
    expect(exportText(doc)).toBe(
      [
        "Code: HRC/1/1",
        "Committee: Human Rights Council",
        "Topic: Migrant workers",
        "Sponsors: Mexico; Korea, Republic of",
        "Signatories: Chile",
        "",
        "The Human Rights Council,",
        "",
        "Recalling its resolution 5/1,",
        "",
        "1. Requests the Office:",
        "    (a) to prepare a report;",
        "    (b) to consult:",
        "        (i) States;",
        "and to report back;",
        "",
        "2. Decides to remain seized of the matter.",
        "",
      ].join("\n"),
    );
  });

  it("compares documents apart from ids", () => {
    const a = createDocument({ operative: ["Decides"] });
    const b = createDocument({ operative: ["Decides"] });
    const c = createDocument({ operative: ["Requests"] });
    expect(sameDocument(a, b)).toBe(true);
    expect(documentDifference(a, c)).toMatch(/content\[2\].*"Decides" ≠ "Requests"/);
  });
});
