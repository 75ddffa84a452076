/**
 * Where a popup anchored to a word goes in the viewport (the finding card): plain arithmetic on
 * boxes, no DOM, so it is tested in Node. The card controller measures and applies it.
 */

/** A box in viewport coordinates (a DOMRect or ProseMirror's coordsAtPos satisfy it). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** A width to impose (narrow viewports: the whole width but the margins), or null for the popup's own. */
  width: number | null;
  /** The popup's height limit: the room on its side of the anchor; it scrolls inside beyond it. */
  maxHeight: number;
  /** True when the popup sits above the anchor. */
  above: boolean;
}

/** Space kept between the popup and the viewport's edges, and between the popup and the anchor. */
export const POPUP_MARGIN = 8;
export const POPUP_GAP = 4;
/** Viewports narrower than this get popups of their whole width but the margins. */
export const NARROW_VIEWPORT = 560;
/** The least height a popup is given on its side of the anchor, if the viewport has it. */
const MIN_HEIGHT = 120;

/**
 * Places a popup of natural size `width` × `height` at `anchor` in a `vw` × `vh` viewport: below
 * the anchor when it fits there, else above when it fits there, else on the side with more
 * room, its height capped to that room; its left edge at the anchor's, moved in so that it stays
 * inside the viewport. On a narrow viewport it takes the whole width but the margins.
 */
export function placePopup(anchor: Box, width: number, height: number, vw: number, vh: number): Placement {
  const m = POPUP_MARGIN;
  const narrow = vw < NARROW_VIEWPORT;
  const w = narrow ? vw - 2 * m : Math.min(width, vw - 2 * m);
  const left = narrow ? m : Math.max(m, Math.min(anchor.left, vw - m - w));
  const below = vh - m - (anchor.bottom + POPUP_GAP);
  const aboveRoom = anchor.top - POPUP_GAP - m;
  const above = height > below && (height <= aboveRoom || aboveRoom > below);
  const room = above ? aboveRoom : below;
  // An anchor at the very edge leaves little room on either side: the popup then overlaps it
  // rather than leave the viewport.
  const maxHeight = Math.max(Math.min(MIN_HEIGHT, vh - 2 * m), room);
  const shown = Math.min(height, maxHeight);
  let top = above ? anchor.top - POPUP_GAP - shown : anchor.bottom + POPUP_GAP;
  top = Math.max(m, Math.min(top, vh - m - shown));
  return { left, top, width: narrow ? w : null, maxHeight, above };
}
