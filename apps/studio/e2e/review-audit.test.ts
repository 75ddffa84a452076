/**
 * Fixes from an audit of the review's read-only paper, end to end in Chromium against the built
 * app: a triple-clicked clause is the comment's place (never an earlier word kept); deleting
 * comments by keyboard deletes one at a time and keeps the focus in the list; a clause's number
 * or end punctuation chooses the clause; opening another paper leaves the old one's selection behind.
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

async function addPapers(page: Page, docs: (Node | DocumentInput)[]): Promise<void> {
  await page.setInputFiles(
    "#desk-file-input",
    docs.map((doc, i) => {
      const json = "toJSON" in doc ? doc.toJSON() : createDocument(doc).toJSON();
      return { name: `wp${i + 1}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json)) };
    }),
  );
  await page.waitForFunction((n) => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === n, docs.length);
}

async function openPaper(page: Page, title = ""): Promise<void> {
  const links = await page.$$(".desk-table .paper-link");
  for (const link of links) {
    if ((await link.textContent())!.includes(title)) {
      await link.click();
      break;
    }
  }
  await page.waitForSelector(".review-paper .paper-view");
}

/** Clicks `count` times on a word of a clause's text (its first occurrence), where it is on the screen. */
async function clickWord(page: Page, path: string, word: string, count: number): Promise<void> {
  const { x, y } = await page.evaluate(
    ([path, word]) => {
      const text = document.querySelector(`.review-paper [data-path="${path}"] .pv-text`)!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(word);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + word.length);
        const box = r.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`no "${word}" in clause ${path}`);
    },
    [path, word] as const,
  );
  await page.mouse.click(x, y, { clickCount: count });
}

const target = async (page: Page) => (await page.textContent("#comment-target"))!.trim();

function withComments(): Node {
  let doc = createDocument(overreaching);
  const clauses = clauseModel(doc).clauses;
  const on = (path: string, words: string): CommentTarget => {
    const clause = clauses.find((c) => c.path === path)!;
    const start = clause.text.indexOf(words);
    return { clauseId: clause.id, start, end: start + words.length };
  };
  const comment = (id: string, body: string) => ({ id, author: "R. Ortiz", body, created: "2026-11-22T08:00:00.000Z" });
  doc = addComment(doc, on("p2", "reprisals"), comment("m1", "Say which reprisals"));
  doc = addComment(doc, on("2", "global fund"), comment("m2", "Who would pay for it?"));
  doc = addComment(doc, on("3", "monitoring mission"), comment("m3", "A mission needs a mandate."));
  return doc;
}

