import { describe, expect, it } from "vitest";
import { readClipboard } from "./clipboard.ts";
import { placeParagraphs, readParagraphs } from "./paragraphs.ts";

describe("readClipboard, one line", () => {
  it("reads one copied clause as its text: label and end punctuation dropped", () => {
    expect(readClipboard(null, "2. Requests the Secretary-General to report;")).toEqual({ kind: "text", text: "Requests the Secretary-General to report" });
    expect(readClipboard(null, "2.\tRequests the Secretary-General to report;")).toEqual({ kind: "text", text: "Requests the Secretary-General to report" });
    expect(readClipboard(null, "(a) to report,")).toEqual({ kind: "text", text: "to report" });
    expect(readClipboard(null, "i. to consult.")).toEqual({ kind: "text", text: "to consult" });
  });

  it("keeps an unlabelled piece of text as it is, spaces included", () => {
    expect(readClipboard(null, " and regional bodies")).toEqual({ kind: "text", text: " and regional bodies" });
    expect(readClipboard(null, "to report;")).toEqual({ kind: "text", text: "to report;" });
  });
});

describe("readClipboard, one line of HTML", () => {
  it("takes the HTML's words: no double space where an image was", () => {
    const html = `<p>before <img src="data:image/png;base64,${"A".repeat(200_000)}"> after</p>`;
    expect(readClipboard(html, "before  after")).toEqual({ kind: "text", text: "before after" });
  });

  it("keeps the spaces at either end of the plain text", () => {
    expect(readClipboard("<b>and regional bodies</b>", " and regional bodies ")).toEqual({ kind: "text", text: " and regional bodies " });
  });
});

describe("readClipboard, several lines", () => {
  it("reads a whole paper (organ line, heading lines) with the importer", () => {
    const read = readClipboard(null, "The Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. Urges States to act.");
    expect(read?.kind).toBe("paper");
  });

  it("reads part of a paper as paragraphs, a heading-less line never taken for a topic", () => {
    const read = readClipboard(null, "to act swiftly;\nto report annually;");
    expect(read?.kind).toBe("paragraphs");
    expect(read?.kind === "paragraphs" && read.paragraphs.map((p) => p.text)).toEqual(["to act swiftly;", "to report annually;"]);
  });
});

describe("readParagraphs", () => {
  it("reads labels, joins wrapped lines and a label alone on its line with its text", () => {
    const paragraphs = readParagraphs("1.\nRequests the Secretary-\nGeneral to report\non progress:\n  (a) first;\n\n- a bullet\n(in) a word, not a label");
    expect(paragraphs.map((p) => [p.label?.kind ?? null, p.text, p.indent])).toEqual([
      ["number", "Requests the Secretary-General to report on progress:", 0],
      ["sub", "first;", 2],
      ["bullet", "a bullet (in) a word, not a label", 0],
    ]);
  });

  it("reads (i) as a letter only after (h)", () => {
    const levels = (text: string) => placeParagraphs(readParagraphs(text), "operative").roots[0]!.item.children.map((c) => c.children.length);
    expect(levels("Requests:\n(h) eight;\n(i) nine;")).toEqual([0, 0]);
    expect(levels("Requests:\n(a) one;\n(i) first;")).toEqual([1]);
  });
});

describe("huge pastes stay linear", () => {
  it("reads 100,000 wrapped lines, a line of 200,000 bullets and 20,000 clauses in well under a second each", () => {
    for (const text of ["word ".repeat(5).trim().concat("\n").repeat(100_000), "- ".repeat(200_000) + "x\ny", Array.from({ length: 20_000 }, (_, i) => `${i % 3 ? "(a)" : "1."} Urges States ${i};`).join("\n")]) {
      const start = performance.now();
      const read = readClipboard(null, text);
      if (read && read.kind === "paragraphs") placeParagraphs(read.paragraphs, "preamble");
      expect(performance.now() - start).toBeLessThan(1500);
    }
  });
});

describe("an editor's HTML without its slice", () => {
  it("is read from the plain text, which has the labels", () => {
    const html = '<section class="cw-operative" data-pm-slice="2 2 []"><div class="cw-clause cw-operative-clause"><p class="cw-text">Requests</p><div class="cw-clause cw-subclause"><p class="cw-text">to act</p></div></div></section>';
    const read = readClipboard(html, "1. Requests:\n    (a) to act;");
    expect(read?.kind === "paragraphs" && read.paragraphs.map((p) => p.label?.kind ?? null)).toEqual(["number", "sub"]);
  });
});
