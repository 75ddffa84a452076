/**
 * Where the finding card goes, in <resolution-editor> with the real rule packs, at the viewport
 * sizes the UX audit used: it stays inside the viewport (above the word when there is no room
 * below, the whole width of a phone but its margins), its fixes can be reached and pressed, and it
 * follows its word when the page scrolls.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount, clauses, cleanup, nextFrame } from "../element/test-helpers.ts";
import type { ResolutionEditor } from "../index.ts";
import type { FindingCard } from "./index.ts";

let initial = { width: 0, height: 0 };
beforeEach(() => {
  initial = { width: innerWidth, height: innerHeight };
});
afterEach(async () => {
  cleanup();
  await page.viewport(initial.width, initial.height);
});

/** A paper long enough to scroll, with one binding-language finding ("Demands") among plain clauses. */
const paper = {
  heading: { committee: "hrc" },
  preamble: ["Recalling its resolution 60/251 of 15 March 2006"],
  operative: [
    ...Array.from({ length: 24 }, (_, i) => `Calls upon States to protect the rights of migrants in situation ${i + 1}`),
    "Demands that all States release political prisoners",
    ...Array.from({ length: 12 }, (_, i) => `Invites States to share good practices ${i + 1}`),
  ],
};

const underline = (el: ResolutionEditor) => el.shadowRoot!.querySelector<HTMLElement>(".ProseMirror .cw-diag--error")!;
const cardOf = (el: ResolutionEditor) => el.shadowRoot!.querySelector("cw-finding-card") as FindingCard;

/** Scrolls the page so that the underlined word's top is `y` px from the top of the viewport. */
function scrollWordTo(el: ResolutionEditor, y: number): void {
  window.scrollBy(0, underline(el).getBoundingClientRect().top - y);
}

/** Clicks the word and waits for its card to be rendered and placed. */
async function openCard(el: ResolutionEditor): Promise<FindingCard> {
  await userEvent.click(underline(el));
  const card = cardOf(el);
  await card.updateComplete;
  await nextFrame();
  expect(card.hidden).toBe(false);
  return card;
}

function expectInsideViewport(box: DOMRect): void {
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  expect(box.bottom).toBeLessThanOrEqual(document.documentElement.clientHeight);
}

/** The element a real click at the centre of `target` lands on, looked up through the shadow roots. */
function hitAt(el: ResolutionEditor, card: FindingCard, target: Element): Element | null {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (document.elementFromPoint(x, y) !== el) return document.elementFromPoint(x, y);
  if (el.shadowRoot!.elementFromPoint(x, y) !== card) return el.shadowRoot!.elementFromPoint(x, y);
  return card.shadowRoot!.elementFromPoint(x, y);
}

/** Its first fix is inside the viewport, on top, and a real click on it applies it. */
async function expectFixReachable(el: ResolutionEditor, card: FindingCard): Promise<void> {
  const fix = card.shadowRoot!.querySelector<HTMLButtonElement>("button.fix")!;
  expect(fix.textContent).toMatch(/calls upon|strongly urges/i);
  expectInsideViewport(fix.getBoundingClientRect());
  expect(hitAt(el, card, fix)).toBe(fix);
  const before = clauses(el).find(([, text]) => text.startsWith("Demands"))!;
  await userEvent.click(fix);
  const after = clauses(el).find(([path]) => path === before[0])!;
  expect(after[1]).not.toBe(before[1]);
  expect(after[1]).not.toMatch(/^Demands/);
}

describe("the finding card's placement", () => {
  it("at 1280×800, for a word in the lower part of the window, opens above it, inside the viewport, with its fix reachable", async () => {
    await page.viewport(1280, 800);
    const el = await mount(paper);
    scrollWordTo(el, 640);
    const card = await openCard(el);
    const box = card.getBoundingClientRect();
    const word = underline(el).getBoundingClientRect();
    expectInsideViewport(box);
    // Not enough room below the word for the whole card: it sits above the word, not over it.
    expect(box.bottom).toBeLessThanOrEqual(word.top);
    // Under the word, not left where the word starts: at the cursor the click put in it.
    expect(box.left).toBeGreaterThanOrEqual(word.left - 1);
    expect(box.left).toBeLessThanOrEqual(word.right);
    // The fixes come before the long explanation and the mandate quote.
    const order = [...card.shadowRoot!.querySelectorAll(".finding:first-of-type > *")].map((e) => e.className);
    expect(order.indexOf("fixes")).toBeLessThan(order.indexOf("explanation"));
    await expectFixReachable(el, card);
  });

  it("at 390×640, takes the whole width but its margins, stays inside the viewport near the bottom, and its fix works", async () => {
    await page.viewport(390, 640);
    const el = await mount(paper);
    scrollWordTo(el, 560);
    const card = await openCard(el);
    const box = card.getBoundingClientRect();
    expectInsideViewport(box);
    const width = document.documentElement.clientWidth;
    expect(box.left).toBeCloseTo(8, 0);
    expect(box.width).toBeCloseTo(width - 16, 0);
    // Its height is capped to the room above the word; a longer card scrolls inside itself.
    expect(box.bottom).toBeLessThanOrEqual(underline(el).getBoundingClientRect().top);
    await expectFixReachable(el, card);
  });

  it("in a window too short for the whole card, caps its height to the room and scrolls inside, its first fix in view", async () => {
    await page.viewport(900, 360);
    const el = await mount(paper);
    scrollWordTo(el, 180);
    const card = await openCard(el);
    const box = card.getBoundingClientRect();
    expectInsideViewport(box);
    expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
    await expectFixReachable(el, card);
  });

  it("follows its word when the page scrolls, and closes when the word leaves the window", async () => {
    await page.viewport(1280, 800);
    const el = await mount(paper);
    scrollWordTo(el, 200);
    const card = await openCard(el);
    const gap = () => card.getBoundingClientRect().top - underline(el).getBoundingClientRect().bottom;
    const first = gap();
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(12);
    window.scrollBy(0, 120);
    await nextFrame();
    await nextFrame();
    expect(underline(el).getBoundingClientRect().top).toBeCloseTo(80, -1);
    expect(gap()).toBeCloseTo(first, 0);
    expect(card.hidden).toBe(false);
    // Still the clicked word's card: the underlines that passed under the resting pointer while
    // the page scrolled opened none of their own.
    expect(card.shadowRoot!.textContent).toContain('"Demands" is binding language');
    window.scrollBy(0, 400);
    await nextFrame();
    await nextFrame();
    expect(underline(el).getBoundingClientRect().bottom).toBeLessThan(0);
    expect(card.hidden).toBe(true);
  });
});

describe("the finding card and layout shifts", () => {
  it("moves with its word when a 48 px bar is inserted above the editor, and again when it collapses", async () => {
    await page.viewport(1280, 800);
    const el = await mount({ heading: { committee: "hrc" }, preamble: [], operative: ["Demands that all States release political prisoners"] });
    window.scrollTo(0, 0);
    const card = await openCard(el);
    const before = { card: card.getBoundingClientRect().top, word: underline(el).getBoundingClientRect().top };
    const bar = document.createElement("div");
    bar.style.height = "48px";
    el.before(bar);
    await nextFrame();
    await nextFrame();
    expect(underline(el).getBoundingClientRect().top).toBeCloseTo(before.word + 48, 0);
    expect(card.hidden).toBe(false);
    expect(card.getBoundingClientRect().top).toBeCloseTo(before.card + 48, 0);
    bar.remove();
    await nextFrame();
    await nextFrame();
    expect(card.getBoundingClientRect().top).toBeCloseTo(before.card, 0);
  });
});
