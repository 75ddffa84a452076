/**
 * Pastes placed at the caret, in Node: the element's paste plugin driven with clipboard data, on
 * an EditorState with the element's plugins (as test/property/editor-harness.ts does).
 */
import { describe, expect, it } from "vitest";
import { EditorState, NodeSelection, TextSelection } from "prosemirror-state";
import { undo } from "prosemirror-history";
import type { EditorView } from "prosemirror-view";
import type { Node } from "prosemirror-model";
import { clauseModel, createDocument, withBlocks, type DocumentInput } from "@clausewise/schema";
import { Linter } from "@clausewise/lint";
import { editorPlugins } from "../plugins/editor-plugins.ts";
import { sliceMeta } from "./slice.ts";
import { clausesText } from "./copy.ts";
import { exportText } from "@clausewise/formats";
import { withoutBlocks } from "@clausewise/schema";
import { PAPER } from "./testing/paper.ts";


class Ed {
  state: EditorState;
  constructor(input: DocumentInput | Node) {
    const doc = "type" in input && typeof (input as Node).nodeSize === "number" ? (input as Node) : createDocument(input as DocumentInput);
    this.state = EditorState.create({ doc, plugins: editorPlugins({ committee: () => "hrc", lint: { source: new Linter(), enabled: false } }) });
  }
  get view(): EditorView {
    return { state: this.state, dispatch: (tr: Parameters<EditorView["dispatch"]>[0]) => (this.state = this.state.apply(tr)), editable: true } as unknown as EditorView;
  }
  at(path: string, offset: number | "end" = 0): number {
    const c = clauseModel(this.state.doc).clauses.find((x) => x.path === path);
    if (!c) throw new Error(`no clause ${path}`);
    return c.textFrom + (offset === "end" ? c.text.length : offset);
  }
  place(path: string, offset: number | "end" = 0, toPath?: string, toOffset: number | "end" = 0): this {
    const a = this.at(path, offset);
    const b = toPath ? this.at(toPath, toOffset) : a;
    this.state = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, a, b)));
    return this;
  }
  paste(data: Record<string, string>): this {
    const plugin = this.state.plugins.find((p) => p.props.handleDOMEvents?.paste)!;
    const event = { clipboardData: { getData: (t: string) => data[t] ?? "" }, preventDefault() {} };
    plugin.props.handleDOMEvents!.paste!.call(plugin, this.view, event as unknown as ClipboardEvent);
    return this;
  }
  /** [path, text] of every clause, continuations as "path~". */
  get clauses(): string[] {
    const out: string[] = [];
    for (const c of clauseModel(this.state.doc).clauses) {
      out.push(`${c.path} ${c.text}`);
    }
    return out;
  }
  get conts(): string[] {
    return clauseModel(this.state.doc).clauses.filter((c) => c.continuation).map((c) => `${c.path}~ ${c.continuation!.text}`);
  }
  /** The clause path and offset of the caret. */
  get caret(): string {
    const pos = this.state.selection.head;
    const c = clauseModel(this.state.doc).clauses.find((x) => x.textFrom <= pos && pos <= x.textTo);
    return c ? `${c.path}@${pos - c.textFrom}` : `?${pos}`;
  }
}

const base = ["p1 Recalling its resolution 5/1", "p2 Noting with concern the report", "1 Calls upon States to protect migrant workers"];
const tail2 = ["2 Requests the Secretary-General to", "2(a) prepare a report", "2(b) consult States", "2(b)(i) in the region", "2(b)(ii) beyond it"];

