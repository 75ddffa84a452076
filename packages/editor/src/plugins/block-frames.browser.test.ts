import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { BLOCKS_ABOVE, clauseModel } from "@clausewise/schema";
import { mount, view, cleanup, nextFrame, placeCursor } from "../element/test-helpers.ts";
import { printedPaper, squash } from "../element/printed-paper.ts";
import { SKIP_OFFSCREEN_ABOVE, SKIP_OFFSCREEN_CLASS } from "./block-frames.ts";
import type { ResolutionEditor } from "../index.ts";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateMedia(media: "print" | "screen"): Promise<void>;
    renderedText(label: string): Promise<string[]>;
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

describe("compilations: off-screen blocks skip rendering", () => {
  // Errors the page reports, such as "ResizeObserver loop completed with undelivered
  // notifications", which a host page's error monitoring would record.
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  beforeEach(() => {
    pageErrors.length = 0;
    window.addEventListener("error", onError);
  });
  afterEach(() => {
    window.removeEventListener("error", onError);
    expect(pageErrors).toEqual([]);
  });
  const compilation = () => longPaper(SKIP_OFFSCREEN_ABOVE + 120);
  /** Whether a frame's clauses are skipped (the frame itself is always rendered). */
  const skipped = (frame: HTMLElement) => !(frame.firstElementChild as HTMLElement).checkVisibility({ contentVisibilityAuto: true });
  /** What the accessibility tree holds of the paper now, numbers and punctuation included. */
  const rendered = async () => squash((await commands.renderedText("Paper under test")).join(""));
  const clause = (n: number, end = ";") => `${n}.CallsuponStatestoactonmatter${n}incooperationwiththeOfficeoftheHighCommissionerandcivilsociety${end}`;

  it("skips the blocks off screen, and numbers the clauses of each block as before when it is shown", async () => {
    const el = await compilation();
    const v = view(el);
    expect(v.dom.classList.contains(SKIP_OFFSCREEN_CLASS)).toBe(true);
    const all = frames(el);
    expect(getComputedStyle(all.at(-1)!).contentVisibility).toBe("auto");
    expect(skipped(all.at(-1)!)).toBe(true);
    expect(skipped(all[0]!)).toBe(false);
    // Off-screen clauses are not in the accessibility tree: the price of skipping (render-all keeps them).
    expect(await rendered()).not.toContain(clause(1001));
    // Every block restarts the counter at the clauses before it (style containment scopes counters).
    const starts = blockStarts(v.state.doc);
    all.forEach((frame, i) => expect((frame.firstElementChild as HTMLElement).style.counterReset).toBe(`cw-l0 ${starts[i]}`));
    for (const i of [1, Math.floor(all.length / 2), all.length - 1]) {
      all[i]!.scrollIntoView();
      await settle();
      expect(skipped(all[i]!)).toBe(false);
      const text = await rendered();
      expect(text).toContain(clause(starts[i]! + 1));
      expect(text).toContain(clause(starts[i]! + 2));
    }
    expect(await rendered()).toContain(clause(SKIP_OFFSCREEN_ABOVE + 120, "."));
  });

  it("renumbers the blocks after a clause added at the top, and types into a block far down", async () => {
    const el = await compilation();
    const v = view(el);
    const clauseType = v.state.doc.child(2).child(0).child(0).type;
    const sectionStart = v.state.doc.child(0).nodeSize + v.state.doc.child(1).nodeSize + 1;
    v.dispatch(v.state.tr.insert(sectionStart + 1, clauseType.create(null, v.state.schema.nodes.clause_text!.create(null, v.state.schema.text("Welcomes the report")))));
    placeCursor(el, String(SKIP_OFFSCREEN_ABOVE + 100), "end");
    v.dispatch(v.state.tr.insertText(" promptly").scrollIntoView());
    await settle();
    const starts = blockStarts(v.state.doc);
    frames(el).forEach((frame, i) => expect((frame.firstElementChild as HTMLElement).style.counterReset).toBe(`cw-l0 ${starts[i]}`));
    const text = await rendered();
    expect(text).toContain(`${SKIP_OFFSCREEN_ABOVE + 100}.CallsuponStatestoactonmatter${SKIP_OFFSCREEN_ABOVE + 99}incooperationwiththeOfficeoftheHighCommissionerandcivilsocietypromptly;${SKIP_OFFSCREEN_ABOVE + 101}.`);
    frames(el)[0]!.scrollIntoView();
    await settle();
    expect(await rendered()).toContain("1.Welcomesthereport;2.CallsuponStatestoactonmatter1in");
  });

  it("goes to a finding in a skipped block with F8: the block is shown, the finding on screen and its card open", async () => {
    const operative = Array.from({ length: SKIP_OFFSCREEN_ABOVE + 120 }, (_, i) =>
      i === SKIP_OFFSCREEN_ABOVE + 50 ? "Demands that all States release political prisoners" : `Calls upon States to act on matter ${i + 1} in cooperation with civil society`,
    );
    const el = await mount({ preamble: ["Recalling its resolutions"], operative }, { "aria-label": "Paper under test" });
    await settle();
    await settle(); // skipping starts a frame after the frames were measured
    const v = view(el);
    const target = frames(el).find((f) => f.textContent!.includes("Demands that all States"))!;
    expect(skipped(target)).toBe(true);
    placeCursor(el, String(SKIP_OFFSCREEN_ABOVE + 50), "end");
    await userEvent.keyboard("{F8}");
    await settle();
    const selected = v.state.doc.textBetween(v.state.selection.from, v.state.selection.to);
    expect(selected).toBe("Demands");
    expect(skipped(target)).toBe(false);
    const caret = v.coordsAtPos(v.state.selection.from);
    expect(caret.top).toBeGreaterThanOrEqual(0);
    expect(caret.bottom).toBeLessThanOrEqual(window.innerHeight);
    const card = el.shadowRoot!.querySelector("cw-finding-card") as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    expect(card.hidden).toBe(false);
  });

  it("keeps the frames' heights while they are skipped", async () => {
    const el = await compilation();
    const all = frames(el);
    const heights = all.map((f) => f.getBoundingClientRect().height);
    all.at(-1)!.scrollIntoView();
    await settle();
    expect(skipped(all[1]!)).toBe(true);
    expect(all.map((f) => f.getBoundingClientRect().height)).toEqual(heights);
  });

  it("renders every block with render-all, numbered straight through", async () => {
    const el = await compilation();
    el.renderAll = true;
    await el.updateComplete;
    await settle();
    expect(el.hasAttribute("render-all")).toBe(true);
    expect(frames(el).some(skipped)).toBe(false);
    expect(await rendered()).toBe(printedPaper(view(el).state.doc));
  });

  it("never skips a paper of up to SKIP_OFFSCREEN_ABOVE operative clauses", async () => {
    const el = await longPaper(SKIP_OFFSCREEN_ABOVE);
    expect(view(el).dom.classList.contains(SKIP_OFFSCREEN_CLASS)).toBe(false);
    expect(frames(el).some(skipped)).toBe(false);
  });

  it("prints every block", async () => {
    const el = await compilation();
    const last = frames(el).at(-1)!;
    try {
      await commands.emulateMedia("print");
      expect(getComputedStyle(last).contentVisibility).toBe("visible");
      expect(skipped(last)).toBe(false);
    } finally {
      await commands.emulateMedia("screen");
    }
  });
});

/** The number of operative clauses before each block. */
function blockStarts(doc: import("prosemirror-model").Node): number[] {
  const starts: number[] = [];
  let n = 0;
  doc.child(2).forEach((block) => {
    starts.push(n);
    n += block.childCount;
  });
  return starts;
}
