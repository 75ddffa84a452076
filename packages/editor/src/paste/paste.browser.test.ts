/**
 * Paste, copy and cut in Chromium: clipboard events with a DataTransfer on the element's textbox
 * (as the browser fires them), and real Ctrl+C / Ctrl+X / Ctrl+V key presses through the
 * browser's clipboard.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { TextSelection } from "prosemirror-state";
import { clauseModel, type DocumentInput } from "@clausewise/schema";
import type { ResolutionEditor } from "../index.ts";
import { mount, view, placeCursor, clauses, cleanup, nextFrame } from "../element/test-helpers.ts";

afterEach(cleanup);

const undo = () => userEvent.keyboard("{Control>}z{/Control}");

function paste(el: ResolutionEditor, data: Record<string, string> | DataTransfer): void {
  let dt = data as DataTransfer;
  if (!(data instanceof DataTransfer)) {
    dt = new DataTransfer();
    for (const [type, value] of Object.entries(data)) dt.setData(type, value);
  }
  view(el).dom.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
}

/** A copy (or cut) event on the textbox; returns what the editor put on the clipboard. */
function copyEvent(el: ResolutionEditor, type: "copy" | "cut" = "copy"): DataTransfer {
  const dt = new DataTransfer();
  view(el).dom.dispatchEvent(new ClipboardEvent(type, { clipboardData: dt, bubbles: true, cancelable: true }));
  return dt;
}

/** Selects from the text of one clause to the text of another. */
function select(el: ResolutionEditor, from: [string, number | "end"], to: [string, number | "end"]): void {
  const v = view(el);
  const model = clauseModel(v.state.doc).clauses;
  const at = ([path, offset]: [string, number | "end"]) => {
    const c = model.find((x) => x.path === path)!;
    return c.textFrom + (offset === "end" ? c.text.length : offset);
  };
  v.focus();
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, at(from), at(to))));
}

const paper: DocumentInput = {
  heading: { committee: "hrc", topic: "Migrant workers" },
  preamble: ["Recalling its resolution 5/1", "Noting with concern the report"],
  operative: [
    "Calls upon States to protect migrant workers",
    { text: "Requests the Secretary-General to", sub: ["prepare a report", { text: "consult States", sub: ["in the region", "beyond it"] }], continuation: "and to report back" },
    "Decides to remain seized of the matter",
  ],
};
const withEmpty = (p: DocumentInput): DocumentInput => ({ ...p, operative: [...p.operative!, ""] });
const paths = (el: ResolutionEditor) => clauses(el).map(([path, text]) => `${path} ${text}`);

describe("plain clauses pasted at the caret", () => {
  it("two operative lines into a new empty clause 4 are clauses 4 and 5, one undo step", async () => {
    const el = await mount(withEmpty(paper));
    placeCursor(el, "4", 0);
    paste(el, { "text/plain": "Urges States to act;\nInvites States to report;" });
    await nextFrame();
    expect(paths(el).slice(-3)).toEqual(["3 Decides to remain seized of the matter", "4 Urges States to act", "5 Invites States to report"]);
    expect(paths(el).filter((p) => p.startsWith("p"))).toHaveLength(2);
    await userEvent.keyboard("!");
    expect(paths(el).at(-1)).toBe("5 Invites States to report!");
    await undo();
    await undo();
    expect(paths(el).at(-1)).toBe("4 ");
  });

  it("(a) and (b) lines into clause 1 become its sub-clauses; into an empty sub-clause, siblings at its level", async () => {
    const el = await mount(withEmpty(paper));
    placeCursor(el, "1", "end");
    paste(el, { "text/plain": "(a) prepare a report;\n(b) consult States;" });
    expect(paths(el).slice(2, 5)).toEqual(["1 Calls upon States to protect migrant workers", "1(a) prepare a report", "1(b) consult States"]);
    placeCursor(el, "1(b)", "end");
    await userEvent.keyboard("{Enter}");
    paste(el, { "text/plain": "to act swiftly;\nto report annually;" });
    expect(paths(el).slice(2, 7)).toEqual(["1 Calls upon States to protect migrant workers", "1(a) prepare a report", "1(b) consult States", "1(c) to act swiftly", "1(d) to report annually"]);
    expect(el.text).toContain("    (d) to report annually;");
    expect(el.text).not.toContain(";;");
  });

  it("lines pasted in the preamble stay preambular; numbered ones are operative", async () => {
    const el = await mount(paper);
    placeCursor(el, "p1", "end");
    paste(el, { "text/plain": "Urges States to act;\n1. Invites States to report;" });
    expect(paths(el).slice(0, 4)).toEqual(["p1 Recalling its resolution 5/1", "p2 Urges States to act", "p3 Noting with concern the report", "1 Invites States to report"]);
  });
});

