/**
 * Takes the README screenshots (1280×800) of both modes in the built app:
 *   pnpm --filter @clausewise/studio screenshots
 * Writes apps/studio/docs/*.png. Not part of `pnpm test` (it writes files; it asserts only that
 * the pages render).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { launch, openStudio } from "./browser.ts";
import { clean, formatSlips, overreaching } from "./fixtures.ts";

const out = process.env.SCREENSHOT_DIR ?? join(import.meta.dirname, "..", "docs");
let browser: Browser;
beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  browser = await launch();
});
afterAll(() => browser?.close());

const file = (name: string, input: Parameters<typeof createDocument>[0]) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(createDocument(input).toJSON())),
});

test("draft mode", async () => {
  const { page, context } = await openStudio(browser, inject("studioURL"));
  await page.setInputFiles("#draft-file-input", [file("hrc-wp3.json", overreaching)]);
  await page.waitForSelector(".paper-item.active");
  await page.waitForSelector(".finding-item");
  await page.mouse.move(0, 0);
  // An imported paper opens with the caret in it; the pictures show the paper without its focus ring.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(out, "draft.png") });
  await page.click("#mandate-button");
  await page.waitForSelector(".dialog .mandate");
  await page.screenshot({ path: join(out, "mandate.png") });
  await page.keyboard.press("Escape");
  await page.waitForSelector("dialog.dialog", { state: "detached" });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: join(out, "draft-tablet.png") });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(out, "print.png"), fullPage: true });
  await context.close();
});

test("review desk", async () => {
  const { page, context } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
  await page.setInputFiles("#desk-file-input", [
    file("hrc-wp1-education.json", clean),
    file("hrc-wp2-privacy.json", formatSlips),
    file("hrc-wp3-defenders.json", overreaching),
  ]);
  await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 3);
  await page.click('button.sort[data-sort="errors"]');
  await page.screenshot({ path: join(out, "review-desk.png") });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: join(out, "review-desk-tablet.png") });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.click(".desk-table tbody tr:first-child .paper-link");
  await page.waitForSelector(".review-paper .paper-view");
  await page.selectOption("#comment-clause", { index: 3 });
  await page.fill("#reviewer-name", "Director A. Mensah");
  await page.dispatchEvent("#reviewer-name", "change");
  await page.fill("#comment-body", "A Council resolution cannot demand: try “Calls upon States to release…”.");
  await page.click("#add-comment");
  await page.waitForSelector(".comment-item");
  await page.check('input[name="verdict"][value="return"]');
  // The findings on the words clicked open at the top of the panel.
  await page.locator('.review-paper [data-path="2"] .finding').first().click();
  await page.waitForSelector(".findings-at");
  await page.mouse.move(0, 0);
  await page.$eval(".review-panel", (el) => (el.scrollTop = 0));
  await page.screenshot({ path: join(out, "review-paper.png") });
  expect(await page.locator(".comment-item").count()).toBe(1);
  await context.close();
});
