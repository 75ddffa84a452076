import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { clauseModel, createDocument, DocumentError, isOperativeBlock, parseDocumentJSON } from "@clausewise/schema";
import { ResolutionEditor as ResolutionEditorClass, type ResolutionEditor, type DiagnosticsChangeDetail } from "../index.ts";
import { mount, view, placeCursor, clauses, cleanup, nextFrame } from "./test-helpers.ts";

afterEach(cleanup);

const clean = {
  heading: { committee: "hrc", topic: "Migrant workers" },
  preamble: ["Recalling its resolution 5/1 of 18 June 2007"],
  operative: ["Calls upon States to protect migrant workers", "Decides to remain seized of the matter"],
};
const overreaching = {
  ...clean,
  operative: ["Demands that all States immediately cease hostilities", "Decides to remain seized of the matter"],
};

function paste(el: ResolutionEditor, data: Record<string, string>): void {
  const dt = new DataTransfer();
  for (const [type, value] of Object.entries(data)) dt.setData(type, value);
  view(el).dom.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
}

describe("events cross the shadow root", () => {
  it("fires resolution-change (bubbling, composed) on each edit, not on programmatic loads", async () => {
    const seen: CustomEvent[] = [];
    document.addEventListener("resolution-change", (e) => seen.push(e as CustomEvent));
    const el = await mount(clean);
    expect(seen).toHaveLength(0);
    placeCursor(el, "1", "end");
    await userEvent.keyboard("!");
    expect(seen.length).toBe(1);
    expect(seen[0]!.target).toBe(el);
    expect(seen[0]!.bubbles && seen[0]!.composed).toBe(true);
    expect(seen[0]!.detail.version).toBeGreaterThan(0);
  });

  it("fires diagnostics-change with the findings and their counts", async () => {
    const seen: DiagnosticsChangeDetail[] = [];
    document.addEventListener("diagnostics-change", (e) => seen.push((e as CustomEvent<DiagnosticsChangeDetail>).detail));
    const el = await mount(clean);
    el.value = createDocument(overreaching).toJSON();
    const found = el.lintNow();
    expect(found.some((d) => d.ruleId === "mandate/binding-language")).toBe(true);
    const last = seen[seen.length - 1]!;
    expect(last.diagnostics.map((d) => d.ruleId)).toEqual(found.map((d) => d.ruleId));
    expect(last.counts.total).toBe(found.length);
    expect(last.counts.bySeverity.error).toBeGreaterThan(0);
    expect(el.diagnostics).toEqual(found);
  });
});

describe("diagnostics before the element is connected", () => {
  it("a value set on a detached element reports the findings its lint plugin found, the same as once connected", async () => {
    const el = document.createElement("resolution-editor") as ResolutionEditor;
    el.value = createDocument(overreaching).toJSON();
    const detached = el.diagnostics;
    expect(detached.some((d) => d.ruleId === "mandate/binding-language")).toBe(true);
    document.body.append(el);
    await el.updateComplete;
    expect(el.diagnostics).toEqual(detached);
    el.remove();
  });
});

describe("findings in the element", () => {
  it("F8 selects the next finding and opens its card; a fix is one transaction that Ctrl-Z reverts", async () => {
    const el = await mount(overreaching);
    el.lintNow();
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("{F8}");
    const card = el.shadowRoot!.querySelector("cw-finding-card") as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    expect(card).not.toBeNull();
    await card!.updateComplete;
    const fixes = [...card!.shadowRoot!.querySelectorAll<HTMLButtonElement>("button.fix")];
    expect(fixes.length).toBeGreaterThan(0);
    const before = el.text;
    fixes[0]!.click();
    expect(el.text).not.toBe(before);
    view(el).focus();
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(el.text).toBe(before);
  });
});

