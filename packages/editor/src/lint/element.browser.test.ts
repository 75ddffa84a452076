/**
 * The lint UI through <resolution-editor>, with the real rule packs: underlines inside the
 * shadow root, F8, the card's fix and its undo, and the panel the element renders.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { undo } from "prosemirror-history";
import { mount, view, placeCursor, clauses, cleanup, nextFrame } from "../element/test-helpers.ts";
import { getDiagnostics, type FindingCard, type FindingsPanel } from "./index.ts";
import type { ResolutionEditor } from "../index.ts";

afterEach(cleanup);

const paper = {
  heading: { code: "HRC/60/L.1", committee: "hrc", topic: "Political prisoners" },
  preamble: ["Recalling its resolution 5/1"],
  operative: ["Demands that all States release political prisoners", "Calls upon States to protect migrants"],
};

describe("linting inside <resolution-editor>", () => {
  it("underlines findings inside the shadow root", async () => {
    const el = await mount(paper);
    const underline = el.shadowRoot!.querySelector(".ProseMirror .cw-diag--error")!;
    expect(underline.textContent).toBe("Demands");
    expect(getComputedStyle(underline).textDecorationStyle).toBe("wavy");
  });

  it("quotes the mandate once in a card: the explanation already ends with it", async () => {
    const el = await mount(paper);
    placeCursor(el, "1", 2);
    const card = el.shadowRoot!.querySelector("cw-finding-card") as FindingCard;
    await card.updateComplete;
    const d = getDiagnostics(view(el).state).find((x) => x.ruleId === "mandate/binding-language")!;
    expect(d.explanation).toContain(d.mandate!.quote);
    const text = card.shadowRoot!.textContent!;
    expect(text.split(d.mandate!.quote).length - 1).toBe(1);
    expect(card.shadowRoot!.querySelector("blockquote")).toBeNull();
  });

  it("goes to findings with F8 and applies a fix from the card, which one undo reverts", async () => {
    const el = await mount(paper);
    const v = view(el);
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("{F8}");
    const first = getDiagnostics(v.state)[0]!;
    expect([v.state.selection.from, v.state.selection.to]).toEqual([first.from, first.to]);

    placeCursor(el, "1", 2);
    const card = el.shadowRoot!.querySelector("cw-finding-card") as FindingCard;
    await card.updateComplete;
    expect(card.hidden).toBe(false);
    const button = [...card.shadowRoot!.querySelectorAll("button")].find((b) => b.textContent!.includes("Strongly urges"))!;
    button.click();
    expect(clauses(el)[1]![1]).toBe("Strongly urges that all States release political prisoners");
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(clauses(el)[1]![1]).toBe("Demands that all States release political prisoners");
  });

  it("in a read-only paper (review mode), is one tab stop and steps through findings with F8, offering no fix", async () => {
    const el = await mount(paper, { mode: "review" });
    const v = view(el);
    const before = v.state.doc;
    expect(v.dom.getAttribute("contenteditable")).toBe("false");
    expect(v.dom.getAttribute("tabindex")).toBe("0");
    v.dom.focus();
    expect(el.shadowRoot!.activeElement).toBe(v.dom);
    await userEvent.keyboard("{F8}");
    const found = getDiagnostics(v.state);
    expect([v.state.selection.from, v.state.selection.to]).toEqual([found[0]!.from, found[0]!.to]);
    const card = el.shadowRoot!.querySelector("cw-finding-card") as FindingCard;
    await card.updateComplete;
    expect(card.hidden).toBe(false);
    expect(card.shadowRoot!.textContent).toContain(found[0]!.message);
    expect(card.shadowRoot!.querySelectorAll("button.fix").length).toBe(0);
    await userEvent.keyboard("{F8}");
    expect(v.state.selection.from).toBe(found[1]!.from);
    await userEvent.keyboard("{Shift>}{F8}{/Shift}");
    expect(v.state.selection.from).toBe(found[0]!.from);
    expect(v.state.doc).toBe(before);
  });

  it("fixes every format and style finding with the panel's button, in one undoable step, leaving the mandate ones", async () => {
    const el = await mount({
      heading: { code: "HRC/60/L.1", committee: "hrc", topic: "Migrants" },
      preamble: ["Recalling its resolution 5/1 of 18 June 2007"],
      operative: ["Urges all member states to ratify the Convention;", "Further Requests the Secretary General to report", "Decides to establish a global fund for migrant workers"],
    });
    const v = view(el);
    const before = v.state.doc;
    const panel = el.shadowRoot!.querySelector("cw-findings-panel") as FindingsPanel;
    await panel.updateComplete;
    const button = panel.shadowRoot!.querySelector('[part="fix-all"]') as HTMLButtonElement;
    expect(button.textContent).toMatch(/Fix 4 format and style findings/);
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(clauses(el).filter(([path]) => !path.startsWith("p")).map(([, text]) => text)).toEqual([
      "Urges all Member States to ratify the Convention",
      "Further requests the Secretary-General to report",
      "Decides to establish a global fund for migrant workers",
    ]);
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('[part="announcer"]')!.textContent).toMatch(/Fixed 4 findings/);
    expect(panel.shadowRoot!.querySelector('[part="fix-all"]')).toBeNull();
    // The keyboard user who pressed it is in the list now, not on a button that went.
    expect(panel.shadowRoot!.activeElement?.getAttribute("role")).toBe("listbox");
    expect(el.lintNow().map((d) => d.ruleId)).toContain("mandate/new-body");
    // The element's API does the same; with nothing left it changes nothing.
    expect(el.fixAll()).toEqual({ applied: 0, left: 0 });
    undo(v.state, v.dispatch);
    expect(v.state.doc.eq(before)).toBe(true);
  });

  it("lists the findings in the element's panel", async () => {
    const el = await mount(paper);
    const panel = el.shadowRoot!.querySelector("cw-findings-panel") as FindingsPanel;
    await panel.updateComplete;
    const options = [...panel.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.length).toBe(getDiagnostics(view(el).state).length);
    expect(options.some((o) => o.getAttribute("data-rule") === "mandate/binding-language")).toBe(true);
  });

  it("gives no clause and no listed finding a paint layer of its own, and still names each finding's severity to screen readers", async () => {
    // Chromium hit-tests the page for hover after every layout while the mouse is over it, and
    // walks every paint layer: one per clause or per finding made that 17 ms a keystroke at
    // 5,000 clauses (bench/RESULTS.md). Containment, clip-path, opacity, transforms and
    // positioning each make one.
    const el = await mount(paper);
    const panel = el.shadowRoot!.querySelector("cw-findings-panel") as FindingsPanel;
    await panel.updateComplete;
    const layered = (node: Element) => {
      const s = getComputedStyle(node);
      return s.contain !== "none" || s.clipPath !== "none" || s.opacity !== "1" || s.transform !== "none" || s.position !== "static" || s.overflow === "hidden";
    };
    const clauses = [...view(el).dom.querySelectorAll(".cw-clause")];
    expect(clauses.length).toBeGreaterThan(2);
    expect(clauses.filter(layered)).toEqual([]);
    const options = [...panel.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.length).toBeGreaterThan(0);
    const inside = options.flatMap((o) => [o, ...o.querySelectorAll("*")]);
    expect(inside.filter(layered)).toEqual([]);
    // The list as a whole has one (paint containment): when a new clause moves the panel down,
    // Chromium then moves the list without revisiting each finding before painting (Enter at
    // 5,000 clauses with 3,000 findings: ~45 → ~25 ms, bench/RESULTS.md).
    const list = panel.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(getComputedStyle(list).contain).toContain("paint");
    // The hidden severity text is still there for assistive technology, and not drawn.
    const hidden = options[0]!.querySelector(".sr-text") as HTMLElement;
    expect(hidden.textContent).toMatch(/^(Error|Warning|Info|Hint|Information|Suggestion)/i);
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(hidden).color).toBe("rgba(0, 0, 0, 0)");
  });
});

const panelOf = async (el: ResolutionEditor) => {
  const panel = el.shadowRoot!.querySelector("cw-findings-panel") as FindingsPanel;
  await panel.updateComplete;
  return panel;
};
const cardOf = (el: ResolutionEditor) => el.shadowRoot!.querySelector("cw-finding-card") as FindingCard;
const option = (panel: FindingsPanel, rule: string) => panel.shadowRoot!.querySelector<HTMLElement>(`[role="option"][data-rule="${rule}"]`)!;
/** The text selected in the page (the editor's DOM selection), read inside its shadow root. */
const selectedText = (el: ResolutionEditor) => ((el.shadowRoot as unknown as { getSelection(): Selection }).getSelection() ?? getSelection())!.toString();

