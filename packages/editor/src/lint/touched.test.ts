import { describe, expect, it } from "vitest";
import { EditorState } from "prosemirror-state";
import { clauseModel, createDocument } from "@clausewise/schema";
import type { Diagnostic } from "@clausewise/lint";
import { touchedClauseRoots, touchedClauseRootsByWalk } from "./touched.ts";
import { describeNewFindings } from "./panel.ts";

const doc = createDocument({
  preamble: ["Recalling its resolution 60/251"],
  operative: ["Calls upon States", { text: "Requests the Secretary-General to:", sub: ["establish a fund", { text: "report", sub: ["annually"] }] }, "Decides"],
});
const state = EditorState.create({ doc });
const model = clauseModel(doc);
const at = (path: string) => model.clauses.find((c) => c.path === path)!;
const pathsOf = (positions: number[], d = doc) => positions.map((p) => clauseModel(d).clauses.find((c) => c.pos === p)!.path);

describe("touched clauses", () => {
  it("are the innermost clause for typing, never its ancestors", () => {
    const tr = state.tr.insertText("x", at("2(b)(i)").textFrom + 2);
    expect(pathsOf(touchedClauseRoots(tr), tr.doc)).toEqual(["2(b)(i)"]);
  });

  it("are the top-level clause for a structural step such as a split", () => {
    const tr = state.tr.split(at("2(a)").textFrom + 3, 2);
    expect(pathsOf(touchedClauseRoots(tr), tr.doc)).toEqual(["2"]);
  });

  it("include an inserted clause and no neighbour", () => {
    const node = doc.child(2).child(0);
    const tr = state.tr.insert(at("3").pos, node);
    expect(pathsOf(touchedClauseRoots(tr), tr.doc)).toEqual(["3"]);
  });

  it("for a text edit (the typing shortcut) are what the general walk finds", () => {
    // Every place in every textblock: insert, delete and replace text there.
    const trs = [];
    for (const c of model.clauses) {
      const parts = [{ from: c.textFrom, to: c.textTo }, ...(c.continuation ? [c.continuation] : [])];
      for (const { from, to } of parts) {
        for (let p = from; p <= to; p++) {
          trs.push(state.tr.insertText("x", p));
          if (p < to) trs.push(state.tr.delete(p, p + 1), state.tr.insertText("yz", p, Math.min(to, p + 3)));
        }
      }
    }
    expect(trs.length).toBeGreaterThan(100);
    for (const tr of trs) expect(touchedClauseRoots(tr)).toEqual(touchedClauseRootsByWalk(tr));
    // A structural step takes the walk.
    const split = state.tr.split(at("3").textFrom + 2, 2);
    expect(touchedClauseRoots(split)).toEqual(touchedClauseRootsByWalk(split));
  });

  it("are empty for a change in the heading only", () => {
    const tr = state.tr.setNodeMarkup(0, null, { ...doc.firstChild!.attrs, topic: "Migrants" });
    expect(touchedClauseRoots(tr)).toEqual([]);
  });
});

const finding = (ruleId: string, clauseId: string, path: string, message: string, start = 0): Diagnostic => ({
  ruleId,
  category: "binding",
  severity: "error",
  message,
  explanation: "",
  mandate: null,
  clause: { section: "operative", index: 1, path, id: clauseId },
  part: "text",
  offsets: { start, end: start + 1 },
  from: 10 + start,
  to: 11 + start,
  fixes: [],
});

describe("announcements", () => {
  it("name new findings, not moved ones", () => {
    const a = finding("r/a", "c1", "1", "Binding verb");
    const b = finding("r/b", "c2", "2(a)", "New body");
    expect(describeNewFindings([a], [finding("r/a", "c1", "1", "Binding verb", 5), b])).toBe("1 new finding: Error in clause 2(a): New body.");
    expect(describeNewFindings([a, b], [{ ...a, from: 40, to: 41 }, b])).toBeNull();
  });

  it("say when every finding is resolved, and shorten long lists", () => {
    const a = finding("r/a", "c1", "1", "Binding verb");
    expect(describeNewFindings([a], [])).toBe("All findings resolved.");
    const many = ["a", "b", "c", "d", "e"].map((x, i) => finding(`r/${x}`, `c${i}`, "p1", `M${x}`));
    expect(describeNewFindings([], many)).toBe(
      "5 new findings: Error in preambular clause 1: Ma; Error in preambular clause 1: Mb; Error in preambular clause 1: Mc; and 2 more.",
    );
  });
});
