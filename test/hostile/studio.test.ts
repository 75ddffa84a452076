/**
 * The built studio in real Chromium, as the acceptance check of three promises:
 *   - hostile content through its ways in (pasted text, .docx and JSON files, director comments,
 *     reviewer name and note, the exported feedback report) never runs and never becomes markup;
 *   - malformed files leave the open paper as it was and show a message naming the problem;
 *   - a draft is never lost: reload while typing, a failing write (quota), a corrupt record.
 * Served without a CSP (so the XSS detector would see a payload run); csp.test.ts checks the policy.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { exportDocx, exportText } from "@clausewise/formats";
import { launch, scanDom, settle, watchedPage, type Watched } from "./browser.ts";
import { serveStatic, type StaticServer } from "./server.ts";
import { payloads, shortPayloads } from "./payloads.ts";
import { malformedFiles, type MalformedFile } from "../robustness/malformed-files.ts";
import { minimalDocx, xmlText } from "../robustness/zip.ts";

let browser: Browser;
let server: StaticServer;
let bad: MalformedFile[] = [];

beforeAll(async () => {
  browser = await launch();
  server = await serveStatic({ mounts: { "/": inject("studioDist") }, csp: null });
  bad = await malformedFiles();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(s: Watched, hash = ""): Promise<Page> {
  await s.page.goto(`${server.url}/${hash}`);
  await s.page.waitForSelector("cw-studio main");
  await s.page.waitForFunction(() => !document.querySelector("cw-studio .loading"));
  return s.page;
}

const editorText = (page: Page) => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string } | null)?.text ?? null);

async function newPaper(page: Page): Promise<void> {
  await page.click("#new-paper");
  await page.waitForSelector("resolution-editor .ProseMirror");
}

async function typeInFirstOperative(page: Page, text: string): Promise<void> {
  await page.click("resolution-editor .cw-operative-clause .cw-text");
  await page.keyboard.press("End");
  await page.keyboard.type(text, { delay: 3 });
}

async function files(page: Page, selector: string, list: { name: string; bytes: Uint8Array; mimeType?: string }[]): Promise<void> {
  await page.setInputFiles(
    selector,
    list.map((f) => ({ name: f.name, mimeType: f.mimeType ?? "application/octet-stream", buffer: Buffer.from(f.bytes) })),
  );
}

async function clean(s: Watched, way: string, baseline: string[]): Promise<void> {
  await settle(s.page, 250);
  expect(s.fired, `${way}: payload code ran`).toEqual([]);
  const found = (await scanDom(s.page)).filter((f) => !baseline.includes(f));
  expect(found, `${way}: payload markup in the DOM`).toEqual([]);
}

/** A paper whose every text is a payload (the short ones; heading within the schema's limits). */
function payloadPaper(list = shortPayloads) {
  return createDocument({
    heading: { code: "HRC/WP.666", topic: list.slice(0, 8).map((p) => p.text).join(" ").slice(0, 1000), sponsors: list.slice(0, 20).map((p) => p.text.slice(0, 200)) },
    preamble: list.slice(0, 40).map((p) => `Recalling ${p.text}`),
    operative: list.slice(40).map((p) => ({ text: `Decides ${p.text}`, sub: [p.text.slice(0, 300)] })),
  });
}