describe("choosing a finding in the element's panel", () => {
  it("in a read-only paper (review mode), focuses the text, shows the finding selected and opens its card, for a clause already on screen", async () => {
    const el = await mount(paper, { mode: "review" });
    const v = view(el);
    const panel = await panelOf(el);
    await userEvent.click(option(panel, "mandate/binding-language"));
    await nextFrame();
    const d = getDiagnostics(v.state).find((x) => x.ruleId === "mandate/binding-language")!;
    expect([v.state.selection.from, v.state.selection.to]).toEqual([d.from, d.to]);
    // Focus left the panel for the text, and the selection is drawn there.
    expect(el.shadowRoot!.activeElement).toBe(v.dom);
    expect(selectedText(el)).toBe("Demands");
    const card = cardOf(el);
    await card.updateComplete;
    expect(card.hidden).toBe(false);
    expect(card.shadowRoot!.textContent).toContain(d.message);
    expect(v.dom.getAttribute("aria-describedby")).toBe(card.id);
  });

  it("with Enter, goes to the finding and opens its card, whose mandate fix Mod-. then reaches and applies", async () => {
    const el = await mount(paper);
    const v = view(el);
    const panel = await panelOf(el);
    const list = panel.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    const index = getDiagnostics(v.state).findIndex((x) => x.ruleId === "mandate/binding-language");
    for (let i = 0; i < index; i++) await userEvent.keyboard("{ArrowDown}");
    await userEvent.keyboard("{Enter}");
    expect(v.hasFocus()).toBe(true);
    const card = cardOf(el);
    await card.updateComplete;
    expect(card.hidden).toBe(false);
    const d = getDiagnostics(v.state)[index]!;
    expect(card.shadowRoot!.textContent).toContain(d.message);
    await userEvent.keyboard("{Control>}.{/Control}");
    await nextFrame();
    const fix = card.shadowRoot!.activeElement as HTMLButtonElement;
    expect(fix.classList.contains("fix")).toBe(true);
    await userEvent.keyboard("{Enter}");
    expect(clauses(el)[1]![1]).not.toMatch(/^Demands/);
    expect(v.hasFocus()).toBe(true);
  });

  it("through revealFinding, does the same for a host listing the findings itself, in a long paper held in blocks too", async () => {
    const operative = Array.from({ length: 150 }, (_, i) => (i === 140 ? "Demands that all States comply" : `Calls upon States to act ${i + 1}`));
    const el = await mount({ heading: { committee: "hrc" }, preamble: ["Recalling its resolution 60/251 of 15 March 2006"], operative });
    const v = view(el);
    const found = el.lintNow().find((d) => d.ruleId === "mandate/binding-language")!;
    // The host has the finding in the paper's flat positions (`diagnostics`), not the editor's.
    expect(el.revealFinding(found)).toBe(true);
    expect(v.state.doc.textBetween(v.state.selection.from, v.state.selection.to)).toBe("Demands");
    expect(v.hasFocus()).toBe(true);
    const card = cardOf(el);
    await card.updateComplete;
    await nextFrame();
    expect(card.hidden).toBe(false);
    expect(card.shadowRoot!.textContent).toContain(found.message);
    // On screen: the selection was scrolled into view and the card placed next to it.
    const box = card.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(document.documentElement.clientHeight);
    // A finding that is gone is refused.
    placeCursor(el, "141", 0);
    await userEvent.keyboard("{Delete}");
    expect(el.revealFinding(found)).toBe(false);
  });
});

