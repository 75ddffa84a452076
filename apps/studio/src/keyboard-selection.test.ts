import { describe, expect, it } from "vitest";
import { keyMove } from "./keyboard-selection.ts";

const key = (k: string, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe("the keys that move the caret in the read-only paper", () => {
  it("are a text field's: arrows, Ctrl+arrows by word, Home and End", () => {
    expect(keyMove(key("ArrowRight"))).toEqual(["forward", "character"]);
    expect(keyMove(key("ArrowLeft", { ctrlKey: true }))).toEqual(["backward", "word"]);
    expect(keyMove(key("ArrowDown"))).toEqual(["forward", "line"]);
    expect(keyMove(key("Home"))).toEqual(["backward", "lineboundary"]);
    expect(keyMove(key("End", { ctrlKey: true }))).toEqual(["forward", "documentboundary"]);
    expect(keyMove(key("PageDown"))).toEqual(["forward", "page"]);
    expect(keyMove(key("PageUp"))).toEqual(["backward", "page"]);
  });
  it("are a Mac's on a Mac: Option by word, Cmd to the line's or paper's ends", () => {
    expect(keyMove(key("ArrowRight", { altKey: true }), true)).toEqual(["forward", "word"]);
    expect(keyMove(key("ArrowLeft", { metaKey: true }), true)).toEqual(["backward", "lineboundary"]);
    expect(keyMove(key("ArrowUp", { metaKey: true }), true)).toEqual(["backward", "documentboundary"]);
  });
  it("leave every other key alone (Tab, letters, Page Down)", () => {
    for (const k of ["Tab", "a", "Enter"]) expect(keyMove(key(k))).toBeNull();
  });
});
