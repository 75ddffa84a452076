/**
 * The UX audit's editing bugs, with real key events in Chromium: structure commands as undo steps
 * of their own, typing and pasting over a select-all, and pasting one copied clause.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { ResolutionEditor } from "../index.ts";
import { mount, view, placeCursor, clauses, cleanup, nextFrame } from "./test-helpers.ts";

afterEach(cleanup);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const undo = () => userEvent.keyboard("{Control>}z{/Control}");

function paste(el: ResolutionEditor, data: Record<string, string>): void {
  const dt = new DataTransfer();
  for (const [type, value] of Object.entries(data)) dt.setData(type, value);
  view(el).dom.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
}

const paper = {
  heading: { committee: "hrc", topic: "Migrant workers", sponsors: ["Chile"] },
  preamble: ["Recalling its resolution 5/1"],
  operative: ["Calls upon States to protect migrant workers", "Requests the Secretary-General to report"],
};

/** Clicks into the first clause's text and selects all with Ctrl+A. */
async function selectAll(el: ResolutionEditor): Promise<void> {
  await userEvent.click(el.shadowRoot!.querySelector(".ProseMirror [data-path='1'], .ProseMirror p")!);
  await userEvent.keyboard("{Control>}a{/Control}");
}

function expectHeadingKept(el: ResolutionEditor): void {
  const heading = view(el).state.doc.firstChild!.attrs;
  expect(heading.committee).toBe("hrc");
  expect(heading.topic).toBe("Migrant workers");
  expect(heading.sponsors).toEqual(["Chile"]);
}

describe("undo steps of structure commands", () => {
  it("undoes a Tab pressed right after typing on its own, then the typing, then the Enter", async () => {
    const el = await mount({ preamble: [], operative: ["Calls upon States to act"] });
    placeCursor(el, "1", "end");
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("to prepare a study");
    await userEvent.keyboard("{Tab}");
    expect(clauses(el)).toEqual([["1", "Calls upon States to act"], ["1(a)", "to prepare a study"]]);
    await sleep(600);
    await undo();
    expect(clauses(el)).toEqual([["1", "Calls upon States to act"], ["2", "to prepare a study"]]);
    await undo();
    expect(clauses(el)).toEqual([["1", "Calls upon States to act"], ["2", ""]]);
    await undo();
    expect(clauses(el)).toEqual([["1", "Calls upon States to act"]]);
  });

  it("keeps typing right after a structure command apart from it", async () => {
    const el = await mount({ preamble: [], operative: ["Calls upon States to act"] });
    placeCursor(el, "1", "end");
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("Urges");
    await undo();
    expect(clauses(el)).toEqual([["1", "Calls upon States to act"], ["2", ""]]);
  });

  it("undoes two Alt+Up moves 300 ms apart one at a time", async () => {
    const el = await mount({ preamble: [], operative: ["Alpha one", "Beta two", "Gamma three"] });
    placeCursor(el, "3", 2);
    await userEvent.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await sleep(300);
    await userEvent.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(clauses(el).map((c) => c[1])).toEqual(["Gamma three", "Alpha one", "Beta two"]);
    await undo();
    expect(clauses(el).map((c) => c[1])).toEqual(["Alpha one", "Gamma three", "Beta two"]);
    await undo();
    expect(clauses(el).map((c) => c[1])).toEqual(["Alpha one", "Beta two", "Gamma three"]);
  });
});

describe("select all, then type or paste", () => {
  it("typing replaces the clauses with one clause holding every typed character; the heading stays", async () => {
    const el = await mount(paper);
    await selectAll(el);
    await userEvent.keyboard("Welcomes the report");
    expect(clauses(el)).toEqual([["1", "Welcomes the report"]]);
    expectHeadingKept(el);
    expect(el.text).toContain("1. Welcomes the report.");
    await undo();
    expect(clauses(el).map((c) => c[1])).toEqual(["Recalling its resolution 5/1", ...paper.operative]);
  });

  it("pasting one line replaces the clauses, as typing does", async () => {
    const el = await mount(paper);
    await selectAll(el);
    paste(el, { "text/plain": "Welcomes the report" });
    await nextFrame();
    expect(clauses(el)).toEqual([["1", "Welcomes the report"]]);
    expectHeadingKept(el);
    await userEvent.keyboard(" of the Secretary-General");
    expect(clauses(el)).toEqual([["1", "Welcomes the report of the Secretary-General"]]);
  });

  it("pasting several lines replaces the clauses with the pasted ones", async () => {
    const el = await mount(paper);
    await selectAll(el);
    paste(el, { "text/plain": "Noting the report,\n1. Urges States to act;\n2. Decides to remain seized of the matter." });
    await nextFrame();
    expect(clauses(el)).toEqual([["p1", "Noting the report"], ["1", "Urges States to act"], ["2", "Decides to remain seized of the matter"]]);
    expectHeadingKept(el);
  });
});

describe("pasting one copied clause", () => {
  it("drops a pasted clause's number and end punctuation in plain text", async () => {
    const el = await mount({ preamble: [], operative: ["Calls upon States to act", ""] });
    placeCursor(el, "2", 0);
    paste(el, { "text/plain": "2. Requests the Secretary-General to report;" });
    expect(clauses(el)).toEqual([["1", "Calls upon States to act"], ["2", "Requests the Secretary-General to report"]]);
    expect(el.text).toContain("2. Requests the Secretary-General to report.");
    expect(el.text).not.toContain(";.");
  });

  it("drops a sub-clause label too", async () => {
    const el = await mount({ preamble: [], operative: ["Calls upon States to act", ""] });
    placeCursor(el, "2", 0);
    paste(el, { "text/plain": "(a) to report annually," });
    expect(clauses(el)[1]).toEqual(["2", "to report annually"]);
  });

  it("reads a single Word list paragraph the same way, without its tab", async () => {
    const el = await mount({ preamble: [], operative: ["Calls upon States to act", ""] });
    placeCursor(el, "2", 0);
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-GB><!--StartFragment--><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><i>Requests</i> the Secretary-General to report;<o:p></o:p></p><!--EndFragment--></body></html>`;
    paste(el, { "text/html": word, "text/plain": "2.\tRequests the Secretary-General to report;" });
    expect(clauses(el)[1]).toEqual(["2", "Requests the Secretary-General to report"]);
    expect(el.text).not.toMatch(/\t|;\./);
  });

  it("keeps a piece of text pasted inside a clause as it is", async () => {
    const el = await mount({ preamble: [], operative: ["Calls upon States to act"] });
    placeCursor(el, "1", "Calls upon States".length);
    paste(el, { "text/plain": " and regional bodies;" });
    expect(clauses(el)[0]).toEqual(["1", "Calls upon States and regional bodies; to act"]);
  });
});
