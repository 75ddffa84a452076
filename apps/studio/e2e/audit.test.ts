/**
 * Bugs from the Chromium UX audits, end to end against the built app: a paper without a committee
 * (pasted, imported or stored), an import's notes beyond the first three, a file opened twice on
 * the review desk; one paper edited in two tabs, the next paper in a review, saving that cannot
 * happen (Ctrl+S, leaving the page), the contrast of the desk's counts and severity badges, a
 * paper with the director's comments handed back to its delegate, and a 400% zoom.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { exportDocx } from "@clausewise/formats";
import { clauseModel, createDocument } from "@clausewise/schema";
import { addComment } from "../src/comments.ts";
import { launch, openStudio } from "./browser.ts";
import { clean, formatSlips, overreaching } from "./fixtures.ts";

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
    // Both opened again at once: both rows are highlighted, not only the last.
    await page.setInputFiles("#desk-file-input", [file("wp.json", "First"), file("wp.json", "Second")]);
    await expect.poll(() => page.locator(".desk-table tbody tr.highlight").count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const editorText = (page: Page) => page.evaluate(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text);

/** A new paper typed into and saved in one tab, then opened in a second tab of the same browser. */
async function onePaperInTwoTabs() {
  const session = await openStudio(browser, url());
  const { page, context } = session;
  await page.selectOption("#new-committee", "hrc");
  await page.click("#new-paper");
  await page.waitForSelector("resolution-editor .ProseMirror");
  await page.keyboard.type("Calls upon States to protect defenders");
  await expect.poll(() => page.getAttribute(".save-status", "data-save")).toBe("saved");
  const second = await context.newPage();
  await second.goto(url());
  await second.waitForSelector("resolution-editor .ProseMirror");
  return { ...session, second };
}

