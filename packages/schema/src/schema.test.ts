import { describe, expect, it } from "vitest";
import {
  clauseModel,
  clauseAt,
  createDocument,
  documentToInput,
  parseDocumentJSON,
  DocumentError,
  printedClause,
  schema,
  toRoman,
  toLetter,
  formatLabel,
  openingPhrase,
  clauseIdRepairs,
  withUniqueIds,
  HEADING_LIMITS,
} from "./index.ts";

const sample = () =>
  createDocument({
    heading: { code: "HRC/1/1", committee: "hrc", topic: "Rights of migrant workers", sponsors: ["Mexico", "Philippines"], signatories: ["Chile"] },
    preamble: ["Recalling its resolution 5/1 of 18 June 2007", "Deeply concerned by the situation of migrants in transit"],
    operative: [
      "Calls upon States to protect the rights of migrant workers",
      {
        text: "Requests the Office of the High Commissioner",
        sub: [
          "to prepare a report",
          { text: "to hold consultations with", sub: [{ text: "States", sub: [{ text: "of origin", sub: ["in particular"] }] }, "civil society"] },
        ],
        continuation: "and to present it at the fifty-fifth session",
      },
      { text: "Decides to remain seized of the matter", sub: ["first", "second"] },
    ],
  });

describe("labels", () => {
  it("writes roman numerals and letters", () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 49, 90, 400, 1994].map(toRoman)).toEqual([
      "i", "ii", "iii", "iv", "v", "ix", "xiv", "xl", "xlix", "xc", "cd", "mcmxciv",
    ]);
    expect([1, 2, 26, 27, 28, 53].map(toLetter)).toEqual(["a", "b", "z", "aa", "bb", "aaa"]);
    expect(() => toRoman(0)).toThrow(RangeError);
  });
  it("formats the four sub-clause levels of the UN Editorial Manual", () => {
    expect([0, 1, 2, 3, 4].map((d) => formatLabel(d, 2))).toEqual(["2.", "(b)", "(ii)", "b.", "ii."]);
  });
});

describe("clause model", () => {
  it("derives numbers, labels, paths and end punctuation from position", () => {
    const model = clauseModel(sample());
    expect(model.organLine).toBe("The Human Rights Council,");
    expect(model.clauses.map((c) => [c.path, c.label, c.end, c.depth, c.index])).toEqual([
      ["p1", "", ",", 0, 1],
      ["p2", "", ",", 0, 2],
      ["1", "1.", ";", 0, 1],
      ["2", "2.", ":", 0, 2],
      ["2(a)", "(a)", ";", 1, 2],
      ["2(b)", "(b)", ":", 1, 2],
      ["2(b)(i)", "(i)", ":", 2, 2],
      ["2(b)(i)(a)", "a.", ":", 3, 2],
      ["2(b)(i)(a)(i)", "i.", ";", 4, 2],
      ["2(b)(ii)", "(ii)", ";", 2, 2],
      ["3", "3.", ":", 0, 3],
      ["3(a)", "(a)", ";", 1, 3],
      ["3(b)", "(b)", ".", 1, 3],
    ]);
    const requests = model.clauses[3]!;
    expect(requests.continuation?.text).toBe("and to present it at the fifty-fifth session");
    expect(requests.continuation?.end).toBe(";");
  });

  it("ends the last operative clause with a full stop, through its continuation", () => {
    const doc = createDocument({ operative: ["Notes", { text: "Requests", sub: ["a", "b"], continuation: "and reports back" }] });
    const c = clauseModel(doc).clauses;
    expect(c.map((x) => x.end)).toEqual([";", ":", ";", ";"]);
    expect(c[1]!.continuation!.end).toBe(".");
  });

  it("gives positions that address the clause text in the document", () => {
    const doc = sample();
    for (const c of clauseModel(doc).clauses) {
      expect(doc.textBetween(c.textFrom, c.textTo)).toBe(c.text);
      expect(doc.nodeAt(c.pos)!.attrs.id).toBe(c.id);
      if (c.continuation) expect(doc.textBetween(c.continuation.from, c.continuation.to)).toBe(c.continuation.text);
    }
  });

  it("describes any single clause exactly as the whole-document model does", () => {
    const docs = [
      sample(),
      createDocument({ operative: ["Notes", { text: "Requests", sub: ["a", { text: "b", sub: ["x", "y"] }], continuation: "and reports back" }] }),
      createDocument({ preamble: ["Recalling"], operative: [{ text: "A", sub: ["a", { text: "b", sub: ["x", "y"] }] }] }),
    ];
    for (const doc of docs) {
      const model = clauseModel(doc);
      for (const c of model.clauses) {
        const found = clauseAt(doc, c.pos)!;
        expect(found.clause).toEqual(c);
        let parent = c.parentId;
        const expected: string[] = [];
        while (parent) {
          expected.unshift(parent);
          parent = model.clauses.find((x) => x.id === parent)!.parentId;
        }
        expect(found.ancestors.map((a) => a.id)).toEqual(expected);
        found.ancestors.forEach((a) => expect(a).toEqual(model.clauses.find((x) => x.id === a.id)));
      }
    }
    expect(clauseAt(sample(), 0)).toBeNull();
  });

  it("links sub-clauses to their parents", () => {
    const c = clauseModel(sample()).clauses;
    const requests = c[3]!;
    expect(requests.childIds).toEqual([c[4]!.id, c[5]!.id]);
    expect(c[4]!.parentId).toBe(requests.id);
  });

  it("prints clauses with label and punctuation", () => {
    const c = clauseModel(sample()).clauses;
    expect(printedClause(c[0]!)).toBe("Recalling its resolution 5/1 of 18 June 2007,");
    expect(printedClause(c[2]!)).toBe("1. Calls upon States to protect the rights of migrant workers;");
    expect(printedClause(c[4]!)).toBe("(a) to prepare a report;");
  });
});

