/**
 * The studio (built with vite) and the embed page (apps/embed with
 * packages/editor/dist/resolution-editor.js) under `Content-Security-Policy: default-src 'self'`
 * sent as a header by our own static server: no securitypolicyviolation event, no console error,
 * and the editor mounts and accepts typing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, watchedPage } from "./browser.ts";
import { serveStatic, STRICT_CSP, type StaticServer } from "./server.ts";

let browser: Browser;
let studio: StaticServer;
let embed: StaticServer;

beforeAll(async () => {
  browser = await launch();
  studio = await serveStatic({ mounts: { "/": inject("studioDist") } });
  embed = await serveStatic({ mounts: { "/": inject("embedSource") }, files: { "/resolution-editor.js": inject("editorBundle") } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
  await embed?.close();
});

describe(`under the header Content-Security-Policy: ${STRICT_CSP}`, () => {
  it("the studio starts, creates a paper, mounts the editor and takes typing, without a violation or console error", async () => {
    const s = await watchedPage(browser);
    try {
      const response = await s.page.goto(`${studio.url}/`);
      expect(response?.headers()["content-security-policy"]).toBe(STRICT_CSP);
      await s.page.waitForSelector("cw-studio main");
      await s.page.waitForFunction(() => !document.querySelector("cw-studio .loading"));
      await s.page.click("#new-paper");
      await s.page.waitForSelector("resolution-editor .ProseMirror");
      await s.page.click("resolution-editor .cw-operative-clause .cw-text");
      await s.page.keyboard.press("End");
      await s.page.keyboard.type(" Calls upon States to protect schools", { delay: 5 });
      await s.page.waitForFunction(() => (document.querySelector("resolution-editor") as unknown as { text: string }).text.includes("protect schools"));
      // The lint worker runs too (a Worker from the same origin is allowed by default-src 'self').
      await s.page.waitForTimeout(800);
      // Review desk and the paste dialog render under the policy as well.
      await s.page.click("#tab-review");
      await s.page.waitForSelector(".desk");
      await s.page.click("#tab-draft");
      await s.page.click("#paste-button");
      await s.page.waitForSelector("#paste-text");
      expect(s.violations, "securitypolicyviolation events").toEqual([]);
      expect(s.errors, "console errors").toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it("the embed page mounts both editors and takes typing, without a violation or console error", async () => {
    const s = await watchedPage(browser);
    try {
      const response = await s.page.goto(`${embed.url}/index.html`);
      expect(response?.headers()["content-security-policy"]).toBe(STRICT_CSP);
      await s.page.waitForSelector("#hrc .ProseMirror");
      await s.page.waitForSelector("#sc .ProseMirror");
      await s.page.waitForFunction(() => (document.getElementById("hrc") as unknown as { text: string }).text.includes("Human Rights Council"));
      await s.page.click("#hrc .cw-operative-clause .cw-text");
      await s.page.keyboard.press("End");
      await s.page.keyboard.type(" and to report annually", { delay: 5 });
      const text = await s.page.evaluate(() => (document.getElementById("hrc") as unknown as { text: string }).text);
      expect(text).toContain("and to report annually");
      // Autocomplete positions its list through the CSSOM (allowed), not a style attribute.
      await s.page.click("#sc .cw-operative-clause .cw-text");
      await s.page.keyboard.press("Enter");
      await s.page.keyboard.type("Reque", { delay: 5 });
      await s.page.waitForTimeout(300);
      expect(s.violations, "securitypolicyviolation events").toEqual([]);
      // The browser asks for /favicon.ico by itself (the page names none): not the page's error.
      expect(embed.notFound.filter((p) => p !== "/favicon.ico"), "files the page asked for and did not get").toEqual([]);
      const notFavicon = embed.notFound.includes("/favicon.ico") ? s.errors.filter((e) => !/status of 404/.test(e)) : s.errors;
      expect(notFavicon, "console errors").toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});