describe("the review's paper after the audit", () => {
  test("a triple-clicked clause or sub-clause is the comment's place, not a word double-clicked before", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await addPapers(page, [overreaching]);
    await openPaper(page);
    // A word of operative clause 2, by double-click.
    await clickWord(page, "2", "Decides", 2);
    expect(await target(page)).toBe("“Decides” in operative clause 2.");
    // Operative clause 3, by triple-click: the selection begins in its number and ends at the next paragraph.
    await clickWord(page, "3", "monitoring", 3);
    const range = await page.evaluate(() => {
      const r = getSelection()!.getRangeAt(0);
      const el = (n: globalThis.Node) => (n instanceof Element ? n : n.parentElement!);
      return { start: el(r.startContainer).closest(".pv-label") !== null, endTag: el(r.endContainer).tagName, endOffset: r.endOffset };
    });
    expect(range).toEqual({ start: true, endTag: "P", endOffset: 0 });
    expect(await target(page)).toBe(`“${mission}” in operative clause 3.`);
    // "Comment on selected words" takes it as it is.
    await page.click("#comment-on-selection");
    expect(await target(page)).toBe(`“${mission}” in operative clause 3.`);
    // A sub-clause too.
    await clickWord(page, "4(a)", "recognition", 3);
    expect(await target(page)).toBe("“Legal recognition of the work of defenders” in operative clause 4(a).");
    await page.fill("#comment-body", "Whole clause");
    await page.click("#add-comment");
    await page.waitForSelector(".comment-item");
    expect((await page.textContent(".comment-item q"))!.trim()).toBe("Legal recognition of the work of defenders");

    // A selection that maps to no clause's text (the heading) clears the place.
    await clickWord(page, "2", "Decides", 2);
    expect(await target(page)).toBe("“Decides” in operative clause 2.");
    await page.dblclick(".review-paper .pv-topic", { position: { x: 5, y: 5 } });
    expect(await target(page)).toMatch(/^Nothing chosen/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("deleting comments by keyboard deletes one at a time, moves the focus to the next, previous, then the list, and says so", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await addPapers(page, [withComments()]);
    await openPaper(page);
    const ids = () => page.$$eval(".comment-item", (els) => els.map((e) => (e as HTMLElement).dataset.commentId));
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return { id: a.closest<HTMLElement>(".comment-item")?.dataset.commentId ?? null, danger: a.classList.contains("danger"), tag: a.tagName, elId: a.id };
      });
    const status = async () => (await page.textContent("#comment-list-status"))!.trim();
    expect(await ids()).toEqual(["m1", "m2", "m3"]);
    await page.focus('.comment-item[data-comment-id="m1"] button.danger');
    await page.keyboard.press("Enter");
    await expect.poll(ids).toEqual(["m2", "m3"]);
    await expect.poll(focused).toMatchObject({ id: "m2", danger: true });
    expect(await status()).toBe("Comment deleted");
    // Enter again deletes the comment now focused, and only it.
    await page.keyboard.press("Enter");
    await expect.poll(ids).toEqual(["m3"]);
    await expect.poll(focused).toMatchObject({ id: "m3", danger: true });
    expect(await status()).toBe("Comment deleted");

    // The last in the list: the focus goes to the one before it (two more comments, added through the form).
    for (const body of ["First", "Second"]) {
      await clickWord(page, "1", "Demands", 2);
      await page.fill("#comment-body", body);
      await page.click("#add-comment");
    }
    await expect.poll(async () => (await ids()).length).toBe(3);
    const list = await ids();
    await page.focus(`.comment-item[data-comment-id="${list[2]}"] button.danger`);
    await page.keyboard.press("Enter");
    await expect.poll(ids).toEqual(list.slice(0, 2));
    await expect.poll(focused).toMatchObject({ id: list[1], danger: true });
    await page.keyboard.press("Enter");
    await expect.poll(ids).toEqual(list.slice(0, 1));
    await expect.poll(focused).toMatchObject({ id: list[0], danger: true });
    // None left: the focus goes to the comments' heading, not to the page's body.
    await page.keyboard.press("Enter");
    await expect.poll(ids).toEqual([]);
    await expect.poll(focused).toMatchObject({ elId: "comments-heading" });
    expect(await status()).toBe("Comment deleted");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a clause's number or end punctuation, clicked or with the caret on it, chooses the clause", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await addPapers(page, [overreaching]);
    await openPaper(page);
    await page.click('.review-paper [data-path="3"] .pv-label');
    expect(await target(page)).toBe("The whole of operative clause 3.");
    await page.click('.review-paper [data-path="2"] .pv-end');
    expect(await target(page)).toBe("The whole of operative clause 2.");
    // The caret on a number, then Ctrl+Alt+M.
    await page.focus(".review-paper");
    await page.evaluate(() => {
      const label = document.querySelector('.review-paper [data-path="4"] .pv-label')!.firstChild!;
      getSelection()!.collapse(label, 1);
    });
    await page.keyboard.press("Control+Alt+M");
    expect(await target(page)).toBe("The whole of operative clause 4.");
    await page.focus(".review-paper");
    await page.evaluate(() => {
      const end = document.querySelector('.review-paper [data-path="p1"] .pv-end')!.firstChild!;
      getSelection()!.collapse(end, 1);
    });
    await page.keyboard.press("Control+Alt+M");
    expect(await target(page)).toBe("The whole of preambular clause 1.");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("opening another paper leaves the old paper's selection behind", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await addPapers(page, [overreaching, clean]);
    await openPaper(page);
    for (const go of [() => page.click("#next-paper"), () => page.keyboard.press("Alt+PageUp"), () => page.keyboard.press("Alt+PageDown")]) {
      // Words selected in this paper, by the keyboard (no place chosen for a comment yet).
      await page.evaluate(() => {
        const text = document.querySelector('.review-paper [data-path="1"] .pv-text')!;
        const r = document.createRange();
        r.setStart(text.firstChild!, 0);
        r.setEnd(text.firstChild!, 5);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      });
      const before = await page.textContent("#review-title");
      await go();
      await expect.poll(() => page.textContent("#review-title")).not.toBe(before);
      await page.waitForFunction(() => document.activeElement?.id === "review-title");
      expect(await page.evaluate(() => getSelection()!.toString())).toBe("");
      await page.click("#comment-on-selection");
      expect(await target(page)).toMatch(/^Nothing chosen/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test("after a comment is added, its clause stays active and the caret comes back to it", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await addPapers(page, [overreaching]);
    await openPaper(page);
    await clickWord(page, "3", "monitoring", 2);
    expect(await target(page)).toBe("“monitoring” in operative clause 3.");
    await page.focus("#comment-body");
    await page.keyboard.type("Which mission?");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector(".comment-item");
    expect(await target(page)).toMatch(/^Nothing chosen/);
    expect(await page.$$eval(".review-paper .pv-clause.active", (els) => els.map((e) => e.getAttribute("data-path")))).toEqual(["3"]);
    // Back in the paper with nothing selected there: the caret is in that clause.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.focus(".review-paper");
    const path = await page.evaluate(() => {
      const n = getSelection()!.focusNode!;
      return (n instanceof Element ? n : n.parentElement!).closest("[data-path]")?.getAttribute("data-path");
    });
    expect(path).toBe("3");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a copy of the paper's text keeps a space after each clause number and sub-clause letter", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await addPapers(page, [overreaching]);
    await openPaper(page);
    // The operative clauses, selected from the first number to the last end punctuation, copied with the keyboard.
    await page.focus(".review-paper");
    await page.evaluate(() => {
      const section = document.querySelector(".review-paper .pv-operative")!;
      const r = document.createRange();
      r.selectNodeContents(section);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual([
      "1. Demands that all States immediately release every detained human rights defender;",
      "2. Decides to establish a global fund for the protection of human rights defenders;",
      "3. Decides to deploy a monitoring mission to States where defenders are at risk;",
      "4. Encourages States to adopt national laws protecting defenders, including:",
      "(a) Legal recognition of the work of defenders;",
      "(b) Independent oversight of security forces.",
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("selecting with Shift+arrows says where the comment goes once the selection rests, not at every step", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await addPapers(page, [overreaching]);
    await openPaper(page);
    // Every text the live region is given, recorded as it changes.
    await page.evaluate(() => {
      const region = document.querySelector("#comment-target-announcement")!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await page.focus(".review-paper");
    await page.evaluate(() => {
      const text = document.querySelector('.review-paper [data-path="2"] .pv-text')!.firstChild!;
      getSelection()!.collapse(text, 0);
    });
    for (let i = 0; i < 7; i++) await page.keyboard.press("Shift+ArrowRight");
    // The form shows each step at once; the live region has said nothing yet.
    expect(await target(page)).toBe("“Decides” in operative clause 2.");
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
    expect(await said()).toEqual([]);
    await expect.poll(said).toEqual(["“Decides” in operative clause 2."]);
    // A clause chosen from the list is said too, once.
    await page.selectOption("#comment-clause", { label: await page.$eval("#comment-clause option:nth-child(5)", (o) => o.textContent!.trim()) });
    await expect.poll(said).toEqual(["“Decides” in operative clause 2.", "The whole of operative clause 2."]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("PageDown and PageUp leave the caret in a clause's text, never on its number", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    const long = { ...overreaching, operative: Array.from({ length: 80 }, (_, i) => `Encourages States to report on measure ${i + 1} for the protection of defenders`) };
    await addPapers(page, [long]);
    await openPaper(page);
    await page.focus(".review-paper");
    // The caret at the start of an operative clause's text, just after its number: where a move by
    // page keeps its column.
    await page.evaluate(() => {
      const text = document.querySelector('.review-paper [data-path="1"] .pv-text')!.firstChild!;
      getSelection()!.collapse(text, 0);
    });
    const where = () =>
      page.evaluate(() => {
        const s = getSelection()!;
        const el = s.focusNode instanceof Element ? s.focusNode : s.focusNode!.parentElement!;
        return { onNumber: el.closest(".pv-label") !== null, path: el.closest("[data-path]")?.getAttribute("data-path") ?? null };
      });
    const visited: { onNumber: boolean; path: string | null }[] = [];
    for (const key of ["PageDown", "PageDown", "PageDown", "PageUp", "PageUp"]) {
      await page.keyboard.press(key);
      visited.push(await where());
    }
    expect(new Set(visited.map((v) => v.path)).size).toBeGreaterThan(2);
    expect(visited.filter((v) => v.onNumber)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const viewport of [{ width: 768, height: 1024 }, { width: 390, height: 844 }, { width: 320, height: 640 }]) {
    test(`at ${viewport.width}×${viewport.height}, arrowing up through the paper keeps the caret's line below the sticky top bar`, async () => {
      const { page, context, errors } = await openStudio(browser, url(), { hash: "#review", viewport });
      const long = { ...overreaching, operative: Array.from({ length: 60 }, (_, i) => `Encourages States to report on measure ${i + 1} for the protection of defenders`) };
      await addPapers(page, [long]);
      await openPaper(page);
      await page.focus(".review-paper");
      // The caret in clause 40, scrolled to the middle of the window, then ten lines up and more.
      await page.evaluate(() => {
        const text = document.querySelector('.review-paper [data-path="40"] .pv-text')!.firstChild!;
        getSelection()!.collapse(text, 0);
        (text.parentElement as HTMLElement).scrollIntoView({ block: "center" });
      });
      const covered: number[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("ArrowUp");
        const { caretTop, barBottom } = await page.evaluate(() => {
          const r = getSelection()!.getRangeAt(0).getClientRects()[0] ?? (getSelection()!.focusNode as Element).parentElement!.getBoundingClientRect();
          return { caretTop: r.top, barBottom: document.querySelector(".app-bar")!.getBoundingClientRect().bottom };
        });
        if (caretTop < barBottom - 1) covered.push(i);
      }
      expect(covered).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test("at 390×844, F8 brings a comment's words into view below the sticky top bar", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review", viewport: { width: 390, height: 844 } });
    let doc = createDocument({ ...overreaching, operative: Array.from({ length: 60 }, (_, i) => `Encourages States to report on measure ${i + 1} for the protection of defenders`) });
    const clause = clauseModel(doc).clauses.find((c) => c.path === "3")!;
    doc = addComment(doc, { clauseId: clause.id, start: 0, end: "Encourages States".length }, { id: "c1", author: "R. Ortiz", body: "Which States?", created: "2026-11-22T08:00:00.000Z" });
    await addPapers(page, [doc]);
    await openPaper(page);
    await page.focus(".review-paper");
    // From the end of the paper, F8 goes back up to the comment on operative clause 3.
    await page.evaluate(() => {
      const text = document.querySelector('.review-paper [data-path="60"] .pv-text')!.firstChild!;
      getSelection()!.collapse(text, 0);
      (text.parentElement as HTMLElement).scrollIntoView({ block: "center" });
    });
    await page.keyboard.press("F8");
    await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe("Encourages States");
    const { wordsTop, barBottom } = await page.evaluate(() => ({
      wordsTop: getSelection()!.getRangeAt(0).getBoundingClientRect().top,
      barBottom: document.querySelector(".app-bar")!.getBoundingClientRect().bottom,
    }));
    expect(wordsTop).toBeGreaterThanOrEqual(barBottom - 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a character composed with an input method in a long paper is undone where it was typed: the paper is not drawn again and the reader keeps their place", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    const long = { ...overreaching, operative: Array.from({ length: 1500 }, (_, i) => `Encourages States to report on measure ${i + 1} for the protection of defenders`) };
    await addPapers(page, [long]);
    await openPaper(page);
    await page.focus(".review-paper");
    // The caret in clause 750, in the middle of the window; the paper's element marked, to tell
    // whether it is still the one drawn before.
    await page.evaluate(() => {
      const text = document.querySelector('.review-paper [data-path="750"] .pv-text')!.firstChild!;
      getSelection()!.collapse(text, 10);
      (text.parentElement as HTMLElement).scrollIntoView({ block: "center" });
      (document.querySelector(".review-paper .paper-view") as HTMLElement & { drawnBefore?: boolean }).drawnBefore = true;
    });
    const text = () => page.evaluate(() => document.querySelector(".review-paper .paper-view")!.textContent);
    const before = await text();
    const scrollBefore = await page.evaluate(() => scrollY);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "に", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "にほ", selectionStart: 2, selectionEnd: 2 });
    await cdp.send("Input.insertText", { text: "日本" });
    await expect.poll(text).toBe(before);
    const after = await page.evaluate(() => ({
      sameElement: (document.querySelector(".review-paper .paper-view") as HTMLElement & { drawnBefore?: boolean }).drawnBefore === true,
      scroll: scrollY,
      caretIn: getSelection()!.focusNode?.parentElement?.closest("[data-path]")?.getAttribute("data-path") ?? null,
    }));
    expect(after.sameElement).toBe(true);
    expect(Math.abs(after.scroll - scrollBefore)).toBeLessThan(2);
    expect(after.caretIn).toBe("750");
    expect(errors).toEqual([]);
    await context.close();
  });
});