describe("plain clauses pasted in the operative part land at the caret", () => {
  it("two unlabelled operative lines into a new empty clause 4", () => {
    const ed = new Ed({ ...PAPER, operative: [...PAPER.operative!, ""] }).place("4").paste({ "text/plain": "Urges States to act;\nInvites States to report;" });
    expect(ed.clauses).toEqual([...base, ...tail2, "3 Decides to remain seized of the matter", "4 Urges States to act", "5 Invites States to report"]);
    expect(ed.caret).toBe(`5@${"Invites States to report".length}`);
  });

  it("the same over a selection in the operative part", () => {
    const ed = new Ed(PAPER).place("1", 6, "1", "end").paste({ "text/plain": "Urges States to act;\nInvites States to report;" });
    expect(ed.clauses.slice(0, 5)).toEqual([...base.slice(0, 2), "1 Calls ", "2 Urges States to act", "3 Invites States to report"]);
  });

  it("over a selection ending in a sub-sub-clause, leaving no empty clause behind (as Backspace), splitting the clause", () => {
    const ed = new Ed(PAPER).place("2", 5, "2(b)(i)", 3).paste({ "text/plain": "Urges States to act;\nInvites States to report;" });
    expect(ed.clauses.slice(3)).toEqual(["2 RequeUrges States to act", "3 Invites States to reportthe region", "3(a) beyond it", "4 Decides to remain seized of the matter"]);
    expect(ed.conts).toEqual(["3~ and to report back"]);
    expect(ed.caret).toBe(`3@${"Invites States to report".length}`);
  });

  it("lower-case lines are a clause each, their end punctuation dropped", () => {
    const ed = new Ed({ preamble: [], operative: ["Calls upon States", { text: "Requests", sub: [""] }] }).place("2(a)").paste({ "text/plain": "to act swiftly;\nto report annually;" });
    expect(ed.clauses).toEqual(["1 Calls upon States", "2 Requests", "2(a) to act swiftly", "2(b) to report annually"]);
  });

  it("labelled sub-clauses pasted into clause 1 become its sub-clauses", () => {
    const ed = new Ed(PAPER).place("1", "end").paste({ "text/plain": "(a) prepare a report;\n(b) consult States;" });
    expect(ed.clauses.slice(2, 5)).toEqual(["1 Calls upon States to protect migrant workers", "1(a) prepare a report", "1(b) consult States"]);
    expect(ed.clauses[5]).toBe("2 Requests the Secretary-General to");
  });

  it("labelled sub-clauses pasted into an empty sub-clause replace it at its level", () => {
    const ed = new Ed({ preamble: [], operative: [{ text: "Requests", sub: ["to act", ""] }] }).place("1(b)").paste({ "text/plain": "(a) prepare a report;\n(b) consult States;" });
    expect(ed.clauses).toEqual(["1 Requests", "1(a) to act", "1(b) prepare a report", "1(c) consult States"]);
    expect(ed.caret).toBe(`1(c)@${"consult States".length}`);
  });

  it("(i) labels pasted at level 2 stay at level 2, with their own sub-levels", () => {
    const ed = new Ed({ preamble: [], operative: [{ text: "Requests", sub: [{ text: "to act", sub: ["here", ""] }] }] })
      .place("1(a)(ii)")
      .paste({ "text/plain": "(i) in the region:\na. first;\nb. second;\n(ii) beyond it;" });
    expect(ed.clauses).toEqual(["1 Requests", "1(a) to act", "1(a)(i) here", "1(a)(ii) in the region", "1(a)(ii)(a) first", "1(a)(ii)(b) second", "1(a)(iii) beyond it"]);
  });

  it("sub-clauses pasted into an empty operative clause join the clause above, as a typed (a) does", () => {
    const ed = new Ed({ preamble: [], operative: ["Calls upon States", ""] }).place("2").paste({ "text/plain": "(a) to act;\n(b) to report;" });
    expect(ed.clauses).toEqual(["1 Calls upon States", "1(a) to act", "1(b) to report"]);
  });

  it("numbered lines pasted in a sub-clause go after its operative clause; the empty sub-clause goes", () => {
    const ed = new Ed({ preamble: [], operative: [{ text: "Requests", sub: ["to act", ""] }, "Decides"] }).place("1(b)").paste({ "text/plain": "1. Urges States;\n2. Invites States:\n(a) to report;" });
    expect(ed.clauses).toEqual(["1 Requests", "1(a) to act", "2 Urges States", "3 Invites States", "3(a) to report", "4 Decides"]);
  });

  it("a piece of a paper across both parts: preambular lines to the preamble, the rest at the caret", () => {
    const ed = new Ed(PAPER).place("3", "end").paste({ "text/plain": "Welcoming the report,\n1. Urges States to act;\n2. Invites States to report;" });
    expect(ed.clauses.slice(0, 3)).toEqual([...base.slice(0, 2), "p3 Welcoming the report"]);
    expect(ed.clauses.slice(-3)).toEqual(["3 Decides to remain seized of the matter", "4 Urges States to act", "5 Invites States to report"]);
  });

  it("joins lines wrapped without end punctuation (a PDF), and keeps continuing text", () => {
    const ed = new Ed({ preamble: [], operative: [""] }).place("1").paste({
      "text/plain": "1. Requests the Secretary-General\nto report:\n    (a) on the region;\n    (b) beyond it;\nand to consult States;\n2. Decides to remain seized.",
    });
    expect(ed.clauses).toEqual(["1 Requests the Secretary-General to report", "1(a) on the region", "1(b) beyond it", "2 Decides to remain seized"]);
    expect(ed.conts).toEqual(["1~ and to consult States"]);
  });
});

