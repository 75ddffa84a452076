/**
 * The lint UI in real Chromium, on a bare EditorView with the plugin (no element): underlines,
 * the finding card and fixes with undo, F8 / Shift-F8, the findings panel's keyboard navigation
 * and click-to-select, and the live region.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { EditorState, TextSelection } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { history, undo, redo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { clauseModel, createDocument, type DocumentInput } from "@clausewise/schema";
import { Linter } from "@clausewise/lint";
import { lintPlugin, lintKeymap, lintCss, getDiagnostics, lintNow, setLintEnabled, isLintPending, type FindingsPanel, type FindingCard } from "./index.ts";
import { lintPluginKey } from "./state.ts";
import { PANEL_PAGE_GROUPS } from "./panel.ts";
import { testRules } from "./testing/rules.ts";

const paper: DocumentInput = {
  heading: { committee: "hrc" },
  preamble: ["Recalling its resolution 60/251"],
  operative: [
    "Calls upon States to report",
    { text: "Requests the Secretary-General to:", sub: ["establish a fund for victims", ""] },
    "Decides to deploy observers",
  ],
};

const mounted: EditorView[] = [];

function mount(input: DocumentInput = paper, delay = 40): EditorView {
  const host = document.createElement("div");
  host.style.cssText = "--cw-error: rgb(200, 0, 0); font: 16px/1.5 sans-serif; width: 600px; white-space: pre-wrap";
  const style = document.createElement("style");
  style.textContent = lintCss;
  document.body.append(style, host);
  const state = EditorState.create({
    doc: createDocument(input),
    plugins: [history(), lintKeymap(), keymap({ "Mod-z": undo, "Mod-y": redo }), lintPlugin({ source: new Linter({ rules: testRules }), delay })],
  });
  const view = new EditorView(host, { state });
  mounted.push(view);
  return view;
}

afterEach(() => {
  for (const v of mounted.splice(0)) v.destroy();
  document.body.replaceChildren();
});

const clause = (view: EditorView, path: string) => clauseModel(view.state.doc).clauses.find((c) => c.path === path)!;
const card = (view: EditorView) => view.dom.parentNode!.querySelector("cw-finding-card") as FindingCard | null;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

function setCursor(view: EditorView, pos: number, to = pos): void {
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos, to)));
}

describe("underlines", () => {
  it("underline each finding with a wavy line in its severity's colour", () => {
    const view = mount();
    const errors = [...view.dom.querySelectorAll(".cw-diag.cw-diag--error")].map((e) => e.textContent);
    expect(errors).toEqual(["Decides", "deploy"]);
    const warning = view.dom.querySelector(".cw-diag--warning")!;
    expect(warning.textContent).toBe("establish a fund");
    const style = getComputedStyle(view.dom.querySelector(".cw-diag--error")!);
    expect(style.textDecorationLine).toBe("underline");
    expect(style.textDecorationStyle).toBe("wavy");
    expect(style.textDecorationColor).toBe("rgb(200, 0, 0)");
    // The empty sub-clause's finding has no text to underline: a marker widget shows it.
    expect(view.dom.querySelectorAll(".cw-diag-point.cw-diag--info")).toHaveLength(1);
  });

  it("follow typing without absorbing text typed at their edges", async () => {
    const view = mount();
    const at = clause(view, "3").textFrom;
    setCursor(view, at);
    await userEvent.keyboard("Also ");
    const first = view.dom.querySelector(".cw-diag--error")!;
    expect(first.textContent).toBe("Decides");
    setCursor(view, clause(view, "3").textFrom + "Also Decides".length);
    await userEvent.keyboard("!");
    expect(view.dom.querySelector(".cw-diag--error")!.textContent).toBe("Decides");
  });

  it("in a clause's sub-clauses follow typing in the clause when typing pauses", async () => {
    const view = mount(paper, 200);
    const fund = () => view.dom.querySelector(".cw-diag--warning")?.textContent ?? null;
    expect(fund()).toBe("establish a fund");
    // "Requests" -> "XRequests": the fund rule no longer reads a request above "(a)".
    setCursor(view, clause(view, "2").textFrom);
    await userEvent.keyboard("X");
    expect(isLintPending(view.state)).toBe(true);
    expect(fund()).toBe("establish a fund"); // the sub-clause waits for the pause
    await expect.poll(fund, { timeout: 5000 }).toBe(null);
    expect(isLintPending(view.state)).toBe(false);
    // Back to "Requests", then a structural change (a new clause above) before the pause: that
    // re-lints the waiting sub-clauses at once.
    await userEvent.keyboard("{Backspace}");
    expect(fund()).toBe(null);
    const { schema } = view.state;
    const added = schema.node("operative_clause", null, schema.node("clause_text", null, schema.text("Notes")));
    view.dispatch(view.state.tr.insert(clause(view, "1").pos, added));
    expect(fund()).toBe("establish a fund");
    expect(view.dom.querySelectorAll(".cw-diag--warning")).toHaveLength(1);
  });

  it("disappear when linting is off and come back when on", () => {
    const view = mount();
    setLintEnabled(view, false);
    expect(view.dom.querySelectorAll(".cw-diag")).toHaveLength(0);
    expect(getDiagnostics(view.state)).toEqual([]);
    setLintEnabled(view, true);
    expect(view.dom.querySelectorAll(".cw-diag--error")).toHaveLength(2);
  });
});

describe("the finding card", () => {
  it("shows message, explanation, mandate and fixes when the cursor enters a finding", async () => {
    const view = mount();
    setCursor(view, clause(view, "3").textFrom + 2);
    const c = card(view)!;
    await c.updateComplete;
    expect(c.hidden).toBe(false);
    const text = c.shadowRoot!.textContent!;
    expect(text).toContain("“Decides” is binding language");
    expect(text).toContain("The Council recommends; it cannot bind States.");
    expect(text).toContain("The Council shall make recommendations");
    expect(c.shadowRoot!.querySelector("cite")!.textContent).toBe("GA res. 60/251, op. 5(i)");
    expect([...c.shadowRoot!.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Replace with “calls upon”", "Delete the word"]);
    expect(view.dom.getAttribute("aria-describedby")).toBe(c.id);
    setCursor(view, clause(view, "1").textFrom + 2);
    expect(c.hidden).toBe(true);
  });

  it("renders quoted user text as text, never as markup", async () => {
    const view = mount({ operative: ["Decides <img src=x onerror=alert(1)> to act"] });
    setCursor(view, clause(view, "1").textFrom + 1);
    const c = card(view)!;
    await c.updateComplete;
    expect(c.shadowRoot!.querySelector("img")).toBeNull();
  });

  it("applies a fix as one transaction that one undo reverts", async () => {
    const view = mount();
    setCursor(view, clause(view, "3").textFrom + 2);
    const c = card(view)!;
    await c.updateComplete;
    c.shadowRoot!.querySelector("button")!.click();
    expect(clause(view, "3").text).toBe("calls upon to deploy observers");
    expect(c.hidden).toBe(true);
    expect(document.activeElement === view.dom || view.hasFocus()).toBe(true);
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clause(view, "3").text).toBe("Decides to deploy observers");
  });

  it("opens on hover over an underline", async () => {
    const view = mount();
    const underline = view.dom.querySelector(".cw-diag--warning")!;
    await userEvent.hover(underline);
    const c = card(view)!;
    await c.updateComplete;
    expect(c.hidden).toBe(false);
    expect(c.shadowRoot!.textContent).toContain("A new fund is a new body");
  });

  it("opens from the keyboard with Mod-. on the first fix, and closes with Escape", async () => {
    const view = mount();
    setCursor(view, clause(view, "3").textFrom + 1);
    await userEvent.keyboard("{Control>}.{/Control}");
    const c = card(view)!;
    await c.updateComplete;
    await frame();
    expect(c.shadowRoot!.activeElement?.textContent).toBe("Replace with “calls upon”");
    await userEvent.keyboard("{Escape}");
    expect(c.hidden).toBe(true);
    expect(view.hasFocus()).toBe(true);
  });
});

describe("F8 and Shift-F8", () => {
  it("select the next and previous finding, wrapping around", async () => {
    const view = mount();
    const ranges = getDiagnostics(view.state).map((d) => [d.from, d.to]);
    setCursor(view, clause(view, "p1").textFrom);
    await userEvent.keyboard("{F8}");
    expect([view.state.selection.from, view.state.selection.to]).toEqual(ranges[0]);
    await userEvent.keyboard("{F8}");
    expect([view.state.selection.from, view.state.selection.to]).toEqual(ranges[1]);
    await userEvent.keyboard("{Shift>}{F8}{/Shift}");
    expect([view.state.selection.from, view.state.selection.to]).toEqual(ranges[0]);
    await userEvent.keyboard("{Shift>}{F8}{/Shift}");
    expect([view.state.selection.from, view.state.selection.to]).toEqual(ranges[ranges.length - 1]);
    // The card shows the finding F8 moved to.
    const c = card(view)!;
    await c.updateComplete;
    expect(c.hidden).toBe(false);
  });
});

function mountPanel(view: EditorView): FindingsPanel {
  const panel = document.createElement("cw-findings-panel");
  document.body.append(panel);
  panel.view = view;
  return panel;
}

describe("the findings panel", () => {
  it("lists findings grouped by clause, with counts per category and severity", async () => {
    const view = mount();
    const panel = mountPanel(view);
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    const groups = [...root.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => g.querySelector(".clause")!.textContent)).toEqual(["clause 2(a)", "clause 2(b)", "clause 3"]);
    expect(groups.map((g) => g.querySelectorAll('[role="option"]').length)).toEqual([1, 1, 2]);
    expect(root.querySelector('[data-category="binding"]')!.textContent).toBe("Binding: 1");
    expect(root.querySelector('[data-category="new-body"]')!.textContent).toBe("New body: 1");
    expect(root.querySelector('[data-severity="error"]')!.textContent).toBe("2 errors");
    const list = root.querySelector('[role="listbox"]')!;
    expect(list.getAttribute("aria-label")).toBe("Findings (4)");
    expect(groups[0]!.getAttribute("aria-labelledby")).toBe(groups[0]!.querySelector(".clause")!.id);
  });

  it("moves with the arrow keys and goes to a finding with Enter", async () => {
    const view = mount();
    const panel = mountPanel(view);
    await panel.updateComplete;
    const list = panel.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    list.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await panel.updateComplete;
    const active = panel.shadowRoot!.getElementById(list.getAttribute("aria-activedescendant")!)!;
    expect(active.getAttribute("aria-selected")).toBe("true");
    expect(active.textContent).toContain("“Decides” is binding language");
    await userEvent.keyboard("{Enter}");
    const d = getDiagnostics(view.state)[2]!;
    expect([view.state.selection.from, view.state.selection.to]).toEqual([d.from, d.to]);
    expect(view.hasFocus()).toBe(true);
    await userEvent.keyboard("{Home}");
  });

  it("selects a finding on click and the clause's text on a click on its label, scrolled into view", async () => {
    const long = { operative: [...Array.from({ length: 60 }, (_, i) => `Calls upon States ${i}`), "Decides to act"] };
    const view = mount(long);
    (view.dom.parentNode as HTMLElement).style.cssText += "; height: 200px; overflow: auto";
    const panel = mountPanel(view);
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    const d = getDiagnostics(view.state)[0]!;
    expect([view.state.selection.from, view.state.selection.to]).toEqual([d.from, d.to]);
    panel.shadowRoot!.querySelector<HTMLElement>(".clause")!.click();
    const c = clause(view, "61");
    expect([view.state.selection.from, view.state.selection.to]).toEqual([c.textFrom, c.textTo]);
    await frame();
    const scroller = view.dom.parentNode as HTMLElement;
    const box = scroller.getBoundingClientRect();
    const target = view.coordsAtPos(c.textFrom);
    expect(target.top).toBeGreaterThanOrEqual(box.top);
    expect(target.bottom).toBeLessThanOrEqual(box.bottom);
  });

  it("lists a long paper's findings a page of clauses at a time, with complete counts and every option's place among all", async () => {
    const long = { operative: Array.from({ length: 250 }, (_, i) => `Decides to act ${i + 1}`) };
    const view = mount(long);
    const panel = mountPanel(view);
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    const all = getDiagnostics(view.state);
    const groups = new Set(all.map((d) => d.clause.id)).size;
    expect(groups).toBe(250);
    const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
    const options = () => [...root.querySelectorAll('[role="option"]')];
    // The first page: PANEL_PAGE_GROUPS clauses; the counts and the list's name cover every finding.
    expect(root.querySelectorAll('[role="group"]').length).toBe(PANEL_PAGE_GROUPS);
    expect(list.getAttribute("aria-label")).toBe(`Findings (${all.length})`);
    expect(root.querySelector('[data-category="binding"]')!.textContent).toBe(`Binding: ${all.filter((d) => d.category === "binding").length}`);
    expect(options()[0]!.getAttribute("aria-posinset")).toBe("1");
    expect(options()[0]!.getAttribute("aria-setsize")).toBe(String(all.length));
    const more = root.querySelector(".more")!;
    expect(more.textContent).toContain(`${all.length - options().length} more findings`);
    expect(more.getAttribute("aria-hidden")).toBe("true");
    // Scrolling the list near its end lists the next page.
    list.scrollTop = list.scrollHeight;
    await expect.poll(() => root.querySelectorAll('[role="group"]').length, { timeout: 10_000 }).toBe(2 * PANEL_PAGE_GROUPS);
    list.focus();
    const activeOption = () => root.getElementById(list.getAttribute("aria-activedescendant")!)!;
    await userEvent.keyboard("{PageDown}");
    await panel.updateComplete;
    expect(activeOption().getAttribute("aria-posinset")).toBe("11");
    await userEvent.keyboard("{PageUp}");
    await panel.updateComplete;
    expect(activeOption().getAttribute("aria-posinset")).toBe("1");
    // End goes to the last finding, listing what it takes; the active option is always listed.
    await userEvent.keyboard("{End}");
    await panel.updateComplete;
    expect(activeOption().getAttribute("aria-posinset")).toBe(String(all.length));
    expect(root.querySelector(".more")).toBeNull();
    await userEvent.keyboard("{Enter}");
    expect([view.state.selection.from, view.state.selection.to]).toEqual([all[all.length - 1]!.from, all[all.length - 1]!.to]);
  });

  it("still lists more as the end scrolls near after the panel was moved in the page", async () => {
    const long = { operative: Array.from({ length: 250 }, (_, i) => `Decides to act ${i + 1}`) };
    const view = mount(long);
    const panel = mountPanel(view);
    await panel.updateComplete;
    const wrapper = document.createElement("section");
    document.body.append(wrapper);
    wrapper.append(panel); // disconnected, then connected again
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
    list.scrollTop = list.scrollHeight;
    await expect.poll(() => root.querySelectorAll('[role="group"]').length, { timeout: 10_000 }).toBe(2 * PANEL_PAGE_GROUPS);
  });

  it("lists more findings with the Show more button", async () => {
    const long = { operative: Array.from({ length: 150 }, (_, i) => `Decides to act ${i + 1}`) };
    const view = mount(long);
    const panel = mountPanel(view);
    await panel.updateComplete;
    const root = panel.shadowRoot!;
    root.querySelector<HTMLButtonElement>(".more button")!.click();
    await panel.updateComplete;
    expect(root.querySelectorAll('[role="option"]').length).toBe(getDiagnostics(view.state).length);
    expect(root.querySelector(".more")).toBeNull();
  });

  it("announces new findings politely once, after typing stops", async () => {
    // A debounce well above the gap between two typed keys even on a loaded machine (at 60 ms it
    // once fired mid-word in CI), so "nothing while typing" is what is tested.
    const view = mount(paper, 300);
    const panel = mountPanel(view);
    await panel.updateComplete;
    const live = panel.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.getAttribute("aria-live")).toBe("polite");
    setCursor(view, clause(view, "1").textFrom + "Calls upon States".length);
    await userEvent.keyboard(" demands");
    // Not per keystroke: nothing is announced while typing.
    expect(isLintPending(view.state)).toBe(true);
    await panel.updateComplete;
    expect(live.textContent).toBe("");
    await wait(450);
    await panel.updateComplete;
    expect(live.textContent).toBe("1 new finding: Error in clause 1: “demands” is binding language.");
    expect(panel.shadowRoot!.querySelector('[data-category="binding"]')!.textContent).toBe("Binding: 2");
  });

  it("tells listeners of the debounced document lint in the task after it, once", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    let inLintTask = false;
    const calls: boolean[] = [];
    const view: EditorView = new EditorView(host, {
      state: EditorState.create({
        doc: createDocument(paper),
        plugins: [lintPlugin({ source: new Linter({ rules: testRules }), delay: 40, onDiagnostics: () => calls.push(inLintTask) })],
      }),
      dispatchTransaction(tr) {
        const documentLint = (tr.getMeta(lintPluginKey) as { type?: string } | undefined)?.type === "document";
        if (documentLint) {
          // True until the task that dispatched the document lint ends (its microtasks run last).
          inLintTask = true;
          queueMicrotask(() => (inLintTask = false));
        }
        view.updateState(view.state.apply(tr));
      },
    });
    mounted.push(view);
    expect(calls).toEqual([false]); // once when the view is created
    setCursor(view, clause(view, "1").textFrom);
    await userEvent.keyboard("UNHCR ");
    await expect.poll(() => calls.length, { timeout: 10_000 }).toBe(2);
    expect(calls[1]).toBe(false);
    expect(isLintPending(view.state)).toBe(false);
    await wait(50);
    expect(calls.length).toBe(2);
  });

  it("lintNow settles findings at once", async () => {
    const view = mount(paper, 10_000);
    const panel = mountPanel(view);
    await panel.updateComplete;
    setCursor(view, clause(view, "1").textFrom);
    await userEvent.keyboard("UNHCR ");
    expect(isLintPending(view.state)).toBe(true);
    const all = lintNow(view);
    expect(isLintPending(view.state)).toBe(false);
    expect(all.map((d) => d.ruleId)).toContain("test/acronym");
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain("Spell out UNHCR at first use");
  });
});
