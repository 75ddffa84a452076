/**
 * Injection payloads (payloads.json) through every way into `<resolution-editor>` (the built
 * packages/editor/dist/resolution-editor.js on a plain page) and through formats' HTML export, in
 * real Chromium. After each way in: the detector never fired, and no element or attribute of a
 * payload is in the DOM as markup (document, open shadow roots, frames).
 *
 * The pages are served WITHOUT a Content-Security-Policy here, so a payload that got through would
 * run and be seen: this tests the escaping itself, not the policy (csp.test.ts tests that).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDocument, type DocumentInput } from "@clausewise/schema";
import { exportHtml } from "@clausewise/formats";
import { launch, scanDom, settle, watchedPage, type Watched } from "./browser.ts";
import { serveStatic, type StaticServer } from "./server.ts";
import { payloads, shortPayloads, families, type Payload } from "./payloads.ts";

const EDITOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>editor under attack</title><link rel="icon" href="data:,">
<script type="module" src="/resolution-editor.js"></script></head>
<body><h1>Host page</h1><resolution-editor id="ed" committee="hrc" aria-label="Working paper"></resolution-editor></body></html>`;

let browser: Browser;
let server: StaticServer;
let session: Watched;
let page: Page;
let baseline: string[] = [];

beforeAll(async () => {
  const pages: Record<string, string> = { "/editor.html": EDITOR_PAGE };
  server = await serveStatic({ files: { "/resolution-editor.js": inject("editorBundle") }, pages, csp: null });
  browser = await launch();
  session = await watchedPage(browser);
  page = session.page;
  await page.goto(`${server.url}/editor.html`);
  await page.waitForSelector("resolution-editor .ProseMirror");
  baseline = await scanDom(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Findings of the scan that were not there before any payload went in. */
async function injected(p: Page = page): Promise<string[]> {
  const now = await scanDom(p);
  return now.filter((f) => !baseline.includes(f));
}

async function expectClean(way: string, p: Page = page): Promise<void> {
  await settle(p);
  expect(session.fired, `${way}: payload code ran`).toEqual([]);
  expect(await injected(p), `${way}: payload markup in the DOM`).toEqual([]);
}

const reset = () =>
  page.evaluate(() => {
    const ed = document.getElementById("ed") as unknown as { text: string };
    ed.text = "The Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. Decides to remain seized of the matter.";
  });

function paperWith(p: Payload): DocumentInput {
  return {
    // Within the JSON schema's limits (code 200, topic 1000, names 200 characters).
    heading: { code: p.text.slice(0, 200), topic: p.text.slice(0, 1000), sponsors: [p.text.slice(0, 200), "France"], signatories: [p.text.slice(0, 200)] },
    preamble: [`Recalling ${p.text}`, p.text],
    operative: [{ text: `Decides ${p.text}`, sub: [p.text, `to ${p.text}`], continuation: p.text }, p.text],
  };
}

describe(`${payloads.length} payloads in ${families.length} families`, () => {
  it("are at least 100, each family with a note", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    for (const f of families) expect(f.note.length, f.family).toBeGreaterThan(20);
  });
});

