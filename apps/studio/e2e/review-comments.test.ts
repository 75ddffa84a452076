/**
 * Comments in the review's read-only paper by keyboard, end to end in Chromium against the built
 * app: F8 and Shift+F8 select each comment's words in the order of the "Comments" list, wrapping
 * around at the ends, show that comment in the side panel and say it in a polite live region; the
 * caret coming to rest in commented words says the comment once; a paper without comments says so.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { clauseModel, createDocument, type DocumentInput } from "@clausewise/schema";
import type { Node } from "prosemirror-model";
import { launch, openStudio } from "./browser.ts";
import { clean, overreaching } from "./fixtures.ts";
import { addComment, type CommentTarget } from "../src/comments.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const mission = "Decides to deploy a monitoring mission to States where defenders are at risk";

/**
 * The overreaching paper with four comments, listed in this order: "reprisals" (preambular
 * clause 2), "global fund" (operative 2), the whole of operative 3, and "monitoring mission"
 * inside it (a comment starting within another's words).
 */
function withComments(): Node {
  let doc = createDocument(overreaching);
  const clauses = clauseModel(doc).clauses;
  const on = (path: string, words?: string): CommentTarget => {
    const clause = clauses.find((c) => c.path === path)!;
    if (!words) return { clauseId: clause.id };
    const start = clause.text.indexOf(words);
    return { clauseId: clause.id, start, end: start + words.length };
  };
  const comment = (id: string, author: string, body: string) => ({ id, author, body, created: "2026-11-22T08:00:00.000Z" });
  doc = addComment(doc, on("p2", "reprisals"), comment("m1", "Director A. Mensah", "Say which reprisals"));
  doc = addComment(doc, on("2", "global fund"), comment("m2", "R. Ortiz", "Who would pay for it?"));
  doc = addComment(doc, on("3"), comment("m3", "", "Beyond the Council's mandate"));
  doc = addComment(doc, on("3", "monitoring mission"), comment("m4", "Director A. Mensah", "A mission needs a mandate."));
  return doc;
}

