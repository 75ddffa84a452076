/**
 * Measures how long the review desk takes to open and check many papers (not a test: it prints
 * figures for the README; run with `pnpm --filter @clausewise/studio measure`).
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument, type DocumentInput } from "@clausewise/schema";
import { exportDocx } from "@clausewise/formats";
import { launch, openStudio } from "./browser.ts";
import { clean, formatSlips, overreaching } from "./fixtures.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const inputs: DocumentInput[] = [clean, formatSlips, overreaching];
const N = 30;

async function measure(kind: "json" | "docx"): Promise<number> {
  const files = [];
  for (let i = 0; i < N; i++) {
    const doc = createDocument({ ...inputs[i % 3], heading: { ...inputs[i % 3]!.heading, topic: `Paper ${i + 1}` } });
    files.push(
      kind === "json"
        ? { name: `p${i}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) }
        : { name: `p${i}.docx`, mimeType: "application/octet-stream", buffer: Buffer.from(await exportDocx(doc)) },
    );
  }
  const { page, context } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
  const start = Date.now();
  await page.setInputFiles("#desk-file-input", files);
  await page.waitForFunction((n) => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === n, N, { timeout: 120_000 });
  const ms = Date.now() - start;
  await context.close();
  return ms;
}

test("open and check 30 papers on the desk", async () => {
  const json = await measure("json");
  const docx = await measure("docx");
  console.log(`desk: ${N} .json papers opened and checked in ${json} ms; ${N} .docx papers in ${docx} ms`);
  expect(json).toBeGreaterThan(0);
});

/** A 2,000-clause paper opened on the review desk, the caret `offset` characters into clause 1000's text. */
/** Once the page has set `t1`, the time from its `t0` to it (and `t1` is cleared for the next round). */
async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { t1?: number }).t1 !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { t0: number; t1?: number };
    const d = w.t1! - w.t0;
    delete w.t1;
    return d;
  });
}

async function openLongPaperUnderReview(offset: number) {
  const operative = Array.from({ length: 2000 }, (_, i) => `Encourages States to report on measure ${i + 1} for the protection of human rights defenders and their families`);
  const doc = createDocument({ ...overreaching, operative });
  const opened = await openStudio(browser, inject("studioURL"), { hash: "#review" });
  const { page } = opened;
  await page.setInputFiles("#desk-file-input", [{ name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) }]);
  await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 1, null, { timeout: 120_000 });
  await page.click(".desk-table .paper-link");
  await page.waitForSelector(".review-paper .paper-view", { timeout: 60_000 });
  await page.focus(".review-paper");
  await page.evaluate((at) => {
    const text = document.querySelector('.review-paper [data-path="1000"] .pv-text')!.firstChild!;
    getSelection()!.collapse(text, at);
  }, offset);
  return opened;
}

/**
 * A director selecting words with Shift+arrows in a long paper on the review desk: each press
 * timed from the key to the frame after it has rendered (an animation frame, then a task), median
 * of 20 after 5 warm-up, all inside one clause so the comment's place changes every time and its
 * clause does not.
 */
test("Shift+arrow in a 2,000-clause paper under review", async () => {
  const { page, context } = await openLongPaperUnderReview(0);
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    await page.evaluate(() => {
      (window as unknown as { t0: number }).t0 = performance.now();
      addEventListener("keyup", () => requestAnimationFrame(() => setTimeout(() => ((window as unknown as { t1: number }).t1 = performance.now()), 0)), { once: true });
    });
    await page.keyboard.press("Shift+ArrowRight");
    const ms = await elapsed(page);
    if (i >= 5) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = (times[9]! + times[10]!) / 2;
  console.log(`review desk: Shift+arrow in a 2,000-clause paper, key to the next rendered frame: median ${median.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
  expect((await page.textContent("#comment-target"))!).toContain("operative clause 1000");
  await context.close();
});

/**
 * A character composed with an input method in a long paper under review: from the composition's
 * end (the browser has written it into the read-only paper) to the next rendered frame, once it is
 * undone. Median of 10 after 3 warm-up.
 */
test("a composed character undone in a 2,000-clause paper under review", async () => {
  const { page, context } = await openLongPaperUnderReview(10);
  const before = await page.evaluate(() => document.querySelector(".review-paper .paper-view")!.textContent);
  const cdp = await context.newCDPSession(page);
  const times: number[] = [];
  for (let i = 0; i < 13; i++) {
    await page.evaluate(() => {
      document.querySelector(".review-paper")!.addEventListener(
        "compositionend",
        () => {
          const w = window as unknown as { t0: number; t1?: number };
          w.t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => (w.t1 = performance.now()), 0));
        },
        { once: true },
      );
    });
    await cdp.send("Input.imeSetComposition", { text: "に", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.insertText", { text: "日" });
    const ms = await elapsed(page);
    if (i >= 3) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = (times[4]! + times[5]!) / 2;
  console.log(`review desk: a composed character undone in a 2,000-clause paper, composition end to the next rendered frame: median ${median.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
  expect(await page.evaluate(() => document.querySelector(".review-paper .paper-view")!.textContent)).toBe(before);
  await context.close();
});