describe("value, text and validation", () => {
  it("rejects an invalid document with a clear error and keeps the current one", async () => {
    const el = await mount(clean);
    const before = JSON.stringify(el.value);
    expect(() => (el.value = { type: "doc", content: [] })).toThrow(DocumentError);
    expect(() => (el.value = "{not json")).toThrow(/not valid JSON/);
    const bad = createDocument(clean).toJSON() as { content: { content?: { attrs?: unknown }[] }[] };
    bad.content[2]!.content![0]!.attrs = { id: 42 };
    expect(() => (el.value = bad)).toThrow(/content\[2\]\.content\[0\]\.attrs\.id/);
    expect(() => (el.value = createDocument({ ...clean, heading: { committee: "no-such-body" } }).toJSON())).toThrow(/attrs\.committee: unknown committee "no-such-body"/);
    expect(JSON.stringify(el.value)).toBe(before);
    el.value = createDocument({ ...clean, heading: { committee: "Security Council" } }).toJSON();
    expect(el.committee).toBe("sc");
  });

  it("gets and sets the canonical text", async () => {
    const el = await mount(clean);
    expect(el.text).toContain("The Human Rights Council,");
    expect(el.text).toContain("1. Calls upon States to protect migrant workers;");
    el.text = "The Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. Urges States to act;\n2. Requests a report.";
    expect(clauses(el)).toEqual([
      ["p1", "Recalling its resolution 5/1"],
      ["1", "Urges States to act"],
      ["2", "Requests a report"],
    ]);
  });

  it("changing the committee in the heading updates the organ line, the attribute and the findings", async () => {
    const el = await mount({ ...clean, operative: ["Decides to establish a peacekeeping force"] });
    expect(el.lintNow().some((d) => d.ruleId === "mandate/operational-intervention")).toBe(true);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="heading"] select')!;
    select.value = "sc";
    select.dispatchEvent(new Event("change"));
    await el.updateComplete;
    expect(el.getAttribute("committee")).toBe("sc");
    expect(el.shadowRoot!.querySelector('[part="organ-line"]')!.textContent).toBe("The Security Council,");
    expect(el.lintNow().some((d) => d.ruleId === "mandate/operational-intervention")).toBe(false);
    // The heading edit is a transaction: undo brings the HRC back.
    placeCursor(el, "1", 0);
    await userEvent.keyboard("{Control>}z{/Control}");
    await el.updateComplete;
    expect(el.committee).toBe("hrc");
  });

  it("edits heading fields as undoable transactions; sponsors accept comma or semicolon lists", async () => {
    const el = await mount(clean);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>("#sponsors")!;
    input.value = "Mexico; Philippines, Chile";
    input.dispatchEvent(new Event("change"));
    expect((el.value as { content: { attrs: { sponsors: string[] } }[] }).content[0]!.attrs.sponsors).toEqual(["Mexico", "Philippines", "Chile"]);
  });

  it("commits a heading field as it is typed, without reshaping the text under the caret", async () => {
    const el = await mount(clean);
    const headingOf = () => (el.value as { content: { attrs: { topic: string; sponsors: string[] } }[] }).content[0]!.attrs;
    let changes = 0;
    el.addEventListener("resolution-change", () => changes++);
    const sponsors = el.shadowRoot!.querySelector<HTMLInputElement>("#sponsors")!;
    sponsors.focus();
    await userEvent.keyboard("France, ");
    await el.updateComplete;
    // A host saving on resolution-change has the names already, before the field is left...
    expect(headingOf().sponsors).toEqual(["France"]);
    expect(changes).toBeGreaterThan(0);
    // ...and the field still shows what was typed, so the next name follows the comma.
    expect(sponsors.value).toBe("France, ");
    await userEvent.keyboard("Chile");
    await el.updateComplete;
    expect(sponsors.value).toBe("France, Chile");
    expect(headingOf().sponsors).toEqual(["France", "Chile"]);
    // Leaving the field shows the list as committed.
    const topic = el.shadowRoot!.querySelector<HTMLInputElement>("#topic")!;
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(topic);
    expect(sponsors.value).toBe("France, Chile"); // as committed, read back
    await userEvent.keyboard("{Control>}a{/Control}Migrants at sea  ");
    await el.updateComplete;
    expect(headingOf().topic).toBe("Migrants at sea");
    expect(topic.value).toBe("Migrants at sea  ");
    topic.blur();
    await el.updateComplete;
    expect(topic.value).toBe("Migrants at sea");
    // The typing is undoable in the paper's history, like any other edit.
    placeCursor(el, "1", 0);
    await userEvent.keyboard("{Control>}z{/Control}");
    await el.updateComplete;
    expect(headingOf().topic).toBe("Migrant workers");
  });

  it("undoes heading fields filled in quick succession one field at a time", async () => {
    const el = await mount(clean);
    const headingOf = () => (el.value as { content: { attrs: { code: string; topic: string } }[] }).content[0]!.attrs;
    el.shadowRoot!.querySelector<HTMLInputElement>("#code")!.focus();
    await userEvent.keyboard("{Control>}a{/Control}A/HRC/61/L.3");
    el.shadowRoot!.querySelector<HTMLInputElement>("#topic")!.focus();
    await userEvent.keyboard("{Control>}a{/Control}Older persons");
    expect([headingOf().code, headingOf().topic]).toEqual(["A/HRC/61/L.3", "Older persons"]);
    placeCursor(el, "1", 0);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect([headingOf().code, headingOf().topic]).toEqual(["A/HRC/61/L.3", "Migrant workers"]);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(headingOf().topic).toBe("Migrant workers");
    expect(headingOf().code).not.toBe("A/HRC/61/L.3");
  });

  it("drops a half-typed heading field's text when a new document is loaded", async () => {
    const el = await mount(clean);
    const topic = el.shadowRoot!.querySelector<HTMLInputElement>("#topic")!;
    topic.focus();
    await userEvent.keyboard(" and their families");
    el.value = createDocument({ heading: { committee: "hrc", topic: "Freedom of assembly" }, operative: ["Decides to remain seized"] }).toJSON();
    await el.updateComplete;
    expect(topic.value).toBe("Freedom of assembly");
  });

  it("ignores an unknown committee attribute with a clear console error", async () => {
    const el = await mount(clean);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(" "));
    try {
      el.setAttribute("committee", "no-such-body");
      await el.updateComplete;
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toMatch(/unknown committee "no-such-body"/);
    expect(el.committee).toBe("hrc");
  });
});

