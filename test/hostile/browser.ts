/**
 * Real Chromium for the hostile-content tests (playwright-core, Debian's Chromium, the flags of
 * scripts/chromium.mjs; fails loudly when Chromium is missing), and the XSS detector:
 *   - `__xss(n)` is defined in every page and frame of the context and records n; alert, confirm
 *     and prompt record too; so a payload that runs anywhere is seen;
 *   - `scanDom()` walks the document, open shadow roots and same-origin frames for elements that a
 *     payload would have placed as markup (script, iframe, svg, img, math, object, embed, style,
 *     … carrying a payload's marker) and for any on* attribute or javascript:/data: URL.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
// @ts-expect-error plain ESM helper without types
import { chromiumArgs } from "../../scripts/chromium.mjs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH. The hostile-content tests never skip.`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: [...(chromiumArgs as string[])] });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Payload numbers whose code ran (__xss, alert, confirm, prompt). */
  fired: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
  /** securitypolicyviolation events (directive and blocked URI). */
  violations: string[];
}

/** A context whose pages and frames all carry the detector. */
export async function watchedPage(browser: Browser, options: { downloads?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: options.downloads ?? false });
  const fired: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  await context.exposeBinding("__xss", (_source, n: unknown) => {
    fired.push(String(n));
  });
  await context.exposeBinding("__cwViolation", (_source, v: unknown) => {
    violations.push(String(v));
  });
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const record = (kind: string) => (msg?: unknown) => {
      (w.__xss as (n: string) => void)(`${kind}:${String(msg)}`);
      return null;
    };
    w.alert = record("alert");
    w.confirm = record("confirm");
    w.prompt = record("prompt");
    document.addEventListener("securitypolicyviolation", (e) => {
      (w.__cwViolation as (v: string) => void)(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    fired.push(`dialog:${d.message()}`);
    void d.dismiss();
  });
  return { context, page, fired, errors, violations };
}

/** Elements and attributes a payload would have injected as markup, anywhere in the page. */
export async function scanDom(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    try {
      found.push(...(await frame.evaluate(scanInPage)));
    } catch {
      // a frame navigated away or closed: nothing to scan there
    }
  }
  return found;
}

/** Runs in the page. */
function scanInPage(): string[] {
  const DANGEROUS = new Set(["script", "iframe", "frame", "svg", "img", "math", "object", "embed", "style", "link", "meta", "base", "form", "video", "audio", "source", "image", "animate", "set", "foreignobject", "template", "noscript", "xmp", "listing", "plaintext", "marquee", "details", "input", "textarea", "select", "button"]);
  const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "background", "poster", "content"]);
  const out: string[] = [];
  const describe = (el: Element) => el.outerHTML.slice(0, 160);
  // Attributes that hold text for people (the app puts paper text in these, escaped): a marker
  // there is text, not markup. Everything else (handlers, URLs, srcdoc, style, …) counts.
  const TEXT_ATTR = /^(aria-[a-z-]+|title|alt|data-[a-z0-9-]+|value|placeholder|label|class|id|name|for|role|lang|dir|type|part|exportparts|slot|tabindex|contenteditable|spellcheck|hidden|selected|disabled|checked)$/;
  const RAW_TEXT = new Set(["script", "style", "template", "noscript", "xmp", "textarea", "title", "noembed", "noframes", "plaintext", "listing", "iframe"]);
  const MARKER = /__xss|xss\.invalid|polluted/i;
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll("*"))) {
      const tag = el.localName.toLowerCase();
      const attrs = Array.from(el.attributes);
      const active = attrs.filter((a) => !TEXT_ATTR.test(a.name.toLowerCase())).map((a) => `${a.name}=${a.value}`).join(" ");
      const body = RAW_TEXT.has(tag) ? el.innerHTML : "";
      if (DANGEROUS.has(tag) && MARKER.test(`${active} ${body}`)) out.push(`element <${tag}>: ${describe(el)}`);
      for (const attr of attrs) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) out.push(`attribute ${name} on <${tag}>: ${describe(el)}`);
        const value = attr.value.replace(/[\u0000-\u0020]/g, "");
        if (URL_ATTRS.has(name) && (/^(javascript|vbscript|data):/i.test(value) || (name === "content" && /url=javascript:/i.test(value)) || (name === "srcdoc" && MARKER.test(value)))) {
          out.push(`${name}=${attr.value.slice(0, 60)} on <${tag}>`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  if (Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")) out.push("Object.prototype.polluted is set");
  return out;
}

/** Waits long enough for load/error/animation/focus handlers of injected markup to have fired. */
export async function settle(page: Page, ms = 150): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(ms);
}
