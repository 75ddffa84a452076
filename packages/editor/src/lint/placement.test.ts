import { describe, expect, it } from "vitest";
import { placePopup, POPUP_GAP, POPUP_MARGIN, NARROW_VIEWPORT } from "./placement.ts";

const word = (left: number, top: number, width = 60, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe("placePopup", () => {
  it("puts a popup that fits under the word there, its left edge at the word's", () => {
    const p = placePopup(word(100, 100), 400, 300, 1280, 800);
    expect(p).toEqual({ left: 100, top: 120 + POPUP_GAP, width: null, maxHeight: 800 - POPUP_MARGIN - 120 - POPUP_GAP, above: false });
  });

  it("flips above a word in the lower part of the window when the popup does not fit below (the audit's 521 px card at y = 628)", () => {
    const p = placePopup(word(300, 628), 448, 521, 1280, 800);
    expect(p.above).toBe(true);
    expect(p.top + 521).toBe(628 - POPUP_GAP);
    expect(p.top).toBeGreaterThanOrEqual(POPUP_MARGIN);
  });

  it("takes the side with more room when it fits on neither, its height capped to that room", () => {
    const low = placePopup(word(100, 250), 400, 600, 1280, 360);
    expect(low).toMatchObject({ above: true, top: POPUP_MARGIN, maxHeight: 250 - POPUP_GAP - POPUP_MARGIN });
    const high = placePopup(word(100, 60), 400, 600, 1280, 360);
    expect(high).toMatchObject({ above: false, top: 80 + POPUP_GAP, maxHeight: 360 - POPUP_MARGIN - 80 - POPUP_GAP });
  });

  it("moves in from the right edge, never past the left margin", () => {
    expect(placePopup(word(1200, 100), 448, 200, 1280, 800).left).toBe(1280 - POPUP_MARGIN - 448);
    expect(placePopup(word(-30, 100), 448, 200, 1280, 800).left).toBe(POPUP_MARGIN);
  });

  it("takes the whole width but its margins on a narrow viewport (a word at the right edge of a phone)", () => {
    const p = placePopup(word(280, 500), 110, 1600, 390, 844);
    expect(390).toBeLessThan(NARROW_VIEWPORT);
    expect(p).toMatchObject({ left: POPUP_MARGIN, width: 390 - 2 * POPUP_MARGIN, above: true });
    expect(p.top).toBe(POPUP_MARGIN);
    expect(p.top + p.maxHeight).toBe(500 - POPUP_GAP);
  });

  it("stays inside the viewport for an anchor at its very edge, overlapping the word rather than leaving", () => {
    const p = placePopup(word(100, 790, 60, 20), 400, 300, 1280, 800);
    expect(p.top).toBeGreaterThanOrEqual(POPUP_MARGIN);
    expect(p.top + Math.min(300, p.maxHeight)).toBeLessThanOrEqual(800 - POPUP_MARGIN);
  });
});