describe("paste", () => {
  it("parses Word HTML into clauses and sub-clauses, never inserting its DOM", async () => {
    const el = await mount({ preamble: [], operative: [""] });
    placeCursor(el, "1", 0);
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body lang=EN-GB>
<!--StartFragment--><p class=MsoNormal><i>Recalling</i> its resolution 5/1,<o:p></o:p></p>
<p class=MsoNormal><i>Noting</i> the report of the Special Rapporteur,<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><i>Calls upon</i> States:<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:1.0in;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>(a)<span>&nbsp;&nbsp; </span></span><![endif]>to protect migrants;<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:1.0in;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>(b)<span>&nbsp;&nbsp; </span></span><![endif]>to report<img src="x" onerror="window.__pwned=1">;<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><![endif]><i>Decides</i> to remain seized of the matter.<o:p></o:p></p>
<script>window.__pwned = 1</script><!--EndFragment--></body></html>`;
    paste(el, { "text/html": word, "text/plain": "ignored when HTML is present" });
    await nextFrame();
    expect(clauses(el)).toEqual([
      ["p1", "Recalling its resolution 5/1"],
      ["p2", "Noting the report of the Special Rapporteur"],
      ["1", "Calls upon States"],
      ["1(a)", "to protect migrants"],
      ["1(b)", "to report"],
      ["2", "Decides to remain seized of the matter"],
    ]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(el.shadowRoot!.querySelector("img, o\\:p, .MsoNormal")).toBeNull();
  });

  it("parses multi-line plain text into clauses after the clause at the cursor", async () => {
    const el = await mount(clean);
    placeCursor(el, "1", "end");
    paste(el, { "text/plain": "1. Urges States to act;\n2. Requests the Secretary-General:\n(a) to report;\n(b) to consult." });
    expect(clauses(el).map((c) => c[0])).toEqual(["p1", "1", "2", "3", "3(a)", "3(b)", "4"]);
    expect(clauses(el)[2]).toEqual(["2", "Urges States to act"]);
  });

  it("keeps a single pasted line inside a clause as plain text", async () => {
    const el = await mount(clean);
    placeCursor(el, "1", "Calls upon States".length);
    paste(el, { "text/plain": " and regional organizations", "text/html": "<b> and regional organizations</b>" });
    expect(clauses(el)[1]).toEqual(["1", "Calls upon States and regional organizations to protect migrant workers"]);
  });
});

describe("autocomplete", () => {
  it("offers opening phrases in an ARIA listbox, driven by the keyboard", async () => {
    const el = await mount({ preamble: [""], operative: ["Calls upon States"] });
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("Reaf");
    await el.updateComplete;
    const box = view(el).dom;
    const list = el.shadowRoot!.querySelector('[role="listbox"]')!;
    const options = [...list.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.startsWith("Reaf"))).toBe(true);
    expect(box.getAttribute("aria-expanded")).toBe("true");
    expect(box.getAttribute("aria-controls")).toBe(list.id);
    expect(el.shadowRoot!.getElementById(box.getAttribute("aria-activedescendant")!)!.textContent!.trim()).toBe(options[0]);
    await userEvent.keyboard("{Enter}");
    expect(clauses(el)[0]).toEqual(["p1", `${options[0]} `]);
    await el.updateComplete;
    expect(box.getAttribute("aria-expanded")).toBe("false");
  });

  it("completes \"Furth\" to \"Further\", then the operative phrase after it", async () => {
    const el = await mount({ preamble: ["Recalling its resolution 5/1"], operative: [""] });
    placeCursor(el, "1", 0);
    await userEvent.keyboard("Furth");
    await el.updateComplete;
    const options = () => [...el.shadowRoot!.querySelectorAll('[role="listbox"] [role="option"]')].map((o) => o.textContent!.trim());
    expect(options()).toEqual(["Further"]);
    await userEvent.keyboard("{Tab}requ");
    await el.updateComplete;
    expect(options()).toEqual(["Further requests", "Further requires"]);
    await userEvent.keyboard("{Enter}the Office to report");
    expect(clauses(el)[1]).toEqual(["1", "Further requests the Office to report"]);
    expect([...el.shadowRoot!.querySelectorAll(".cw-opening")].map((e) => e.textContent)).toContain("Further requests");
  });

  it("Escape closes the list and Enter then makes a new clause", async () => {
    const el = await mount({ preamble: [""], operative: ["Calls upon States"] });
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("Rec");
    await userEvent.keyboard("{Escape}");
    await el.updateComplete;
    expect(view(el).dom.getAttribute("aria-expanded")).toBe("false");
    await userEvent.keyboard("{Enter}");
    expect(clauses(el).slice(0, 2)).toEqual([["p1", "Rec"], ["p2", ""]]);
  });
});

describe("forms", () => {
  it("submits the canonical text under its name and is invalid while error findings remain", async () => {
    const form = document.createElement("form");
    document.body.append(form);
    const el = await mount(overreaching, { name: "paper", required: "" }, form);
    el.lintNow();
    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toMatch(/error finding/);
    let submitted: FormData | null = null;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      submitted = new FormData(form);
    });
    form.requestSubmit();
    expect(submitted).toBeNull();

    el.value = createDocument(clean).toJSON();
    el.lintNow();
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submitted).not.toBeNull();
    expect(submitted!.get("paper")).toBe(el.text);
  });

  it("brings the form value up to date when the editor loses focus, and reset restores the loaded paper", async () => {
    const form = document.createElement("form");
    const other = document.createElement("input");
    form.append(other);
    document.body.append(form);
    const el = await mount(clean, { name: "paper" }, form);
    placeCursor(el, "2", "end");
    await userEvent.keyboard(" until further notice");
    other.focus();
    expect(String(new FormData(form).get("paper"))).toContain("remain seized of the matter until further notice.");
    form.reset();
    expect(clauses(el)[2]).toEqual(["2", "Decides to remain seized of the matter"]);
  });
});

describe("the form value of a paper being typed", () => {
  it("is current in the form's entries even before the editor loses focus or typing pauses", async () => {
    const form = document.createElement("form");
    document.body.append(form);
    const el = await mount(clean, { name: "paper" }, form);
    placeCursor(el, "2", "end");
    await userEvent.keyboard(" until further notice");
    // No blur, and sooner than the form value's 250 ms delay: the form still gets the current text.
    expect(String(new FormData(form).get("paper"))).toContain("remain seized of the matter until further notice.");
  });

  it("in a compilation is not serialised when typing pauses, and is current when the form is submitted", async () => {
    // Serialising 1,100 clauses is what a pause in typing no longer pays (scheduleFormValue).
    const operative = Array.from({ length: 1100 }, (_, i) => `Calls upon States to act on matter ${i + 1}`);
    const form = document.createElement("form");
    document.body.append(form);
    const el = await mount({ heading: { committee: "hrc" }, preamble: ["Recalling its resolutions"], operative }, { name: "paper" }, form);
    placeCursor(el, "1100", "end");
    await userEvent.keyboard(" promptly");
    await new Promise((r) => setTimeout(r, 400));
    let submitted: FormData | null = null;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      submitted = new FormData(form);
    });
    form.requestSubmit();
    expect(String(submitted!.get("paper"))).toContain("Calls upon States to act on matter 1100 promptly.");
    expect(submitted!.get("paper")).toBe(el.text);
    // Another control of the same name keeps its entry.
    const other = document.createElement("input");
    other.name = "paper";
    other.value = "a second entry";
    form.append(other);
    placeCursor(el, "1", "end");
    await userEvent.keyboard(" now");
    expect(new FormData(form).getAll("paper")).toEqual([el.text, "a second entry"]);
  });
});

describe("a long paper (held in blocks inside the editor)", () => {
  it("reports findings and comments in positions of the paper as `value` gives it", async () => {
    const operative = Array.from({ length: 150 }, (_, i) => (i % 20 === 19 ? `Demands that all States comply ${i + 1}` : `Calls upon States to act ${i + 1}`));
    const el = await mount({ heading: { committee: "hrc" }, preamble: ["Recalling its resolutions"], operative });
    const inside = view(el).state.doc;
    expect(isOperativeBlock(inside.child(2).child(0))).toBe(true);
    const paper = parseDocumentJSON(el.value);
    const found = el.lintNow();
    expect(found.filter((d) => d.ruleId === "mandate/binding-language").length).toBeGreaterThanOrEqual(7);
    // Every finding's range holds the text its offsets name, in the flat paper.
    for (const d of found) {
      const clause = clauseModel(paper).clauses.find((c) => c.id === d.clause.id)!;
      const text = d.part === "text" ? clause.text : clause.continuation!.text;
      expect(paper.textBetween(d.from, d.to), d.message).toBe(text.slice(d.offsets.start, d.offsets.end));
    }
    const demands = found.filter((d) => d.ruleId === "mandate/binding-language");
    for (const d of demands) expect(paper.textBetween(d.from, d.to)).toMatch(/^Demands/);
    expect(el.diagnostics.map((d) => [d.from, d.to])).toEqual(found.map((d) => [d.from, d.to]));
    const last = demands.at(-1)!;
    el.addComment({ body: "Too strong", clauseId: last.clause.id });
    const [comment] = el.comments;
    expect(paper.textBetween(comment!.from, comment!.to)).toBe(`Demands that all States comply 140`);
  });
});

describe("modes and several editors", () => {
  it("readonly: nothing can be typed, toolbar and heading are disabled", async () => {
    const el = await mount(clean, { readonly: "" });
    const box = view(el).dom;
    expect(box.getAttribute("contenteditable")).toBe("false");
    expect(box.getAttribute("aria-readonly")).toBe("true");
    placeCursor(el, "1", 0);
    await userEvent.keyboard("xyz{Enter}");
    expect(clauses(el)[1]).toEqual(["1", "Calls upon States to protect migrant workers"]);
    expect([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].every((b) => b.disabled)).toBe(true);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>("#topic")!.disabled).toBe(true);
    // The read-only paper is one tab stop among others: Tab moves on (it stays in an editable paper).
    box.focus();
    await userEvent.keyboard("{Tab}");
    expect(el.shadowRoot!.activeElement).not.toBe(box);
    el.readonly = false;
    await el.updateComplete;
    expect(box.getAttribute("contenteditable")).toBe("true");
  });

  it("review mode: read-only text with findings, and comments can be added on the selection or a clause", async () => {
    const el = await mount(overreaching, { mode: "review" });
    expect(view(el).dom.getAttribute("contenteditable")).toBe("false");
    expect(el.shadowRoot!.querySelector('[part="toolbar"]')).toBeNull();
    expect(el.lintNow().length).toBeGreaterThan(0);
    // The findings panel lists them (it follows the view across document loads).
    el.value = createDocument(overreaching).toJSON();
    el.lintNow();
    const panel = el.shadowRoot!.querySelector("cw-findings-panel")!;
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(panel.shadowRoot!.textContent).toMatch(/binding language/i);
    const clauseId = (el.value as { content: { content: { attrs: { id: string } }[] }[] }).content[2]!.content[0]!.attrs.id;
    const id = el.addComment({ body: "Binding language: consider 'Calls upon'.", author: "Director", clauseId });
    expect(el.comments).toMatchObject([{ id, author: "Director", clauseId, clausePath: "1", text: "Demands that all States immediately cease hostilities" }]);
    expect(el.shadowRoot!.querySelector(`mark[data-comment-id="${id}"]`)).not.toBeNull();
    expect(() => el.addComment({ body: "" })).toThrow(/non-empty body/);
    expect(el.removeComment(id)).toBe(true);
    expect(el.comments).toEqual([]);
  });

  it("lint=off shows no findings and reports none", async () => {
    const el = await mount(overreaching, { lint: "off" });
    expect(el.lintNow()).toEqual([]);
    expect(el.diagnostics).toEqual([]);
    expect(el.shadowRoot!.querySelector(".cw-diag")).toBeNull();
    el.lint = "on";
    await el.updateComplete;
    expect(el.lintNow().length).toBeGreaterThan(0);
  });

  it("two editors with different committees on one page work independently", async () => {
    const a = await mount({ ...clean, heading: { committee: "hrc" } });
    const b = await mount({ ...clean, heading: { committee: "sc" } });
    const targets: EventTarget[] = [];
    document.addEventListener("resolution-change", (e) => targets.push(e.target!));
    expect(a.shadowRoot!.querySelector('[part="organ-line"]')!.textContent).toBe("The Human Rights Council,");
    expect(b.shadowRoot!.querySelector('[part="organ-line"]')!.textContent).toBe("The Security Council,");
    placeCursor(b, "1", 0);
    await userEvent.keyboard("Also ");
    expect(clauses(b)[1]![1]).toMatch(/^Also Calls/);
    expect(clauses(a)[1]![1]).toMatch(/^Calls/);
    expect(targets).toEqual([b, b, b, b, b]);
    // The same text is binding language for the HRC but not for the Security Council.
    a.value = createDocument({ ...overreaching, heading: { committee: "hrc" } }).toJSON();
    b.value = createDocument({ ...overreaching, heading: { committee: "sc" } }).toJSON();
    expect(a.lintNow().some((d) => d.ruleId === "mandate/binding-language")).toBe(true);
    expect(b.lintNow().some((d) => d.ruleId === "mandate/binding-language")).toBe(false);
  });

  it("takes over a value set before the element was defined (upgrade)", async () => {
    const early = document.createElement("late-paper") as ResolutionEditor;
    early.value = createDocument(clean).toJSON();
    document.body.append(early);
    customElements.define("late-paper", class extends ResolutionEditorClass {});
    await early.updateComplete;
    expect(clauses(early)[1]).toEqual(["1", "Calls upon States to protect migrant workers"]);
  });

  it("survives being moved in the page (the view is rebuilt on reconnection)", async () => {
    const el = await mount(clean);
    placeCursor(el, "1", "end");
    await userEvent.keyboard("!");
    const holder = document.createElement("div");
    document.body.append(holder);
    holder.append(el);
    await el.updateComplete;
    expect(clauses(el)[1]![1]).toMatch(/workers!$/);
    placeCursor(el, "1", "end");
    await userEvent.keyboard("?");
    expect(clauses(el)[1]![1]).toMatch(/workers!\?$/);
  });
});