describe("<resolution-editor> under injection", () => {
  it(`HTML paste (a real ClipboardEvent with text/html and text/plain): ${payloads.length} payloads, 3 forms each`, async () => {
    for (const p of payloads) {
      await reset();
      const html = [p.text, `<p>Recalling ${p.text}</p><p>1. Decides ${p.text}</p><p>(a) ${p.text}</p>`, `<table><tr><td>${p.text}</td></tr></table><ul><li>2. Urges ${p.text}</li></ul>`];
      await page.evaluate(
        ({ html, plain }) => {
          const ed = document.getElementById("ed")!;
          const pm = ed.shadowRoot!.querySelector(".ProseMirror") as HTMLElement;
          pm.focus();
          for (const h of html) {
            const data = new DataTransfer();
            data.setData("text/html", h);
            data.setData("text/plain", plain);
            pm.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
          }
        },
        { html, plain: p.text },
      );
      if (p.n % 20 === 0) await expectClean(`paste, up to payload ${p.n}`);
    }
    await expectClean("HTML paste");
    // The pastes went in as text: the editor holds the payloads' words, not their markup.
    const text = await page.evaluate(() => (document.getElementById("ed") as unknown as { text: string }).text);
    expect(text).toContain("Urges");
  }, 240_000);

  it(`text import (the element's text property): ${payloads.length} payloads`, async () => {
    for (const p of payloads) {
      const paper = `Code: ${p.text.slice(0, 200)}\nTopic: ${p.text}\n\nThe Human Rights Council,\n\nRecalling ${p.text},\n\n1. Decides ${p.text};\n    (a) ${p.text};\n2. ${p.text}.`;
      await page.evaluate((t) => {
        (document.getElementById("ed") as unknown as { text: string }).text = t;
      }, paper);
      if (p.n % 20 === 0) await expectClean(`text import, up to payload ${p.n}`);
    }
    await expectClean("text import");
  }, 240_000);

  it(`the value property (JSON whose texts and heading fields are payloads, with comment marks): ${payloads.length} payloads`, async () => {
    for (const p of payloads) {
      const json = createDocument(paperWith(p)).toJSON() as { content: { content?: { content?: { content?: { marks?: unknown[] }[] }[] }[] }[] };
      // A director's comment whose author and body are the payload, on the first operative clause.
      const firstText = json.content[2]!.content![0]!.content![0]!.content![0]!;
      firstText.marks = [{ type: "comment", attrs: { id: `k${p.n}`, author: p.text.slice(0, 300), body: p.text, created: p.text.slice(0, 50) } }];
      const error = await page.evaluate((value) => {
        try {
          (document.getElementById("ed") as unknown as { value: unknown }).value = value;
          return null;
        } catch (e) {
          return String(e);
        }
      }, json);
      expect(error, `payload ${p.n}`).toBeNull();
      if (p.n % 20 === 0) await expectClean(`value, up to payload ${p.n}`);
    }
    await expectClean("value property");
  }, 240_000);

  it("the value property with prototype-pollution keys in the JSON (__proto__, constructor) is refused or ignored", async () => {
    const raw = `{"type":"doc","__proto__":{"polluted":"yes"},"content":[{"type":"heading","attrs":{"code":"x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}},{"type":"preamble","content":[]},{"type":"operative","content":[{"type":"operative_clause","attrs":{"id":"c1","__proto__":{"polluted":"yes"}},"content":[{"type":"clause_text","content":[{"type":"text","text":"Decides","marks":[{"type":"comment","attrs":{"id":"k","__proto__":{"polluted":"yes"}}}]}]}]}]}]}`;
    const result = await page.evaluate((text) => {
      let error: string | null = null;
      try {
        (document.getElementById("ed") as unknown as { value: unknown }).value = JSON.parse(text);
      } catch (e) {
        error = String(e);
      }
      return { error, polluted: ({} as Record<string, unknown>).polluted ?? null };
    }, raw);
    expect(result.polluted).toBeNull();
    await expectClean("value with __proto__ keys");
  });

  it(`heading fields typed into the element's inputs: ${shortPayloads.length} payloads into the topic, a quarter of them into code, sponsors and signatories too`, async () => {
    await reset();
    // Two payloads per typed value, every payload into the topic and one value in four also
    // into code, sponsors and signatories.
    for (let i = 0; i < shortPayloads.length; i += 2) {
      const pair = shortPayloads.slice(i, i + 2).map((p) => p.text.replace(/[\r\n\u2028\u2029]/g, " ").slice(0, 300));
      const value = pair.join(" ");
      for (const field of i % 8 === 0 ? ["code", "topic", "sponsors", "signatories"] : ["topic"]) {
        const input = page.locator(`resolution-editor #${field}`);
        await input.fill(value);
        await input.press("Tab");
      }
      if (i % 40 === 0) await expectClean(`heading fields, up to payload ${shortPayloads[i]!.n}`);
    }
    await expectClean("heading fields");
    // The last payload is in the heading as text.
    const heading = await page.evaluate(() => (document.getElementById("ed") as unknown as { value: { content: { attrs: { topic: string } }[] } }).value.content[0]!.attrs.topic);
    expect(heading.length).toBeGreaterThan(0);
  }, 300_000);

  it("gives back, as its value, a document its own value setter accepts after long heading fields were typed", async () => {
    await reset();
    const long = "A".repeat(250);
    for (const field of ["code", "topic", "sponsors"]) {
      await page.locator(`resolution-editor #${field}`).fill(field === "topic" ? long.repeat(5) : long);
      await page.locator(`resolution-editor #${field}`).press("Tab");
    }
    const error = await page.evaluate(() => {
      const ed = document.getElementById("ed") as unknown as { value: unknown };
      try {
        ed.value = ed.value;
        return null;
      } catch (e) {
        return String(e);
      }
    });
    // Otherwise a host that stores `value` (the studio's autosave does) cannot load it again.
    expect(error).toBeNull();
  });

  it("keeps working after all of it: the editor accepts typing", async () => {
    await reset();
    await page.click("resolution-editor .cw-operative-clause .cw-text");
    await page.keyboard.press("End");
    await page.keyboard.type(" today");
    const text = await page.evaluate(() => (document.getElementById("ed") as unknown as { text: string }).text);
    expect(text).toContain("seized of the matter today");
    expect(session.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe("formats' HTML export under injection", () => {
  it(`exportHtml of papers made of every payload, loaded as a page (standalone, with comments): ${payloads.length} payloads`, async () => {
    const pages: Record<string, string> = {};
    const chunk = 12;
    for (let i = 0; i < payloads.length; i += chunk) {
      const group = payloads.slice(i, i + chunk);
      const doc = createDocument({
        heading: { code: group[0]!.text.slice(0, 300), topic: group.map((p) => p.text.slice(0, 3000)).join(" | "), sponsors: group.map((p) => p.text.slice(0, 300)) },
        preamble: group.map((p) => `Recalling ${p.text}`),
        operative: group.map((p) => ({ text: `Decides ${p.text}`, sub: [p.text], continuation: p.text })),
      });
      const json = doc.toJSON() as { content: { content?: { content?: { content?: { marks?: unknown[] }[] }[] }[] }[] };
      json.content[2]!.content![0]!.content![0]!.content![0]!.marks = [{ type: "comment", attrs: { id: "k1", author: group[0]!.text.slice(0, 300), body: group.map((p) => p.text.slice(0, 500)).join(" "), created: "" } }];
      const withComment = doc.type.schema.nodeFromJSON(json);
      pages[`/export-${i}.html`] = exportHtml(withComment, { standalone: true, comments: true, title: group[0]!.text.slice(0, 300) });
      pages[`/fragment-${i}.html`] = `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body>${exportHtml(withComment, { comments: true })}</body></html>`;
    }
    const exports = await serveStatic({ pages, csp: null });
    const s = await watchedPage(browser);
    try {
      for (const path of Object.keys(pages)) {
        await s.page.goto(`${exports.url}${path}`);
        await settle(s.page, 100);
        expect(s.fired, `${path}: payload code ran`).toEqual([]);
        expect(await scanDom(s.page), `${path}: payload markup`).toEqual([]);
      }
    } finally {
      await s.context.close();
      await exports.close();
    }
  }, 180_000);
});