describe("pasted into the preamble", () => {
  it("unlabelled lines stay preambular after the caret's clause, whatever their verb", () => {
    const ed = new Ed(PAPER).place("p1", "end").paste({ "text/plain": "Urges States to act;\nInvites States to report;" });
    expect(ed.clauses.slice(0, 4)).toEqual(["p1 Recalling its resolution 5/1", "p2 Urges States to act", "p3 Invites States to report", "p4 Noting with concern the report"]);
  });

  it("numbered lines go to the start of the operative part", () => {
    const ed = new Ed(PAPER).place("p2", "end").paste({ "text/plain": "Welcoming the report,\n1. Urges States to act;\n2. Invites States:\n(a) to report;" });
    expect(ed.clauses.slice(0, 8)).toEqual([...base.slice(0, 2), "p3 Welcoming the report", "1 Urges States to act", "2 Invites States", "2(a) to report", "3 Calls upon States to protect migrant workers", "4 Requests the Secretary-General to"]);
  });

  it("a line with sub-clauses under it is operative", () => {
    const ed = new Ed(PAPER).place("p2", "end").paste({ "text/plain": "Requests the Secretary-General:\n(a) to report;\n(b) to consult;" });
    expect(ed.clauses.slice(2, 5)).toEqual(["1 Requests the Secretary-General", "1(a) to report", "1(b) to consult"]);
  });
});

describe("one line", () => {
  it("pasted into an empty clause is the clause: its end punctuation goes", () => {
    const ed = new Ed({ preamble: [], operative: [{ text: "Requests", sub: ["to act", ""] }] }).place("1(b)").paste({ "text/plain": "Recalling also its resolution 6/2," });
    expect(ed.clauses.at(-1)).toBe("1(b) Recalling also its resolution 6/2");
  });

  it("pasted over a selected clause replaces it in place", () => {
    const ed = new Ed(PAPER);
    const c = clauseModel(ed.state.doc).clauses.find((x) => x.path === "2")!;
    ed.state = ed.state.apply(ed.state.tr.setSelection(NodeSelection.create(ed.state.doc, c.pos)));
    ed.paste({ "text/plain": "NEW" });
    expect(ed.clauses.slice(2)).toEqual(["1 Calls upon States to protect migrant workers", "2 NEW", "3 Decides to remain seized of the matter"]);
    ed.state = ed.state.apply(ed.state.tr.setSelection(NodeSelection.create(ed.state.doc, clauseModel(ed.state.doc).clauses.find((x) => x.path === "2")!.pos)));
    ed.paste({ "text/plain": "Urges States;\nInvites States:\n(a) to report;" });
    expect(ed.clauses.slice(2)).toEqual(["1 Calls upon States to protect migrant workers", "2 Urges States", "3 Invites States", "3(a) to report", "4 Decides to remain seized of the matter"]);
  });
});

