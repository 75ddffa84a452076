import { describe, expect, it } from "vitest";
import { createDocument, type HeadingAttrs } from "@clausewise/schema";
import { DEFAULT_COMMITTEE, fallbackCommittee, withKnownCommittee } from "./committee.ts";

const committeeOf = (doc: import("prosemirror-model").Node) => (doc.child(0).attrs as HeadingAttrs).committee;
const paper = (committee: string) => {
  const doc = createDocument({ heading: { committee: "hrc", topic: "Migrants" }, operative: ["Calls upon States to act"] });
  const json = doc.toJSON() as { content: { attrs: Record<string, unknown> }[] };
  json.content[0]!.attrs.committee = committee;
  return doc.type.schema.nodeFromJSON(json);
};

describe("withKnownCommittee", () => {
  it("leaves a paper with a known committee as it is", () => {
    const doc = paper("sc");
    expect(withKnownCommittee(doc, "ga")).toEqual({ doc, note: null });
  });

  it("gives a paper without a committee the fallback, and says so", () => {
    const { doc, note } = withKnownCommittee(paper(""), "sc");
    expect(committeeOf(doc)).toBe("sc");
    expect(note).toBe("no committee found: set to the Security Council; choose the right committee in the heading");
    expect((doc.child(0).attrs as HeadingAttrs).topic).toBe("Migrants");
    expect(doc.textContent).toContain("Calls upon States to act");
  });

  it("replaces an unknown committee, and falls back to the General Assembly when the choice is unknown too", () => {
    const { doc, note } = withKnownCommittee(paper("Model Council"), "nope");
    expect(committeeOf(doc)).toBe(DEFAULT_COMMITTEE);
    expect(note).toBe('"Model Council" is not a committee we know: set to the General Assembly plenary; choose the right committee in the heading');
  });

  it("takes the New paper panel's committee when it is known", () => {
    expect(fallbackCommittee("hrc")).toBe("hrc");
    expect(fallbackCommittee("")).toBe("ga");
    expect(fallbackCommittee(undefined)).toBe("ga");
  });
});
