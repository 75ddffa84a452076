/**
 * The built single-file bundle, loaded the way a site embeds it: <script type="module" src=…>.
 * test/build-bundle.ts builds it before the browser tests run. This file imports nothing from
 * src/, so the element on this page is the bundle's.
 */
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";

const bundleUrl = new URL("../dist/resolution-editor.js", import.meta.url).href;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(script);
  });
}

type Editor = HTMLElement & {
  value: unknown;
  text: string;
  diagnostics: readonly { ruleId: string }[];
  lintNow(): readonly { ruleId: string }[];
  updateComplete: Promise<boolean>;
  focus(): void;
};

describe("dist/resolution-editor.js", () => {
  it("is one self-contained ES module: no imports, production Lit, no DOCX libraries", async () => {
    const source = await (await fetch(bundleUrl)).text();
    expect(source.length).toBeGreaterThan(10_000);
    expect(source).not.toMatch(/^\s*import\s|from\s*["'](lit|prosemirror|@clausewise|zod)/m);
    expect(source).not.toContain("Lit is in dev mode");
    expect(source).not.toMatch(/mammoth|JSZip|word\/document\.xml/);
  });

  it("carries no zod, no rule docs or examples (bundle size; see the README)", async () => {
    const source = await (await fetch(bundleUrl)).text();
    // The `value` setter's JSON is checked by @clausewise/schema's hand-written json-check.ts:
    // none of zod's classes (classic "ZodObject", mini "ZodMiniObject", core "$ZodObject").
    expect(source).not.toMatch(/Zod(Mini)?(Object|String|Array|Type)\b/);
    // An example and a line of a rule's purpose from rules/packs/format.yaml (docs, not run-time data).
    expect(source).not.toContain("Recalling its resolutions 5/1 and 5/2 of 18 June 2007");
    expect(source).not.toContain("belong in footnotes");
  });

  it("defines <resolution-editor>, which edits and lints", async () => {
    await loadScript(bundleUrl);
    const Editor = customElements.get("resolution-editor");
    expect(Editor).toBeTruthy();
    const el = document.createElement("resolution-editor") as Editor;
    el.setAttribute("committee", "hrc");
    document.body.append(el);
    await el.updateComplete;
    el.text = "The Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. Demands that all States cease hostilities.";
    expect(el.lintNow().some((d) => d.ruleId === "mandate/binding-language")).toBe(true);
    // The findings panel and the underlines come with the bundle.
    const panel = el.shadowRoot!.querySelector("cw-findings-panel")!;
    expect(customElements.get("cw-findings-panel")).toBeTruthy();
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(panel.shadowRoot!.textContent).toMatch(/binding language/i);
    expect(el.shadowRoot!.querySelector(".cw-diag")).not.toBeNull();
    const box = el.shadowRoot!.querySelector<HTMLElement>(".ProseMirror")!;
    expect(box.getAttribute("role")).toBe("textbox");
    el.focus();
    const changes: Event[] = [];
    document.addEventListener("resolution-change", (e) => changes.push(e));
    await userEvent.keyboard("{Control>}{End}{/Control} now");
    expect(el.text).toContain("cease hostilities now.");
    expect(changes.length).toBeGreaterThan(0);
  });

  it("a second copy of the bundle on the page does not throw and leaves the first definition", async () => {
    const before = customElements.get("resolution-editor");
    await loadScript(`${bundleUrl}?second-copy`);
    expect(customElements.get("resolution-editor")).toBe(before);
  });
});

describe("under Content-Security-Policy: default-src 'self'", () => {
  it("loads, styles and edits with no policy violation (no inline script or style needed)", async () => {
    const iframe = document.createElement("iframe");
    iframe.style.width = "900px";
    iframe.style.height = "700px";
    document.body.append(iframe);
    const doc = iframe.contentDocument!;
    doc.open();
    const violations: string[] = [];
    doc.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    doc.write(
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
        `<script type="module" src="${bundleUrl}?csp"></script></head>` +
        `<body><resolution-editor committee="hrc" aria-label="Strict page paper"></resolution-editor></body></html>`,
    );
    doc.close();
    const win = iframe.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined("resolution-editor");
    const el = doc.querySelector("resolution-editor") as Editor & { editorView: { dom: HTMLElement; state: { doc: { content: { size: number } } } } };
    await el.updateComplete;
    el.text = "The Human Rights Council,\n\nReaffirming its commitment,\n\n1. Decides to establish a panel of experts;\n2. Demands that all parties cease fire.";
    expect(el.lintNow().length).toBeGreaterThan(0);
    const box = el.shadowRoot!.querySelector<HTMLElement>(".ProseMirror")!;
    // The element's stylesheet applies (adopted stylesheets are allowed): ProseMirror's required white-space.
    expect(win.getComputedStyle(box).whiteSpace).toBe("pre-wrap");
    expect(win.getComputedStyle(box.querySelector(".cw-operative-clause > .cw-text")!, "::before").content).toContain("counter(cw-l0)");
    // Open the autocomplete list (positioned through the CSSOM) and the findings panel.
    el.focus();
    await userEvent.keyboard("{Control>}{Home}{/Control}Reca");
    await el.updateComplete;
    expect(el.text).toContain("RecaReaffirming");
    expect(el.shadowRoot!.querySelector('[role="listbox"] [role="option"]')).not.toBeNull();
    // F8: the next finding, with its card (the lint UI), also positioned without inline styles.
    await userEvent.keyboard("{Escape}{F8}");
    await new Promise((r) => setTimeout(r, 100));
    expect(violations).toEqual([]);
  });
});