describe("copy and paste inside the editor", () => {
  it("a copied clause keeps its sub-clauses, levels and continuing text; text/plain carries the labels", async () => {
    const el = await mount(withEmpty(paper));
    select(el, ["2", 0], ["3", 0]);
    const dt = copyEvent(el);
    expect(dt.getData("text/plain")).toBe(
      "2. Requests the Secretary-General to:\n    (a) prepare a report;\n    (b) consult States:\n        (i) in the region;\n        (ii) beyond it;\nand to report back;",
    );
    expect(dt.getData("text/html")).toContain("data-pm-slice");
    placeCursor(el, "4", 0);
    paste(el, dt);
    expect(paths(el).slice(-5)).toEqual(["4 Requests the Secretary-General to", "4(a) prepare a report", "4(b) consult States", "4(b)(i) in the region", "4(b)(ii) beyond it"]);
    expect(el.text).toContain("4. Requests the Secretary-General to:\n    (a) prepare a report;\n    (b) consult States:\n        (i) in the region;\n        (ii) beyond it;\nand to report back.");
    // The ids the copy carried are made unique again: no two clauses share one.
    const ids = clauseModel(view(el).state.doc).clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("copied sub-clauses paste at the level of an empty sub-clause, between two editors too", async () => {
    const a = await mount(paper);
    const b = await mount({ preamble: [], operative: [{ text: "Urges States", sub: ["to act", ""] }] });
    select(a, ["2(b)", 0], ["2(b)(ii)", "end"]);
    const dt = copyEvent(a);
    placeCursor(b, "1(b)", 0);
    paste(b, dt);
    expect(paths(b)).toEqual(["1 Urges States", "1(a) to act", "1(b) consult States", "1(b)(i) in the region", "1(b)(ii) beyond it"]);
  });

  it("the plain text of a copy pasted back (an e-mail, Ctrl+Shift+V) gives the same structure", async () => {
    const el = await mount(withEmpty(paper));
    select(el, ["1", 0], ["3", "end"]);
    const text = copyEvent(el).getData("text/plain");
    placeCursor(el, "4", 0);
    paste(el, { "text/plain": text });
    const all = paths(el);
    expect(all.slice(-7)).toEqual(["4 Calls upon States to protect migrant workers", "5 Requests the Secretary-General to", "5(a) prepare a report", "5(b) consult States", "5(b)(i) in the region", "5(b)(ii) beyond it", "6 Decides to remain seized of the matter"]);
  });

  it("Ctrl+A, Ctrl+X, Ctrl+V with real keys gives the paper back; each is an undo step", async () => {
    const el = await mount(paper);
    const before = el.text;
    placeCursor(el, "1", 3);
    await userEvent.keyboard("{Control>}a{/Control}");
    await userEvent.keyboard("{Control>}x{/Control}");
    await nextFrame();
    expect(paths(el)).toEqual(["1 "]);
    expect(view(el).state.doc.firstChild!.attrs.topic).toBe("Migrant workers");
    await userEvent.keyboard("{Control>}v{/Control}");
    await nextFrame();
    expect(el.text).toBe(before);
    await undo();
    expect(paths(el)).toEqual(["1 "]);
    await undo();
    expect(el.text).toBe(before);
  });

  it("a range copied with real keys pastes with its structure", async () => {
    const el = await mount(withEmpty(paper));
    select(el, ["2(a)", 0], ["2(b)(ii)", "end"]);
    await userEvent.keyboard("{Control>}c{/Control}");
    placeCursor(el, "1", "end");
    await userEvent.keyboard("{Control>}v{/Control}");
    await nextFrame();
    expect(paths(el).slice(2, 7)).toEqual(["1 Calls upon States to protect migrant workers", "1(a) prepare a report", "1(b) consult States", "1(b)(i) in the region", "1(b)(ii) beyond it"]);
  });

  it("cut and paste in a long paper held in blocks keeps the blocks valid", async () => {
    const many = Array.from({ length: 150 }, (_, i) => (i === 60 ? { text: `Urges States ${i + 1}`, sub: ["to act", "to report"] } : `Urges States ${i + 1}`));
    const el = await mount({ preamble: [], operative: many });
    select(el, ["50", 0], ["70", "end"]);
    copyEvent(el, "cut");
    const dt = new DataTransfer();
    select(el, ["10", 0], ["30", "end"]);
    view(el).dom.dispatchEvent(new ClipboardEvent("copy", { clipboardData: dt, bubbles: true, cancelable: true }));
    placeCursor(el, "100", "end");
    paste(el, dt);
    const doc = view(el).state.doc;
    doc.check();
    const texts = clauseModel(doc).clauses.filter((c) => c.depth === 0).map((c) => c.text);
    // The cut leaves one empty clause where the 21 were (the selection began inside clause 50).
    expect(texts.length).toBe(150 - 21 + 1 + 21);
    expect(texts.slice(100, 102)).toEqual(["Urges States 10", "Urges States 11"]);
    expect(el.value).toBeTruthy();
  });
});

describe("cut and paste back in the middle of a clause's text (real keys)", () => {
  it("clause 1 at 6, Shift+ArrowDown, Ctrl+X, Ctrl+V gives the paper back; one undo step each", async () => {
    const el = await mount(paper);
    const before = el.text;
    const outline = paths(el);
    placeCursor(el, "1", 6);
    await userEvent.keyboard("{Shift>}{ArrowDown}{/Shift}");
    await userEvent.keyboard("{Control>}x{/Control}");
    await nextFrame();
    expect(el.text).not.toBe(before);
    await userEvent.keyboard("{Control>}v{/Control}");
    await nextFrame();
    expect(paths(el)).toEqual(outline);
    expect(el.text).toBe(before);
    await undo();
    expect(el.text).not.toBe(before);
    await undo();
    expect(el.text).toBe(before);
  });

  it("ranges across sub-clauses and across both parts, with Ctrl+X and Ctrl+V", async () => {
    const el = await mount(paper);
    const outline = paths(el);
    for (const [from, to] of [[["p2", 8], ["1", 5]], [["2", 5], ["2(a)", 3]], [["2", 5], ["2(b)", 3]], [["2", 5], ["2(b)(i)", 3]], [["2(a)", 3], ["3", 4]], [["1", "end"], ["2", "end"]]] as [[string, number | "end"], [string, number | "end"]][]) {
      select(el, from, to);
      await userEvent.keyboard("{Control>}x{/Control}");
      await userEvent.keyboard("{Control>}v{/Control}");
      await nextFrame();
      expect(paths(el), `${from} → ${to}`).toEqual(outline);
    }
  });

  it("pasted lines split the clause at the caret: \"Req\" then \"uests A;\\nInvites B;\"", async () => {
    const el = await mount(withEmpty({ preamble: [], operative: ["Calls upon States"] }));
    placeCursor(el, "2", 0);
    await userEvent.keyboard("Req");
    paste(el, { "text/plain": "uests A;\nInvites B;" });
    await nextFrame();
    expect(paths(el)).toEqual(["1 Calls upon States", "2 Requests A", "3 Invites B"]);
  });
});

describe("hostile and huge pastes", () => {
  it("a forged slice with markup or a comment gives text only, and no comment", async () => {
    const el = await mount(paper);
    placeCursor(el, "3", "end");
    const json = JSON.stringify({
      slice: { content: [{ type: "operative_clause", attrs: { id: "<img src=x onerror=alert(1)>" }, content: [{ type: "clause_text", content: [{ type: "text", text: "<b>bold</b>", marks: [{ type: "comment", attrs: { id: "k", author: "Secretariat", body: "approved" } }] }] }] }], openStart: 0, openEnd: 0 },
      level: -1,
    }).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    paste(el, { "text/html": `<meta name="clausewise-slice" content="${json}"><p>x</p>`, "text/plain": "x" });
    expect(paths(el).at(-1)).toBe("4 <b>bold</b>");
    expect(el.comments).toEqual([]);
    expect(el.shadowRoot!.querySelector(".ProseMirror img, .ProseMirror b")).toBeNull();
    expect(clauseModel(view(el).state.doc).clauses.at(-1)!.id).toMatch(/^[\w-]+$/);
  });
});