describe("a whole paper pasted", () => {
  it("is read by the importer: its organ line and heading are not clauses", () => {
    const ed = new Ed({ preamble: [], operative: [""] }).place("1").paste({ "text/plain": "Topic: Migrants\n\nThe Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. Urges States to act;\n2. Decides to remain seized of the matter." });
    expect(ed.clauses).toEqual(["p1 Recalling its resolution 5/1", "1 Urges States to act", "2 Decides to remain seized of the matter"]);
  });

  it("fills the heading fields still empty from its heading lines, and leaves filled ones alone", () => {
    const draft = "Code: HRC/WP.3\nTopic: Safety of journalists\nSponsors: Ghana, Norway\n\nThe Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. Urges States to act;";
    const heading = (ed: Ed) => ed.state.doc.firstChild!.attrs as { code: string; topic: string; sponsors: string[] };
    const blank = new Ed({ heading: { committee: "hrc" }, preamble: [], operative: [""] }).place("1").paste({ "text/plain": draft });
    expect([heading(blank).code, heading(blank).topic, heading(blank).sponsors]).toEqual(["HRC/WP.3", "Safety of journalists", ["Ghana", "Norway"]]);
    const named = new Ed({ heading: { committee: "hrc", topic: "Journalists" }, preamble: [], operative: [""] }).place("1").paste({ "text/plain": draft });
    expect([heading(named).code, heading(named).topic]).toEqual(["HRC/WP.3", "Journalists"]);
    // One undo step takes the paste and the heading back together.
    undo(blank.state, (tr) => (blank.state = blank.state.apply(tr)));
    expect([heading(blank).code, heading(blank).topic, blank.clauses]).toEqual(["", "", ["1 "]]);
  });

  const paper = "The Human Rights Council,\n\nRecalling its resolution 5/1,\n\nNoting the report,\n\n1. Urges States to act;\n2. Decides to remain seized of the matter.";
  const template = { heading: { committee: "hrc" }, preamble: ["Guided by the purposes and principles of the Charter of the United Nations"], operative: [""] };

  it("into a paper only started (a template's one preambular clause), takes the clauses' place; one undo brings them back", () => {
    const ed = new Ed(template).place("1").paste({ "text/plain": paper });
    expect(ed.clauses).toEqual(["p1 Recalling its resolution 5/1", "p2 Noting the report", "1 Urges States to act", "2 Decides to remain seized of the matter"]);
    undo(ed.state, (tr) => (ed.state = ed.state.apply(tr)));
    expect(ed.clauses).toEqual(["p1 Guided by the purposes and principles of the Charter of the United Nations", "1 "]);
  });

  it("into a paper with operative text, or two preambular clauses, goes where the caret is, replacing nothing", () => {
    const written = new Ed({ ...template, operative: ["Urges States to protect journalists", ""] }).place("2").paste({ "text/plain": paper });
    expect(written.clauses).toEqual([
      "p1 Guided by the purposes and principles of the Charter of the United Nations", "p2 Recalling its resolution 5/1", "p3 Noting the report",
      "1 Urges States to protect journalists", "2 Urges States to act", "3 Decides to remain seized of the matter",
    ]);
    const twoPreambular = new Ed({ ...template, preamble: ["Guided by the Charter", "Recalling its resolution 7/1"] }).place("1").paste({ "text/plain": paper });
    expect(twoPreambular.clauses.slice(0, 4)).toEqual(["p1 Guided by the Charter", "p2 Recalling its resolution 7/1", "p3 Recalling its resolution 5/1", "p4 Noting the report"]);
  });
});

