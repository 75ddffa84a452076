import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { history, undo } from "prosemirror-history";
import { Linter } from "@clausewise/lint";
import { clauseModel, createDocument, withBlocks } from "@clausewise/schema";
import { lintPlugin } from "./plugin.ts";
import { documentLintTransaction } from "./state.ts";
import { REBUILD_ABOVE_STEPS } from "../plugins/map-decorations.ts";
import { getDiagnostics } from "./read.ts";
import { fixAllTransaction } from "./commands.ts";
import { operativeBlocksPlugin } from "../plugins/operative-blocks.ts";

const paper = (operative: string[]) =>
  createDocument({
    heading: { committee: "hrc", code: "A/HRC/WP.1", topic: "Migrants" },
    preamble: ["Recalling its resolution 5/1 of 18 June 2007"],
    operative,
  });

function settled(doc: ReturnType<typeof paper>, blocked = false): EditorState {
  const plugins = blocked ? [history(), operativeBlocksPlugin(), lintPlugin({ source: new Linter() })] : [history(), lintPlugin({ source: new Linter() })];
  const state = EditorState.create({ doc: blocked ? withBlocks(doc) : doc, plugins });
  return state.apply(documentLintTransaction(state));
}

const texts = (state: EditorState) => clauseModel(state.doc).clauses.filter((c) => c.section === "operative").map((c) => c.text);

describe("fixing every format and style finding at once", () => {
  it("applies them in one step, leaves the mandate findings alone, and one undo restores the paper", () => {
    const before = settled(
      paper([
        "Urges all member states to ratify the Convention;",
        "Further Requests the Secretary General to report on the implementation of this resolution",
        "Decides to establish a global fund for migrant workers",
      ]),
    );
    const result = fixAllTransaction(before)!;
    expect(result.applied).toBeGreaterThanOrEqual(5);
    const after = before.apply(result.tr);
    expect(texts(after)).toEqual([
      "Urges all Member States to ratify the Convention",
      "Further requests the Secretary-General to report on the implementation of the present resolution",
      "Decides to establish a global fund for migrant workers",
    ]);
    const settledAfter = after.apply(documentLintTransaction(after));
    const left = getDiagnostics(settledAfter);
    expect(left.filter((d) => d.category === "format" || d.category === "style").filter((d) => d.fixes.length > 0)).toEqual([]);
    expect(left.map((d) => d.ruleId)).toContain("mandate/new-body");
    let undone: EditorState | null = null;
    undo(settledAfter, (tr) => (undone = settledAfter.apply(tr)));
    expect(undone!.doc.eq(before.doc)).toBe(true);
  });

  it("takes in later passes of the same step what the first pass could not: findings a document rule reports one at a time", () => {
    // The acronym rule reports the first "UN" only; writing it in full makes the next one first.
    const state = settled(paper(["Urges UN agencies and UN funds to cooperate with UN country teams;"]));
    const result = fixAllTransaction(state)!;
    expect(result).toMatchObject({ applied: 4, left: 0 });
    expect(texts(state.apply(result.tr))).toEqual(["Urges United Nations agencies and United Nations funds to cooperate with United Nations country teams"]);
  });

  it("works in a long paper held in blocks, at the positions the editor holds", () => {
    const operative = Array.from({ length: 120 }, (_, i) => (i === 100 ? "Calls upon member states to act;" : `Calls upon States to act ${i + 1}`));
    const state = settled(paper(operative), true);
    const result = fixAllTransaction(state)!;
    const after = state.apply(result.tr);
    expect(texts(after)[100]).toBe("Calls upon Member States to act");
    expect(texts(after).slice(0, 3)).toEqual(texts(state).slice(0, 3));
  });

  it("a transaction of hundreds of steps is linted afresh, to the same findings as a fresh lint", () => {
    const operative = Array.from({ length: 300 }, (_, i) => `Urges member states to act on item ${i + 1};`);
    const state = settled(paper(operative), true);
    const result = fixAllTransaction(state)!;
    expect(result.tr.steps.length).toBeGreaterThan(REBUILD_ABOVE_STEPS);
    const after = state.apply(result.tr);
    const fresh = settled(paper(texts(after)), true);
    const plain = (s: EditorState) => getDiagnostics(s).map((d) => [d.ruleId, d.clause.path, d.message, d.offsets.start, d.offsets.end]);
    expect(plain(after.apply(documentLintTransaction(after)))).toEqual(plain(fresh));
    expect(texts(after)[299]).toBe("Urges Member States to act on item 300");
  });

  it("does nothing when no finding has a format or style fix", () => {
    expect(fixAllTransaction(settled(paper(["Decides to establish a global fund for migrant workers"])))).toBeNull();
  });
});
