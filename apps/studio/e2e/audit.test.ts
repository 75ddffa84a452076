/**
 * Bugs from the Chromium UX audit, end to end against the built app: a paper without a committee
 * (pasted, imported or stored), an import's notes beyond the first three, and a file opened twice
 * on the review desk.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { launch, openStudio } from "./browser.ts";
import { overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const editorCommittee = (page: Page) =>
  page.evaluate(() => ((document.querySelector("resolution-editor") as unknown as { value: { content: { attrs: { committee: string } }[] } }).value.content[0]!.attrs.committee));

const NO_COMMITTEE = "1. Calls upon States to protect migrant workers;\n2. Requests the Secretary-General to report.";

async function paste(page: Page, text: string): Promise<void> {
  await page.click("#paste-button");
  await page.fill("#paste-text", text);
  await page.click("#paste-import");
}

describe("a paper without a committee", () => {
  test("pasted: the editor opens with the General Assembly, and the message says so", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await page.selectOption("#new-committee", "ga");
    await paste(page, NO_COMMITTEE);
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await editorCommittee(page)).toBe("ga");
    expect(await page.textContent(".committee-name")).toBe("General Assembly plenary");
    const message = await page.textContent('.message[data-key="import"]');
    expect(message).toMatch(/no committee found: set to the General Assembly plenary; choose the right committee in the heading/);
    // Saved with it: a reload opens it again.
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await editorCommittee(page)).toBe("ga");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("imported from a .txt: it gets the committee chosen in the New paper panel", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await page.selectOption("#new-committee", "sc");
    await page.setInputFiles("#draft-file-input", { name: "migrants.txt", mimeType: "text/plain", buffer: Buffer.from(NO_COMMITTEE) });
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await editorCommittee(page)).toBe("sc");
    expect(await page.textContent('.message[data-key="import"]')).toMatch(/no committee found: set to the Security Council/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("stored with committee \"\": after a reload the list and the paper open, repaired with a note", async () => {
    const good = createDocument({ heading: { committee: "hrc", topic: "A good paper" }, operative: ["Calls upon States to act"] });
    const bad = good.toJSON() as { content: { attrs: Record<string, unknown> }[] };
    bad.content[0]!.attrs = { ...bad.content[0]!.attrs, committee: "", topic: "No committee" };
    const records = [
      { id: "pgood", kind: "draft", doc: good.toJSON(), updated: "2026-01-01T00:00:00.000Z" },
      { id: "pbad", kind: "draft", doc: bad, updated: "2026-02-01T00:00:00.000Z" },
    ];
    const { page, context, errors } = await openStudio(browser, url(), {
      init: new Function(`
        if (sessionStorage.getItem("seeded")) return;
        sessionStorage.setItem("seeded", "1");
        const req = indexedDB.open("clausewise-studio", 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore("papers", { keyPath: "id" });
          req.result.createObjectStore("meta");
          for (const r of ${JSON.stringify(records)}) req.transaction.objectStore("papers").put(r);
        };
        req.onsuccess = () => req.result.close();
      `) as () => void,
    });
    // The most recent paper (the one without a committee) opens, with the default committee.
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await page.locator(".paper-item").count()).toBe(2);
    expect(await editorCommittee(page)).toBe("ga");
    expect(await page.textContent(".message")).toMatch(/No committee.*set to the General Assembly/);
    // The other paper opens from the list.
    await page.click('.paper-item[data-paper-id="pgood"] .paper-open');
    await expect.poll(() => editorCommittee(page)).toBe("hrc");
    // The repair was saved.
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.click('.paper-item[data-paper-id="pbad"] .paper-open');
    await expect.poll(() => editorCommittee(page)).toBe("ga");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a paper the editor refuses", () => {
  test("shows why in its place; the list and the other papers keep working", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await page.selectOption("#new-committee", "sc");
    await page.click("#new-paper");
    await page.selectOption("#new-committee", "hrc");
    await page.click("#new-paper");
    await page.waitForSelector("resolution-editor .ProseMirror");
    const first = await page.getAttribute(".paper-item:not(.active)", "data-paper-id");
    // The paper being opened hands the editor a document it throws on (a committee it does not know).
    await page.evaluate(() => {
      const studio = document.querySelector("cw-studio") as unknown as { editorSeed: { content: { attrs: { committee: string } }[] }; draft: { id: string } | null; requestUpdate(): void };
      const seed = structuredClone(studio.editorSeed);
      seed.content[0]!.attrs.committee = "";
      // A new editor element (as when another paper opens), given the bad document.
      studio.draft = { ...studio.draft!, id: "broken" };
      studio.editorSeed = seed;
      studio.requestUpdate();
    });
    await page.waitForSelector(".editor-error");
    expect(await page.textContent(".editor-error")).toMatch(/cannot be opened in the editor: .*unknown committee/);
    expect(await page.locator(".loading").count()).toBe(0);
    await page.click(`.paper-item[data-paper-id="${first}"] .paper-open`);
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await editorCommittee(page)).toBe("sc");
    expect(errors.filter((e) => !/unknown committee|could not be shown/.test(e))).toEqual([]);
    await context.close();
  });
});

describe("import notes", () => {
  test("every note is reachable from the message, by keyboard", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    // Three "; or" dropped and three page footers: six notes.
    const text = [
      "Committee: Human Rights Council",
      "The Human Rights Council,",
      "1. Calls upon States to act; or", "Page 1 of 3",
      "2. Decides to act; or", "Page 2 of 3",
      "3. Requests a report; or", "Page 3 of 3",
      "4. Decides to remain seized.",
    ].join("\n");
    await paste(page, text);
    await page.waitForSelector("resolution-editor .ProseMirror");
    const message = page.locator('.message[data-key="import"]');
    await message.waitFor();
    const summary = message.locator("summary");
    expect(await summary.textContent()).toMatch(/Show all \d+ notes/);
    const total = Number(/Show all (\d+) notes/.exec((await summary.textContent())!)![1]);
    expect(total).toBeGreaterThan(3);
    await summary.focus();
    await page.keyboard.press("Enter");
    const items = message.locator("details[open] li");
    await expect.poll(() => items.count()).toBe(total);
    expect((await items.allTextContents()).join("\n")).toContain('dropped "Page 3 of 3"');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the same file opened twice on the review desk", () => {
  // Each file's bytes are made once: createDocument gives fresh clause ids on every call.
  const bytes = new Map<string, Buffer>();
  const file = (name: string, topic: string) => {
    if (!bytes.has(topic)) bytes.set(topic, Buffer.from(JSON.stringify(createDocument({ ...overreaching, heading: { ...overreaching.heading, topic } }).toJSON())));
    return { name, mimeType: "application/json", buffer: bytes.get(topic)! };
  };

  test("is not added again; the desk says it is open and highlights its row; another file of the same name is added", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await page.setInputFiles("#desk-file-input", [file("wp.json", "First")]);
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    await page.setInputFiles("#desk-file-input", [file("wp.json", "First")]);
    await expect.poll(() => page.textContent('.message[data-key="desk-open"]')).toMatch(/^\s*wp\.json is already open on the desk; its row is highlighted/);
    expect(await page.locator(".desk-table tbody tr").count()).toBe(1);
    expect(await page.getAttribute(".desk-table tbody tr", "class")).toContain("highlight");
    expect(await page.evaluate(() => document.activeElement?.closest("tr") === document.querySelector(".desk-table tbody tr"))).toBe(true);
    // Still the same after a reload (the desk is restored from storage).
    await page.reload();
    await page.waitForSelector(".desk-table tbody tr");
    await page.setInputFiles("#desk-file-input", [file("wp.json", "First")]);
    await expect.poll(() => page.textContent('.message[data-key="desk-open"]')).toMatch(/already open/);
    expect(await page.locator(".desk-table tbody tr").count()).toBe(1);
    // The same name, other content: a second row, and the desk says why.
    await page.setInputFiles("#desk-file-input", [file("wp.json", "Second")]);
    await expect.poll(() => page.locator(".desk-table tbody tr").count()).toBe(2);
    expect(await page.textContent('.message[data-key="desk-open"]')).toMatch(/another wp\.json is already open.*differs/i);
    expect(errors).toEqual([]);
    await context.close();
  });
});
