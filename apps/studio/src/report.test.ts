import { describe, expect, test } from "vitest";
import { clauseModel, createDocument } from "@clausewise/schema";
import { lintDocument } from "@clausewise/lint";
import { addComment } from "./comments.ts";
import { feedbackReport } from "./report.ts";
import { escapeHtml as e } from "./html.ts";

const base = createDocument({
  heading: { committee: "hrc", code: "HRC/WP.3", topic: "Defenders <b>bold</b>", sponsors: ["Norway"] },
  preamble: ["Recalling the Declaration on human rights defenders"],
  operative: ["Demands that all States release detained defenders", "Encourages States to protect defenders"],
});
const op1 = clauseModel(base).clauses.find((c) => c.path === "1")!;
const doc = addComment(base, { clauseId: op1.id }, {
  id: "m1",
  author: "A. Mensah",
  body: "Use “Calls upon” <script>alert(1)</script>",
  created: "2026-11-22T08:00:00.000Z",
});
const diagnostics = lintDocument(doc);

describe("feedback report", () => {
  const html = feedbackReport({ doc, diagnostics, review: { fileName: "wp3.docx", verdict: "return", note: "Please revise" }, date: "2026-11-22" });

  test("lists, per clause, the clause text, the director's comment and the findings", () => {
    const section = html.slice(html.indexOf(`data-clause-id="${op1.id}"`));
    const clauseBlock = section.slice(0, section.indexOf("</section>"));
    expect(clauseBlock).toContain("1. Demands that all States release detained defenders;");
    expect(clauseBlock).toContain("Use “Calls upon”");
    expect(clauseBlock).toContain("A. Mensah");
    const own = diagnostics.filter((d) => d.clause.id === op1.id);
    expect(own.length).toBeGreaterThan(0);
    for (const d of own) expect(clauseBlock).toContain(d.message.replace(/"/g, "&quot;"));
  });

  test("shows the verdict, the note, the checklist and the counts", () => {
    expect(html).toContain("Returned to the sponsors with feedback");
    expect(html).toContain("Please revise");
    expect(html).toContain("Sponsors listed");
    expect(html).toMatch(/Binding language<\/td><td>\d+<\/td>/);
  });

  test("quotes a finding's mandate text once, and says how to fix it", () => {
    const demands = diagnostics.find((d) => d.clause.id === op1.id && d.mandate && d.fixes.length)!;
    expect(demands).toBeDefined();
    const quote = e(demands.mandate!.quote);
    // The explanation already ends with the quote (the mandate rules write it so): no second copy.
    expect(demands.explanation).toContain(demands.mandate!.quote);
    expect(html.split(quote)).toHaveLength(2);
    expect(html).toContain(`Suggested fix: ${e(demands.fixes[0]!.label)}`);
  });

  test("escapes everything from the paper and the director, and forbids scripts", () => {
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<b>bold</b>");
    expect(html).toContain("default-src 'none'");
  });

  test("counts are worded for their number (\"1 error\", never \"1 errors\") and the checklist's marks match its words", () => {
    const counts = { error: diagnostics.filter((d) => d.severity === "error").length, warning: diagnostics.filter((d) => d.severity === "warning").length };
    const one = createDocument({
      heading: { committee: "hrc", code: "HRC/WP.4", topic: "Defenders", sponsors: ["Norway"] },
      operative: ["Demands that all States release detained defenders"],
    });
    const oneFindings = lintDocument(one).filter((d) => d.severity === "error").slice(0, 1);
    expect(oneFindings).toHaveLength(1);
    const single = feedbackReport({ doc: one, diagnostics: oneFindings, review: { fileName: "", verdict: "undecided", note: "" } });
    expect(single).toContain("0 comments, 1 finding (1 error, 0 warnings).");
    expect(single).not.toMatch(/\b1 (errors|warnings|findings|comments)\b/);
    expect(html).toContain(`(${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"})`);
    // The mandate check fails here ("Demands"): a cross, and the words say so.
    expect(single).toMatch(/<li class="fail"><span class="mark">✘<\/span> <strong>Within the committee&#39;s mandate<\/strong> \(not passed\)/);
    // A passed check on findings has nothing to count next to its tick.
    expect(single).toMatch(/✔<\/span> <strong>Format<\/strong> \(passed\): No format or style problems/);
    expect(single).not.toMatch(/✔<\/span> <strong>[^<]*<\/strong> \(passed\): \d+ (error|warning|problem)/);
  });
});