describe("slices copied in the editor", () => {
  const copyPaste = (ed: Ed, from: [string, number | "end"], to: [string, number | "end"], at: [string, number | "end"]) => {
    const meta = sliceMeta(ed.state.doc, ed.at(...from), ed.at(...to));
    ed.place(...at);
    return ed.paste({ "text/html": meta + "<p>ignored</p>", "text/plain": "ignored" });
  };

  it("a whole clause with its sub-clauses and continuation, into a new empty clause", () => {
    const ed = copyPaste(new Ed({ ...PAPER, operative: [...PAPER.operative!, ""] }), ["2", 0], ["3", 0], ["4", 0]);
    expect(ed.clauses.slice(-5)).toEqual(["4 Requests the Secretary-General to", "4(a) prepare a report", "4(b) consult States", "4(b)(i) in the region", "4(b)(ii) beyond it"]);
    expect(ed.conts).toEqual(["2~ and to report back", "4~ and to report back"]);
  });

  it("sub-clauses with their levels, into an empty sub-clause and at the end of clause 1", () => {
    const ed = copyPaste(new Ed({ ...PAPER, operative: [{ text: "Urges", sub: ["to act", ""] }, ...PAPER.operative!] }), ["3(a)", 0], ["3(b)(ii)", "end"], ["1(b)", 0]);
    expect(ed.clauses.slice(2, 8)).toEqual(["1 Urges", "1(a) to act", "1(b) prepare a report", "1(c) consult States", "1(c)(i) in the region", "1(c)(ii) beyond it"]);
    const again = copyPaste(new Ed(PAPER), ["2(b)", 0], ["2(b)(ii)", "end"], ["1", "end"]);
    expect(again.clauses.slice(2, 6)).toEqual(["1 Calls upon States to protect migrant workers", "1(a) consult States", "1(a)(i) in the region", "1(a)(ii) beyond it"]);
  });

  it("never deeper than four levels", () => {
    const deep = { preamble: [], operative: [{ text: "A", sub: [{ text: "B", sub: [{ text: "C", sub: [{ text: "D", sub: [""] }] }] }] }, { text: "E", sub: [{ text: "F", sub: ["G"] }] }] };
    const ed = copyPaste(new Ed(deep), ["2(a)", 0], ["2(a)(i)", "end"], ["1(a)(i)(a)(i)", 0]);
    expect(ed.clauses).toEqual(["1 A", "1(a) B", "1(a)(i) C", "1(a)(i)(a) D", "1(a)(i)(a)(i) F", "1(a)(i)(a)(ii) G", "2 E", "2(a) F", "2(a)(i) G"]);
  });

  it("a range across the preamble and the operative part", () => {
    const ed = copyPaste(new Ed({ ...PAPER, operative: [...PAPER.operative!, ""] }), ["p2", 0], ["1", "end"], ["4", 0]);
    expect(ed.clauses.slice(0, 3)).toEqual([...base.slice(0, 2), "p3 Noting with concern the report"]);
    expect(ed.clauses.at(-1)).toBe("4 Calls upon States to protect migrant workers");
  });

  it("text within one clause pastes as text", () => {
    const ed = copyPaste(new Ed(PAPER), ["1", 6], ["1", 11], ["3", 0]);
    expect(ed.clauses, JSON.stringify(ed.clauses)).toContain("3 upon Decides to remain seized of the matter");
  });

  it("ignores invalid or hostile JSON and reads the text instead", () => {
    const ed = new Ed(PAPER).place("3", "end");
    ed.paste({ "text/html": `<meta name="clausewise-slice" content="{&quot;slice&quot;:{&quot;content&quot;:[{&quot;type&quot;:&quot;script&quot;}]}}"><p>plain words</p>`, "text/plain": "x" });
    ed.paste({ "text/html": `<meta name="clausewise-slice" content="{}"><p> and more</p>`, "text/plain": " and more" });
    expect(ed.clauses, JSON.stringify(ed.clauses)).toContain("3 Decides to remain seized of the matterplain words and more");
  });

  it("in a long paper held in blocks, the blocks stay valid", () => {
    const many = Array.from({ length: 120 }, (_, i) => `Urges States ${i + 1}`);
    const ed = new Ed(withBlocks(createDocument({ preamble: [], operative: many })));
    const meta = sliceMeta(ed.state.doc, ed.at("10", 0), ed.at("60", "end"));
    ed.place("100", "end").paste({ "text/html": meta, "text/plain": "" });
    ed.state.doc.check();
    const texts = clauseModel(ed.state.doc).clauses.map((c) => c.text);
    expect(texts.length).toBe(171);
    expect(texts.slice(100, 102)).toEqual(["Urges States 10", "Urges States 11"]);
    expect(exportText(withoutBlocks(ed.state.doc))).toContain("101. Urges States 10;");
  });
});

describe("the plain text of a copy", () => {
  it("carries the derived labels and end punctuation, laid out as exportText", () => {
    const ed = new Ed(PAPER);
    expect(clausesText(ed.state.doc, ed.at("2", 0), ed.at("3", 0))).toBe(
      "2. Requests the Secretary-General to:\n    (a) prepare a report;\n    (b) consult States:\n        (i) in the region;\n        (ii) beyond it;\nand to report back;",
    );
    expect(clausesText(ed.state.doc, ed.at("p2", 0), ed.at("1", "end"))).toBe("Noting with concern the report,\n\n1. Calls upon States to protect migrant workers;");
  });

  it("pasted back, gives the same structure", () => {
    const ed = new Ed({ ...PAPER, operative: [...PAPER.operative!, ""] });
    const text = clausesText(ed.state.doc, ed.at("1", 0), ed.at("3", "end"));
    ed.place("4").paste({ "text/plain": text });
    expect(ed.clauses.slice(-7)).toEqual(["4 Calls upon States to protect migrant workers", "5 Requests the Secretary-General to", "5(a) prepare a report", "5(b) consult States", "5(b)(i) in the region", "5(b)(ii) beyond it", "6 Decides to remain seized of the matter"]);
    expect(ed.conts).toEqual(["2~ and to report back", "5~ and to report back"]);
  });
});