describe("opening phrases", () => {
  it("recognises listed phrases with their modifiers", () => {
    expect(openingPhrase("Recalling its resolution 60/251", "preamble")?.text).toBe("Recalling");
    expect(openingPhrase("Deeply concerned by the situation", "preamble")?.text).toBe("Deeply concerned");
    expect(openingPhrase("Further requests the Secretary-General", "operative")?.text).toBe("Further requests");
    expect(openingPhrase("Recalling also its resolution", "preamble")?.text).toBe("Recalling also");
    expect(openingPhrase("Taking note with appreciation of the report", "preamble")?.text).toBe("Taking note with appreciation");
    expect(openingPhrase("Calls upon all States", "operative")).toEqual({ text: "Calls upon", length: 10, known: true });
  });
  it("falls back to participles and verbs outside the lists", () => {
    expect(openingPhrase("Appalled by the reports", "preamble")).toEqual({ text: "Appalled", length: 8, known: false });
    expect(openingPhrase("Commissions a study", "operative")?.known).toBe(false);
    expect(openingPhrase("the States", "operative")).toBeNull();
    expect(openingPhrase("Notesworthy things", "operative")).toBeNull();
  });
  it("reads \"United\" before a name as the name, not as a participle", () => {
    // The rest of "… attacks in Abu Dhabi," wrapped onto the next line of a PDF (sc-res-2624-2022).
    expect(openingPhrase("United Arab Emirates, on 17 January 2022", "preamble")).toBeNull();
    expect(openingPhrase("United Nations peacekeepers", "preamble")).toBeNull();
    expect(openingPhrase("United in our resolve to end poverty", "preamble")).toEqual({ text: "United", length: 6, known: false });
  });
  it("does not match a phrase inside a longer word", () => {
    expect(openingPhrase("Noted with thanks", "preamble")?.text).toBe("Noted");
    expect(openingPhrase("Urgesomething", "operative")).toBeNull();
  });
});

