import { describe, expect, it } from "vitest";
import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { history, undo } from "prosemirror-history";
import { clauseModel, createDocument, documentToInput, type ClauseInput, type DocumentInput } from "@clausewise/schema";
import { demoteClause, promoteClause, splitClause, joinClauseBackward, joinClauseForward, moveClauseUp, moveClauseDown } from "./commands.ts";

/** A state with the cursor in the clause at `path`, `offset` characters into its text. */
function stateAt(input: DocumentInput, path: string, offset: number | "end" = 0, part: "text" | "continuation" = "text") {
  const doc = createDocument(input);
  const clause = clauseModel(doc).clauses.find((c) => c.path === path);
  if (!clause) throw new Error(`no clause ${path}`);
  const from = part === "text" ? clause.textFrom : clause.continuation!.from;
  const len = part === "text" ? clause.text.length : clause.continuation!.text.length;
  const pos = from + (offset === "end" ? len : offset);
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos), plugins: [history()] });
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const ok = command(state, (tr) => (next = state.apply(tr)));
  if (!ok) throw new Error("command refused");
  next.doc.check();
  return next;
}

/** The document's clauses as plain data without ids, for readable expectations. */
function shape(state: EditorState) {
  const strip = (c: ClauseInput): ClauseInput => {
    if (typeof c === "string") return c;
    const out: { text: string; sub?: ClauseInput[]; continuation?: string } = { text: c.text };
    if (c.sub) out.sub = c.sub.map(strip);
    if (c.continuation !== undefined) out.continuation = c.continuation;
    return out.sub || out.continuation !== undefined ? out : out.text;
  };
  const input = documentToInput(state.doc);
  return { preamble: input.preamble.map(strip), operative: input.operative.map(strip) };
}

/** The clause path and offset of the cursor. */
function cursorAt(state: EditorState): string {
  const pos = state.selection.head;
  for (const c of clauseModel(state.doc).clauses) {
    if (pos >= c.textFrom && pos <= c.textTo) return `${c.path}@${pos - c.textFrom}`;
    if (c.continuation && pos >= c.continuation.from && pos <= c.continuation.to) return `${c.path}~${pos - c.continuation.from}`;
  }
  return `?${pos}`;
}

const base: DocumentInput = {
  preamble: ["Recalling its resolution 5/1", "Noting the report"],
  operative: ["Calls upon States", { text: "Requests the Office", sub: ["to prepare a report", "to consult States"] }, "Decides to remain seized"],
};

