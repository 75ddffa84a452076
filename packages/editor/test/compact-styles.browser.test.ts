/**
 * The built bundle's CSS is compacted by vite.config.ts (compactStyles): these checks show the
 * browser reads the same rules from it as from the sources, and that the numbers, labels and end
 * punctuation drawn by that CSS come out as clauseModel prints them. Only the bundle defines
 * elements on this page; the sources' style modules are imported for their CSS text alone.
 */
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { createDocument } from "@clausewise/schema";
import { printedPaper, squash } from "../src/element/printed-paper.ts";
import { elementStyles } from "../src/element/element-styles.ts";
import { paperStyles } from "../src/element/paper-styles.ts";
import { lintStyles } from "../src/lint/styles.ts";

declare module "vitest/browser" {
  interface BrowserCommands {
    renderedText(label: string): Promise<string[]>;
  }
}

afterEach(() => document.querySelectorAll("resolution-editor").forEach((el) => el.remove()));

const bundleUrl = new URL("../dist/resolution-editor.js", import.meta.url).href;

async function bundleEditor(): Promise<HTMLElement & { value: unknown; updateComplete: Promise<boolean> }> {
  if (!customElements.get("resolution-editor")) {
    await new Promise<void>((resolve, reject) => {
      const script = Object.assign(document.createElement("script"), { type: "module", src: bundleUrl, onload: () => resolve(), onerror: () => reject(new Error(`failed to load ${bundleUrl}`)) });
      document.head.append(script);
    });
  }
  const el = document.createElement("resolution-editor") as HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
  el.setAttribute("aria-label", "Paper under test");
  el.setAttribute("lint", "off");
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The rules as the browser parses them: whitespace and comments no longer show. */
const parsedRules = (cssText: string) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((r) => r.cssText);
};

const paper = createDocument({
  preamble: ["Recalling its resolution 5/1", "Noting with concern the report"],
  operative: [
    "Calls upon States",
    {
      text: "Requests the Office",
      sub: ["to prepare a report", { text: "to consult", sub: [{ text: "States", sub: [{ text: "of origin", sub: ["in particular", "and in general"] }, "of transit"] }, "civil society"], continuation: "before the session" }],
      continuation: "and to report",
    },
    { text: "Decides to remain seized", sub: ["first", "second"] },
  ],
});

describe("the bundle's compacted CSS", () => {
  it("holds the same rules as the sources' styles, in the same order", async () => {
    const el = await bundleEditor();
    const adopted = el.shadowRoot!.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    const sources = [paperStyles, lintStyles, elementStyles].map((s) => parsedRules(s.cssText));
    expect(adopted).toEqual(sources);
    expect(sources.flat().length).toBeGreaterThan(40);
  });

  it("draws clauseModel's numbers, labels and end punctuation", async () => {
    const el = await bundleEditor();
    el.value = paper.toJSON();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector(".ProseMirror")!.textContent).toContain("of origin");
    const rendered = squash((await commands.renderedText("Paper under test")).join(""));
    expect(rendered).toBe(printedPaper(paper));
    expect(rendered).toContain("(i)States:a.oforigin:i.inparticular;ii.andingeneral;b.oftransit;");
  });
});