describe("JSON", () => {
  it("round-trips a document through JSON", () => {
    const doc = sample();
    const back = parseDocumentJSON(JSON.stringify(doc.toJSON()));
    expect(back.eq(doc)).toBe(true);
  });
  it("round-trips through the plain-data form, ids included", () => {
    const doc = sample();
    expect(createDocument(documentToInput(doc)).eq(doc)).toBe(true);
  });
  it("keeps marks: italics and comments", () => {
    const doc = sample();
    const json = doc.toJSON();
    json.content[2].content[0].content[0].content = [
      { type: "text", text: "Calls upon " },
      { type: "text", text: "States", marks: [{ type: "em" }, { type: "comment", attrs: { id: "k1", author: "Chair", body: "Which States?", created: "2026-11-22T10:00:00Z" } }] },
    ];
    const doc2 = parseDocumentJSON(json);
    expect(parseDocumentJSON(doc2.toJSON()).eq(doc2)).toBe(true);
    expect(doc2.child(2).child(0).firstChild!.child(1).marks.map((m) => m.type.name)).toEqual(["em", "comment"]);
  });
  it("rejects invalid JSON with a clear message", () => {
    expect(() => parseDocumentJSON("{not json")).toThrow(/not valid JSON/);
  });
  it("names the path of a value of the wrong shape", () => {
    const json = sample().toJSON();
    json.content[2].content[1].content[1].attrs = { id: 42 };
    try {
      parseDocumentJSON(json);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).path).toBe("content[2].content[1].content[1].attrs.id");
    }
  });
  it("rejects misplaced children, unknown nodes, empty operative parts and too-deep nesting", () => {
    const json = sample().toJSON();
    const bad1 = structuredClone(json);
    bad1.content[2].content[0].content.push({ type: "continuation" });
    expect(() => parseDocumentJSON(bad1)).toThrow(/continuation comes last, after sub-clauses/);
    const bad2 = structuredClone(json);
    bad2.content[1].content[0].content[0].content[0] = { type: "image", src: "x" };
    expect(() => parseDocumentJSON(bad2)).toThrow(/content\[1\]\.content\[0\]\.content\[0\]\.content\[0\]/);
    const bad3 = structuredClone(json);
    bad3.content[2].content = [];
    expect(() => parseDocumentJSON(bad3)).toThrow(/at least one clause/);
    const deep = (n: number): object => ({ type: "subclause", content: [{ type: "clause_text" }, ...(n > 1 ? [deep(n - 1)] : [])] });
    const bad4 = structuredClone(json);
    bad4.content[2].content[0].content = [{ type: "clause_text" }, deep(5)];
    expect(() => parseDocumentJSON(bad4)).toThrow(/4 levels deep/);
    expect(() => parseDocumentJSON({ type: "doc" })).toThrow(DocumentError);
    expect(() => parseDocumentJSON(null)).toThrow(DocumentError);
  });
  it("replaces missing and repeated clause ids", () => {
    const json = sample().toJSON();
    json.content[2].content[1].attrs.id = json.content[2].content[0].attrs.id;
    delete json.content[1].content[0].attrs;
    const doc = parseDocumentJSON(json);
    const ids = clauseModel(doc).clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^c[a-z0-9]{10}$/.test(id))).toBe(true);
    expect(ids[2]).toBe(json.content[2].content[0].attrs.id);
  });
});

describe("ids", () => {
  it("finds clauses whose id repeats after a split", () => {
    const doc = sample();
    const first = doc.child(2).child(0);
    const dupe = schema.nodes.operative_clause.create(first.attrs, first.content);
    const json = doc.toJSON();
    json.content[2].content.splice(1, 0, dupe.toJSON());
    const withDupe = schema.nodeFromJSON(json);
    expect(clauseIdRepairs(withDupe)).toHaveLength(1);
    expect(clauseIdRepairs(withUniqueIds(withDupe))).toHaveLength(0);
  });
});

describe("heading limits", () => {
  it("clamps over-long heading values so the document can always be read back", () => {
    const long = "x".repeat(5000);
    const doc = createDocument({ heading: { code: long, topic: long, sponsors: [long, ...Array(600).fill("State")] } });
    const h = doc.firstChild!.attrs;
    expect(h.code).toHaveLength(HEADING_LIMITS.code);
    expect(h.topic).toHaveLength(HEADING_LIMITS.topic);
    expect(h.sponsors).toHaveLength(HEADING_LIMITS.names);
    expect(h.sponsors[0]).toHaveLength(HEADING_LIMITS.name);
    expect(parseDocumentJSON(doc.toJSON()).eq(doc)).toBe(true);
  });
});