describe("Enter", () => {
  it("splits a clause at the cursor into two clauses of the same kind with distinct ids", () => {
    const s = run(stateAt(base, "1", "Calls upon".length), splitClause);
    expect(shape(s).operative.slice(0, 2)).toEqual(["Calls upon", " States"]);
    expect(cursorAt(s)).toBe("2@0");
    const ids = clauseModel(s.doc).clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("at the start of a clause inserts an empty clause above and keeps the cursor in the text", () => {
    const before = stateAt(base, "p2", 0);
    const id = clauseModel(before.doc).clauses[1]!.id;
    const s = run(before, splitClause);
    expect(shape(s).preamble).toEqual(["Recalling its resolution 5/1", "", "Noting the report"]);
    expect(cursorAt(s)).toBe("p3@0");
    expect(clauseModel(s.doc).clauses[2]!.id).toBe(id);
  });
  it("at the end of a clause with sub-clauses starts a new first sub-clause", () => {
    const s = run(stateAt(base, "2", "end"), splitClause);
    expect(shape(s).operative[1]).toEqual({ text: "Requests the Office", sub: ["", "to prepare a report", "to consult States"] });
    expect(cursorAt(s)).toBe("2(a)@0");
  });
  it("on an empty last preambular clause moves to a new first operative clause", () => {
    const input = { ...base, preamble: [...base.preamble!, ""] };
    const s = run(stateAt(input, "p3", 0), splitClause);
    expect(shape(s).preamble).toEqual(base.preamble);
    expect(shape(s).operative[0]).toBe("");
    expect(shape(s).operative).toHaveLength(4);
    expect(cursorAt(s)).toBe("1@0");
  });
  it("reuses an empty first operative clause when leaving the preamble", () => {
    const s = run(stateAt({ preamble: ["Recalling", ""] }, "p2", 0), splitClause);
    expect(shape(s)).toEqual({ preamble: ["Recalling"], operative: [""] });
    expect(cursorAt(s)).toBe("1@0");
  });
  it("on an empty sub-clause promotes it", () => {
    const input = { operative: [{ text: "Requests", sub: ["to prepare", ""] }] };
    const s = run(stateAt(input, "1(b)", 0), splitClause);
    expect(shape(s).operative).toEqual([{ text: "Requests", sub: ["to prepare"] }, ""]);
    expect(cursorAt(s)).toBe("2@0");
  });
  it("in continuing text starts a new clause with the rest of it", () => {
    const input = { operative: [{ text: "Requests", sub: ["a", "b"], continuation: "and reports back" }] };
    const s = run(stateAt(input, "1", 4, "continuation"), splitClause);
    expect(shape(s).operative).toEqual([{ text: "Requests", sub: ["a", "b"], continuation: "and " }, "reports back"]);
    expect(cursorAt(s)).toBe("2@0");
  });
  it("at the end of a clause drops the end punctuation typed out of habit, in the same undoable step", () => {
    const typed: DocumentInput = { preamble: ["Recalling its resolution 5/1 ,"], operative: ["Calls upon States; ", "Decides to remain seized"] };
    const s = run(stateAt(typed, "1", "end"), splitClause);
    expect(shape(s).operative).toEqual(["Calls upon States", "", "Decides to remain seized"]);
    expect(cursorAt(s)).toBe("2@0");
    expect(shape(run(s, undo)).operative[0]).toBe("Calls upon States; ");
    expect(shape(run(stateAt(typed, "p1", "end"), splitClause)).preamble).toEqual(["Recalling its resolution 5/1", ""]);
  });
  it("drops a typed colon before sub-clauses and in continuing text too", () => {
    const typed: DocumentInput = {
      preamble: [],
      operative: [{ text: "Requests the Office:", sub: ["to prepare a report", "to consult States"], continuation: "and to report back;" }],
    };
    const s = run(stateAt(typed, "1", "end"), splitClause);
    expect(shape(s).operative[0]).toEqual({ text: "Requests the Office", sub: ["", "to prepare a report", "to consult States"], continuation: "and to report back;" });
    const c = run(stateAt(typed, "1", "end", "continuation"), splitClause);
    expect(shape(c).operative).toEqual([{ text: "Requests the Office:", sub: ["to prepare a report", "to consult States"], continuation: "and to report back" }, ""]);
  });
  it("keeps the full stop of \"etc.\", punctuation before the cursor's end, and a text of punctuation alone", () => {
    const typed: DocumentInput = { preamble: [], operative: ["Notes the reports of the Office, etc.", "Calls upon States; and", ";"] };
    expect(shape(run(stateAt(typed, "1", "end"), splitClause)).operative.slice(0, 2)).toEqual(["Notes the reports of the Office, etc.", ""]);
    expect(shape(run(stateAt(typed, "2", "Calls upon States;".length), splitClause)).operative.slice(1, 3)).toEqual(["Calls upon States;", " and"]);
    expect(shape(run(stateAt(typed, "3", "end"), splitClause)).operative.slice(2)).toEqual([";", ""]);
  });
  it("drops a typed full stop too, as the typed-punctuation rule reads it", () => {
    const typed: DocumentInput = { preamble: [], operative: ["Decides to remain seized of the matter.", "Calls upon States ,;: "] };
    expect(shape(run(stateAt(typed, "1", "end"), splitClause)).operative.slice(0, 2)).toEqual(["Decides to remain seized of the matter", ""]);
    expect(shape(run(stateAt(typed, "2", "end"), splitClause)).operative.slice(1)).toEqual(["Calls upon States", ""]);
  });
  it("replaces a selection inside a clause and splits there, in one undoable step", () => {
    const state = stateAt(base, "1", 0);
    const from = state.selection.from + "Calls".length;
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + " upon".length)));
    const s = run(selected, splitClause);
    expect(shape(s).operative.slice(0, 2)).toEqual(["Calls", " States"]);
    expect(shape(run(s, undo))).toEqual(shape(state));
  });
});

