/**
 * Drafting, end to end in Chromium against the built app: templates, typing, autosave and restore
 * after a reload, file import with findings, and storage that fails or holds a corrupt record.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { exportDocx, importDocx } from "@clausewise/formats";
import JSZip from "jszip";
import { lintDocument } from "@clausewise/lint";
import { JOURNAL_MAX_CHARS } from "../src/autosave.ts";
import { LISTED_GROUPS_PAGE } from "../src/listing.ts";
import { downloadText, launch, openStudio } from "./browser.ts";
import { clean, overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const editorValue = (page: Page) => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { value: unknown }).value);

async function newPaper(page: Page, committee: string): Promise<void> {
  await page.selectOption("#new-committee", committee);
  await page.click("#new-paper");
  await page.waitForSelector("resolution-editor .ProseMirror");
}

/** Opens a 130-clause paper (three blocks of operative clauses in the editor) from a file. */
async function openLongPaper(page: Page): Promise<void> {
  const long = createDocument({
    heading: { committee: "hrc", topic: "A compilation" },
    preamble: ["Recalling its resolutions"],
    operative: Array.from({ length: 130 }, (_, i) => `Calls upon States to act ${i + 1}`),
  });
  await page.setInputFiles("#draft-file-input", { name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(long.toJSON())) });
  await page.waitForSelector("resolution-editor .cw-block");
}

/** The parts of long papers in the studio's IndexedDB: their keys and texts. */
const storedParts = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("clausewise-studio");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction("parts").objectStore("parts");
    const [keys, texts] = await Promise.all([
      new Promise<string[]>((resolve) => {
        const req = store.getAllKeys();
        req.onsuccess = () => resolve(req.result.map((k) => String((k as string[])[1])));
      }),
      new Promise<string[]>((resolve) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result as string[]);
      }),
    ]);
    db.close();
    return { keys, texts };
  });

