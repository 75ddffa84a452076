/**
 * Measures how long the review desk takes to open and check many papers (not a test: it prints
 * figures for the README; run with `pnpm --filter @clausewise/studio measure`).
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
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