describe("Tab and Shift-Tab", () => {
  it("demotes an operative clause into the last sub-clause of the clause above, keeping the cursor", () => {
    const s = run(stateAt(base, "3", 3), demoteClause);
    expect(shape(s).operative).toEqual([
      "Calls upon States",
      { text: "Requests the Office", sub: ["to prepare a report", "to consult States", "Decides to remain seized"] },
    ]);
    expect(cursorAt(s)).toBe("2(c)@3");
  });
  it("demotes a clause with its own sub-clauses, which move down a level with it", () => {
    const s = run(stateAt(base, "2", 0), demoteClause);
    expect(shape(s).operative[0]).toEqual({ text: "Calls upon States", sub: [{ text: "Requests the Office", sub: ["to prepare a report", "to consult States"] }] });
  });
  it("refuses to demote a first clause, a preambular clause, or past four levels", () => {
    const refuse = (state: EditorState) => expect(demoteClause(state)).toBe(false);
    refuse(stateAt(base, "1", 0));
    refuse(stateAt(base, "2(a)", 0));
    refuse(stateAt(base, "p2", 0));
    const deep = { operative: [{ text: "A", sub: [{ text: "b", sub: [{ text: "c", sub: [{ text: "d", sub: ["e", "f"] }] }] }] }] };
    refuse(stateAt(deep, "1(a)(i)(a)(ii)", 0));
  });
  it("promotes a sub-clause after its parent; following siblings become its sub-clauses", () => {
    const input = { operative: [{ text: "Requests", sub: ["a", "b", "c"], continuation: "and then" }, "Decides"] };
    const s = run(stateAt(input, "1(b)", 1), promoteClause);
    expect(shape(s).operative).toEqual([{ text: "Requests", sub: ["a"] }, { text: "b", sub: ["c"], continuation: "and then" }, "Decides"]);
    expect(cursorAt(s)).toBe("2@1");
  });
  it("promotes a sub-sub-clause to a sub-clause", () => {
    const input = { operative: [{ text: "A", sub: [{ text: "b", sub: ["i", "ii"] }] }] };
    const s = run(stateAt(input, "1(a)(i)", 0), promoteClause);
    expect(shape(s).operative).toEqual([{ text: "A", sub: ["b", { text: "i", sub: ["ii"] }] }]);
  });
  it("Tab then Shift-Tab restores the document", () => {
    const start = stateAt(base, "3", 2);
    const back = run(run(start, demoteClause), promoteClause);
    expect(shape(back)).toEqual(shape(start));
    expect(cursorAt(back)).toBe("3@2");
  });
});

