import { describe, expect, test } from "vitest";
import { createDocument } from "@clausewise/schema";
import { lintDocument } from "@clausewise/lint";
import { getCommittee } from "@clausewise/rulebook";
import { checkMarks, reviewChecklist, suggestedVerdict } from "./checklist.ts";
import { powerSentences } from "./mandate.ts";
import { templateDocument } from "./templates.ts";
import { committees } from "@clausewise/rulebook";

describe("checklist", () => {
  test("a clean paper with a full heading and sponsors passes and suggests acceptance", () => {
    const doc = createDocument({
      heading: { committee: "hrc", code: "HRC/WP.1", topic: "Education in emergencies", sponsors: ["Jordan"] },
      preamble: ["Reaffirming the right of everyone to education"],
      operative: ["Encourages States to include education in their emergency plans"],
    });
    const items = reviewChecklist(doc, lintDocument(doc));
    expect(items.map((i) => [i.id, i.ok])).toEqual([["format", true], ["mandate", true], ["heading", true], ["sponsors", true]]);
    expect(suggestedVerdict(items)).toBe("accept");
  });
  test("binding language and missing sponsors fail and suggest returning the paper", () => {
    const doc = createDocument({
      heading: { committee: "hrc", code: "HRC/WP.2", topic: "" },
      operative: ["Demands that all States release detained defenders"],
    });
    const items = reviewChecklist(doc, lintDocument(doc));
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(byId.mandate!.ok).toBe(false);
    expect(byId.heading!.detail).toContain("topic");
    expect(byId.sponsors!.ok).toBe(false);
    expect(suggestedVerdict(items)).toBe("return");
  });
  test("format and style warnings alone pass with warnings, never as a plain tick next to problems; errors fail", () => {
    const doc = createDocument({
      heading: { committee: "hrc", code: "HRC/WP.2", topic: "Privacy", sponsors: ["Chile"] },
      preamble: ["recalling its resolutions on the right to privacy"],
      operative: ["calls upon States to review their surveillance laws"],
    });
    const diagnostics = lintDocument(doc);
    const formatWarnings = diagnostics.filter((d) => (d.category === "format" || d.category === "style") && d.severity === "warning");
    expect(formatWarnings.length).toBeGreaterThan(1);
    expect(diagnostics.some((d) => (d.category === "format" || d.category === "style") && d.severity === "error")).toBe(false);
    const format = reviewChecklist(doc, diagnostics).find((i) => i.id === "format")!;
    expect(format).toMatchObject({ status: "warn", ok: true, detail: `No errors; ${formatWarnings.length} warnings (format and style)` });
    expect(checkMarks[format.status]).not.toBe("✔");
    // One error among them: failed, and the counts say "1 error", not "1 errors".
    const withError = [...diagnostics, { ...formatWarnings[0]!, severity: "error" as const }];
    const failed = reviewChecklist(doc, withError).find((i) => i.id === "format")!;
    expect(failed).toMatchObject({ status: "fail", ok: false });
    expect(failed.detail).toMatch(/^1 error, \d+ warnings/);
    expect(checkMarks[failed.status]).toBe("✘");
    // Nothing to report: the tick, and no count next to it.
    const clean = createDocument({ heading: { committee: "hrc", code: "HRC/WP.1", topic: "Education", sponsors: ["Jordan"] }, operative: ["Encourages States to include education in their emergency plans"] });
    for (const item of reviewChecklist(clean, lintDocument(clean))) {
      expect(item.status, item.id).toBe("pass");
      expect(checkMarks[item.status]).toBe("✔");
      if (item.id !== "sponsors") expect(item.detail, item.id).not.toMatch(/\d/);
    }
  });
});

describe("templates and mandate", () => {
  test("every committee has a template whose heading names it", () => {
    for (const c of committees) {
      const doc = templateDocument(c.id);
      expect(doc.firstChild!.attrs.committee).toBe(c.id);
      expect(doc.firstChild!.attrs.code).toBe(`${c.shortName}/WP.1`);
    }
  });
  test("the powers read differently for the Council and the Security Council", () => {
    expect(powerSentences(getCommittee("hrc")!)[0]).toMatch(/do not bind/);
    expect(powerSentences(getCommittee("sc")!)[0]).toMatch(/bind Member States/);
  });
});
