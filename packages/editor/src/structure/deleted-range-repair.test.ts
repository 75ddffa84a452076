import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "prosemirror-state";
import { clauseModel, createDocument, documentToInput, type ClauseInput, type DocumentInput } from "@clausewise/schema";
import { deletedRangeRepairPlugin } from "./deleted-range-repair.ts";

const paper: DocumentInput = {
  preamble: ["Recalling its resolution 5/1", "Noting the report"],
  operative: [
    "Calls upon States",
    { text: "Requests the Secretary-General to", sub: ["prepare a report", { text: "consult States", sub: ["in the region", "beyond it"] }] },
    "Decides to remain seized",
  ],
};

/** A state with the text from `from` (clause path and offset) to `to` selected. */
function selected(from: [string, number], to: [string, number], plugins = [deletedRangeRepairPlugin()]) {
  const doc = createDocument(paper);
  const at = ([path, offset]: [string, number]) => clauseModel(doc).clauses.find((c) => c.path === path)!.textFrom + offset;
  return EditorState.create({ doc, selection: TextSelection.create(doc, at(from), at(to)), plugins });
}

function shape(state: EditorState) {
  const strip = (c: ClauseInput): unknown => (typeof c === "string" ? c : c.sub ? { text: c.text, sub: c.sub.map(strip) } : c.text);
  const input = documentToInput(state.doc);
  return { preamble: input.preamble.map(strip), operative: input.operative.map(strip) };
}

describe("deleting a selection across clauses", () => {
  it("leaves no empty sub-clause: the sub-clauses the selection ended in move up in its place", () => {
    const state = selected(["2", 5], ["2(b)(i)", 3]);
    const after = state.apply(state.tr.deleteSelection());
    after.doc.check();
    expect(shape(after).operative).toEqual(["Calls upon States", { text: "Requethe region", sub: ["beyond it"] }, "Decides to remain seized"]);
    expect(after.selection.head).toBe(clauseModel(after.doc).clauses.find((c) => c.path === "2")!.textFrom + 5);
    // Without the repair, ProseMirror's own deletion keeps an empty wrapper.
    const plain = selected(["2", 5], ["2(b)(i)", 3], []);
    expect(JSON.stringify(shape(plain.apply(plain.tr.deleteSelection())))).toMatch(/\{"text":"","sub"/);
  });

  it("typed over such a selection, the same", () => {
    const state = selected(["2", 5], ["2(b)(i)", 3]);
    const after = state.apply(state.tr.insertText("X"));
    expect(shape(after).operative[1]).toEqual({ text: "RequeXthe region", sub: ["beyond it"] });
  });

  it("from the preamble into a sub-clause: its remaining siblings become operative clauses", () => {
    const state = selected(["p2", 6], ["2(a)", 8]);
    const after = state.apply(state.tr.deleteSelection());
    after.doc.check();
    expect(shape(after)).toEqual({
      preamble: ["Recalling its resolution 5/1", "Notinga report"],
      operative: [{ text: "consult States", sub: ["in the region", "beyond it"] }, "Decides to remain seized"],
    });
  });

  it("leaves an empty clause with sub-clauses alone when its text alone was deleted", () => {
    const state = selected(["2", 0], ["2", "Requests the Secretary-General to".length]);
    const after = state.apply(state.tr.deleteSelection());
    expect(shape(after).operative[1]).toEqual({ text: "", sub: ["prepare a report", { text: "consult States", sub: ["in the region", "beyond it"] }] });
  });
});
