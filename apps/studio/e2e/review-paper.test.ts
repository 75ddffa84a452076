/**
 * The review's paper as a text field, end to end in Chromium against the built app: screen readers
 * get a focused, multiline, editable textbox marked read-only, whose caret the browser itself moves
 * (the arrow keys are not taken over by the page); nothing typed, pasted or composed by an input
 * method changes the paper; and a comment on words selected with the keyboard lands on those words,
 * shows with its author, is in the report and in the paper's .json and Word exports, survives a reload and can be deleted.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import JSZip from "jszip";
import { createDocument } from "@clausewise/schema";
import { lintDocument } from "@clausewise/lint";
import { downloadText, launch, openStudio } from "./browser.ts";
import { overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function openPaper(page: Page): Promise<void> {
  const doc = createDocument(overreaching);
  await page.setInputFiles("#desk-file-input", [{ name: "wp3.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) }]);
  await page.waitForSelector(".desk-table tbody tr:not(.pending)");
  await page.click(".desk-table .paper-link");
  await page.waitForSelector(".review-paper .paper-view");
}

/** Where the caret (the selection's moving end) is: the clause's path and the offset in its text. */
const caret = (page: Page) =>
  page.evaluate(() => {
    const s = getSelection()!;
    const el = s.focusNode instanceof Element ? s.focusNode : s.focusNode!.parentElement!;
    const part = el.closest<HTMLElement>("[data-part]");
    if (!part) return { path: null, offset: -1, selected: s.toString() };
    const r = document.createRange();
    r.setStart(part, 0);
    r.setEnd(s.focusNode!, s.focusOffset);
    return { path: part.closest("[data-path]")!.getAttribute("data-path"), offset: r.toString().length, selected: s.toString() };
  });

/** The arrow keys reach the browser: records whether anything on the page cancelled each key press. */
const watchKeys = (page: Page) =>
  page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { __prevented: boolean[] }).__prevented = seen;
    addEventListener("keydown", (e) => seen.push(e.defaultPrevented));
  });