describe("several paragraphs pasted inside a clause's text split it (as a word processor)", () => {
  it("the first joins the text before the caret, the last the text after it, which keeps the sub-clauses", () => {
    const ed = new Ed(PAPER).place("2", 4).paste({ "text/plain": "ires States;\nInvites B;\nUrges C to Requ" });
    expect(ed.clauses.slice(3, 9)).toEqual(["2 Requires States", "3 Invites B", "4 Urges C to Requests the Secretary-General to", "4(a) prepare a report", "4(b) consult States", "4(b)(i) in the region"]);
    expect(ed.conts).toEqual(["4~ and to report back"]);
    expect(ed.caret).toBe(`4@${"Urges C to Requ".length}`);
  });

  it("typing \"Req\" and pasting \"uests A;\\nInvites B;\" gives \"Requests A\" and \"Invites B\"", () => {
    const ed = new Ed({ preamble: [], operative: ["Calls upon States", "Req"] }).place("2", "end").paste({ "text/plain": "uests A;\nInvites B;" });
    expect(ed.clauses).toEqual(["1 Calls upon States", "2 Requests A", "3 Invites B"]);
  });

  it("at the end of a text, lines that open a clause still go after it", () => {
    const ed = new Ed({ preamble: [], operative: ["Calls upon States"] }).place("1", "end").paste({ "text/plain": "Urges A;\nInvites B;" });
    expect(ed.clauses).toEqual(["1 Calls upon States", "2 Urges A", "3 Invites B"]);
  });

  it("a clause copied whole goes before the clause at whose start it is pasted, after it at its end", () => {
    const ed = new Ed({ preamble: [], operative: ["Urges A", { text: "Invites B", sub: ["to act"] }, "Decides C", "Notes D"] });
    const copied = sliceMeta(ed.state.doc, ed.at("3", 0), ed.at("4", 0));
    ed.place("1", 0).paste({ "text/html": copied, "text/plain": "" });
    expect(ed.clauses).toEqual(["1 Decides C", "2 Urges A", "3 Invites B", "3(a) to act", "4 Decides C", "5 Notes D"]);
    ed.place("3", "end").paste({ "text/html": copied, "text/plain": "" });
    expect(ed.clauses).toEqual(["1 Decides C", "2 Urges A", "3 Invites B", "3(a) to act", "4 Decides C", "5 Decides C", "6 Notes D"]);
    const sub = sliceMeta(ed.state.doc, ed.at("3(a)", 0), ed.at("4", 0));
    ed.place("2", 0).paste({ "text/html": sub, "text/plain": "" });
    expect(ed.clauses.slice(0, 3)).toEqual(["1 Decides C", "2 to act", "3 Urges A"]);
  });

  it("the audit's cut of clause 1 at 6 to clause 2 at 4, pasted back, gives the paper back", () => {
    const ed = new Ed(PAPER);
    const before = ed.clauses;
    const from = ed.at("1", 6);
    const to = ed.at("2", 4);
    ed.place("1", 6, "2", 4);
    const data = { "text/html": sliceMeta(ed.state.doc, from, to), "text/plain": clausesText(ed.state.doc, from, to) };
    ed.state = ed.state.apply(ed.state.tr.deleteSelection());
    expect(ed.clauses.slice(2, 4)).toEqual(["1 Calls ests the Secretary-General to", "1(a) prepare a report"]);
    ed.paste(data);
    expect(ed.clauses).toEqual(before);
    expect(ed.conts).toEqual(["2~ and to report back"]);
  });

  it("in the preamble too, and across both parts", () => {
    const ed = new Ed(PAPER);
    const before = ed.clauses;
    const from = ed.at("p2", 8);
    const to = ed.at("1", 5);
    ed.place("p2", 8, "1", 5);
    const data = { "text/html": sliceMeta(ed.state.doc, from, to), "text/plain": "" };
    ed.state = ed.state.apply(ed.state.tr.deleteSelection());
    ed.paste(data);
    expect(ed.clauses).toEqual(before);
    const text = new Ed(PAPER).place("p1", 10).paste({ "text/plain": "ts earlier;\nNoting also X," });
    expect(text.clauses.slice(0, 3)).toEqual(["p1 Recalling ts earlier", "p2 Noting also Xits resolution 5/1", "p3 Noting with concern the report"]);
  });
});

