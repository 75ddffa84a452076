/**
 * What a site embedding the element relies on, from an audit of the README against the code
 * (2026-12-08): a second tag name, focus() on a read-only paper, which changes fire
 * resolution-change, the finding card's internal events staying inside, a changed aria-label,
 * and the browser's form state restore.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { createDocument, isOperativeBlock } from "@clausewise/schema";
import { defineResolutionEditor, ResolutionEditor as ResolutionEditorClass, type ResolutionEditor } from "../index.ts";
import { mount, view, placeCursor, cleanup } from "./test-helpers.ts";

afterEach(cleanup);

const paper = {
  heading: { committee: "hrc", topic: "Migrant workers" },
  preamble: ["Recalling its resolution 5/1 of 18 June 2007"],
  operative: ["Demands that all States immediately cease hostilities", "Decides to remain seized of the matter"],
};

describe("defineResolutionEditor under another tag name", () => {
  it("defines a working editor under the second name, though the package defined <resolution-editor> on import", async () => {
    const ctor = defineResolutionEditor("my-paper-editor");
    expect(customElements.get("my-paper-editor")).toBe(ctor);
    expect(new ctor()).toBeInstanceOf(ResolutionEditorClass);
    // Asking again returns the same class, and the first name is untouched.
    expect(defineResolutionEditor("my-paper-editor")).toBe(ctor);
    expect(customElements.get("resolution-editor")).toBe(ResolutionEditorClass);
    const el = document.createElement("my-paper-editor") as ResolutionEditor;
    el.value = createDocument(paper).toJSON();
    document.body.append(el);
    await el.updateComplete;
    expect(el.text).toContain("Demands that all States");
    expect(el.lintNow().some((d) => d.ruleId === "mandate/binding-language")).toBe(true);
  });
});

describe("focus()", () => {
  for (const attrs of [{ readonly: "" }, { mode: "review" }, {}] as Record<string, string>[]) {
    it(`puts the focus in the paper's text (${JSON.stringify(attrs)})`, async () => {
      const el = await mount(paper, attrs);
      el.focus();
      expect(el.shadowRoot!.activeElement).toBe(view(el).dom);
    });
  }
});

describe("resolution-change", () => {
  it("fires when a form reset or the browser's state restore replaces the paper, not when value is set", async () => {
    const form = document.createElement("form");
    document.body.append(form);
    const el = await mount(paper, { name: "paper" }, form);
    let fired = 0;
    el.addEventListener("resolution-change", () => fired++);
    el.value = createDocument({ ...paper, operative: ["Decides to remain seized of the matter"] }).toJSON();
    expect(fired).toBe(0);
    placeCursor(el, "1", "end");
    view(el).dispatch(view(el).state.tr.insertText("!"));
    expect(fired).toBe(1);
    form.reset();
    expect(fired).toBe(2);
    expect(el.text).not.toContain("matter!");
    el.formStateRestoreCallback(JSON.stringify(createDocument(paper).toJSON()));
    expect(fired).toBe(3);
    expect(el.text).toContain("Demands that all States");
  });
});

describe("the browser's form state restore", () => {
  it("holds a long paper in blocks, as value does, and keeps the reset copy", async () => {
    const form = document.createElement("form");
    document.body.append(form);
    const el = await mount(paper, { name: "paper" }, form);
    const long = createDocument({ ...paper, operative: Array.from({ length: 150 }, (_, i) => `Encourages States to report on measure ${i + 1}`) });
    el.formStateRestoreCallback(JSON.stringify(long.toJSON()));
    let blocks = 0;
    view(el).state.doc.descendants((node) => {
      if (isOperativeBlock(node)) blocks++;
      return true;
    });
    expect(blocks).toBeGreaterThan(0);
    expect(el.value).toEqual(long.toJSON());
    form.reset();
    expect(el.text).toContain("Demands that all States");
  });
});

describe("the finding card's own events", () => {
  it("stay inside the element: cw-fix and cw-card-close do not reach the page", async () => {
    const el = await mount(paper);
    el.lintNow();
    const leaked: string[] = [];
    for (const type of ["cw-fix", "cw-card-close"]) document.addEventListener(type, () => leaked.push(type));
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("{F8}");
    const card = el.shadowRoot!.querySelector("cw-finding-card") as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    expect(card).not.toBeNull();
    await card!.updateComplete;
    const before = el.text;
    card!.shadowRoot!.querySelector<HTMLButtonElement>("button.fix")!.click();
    expect(el.text).not.toBe(before);
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("{F8}");
    const again = el.shadowRoot!.querySelector("cw-finding-card") as HTMLElement & { updateComplete: Promise<unknown> };
    await again.updateComplete;
    again.shadowRoot!.querySelector("div")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true, cancelable: true }));
    expect(leaked).toEqual([]);
  });
});

describe("aria-label", () => {
  it("changed after the element is connected, renames the textbox at once", async () => {
    const el = await mount(paper, { "aria-label": "First paper" });
    expect(view(el).dom.getAttribute("aria-label")).toBe("First paper");
    el.setAttribute("aria-label", "Second paper");
    await el.updateComplete;
    expect(view(el).dom.getAttribute("aria-label")).toBe("Second paper");
  });
});

describe("methods a host calls", () => {
  const slips = {
    heading: { committee: "hrc", topic: "Migrant workers" },
    preamble: ["recalling its resolution 5/1"],
    operative: ["calls upon States to protect migrant workers", "Decides to remain seized of the matter"],
  };

  it("fixAll() applies the format and style fixes in one undo step and says what is left; read-only, it does nothing", async () => {
    const el = await mount(slips);
    const before = el.text;
    const fixable = el.lintNow().filter((d) => d.fixes.length > 0 && !d.ruleId.startsWith("mandate/")).length;
    expect(fixable).toBeGreaterThan(0);
    const result = el.fixAll();
    expect(result.applied).toBeGreaterThan(0);
    expect(result.left).toBe(0);
    expect(el.text).not.toBe(before);
    expect(el.text).toContain("Recalling its resolution 5/1");
    const readOnly = await mount(slips, { readonly: "" });
    const unchanged = readOnly.text;
    expect(readOnly.fixAll().applied).toBe(0);
    expect(readOnly.text).toBe(unchanged);
  });

  it("addComment() refuses an empty body; removeComment() says false for a comment that is not there", async () => {
    const el = await mount(paper, { mode: "review" });
    expect(() => el.addComment({ body: "  " })).toThrow();
    const id = el.addComment({ body: "Which body would do this?", author: "Chair" });
    expect(el.comments.map((c) => c.id)).toContain(id);
    expect(el.removeComment(id)).toBe(true);
    expect(el.removeComment(id)).toBe(false);
  });

  it("required: a blank paper is valueMissing; a disabled fieldset makes the paper read-only", async () => {
    const form = document.createElement("form");
    const fieldset = document.createElement("fieldset");
    form.append(fieldset);
    document.body.append(form);
    const el = document.createElement("resolution-editor") as ResolutionEditor;
    el.setAttribute("required", "");
    fieldset.append(el);
    await el.updateComplete;
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(view(el).editable).toBe(false);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(view(el).editable).toBe(true);
  });
});
