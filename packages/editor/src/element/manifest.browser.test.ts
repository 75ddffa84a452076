/// <reference types="vite/client" />
// custom-elements.json must list every public attribute, property, method, event, CSS part and CSS
// custom property of <resolution-editor>: each list is read here from the code or the live element.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import manifest from "../../custom-elements.json";
import source from "./resolution-editor.ts?raw";
import { ResolutionEditor } from "../index.ts";
import { FindingsPanel } from "../lint/index.ts";
import { mount, placeCursor, cleanup } from "./test-helpers.ts";
import { internalCustomProperties } from "./paper-styles.ts";

afterEach(cleanup);

interface Declaration {
  tagName: string;
  attributes: { name: string }[];
  members: { name: string; kind: string }[];
  events: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string; description: string }[];
}
const decl = manifest.modules[0]!.declarations[0] as unknown as Declaration;
const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

describe("custom-elements.json", () => {
  it("describes resolution-editor and every attribute it observes", () => {
    expect(decl.tagName).toBe("resolution-editor");
    expect(names(decl.attributes)).toEqual([...(ResolutionEditor as unknown as { observedAttributes: string[] }).observedAttributes].sort());
  });

  it("lists every public property and method declared in the class", () => {
    const publicMembers = new Set<string>();
    const body = source.slice(source.indexOf("export class ResolutionEditor"), source.indexOf("\n}\n", source.indexOf("export class ResolutionEditor")));
    for (const line of body.split("\n")) {
      const m = /^ {2}(?:override )?(?:get |set )?([a-zA-Z][a-zA-Z0-9]*)\s*(?:\(|=|:|;)/.exec(line);
      if (m && !/^ {2}(private|protected|static)\b|^ {2}readonly [a-zA-Z]/.test(line) && !m[1]!.endsWith("Callback") && m[1] !== "constructor") {
        publicMembers.add(m[1]!);
      }
    }
    expect(publicMembers.size).toBeGreaterThan(10);
    expect(names(decl.members)).toEqual([...publicMembers].sort());
  });

  it("lists every event the element dispatches", () => {
    const dispatched = [...source.matchAll(/new CustomEvent<[^>]*>\(\s*"([a-z-]+)"/g)].map((m) => m[1]!);
    expect(names(decl.events)).toEqual([...new Set(dispatched)].sort());
  });

  it("lists every part the element exposes, its own and the panel's exported ones", async () => {
    const el = await mount({ preamble: [""], operative: ["Calls upon States"] });
    placeCursor(el, "p1", 0);
    await userEvent.keyboard("Rec");
    await el.updateComplete;
    const root = el.shadowRoot!;
    const own = [...root.querySelectorAll("[part]")].flatMap((e) => e.getAttribute("part")!.split(/\s+/));
    const exported = [...root.querySelectorAll("[exportparts]")].flatMap((e) =>
      e.getAttribute("exportparts")!.split(",").map((p) => p.split(":")[1]!.trim()),
    );
    expect(names(decl.cssParts)).toEqual([...new Set([...own, ...exported])].sort());
  });

  it("lists every CSS custom property the element and its findings panel read", () => {
    const styles = [ResolutionEditor, FindingsPanel].flatMap((c) => (c as unknown as { elementStyles: { cssText: string }[] }).elementStyles);
    const used = new Set(styles.flatMap((s) => [...s.cssText.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]!)));
    const listed = new Set(names(decl.cssProperties));
    for (const name of used) if (!internalCustomProperties.includes(name)) expect(listed, name).toContain(name);
    for (const name of internalCustomProperties) expect(listed.has(name), name).toBe(false);
    expect(decl.cssProperties.every((p) => p.description.length > 0)).toBe(true);
  });
});
