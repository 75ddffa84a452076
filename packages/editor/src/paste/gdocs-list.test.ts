/** Google Docs and LibreOffice lists (<li><p>…</p></li>) pasted: one clause per item, no empty ones. */
import { describe, expect, it } from "vitest";
import { readClipboard, pastedClauses } from "./clipboard.ts";

const gdocs =
  `<b id="docs-internal-guid-1"><ol><li aria-level="1"><p role="presentation"><span>Urges States to ratify the Convention:</span></p></li>` +
  `<ol><li aria-level="2"><p><span>by 2030;</span></p></li><li aria-level="2"><p><span>without reservations;</span></p></li></ol>` +
  `<li aria-level="1"><p><span>Invites B to report;</span></p></li></ol></b>`;

describe("a list pasted from Google Docs", () => {
  it("gives one operative clause per item with its sub-clauses, and no empty clause", () => {
    const content = readClipboard(gdocs, "Urges States to ratify the Convention:\nby 2030;\nwithout reservations;\nInvites B to report;");
    expect(content && content.kind).not.toBe("text");
    const pasted = pastedClauses(content as Exclude<typeof content, null | { kind: "text" }>, "operative");
    const texts = pasted.roots.map((r) => r.item);
    expect(JSON.stringify(texts)).not.toMatch(/"text":""/);
    expect(pasted.roots).toHaveLength(2);
    expect(JSON.stringify(pasted.roots[0])).toContain("by 2030");
  });
});
