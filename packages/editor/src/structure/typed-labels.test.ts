import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "prosemirror-state";
import { clauseModel, createDocument, documentToInput, type ClauseInput, type DocumentInput } from "@clausewise/schema";
import { typedLabelAction } from "./typed-labels.ts";
import { demoteClause, promoteClause, moveClauseDown } from "./keymap.ts";

/** A state with `typed` inserted at the start of the clause at `path`, the cursor after it. */
function typedAt(input: DocumentInput, path: string, typed: string): EditorState {
  const doc = createDocument(input);
  const clause = clauseModel(doc).clauses.find((c) => c.path === path)!;
  const state = EditorState.create({ doc });
  const tr = state.tr.insertText(typed, clause.textFrom);
  return state.apply(tr.setSelection(TextSelection.create(tr.doc, clause.textFrom + typed.length)));
}

function afterSpace(state: EditorState) {
  const action = typedLabelAction(state);
  if (!action) return null;
  let next = state.apply(state.tr.delete(action.from, action.to));
  if (action.demote && !demoteClause(next, (tr) => (next = next.apply(tr)))) throw new Error("demote refused");
  for (let i = 0; i < action.promote; i++) if (!promoteClause(next, (tr) => (next = next.apply(tr)))) throw new Error("promote refused");
  if (action.toOperative && !moveClauseDown(next, (tr) => (next = next.apply(tr)))) throw new Error("move refused");
  next.doc.check();
  const input = documentToInput(next.doc);
  return { preamble: input.preamble.map(plain), operative: input.operative.map(plain) };
}

/** A clause as plain data without ids, for readable expectations. */
function plain(c: ClauseInput): ClauseInput {
  if (typeof c === "string") return c;
  const out: { text: string; sub?: ClauseInput[] } = { text: c.text };
  if (c.sub) out.sub = c.sub.map(plain);
  return out.sub ? out : out.text;
}

const paper: DocumentInput = {
  preamble: ["Recalling its resolution 5/1"],
  operative: ["Calls upon States", "Requests the Office", { text: "Decides", sub: ["to act"] }],
};

describe("a label typed at the start of a clause", () => {
  it("is dropped when it is a number", () => {
    for (const label of ["2.", "2)", "(2)"]) {
      expect(afterSpace(typedAt(paper, "2", label))!.operative[1]).toBe("Requests the Office");
    }
    const twoPreambular = { ...paper, preamble: ["Recalling its resolution 5/1", "Noting the report"] };
    expect(afterSpace(typedAt(twoPreambular, "p1", "1."))!.preamble).toEqual(["Recalling its resolution 5/1", "Noting the report"]);
  });

  it("makes the last preambular clause the first operative clause when it is a number", () => {
    const after = afterSpace(typedAt({ ...paper, preamble: ["Recalling its resolution 5/1", "Calls upon States"] }, "p2", "1."))!;
    expect(after.preamble).toEqual(["Recalling its resolution 5/1"]);
    expect(after.operative.slice(0, 2)).toEqual(["Calls upon States", "Calls upon States"]);
  });

  it("lifts a sub-clause to the level its label names", () => {
    const deep: DocumentInput = { operative: [{ text: "Requests", sub: [{ text: "to report", sub: ["on States", "on agencies"] }] }] };
    // "(b)" typed in (ii): a sub-clause of clause 1 again, after (a).
    expect(afterSpace(typedAt(deep, "1(a)(ii)", "(b)"))!.operative).toEqual([{ text: "Requests", sub: [{ text: "to report", sub: ["on States"] }, "on agencies"] }]);
    // "2." typed there: a clause of its own.
    expect(afterSpace(typedAt(deep, "1(a)(ii)", "2."))!.operative).toEqual([{ text: "Requests", sub: [{ text: "to report", sub: ["on States"] }] }, "on agencies"]);
    // "(ii)" typed in (ii), or "(i)" read as the roman numeral there: dropped, the level stays.
    for (const label of ["(ii)", "(i)"]) {
      expect(afterSpace(typedAt(deep, "1(a)(ii)", label))!.operative).toEqual(deep.operative);
    }
  });

  it("makes an operative clause a sub-clause of the one above when it is a letter", () => {
    for (const label of ["(a)", "a)", "(iv)", "a.", "-", "•"]) {
      expect(afterSpace(typedAt(paper, "2", label))!.operative.slice(0, 2)).toEqual([{ text: "Calls upon States", sub: ["Requests the Office"] }, { text: "Decides", sub: ["to act"] }]);
    }
  });

  it("is dropped in a sub-clause, which keeps its level", () => {
    expect(afterSpace(typedAt(paper, "3(a)", "(a)"))!.operative[2]).toEqual({ text: "Decides", sub: ["to act"] });
  });

  it("stays as typed where the clause cannot become a sub-clause, and in the preamble", () => {
    expect(typedLabelAction(typedAt(paper, "1", "(a)"))).toBeNull();
    expect(typedLabelAction(typedAt(paper, "p1", "(a)"))).toBeNull();
  });

  it("is only a label at the very start, on its own", () => {
    const doc = createDocument(paper);
    const clause = clauseModel(doc).clauses.find((c) => c.path === "2")!;
    const mid = EditorState.create({ doc, selection: TextSelection.create(doc, clause.textFrom + "Requests".length) });
    expect(typedLabelAction(mid)).toBeNull();
    expect(typedLabelAction(typedAt(paper, "2", "2030"))).toBeNull();
    expect(typedLabelAction(typedAt(paper, "2", "(ab1)"))).toBeNull();
    expect(typedLabelAction(typedAt(paper, "2", "Item 2."))).toBeNull();
  });
});
