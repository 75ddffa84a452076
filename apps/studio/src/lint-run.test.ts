import { describe, expect, it } from "vitest";
import { createDocument } from "@clausewise/schema";
import { lintJSON } from "./lint-run.ts";

const operative = ["Demands that all States cease hostilities"];

describe("lintJSON", () => {
  it("says when a paper names no committee, and checks it against the General Assembly's mandate", () => {
    const json = createDocument({ heading: { committee: "" }, operative }).toJSON();
    const result = lintJSON(json);
    expect(result.notice).toBe("The paper names no committee: checked against the General Assembly's mandate.");
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });

  it("says nothing more for a paper that names a known committee", () => {
    const result = lintJSON(createDocument({ heading: { committee: "hrc" }, operative }).toJSON());
    expect(result.notice).toBeNull();
    expect(result.diagnostics.some((d) => d.ruleId === "mandate/binding-language")).toBe(true);
  });

  it("names an unknown committee it fell back from", () => {
    const json = createDocument({ heading: { committee: "hrc" }, operative }).toJSON() as { content: { attrs: Record<string, unknown> }[] };
    json.content[0]!.attrs.committee = "model-crisis";
    expect(lintJSON(json).notice).toMatch(/^Unknown committee "model-crisis"/);
  });
});