describe("the review's paper is a read-only text field", () => {
  test("screen readers get a focused, read-only, multiline textbox, and the browser's own caret moves with the arrow keys", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openPaper(page);
    // Reached by Tab after the review's bar, as before.
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))); i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))).toBe(true);
    const attrs = await page.$eval(".review-paper", (el) =>
      Object.fromEntries(["role", "aria-readonly", "aria-multiline", "contenteditable", "inputmode", "spellcheck"].map((a) => [a, el.getAttribute(a)])),
    );
    expect(attrs).toEqual({ role: "textbox", "aria-readonly": "true", "aria-multiline": "true", contenteditable: "true", inputmode: "none", spellcheck: "false" });

    // What Chromium tells assistive technology about the focused element: an editable rich-text
    // textbox (so screen readers follow its caret as in any text field), named, described as read-only.
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
    const focused = nodes.find((n) => n.role?.value === "textbox" && n.properties?.some((p) => p.name === "focused" && p.value.value === true))!;
    const props = Object.fromEntries((focused.properties ?? []).map((p) => [p.name, p.value.value]));
    expect(focused.role?.value).toBe("textbox");
    expect(focused.name?.value).toBe("Paper (read-only)");
    expect(focused.description?.value).toMatch(/^Read-only: typing changes nothing\./);
    expect(props).toMatchObject({ editable: "richtext", multiline: true, focusable: true });

    // The caret starts at the first clause's text; the arrow keys move the document's selection,
    // and no handler on the page cancels them: the browser moves the caret, as in a text field.
    expect(await caret(page)).toEqual({ path: "p1", offset: 0, selected: "" });
    await watchKeys(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    expect(await caret(page)).toEqual({ path: "p1", offset: 3, selected: "" });
    await page.keyboard.press("ArrowLeft");
    expect(await caret(page)).toEqual({ path: "p1", offset: 2, selected: "" });
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    expect(await caret(page)).toMatchObject({ path: "p1", offset: 4, selected: "ca" });
    await page.keyboard.press("Control+Shift+ArrowRight");
    expect((await caret(page)).selected).toMatch(/^calling/);
    // Down a line at a time (the first clause takes a few lines) into the next clause.
    let presses = 7;
    for (; presses < 20 && (await caret(page)).path === "p1"; presses++) await page.keyboard.press("ArrowDown");
    expect(await caret(page)).toMatchObject({ path: "p2", selected: "" });
    // Every keydown (the modifiers' own too) went to the browser uncancelled.
    const prevented = await page.evaluate(() => (window as unknown as { __prevented: boolean[] }).__prevented);
    expect(prevented.length).toBeGreaterThanOrEqual(presses);
    expect(prevented.every((p) => !p)).toBe(true);
    // The caret is the browser's, in the paper's accent colour: none is drawn by the page.
    expect(await page.$(".review-paper .kb-caret")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("nothing typed, deleted, pasted, cut or composed changes the paper, and comments still land on the words chosen", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openPaper(page);
    const text = () => page.textContent(".review-paper .paper-view");
    const before = await text();
    await page.focus(".review-paper");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type("xyz");
    for (const key of ["Enter", "Backspace", "Delete", "Control+x", "Control+v", "Control+b", "Control+z", "Tab"]) {
      await page.focus(".review-paper");
      await page.keyboard.press(key);
    }
    await page.focus(".review-paper");
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "pasted");
      document.querySelector(".review-paper")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await text()).toBe(before);

    // An input method's composition cannot be cancelled: the paper is rendered again from its document.
    const cdp = await context.newCDPSession(page);
    await page.keyboard.press("Shift+ArrowRight");
    await cdp.send("Input.imeSetComposition", { text: "に", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "にほ", selectionStart: 2, selectionEnd: 2 });
    await cdp.send("Input.insertText", { text: "日本" });
    await expect.poll(text).toBe(before);
    expect(await page.$eval(".review-paper", (el) => el.textContent!.includes("日本") || el.textContent!.includes("にほ"))).toBe(false);

    // The paper rendered anew still maps a selection to its words: "global fund" in operative clause 2.
    await page.focus(".review-paper");
    for (let i = 0; i < 20 && (await caret(page)).path !== "2"; i++) await page.keyboard.press("ArrowDown");
    expect((await caret(page)).path).toBe("2");
    await page.keyboard.press("Home");
    expect(await caret(page)).toMatchObject({ path: "2", offset: 0 });
    const clause = "Decides to establish a global fund";
    for (let i = 0; i < clause.indexOf("global"); i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < "global fund".length; i++) await page.keyboard.press("Shift+ArrowRight");
    expect((await caret(page)).selected).toBe("global fund");
    await page.keyboard.press("Control+Alt+M");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("comment-body");
    expect(await page.textContent("#comment-target")).toBe("“global fund” in operative clause 2.");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a comment on words selected by keyboard shows on them with its author, is in the report, the .json and the Word file, survives a reload, can be edited and deleted", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openPaper(page);
    await page.fill("#reviewer-name", "R. Ortiz");
    await page.dispatchEvent("#reviewer-name", "change");
    await page.focus(".review-paper");
    for (let i = 0; i < 20 && (await caret(page)).path !== "3"; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    // "Decides to deploy a monitoring mission …": "monitoring mission", a character at a time.
    const clause = "Decides to deploy a monitoring mission";
    for (let i = 0; i < clause.indexOf("monitoring"); i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < "monitoring mission".length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+Alt+M");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("comment-body");
    await page.keyboard.type("Which body would deploy it?");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector(".comment-item");
    const shown = async () => ({
      highlighted: await page.$$eval(".review-paper .commented", (els) => els.map((e) => e.textContent).join("")),
      quote: (await page.textContent(".comment-item q"))?.trim(),
      body: (await page.textContent(".comment-item .comment-body"))?.trim(),
      author: (await page.textContent(".comment-item small"))?.trim(),
    });
    const expected = { highlighted: "monitoring mission", quote: "monitoring mission", body: "Which body would deploy it?" };
    expect(await shown()).toMatchObject(expected);
    expect((await shown()).author).toMatch(/^R\. Ortiz · /);

    // The report quotes the words; the paper's JSON has the comment mark on exactly them.
    const report = await downloadText(page, () => page.click("#export-report"));
    expect(report.text).toContain("on “monitoring mission”");
    expect(report.text).toContain("Which body would deploy it?");
    expect(report.text).toContain("R. Ortiz");
    const paper = JSON.parse((await downloadText(page, () => page.click("#export-paper-json"))).text);
    const marked: string[] = [];
    const walk = (n: { text?: string; marks?: { type: string; attrs: { body: string; author: string } }[]; content?: unknown[] }) => {
      if (n.marks?.some((m) => m.type === "comment" && m.attrs.body === "Which body would deploy it?" && m.attrs.author === "R. Ortiz")) marked.push(n.text!);
      (n.content as (typeof n)[] | undefined)?.forEach(walk);
    };
    walk(paper);
    expect(marked.join("")).toBe("monitoring mission");
    // In Word, the comment is Word's own, on the same words, by the same reviewer.
    const word = await downloadText(page, () => page.click("#export-paper-docx"));
    expect(word.name).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(word.bytes);
    const comments = await zip.file("word/comments.xml")!.async("string");
    expect(comments).toMatch(/<w:comment [^>]*w:author="R\. Ortiz"/);
    expect(comments).toContain(">Which body would deploy it?<");
    const body = await zip.file("word/document.xml")!.async("string");
    const range = body.slice(body.indexOf('<w:commentRangeStart w:id="0"/>'), body.indexOf('<w:commentRangeEnd w:id="0"/>'));
    expect([...range.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).toBe("monitoring mission");

    // Kept in the desk's record: after a reload the paper opens with the comment on the same words.
    await page.reload();
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    expect((await page.textContent('.desk-table td[data-col="comments"]'))!.trim()).toBe("1");
    await page.click(".desk-table .paper-link");
    await page.waitForSelector(".comment-item");
    expect(await shown()).toMatchObject(expected);

    // Edited in its place in the list: the words change, the author and the highlighted words stay.
    await page.click(".comment-item button.edit");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    // Esc leaves it as it was, and the focus goes back to its Edit button.
    await page.keyboard.type(" And when?");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("edit"))).toBe(true);
    expect(await shown()).toMatchObject(expected);
    // No words: refused with the reason, the box stays open.
    await page.keyboard.press("Enter");
    await page.fill(".comment-edit textarea", "  ");
    await page.click(".comment-edit button.primary");
    expect((await page.textContent(".comment-edit .field-error"))!.trim()).toBe("A comment needs some words: write them, or delete the comment.");
    // It goes as soon as there are words again.
    await page.type(".comment-edit textarea", "x");
    await page.waitForSelector(".comment-edit .field-error:empty", { state: "attached" });
    // Ctrl+Enter keeps new words, said by the list's live region.
    await page.fill(".comment-edit textarea", "Which body would deploy it,\nand with whose consent?");
    await page.focus(".comment-edit textarea");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector(".comment-edit", { state: "detached" });
    const edited = { ...expected, body: "Which body would deploy it,\nand with whose consent?" };
    expect(await shown()).toMatchObject(edited);
    expect((await shown()).author).toMatch(/^R\. Ortiz · /);
    expect((await page.textContent("#comment-list-status"))!.trim()).toBe("Comment changed");
    await page.reload();
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    await page.click(".desk-table .paper-link");
    await page.waitForSelector(".comment-item");
    expect(await shown()).toMatchObject(edited);
    // An edit left open is kept, not dropped, when the reviewer goes back to the desk.
    await page.click(".comment-item button.edit");
    await page.fill(".comment-edit textarea", "Left open, still kept.");
    await page.click("#back-to-desk");
    await page.waitForSelector(".desk-table");
    await page.click(".desk-table .paper-link");
    await page.waitForSelector(".comment-item");
    expect((await shown()).body).toBe("Left open, still kept.");

    // Deleted: gone from the paper, the list and the table, and stays gone after a reload.
    await page.click(".comment-item button.danger");
    await page.waitForSelector(".comment-item", { state: "detached" });
    expect(await page.$(".review-paper .commented")).toBeNull();
    await page.reload();
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    expect((await page.textContent('.desk-table td[data-col="comments"]'))!.trim()).toBe("0");
    expect(errors).toEqual([]);
    await context.close();
  });
  test("a click on underlined words, or the caret brought into them, opens their findings at the top of the panel, in view; the full list is a click away", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review", viewport: { width: 1280, height: 800 } });
    await openPaper(page);
    const doc = createDocument(overreaching);
    const findings = lintDocument(doc, { committee: "hrc" });
    // Clause 2's finding (a new fund), by the words it underlines.
    const fund = findings.find((d) => d.clause.path === "2" && d.category === "new-body")!;
    expect(fund).toBeDefined();
    expect(await page.textContent(".findings-pointer")).toContain(`see all ${findings.length} findings`);
    const underlined = page.locator('.review-paper [data-path="2"] .finding').first();
    await underlined.click();
    await page.waitForSelector(".findings-at");
    const panel = await page.$eval(".review-panel", (aside) => ({
      first: aside.firstElementChild!.classList.contains("findings-at"),
      heading: aside.querySelector("#findings-at-heading")!.textContent!.replace(/\s+/g, " ").trim(),
      messages: [...aside.querySelectorAll(".findings-at .finding-message")].map((m) => m.textContent!.trim()),
      explained: aside.querySelector(".findings-at li p")!.textContent!.trim(),
      top: aside.querySelector(".findings-at")!.getBoundingClientRect().top,
    }));
    expect(panel.first).toBe(true);
    expect(panel.heading).toMatch(/^Clause 2: (the finding|\d+ findings) on these words/);
    expect(panel.messages).toContain(fund.message);
    expect(panel.explained.length).toBeGreaterThan(20);
    expect(panel.top).toBeLessThan(800);
    // A click on words without a finding closes it, as does its Close button.
    await page.click('.review-paper [data-path="p1"] .pv-text');
    await page.waitForSelector(".findings-at", { state: "detached" });
    await underlined.click();
    await page.click(".close-findings-at");
    await page.waitForSelector(".findings-at", { state: "detached" });
    // Closed, the focus goes to the line that opens the full list, not to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("go-to-findings");
    // With the panel scrolled down to the list, the findings on clicked words still come into view.
    await page.$eval(".review-panel", (panel) => panel.scrollTo(0, panel.scrollHeight));
    await underlined.click();
    await page.waitForSelector(".findings-at");
    await expect.poll(() => page.$eval(".findings-at", (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    await page.click(".close-findings-at");
    // By keyboard: the caret brought into the underlined words by the arrow keys opens them too,
    // and moved on to words without a finding closes them.
    await page.focus(".review-paper");
    for (let i = 0; i < 20 && (await caret(page)).path !== "2"; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    for (let i = 0; i < "Decides to es".length; i++) await page.keyboard.press("ArrowRight");
    await page.waitForSelector(".findings-at");
    expect(await page.$$eval(".findings-at .finding-message", (els) => els.map((e) => e.textContent!.trim()))).toContain(fund.message);
    // Still the paper's caret: the focus did not move to the panel.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))).toBe(true);
    await page.keyboard.press("Home");
    await page.waitForSelector(".findings-at", { state: "detached" });
    // "See all findings" brings the list's heading into view with the focus on it.
    await page.click("#go-to-findings");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("findings-heading");
    expect(await page.$eval("#findings-heading", (h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