async function openPaper(page: Page, doc: Node | DocumentInput): Promise<void> {
  const json = "toJSON" in doc ? doc.toJSON() : createDocument(doc).toJSON();
  await page.setInputFiles("#desk-file-input", [{ name: "wp.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json)) }]);
  await page.waitForSelector(".desk-table tbody tr:not(.pending)");
  await page.click(".desk-table .paper-link");
  await page.waitForSelector(".review-paper .paper-view");
  // Every text the live region takes, in turn (the same words said twice are two entries).
  await page.evaluate(() => {
    const region = document.querySelector("#review-paper-announcement")!;
    const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
const announcement = async (page: Page) => (await page.textContent("#review-paper-announcement"))!.trim();

/** The selection in the paper: the words selected, the clause of its moving end and the offset in its text. */
const selection = (page: Page) =>
  page.evaluate(() => {
    const s = getSelection()!;
    const el = s.focusNode instanceof Element ? s.focusNode : s.focusNode!.parentElement!;
    const part = el.closest<HTMLElement>("[data-part]");
    const r = document.createRange();
    if (part) r.setStart(part, 0), r.setEnd(s.focusNode!, s.focusOffset);
    return { selected: s.toString(), path: part?.closest("[data-path]")!.getAttribute("data-path") ?? null, offset: part ? r.toString().length : -1 };
  });

/** The comment the side panel shows as the active one, and the words the paper highlights as it. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    id: document.querySelector<HTMLElement>(".comment-item.active")?.dataset.commentId ?? null,
    body: document.querySelector(".comment-item.active .comment-body")?.textContent?.trim() ?? null,
    highlighted: [...document.querySelectorAll(".review-paper .active-comment")].map((e) => e.textContent).join(""),
  }));

describe("comments in the review's paper, by keyboard", () => {
  test("F8 and Shift+F8 select each comment's words in the list's order and wrap around; each is said and shown in the panel", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openPaper(page, withComments());
    expect(await page.$eval("#review-paper-announcement", (el) => [el.getAttribute("role"), el.getAttribute("aria-live")])).toEqual(["status", "polite"]);
    expect(await page.getAttribute(".review-paper", "aria-keyshortcuts")).toBe("F8 Shift+F8");
    // The side panel lists them in the order F8 counts them.
    expect(await page.$$eval(".comment-item", (els) => els.map((e) => (e as HTMLElement).dataset.commentId))).toEqual(["m1", "m2", "m3", "m4"]);

    await page.focus(".review-paper");
    expect(await selection(page)).toMatchObject({ path: "p1", offset: 0, selected: "" });
    const expected = [
      { id: "m1", words: "reprisals", said: "Comment 1 of 4, by Director A. Mensah: Say which reprisals. On: “reprisals”" },
      { id: "m2", words: "global fund", said: "Comment 2 of 4, by R. Ortiz: Who would pay for it? On: “global fund”" },
      { id: "m3", words: mission, said: `Comment 3 of 4, by Director: Beyond the Council's mandate. On: “${mission}”` },
      { id: "m4", words: "monitoring mission", said: "Comment 4 of 4, by Director A. Mensah: A mission needs a mandate. On: “monitoring mission”" },
    ];
    const bodies: Record<string, string> = { m1: "Say which reprisals", m2: "Who would pay for it?", m3: "Beyond the Council's mandate", m4: "A mission needs a mandate." };
    const check = async (step: (typeof expected)[number]) => {
      expect((await selection(page)).selected).toBe(step.words);
      await expect.poll(() => announcement(page)).toBe(step.said);
      expect(await shown(page)).toEqual({ id: step.id, body: bodies[step.id], highlighted: step.words });
      // The caret stays in the paper, for the arrow keys to read on from there.
      expect(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))).toBe(true);
    };
    for (const step of expected) {
      await page.keyboard.press("F8");
      await check(step);
    }
    // Past the last, the first again.
    await page.keyboard.press("F8");
    await check(expected[0]!);
    // Shift+F8 from the first wraps to the last, then goes back through the list.
    for (const step of [expected[3]!, expected[2]!, expected[1]!, expected[0]!]) {
      await page.keyboard.press("Shift+F8");
      await check(step);
    }
    expect(await said(page)).toEqual([...expected, expected[0], expected[3], expected[2], expected[1], expected[0]].map((s) => s!.said));
    // F8 only showed the comments: the comment form's place is not taken from the words it selected.
    expect(await page.textContent("#comment-target")).toMatch(/^Nothing chosen/);

    // From a caret the arrow keys put at the start of operative 3 (where its comment starts): F8
    // goes to that comment, Shift+F8 to the one before.
    const toClause3 = async () => {
      await page.keyboard.press("Control+Home");
      for (let i = 0; i < 40 && (await selection(page)).path !== "3"; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Home");
      expect(await selection(page)).toMatchObject({ path: "3", offset: 0, selected: "" });
    };
    await toClause3();
    await page.keyboard.press("F8");
    await check(expected[2]!);
    await toClause3();
    await page.keyboard.press("Shift+F8");
    await check(expected[1]!);
    // From a bare caret at the end of "monitoring mission", Shift+F8 goes back to the start of those words.
    await page.keyboard.press("F8");
    await page.keyboard.press("F8");
    await check(expected[3]!);
    await page.keyboard.press("ArrowRight");
    expect((await selection(page)).selected).toBe("");
    await page.keyboard.press("Shift+F8");
    await check(expected[3]!);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the caret coming to rest in commented words says the comment once, and again after leaving them", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openPaper(page, withComments());
    await page.focus(".review-paper");
    for (let i = 0; i < 20 && (await selection(page)).path !== "p2"; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    await page.evaluate(() => ((window as unknown as { __said: string[] }).__said.length = 0));
    // "Deeply concerned by reprisals …": up to the "r" of "reprisals", nothing is said.
    const start = "Deeply concerned by ".length;
    const end = start + "reprisals".length;
    for (let i = 0; i < start - 1; i++) await page.keyboard.press("ArrowRight");
    expect(await selection(page)).toMatchObject({ path: "p2", offset: start - 1 });
    expect(await said(page)).toEqual([]);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await selection(page)).toMatchObject({ path: "p2", offset: start + 1 });
    const reprisals = "Comment 1 of 4, by Director A. Mensah: Say which reprisals. On: “reprisals”";
    await expect.poll(() => said(page)).toEqual([reprisals]);
    expect(await announcement(page)).toBe(reprisals);
    // Moving on within the same words (selecting too) says nothing more.
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Shift+ArrowLeft");
    expect(await said(page)).toEqual([reprisals]);
    // Out of them, and back in: said again.
    for (let i = 0; i < 12 && (await selection(page)).offset <= end; i++) await page.keyboard.press("ArrowRight");
    expect((await selection(page)).offset).toBeGreaterThan(end);
    expect(await said(page)).toEqual([reprisals]);
    for (let i = 0; i < 12 && (await selection(page)).offset >= end; i++) await page.keyboard.press("ArrowLeft");
    await expect.poll(() => said(page)).toEqual([reprisals, reprisals]);
    // Arriving says the comment only: the side panel is left as it was (F8 or a click shows one).
    expect((await shown(page)).id).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("in a paper without comments, F8 and Shift+F8 say so and leave the caret where it was", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openPaper(page, clean);
    await page.focus(".review-paper");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("F8");
    await expect.poll(() => announcement(page)).toBe("No comments in this paper");
    await page.keyboard.press("Shift+F8");
    await expect.poll(() => said(page)).toEqual(["No comments in this paper", "No comments in this paper"]);
    expect(await selection(page)).toEqual({ path: "p1", offset: 1, selected: "" });
    expect(await page.$(".comment-item.active")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
