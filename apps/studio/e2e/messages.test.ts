/**
 * Messages, end to end in Chromium against the built app: one message at a time per subject,
 * validation messages next to the form they are about and gone once the problem is fixed, and
 * never a message over a control.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { launch, openStudio } from "./browser.ts";
import { clean, formatSlips, overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Controls in the viewport that something else is drawn over (at their centre). */
const coveredControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("cw-studio button, cw-studio .button, cw-studio select, cw-studio textarea, cw-studio input:not(.visually-hidden)")]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const top = document.elementFromPoint(x, y);
        if (!top || el.contains(top) || top.contains(el) || top === el.closest("label")) return false;
        // Scrolled under a sticky bar (the app bar, a table's header) is not covered by a message.
        for (let a: Element | null = top; a; a = a.parentElement) if (getComputedStyle(a).position === "sticky") return false;
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 30)}” under ${document.elementFromPoint(el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2, el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)?.className}`),
  );

/** The error messages on screen, wherever they are shown. */
const shownErrors = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".message.error, .field-error")]
      .filter((el) => el.getClientRects().length > 0 && el.textContent!.trim() !== "")
      .map((el) => el.textContent!.replace(/×$/, "").trim()),
  );

const json = (name: string, doc: ReturnType<typeof createDocument>) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) });

describe("messages", () => {
  test("adding a comment without a clause or text: one message by the form, updated as things are fixed, gone when all are", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await page.setInputFiles("#desk-file-input", [json("wp3.json", createDocument(overreaching))]);
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector("#comment-body");

    await page.fill("#comment-body", "Use “Calls upon”.");
    await page.click("#add-comment");
    await expect.poll(() => shownErrors(page)).toHaveLength(1);
    expect((await shownErrors(page))[0]).toMatch(/Choose a clause/);
    expect(await coveredControls(page)).toEqual([]);

    await page.fill("#comment-body", "");
    await page.click("#add-comment");
    await expect.poll(async () => (await shownErrors(page)).join(" | ")).toMatch(/Write the comment/);
    expect(await shownErrors(page)).toHaveLength(1);
    expect(await coveredControls(page)).toEqual([]);

    // A clause chosen: what is left is the missing text.
    await page.selectOption("#comment-clause", { index: 3 });
    await expect.poll(async () => (await shownErrors(page)).join(" | ")).not.toMatch(/Choose a clause/);
    expect(await shownErrors(page)).toHaveLength(1);
    // Text written: nothing left to say.
    await page.fill("#comment-body", "Use “Calls upon”.");
    await expect.poll(() => shownErrors(page)).toEqual([]);
    await page.click("#add-comment");
    await page.waitForSelector(".comment-item");
    expect(await shownErrors(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a damaged file on the desk is reported without covering the table, and a newer such message replaces the older", async () => {
    const { page, context } = await openStudio(browser, url(), { hash: "#review", viewport: { width: 1280, height: 640 } });
    const papers = Array.from({ length: 9 }, (_, i) => json(`wp${i + 1}.json`, createDocument([clean, formatSlips, overreaching][i % 3]!)));
    await page.setInputFiles("#desk-file-input", [
      ...papers,
      { name: "corrupt.docx", mimeType: "application/octet-stream", buffer: Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 9);
    await expect.poll(() => shownErrors(page)).toHaveLength(1);
    expect((await shownErrors(page))[0]).toContain("corrupt.docx");
    expect(await coveredControls(page)).toEqual([]);
    // The last row's verdict and buttons can be reached and are not under the message.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await coveredControls(page)).toEqual([]);

    await page.setInputFiles("#desk-file-input", [{ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ not json") }]);
    await expect.poll(async () => (await shownErrors(page)).join(" | ")).toContain("notes.json");
    expect(await shownErrors(page)).toHaveLength(1);
    await context.close();
  });

  test("in Draft, a failed import's message is replaced by the next import's, and never covers the paper's controls", async () => {
    const { page, context } = await openStudio(browser, url(), { viewport: { width: 1280, height: 640 } });
    await page.setInputFiles("#draft-file-input", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"type":"doc","content":[1]}') });
    await expect.poll(() => shownErrors(page)).toHaveLength(1);
    await page.setInputFiles("#draft-file-input", { name: "also-broken.docx", mimeType: "application/octet-stream", buffer: Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]) });
    await expect.poll(async () => (await shownErrors(page)).join(" | ")).toContain("also-broken.docx");
    expect(await shownErrors(page)).toHaveLength(1);
    await page.setInputFiles("#draft-file-input", json("wp3.json", createDocument(overreaching)));
    await page.waitForSelector("resolution-editor .ProseMirror");
    await expect.poll(() => shownErrors(page)).toEqual([]);
    expect(await coveredControls(page)).toEqual([]);
    await context.close();
  });
});
