/**
 * The lint UI through <resolution-editor>, with the real rule packs: underlines inside the
 * shadow root, F8, the card's fix and its undo, and the panel the element renders.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount, view, placeCursor, clauses, cleanup } from "../element/test-helpers.ts";
import { getDiagnostics, type FindingCard, type FindingsPanel } from "./index.ts";

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

  it("lists the findings in the element's panel", async () => {
    const el = await mount(paper);
    const panel = el.shadowRoot!.querySelector("cw-findings-panel") as FindingsPanel;
    await panel.updateComplete;
    const options = [...panel.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.length).toBe(getDiagnostics(view(el).state).length);
    expect(options.some((o) => o.getAttribute("data-rule") === "mandate/binding-language")).toBe(true);
  });
});
