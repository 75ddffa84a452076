import { afterEach, describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { BLOCKS_ABOVE, clauseModel } from "@clausewise/schema";
import { mount, view, cleanup, nextFrame, placeCursor } from "../element/test-helpers.ts";
import type { ResolutionEditor } from "../index.ts";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateMedia(media: "print" | "screen"): Promise<void>;
  }
}

afterEach(cleanup);

/** Resize observations are delivered after layout, before paint: two frames see them applied. */
const settle = async () => {
  await nextFrame();
  await nextFrame();
};

const frames = (el: ResolutionEditor) => [...view(el).dom.querySelectorAll<HTMLElement>(".cw-block")];

/** Every frame as tall as its clauses and every block starting where the one before ends. */
function expectFramesFitTheirClauses(el: ResolutionEditor): void {
  const all = frames(el);
  for (const [i, frame] of all.entries()) {
    const content = frame.firstElementChild as HTMLElement;
    expect(content.classList.contains("cw-block-content")).toBe(true);
    expect(frame.classList.contains("cw-sized")).toBe(true);
    expect(frame.getBoundingClientRect().height).toBeCloseTo(content.getBoundingClientRect().height, 1);
    const next = all[i + 1];
    if (next) expect(next.getBoundingClientRect().top).toBeCloseTo(frame.getBoundingClientRect().bottom, 1);
  }
}

async function longPaper(count = BLOCKS_ABOVE + 100): Promise<ResolutionEditor> {
  const operative = Array.from({ length: count }, (_, i) => `Calls upon States to act on matter ${i + 1} in cooperation with the Office of the High Commissioner and civil society`);
  const el = await mount({ preamble: ["Recalling its resolutions"], operative }, { "aria-label": "Paper under test" });
  await settle();
  return el;
}

describe("operative blocks as layout boundaries", () => {
  it("gives each block a frame as tall as its clauses, with size and layout containment", async () => {
    const el = await longPaper();
    expect(frames(el).length).toBeGreaterThan(1);
    expectFramesFitTheirClauses(el);
    const style = getComputedStyle(frames(el)[0]!);
    expect(style.contain).toContain("size");
    expect(style.contain).toContain("layout");
  });

  it("follows a clause growing by lines and shrinking back: the blocks below move, nothing overlaps", async () => {
    const el = await longPaper();
    const v = view(el);
    const firstFrame = frames(el)[0]!;
    const before = firstFrame.getBoundingClientRect().height;
    placeCursor(el, "3", "end");
    const long = " and to report to the Council on the measures taken".repeat(12);
    v.dispatch(v.state.tr.insertText(long));
    await settle();
    expect(firstFrame.getBoundingClientRect().height).toBeGreaterThan(before + 20);
    expectFramesFitTheirClauses(el);
    // Undo: back to the height it had.
    const undo = v.someProp("handleKeyDown", (f) => f(v, new KeyboardEvent("keydown", { key: "z", ctrlKey: true })));
    expect(undo).toBe(true);
    await settle();
    expect(firstFrame.getBoundingClientRect().height).toBeCloseTo(before, 1);
    expectFramesFitTheirClauses(el);
  });

  it("follows the paper's width", async () => {
    const el = await longPaper();
    const frame = frames(el)[1]!;
    const wide = frame.getBoundingClientRect().height;
    el.style.width = "280px";
    await settle();
    expect(frame.getBoundingClientRect().height).toBeGreaterThan(wide);
    expectFramesFitTheirClauses(el);
    el.style.width = "";
    await settle();
    expect(frame.getBoundingClientRect().height).toBeCloseTo(wide, 1);
  });

  it("sizes a paper that was hidden when it loaded once it is shown", async () => {
    const host = document.createElement("div");
    host.hidden = true;
    document.body.append(host);
    const operative = Array.from({ length: BLOCKS_ABOVE + 40 }, (_, i) => `Urges States to cooperate ${i + 1}`);
    const el = await mount({ operative }, {}, host);
    await settle();
    host.hidden = false;
    await settle();
    expect(frames(el)[0]!.getBoundingClientRect().height).toBeGreaterThan(100);
    expectFramesFitTheirClauses(el);
  });

  it("writes sizes without ProseMirror taking them for edits: same frames, same document, no change events", async () => {
    const el = await longPaper();
    const v = view(el);
    const doc = v.state.doc;
    const kept = frames(el);
    let changes = 0;
    el.addEventListener("resolution-change", () => changes++);
    el.style.width = "420px";
    await settle();
    await new Promise((r) => setTimeout(r, 50)); // ProseMirror reads DOM mutations asynchronously
    expect(v.state.doc).toBe(doc);
    expect(changes).toBe(0);
    expect(frames(el)).toEqual(kept);
  });

  it("gives the frames' heights up when printed (no resize observations at the print width)", async () => {
    const el = await longPaper();
    const frame = frames(el)[0]!;
    try {
      await commands.emulateMedia("print");
      expect(getComputedStyle(frame).contain).toBe("none");
      el.style.width = "240px"; // a page narrower than the screen: clauses wrap to more lines
      const content = frame.firstElementChild as HTMLElement;
      expect(frame.getBoundingClientRect().height).toBeCloseTo(content.getBoundingClientRect().height, 1);
    } finally {
      await commands.emulateMedia("screen");
    }
  });

  it("keeps every clause's text, in order, in what the browser lays out (innerText)", async () => {
    const el = await longPaper(BLOCKS_ABOVE + 60);
    const v = view(el);
    const model = clauseModel(v.state.doc);
    const texts = model.clauses.filter((c) => c.section === "operative").map((c) => c.text);
    // innerText follows layout: a frame that cut its clauses off would lose or reorder them.
    const shown = (v.dom as HTMLElement).innerText;
    let at = 0;
    for (const text of texts) {
      const found = shown.indexOf(text, at);
      expect(found, text).toBeGreaterThanOrEqual(at);
      at = found + text.length;
    }
  });
});