describe("Backspace at the start of a clause", () => {
  it("joins a clause's text to the previous clause", () => {
    const s = run(stateAt(base, "p2", 0), joinClauseBackward);
    expect(shape(s).preamble).toEqual(["Recalling its resolution 5/1Noting the report"]);
    expect(cursorAt(s)).toBe(`p1@${"Recalling its resolution 5/1".length}`);
  });
  it("joins into the last sub-clause of the previous clause", () => {
    const s = run(stateAt(base, "3", 0), joinClauseBackward);
    expect(shape(s).operative[1]).toEqual({ text: "Requests the Office", sub: ["to prepare a report", "to consult StatesDecides to remain seized"] });
  });
  it("keeps the sub-clauses of the joined clause", () => {
    const s = run(stateAt(base, "2", 0), joinClauseBackward);
    expect(shape(s).operative).toEqual([
      { text: "Calls upon StatesRequests the Office", sub: ["to prepare a report", "to consult States"] },
      "Decides to remain seized",
    ]);
  });
  it("joins a first sub-clause to its parent's text; its sub-clauses move up", () => {
    const input = { operative: [{ text: "Requests ", sub: [{ text: "to prepare", sub: ["x", "y"] }, "b"] }] };
    const s = run(stateAt(input, "1(a)", 0), joinClauseBackward);
    expect(shape(s).operative).toEqual([{ text: "Requests to prepare", sub: ["x", "y", "b"] }]);
    expect(cursorAt(s)).toBe("1@9");
  });
  it("joins an only sub-clause and the continuing text into the parent's text", () => {
    const input = { operative: [{ text: "Requests ", sub: ["to prepare"], continuation: "by June" }] };
    const s = run(stateAt(input, "1(a)", 0), joinClauseBackward);
    expect(shape(s).operative).toEqual(["Requests to prepare by June"]);
  });
  it("joins continuing text to the last sub-clause", () => {
    const input = { operative: [{ text: "Requests", sub: ["a", "b"], continuation: "c" }] };
    const s = run(stateAt(input, "1", 0, "continuation"), joinClauseBackward);
    expect(shape(s).operative).toEqual([{ text: "Requests", sub: ["a", "bc"] }]);
  });
  it("takes the first operative clause's number away (it becomes preambular); a second Backspace joins it", () => {
    const once = run(stateAt(base, "1", 0), joinClauseBackward);
    expect(shape(once).preamble).toEqual(["Recalling its resolution 5/1", "Noting the report", "Calls upon States"]);
    expect(shape(once).operative).toHaveLength(2);
    expect(cursorAt(once)).toBe("p3@0");
    const twice = run(once, joinClauseBackward);
    expect(shape(twice).preamble).toEqual(["Recalling its resolution 5/1", "Noting the reportCalls upon States"]);
  });
  it("takes the number from the only operative clause too, leaving an empty one, even with no preamble", () => {
    const s = run(stateAt({ operative: ["Recalling its resolution 5/1"] }, "1", 0), joinClauseBackward);
    expect(shape(s)).toEqual({ preamble: ["Recalling its resolution 5/1"], operative: [""] });
  });
  it("deletes an empty first operative clause, and keeps a first clause with sub-clauses", () => {
    const s = run(stateAt({ preamble: ["Noting"], operative: ["", "Decides"] }, "1", 0), joinClauseBackward);
    expect(shape(s)).toEqual({ preamble: ["Noting"], operative: ["Decides"] });
    const withSubs = stateAt({ preamble: ["Noting"], operative: [{ text: "Requests", sub: ["a", "b"] }, "Decides"] }, "1", 0);
    expect(run(withSubs, joinClauseBackward).doc.eq(withSubs.doc)).toBe(true);
  });
  it("does nothing at the start of the first preambular clause, and leaves mid-text Backspace alone", () => {
    const first = stateAt(base, "p1", 0);
    expect(run(first, joinClauseBackward).doc.eq(first.doc)).toBe(true);
    expect(joinClauseBackward(stateAt(base, "p1", 3))).toBe(false);
  });
});

describe("Delete at the end of a clause", () => {
  it("joins the next clause's text, keeping the cursor at the join", () => {
    const s = run(stateAt(base, "p1", "end"), joinClauseForward);
    expect(shape(s).preamble).toEqual(["Recalling its resolution 5/1Noting the report"]);
    expect(cursorAt(s)).toBe(`p1@${"Recalling its resolution 5/1".length}`);
  });
  it("joins the first operative clause's text into the last preambular clause", () => {
    const s = run(stateAt(base, "p2", "end"), joinClauseForward);
    expect(shape(s).preamble).toEqual(["Recalling its resolution 5/1", "Noting the reportCalls upon States"]);
    expect(cursorAt(s)).toBe(`p2@${"Noting the report".length}`);
  });
  it("joins a first sub-clause into its parent's text", () => {
    const s = run(stateAt(base, "2", "end"), joinClauseForward);
    expect(shape(s).operative[1]).toEqual({ text: "Requests the Officeto prepare a report", sub: ["to consult States"] });
  });
  it("leaves Delete inside text and at the very end of the paper to ordinary deletion", () => {
    expect(joinClauseForward(stateAt(base, "1", 2))).toBe(false);
    expect(joinClauseForward(stateAt(base, "3", "end"))).toBe(false);
  });
});