describe("counts in the element's panel", () => {
  it("say 1 error, 1 warning, 2 warnings: singular and plural as they should be", async () => {
    const el = await mount({ heading: { committee: "hrc" }, preamble: ["Recalling its resolution 60/251 of 15 March 2006"], operative: ["Demands that all States release political prisoners"] });
    el.lintNow();
    const panel = await panelOf(el);
    const severity = (s: string) => panel.shadowRoot!.querySelector(`[data-severity="${s}"]`)!.textContent!.trim();
    const counts = el.lintNow().filter((d) => d.severity === "error").length;
    expect(counts).toBe(1);
    expect(severity("error")).toBe("1 error");
    expect(severity("hint")).toBe("0 hints");
    expect(severity("info")).toBe("0 info");
    const warnings = el.diagnostics.filter((d) => d.severity === "warning").length;
    expect(severity("warning")).toBe(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  });
});

describe("the card and an empty clause", () => {
  it("stays closed when the caret goes into an empty clause to type, and F8 still shows the clause's finding", async () => {
    const el = await mount({ ...paper, operative: ["Calls upon States to protect migrants", ""] });
    const v = view(el);
    placeCursor(el, "2", 0);
    const card = () => el.shadowRoot!.querySelector("cw-finding-card") as FindingCard | null;
    await nextFrame();
    // The card is made when first shown: none, or a hidden one, is closed.
    expect(card()?.hidden ?? true).toBe(true);
    const empty = getDiagnostics(v.state).find((d) => d.message === "This clause is empty")!;
    expect(empty.from).toBe(empty.to);
    placeCursor(el, "1", 0);
    await userEvent.keyboard("{F8}");
    await card()!.updateComplete;
    expect([v.state.selection.from, v.state.selection.to]).toEqual([empty.from, empty.to]);
    expect(card()!.hidden).toBe(false);
    expect(card()!.shadowRoot!.textContent).toContain("This clause is empty");
  });
});