describe("one paper in two tabs", () => {
  test("each tab says when the other saved the paper, and can load the other's version", async () => {
    // The second tab opens the same paper; the first goes on typing.
    const { page, second, context, errors } = await onePaperInTwoTabs();
    expect(await editorText(second)).toContain("protect defenders");
    await page.keyboard.insertText(" from reprisals"); // one edit, one save: the other tab is told once it is stored
    const warning = second.locator('.message[data-key^="other-tab:"]');
    await expect.poll(() => warning.textContent()).toMatch(/was changed in another tab.*whichever saves last wins/);
    await warning.locator("button.message-action").click();
    await expect.poll(() => editorText(second)).toContain("protect defenders from reprisals");
    // Typing in the second tab now warns the first.
    await second.keyboard.insertText("Urgently ");
    await expect.poll(() => page.locator('.message[data-key^="other-tab:"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("one paper edited in two tabs all the same", () => {
  test("the tab that saves over the other's newer work keeps that work first, as a paper of its own", async () => {
    const { page, second, context, errors } = await onePaperInTwoTabs();
    // The first tab saves work of its own; the second, told so, types on anyway.
    await page.keyboard.insertText(" from reprisals");
    await expect.poll(() => second.locator('.message[data-key^="other-tab:"]').count()).toBe(1);
    await second.click("resolution-editor .cw-operative-clause .cw-text");
    await second.keyboard.press("End");
    await second.keyboard.insertText(" everywhere");
    await expect.poll(() => second.locator('.message[data-key^="other-tab:"]').textContent()).toMatch(/other tab's version is kept as a separate paper/);
    // Both versions are stored: the paper with the second tab's edit, a copy with the first tab's.
    const stored = () =>
      second.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open("clausewise-studio");
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction("papers").objectStore("papers").getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        db.close();
        return all.map((r) => JSON.stringify(r));
      });
    await expect.poll(async () => (await stored()).length).toBe(2);
    const texts = await stored();
    expect(texts.filter((t) => t.includes("protect defenders everywhere"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("protect defenders from reprisals"))).toHaveLength(1);
    expect(await second.locator(".paper-item").count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("moving through the desk's papers in a review", () => {
  test("Previous and Next, and Alt+Page Down / Up, follow the table's order; Ctrl+O opens more papers", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await page.setInputFiles(
      "#desk-file-input",
      [clean, formatSlips, overreaching].map((input, i) => ({
        name: `wp${i + 1}.json`,
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(createDocument(input).toJSON())),
      })),
    );
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 3);
    await page.click('button.sort[data-sort="errors"]');
    const order = await page.$$eval(".desk-table tbody .paper-link", (links) => links.map((l) => l.textContent!.trim()));
    // Each row's "Review" names its paper for screen readers (18 bare "Review" buttons say nothing).
    expect(await page.$$eval(".desk-table tbody .review-button", (b) => b.map((x) => x.getAttribute("aria-label")))).toEqual(order.map((t) => `Review ${t}`));
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector("#review-title");
    expect(await page.textContent(".review-position")).toBe("1 of 3");
    expect(await page.isDisabled("#previous-paper")).toBe(true);
    expect(await page.getAttribute("#next-paper", "aria-label")).toBe(`Next paper: ${order[1]}`);
    await page.click("#next-paper");
    await expect.poll(() => page.textContent("#review-title")).toBe(order[1]);
    // The keyboard: the focus is on the new paper's title, and Alt+Page Down goes on.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("review-title");
    await page.keyboard.press("Alt+PageDown");
    await expect.poll(() => page.textContent("#review-title")).toBe(order[2]);
    expect(await page.isDisabled("#next-paper")).toBe(true);
    await page.keyboard.press("Alt+PageDown"); // the last: stays
    await page.keyboard.press("Alt+PageUp");
    await expect.poll(() => page.textContent("#review-title")).toBe(order[1]);
    expect(await page.textContent(".review-position")).toBe("2 of 3");
    // Ctrl+O while reviewing a paper opens more papers: back on the desk, with the file chooser.
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Control+o");
    expect((await chooser).isMultiple()).toBe(true);
    await page.waitForSelector(".desk-table");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("when nothing can be saved", () => {
  const blockStorage = () => {
    Object.defineProperty(window, "indexedDB", { get() { throw new DOMException("The user denied permission to access the database.", "SecurityError"); } });
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("Access is denied for this document.", "SecurityError"); } });
  };

  test("Ctrl+S says the paper is not saved, and leaving the page asks first", async () => {
    const { page, context } = await openStudio(browser, url(), { init: blockStorage });
    await page.selectOption("#new-committee", "hrc");
    await page.click("#new-paper");
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.keyboard.type("Calls upon States to act");
    await page.keyboard.press("Control+s");
    await expect.poll(() => page.textContent('.message[data-key="save"]')).toMatch(/Not saved: see the warning above/);
    // A reload would lose the paper: the browser asks (the test declines, and the text is still there).
    const asked = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); void d.dismiss(); }));
    void page.reload().catch(() => undefined);
    expect(await asked).toBe("beforeunload");
    expect(await editorText(page)).toContain("Calls upon States to act");
    await context.close();
  });

  test("with storage working, leaving the page does not ask", async () => {
    const { page, context } = await openStudio(browser, url());
    await page.selectOption("#new-committee", "hrc");
    await page.click("#new-paper");
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.keyboard.type("Calls upon States to act");
    let asked = false;
    page.on("dialog", (d) => { asked = true; void d.dismiss(); });
    await page.reload();
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(asked).toBe(false);
    expect(await editorText(page)).toContain("Calls upon States to act");
    await context.close();
  });
});

describe("contrast", () => {
  test("the desk's counts (zeros too) and the severity badges are readable: at least 4.5:1", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { hash: "#review" });
    await page.setInputFiles("#desk-file-input", [{ name: "wp.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(formatSlips).toJSON())) }]);
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-panel .sev-badge");
    // Badges of every severity, drawn for the measurement.
    await page.evaluate(() => {
      const host = document.querySelector(".review-panel")!;
      for (const s of ["error", "warning", "info", "hint"]) host.insertAdjacentHTML("beforeend", `<span class="sev-badge sev-${s}" data-probe>${s}</span>`);
      document.querySelector(".review-panel")!.insertAdjacentHTML("beforeend", `<table class="desk-table"><tr><td class="num"><span class="zero" data-probe>0</span></td><td class="num sev-warning" data-probe>2</td></tr></table>`);
    });
    const ratios = await page.$$eval("[data-probe]", (els) => {
      const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const background = (el: Element | null): string => {
        for (; el; el = el.parentElement) {
          const bg = getComputedStyle(el).backgroundColor;
          if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
        }
        return "rgb(255, 255, 255)";
      };
      return els.map((el) => {
        const [a, b] = [lum(getComputedStyle(el).color), lum(background(el))].sort((x, y) => y - x);
        return { what: el.className || el.textContent, ratio: (a! + 0.05) / (b! + 0.05) };
      });
    });
    expect(ratios).toHaveLength(6);
    for (const r of ratios) expect(r.ratio, r.what).toBeGreaterThanOrEqual(4.5);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("feedback handed back", () => {
  test("a paper with the director's comments, imported in Draft, says it has them and where", async () => {
    const doc = createDocument(overreaching);
    const first = clauseModel(doc).clauses.find((c) => c.path === "1")!;
    const commented = addComment(doc, { clauseId: first.id }, { id: "c1", author: "A. Mensah", body: "Write “Calls upon”.", created: "2026-12-07T10:00:00.000Z" });
    const { page, context, errors } = await openStudio(browser, url());
    await page.setInputFiles("#welcome-file-input", { name: "wp3-feedback.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(commented.toJSON())) });
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await page.textContent('.message[data-key="import"]')).toMatch(/1 comment from the review desk, on the highlighted words: click them \(or put the caret in them\) to read it/);
    expect(await page.evaluate(() => document.querySelector("resolution-editor")!.shadowRoot!.querySelectorAll("mark.cw-comment").length)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a Word file with the director's comments, imported in Draft, shows them on the same words", async () => {
    const doc = createDocument(overreaching);
    const first = clauseModel(doc).clauses.find((c) => c.path === "1")!;
    const commented = addComment(doc, { clauseId: first.id, start: 0, end: "Demands".length }, { id: "c1", author: "A. Mensah", body: "Write “Calls upon”.", created: "2026-12-07T10:00:00.000Z" });
    const { page, context, errors } = await openStudio(browser, url());
    await page.setInputFiles("#welcome-file-input", {
      name: "wp3-feedback.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await exportDocx(commented)),
    });
    await page.waitForSelector("resolution-editor .ProseMirror");
    expect(await page.textContent('.message[data-key="import"]')).toMatch(/1 Word comment, on the highlighted words: click them \(or put the caret in them\) to read it/);
    const marks = await page.evaluate(() => [...document.querySelector("resolution-editor")!.shadowRoot!.querySelectorAll<HTMLElement>("mark.cw-comment")].map((m) => [m.textContent, m.dataset.author, m.dataset.body]));
    expect(marks).toEqual([["Demands", "A. Mensah", "Write “Calls upon”."]]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("zoomed to 400% (a 1280×1024 screen: 320×256 CSS px)", () => {
  test("nothing scrolls sideways, and the line being typed is not under the top bars", async () => {
    const { page, context, errors } = await openStudio(browser, url(), { viewport: { width: 320, height: 256 } });
    await page.click('.template-card[data-committee="hrc"]');
    await page.waitForSelector("resolution-editor .ProseMirror");
    await page.keyboard.type("Calls upon States to act");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The caret's line is in the window, below whatever the bars still cover.
    const { caret, covered } = await page.evaluate(() => {
      const editor = document.querySelector("resolution-editor")!;
      const selection = (editor.shadowRoot as unknown as { getSelection?: () => Selection }).getSelection?.() ?? getSelection()!;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      const bars = [...document.querySelectorAll<HTMLElement>(".app-bar, .paper-toolbar")].map((b) => b.getBoundingClientRect());
      return { caret: { top: rect.top, bottom: rect.bottom }, covered: Math.max(0, ...bars.map((b) => (b.top <= rect.top && b.bottom > rect.top ? b.bottom : 0))) };
    });
    expect(caret.bottom).toBeLessThanOrEqual(256);
    expect(covered).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
