import { describe, expect, it } from "vitest";
import { createDocument } from "@clausewise/schema";
import { paperFromSameFile, paperWithSameText } from "./same-file.ts";
import { readRecord } from "./paper.ts";

const doc = (topic: string) => createDocument({ heading: { code: "HRC/WP.1", committee: "hrc", topic, sponsors: [], signatories: [] }, operative: ["Calls upon States to act"] });

describe("the same file again", () => {
  const papers = [
    { id: "a", source: { fileName: "wp.docx", fileHash: "10:abc" }, doc: doc("A") },
    { id: "b", source: undefined, doc: doc("B") },
  ];
  it("is the paper with the same name and fingerprint", () => {
    expect(paperFromSameFile(papers, (p) => p.source, "wp.docx", "10:abc")?.id).toBe("a");
    expect(paperFromSameFile(papers, (p) => p.source, "wp.docx", "10:abd")).toBeUndefined();
    expect(paperFromSameFile(papers, (p) => p.source, "other.docx", "10:abc")).toBeUndefined();
  });
  it("or the paper with exactly its text (clause ids aside), for papers that kept no file", () => {
    expect(paperWithSameText(papers, (p) => p.doc, doc("B"))?.id).toBe("b");
    expect(paperWithSameText(papers, (p) => p.doc, doc("C"))).toBeUndefined();
  });
});

describe("a draft's file", () => {
  it("is kept in its stored record, and a malformed one is dropped", () => {
    const json = doc("A").toJSON();
    const kept = readRecord({ id: "p1", kind: "draft", doc: json, updated: "2026-12-07T18:00:00Z", source: { fileName: "wp.docx", fileHash: "10:abc" } });
    expect(kept.ok && kept.record.source).toEqual({ fileName: "wp.docx", fileHash: "10:abc" });
    const bad = readRecord({ id: "p2", kind: "draft", doc: json, updated: "2026-12-07T18:00:00Z", source: { fileName: 3 } });
    expect(bad.ok && "source" in bad.record).toBe(false);
  });
});
