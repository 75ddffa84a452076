/**
 * The editor holds a long paper's operative clauses in blocks (schema blocks.ts). Every exporter
 * reads clauses through the clause model, so a blocked paper exports exactly as the flat one.
 */
import { describe, expect, it } from "vitest";
import { createDocument, withBlocks, type ClauseInput } from "@clausewise/schema";
import { exportDocx, exportHtml, exportText, importDocx } from "./index.ts";

const operative: ClauseInput[] = Array.from({ length: 140 }, (_, i) =>
  i % 9 === 0 ? { text: `Requests the Secretary-General ${i + 1}`, sub: [`to report ${i + 1}`, { text: "to consult", sub: ["States"] }], continuation: "and to act" } : `Calls upon States ${i + 1}`,
);
const flat = createDocument({ heading: { code: "HRC/1/L.1", committee: "hrc", topic: "Blocks" }, preamble: ["Recalling its resolutions"], operative });
const blocked = withBlocks(flat);

describe("exports of a paper held in operative blocks", () => {
  it("is a blocked paper (the test would prove nothing otherwise)", () => {
    expect(blocked.child(2).firstChild!.type.name).toBe("operative_block");
  });

  it("give the same text and HTML as the flat paper", () => {
    expect(exportText(blocked)).toBe(exportText(flat));
    expect(exportHtml(blocked)).toBe(exportHtml(flat));
  });

  it("give a .docx that reads back as the flat paper", async () => {
    const [a, b] = await Promise.all([importDocx(await exportDocx(blocked)), importDocx(await exportDocx(flat))]);
    expect(exportText(a.doc)).toBe(exportText(b.doc));
    expect(exportText(a.doc)).toContain("140. Calls upon States 140.");
  });
});
