/**
 * The studio on a phone (390×844, touch), end to end in Chromium against the built app: no screen
 * is wider than the phone, the main actions are on screen, and the studio's own controls are
 * touch-sized.
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

const phone = { viewport: { width: 390, height: 844 }, touch: true } as const;

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Fully inside the viewport horizontally, with some size. */
const onScreen = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth;
  });

/** The studio's own controls (the editor's shadow DOM aside) smaller than 44×44 px. */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        "cw-studio button, cw-studio .button, cw-studio select, cw-studio textarea, cw-studio summary, cw-studio input:not([type=radio]):not([type=checkbox]):not(.visually-hidden)",
      ),
      ...[...document.querySelectorAll<HTMLInputElement>("cw-studio input[type=radio], cw-studio input[type=checkbox]")].map((i) => i.closest("label") ?? i),
    ];
    return controls
      .filter((el) => el.getClientRects().length > 0 && !el.closest(".print-only"))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
  });

async function openOnDesk(page: Page): Promise<void> {
  await page.setInputFiles("#desk-file-input", [
    { name: "hrc-wp1-education.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(clean).toJSON())) },
    { name: "hrc-wp2-privacy.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(formatSlips).toJSON())) },
    { name: "hrc-wp3-protection-of-human-rights-defenders.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(overreaching).toJSON())) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 3);
}

describe("on a phone (390 px)", () => {
  test("no screen is wider than the phone, and the main actions and the paper's title are on screen", async () => {
    const { page, context, errors } = await openStudio(browser, url(), phone);
    expect(await pageWidth(page), "welcome").toBeLessThanOrEqual(390);
    await page.tap('.template-card[data-committee="hrc"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.waitForSelector('.save-status[data-save="saved"]');
    expect(await pageWidth(page), "draft").toBeLessThanOrEqual(390);
    expect(await onScreen(page, ".save-status"), "save status").toBe(true);
    expect(await onScreen(page, "#mandate-button")).toBe(true);
    expect(await onScreen(page, '[data-export="print"]')).toBe(true);

    await page.tap("#tab-review");
    await page.waitForSelector(".desk");
    expect(await pageWidth(page), "empty desk").toBeLessThanOrEqual(390);
    await openOnDesk(page);
    expect(await pageWidth(page), "desk").toBeLessThanOrEqual(390);
    expect(await onScreen(page, 'label[for="desk-file-input"]')).toBe(true);

    await page.tap('.desk-table tbody tr:has(.file-name:text-is("hrc-wp3-protection-of-human-rights-defenders.json")) .paper-link');
    await page.waitForSelector(".review-paper .paper-view");
    expect(await pageWidth(page), "review").toBeLessThanOrEqual(390);
    for (const action of ["#back-to-desk", "#review-mandate-button", "#export-paper-docx", "#export-paper-json", "#export-report"]) {
      expect(await onScreen(page, action), action).toBe(true);
    }
    expect(await onScreen(page, "#review-title")).toBe(true);
    // The title is shown, not cut down to nothing.
    expect(await page.$eval("#review-title", (h) => h.getBoundingClientRect().width >= Math.min(h.scrollWidth, 200))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the studio's buttons, fields and choices are at least 44×44 px to tap", async () => {
    const { page, context, errors } = await openStudio(browser, url(), phone);
    expect(await smallTargets(page), "welcome").toEqual([]);
    await page.tap('.template-card[data-committee="hrc"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.waitForSelector('.save-status[data-save="saved"]');
    expect(await smallTargets(page), "draft").toEqual([]);
    // The editor's toolbar (in its shadow root) is how a phone indents and moves clauses: no Tab key.
    const toolbar = await page.locator('resolution-editor [part="toolbar"] button').evaluateAll((buttons) =>
      buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
    );
    expect(toolbar, "editor toolbar buttons under 44×44 px").toBe(0);
    await page.tap(".paper-toolbar .sidebar-toggle");
    await page.waitForSelector(".papers-panel.open");
    expect(await smallTargets(page), "papers drawer").toEqual([]);
    await page.tap(".papers-panel .drawer-close");
    await page.tap("#tab-review");
    await openOnDesk(page);
    expect(await smallTargets(page), "desk").toEqual([]);
    await page.tap(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-panel .finding-item, .review-panel .empty");
    expect(await smallTargets(page), "review").toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("on a tablet (768 px) the desk's table, every category column included, fits without scrolling sideways", async () => {
    for (const touch of [false, true]) {
      const { page, context, errors } = await openStudio(browser, url(), { hash: "#review", viewport: { width: 768, height: 1024 }, touch });
      await openOnDesk(page);
      expect(await page.$$eval(".desk-table thead th", (ths) => ths.filter((th) => th.getClientRects().length > 0).length)).toBe(10);
      expect(await page.$eval(".table-wrap", (w) => w.scrollWidth <= w.clientWidth), touch ? "touch" : "mouse").toBe(true);
      expect(await pageWidth(page)).toBeLessThanOrEqual(768);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
