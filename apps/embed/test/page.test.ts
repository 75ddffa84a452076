// The embed page must work under `Content-Security-Policy: default-src 'self'`: no inline script,
// no inline style, nothing loaded from elsewhere. (The element's own CSP behaviour is tested in a
// real browser in packages/editor/test/dist.browser.test.ts.)
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

const html = readFileSync(new URL("../src/index.html", import.meta.url), "utf8");
const script = readFileSync(new URL("../src/page.js", import.meta.url), "utf8");

describe("apps/embed/src/index.html", () => {
  it("declares the strict policy and loads only same-origin files", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`);
    const sources = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(["./page.css", "./resolution-editor.js", "./page.js"]);
  });

  it("has no inline script, inline style, style attribute or inline event handler", () => {
    for (const tag of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(tag[0]).toMatch(/\bsrc="/);
      expect(tag[1]!.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it("shows two editors with different committees, as form fields, and logs their events", () => {
    const editors = [...html.matchAll(/<resolution-editor\b([^>]*)>/g)].map((m) => m[1]!);
    expect(editors).toHaveLength(2);
    expect(editors.map((a) => /committee="([^"]+)"/.exec(a)![1])).toEqual(["hrc", "sc"]);
    expect(editors.every((a) => /\bname="/.test(a))).toBe(true);
    expect(script).toContain(`addEventListener("resolution-change"`);
    expect(script).toContain(`addEventListener("diagnostics-change"`);
    expect(script).not.toMatch(/\beval\(|new Function|innerHTML/);
  });
});