describe("cut from the start of a clause's text and pasted back (as a word processor's outline list)", () => {
  const cutAndPasteBack = (ed: Ed, from: number, to: number) => {
    const data = { "text/html": sliceMeta(ed.state.doc, from, to), "text/plain": clausesText(ed.state.doc, from, to) };
    ed.state = ed.state.apply(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, from, to)));
    ed.state = ed.state.apply(ed.state.tr.deleteSelection());
    const cut = ed.clauses;
    ed.paste(data);
    return { cut };
  };
  const LIST: DocumentInput = { preamble: ["Recalling its resolution 5/1"], operative: [{ text: "Urges States", sub: ["to act", "to fund", { text: "to report", sub: ["yearly"] }, "to review it"] }, "Decides to remain seized"] };

  it("from the start of (b) to the middle of (d): the same list, the caret where the cut ended", () => {
    const ed = new Ed(LIST);
    const before = ed.clauses;
    const { cut } = cutAndPasteBack(ed, ed.at("1(b)", 0), ed.at("1(d)", 5));
    expect(cut).toEqual(["p1 Recalling its resolution 5/1", "1 Urges States", "1(a) to act", "1(b) view it", "2 Decides to remain seized"]);
    expect(ed.clauses).toEqual(before);
    expect(ed.caret).toBe("1(d)@5");
  });

  it("from the start of a sub-sub-clause or sub-clause to the next clause, across both parts, and before continuing text", () => {
    for (const [from, to] of [["1(c)(i)", "2"], ["1(b)", "2"], ["p1", "1(d)"]] as const) {
      const ed = new Ed(LIST);
      const before = ed.clauses;
      cutAndPasteBack(ed, ed.at(from, 0), ed.at(to, from === "p1" ? "end" : 0));
      expect(ed.clauses, `${from} to ${to}`).toEqual(before);
    }
    const ed = new Ed(PAPER);
    cutAndPasteBack(ed, ed.at("2(a)", 0), ed.at("3", 0));
    expect(ed.clauses).toEqual([...base, ...tail2, "3 Decides to remain seized of the matter"]);
    expect(ed.conts).toEqual(["2~ and to report back"]);
  });
});

describe("wrapped lines (a PDF, an e-mail)", () => {
  it("a line ending with a comma goes on with a lower-case line", () => {
    const ed = new Ed({ preamble: [], operative: [""] }).place("1").paste({ "text/plain": "4. Calls upon all States and\nthe international community,\nin particular donors, to act;\n5. Decides X." });
    expect(ed.clauses).toEqual(["1 Calls upon all States and the international community, in particular donors, to act", "2 Decides X"]);
  });

  it("a capitalised line opening with a known phrase starts a clause, without end punctuation before it", () => {
    const ed = new Ed({ preamble: [], operative: [""] }).place("1").paste({ "text/plain": "Urges States to act\nInvites B to report\nRequests C to help" });
    expect(ed.clauses).toEqual(["1 Urges States to act", "2 Invites B to report", "3 Requests C to help"]);
    const wrapped = new Ed({ preamble: [], operative: [""] }).place("1").paste({ "text/plain": "Recalling X\nUrges States and the\nSecretary-General to act;" });
    expect(wrapped.clauses).toEqual(["p1 Recalling X", "1 Urges States and the Secretary-General to act"]);
  });
});

describe("a copied sub-clause with sub-clauses, pasted in the preamble", () => {
  it("is operative: it goes to the start of the operative part with its sub-clauses", () => {
    const ed = new Ed(PAPER);
    const meta = sliceMeta(ed.state.doc, ed.at("2(b)", 0), ed.at("2(b)(ii)", "end"));
    ed.place("p1", "end").paste({ "text/html": meta, "text/plain": "" });
    expect(ed.clauses.slice(0, 6)).toEqual(["p1 Recalling its resolution 5/1", "p2 Noting with concern the report", "1 consult States", "1(a) in the region", "1(b) beyond it", "2 Calls upon States to protect migrant workers"]);
  });
});
