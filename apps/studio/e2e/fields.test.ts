/**
 * "Every change is saved to the browser at once; a reload loses nothing", for the form fields
 * too: the paper's heading fields (inside <resolution-editor>), the director's note, name and
 * half-written comments. End to end in Chromium against the built app.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { launch, openStudio } from "./browser.ts";
import { clean, overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const editorText = (page: Page) => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text);

async function newPaper(page: Page, committee: string): Promise<void> {
  await page.selectOption("#new-committee", committee);
  await page.click("#new-paper");
  await page.waitForSelector("resolution-editor .ProseMirror");
  await page.waitForSelector('.save-status[data-save="saved"]');
}

/** Records every state the top bar's save status goes through from now on (data-save values). */
async function watchSaveStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { saveLog: string[] }).saveLog = log;
    const bar = document.querySelector(".app-status")!;
    let last = bar.querySelector(".save-status")?.getAttribute("data-save");
    new MutationObserver(() => {
      const now = bar.querySelector(".save-status")?.getAttribute("data-save");
      if (now !== last) log.push(String(now));
      last = now;
    }).observe(bar, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { saveLog: string[] }).saveLog]);
}

async function openOnDesk(page: Page, files: { name: string; doc: ReturnType<typeof createDocument> }[]): Promise<void> {
  await page.setInputFiles(
    "#desk-file-input",
    files.map((f) => ({ name: f.name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(f.doc.toJSON())) })),
  );
  await page.waitForFunction((n) => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === n, files.length);
}

const reviewRow = (page: Page, fileName: string) => page.locator(`.desk-table tbody tr:has(.file-name:text-is("${fileName}")) .paper-link`);

describe("form fields are saved as they are typed", () => {
  test("a heading field typed into (no Tab) is saved after a pause, the status says so only once it is, and a reload keeps it", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    const log = await watchSaveStatus(page);
    await page.click("resolution-editor #topic");
    await page.keyboard.type("Safety of journalists", { delay: 5 });
    // The first thing the status says is not "saved": the edit waits for the pause ("pending"),
    // or, since the editor commits each keystroke of a field (packages/editor), is being saved.
    await page.waitForSelector('.save-status[data-save="saved"]');
    const states = await log();
    expect(["pending", "saving"]).toContain(states[0]);
    expect(states.at(-1)).toBe("saved");
    // The focus never left the field: no `change` event was needed.
    expect(await page.evaluate(() => document.querySelector("resolution-editor")!.shadowRoot!.activeElement?.id)).toBe("topic");
    expect(await page.textContent(".paper-item.active .paper-title")).toBe("Safety of journalists");
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await page.inputValue("resolution-editor #topic")).toBe("Safety of journalists");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a heading field typed into and reloaded at once (no pause, no Tab) keeps its text", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await page.click("resolution-editor #sponsors");
    await page.keyboard.type("Ghana, Norway", { delay: 5 });
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await page.inputValue("resolution-editor #sponsors")).toBe("Ghana, Norway");
    // An edit of the paper made while typing in a field (the toolbar keeps the focus in the
    // field) does not drop the field's text, nor the field the paper's.
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Welcomes", { delay: 5 });
    await page.click("resolution-editor #code");
    await page.keyboard.press("End");
    await page.keyboard.type("/Rev.1", { delay: 5 });
    await page.click('resolution-editor [data-action="new-clause"]');
    await expect.poll(() => page.locator("resolution-editor .cw-operative-clause").count()).toBe(2);
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await page.inputValue("resolution-editor #code")).toBe("HRC/WP.1/Rev.1");
    expect(await editorText(page)).toContain("Welcomes");
    expect(await page.locator("resolution-editor .cw-operative-clause").count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("switching to the review desk and back keeps what was typed in the paper", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await newPaper(page, "hrc");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.type("Calls upon States to protect journalists", { delay: 5 });
    await page.keyboard.press("Alt+2");
    await page.waitForSelector(".desk");
    await page.keyboard.press("Alt+1");
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await editorText(page)).toContain("Calls upon States to protect journalists");
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.press("End");
    await page.keyboard.type(" online", { delay: 5 });
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await editorText(page)).toContain("Calls upon States to protect journalists online");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the director's note and name are saved as they are typed, and a reload keeps them", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openOnDesk(page, [{ name: "wp3.json", doc: createDocument(overreaching) }]);
    await reviewRow(page, "wp3.json").click();
    await page.waitForSelector("#review-note");
    await page.waitForSelector('.save-status[data-save="saved"]');
    const log = await watchSaveStatus(page);
    await page.click("#reviewer-name");
    await page.keyboard.type("A. Mensah", { delay: 5 });
    await page.waitForSelector('.save-status[data-save="saved"]');
    expect((await log())[0]).toBe("pending");
    await page.click("#review-note");
    await page.keyboard.type("Please bring the operative part within the mandate.", { delay: 5 });
    // Reload at once: the note had no pause and no blur.
    await page.reload();
    await reviewRow(page, "wp3.json").click();
    await page.waitForSelector("#review-note");
    expect(await page.inputValue("#review-note")).toBe("Please bring the operative part within the mandate.");
    expect(await page.inputValue("#reviewer-name")).toBe("A. Mensah");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a half-written comment is kept per paper: back to all papers, another paper, and a reload", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openOnDesk(page, [
      { name: "wp1.json", doc: createDocument(clean) },
      { name: "wp3.json", doc: createDocument(overreaching) },
    ]);
    await reviewRow(page, "wp3.json").click();
    await page.waitForSelector("#comment-body");
    await page.selectOption("#comment-clause", { index: 3 });
    await page.click("#comment-body");
    await page.keyboard.type("A Council resolution cannot demand", { delay: 5 });
    await page.click("#back-to-desk");
    await reviewRow(page, "wp1.json").click();
    await page.waitForSelector("#comment-body");
    expect(await page.inputValue("#comment-body")).toBe("");
    await page.click("#back-to-desk");
    await reviewRow(page, "wp3.json").click();
    await page.waitForSelector("#comment-body");
    expect(await page.inputValue("#comment-body")).toBe("A Council resolution cannot demand");
    // The clause it was for is still chosen.
    expect(await page.textContent("#comment-target")).toContain("operative clause 1");
    await page.reload();
    await reviewRow(page, "wp3.json").click();
    await page.waitForSelector("#comment-body");
    expect(await page.inputValue("#comment-body")).toBe("A Council resolution cannot demand");
    // Once added, the draft is gone.
    await page.selectOption("#comment-clause", { index: 3 });
    await page.click("#add-comment");
    await page.waitForSelector(".comment-item");
    expect(await page.inputValue("#comment-body")).toBe("");
    await page.click("#back-to-desk");
    await reviewRow(page, "wp3.json").click();
    await page.waitForSelector(".comment-item");
    expect(await page.inputValue("#comment-body")).toBe("");
    expect(errors).toEqual([]);
    await context.close();
  });
});
