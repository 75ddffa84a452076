/**
 * The directors' usability audit, end to end against the built app: every feedback report of the
 * desk (or of the papers the filter shows) in one .zip, opened here with JSZip; a file imported
 * twice in Draft opens the paper it already is (a copy only when asked); and a comment on words
 * selected in the review paper with the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import JSZip from "jszip";
import { createDocument } from "@clausewise/schema";
import { downloadText, launch, openStudio } from "./browser.ts";
import { clean, formatSlips, overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const json = (name: string, doc: ReturnType<typeof createDocument>) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) });

async function openDesk(page: Page, count: number): Promise<void> {
  await page.setInputFiles("#desk-file-input", [
    json("wp1.json", createDocument(clean)),
    json("wp2.json", createDocument(formatSlips)),
    json("wp3.json", createDocument(overreaching)),
    // No code and a title with characters no file system takes everywhere: named after the title, made safe.
    json("wp4.json", createDocument({ ...clean, heading: { ...clean.heading, code: "", topic: 'Water: "clean" & safe / for all?' } })),
  ].slice(0, count));
  await page.waitForFunction((n) => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === n, count);
}

describe("feedback for many papers at once", () => {
  test("one .zip holds every paper's report, named after its code, in the table's order; a filter narrows it", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openDesk(page, 4);
    // A comment and a verdict on one paper reach its report in the .zip.
    await page.click('.desk-table tr:has(.file-name:text("wp3.json")) .paper-link');
    await page.selectOption("#comment-clause", { index: 3 });
    await page.fill("#comment-body", "Only the Security Council may deploy a mission.");
    await page.click("#add-comment");
    await page.waitForSelector(".comment-item");
    await page.check('input[name="verdict"][value="return"]');
    await page.click("#back-to-desk");

    expect((await page.textContent("#export-reports"))!.trim()).toBe("Download all 4 feedback reports (.zip)");
    const all = await downloadText(page, () => page.click("#export-reports"));
    expect(all.name).toMatch(/^feedback-reports-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(all.bytes);
    const names = Object.keys(zip.files);
    // The table is sorted by title: "Privacy…", "Protection…", "The right…", "Water…".
    expect(names).toEqual(["HRC-WP.2-feedback.html", "HRC-WP.3-feedback.html", "HRC-WP.1-feedback.html", "Water-clean-safe-for-all-feedback.html"]);
    for (const name of names) expect(name).toMatch(/^[\p{L}\p{N}._-]+$/u);
    const wp3 = await zip.file("HRC-WP.3-feedback.html")!.async("string");
    expect(wp3).toContain("Feedback: Protection of human rights defenders");
    expect(wp3).toContain("Only the Security Council may deploy a mission.");
    expect(wp3).toContain("Returned to the sponsors with feedback");
    expect(wp3).toContain("binding language"); // its findings are in, not an empty list
    expect(await zip.file("HRC-WP.1-feedback.html")!.async("string")).toContain("Feedback: The right to education in emergencies");
    expect(await page.textContent('.message[data-key="reports"]')).toContain("Downloaded 4 feedback reports in one .zip");

    // Filtered: only the papers shown.
    await page.selectOption("#desk-category", "binding");
    expect((await page.textContent("#export-reports"))!.trim()).toBe("Download the feedback report shown (.zip)");
    const some = await downloadText(page, () => page.click("#export-reports"));
    expect(Object.keys((await JSZip.loadAsync(some.bytes)).files)).toEqual(["HRC-WP.3-feedback.html"]);
    // The button keeps the focus (it is never disabled under it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("export-reports");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a file imported twice in Draft", () => {
  test("opens the paper it already is, keeps its edits, and makes a copy only when asked", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const file = json("privacy.json", createDocument(formatSlips));
    const paperCount = () => page.locator(".paper-list button.paper-open").count();
    await page.setInputFiles("#draft-file-input", file);
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await paperCount()).toBe(1);
    // An edit, then another paper, then the same file again.
    await page.click("resolution-editor .ProseMirror");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" soon");
    await page.click("#new-paper");
    await expect.poll(paperCount).toBe(2);
    await page.setInputFiles("#draft-file-input", file);
    await expect.poll(() => page.textContent('.message[data-key="import"]')).toMatch(/privacy\.json \(“Privacy in the digital age”\) is already among your papers: it is open/);
    expect(await paperCount()).toBe(2);
    await expect.poll(() => page.locator("resolution-editor .ProseMirror").textContent()).toContain("soon");
    // The caret is in the paper, as after any import.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe("resolution-editor");
    // After a reload the paper still knows its file.
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.setInputFiles("#draft-file-input", file);
    await expect.poll(() => page.textContent('.message[data-key="import"]')).toMatch(/already among your papers/);
    expect(await paperCount()).toBe(2);
    // Asked for: a copy.
    await page.click('.message[data-key="import"] .message-action');
    await expect.poll(paperCount).toBe(3);
    await expect.poll(() => page.textContent('.message[data-key="import"]')).toMatch(/^\s*Imported privacy\.json/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a comment on selected words, by keyboard", () => {
  test("Tab to the paper, Shift+arrows select words, Ctrl+Alt+M goes to the comment box, Ctrl+Enter adds it", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openDesk(page, 1);
    await page.focus(".desk-table .paper-link");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".review-paper .paper-view");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("review-title");
    // The paper is a tab stop after the bar's buttons, named and described for screen readers.
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))); i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))).toBe(true);
    expect(await page.getAttribute(".review-paper", "aria-label")).toBe("Paper (read-only)");
    expect(await page.textContent("#review-paper-keys")).toContain("Shift with the arrow keys selects words");
    // A text field that is read-only, with the caret (the browser's own) in the first clause.
    expect(await page.getAttribute(".review-paper", "role")).toBe("textbox");
    expect(await page.getAttribute(".review-paper", "aria-readonly")).toBe("true");
    expect(await page.evaluate(() => getSelection()!.isCollapsed && !!getSelection()!.focusNode!.parentElement!.closest('[data-path="p1"]'))).toBe(true);
    // Down to the first operative clause ("Encourages States …"), then select two words.
    for (let i = 0; i < 10; i++) {
      const at = await page.evaluate(() => getSelection()!.focusNode!.parentElement!.closest("[data-clause-id]")?.textContent ?? "");
      if (at.startsWith("Encourages")) break;
      await page.keyboard.press("ArrowDown");
    }
    // Back to the clause's first word (the caret may be on its second line), a word at a time.
    const offsetInClause = () =>
      page.evaluate(() => {
        const s = getSelection()!;
        const part = (s.focusNode instanceof Element ? s.focusNode : s.focusNode!.parentElement!).closest("[data-part]");
        if (!part) return -1; // on the clause's number, before its text
        const r = document.createRange();
        r.setStart(part, 0);
        r.setEnd(s.focusNode!, s.focusOffset);
        return r.toString().length;
      });
    // Its start may be the end of its number ("1."), the same place on screen: the comment starts at its text.
    for (let i = 0; i < 20 && (await offsetInClause()) > 0; i++) await page.keyboard.press("Control+ArrowLeft");
    expect(await offsetInClause()).toBeLessThanOrEqual(0);
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    expect(await page.evaluate(() => getSelection()!.toString())).toMatch(/Encourages States$/);
    await expect.poll(() => page.textContent("#comment-target")).toMatch(/“Encourages States ?” in operative clause 1\./);
    await page.keyboard.press("Control+Alt+M");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("comment-body");
    expect(await page.getAttribute("#comment-body", "aria-describedby")).toContain("comment-target");
    await page.keyboard.type("Name the States concerned.");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector(".comment-item");
    expect((await page.textContent(".comment-item q"))!.trim()).toBe("Encourages States");

    // The button does the same, reached by Tab from the paper with the selection kept.
    await page.focus(".review-paper");
    await page.keyboard.press("End");
    await page.keyboard.press("Shift+Home");
    const selected = (await page.evaluate(() => getSelection()!.toString())).trim();
    expect(selected.length).toBeGreaterThan(10);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("comment-on-selection");
    expect(await page.getAttribute("#comment-on-selection", "aria-keyshortcuts")).toBe("Control+Alt+M");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("comment-body");
    expect(await page.textContent("#comment-target")).toContain(selected.slice(0, 10));
    expect(errors).toEqual([]);
    await context.close();
  });

  test("Home then Shift+End selects a clause's text, not its number; choosing again takes the selection as it is now", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openDesk(page, 1);
    await page.click(".desk-table .paper-link");
    await page.waitForSelector(".review-paper .paper-view");
    await page.focus(".review-paper");
    for (let i = 0; i < 10; i++) {
      const at = await page.evaluate(() => getSelection()!.focusNode!.parentElement!.closest("[data-clause-id]")?.textContent ?? "");
      if (at.startsWith("Encourages")) break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    const line = (await page.evaluate(() => getSelection()!.toString())).trim();
    expect(line).toMatch(/^Encourages States/); // the number "1." was where Home stopped, and End stopped after it
    await page.keyboard.press("Control+Alt+M");
    await expect.poll(() => page.textContent("#comment-target")).toMatch(/“Encourages States/);
    // Back in the paper, the caret moved to the next clause with nothing selected: the place is
    // that clause now, not the words chosen before.
    await page.focus(".review-paper");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const clauseNow = await page.evaluate(() => getSelection()!.focusNode!.parentElement!.closest("[data-path]")?.getAttribute("data-path"));
    await page.keyboard.press("Control+Alt+M");
    await expect.poll(() => page.textContent("#comment-target")).not.toMatch(/“Encourages States/);
    expect(clauseNow).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("with nothing selected or chosen, the button says what to do and puts the focus in the paper", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openDesk(page, 1);
    await page.click(".desk-table .paper-link");
    await page.waitForSelector(".review-paper .paper-view");
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.click("#comment-on-selection");
    await expect.poll(() => page.textContent("#comment-error")).toMatch(/select words in the paper/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("review-paper"))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
