/**
 * Keyboard use, end to end in Chromium against the built app: where the focus goes after each
 * action, dialogs that hold the focus and give it back, focus rings on the file pickers, and the
 * phone's papers drawer.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument } from "@clausewise/schema";
import { exportText } from "@clausewise/formats";
import { launch, openStudio } from "./browser.ts";
import { clean, overreaching } from "./fixtures.ts";

let browser: Browser;
const url = () => inject("studioURL");
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** What has the focus: "editor" for the editor's text, else a short description of the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return "body";
    if (a.tagName === "RESOLUTION-EDITOR") {
      const inner = a.shadowRoot?.activeElement;
      return inner?.classList.contains("ProseMirror") ? "editor" : `editor ${inner?.tagName.toLowerCase()}#${inner?.id}`;
    }
    return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ""}${a.closest("dialog") ? " in dialog" : ""}`;
  });

const editorText = (page: Page) => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text);

async function openOnDesk(page: Page): Promise<void> {
  await page.setInputFiles("#desk-file-input", [
    { name: "wp1.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(clean).toJSON())) },
    { name: "wp3.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(overreaching).toJSON())) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 2);
}

describe("keyboard focus", () => {
  test("Enter on a template card puts the caret in the paper's empty operative clause", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await page.focus('.template-card[data-committee="hrc"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector("resolution-editor .ProseMirror");
    await expect.poll(() => focused(page)).toBe("editor");
    await page.keyboard.type("Calls upon States to protect journalists", { delay: 5 });
    expect(await editorText(page)).toContain("1. Calls upon States to protect journalists");
    // The sidebar's "Create from template" does the same.
    await page.focus("#new-paper");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".paper-item").count()).toBe(2);
    await expect.poll(() => focused(page)).toBe("editor");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the Paste dialog focuses its text box: typed spaces go into it, Import puts the focus in the paper", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await page.focus("#paste-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog.dialog[open]");
    expect(await focused(page)).toBe("textarea#paste-text in dialog");
    await page.keyboard.insertText(exportText(createDocument(clean)));
    await page.keyboard.type(" ");
    expect(await page.isVisible("dialog.dialog")).toBe(true);
    await page.focus("#paste-import");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog.dialog", { state: "detached" });
    await expect.poll(() => focused(page)).toBe("editor");
    expect(await editorText(page)).toContain("The right to education in emergencies");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("\"What may HRC do?\" is modal: Tab stays in it, Esc closes it and the focus returns to its button", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    await page.click('.template-card[data-committee="hrc"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.focus("#mandate-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog.dialog[open] .mandate");
    expect(await focused(page)).toMatch(/in dialog$/);
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      seen.add(now);
      expect(now, `after ${i + 1} Tab(s)`).toMatch(/in dialog$/);
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await focused(page)).toMatch(/in dialog$/);
    }
    expect(seen.size).toBeGreaterThan(1);
    await page.keyboard.press("Escape");
    await page.waitForSelector("dialog.dialog", { state: "detached" });
    expect(await focused(page)).toBe("button#mandate-button");
    // A click on the backdrop closes it too.
    await page.click("#mandate-button");
    await page.waitForSelector("dialog.dialog[open]");
    await page.mouse.click(5, 400);
    await page.waitForSelector("dialog.dialog", { state: "detached" });
    expect(await focused(page)).toBe("button#mandate-button");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("Review puts the focus on the paper's title, \"← All papers\" on its row, Alt+1 / Alt+2 on the mode's content", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await openOnDesk(page);
    const row = page.locator('.desk-table tbody tr:has(.file-name:text-is("wp3.json"))');
    await row.locator(".review-button").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".review-paper .paper-view");
    await expect.poll(() => focused(page)).toBe("h1#review-title");
    await page.focus("#back-to-desk");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".desk-table");
    const reviewed = await row.getAttribute("data-paper-id");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-paper-id"))).toBe(reviewed);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("paper-link"))).toBe(true);
    // Alt+1: Draft, with no paper yet: its heading. A paper made, Alt+2 then Alt+1: the paper's text.
    await page.keyboard.press("Alt+1");
    await expect.poll(() => focused(page)).toBe("h1#draft-title");
    await page.click('.template-card[data-committee="hrc"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.keyboard.press("Alt+2");
    await expect.poll(() => focused(page)).toBe("h1#desk-title");
    await page.keyboard.press("Alt+1");
    await expect.poll(() => focused(page)).toBe("editor");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the mode tabs are one tab stop, and the arrow keys move between them and show the mode", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    expect(await page.getAttribute("#tab-draft", "tabindex")).toBe("0");
    expect(await page.getAttribute("#tab-review", "tabindex")).toBe("-1");
    await page.focus("#tab-draft");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("#desk-title");
    expect(await focused(page)).toBe("button#tab-review");
    expect(await page.getAttribute("#tab-review", "aria-selected")).toBe("true");
    expect(await page.getAttribute("main", "aria-labelledby")).toBe("tab-review");
    // Tab leaves the tabs (the other one is not a stop of its own).
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).not.toBe("button#tab-draft");
    await page.focus("#tab-review");
    await page.keyboard.press("Home");
    await page.waitForSelector("#draft-title");
    expect(await focused(page)).toBe("button#tab-draft");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the file pickers styled as buttons show a focus ring when tabbed to", async () => {
    const { page, context, errors } = await openStudio(browser, url());
    const ringOf = (id: string) => page.$eval(`label[for="${id}"]`, (l) => getComputedStyle(l).outlineStyle);
    // The welcome page's "Import .docx, .txt or .json…": after the last template card.
    await page.focus(".template-card >> nth=-1");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("input#welcome-file-input");
    expect(await ringOf("welcome-file-input")).not.toBe("none");
    await page.keyboard.press("Tab");
    expect(await ringOf("welcome-file-input")).toBe("none");
    // The sidebar's "Import file…": after "Create from template".
    await page.focus("#new-paper");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("input#draft-file-input");
    expect(await ringOf("draft-file-input")).not.toBe("none");
    // The desk's "Open papers…": after the mode tabs.
    await page.click("#tab-review");
    await page.focus("#tab-review");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("input#desk-file-input");
    expect(await ringOf("desk-file-input")).not.toBe("none");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the papers drawer on a phone", () => {
  test("Esc, its close button and a tap beside it close it, and the focus returns to its toggle", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { viewport: { width: 390, height: 844 }, touch: true });
    await page.click('.template-card[data-committee="hrc"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    const toggle = ".paper-toolbar .sidebar-toggle";
    const drawerShown = () => page.isVisible(".papers-panel");
    expect(await drawerShown()).toBe(false);

    await page.focus(toggle);
    await page.keyboard.press("Enter");
    await expect.poll(drawerShown).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest(".papers-panel"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(drawerShown).toBe(false);
    expect(await page.evaluate((s) => document.activeElement === document.querySelector(s), toggle)).toBe(true);
    expect(await page.getAttribute(toggle, "aria-expanded")).toBe("false");

    await page.tap(toggle);
    await expect.poll(drawerShown).toBe(true);
    await page.tap(".papers-panel .drawer-close");
    await expect.poll(drawerShown).toBe(false);
    expect(await page.evaluate((s) => document.activeElement === document.querySelector(s), toggle)).toBe(true);

    await page.tap(toggle);
    await expect.poll(drawerShown).toBe(true);
    const panel = (await page.locator(".papers-panel").boundingBox())!;
    await page.touchscreen.tap(Math.min(385, panel.x + panel.width + 20), 600);
    await expect.poll(drawerShown).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