describe("drafting", () => {
  test("a paper from a committee template is typed into, reloaded, and restored exactly", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await newPaper(page, "sc");
    expect(await page.textContent(".committee-name")).toBe("Security Council");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Calls upon all parties to respect the ceasefire", { delay: 5 });
    await page.waitForFunction(() =>
      (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("respect the ceasefire"),
    );
    const before = await editorValue(page);
    // Reload at once, without waiting for the save to be confirmed.
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.waitForFunction(() =>
      (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("respect the ceasefire"),
    );
    expect(await editorValue(page)).toEqual(before);
    expect(await page.textContent(".paper-item.active .paper-meta")).toContain("SC");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a whole paper pasted into a new paper from a template takes the template's clauses' place", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    const paper = "Code: HRC/WP.7\nTopic: Safety of journalists\n\nThe Human Rights Council,\n\nRecalling its resolution 33/2,\n\n1. Urges States to protect journalists;\n2. Decides to remain seized of the matter.";
    // A paste from Word or a text editor, as the browser hands it to the page.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const host = document.querySelector("resolution-editor")!;
      (host.shadowRoot ?? host).querySelector(".ProseMirror")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, paper);
    await page.waitForFunction(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("protect journalists"));
    const clauses = await page.$$eval("resolution-editor .cw-preambular .cw-text, resolution-editor .cw-operative-clause .cw-text", (els) => els.map((e) => e.textContent));
    expect(clauses).toEqual(["Recalling its resolution 33/2", "Urges States to protect journalists", "Decides to remain seized of the matter"]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a long paper, which the editor holds in blocks, is typed into, reloaded, and restored flat", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await openLongPaper(page);
    await page.click("resolution-editor .cw-block:nth-child(2) .cw-operative-clause .cw-text");
    await page.keyboard.press("End");
    await page.keyboard.type(" today", { delay: 5 });
    await page.waitForFunction(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes(" today"));
    expect(JSON.stringify(await editorValue(page))).not.toContain("operative_block");
    await expect.poll(async () => (await storedParts(page)).texts.some((t) => t.includes(" today"))).toBe(true);
    // Stored by block: a part per block, and typing in one block writes that block's part alone.
    const first = await storedParts(page);
    expect(first.keys).toHaveLength(3);
    expect(first.texts.filter((t) => t.includes(" today"))).toHaveLength(1);
    await page.keyboard.type(" again", { delay: 5 });
    await expect.poll(async () => (await storedParts(page)).texts.some((t) => t.includes(" again"))).toBe(true);
    const second = await storedParts(page);
    expect(second.keys).toHaveLength(3);
    expect(second.keys.filter((k) => !first.keys.includes(k))).toHaveLength(1);
    const before = await editorValue(page);
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.waitForFunction(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes(" again"));
    expect(await editorValue(page)).toEqual(before);
    // Deleting the paper deletes its parts.
    page.once("dialog", (d) => void d.accept());
    await page.click('.paper-item.active button[title="Delete"]');
    await expect.poll(async () => (await storedParts(page)).keys.length).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("two tabs saving the same long paper leave it whole: the last save wins, no part goes missing", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await openLongPaper(page);
    const typeInBlock = async (tab: Page, block: number, text: string) => {
      await tab.click(`resolution-editor .cw-block:nth-child(${block}) .cw-operative-clause .cw-text`);
      await tab.keyboard.press("End");
      await tab.keyboard.type(text, { delay: 5 });
      await expect.poll(async () => (await storedParts(tab)).texts.some((t) => t.includes(text))).toBe(true);
    };
    await typeInBlock(page, 1, " first tab");
    // A second tab opens the same paper, and each tab types in turn into blocks the other keeps.
    const other = await context.newPage();
    await other.goto(url());
    await other.waitForSelector("resolution-editor .cw-block");
    await typeInBlock(other, 2, " second tab");
    await typeInBlock(page, 3, " first tab again");
    const last = await editorValue(page);
    await other.close();
    await page.reload();
    await page.waitForSelector("resolution-editor .cw-block");
    expect(await page.locator(".paper-item.damaged").count()).toBe(0);
    expect(await editorValue(page)).toEqual(last);
    expect(JSON.stringify(last)).not.toContain("second tab");
    expect((await storedParts(page)).keys).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a long paper with a stored part gone is listed as damaged, saying so, and the other papers open", async () => {
    const { page, context } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await openLongPaper(page);
    await page.click("resolution-editor .cw-block:nth-child(2) .cw-operative-clause .cw-text");
    await page.keyboard.type("Now ", { delay: 5 });
    await expect.poll(async () => (await storedParts(page)).keys.length).toBe(3);
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("clausewise-studio");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      // The first block's part (clauses 1-50) goes.
      const tx = db.transaction("parts", "readwrite");
      await new Promise<void>((resolve) => {
        const req = tx.objectStore("parts").openCursor();
        req.onsuccess = () => {
          const cursor = req.result;
          if (!cursor) return resolve();
          if ((cursor.value as string).includes("act 1\"")) cursor.delete();
          cursor.continue();
        };
      });
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    });
    await page.reload();
    await page.waitForSelector(".paper-item.damaged");
    expect(await page.textContent(".paper-item.damaged")).toContain("1 of the paper's 3 stored parts is missing");
    expect(await page.locator(".paper-item:not(.damaged)").count()).toBe(1);
    // "Download" gives what is left: the other two parts' clauses are in it.
    const raw = await downloadText(page, () => page.click('.paper-item.damaged button:has-text("Download")'));
    expect(raw.text).toContain("Calls upon States to act 130");
    expect(raw.text).toContain("Now ");
    await context.close();
  });

  test("papers saved before the store had long papers' parts (database version 1) open after the upgrade", async () => {
    const paper = createDocument({ heading: { committee: "hrc", topic: "Saved last year" }, operative: ["Calls upon States to act"] });
    const record = { id: "pold", kind: "draft", doc: paper.toJSON(), updated: "2026-01-01T00:00:00.000Z" };
    const { page, context, errors } = await openStudio(browser, url(), {
      // Runs before the app: the database as version 1 made it. The app's open (version 2) waits for it.
      init: new Function(`
        const req = indexedDB.open("clausewise-studio", 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore("papers", { keyPath: "id" });
          req.result.createObjectStore("meta");
          req.transaction.objectStore("papers").put(${JSON.stringify(record)});
        };
        req.onsuccess = () => req.result.close();
      `) as () => void,
    });
    await page.waitForSelector('.paper-item[data-paper-id="pold"]');
    expect(await page.textContent('.paper-item[data-paper-id="pold"]')).toContain("Saved last year");
    expect(await storedParts(page)).toEqual({ keys: [], texts: [] });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a paper too large to save on every keystroke is saved when typing pauses, and a reload right after typing loses nothing", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const sentence = "Calls upon all States to cooperate fully with the mechanism and to provide it with all the information it requests, ";
    const huge = createDocument({
      heading: { committee: "hrc", topic: "A compilation" },
      preamble: ["Recalling its resolutions"],
      operative: Array.from({ length: 1500 }, (_, i) => `${sentence.repeat(3)}${i + 1}`),
    });
    expect(huge.content.size).toBeGreaterThan(JOURNAL_MAX_CHARS);
    await page.setInputFiles("#draft-file-input", { name: "huge.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(huge.toJSON())) });
    await page.waitForSelector("resolution-editor .cw-block");
    await page.click("resolution-editor .cw-block:nth-child(3) .cw-operative-clause .cw-text");
    await page.keyboard.press("End");
    await page.keyboard.type(" at once", { delay: 5 });
    const before = await editorValue(page);
    expect(JSON.stringify(before)).toContain(" at once");
    // Its print view is brought up to date before printing (not on every pause in typing).
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await page.textContent(".print-only")).toContain(" at once");
    // Reload within the pause: the edit is saved on pagehide.
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.waitForFunction(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes(" at once"), null, { timeout: 30_000 });
    expect(await editorValue(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a compilation offers to keep the whole paper for screen readers, and the choice is remembered", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    // An ordinary paper: no such choice, and every clause is rendered.
    expect(await page.locator("#whole-paper").count()).toBe(0);
    const compilation = createDocument({
      heading: { committee: "hrc", topic: "A compilation" },
      preamble: ["Recalling its resolutions"],
      operative: Array.from({ length: 1100 }, (_, i) => `Calls upon States to act on matter ${i + 1}`),
    });
    await page.setInputFiles("#draft-file-input", { name: "compilation.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(compilation.toJSON())) });
    await page.waitForSelector("resolution-editor .cw-block");
    const skipped = () =>
      page.evaluate(() => {
        const frames = [...document.querySelector("resolution-editor")!.shadowRoot!.querySelectorAll(".cw-block")];
        return frames.filter((f) => !(f.firstElementChild as HTMLElement).checkVisibility({ contentVisibilityAuto: true })).length;
      });
    await page.waitForFunction(() => document.querySelector("resolution-editor")?.shadowRoot?.querySelector(".cw-skip-offscreen .cw-block.cw-settled") != null);
    await expect.poll(skipped).toBeGreaterThan(0);
    expect(await page.isChecked("#whole-paper")).toBe(false);
    await page.check("#whole-paper");
    expect(await page.getAttribute("resolution-editor", "render-all")).toBe("");
    await expect.poll(skipped).toBe(0);
    await page.reload();
    await page.waitForSelector("resolution-editor .cw-block");
    expect(await page.isChecked("#whole-paper")).toBe(true);
    expect(await page.getAttribute("resolution-editor", "render-all")).toBe("");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("printing shows the paper alone, up to the last keystroke", async () => {
    const { page, context } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Encourages States to protect journalists", { delay: 5 });
    await page.waitForFunction(() =>
      (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("journalists"),
    );
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".print-only .paper-view")).toBe(true);
    expect(await page.textContent(".print-only")).toContain("1. Encourages States to protect journalists.");
    for (const chrome of [".app-bar", ".papers-panel", ".findings-panel", "resolution-editor"]) {
      expect(await page.isVisible(chrome), chrome).toBe(false);
    }
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await context.close();
  });

  test("\"Fix format and style findings\" fixes them all in the paper at once, keeps the mandate findings, and Ctrl+Z undoes it", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const doc = createDocument({
      heading: { committee: "hrc", code: "A/HRC/WP.9", topic: "Migrants" },
      preamble: ["Recalling its resolution 5/1 of 18 June 2007"],
      operative: ["Urges all member states to ratify the Convention;", "Requests the Secretary General to report on this resolution", "Decides to establish a global fund for migrant workers"],
    });
    await page.setInputFiles("#draft-file-input", { name: "wp.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) });
    const button = page.locator(".findings-panel .fix-all");
    await expect.poll(() => button.textContent()).toMatch(/Fix 4 format and style findings/);
    // One button on the page: the editor's own (under the paper) is hidden while the studio's column shows.
    expect(await page.getByRole("button", { name: /format and style finding/ }).count()).toBe(1);
    await button.click();
    await page.waitForSelector(".message:has-text('Fixed 4 format and style findings')");
    const text = () => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text);
    expect(await text()).toContain("Urges all Member States to ratify the Convention;");
    expect(await text()).toContain("Requests the Secretary-General to report on the present resolution;");
    await page.waitForFunction(() => !document.querySelector(".findings-panel .fix-all"));
    expect(await page.locator('.findings-panel .finding-item[data-rule="mandate/new-body"]').count()).toBe(1);
    // The paper has the focus back (the button went): Ctrl+Z goes straight to it.
    await page.keyboard.press("Control+z");
    await expect.poll(text).toContain("Urges all member states");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a finding chosen in the findings column opens its card in the paper, and its fix applies", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const doc = createDocument({
      heading: { committee: "hrc", code: "A/HRC/WP.9", topic: "Migrants" },
      preamble: ["Recalling its resolution 5/1 of 18 June 2007"],
      operative: ["Calls upon States to protect migrants", "Decides to establish a global fund for migrant workers"],
    });
    await page.setInputFiles("#draft-file-input", { name: "wp.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) });
    const item = page.locator('.findings-panel .finding-item[data-rule="mandate/new-body"] .finding-button');
    await item.waitFor();
    await item.click();
    // The card is the editor's, in its shadow root: open, on screen, with the fixes first.
    const fix = page.locator("resolution-editor cw-finding-card button.fix").first();
    await fix.waitFor({ state: "visible" });
    const box = (await fix.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await fix.click();
    const text = () => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text);
    await expect.poll(text).not.toContain("Decides to establish a global fund");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a finding's explanation opens under \"Why\", and closed explanations are not rendered at all", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const bytes = await exportDocx(createDocument(overreaching));
    await page.setInputFiles("#draft-file-input", { name: "wp.docx", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
    await page.waitForSelector(".finding-item details");
    const first = page.locator(".finding-item").first();
    const explanation = first.locator("details p");
    expect(await explanation.isVisible()).toBe(false);
    // Closed, the explanation is not rendered at all (display: none), not kept laid out but
    // hidden (the browser's default, content-visibility: hidden, which costs a paint layer each).
    const closedContent = () => first.locator("details").evaluate((d) => getComputedStyle(d, "::details-content").display);
    expect(await closedContent()).toBe("none");
    await first.locator("summary").click();
    expect(await explanation.isVisible()).toBe(true);
    expect((await explanation.textContent())!.length).toBeGreaterThan(10);
    await first.locator("summary").press("Enter");
    expect(await explanation.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("every committee offers a template", async () => {
    const { page, context } = await openStudio(browser, url());
    const cards = await page.$$eval(".template-card", (els) => els.map((e) => e.getAttribute("data-committee")));
    const options = await page.$$eval("#new-committee option", (els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(cards.length).toBeGreaterThanOrEqual(10);
    expect(options).toEqual(cards);
    await context.close();
  });

  test("an imported .docx opens with its findings", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const bytes = await exportDocx(createDocument(overreaching));
    await page.setInputFiles("#draft-file-input", {
      name: "hrc-wp3.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(bytes),
    });
    await page.waitForSelector(".paper-item.active");
    expect(await page.textContent(".paper-item.active .paper-title")).toContain("Protection of human rights defenders");
    await page.waitForSelector('.finding-item.sev-error');
    const binding = await page.textContent('.count-chip[data-category="binding"] .count-n');
    expect(Number(binding)).toBeGreaterThan(0);
    const messages = await page.$$eval(".finding-message", (els) => els.map((e) => e.textContent ?? ""));
    expect(messages.some((m) => /Demands/.test(m))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("Word's libraries load when first needed: a .docx with a table (read by mammoth) opens, and Word export downloads a file that reads back", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.waitForTimeout(300);
    const atStart = scripts.length;
    // The direct reader declines a table, so this file goes to mammoth.
    const zip = await JSZip.loadAsync(await exportDocx(createDocument(overreaching)));
    const xml = await zip.file("word/document.xml")!.async("string");
    const table = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Sponsors: Chile</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    zip.file("word/document.xml", xml.replace("</w:body>", `${table}</w:body>`).replace(/(<w:sectPr[\s\S]*<\/w:sectPr>)([\s\S]*)<\/w:body>/, "$2$1</w:body>"));
    const withTable = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await page.setInputFiles("#draft-file-input", { name: "with-table.docx", mimeType: "application/octet-stream", buffer: withTable });
    await page.waitForSelector(".paper-item.active");
    expect(await page.textContent(".paper-item.active .paper-title")).toContain("Protection of human rights defenders");
    await page.waitForSelector(".finding-item.sev-error");
    const afterImport = scripts.length;
    expect(afterImport).toBeGreaterThan(atStart); // mammoth's chunk, fetched for this file
    const word = await downloadText(page, () => page.click('[data-export="docx"]'));
    expect(word.name).toMatch(/\.docx$/);
    expect(scripts.length).toBeGreaterThan(afterImport); // the docx library's chunk, for the export
    const back = await importDocx(new Uint8Array(word.bytes));
    const text = (v: unknown) => JSON.stringify(v);
    expect(text(back.doc.toJSON())).toContain("Protection of human rights defenders");
    expect(back.doc.child(2).childCount).toBe(createDocument(overreaching).child(2).childCount);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("opening a .docx lints it once: the editor reports the findings, the worker is not asked again", async () => {
    const { page, context, errors } = await openStudio(browser, url(), {
      init: () => {
        // Counts the papers handed to the lint worker.
        const post = Worker.prototype.postMessage;
        (window as unknown as { workerLints: number }).workerLints = 0;
        Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker["postMessage"]>) {
          (window as unknown as { workerLints: number }).workerLints++;
          return post.apply(this, args);
        } as Worker["postMessage"];
      },
    });
    const doc = createDocument(overreaching);
    await page.setInputFiles("#draft-file-input", { name: "hrc-wp3.docx", mimeType: "application/octet-stream", buffer: Buffer.from(await exportDocx(doc)) });
    await page.waitForSelector(".finding-item");
    const expected = lintDocument((await importDocx(await exportDocx(doc))).doc).length;
    const shown = async () => (await page.$$eval(".findings-panel .count-n", (els) => els.map((e) => Number(e.textContent)))).reduce((a, b) => a + b, 0);
    expect(await shown()).toBe(expected);
    expect(await page.locator(".findings-panel .finding-item").count()).toBe(expected);
    // Past the worker's would-be turn (it was scheduled at 0 ms).
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { workerLints: number }).workerLints)).toBe(0);
    // The print rendering follows once the page is idle.
    await page.waitForSelector(".print-only .paper-view", { state: "attached" });
    expect(await page.textContent(".print-only")).toContain("Protection of human rights defenders");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a long paper's findings: complete counts at once, the list a page of clauses at a time, more as its end scrolls near", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const operative = Array.from({ length: 90 }, () => overreaching.operative ?? []).flat();
    const doc = createDocument({ ...overreaching, operative });
    const bytes = await exportDocx(doc);
    const expected = lintDocument((await importDocx(bytes)).doc);
    const groups = new Set(expected.map((d) => d.clause.id)).size;
    expect(groups).toBeGreaterThan(2 * LISTED_GROUPS_PAGE);
    await page.setInputFiles("#draft-file-input", { name: "long.docx", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
    await page.waitForSelector(".findings-panel .finding-item");
    const shown = async () => (await page.$$eval(".findings-panel .count-n", (els) => els.map((e) => Number(e.textContent)))).reduce((a, b) => a + b, 0);
    // The counts are never partial: they cover every finding from the first paint of the list.
    expect(await shown()).toBe(expected.length);
    const listedGroups = () => page.locator(".findings-panel .finding-group").count();
    await expect.poll(listedGroups, { timeout: 10_000 }).toBe(LISTED_GROUPS_PAGE);
    const listed = await page.locator(".findings-panel .finding-item").count();
    expect(await page.textContent(".findings-panel .finding-more")).toContain(`${(expected.length - listed).toLocaleString("en-US")} more findings`);
    // Scrolling the panel towards the end lists the next page before the end shows.
    await page.$eval(".findings-panel", (el) => (el.scrollTop = el.scrollHeight - el.clientHeight - 200));
    await expect.poll(listedGroups, { timeout: 10_000 }).toBe(2 * LISTED_GROUPS_PAGE);
    // "Show more" lists the rest.
    await page.click(".findings-panel .show-more");
    await expect.poll(() => page.locator(".findings-panel .finding-item").count(), { timeout: 10_000 }).toBe(expected.length);
    expect(await page.locator(".findings-panel .finding-more").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a paper without findings says so once checked (the editor reports no change for it)", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const doc = createDocument(clean);
    expect(lintDocument(doc)).toEqual([]);
    await page.setInputFiles("#draft-file-input", { name: "clean.docx", mimeType: "application/octet-stream", buffer: Buffer.from(await exportDocx(doc)) });
    await page.waitForSelector(".paper-item.active");
    await page.waitForFunction(() => document.querySelector(".findings-panel .empty")?.textContent?.includes("No findings"));
    expect(await page.locator(".findings-panel .checking").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a file that is not a working paper gives a clear message and changes nothing", async () => {
    const { page, context } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    const before = await editorValue(page);
    await page.setInputFiles("#draft-file-input", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"type":"doc","content":[1]}') });
    await page.waitForSelector(".message.error");
    expect(await page.textContent(".message.error")).toContain("broken.json");
    expect(await editorValue(page)).toEqual(before);
    expect(await page.locator(".paper-item:not(.damaged)").count()).toBe(1);
    await context.close();
  });

  test("when IndexedDB cannot be opened, the studio warns and export still works", async () => {
    const { page, context } = await openStudio(browser, url(), {
      init: () => {
        IDBFactory.prototype.open = function () {
          throw new DOMException("The user denied permission to access the database.", "SecurityError");
        };
      },
    });
    await page.waitForSelector('.storage-warning[data-reason="unavailable"]');
    expect(await page.textContent(".storage-warning")).toContain("not being saved");
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Encourages States to cooperate", { delay: 5 });
    await page.waitForFunction(() =>
      (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("cooperate"),
    );
    const json = await downloadText(page, () => page.click('[data-export="json"]'));
    expect(json.name).toMatch(/\.json$/);
    expect(JSON.stringify(JSON.parse(json.text))).toContain("Encourages States to cooperate");
    const txt = await downloadText(page, () => page.click('[data-export="txt"]'));
    expect(txt.text).toContain("Encourages States to cooperate");
    // The fallback copy in localStorage brings the paper back after a reload.
    await page.reload();
    await page.waitForSelector('.storage-warning[data-reason="unavailable"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.waitForFunction(() =>
      (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("Encourages States to cooperate"),
    );
    await context.close();
  });

  test("when a write fails (storage full), the studio warns and export still works", async () => {
    const { page, context } = await openStudio(browser, url(), {
      init: () => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
          if ((globalThis as { failWrites?: boolean }).failWrites) throw new DOMException("Quota exceeded", "QuotaExceededError");
          return put.apply(this, args);
        };
      },
    });
    await newPaper(page, "hrc");
    await page.evaluate(() => ((globalThis as { failWrites?: boolean }).failWrites = true));
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Welcomes", { delay: 5 });
    await page.waitForSelector('.storage-warning[data-reason="quota"]');
    expect(await page.getAttribute(".save-status", "data-save")).toBe("failed");
    const json = await downloadText(page, () => page.click('[data-export="json"]'));
    expect(json.text).toContain("Welcomes");
    // Storage recovers: the next change saves and the warning goes.
    await page.evaluate(() => ((globalThis as { failWrites?: boolean }).failWrites = false));
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.press("End");
    await page.keyboard.type(" the report", { delay: 5 });
    await page.waitForSelector('.save-status[data-save="saved"]');
    expect(await page.locator(".storage-warning").count()).toBe(0);
    await context.close();
  });

  test("with storage full across a reload, the latest work is shown, said to be unsaved, and kept as typing goes on", async () => {
    // Writes to the papers store fail while the page's sessionStorage says so: across reloads.
    const { page, context, errors } = await openStudio(browser, url(), {
      init: () => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
          if (sessionStorage.getItem("failWrites") === "1" && this.name !== "meta") throw new DOMException("Quota exceeded", "QuotaExceededError");
          return put.apply(this, args);
        };
      },
    });
    const text = () => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text);
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Requests the Secretary-General to report", { delay: 5 });
    await page.waitForSelector('.save-status[data-save="saved"]');
    await page.evaluate(() => sessionStorage.setItem("failWrites", "1"));
    await page.keyboard.type(" annually", { delay: 5 });
    await page.waitForSelector('.storage-warning[data-reason="quota"]');
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    // The latest version (only in the journal) is the one shown, and the studio says it is not saved.
    await expect.poll(text).toContain("to report annually");
    await page.waitForSelector('.storage-warning[data-reason="quota"]');
    expect(await page.getAttribute(".save-status", "data-save")).toBe("failed");
    // Typing on keeps it: after another reload both changes are there.
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.press("End");
    await page.keyboard.type(" each year", { delay: 5 });
    await expect.poll(text).toContain("annually each year");
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await expect.poll(text).toContain("to report annually each year");
    // Space is freed: the next start puts the journal's copy into the store and all is saved.
    await page.evaluate(() => sessionStorage.removeItem("failWrites"));
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await expect.poll(text).toContain("to report annually each year");
    await page.waitForFunction(() => !document.querySelector(".storage-warning"));
    expect(errors.filter((e) => !/Quota exceeded/.test(e))).toEqual([]);
    await context.close();
  });

  test("a paper created while storage is full is still among the papers after a reload", async () => {
    const { page, context } = await openStudio(browser, url(), {
      init: () => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
          if (this.name !== "meta") throw new DOMException("Quota exceeded", "QuotaExceededError");
          return put.apply(this, args);
        };
      },
    });
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Welcomes the report of the Working Group", { delay: 5 });
    await page.waitForSelector('.storage-warning[data-reason="quota"]');
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await expect
      .poll(() => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text))
      .toContain("Welcomes the report of the Working Group");
    await page.waitForSelector('.storage-warning[data-reason="quota"]');
    await context.close();
  });

  test("a database connection closed under the app (browser or another tab) is reopened and saving goes on", async () => {
    const { page, context } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await page.waitForSelector('.save-status[data-save="saved"]');
    await page.evaluate(() => (document.querySelector("cw-studio") as unknown as { store: { db: IDBDatabase } }).store.db.close());
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Welcomes the report", { delay: 5 });
    await page.waitForFunction(() =>
      (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("Welcomes the report"),
    );
    // The text reaches IndexedDB itself (not only the localStorage journal).
    const storedText = () =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open("clausewise-studio");
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction("papers").objectStore("papers").getAll();
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return JSON.stringify(all);
      });
    await expect.poll(storedText, { timeout: 20_000 }).toContain("Welcomes the report");
    expect(await page.getAttribute(".save-status", "data-save")).toBe("saved");
    expect(await page.locator(".storage-warning").count()).toBe(0);
    await context.close();
  });

  test("the studio works under a strict Content-Security-Policy (no inline script or style, no eval)", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") violations.push(`${m.text()} @ ${JSON.stringify(m.location())}`);
    });
    page.on("pageerror", (e) => violations.push(e.message));
    await page.route("**/*", async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": "default-src 'self'" },
      });
    });
    await page.goto(url());
    await page.waitForSelector("#new-committee");
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Demands that States comply", { delay: 5 });
    await page.waitForSelector(".finding-item.sev-error");
    await page.click("#mandate-button");
    await page.waitForSelector(".dialog .mandate");
    await page.keyboard.press("Escape");
    await page.waitForSelector(".dialog", { state: "detached" });
    const json = await downloadText(page, () => page.click('[data-export="json"]'));
    expect(json.text).toContain("Demands that States comply");
    expect(violations).toEqual([]);
    await context.close();
  });

  test("a corrupt stored paper (an unreadable document, no document, cut-off text) is shown as damaged and does not hide the others", async () => {
    const { page, context } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await newPaper(page, "ga-3");
    await page.waitForSelector('.save-status[data-save="saved"]');
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("clausewise-studio");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction("papers", "readwrite");
      tx.objectStore("papers").put({ id: "broken", kind: "draft", doc: { type: "doc", content: "not a paper" }, updated: "2026-01-01" });
      tx.objectStore("papers").put({ id: "worse", kind: "draft", doc: null });
      tx.objectStore("papers").put({ id: "cut", kind: "draft", doc: '{"type":"doc","content":[{"type":"heading"', updated: "2026-01-01" });
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    });
    await page.reload();
    await page.waitForSelector(".paper-item.damaged");
    expect(await page.locator(".paper-item:not(.damaged)").count()).toBe(2);
    expect(await page.locator(".paper-item.damaged").count()).toBe(3);
    expect(await page.textContent('.paper-item.damaged[data-paper-id="cut"]')).toContain("not valid JSON");
    await page.waitForSelector("resolution-editor .ProseMirror");
    // A damaged record can be downloaded as it is, then deleted.
    const raw = await downloadText(page, () => page.click('.paper-item.damaged[data-paper-id="broken"] button:has-text("Download")'));
    expect(raw.text).toContain("not a paper");
    page.once("dialog", (d) => void d.accept());
    await page.click('.paper-item.damaged[data-paper-id="broken"] button:has-text("Delete")');
    await page.waitForFunction(() => document.querySelectorAll(".paper-item.damaged").length === 2);
    await context.close();
  });
});
