import { describe, expect, test } from "vitest";
import { clauseModel, createDocument, parseDocumentJSON } from "@clausewise/schema";
import { addComment, commentAnnouncement, commentProblem, editComment, listComments, removeComment } from "./comments.ts";

const doc = createDocument({
  heading: { committee: "hrc", code: "HRC/WP.1", topic: "Education" },
  preamble: ["Recalling its resolution 8/4", ""],
  operative: ["Encourages States to fund schools", { text: "Requests a report on", sub: ["access to schooling"] }],
});
const clauses = clauseModel(doc).clauses;
const op1 = clauses.find((c) => c.path === "1")!;
const sub = clauses.find((c) => c.path === "2(a)")!;
const attrs = (id: string, body: string) => ({ id, author: "Director", body, created: "2026-11-22T08:00:00.000Z" });

describe("comments as marks", () => {
  test("a whole-clause comment covers the clause text and lists with its path", () => {
    const next = addComment(doc, { clauseId: op1.id }, attrs("m1", "Too vague"));
    const [c] = listComments(next);
    expect(c).toMatchObject({ id: "m1", clauseId: op1.id, path: "1", quote: op1.text, body: "Too vague", author: "Director" });
  });

  test("a range comment covers exactly the selected characters of a sub-clause", () => {
    const next = addComment(doc, { clauseId: sub.id, start: 7, end: 19 }, attrs("m2", "Which level?"));
    expect(listComments(next)[0]).toMatchObject({ path: "2(a)", quote: "to schooling" });
    // The text itself is unchanged.
    expect(clauseModel(next).clauses.find((c) => c.id === sub.id)!.text).toBe(sub.text);
  });

  test("overlapping comments both survive, and removing one keeps the other", () => {
    let next = addComment(doc, { clauseId: op1.id }, attrs("a", "first"));
    next = addComment(next, { clauseId: op1.id, start: 0, end: 10 }, attrs("b", "second"));
    expect(listComments(next).map((c) => c.id).sort()).toEqual(["a", "b"]);
    const after = removeComment(next, "a");
    expect(listComments(after).map((c) => [c.id, c.quote])).toEqual([["b", "Encourages"]]);
  });

  test("editing a comment changes its words on every range, keeps who wrote it, when, and the others", () => {
    let next = addComment(doc, { clauseId: op1.id }, attrs("a", "first"));
    next = addComment(next, { clauseId: op1.id, start: 0, end: 10 }, attrs("b", "second"));
    // A comment with two ranges, as one made across two clauses is stored.
    next = addComment(next, { clauseId: sub.id, start: 0, end: 2 }, attrs("b", "second"));
    const edited = editComment(next, "b", "  Say which level,\nprimary or secondary?  ");
    const b = listComments(edited).find((c) => c.id === "b")!;
    expect(b).toMatchObject({ body: "Say which level,\nprimary or secondary?", author: "Director", created: "2026-11-22T08:00:00.000Z", quote: "Encourages … ac" });
    expect(listComments(edited).find((c) => c.id === "a")!.body).toBe("first");
    expect(clauseModel(edited).clauses.map((c) => c.text)).toEqual(clauses.map((c) => c.text));
  });

  test("an edit to no words, or of a comment no longer there, is refused with the reason", () => {
    const next = addComment(doc, { clauseId: op1.id }, attrs("a", "first"));
    expect(() => editComment(next, "a", " \n ")).toThrow("A comment needs some words: write them, or delete the comment.");
    expect(() => editComment(next, "gone", "text")).toThrow("That comment is no longer in the paper.");
  });

  test("comments are stored in the document JSON and stay anchored when text is inserted before them", () => {
    const next = addComment(doc, { clauseId: op1.id, start: 11, end: 17 }, attrs("m3", "Which States?"));
    const json = next.toJSON() as { content: { content?: { content: { content?: { text: string }[] }[] }[] }[] };
    // Edit the stored JSON the way a later editing session would: text typed before the comment.
    const textNodes = json.content[2]!.content![0]!.content[0]!.content!;
    textNodes[0]!.text = "Strongly " + textNodes[0]!.text;
    const reloaded = parseDocumentJSON(json);
    expect(listComments(reloaded)[0]).toMatchObject({ id: "m3", quote: "States", path: "1" });
  });

  test("markup in a comment body stays text", () => {
    const body = '<img src=x onerror="alert(1)">';
    const next = addComment(doc, { clauseId: op1.id }, attrs("x", body));
    expect(listComments(parseDocumentJSON(next.toJSON()))[0]!.body).toBe(body);
  });

  test("an empty clause or an unknown clause is refused with a clear message", () => {
    const empty = clauses.find((c) => c.path === "p2")!;
    expect(() => addComment(doc, { clauseId: empty.id }, attrs("e", "x"))).toThrow(/empty/);
    expect(() => addComment(doc, { clauseId: "nope" }, attrs("e", "x"))).toThrow(/no longer/);
  });
  test("what keeps a comment from being added is said in one sentence, and nothing once both text and place are given", () => {
    expect(commentProblem("", null)).toMatch(/Write the comment, and choose a clause/);
    expect(commentProblem("  ", { clauseId: op1.id })).toBe("Write the comment first.");
    expect(commentProblem("Too vague", null)).toMatch(/^Choose a clause/);
    expect(commentProblem("Too vague", { clauseId: op1.id })).toBeNull();
  });
});

describe("what a screen reader hears of a comment", () => {
  test("its place in the list, author, body and words, with one end punctuation", () => {
    const c = { author: "A. Mensah", body: "Which body would deploy it?", quote: "monitoring mission" };
    expect(commentAnnouncement(c, 1, 5)).toBe("Comment 2 of 5, by A. Mensah: Which body would deploy it? On: “monitoring mission”");
    expect(commentAnnouncement({ ...c, author: "", body: " Too vague " }, 0, 1)).toBe("Comment 1 of 1, by Director: Too vague. On: “monitoring mission”");
  });
});
