/**
 * The review desk, end to end in Chromium against the built app: open three files of different
 * formats, sort by errors, open a paper, comment on a clause and on selected words, set the
 * verdict, and export the feedback report.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clauseModel, createDocument } from "@clausewise/schema";
import { exportDocx, exportText } from "@clausewise/formats";
import { lintDocument } from "@clausewise/lint";
import { LISTED_GROUPS_PAGE } from "../src/listing.ts";
import { addComment } from "../src/comments.ts";
import { downloadText, launch, openStudio } from "./browser.ts";
import { clean, formatSlips, overreaching } from "./fixtures.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function openThree(page: Page): Promise<void> {
  await page.setInputFiles("#desk-file-input", [
    { name: "wp1-education.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(clean).toJSON())) },
    { name: "wp2-privacy.txt", mimeType: "text/plain", buffer: Buffer.from(exportText(createDocument(formatSlips))) },
    {
      name: "wp3-defenders.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await exportDocx(createDocument(overreaching))),
    },
  ]);
  await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 3);
}

const column = (page: Page, col: string) =>
  page.$$eval(`.desk-table tbody td[data-col="${col}"]`, (tds) => tds.map((td) => Number(td.textContent!.trim())));

describe("review desk", () => {
  test("three files, sorted by errors, one commented and exported as a feedback report", async () => {
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
    await openThree(page);

    await page.click('button.sort[data-sort="errors"]');
    const errorCounts = await column(page, "errors");
    expect(errorCounts).toHaveLength(3);
    expect([...errorCounts].sort((a, b) => b - a)).toEqual(errorCounts);
    expect(errorCounts[0]).toBeGreaterThan(0);
    expect(await page.textContent(".desk-table tbody tr:first-child .file-name")).toMatch(/^wp3-defenders\.docx/);
    expect(await page.getAttribute('th:has(button[data-sort="errors"])', "aria-sort")).toBe("descending");

    // Filtering: only papers with binding-language problems.
    await page.selectOption("#desk-category", "binding");
    expect(await page.locator(".desk-table tbody tr").count()).toBe(1);
    await page.selectOption("#desk-category", "");

    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-paper .paper-view");
    // The committee's mandate is one click away here too.
    await page.click("#review-mandate-button");
    expect(await page.textContent(".dialog .mandate")).toContain("What it may not do");
    await page.keyboard.press("Escape");
    await page.waitForSelector(".dialog", { state: "detached" });
    await page.fill("#reviewer-name", "A. Mensah");
    await page.dispatchEvent("#reviewer-name", "change");

    // A comment on a whole clause, chosen from the list.
    const firstOperative = await page.$eval("#comment-clause", (select) =>
      [...(select as HTMLSelectElement).options].find((o) => o.textContent!.trim().startsWith("Clause 1:"))!.value,
    );
    await page.selectOption("#comment-clause", firstOperative);
    await page.fill("#comment-body", "A Council resolution cannot demand: write “Calls upon”.");
    await page.click("#add-comment");
    await page.waitForSelector(".comment-item");

    // A comment on words selected in the paper.
    await page.evaluate(() => {
      const text = [...document.querySelectorAll<HTMLElement>('.review-paper [data-part="text"]')].find((el) =>
        el.textContent!.includes("global fund"),
      )!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode())) {
        const at = node.textContent!.indexOf("global fund");
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + "global fund".length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          break;
        }
      }
      text.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector("#comment-target")!.textContent!.includes("“global fund”"));
    await page.fill("#comment-body", "Ask OHCHR to explore options instead.");
    await page.click("#add-comment");
    await page.waitForFunction(() => document.querySelectorAll(".comment-item").length === 2);
    expect(await page.textContent(".review-paper .commented")).toBeTruthy();

    await page.check('input[name="verdict"][value="return"]');
    await page.fill("#review-note", "Please bring the operative part within the Council's mandate.");
    await page.dispatchEvent("#review-note", "change");

    const findingMessages = await page.$$eval(".review-panel .finding-message", (els) => els.map((e) => e.textContent!.trim()));
    expect(findingMessages.length).toBeGreaterThan(0);

    const report = await downloadText(page, () => page.click("#export-report"));
    expect(report.name).toMatch(/feedback\.html$/);
    const html = report.text;
    expect(html).toContain("Returned to the sponsors with feedback");
    expect(html).toContain("Please bring the operative part within the Council");
    expect(html).toContain("1. Demands that all States immediately release every detained human rights defender;");
    expect(html).toContain("A Council resolution cannot demand: write “Calls upon”.");
    expect(html).toContain("Ask OHCHR to explore options instead.");
    expect(html).toContain("on “global fund”");
    expect(html).toContain("A. Mensah");
    const escapeLikeReport = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    for (const m of findingMessages) expect(html).toContain(escapeLikeReport(m));

    // The paper itself carries the comments: its JSON opens in the studio with them.
    const paperJson = await downloadText(page, () => page.click("#export-paper-json"));
    expect(paperJson.text).toContain('"type": "comment"');
    expect(paperJson.text).toContain("Ask OHCHR to explore options instead.");

    // Everything is kept: after a reload the desk still lists the papers, with the comments in the document.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 3);
    const comments = await column(page, "comments");
    expect(comments.reduce((a, b) => a + b, 0)).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a long paper's findings in review: complete counts, a page of clauses listed, more as the panel scrolls", async () => {
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
    const doc = createDocument({ ...overreaching, operative: Array.from({ length: 90 }, () => overreaching.operative ?? []).flat() });
    const expected = lintDocument(doc);
    expect(new Set(expected.map((d) => d.clause.id)).size).toBeGreaterThan(LISTED_GROUPS_PAGE);
    await page.setInputFiles("#desk-file-input", [{ name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) }]);
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-panel .finding-item");
    const counted = await page.$$eval(".review-panel .count-n", (els) => els.reduce((n, e) => n + Number(e.textContent), 0));
    expect(counted).toBe(expected.length);
    const groups = () => page.locator(".review-panel .finding-group").count();
    expect(await groups()).toBe(LISTED_GROUPS_PAGE);
    await page.$eval(".review-panel .finding-more", (el) => el.scrollIntoView({ block: "end" }));
    await expect.poll(groups, { timeout: 10_000 }).toBeGreaterThan(LISTED_GROUPS_PAGE);
    await page.click(".review-panel .show-more");
    await expect.poll(() => page.locator(".review-panel .finding-item").count(), { timeout: 10_000 }).toBe(expected.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("markup in comments and papers is shown as text, never run", async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { page, context } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
    const hostile = createDocument({
      heading: { committee: "hrc", code: "HRC/WP.9", topic: payload, sponsors: [payload] },
      operative: [`Encourages States ${payload} to cooperate`],
    });
    await page.setInputFiles("#desk-file-input", [{ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(hostile.toJSON())) }]);
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-paper .paper-view");
    await page.selectOption("#comment-clause", { index: 1 });
    await page.fill("#comment-body", payload);
    await page.click("#add-comment");
    await page.waitForSelector(".comment-item");
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("cw-studio img, cw-studio script").count()).toBe(0);
    expect(await page.textContent(".comment-body")).toBe(payload);
    const report = await downloadText(page, () => page.click("#export-report"));
    expect(report.text).not.toContain("<img");
    expect(report.text).not.toContain("<script>window");
    await context.close();
  });

  test("the table's category columns add up to its errors and warnings (style included), and the checklist's marks match what they say", async () => {
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
    const fixture = join(import.meta.dirname, "../../../packages/cli/test/fixtures/wrapped-ga3.txt");
    await page.setInputFiles("#desk-file-input", [
      { name: "wrapped-ga3.txt", mimeType: "text/plain", buffer: readFileSync(fixture) },
      { name: "wp2-privacy.txt", mimeType: "text/plain", buffer: Buffer.from(exportText(createDocument(formatSlips))) },
      { name: "wp3.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(createDocument(overreaching).toJSON())) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 3);
    const headers = await page.$$eval(".desk-table thead button.sort", (bs) => bs.map((b) => b.getAttribute("data-sort")));
    expect(headers).toContain("style");
    const rows = await page.$$eval(".desk-table tbody tr", (trs) =>
      trs.map((tr) => {
        const n = (col: string) => Number(tr.querySelector(`td[data-col="${col}"]`)!.textContent!.trim());
        return {
          file: tr.querySelector(".file-name")!.textContent!.split(" · ")[0]!.trim(),
          total: n("errors") + n("warnings"),
          byCategory: ["binding", "new-body", "operational", "format", "style"].reduce((sum, c) => sum + n(c), 0),
          style: n("style"),
        };
      }),
    );
    for (const r of rows) expect(r.byCategory, r.file).toBe(r.total);
    expect(rows.find((r) => r.file === "wrapped-ga3.txt")).toMatchObject({ total: 1, style: 1 });
    // Filtering by Style finds it.
    await page.selectOption("#desk-category", "style");
    expect(await page.locator(".desk-table tbody tr").count()).toBeGreaterThanOrEqual(1);
    await page.selectOption("#desk-category", "");

    // A paper with format and style warnings only: the format line is not a plain tick next to problems.
    await page.click('.desk-table tbody tr:has(.file-name:text-is("wp2-privacy.txt")) .paper-link');
    await page.waitForSelector(".review-panel .checklist");
    const lines = await page.$$eval(".checklist li", (lis) =>
      lis.map((li) => ({ id: li.getAttribute("data-check"), status: li.getAttribute("data-status"), mark: li.querySelector(".check-mark")!.textContent, text: li.textContent! })),
    );
    for (const l of lines) {
      expect(l.mark, l.id!).toBe({ pass: "✔", warn: "!", fail: "✘" }[l.status!]);
      if (l.status === "pass") expect(l.text, l.id!).not.toMatch(/\d+ (error|warning|problem)/);
    }
    const format = lines.find((l) => l.id === "format")!;
    expect(format.status).not.toBe("pass");
    const report = await downloadText(page, () => page.click("#export-report"));
    expect(report.text).not.toMatch(/\b(1|one) (errors|warnings|findings|comments)\b/);
    expect(report.text).not.toMatch(/✔[^<]*<strong>Format<\/strong>: \d+ format/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a report exported while the paper is still being checked waits for the check; a note's lines stay lines", async () => {
    // Checks take a while here: every message to the lint worker is held back for 3 s.
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), {
      hash: "#review",
      init: () => {
        const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
        (Worker.prototype as { postMessage: unknown }).postMessage = function (this: Worker, ...args: unknown[]) {
          setTimeout(() => post.apply(this, args), 3000);
        };
      },
    });
    const doc = createDocument(overreaching);
    await page.setInputFiles("#desk-file-input", [{ name: "wp.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc.toJSON())) }]);
    await page.waitForSelector(".desk-table tbody tr");
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-paper .paper-view");
    // While it is checked, the checklist says so rather than ticking every line.
    expect(await page.isVisible("#checklist-pending")).toBe(true);
    await page.fill("#review-note", "Dear sponsors,\nplease fix clause 1.\n- first point");
    const report = await downloadText(page, () => page.click("#export-report"));
    const expected = lintDocument(doc, { committee: "hrc" }).filter((d) => d.severity === "error").length;
    expect(expected).toBeGreaterThan(0);
    expect(report.text).toContain(`${expected} error`);
    expect(report.text).not.toContain("No mandate findings");
    expect(report.text).toContain('<p class="typed">Dear sponsors,\nplease fix clause 1.\n- first point</p>');
    await page.waitForSelector("#checklist-pending", { state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });
  test("files dropped anywhere on the desk are opened, the table and the empty space too; the box lights up meanwhile; on a paper under review they go on the desk", async () => {
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
    /** Drops a file with this text on the element, as a drag from the file manager does. */
    const drop = async (selector: string, name: string, text: string) => {
      const data = await page.evaluateHandle(([n, t]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([t], n, { type: "text/plain" }));
        return transfer;
      }, [name, text] as const);
      await page.dispatchEvent(selector, "dragenter", { dataTransfer: data });
      await page.dispatchEvent(selector, "dragover", { dataTransfer: data });
      const lit = await page.$eval(".desk", (d) => d.classList.contains("dragging"));
      await page.dispatchEvent(selector, "drop", { dataTransfer: data });
      return lit;
    };
    const paper = (title: string) => exportText(createDocument({ ...clean, heading: { ...clean.heading, topic: title } }));
    // On the empty desk's "No papers" line, below the box.
    expect(await drop(".desk .empty", "first.txt", paper("First dropped"))).toBe(true);
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 1);
    // On the table itself.
    expect(await drop(".desk-table tbody tr:first-child", "second.txt", paper("Second dropped"))).toBe(true);
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 2);
    expect(await page.$$eval(".desk-table .file-name", (els) => els.map((e) => e.textContent!.trim()).sort())).toEqual(["first.txt · HRC", "second.txt · HRC"]);
    expect(await page.$eval(".desk", (d) => d.classList.contains("dragging"))).toBe(false);
    // Text dragged from another page is not a file: nothing opens, nothing is lost.
    const text = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.setData("text/plain", "Decides to act;");
      return transfer;
    });
    await page.dispatchEvent(".desk-table", "drop", { dataTransfer: text });
    expect(await page.locator(".desk-table tbody tr").count()).toBe(2);
    // Reviewing a paper, a file dropped on its title, or on the paper itself, is not opened by the
    // browser in the studio's place (the drop is accepted and cancelled): it goes on the desk.
    await page.click(".desk-table tbody tr:first-child .paper-link");
    await page.waitForSelector(".review-paper .paper-view");
    const dropOn = (selector: string, name: string, text: string) =>
      page.evaluate(([sel, n, t]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([t], n, { type: "text/plain" }));
        const target = document.querySelector(sel)!;
        const over = new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true });
        const drop = new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true });
        target.dispatchEvent(over);
        target.dispatchEvent(drop);
        return { over: over.defaultPrevented, drop: drop.defaultPrevented, effect: transfer.dropEffect };
      }, [selector, name, text] as const);
    expect(await dropOn("#review-title", "third.txt", paper("Third dropped"))).toMatchObject({ over: true, drop: true });
    expect(await dropOn(".review-paper .pv-text", "fourth.txt", paper("Fourth dropped"))).toMatchObject({ over: true, drop: true });
    await page.click("#back-to-desk");
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 4);
    // And nothing of the dropped files went into the paper under review.
    expect(await page.$$eval(".desk-table .file-name", (els) => els.map((e) => e.textContent!.trim()).sort())).toEqual(["first.txt · HRC", "fourth.txt · HRC", "second.txt · HRC", "third.txt · HRC"]);
    expect(errors).toEqual([]);
    await context.close();
  });
  test("with thirty papers, the table's header stays in view under the top bar as the page scrolls", async () => {
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), { hash: "#review", viewport: { width: 1280, height: 800 } });
    const files = Array.from({ length: 30 }, (_, i) => ({
      name: `wp${i + 1}.json`,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(createDocument({ ...clean, heading: { ...clean.heading, code: `HRC/WP.${i + 1}`, topic: `Topic number ${i + 1}` } }).toJSON())),
    }));
    await page.setInputFiles("#desk-file-input", files);
    await page.waitForFunction(() => document.querySelectorAll(".desk-table tbody tr:not(.pending)").length === 30);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const where = await page.evaluate(() => ({
      scrolled: window.scrollY,
      bar: document.querySelector(".app-bar")!.getBoundingClientRect().bottom,
      header: document.querySelector(".desk-table thead th")!.getBoundingClientRect().top,
      wide: document.documentElement.scrollWidth <= innerWidth,
    }));
    expect(where.scrolled).toBeGreaterThan(400);
    // Right under the bar (within a pixel of rounding), not scrolled away with the table's top.
    expect(Math.abs(where.header - where.bar)).toBeLessThanOrEqual(1);
    expect(where.wide).toBe(true);
    // Between a tablet's width and a laptop's the table is compact too: it fits, titles keep room.
    for (const width of [960, 1024, 1100]) {
      await page.setViewportSize({ width, height: 800 });
      const fit = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth > innerWidth,
        title: document.querySelector(".desk-table tbody th")!.getBoundingClientRect().width,
      }));
      expect(fit.sideways, `${width} px`).toBe(false);
      expect(fit.title, `${width} px`).toBeGreaterThan(150);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
  test("a Word file with comments opened on the desk says so, and its comments are on its row and in the paper", async () => {
    const { page, context, errors } = await openStudio(browser, inject("studioURL"), { hash: "#review" });
    const doc = createDocument(overreaching);
    const first = clauseModel(doc).clauses.find((c) => c.path === "1")!;
    const commented = addComment(doc, { clauseId: first.id, start: 0, end: "Demands".length }, { id: "c1", author: "A. Mensah", body: "Write “Calls upon”.", created: "2026-12-07T10:00:00.000Z" });
    await page.setInputFiles("#desk-file-input", [{ name: "wp3-back.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await exportDocx(commented)) }]);
    await page.waitForSelector(".desk-table tbody tr:not(.pending)");
    expect(await page.textContent('.message[data-key="desk-open"]')).toContain("wp3-back.docx: 1 comment on the highlighted words.");
    expect((await page.textContent('.desk-table td[data-col="comments"]'))!.trim()).toBe("1");
    await page.click(".desk-table .paper-link");
    await page.waitForSelector(".comment-item");
    expect((await page.textContent(".comment-item q"))!.trim()).toBe("Demands");
    expect(errors).toEqual([]);
    await context.close();
  });
});
