/**
 * Reviewers' comments in a paper opened in the element: the commented words show the comment as
 * their tooltip, and the card shows it (with its author) when the cursor is on them, from a click
 * or the keyboard; in a read-only paper F8 steps to comments as to findings.
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { clauseModel } from "@clausewise/schema";
import { mount, view, placeCursor, cleanup, nextFrame } from "./test-helpers.ts";
import type { ResolutionEditor } from "../index.ts";
import type { FindingCard } from "../lint/index.ts";

afterEach(cleanup);

const paper = {
  heading: { committee: "hrc" },
  preamble: ["Recalling its resolution 60/251 of 15 March 2006"],
  operative: ["Calls upon States to protect migrant workers", "Encourages States to share good practices"],
};
const comment = { body: "Name the 1990 Convention here.", author: "Director Ortiz" };

/** A paper as a delegate gets it back from a director: saved with a comment, then opened anew. */
async function reviewedPaper(attrs: Record<string, string> = {}): Promise<ResolutionEditor> {
  const director = await mount(paper, { mode: "review" });
  const clauseId = clauseModel(view(director).state.doc).clauses.find((c) => c.path === "1")!.id;
  director.addComment({ ...comment, clauseId });
  const saved = director.value;
  director.remove();
  const el = document.createElement("resolution-editor");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.value = saved;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const cardOf = (el: ResolutionEditor) => el.shadowRoot!.querySelector("cw-finding-card") as FindingCard | null;

async function expectCardShowsComment(el: ResolutionEditor): Promise<void> {
  const card = cardOf(el)!;
  await card.updateComplete;
  expect(card.hidden).toBe(false);
  const shown = card.shadowRoot!.querySelector(".comment")!;
  expect(shown.textContent).toContain("Director Ortiz");
  expect(shown.textContent).toContain("Name the 1990 Convention here.");
  expect(card.getAttribute("aria-label")).toMatch(/1 comment/);
  // The textbox is described by the card while it shows, so a screen reader reads the comment.
  expect(view(el).dom.getAttribute("aria-describedby")).toBe(card.id);
}

describe("reviewers' comments in the editor", () => {
  it("show their text and author as the tooltip of the commented words", async () => {
    const el = await reviewedPaper();
    expect(el.comments).toMatchObject([{ ...comment, clausePath: "1" }]);
    const mark = el.shadowRoot!.querySelector<HTMLElement>("mark.cw-comment")!;
    expect(mark.textContent).toBe("Calls upon States to protect migrant workers");
    expect(mark.title).toBe("Comment by Director Ortiz: Name the 1990 Convention here.");
  });

  it("show in the card when the commented words are clicked", async () => {
    const el = await reviewedPaper();
    await userEvent.click(el.shadowRoot!.querySelector("mark.cw-comment")!);
    await expectCardShowsComment(el);
  });

  it("show in the card when the cursor moves onto them from the keyboard, and the card goes when it leaves", async () => {
    const el = await reviewedPaper();
    placeCursor(el, "p1", "end");
    expect(cardOf(el)?.hidden ?? true).toBe(true);
    await userEvent.keyboard("{ArrowRight}");
    await expectCardShowsComment(el);
    await userEvent.keyboard("{ArrowLeft}");
    expect(cardOf(el)!.hidden).toBe(true);
  });

  it("in a read-only paper (review mode), are reached with F8 like findings", async () => {
    const el = await reviewedPaper({ mode: "review" });
    const v = view(el);
    v.dom.focus();
    const { from, to } = el.comments[0]!;
    for (let i = 0; i < 10 && !(v.state.selection.from === from && v.state.selection.to === to); i++) await userEvent.keyboard("{F8}");
    expect([v.state.selection.from, v.state.selection.to]).toEqual([from, to]);
    await expectCardShowsComment(el);
    // Mod-. moves into the card (it has no fix to focus here), Escape returns to the text.
    await userEvent.keyboard("{Control>}.{/Control}");
    await nextFrame();
    expect(el.shadowRoot!.activeElement).toBe(cardOf(el));
    await userEvent.keyboard("{Escape}");
    expect(cardOf(el)!.hidden).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(v.dom);
  });

  it("show in the card with lint off too", async () => {
    const el = await reviewedPaper({ lint: "off" });
    placeCursor(el, "1", 4);
    await expectCardShowsComment(el);
    expect(cardOf(el)!.shadowRoot!.querySelector(".finding")).toBeNull();
  });
});
