import { describe, expect, test } from "vitest";
import { Fragment, Slice, type Node } from "prosemirror-model";
import { clauseModel, createDocument, parseDocumentJSON, withBlocks, withoutBlocks, type ClauseInput } from "@clausewise/schema";
import { addComment } from "./comments.ts";
import { documentParts, joinDocumentParts, jsonText } from "./doc-text.ts";
import { readRecord } from "./paper.ts";
import { MemoryStore } from "./storage.ts";

const operative = (n: number): ClauseInput[] =>
  Array.from({ length: n }, (_, i) =>
    i % 7 === 3
      ? { text: `Requests a "report" on item ${i}\u2028—naïve “quotes” \\ and tabs\t`, sub: ["access to schooling", { text: "in rural areas", sub: ["for girls"] }], continuation: "and so on" }
      : `Encourages States to fund schools, clause ${i}`,
  );

const paper = (n: number) =>
  createDocument({
    heading: { committee: "hrc", code: "A/HRC/WP.1", topic: "Education", sponsors: ["Chile", "Côte d'Ivoire"] },
    preamble: ["Recalling its resolution 8/4", ""],
    operative: operative(n),
  });

/** The paper with `text` typed into its top-level operative clause number `n`. */
function typed(doc: Node, n: number, text: string): Node {
  const clause = clauseModel(doc).clauses.find((c) => c.path === String(n))!;
  const at = clause.textFrom + 3;
  return doc.replace(at, at, new Slice(Fragment.from(doc.type.schema.text(text)), 0, 0));
}

const parsed = (doc: Node) => JSON.parse(joinDocumentParts(documentParts(doc)));

describe("a paper's JSON text in parts", () => {
  test("joined, it parses to exactly the flat paper's toJSON: short and long papers, marks, escapes, empty clauses", () => {
    for (const n of [1, 15, 16, 40, 64, 65, 300]) {
      let flat = paper(n);
      const first = clauseModel(flat).clauses.find((c) => c.section === "operative")!;
      flat = addComment(flat, { clauseId: first.id, start: 2, end: 9 }, { id: "m1", author: "Director", body: 'Which "States"?', created: "2026-12-07T08:00:00.000Z" });
      const held = withBlocks(flat);
      expect(parsed(held)).toEqual(flat.toJSON());
      expect(parsed(flat)).toEqual(flat.toJSON());
      expect(parseDocumentJSON(parsed(held)).eq(flat)).toBe(true);
      expect(JSON.parse(jsonText(flat))).toEqual(flat.toJSON());
    }
  });

  test("a long paper has a part per block; typing changes one part's key, the others stay", () => {
    const before = withBlocks(paper(300));
    const after = typed(before, 120, "typed ");
    const a = documentParts(before);
    const b = documentParts(after);
    expect(a.parts).toHaveLength(before.child(2).childCount);
    expect(b.parts.length).toBe(a.parts.length);
    const changed = b.parts.filter((p, i) => p.key !== a.parts[i]!.key);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.text).toContain("typed ");
    expect(parsed(after)).toEqual(withoutBlocks(after).toJSON());
    // The earlier paper's parts are unchanged: nodes are immutable, so kept text never goes stale.
    expect(documentParts(before)).toEqual(a);
    expect(parsed(before)).toEqual(withoutBlocks(before).toJSON());
  });

  test("a short paper is one part, new with every change", () => {
    const before = paper(10);
    const after = typed(before, 4, "typed ");
    const [a, b] = [documentParts(before), documentParts(after)];
    expect(a.parts).toHaveLength(1);
    expect(b.parts[0]!.key).not.toBe(a.parts[0]!.key);
    expect(a.before).toBe(b.before);
  });
});

describe("records saved as text", () => {
  test("read back as the document, the record holding the object", () => {
    const doc = paper(20);
    const loaded = readRecord({ id: "p1", kind: "draft", doc: joinDocumentParts(documentParts(doc)), updated: "2026-12-07T08:00:00.000Z" });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.doc.eq(doc)).toBe(true);
    expect(loaded.record.doc).toEqual(doc.toJSON());
  });

  test("text that is not JSON, or JSON that is not a paper, is a damaged record that says why", () => {
    const cut = joinDocumentParts(documentParts(paper(20))).slice(0, 500);
    expect(readRecord({ id: "p2", kind: "draft", doc: cut, updated: "x" })).toMatchObject({ ok: false, id: "p2", problem: "the paper's saved text is not valid JSON" });
    expect(readRecord({ id: "p3", kind: "draft", doc: '{"type":"paragraph"}', updated: "x" }).ok).toBe(false);
  });

  test("the memory store (no IndexedDB) keeps a paper saved in parts and gives it back whole", async () => {
    const store = new MemoryStore();
    const held = withBlocks(paper(200));
    await store.put({ id: "p4", kind: "draft", doc: documentParts(held), updated: "2026-12-07T08:00:00.000Z" });
    const [loaded] = await store.list();
    expect(loaded!.ok && loaded!.doc.eq(withoutBlocks(held))).toBe(true);
  });
});