describe("hostile content in the studio", () => {
  it(`pasted text (the Paste dialog) with ${shortPayloads.length} payloads, and a .docx and a hand-made .docx with javascript: links, open as drafts without running or becoming markup`, async () => {
    const s = await watchedPage(browser);
    try {
      const page = await open(s);
      const baseline = await scanDom(page);
      await page.click("#paste-button");
      await page.fill("#paste-text", exportText(payloadPaper()));
      await page.click("#paste-import");
      await page.waitForSelector("resolution-editor .ProseMirror");
      await clean(s, "paste dialog", baseline);

      const docx = await exportDocx(payloadPaper());
      const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(t)}</w:t></w:r></w:p>`;
      const link = (n: number, t: string) =>
        `<w:p><w:hyperlink r:id="rIdX${n}"><w:r><w:t xml:space="preserve">${xmlText(t)}</w:t></w:r></w:hyperlink></w:p>`;
      const rels = payloads
        .slice(0, 20)
        .map((pl, i) => `<Relationship Id="rIdX${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlText(i % 2 ? `javascript:__xss(${pl.n})` : `data:text/html,<script>parent.__xss(${pl.n})</script>`)}" TargetMode="External"/>`)
        .join("");
      const body = [p("The Human Rights Council,"), ...shortPayloads.slice(0, 60).map((pl) => p(`Recalling ${pl.text},`)), ...payloads.slice(0, 20).map((pl, i) => link(i, `${i + 1}. Decides ${pl.text};`))].join("");
      await files(page, "#draft-file-input", [
        { name: "payloads.docx", bytes: docx },
        { name: "links.docx", bytes: minimalDocx(body, rels) },
      ]);
      await page.waitForFunction(() => document.querySelectorAll(".paper-item").length >= 3, null, { timeout: 20_000 });
      await page.waitForSelector("resolution-editor .ProseMirror");
      await clean(s, ".docx import", baseline);
      // Open each imported paper in turn: each renders its payloads as text.
      for (const item of await page.$$(".paper-item .paper-open")) {
        await item.click();
        await page.waitForSelector("resolution-editor .ProseMirror");
        await clean(s, "opening an imported draft", baseline);
      }
      expect(await page.$$eval(".message.error", (els) => els.map((e) => e.textContent))).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, 120_000);

  it(`director comments, reviewer name and note with ${payloads.length} payloads in review mode, and the exported feedback report, stay text`, async () => {
    const s = await watchedPage(browser, { downloads: true });
    try {
      const page = await open(s, "#review");
      const baseline = await scanDom(page);
      // A short paper (the payloads are in the comments here; the paste test covers paper text),
      // so that re-rendering the review after each of the comments stays quick.
      const paper = payloadPaper(shortPayloads.slice(0, 52));
      await files(page, "#desk-file-input", [{ name: "payloads.json", bytes: new TextEncoder().encode(JSON.stringify(paper.toJSON())), mimeType: "application/json" }]);
      await page.waitForSelector(".desk-table .paper-link");
      await clean(s, "review desk table", baseline);
      await page.click(".desk-table .paper-link");
      await page.waitForSelector("#comment-body");
      await clean(s, "paper under review", baseline);
      const options = await page.$$eval("#comment-clause option", (els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
      expect(options.length).toBeGreaterThan(5);
      // Four payloads per comment (each comment re-renders the review), every payload used.
      const PER_COMMENT = 4;
      for (let i = 0; i < payloads.length; i += PER_COMMENT) {
        const group = payloads.slice(i, i + PER_COMMENT);
        await page.selectOption("#comment-clause", options[i % options.length]!);
        if (i % 20 === 0) {
          await page.fill("#reviewer-name", group[0]!.text.slice(0, 200));
          await page.press("#reviewer-name", "Tab");
        }
        await page.fill("#comment-body", group.map((p) => p.text.slice(0, 5000)).join("\n"));
        await page.click("#add-comment");
      }
      await page.fill("#review-note", shortPayloads.map((p) => p.text).join("\n").slice(0, 20000));
      await page.press("#review-note", "Tab");
      const count = await page.$$eval(".comment-list .comment-item", (els) => els.length);
      expect(count).toBe(Math.ceil(payloads.length / 4));
      await clean(s, "comments", baseline);

      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-report")]);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
      const report = Buffer.concat(chunks).toString("utf8");
      expect(report).toContain("Feedback");
      // As exported (its own meta CSP forbids scripts), and with that policy removed, so that the
      // escaping alone is what is tested.
      const unprotected = report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
      expect(unprotected).not.toBe(report);
      const reports = await serveStatic({ pages: { "/report.html": report, "/report-no-csp.html": unprotected }, csp: null });
      const r = await watchedPage(browser);
      try {
        for (const path of ["/report.html", "/report-no-csp.html"]) {
          await r.page.goto(`${reports.url}${path}`);
          await settle(r.page, 250);
          expect(r.fired, `${path}: payload code ran`).toEqual([]);
          expect(await scanDom(r.page), `${path}: payload markup`).toEqual([]);
          // Each comment is in the report as text.
          const text = await r.page.evaluate(() => document.body.innerText);
          expect(text).toContain("Comment");
        }
      } finally {
        await r.context.close();
        await reports.close();
      }
    } finally {
      await s.context.close();
    }
  }, 240_000);
});

describe("malformed files in the studio", () => {
  it("leave the open paper as it was and show a message naming the file and the problem", async () => {
    const s = await watchedPage(browser);
    try {
      const page = await open(s);
      await newPaper(page);
      await typeInFirstOperative(page, " Calls upon States to act");
      const before = await editorText(page);
      const chosen = bad.filter((f) => ["truncated.docx", "corrupt.docx", "photos.docx", "bomb-lying.docx", "bomb-honest.docx", "huge.txt", "broken.json", "list.json", "no-operative.json", "binary.txt", "empty.docx"].includes(f.name));
      expect(chosen.length).toBe(11);
      for (const f of chosen) {
        await files(page, "#draft-file-input", [f]);
        await page.waitForFunction((name) => [...document.querySelectorAll(".message.error")].some((m) => m.textContent?.includes(name)), f.name, { timeout: 20_000 });
        const message = await page.$$eval(".message.error", (els, name) => els.map((e) => e.textContent ?? "").find((t) => t.includes(name)) ?? "", f.name);
        // Names the problem, not only the file.
        expect(message.replace(f.name, "").trim().length, `${f.what}: "${message}"`).toBeGreaterThan(15);
        expect(await editorText(page), `${f.what}: the open paper changed`).toBe(before);
        // Dismiss it so the next file's message is new.
        await page.click(".message.error button");
      }
      // No paper was added for any of them.
      expect(await page.$$eval(".paper-item", (els) => els.length)).toBe(1);
      expect(s.errors.filter((e) => !/404/.test(e))).toEqual([]);
    } finally {
      await s.context.close();
    }
  }, 120_000);
});

describe("never lose a draft", () => {
  it("reloading while typing restores everything typed before the reload", async () => {
    const s = await watchedPage(browser);
    try {
      const page = await open(s);
      await newPaper(page);
      const typed = " Requests the Secretary-General to report on the protection of schools";
      await typeInFirstOperative(page, typed);
      // Reload at once, without waiting for any save.
      await page.reload();
      await page.waitForSelector("resolution-editor .ProseMirror", { timeout: 20_000 });
      const text = await editorText(page);
      expect(text).toContain(typed.trim());
    } finally {
      await s.context.close();
    }
  });

  it("reloading in the middle of fast typing keeps every keystroke that reached the page", async () => {
    const s = await watchedPage(browser);
    try {
      const page = await open(s);
      await newPaper(page);
      await page.click("resolution-editor .cw-operative-clause .cw-text");
      await page.keyboard.press("End");
      const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
      await page.keyboard.type(` ${words}`, { delay: 0 });
      const seen = await editorText(page);
      await page.reload();
      await page.waitForSelector("resolution-editor .ProseMirror", { timeout: 20_000 });
      expect(await editorText(page)).toBe(seen);
    } finally {
      await s.context.close();
    }
  });

  it("a write that fails with QuotaExceededError warns the user and leaves export working", async () => {
    const s = await watchedPage(browser, { downloads: true });
    try {
      await s.context.addInitScript(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
          if (this.name === "papers") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return put.apply(this, args);
        };
      });
      const page = await open(s);
      await newPaper(page);
      await typeInFirstOperative(page, " Urges States to fund school repairs");
      await page.waitForSelector(".storage-warning", { timeout: 10_000 });
      const warning = await page.textContent(".storage-warning");
      expect(warning).toMatch(/not being saved|full/i);
      expect(await page.getAttribute(".storage-warning", "data-reason")).toBe("quota");
      for (const format of ["txt", "json"]) {
        const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${format}"]`)]);
        const chunks: Buffer[] = [];
        for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
        expect(Buffer.concat(chunks).toString("utf8"), format).toContain("fund school repairs");
      }
      const [docx] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="docx"]`)]);
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    } finally {
      await s.context.close();
    }
  });

  it("storage that cannot be opened (a private window) warns the user and leaves export working", async () => {
    const s = await watchedPage(browser, { downloads: true });
    try {
      await s.context.addInitScript(() => {
        IDBFactory.prototype.open = function () {
          throw new DOMException("The operation is insecure.", "SecurityError");
        };
      });
      const page = await open(s);
      await newPaper(page);
      await typeInFirstOperative(page, " Invites States to share good practice");
      await page.waitForSelector(".storage-warning", { timeout: 10_000 });
      expect(await page.getAttribute(".storage-warning", "data-reason")).toBe("unavailable");
      expect(await page.textContent(".storage-warning")).toMatch(/not being saved/i);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="txt"]')]);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
      expect(Buffer.concat(chunks).toString("utf8")).toContain("share good practice");
    } finally {
      await s.context.close();
    }
  });

  it("a long code typed into the heading does not make the paper unreadable after a reload", async () => {
    const s = await watchedPage(browser);
    try {
      const page = await open(s);
      await newPaper(page);
      // The heading inputs take any length; the stored JSON allows a code of 200 characters.
      await page.locator("resolution-editor #code").fill(`HRC/WP.${"1".repeat(243)}`);
      await page.locator("resolution-editor #code").press("Tab");
      await typeInFirstOperative(page, " Welcomes the report");
      await page.waitForTimeout(1000);
      await page.reload();
      await page.waitForFunction(() => !document.querySelector("cw-studio .loading"));
      const listed = await page.$$eval(".paper-item", (els) => els.map((e) => e.textContent?.replace(/\s+/g, " ").trim() ?? ""));
      expect(listed.filter((t) => /Damaged/.test(t)), "the paper is listed as damaged").toEqual([]);
      await page.waitForSelector("resolution-editor .ProseMirror", { timeout: 10_000 });
      expect(await editorText(page)).toContain("Welcomes the report");
    } finally {
      await s.context.close();
    }
  });

  it("one corrupt stored paper does not hide the others", async () => {
    const s = await watchedPage(browser);
    try {
      const page = await open(s);
      await newPaper(page);
      await typeInFirstOperative(page, " First paper text");
      await newPaper(page);
      await typeInFirstOperative(page, " Second paper text");
      await newPaper(page);
      await typeInFirstOperative(page, " Third paper text");
      await page.waitForSelector('[data-save="saved"]', { timeout: 10_000 });
      await page.waitForTimeout(500);
      // Garbage into the record of the second paper, and a record that is not a paper at all.
      const damaged = await page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const req = indexedDB.open("clausewise-studio");
            req.onsuccess = () => {
              const db = req.result;
              const tx = db.transaction("papers", "readwrite");
              const store = tx.objectStore("papers");
              const all = store.getAll();
              all.onsuccess = () => {
                const records = all.result as { id: string; doc: unknown }[];
                const second = records.find((r) => JSON.stringify(r.doc).includes("Second paper text"));
                if (!second) return reject(new Error("second paper not stored"));
                store.put({ ...second, doc: { type: "doc", content: "\u{1F4A5} not a document" }, kind: "draft" });
                store.put({ id: "zz-garbage", kind: 42, doc: [1, 2, 3], updated: null, __proto__: { x: 1 } });
                tx.oncomplete = () => resolve(second.id);
              };
              tx.onerror = () => reject(tx.error);
            };
            req.onerror = () => reject(req.error);
          }),
      );
      expect(damaged).toBeTruthy();
      await page.reload();
      await page.waitForFunction(() => !document.querySelector("cw-studio .loading"));
      const titles = await page.$$eval(".paper-item", (els) => els.map((e) => e.textContent ?? ""));
      // The two good papers are listed and open; the damaged ones are shown as damaged.
      expect(titles.filter((t) => /Damaged/.test(t)).length).toBeGreaterThanOrEqual(1);
      expect(titles.filter((t) => !/Damaged/.test(t)).length).toBe(2);
      const texts: string[] = [];
      for (const item of await page.$$(".paper-item:not(.damaged) .paper-open")) {
        await item.click();
        await page.waitForSelector("resolution-editor .ProseMirror");
        texts.push((await editorText(page)) ?? "");
      }
      expect(texts.some((t) => t.includes("First paper text"))).toBe(true);
      expect(texts.some((t) => t.includes("Third paper text"))).toBe(true);
    } finally {
      await s.context.close();
    }
  });
});