describe("Alt-Up and Alt-Down", () => {
  it("moves a clause with its sub-clauses among its siblings and keeps the cursor", () => {
    const s = run(stateAt(base, "2", 4), moveClauseUp);
    expect(shape(s).operative.slice(0, 2)).toEqual([{ text: "Requests the Office", sub: ["to prepare a report", "to consult States"] }, "Calls upon States"]);
    expect(cursorAt(s)).toBe("1@4");
    const down = run(s, moveClauseDown);
    expect(shape(down)).toEqual(shape(stateAt(base, "1")));
  });
  it("moves sub-clauses among sub-clauses only", () => {
    const s = run(stateAt(base, "2(b)", 0), moveClauseUp);
    expect(shape(s).operative[1]).toEqual({ text: "Requests the Office", sub: ["to consult States", "to prepare a report"] });
    expect(moveClauseUp(stateAt(base, "2(a)", 0))).toBe(false);
    expect(moveClauseDown(stateAt(base, "3", 0))).toBe(false);
  });
  it("moves the first operative clause into the preamble and the last preambular clause back", () => {
    const before = stateAt(base, "1", 5);
    const up = run(before, moveClauseUp);
    expect(shape(up).preamble).toEqual(["Recalling its resolution 5/1", "Noting the report", "Calls upon States"]);
    expect(shape(up).operative[0]).toEqual({ text: "Requests the Office", sub: ["to prepare a report", "to consult States"] });
    expect(cursorAt(up)).toBe("p3@5");
    const down = run(up, moveClauseDown);
    expect(shape(down)).toEqual(shape(stateAt(base, "1")));
    expect(cursorAt(down)).toBe("1@5");
    // The clause keeps its id both ways (comments and findings follow it).
    const id = clauseModel(before.doc).clauses.find((c) => c.path === "1")!.id;
    expect(clauseModel(up.doc).clauses.find((c) => c.path === "p3")!.id).toBe(id);
    expect(clauseModel(down.doc).clauses.find((c) => c.path === "1")!.id).toBe(id);
  });
  it("keeps a selection inside the clause it moves across the parts", () => {
    const start = stateAt(base, "1", 0);
    const from = start.selection.from;
    const selected = start.apply(start.tr.setSelection(TextSelection.create(start.doc, from + 6, from + 10)));
    const up = run(selected, moveClauseUp);
    expect(up.doc.textBetween(up.selection.from, up.selection.to)).toBe("upon");
  });
  it("does not move a clause with sub-clauses into the preamble, which has none", () => {
    const s = run(stateAt(base, "1", 0), moveClauseDown);
    expect(moveClauseUp(stateAt(documentToInput(s.doc), "1", 0))).toBe(false);
  });
  it("leaves an empty operative clause when the only one moves up, and fills an empty one moving down", () => {
    const lone: DocumentInput = { preamble: ["Recalling"], operative: ["Noting with concern"] };
    const up = run(stateAt(lone, "1", 0), moveClauseUp);
    expect(shape(up)).toEqual({ preamble: ["Recalling", "Noting with concern"], operative: [""] });
    const down = run(up.apply(up.tr.setSelection(TextSelection.create(up.doc, clauseModel(up.doc).clauses[1]!.textFrom))), moveClauseDown);
    expect(shape(down)).toEqual({ preamble: ["Recalling"], operative: ["Noting with concern"] });
    expect(cursorAt(down)).toBe("1@0");
  });
  it("moves only the last preambular clause down and only the first operative clause up", () => {
    expect(moveClauseDown(stateAt(base, "p1", 0))).toBe(true); // swaps with p2
    expect(shape(run(stateAt(base, "p1", 0), moveClauseDown)).operative).toEqual(shape(stateAt(base, "1")).operative);
    expect(moveClauseUp(stateAt(base, "p1", 0))).toBe(false);
  });
  it("is one undo step", () => {
    const before = stateAt(base, "1", 0);
    const up = run(before, moveClauseUp);
    expect(shape(run(up, undo))).toEqual(shape(before));
  });
});
