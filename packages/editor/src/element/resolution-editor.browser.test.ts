import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { clauseModel } from "@clausewise/schema";
import { mount, view, placeCursor, clauses, cleanup, nextFrame } from "./test-helpers.ts";

afterEach(cleanup);

const paper = {
  heading: { code: "HRC/60/L.1", committee: "hrc", topic: "Migrant workers" },
  preamble: ["Recalling its resolution 5/1", "Noting the report of the Special Rapporteur"],
  operative: ["Calls upon States to protect migrants", { text: "Requests the Office", sub: ["to prepare a report", "to consult States"] }, "Decides to remain seized of the matter"],
};

describe("<resolution-editor> editing", () => {
  it("renders a labelled multi-line textbox in its shadow root", async () => {
    const el = await mount(paper);
    const box = el.shadowRoot!.querySelector(".ProseMirror")!;
    expect(box.getAttribute("role")).toBe("textbox");
    expect(box.getAttribute("aria-multiline")).toBe("true");
    expect(box.getAttribute("aria-label")).toBeTruthy();
    expect(box.getAttribute("contenteditable")).toBe("true");
  });

  it("types text into a clause", async () => {
    const el = await mount(paper);
    placeCursor(el, "1", "end");
    await userEvent.keyboard(" and their families");
    expect(clauses(el)[2]).toEqual(["1", "Calls upon States to protect migrants and their families"]);
  });

  it("Enter starts a new clause of the same kind, Tab demotes and Shift-Tab promotes", async () => {
    const el = await mount(paper);
    placeCursor(el, "3", "end");
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("Also decides");
    expect(clauses(el).slice(-2)).toEqual([["3", "Decides to remain seized of the matter"], ["4", "Also decides"]]);
    await userEvent.keyboard("{Tab}");
    expect(clauses(el).slice(-2)).toEqual([["3", "Decides to remain seized of the matter"], ["3(a)", "Also decides"]]);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(clauses(el).slice(-1)).toEqual([["4", "Also decides"]]);
  });

  it("reads a label typed at the start of a clause: a number is dropped, a letter makes a sub-clause", async () => {
    const el = await mount(paper);
    placeCursor(el, "3", "end");
    await userEvent.keyboard("{Enter}4. Also decides to act{Enter}(a) through its working group");
    expect(clauses(el).slice(-2)).toEqual([["4", "Also decides to act"], ["4(a)", "through its working group"]]);
  });

  it("reads a label in a sub-clause as its level, and undo brings back the label as typed", async () => {
    const el = await mount(paper);
    placeCursor(el, "2(b)", "end");
    await userEvent.keyboard("{Enter}{Tab}in writing{Enter}(c) to publish it{Enter}3. Decides to act");
    expect(clauses(el).slice(-5)).toEqual([
      ["2(b)", "to consult States"],
      ["2(b)(i)", "in writing"],
      ["2(c)", "to publish it"],
      ["3", "Decides to act"],
      ["4", "Decides to remain seized of the matter"],
    ]);
    // A lift of two levels is one undo step: "3. " typed in (b)(i) makes clause 3, and one Ctrl-Z
    // puts it back, a second brings back the label.
    placeCursor(el, "2(b)(i)", "end");
    await userEvent.keyboard("{Enter}3. ");
    expect(clauses(el).find(([, text]) => text === "")![0]).toBe("3");
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el).find(([, text]) => text === "")![0]).toBe("2(b)(ii)");
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el).find(([, text]) => text === "3. ")![0]).toBe("2(b)(ii)");
    await userEvent.keyboard("{Control>}z{/Control}{Control>}z{/Control}");
    // A letter meant as text: undo the indent, then the reading, and "(a) " is back as typed.
    placeCursor(el, "4", "end");
    await userEvent.keyboard("{Enter}(a) ");
    expect(clauses(el).at(-1)).toEqual(["4(a)", ""]);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el).at(-1)).toEqual(["5", ""]);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el).at(-1)).toEqual(["5", "(a) "]);
    await userEvent.keyboard("lists");
    expect(clauses(el).at(-1)).toEqual(["5", "(a) lists"]);
  });

  it("Tab where nothing can be indented keeps the focus (and the typing) in the paper; Escape then Tab leaves", async () => {
    const el = await mount(paper);
    const box = view(el).dom;
    expect(box.getAttribute("aria-description")).toMatch(/Escape, then Tab/);
    placeCursor(el, "p2", "end");
    await userEvent.keyboard("{Tab} xyz");
    expect(clauses(el)[1]).toEqual(["p2", "Noting the report of the Special Rapporteur xyz"]);
    placeCursor(el, "1", "end");
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}!");
    expect(clauses(el)[2]).toEqual(["1", "Calls upon States to protect migrants!"]);
    expect(el.shadowRoot!.activeElement).toBe(box);
    // The way out, even where Tab would indent (clause 3 could become 2(c)).
    placeCursor(el, "3", "end");
    await userEvent.keyboard("{Escape}{Tab}");
    expect(el.shadowRoot!.activeElement).not.toBe(box);
    expect(clauses(el).at(-1)).toEqual(["3", "Decides to remain seized of the matter"]);
    // An Escape that closed the suggestions does not arm leaving: Tab then stays in the paper.
    placeCursor(el, "3", "end");
    await userEvent.keyboard("{Enter}Req");
    expect(el.shadowRoot!.querySelector('[part="suggestions"]')).not.toBeNull();
    await userEvent.keyboard("{Escape}{Tab}uests");
    expect(el.shadowRoot!.activeElement).toBe(box);
    expect(clauses(el).at(-1)![1]).toBe("Requests");
    // Nor does one that closed a finding card (F8 opens the first finding's card).
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("{F8}");
    expect(el.shadowRoot!.querySelector("cw-finding-card")?.hidden).toBe(false);
    await userEvent.keyboard("{Escape}{Tab}");
    expect(el.shadowRoot!.activeElement).toBe(box);
    // Escape then Shift-Tab leaves backwards.
    placeCursor(el, "3", "end");
    await userEvent.keyboard("{Escape}{Shift>}{Tab}{/Shift}");
    expect(el.shadowRoot!.activeElement).not.toBe(box);
  });

  it("Enter on an empty last preambular clause moves to a new first operative clause", async () => {
    const el = await mount(paper);
    placeCursor(el, "p2", "end");
    await userEvent.keyboard("{Enter}{Enter}Urges");
    const model = clauseModel(view(el).state.doc);
    expect(model.clauses.filter((c) => c.section === "preamble")).toHaveLength(2);
    expect(model.clauses.find((c) => c.path === "1")!.text).toBe("Urges");
  });

  it("Alt-Up and Alt-Down move a clause with its sub-clauses", async () => {
    const el = await mount(paper);
    placeCursor(el, "2", 3);
    await userEvent.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(clauses(el).slice(2, 6).map((c) => c[0] + " " + c[1])).toEqual([
      "1 Requests the Office",
      "1(a) to prepare a report",
      "1(b) to consult States",
      "2 Calls upon States to protect migrants",
    ]);
    await userEvent.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(clauses(el)[2]).toEqual(["1", "Calls upon States to protect migrants"]);
  });

  it("Backspace at the start of a clause joins it to the previous one; undo restores it", async () => {
    const el = await mount(paper);
    placeCursor(el, "p2", 0);
    await userEvent.keyboard("{Backspace}");
    expect(clauses(el)[0]).toEqual(["p1", "Recalling its resolution 5/1Noting the report of the Special Rapporteur"]);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el)[1]).toEqual(["p2", "Noting the report of the Special Rapporteur"]);
    await userEvent.keyboard("{Control>}y{/Control}");
    expect(clauses(el)).toHaveLength(6);
  });

  it("Shift- and Ctrl-Backspace at a clause's start join as Backspace does, and never select the clause above", async () => {
    for (const keys of ["{Shift>}{Backspace}{/Shift}", "{Control>}{Backspace}{/Control}"]) {
      const el = await mount(paper);
      placeCursor(el, "2", 0);
      await userEvent.keyboard(keys);
      // Left to ProseMirror's base keymap, the clause above was selected and the next letter replaced it.
      await userEvent.keyboard("X");
      expect(clauses(el).slice(2)).toEqual([
        ["1", "Calls upon States to protect migrantsXRequests the Office"],
        ["1(a)", "to prepare a report"],
        ["1(b)", "to consult States"],
        ["2", "Decides to remain seized of the matter"],
      ]);
      cleanup();
    }
  });

  it("Backspace at the start of the first operative clause takes its number away: it becomes preambular", async () => {
    const el = await mount(paper);
    placeCursor(el, "1", 0);
    await userEvent.keyboard("{Backspace}");
    expect(clauses(el).slice(0, 4)).toEqual([
      ["p1", "Recalling its resolution 5/1"],
      ["p2", "Noting the report of the Special Rapporteur"],
      ["p3", "Calls upon States to protect migrants"],
      ["1", "Requests the Office"],
    ]);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el)[2]).toEqual(["1", "Calls upon States to protect migrants"]);
  });

  it("ArrowUp and ArrowDown leave an empty clause (its placeholder and finding marker in the way)", async () => {
    const el = await mount(paper);
    const where = () => {
      const head = view(el).state.selection.head;
      const c = clauseModel(view(el).state.doc).clauses.find((x) => head >= x.textFrom && head <= x.textTo)!;
      return `${c.path}@${head - c.textFrom}`;
    };
    placeCursor(el, "3", "end");
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    await nextFrame();
    expect(where()).toBe("4@0");
    expect(view(el).dom.querySelector(".cw-empty .cw-diag-point")).not.toBeNull(); // the "empty clause" marker
    await userEvent.keyboard("{ArrowUp}");
    // The start of the last line of clause 3 (the empty clause's caret is at its line's start).
    const v = view(el);
    const head = v.state.selection.head;
    const three = clauseModel(v.state.doc).clauses.find((c) => c.path === "3")!;
    expect(where()).toMatch(/^3@\d+$/);
    expect(v.coordsAtPos(head).top).toBe(v.coordsAtPos(three.textTo).top);
    expect(v.coordsAtPos(head - 1).top === v.coordsAtPos(head).top && head > three.textFrom).toBe(false);
    // Down again, then from an empty clause in the middle of the paper down to the next clause.
    await userEvent.keyboard("{ArrowDown}");
    expect(where()).toBe("4@0");
    placeCursor(el, "1", "end");
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    await nextFrame();
    expect(where()).toBe("2@0");
    await userEvent.keyboard("{ArrowDown}");
    expect(where()).toBe("3@0");
    expect(clauses(el)[3]).toEqual(["2", ""]);
  });

  it("the toolbar runs the same commands, with labelled buttons and shortcuts in titles", async () => {
    const el = await mount(paper);
    placeCursor(el, "3", 0);
    await el.updateComplete;
    const demote = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button[data-action="demote"]')!;
    expect(demote.getAttribute("aria-label")).toMatch(/Indent/);
    expect(demote.title).toMatch(/Tab/);
    demote.click();
    expect(clauses(el).slice(-1)).toEqual([["2(c)", "Decides to remain seized of the matter"]]);
    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="undo"]')!;
    await el.updateComplete;
    expect(undo.disabled).toBe(false);
    undo.click();
    expect(clauses(el).slice(-1)).toEqual([["3", "Decides to remain seized of the matter"]]);
  });

  it("the toolbar follows the cursor: typing keeps its states, moving to another clause updates them", async () => {
    const el = await mount(paper);
    const button = (id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="toolbar"] button[data-action="${id}"]`)!;
    // The first preambular clause: nothing above it, and preambular clauses have no sub-clauses.
    placeCursor(el, "p1", "end");
    await el.updateComplete;
    expect([button("move-up").disabled, button("demote").disabled, button("undo").disabled]).toEqual([true, true, true]);
    await userEvent.keyboard(" now");
    await el.updateComplete;
    // Typing left the clause tree as it was (the structural states are reused) but made undo possible.
    expect([button("move-up").disabled, button("demote").disabled, button("undo").disabled]).toEqual([true, true, false]);
    placeCursor(el, "2(b)", 0);
    await el.updateComplete;
    expect([button("move-up").disabled, button("promote").disabled]).toEqual([false, false]);
    await userEvent.keyboard("x");
    await el.updateComplete;
    expect([button("move-up").disabled, button("promote").disabled, button("move-down").disabled]).toEqual([false, false, true]);
  });

  it("the toolbar is one tab stop; arrow keys move between its enabled buttons", async () => {
    const el = await mount(paper);
    placeCursor(el, "3", 0);
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const first = buttons.find((b) => b.tabIndex === 0)!;
    first.focus();
    await userEvent.keyboard("{ArrowRight}");
    const enabled = buttons.filter((b) => !b.disabled);
    expect(el.shadowRoot!.activeElement).toBe(enabled[enabled.indexOf(first) + 1]);
    await userEvent.keyboard("{End}");
    expect(el.shadowRoot!.activeElement).toBe(enabled[enabled.length - 1]);
  });

  it("shows the opening phrase in italics as a decoration that follows typing", async () => {
    const el = await mount(paper);
    const italic = () => [...el.shadowRoot!.querySelectorAll(".cw-opening")].map((e) => e.textContent);
    expect(italic()).toContain("Recalling");
    expect(italic()).toContain("Calls upon");
    placeCursor(el, "p2", 0);
    await userEvent.keyboard("Further ");
    expect(italic()).toContain("Further Noting");
  });
});
