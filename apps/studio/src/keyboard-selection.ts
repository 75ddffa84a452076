/**
 * The caret in the review desk's read-only paper. The paper is a text field that refuses every
 * edit (review-view.ts: `contenteditable` with each `beforeinput` cancelled, `aria-readonly`), so
 * the browser moves and draws the caret, selects with Shift and the arrow keys, and tells screen
 * readers where the caret went, as in any text field. What is left here: where the caret starts,
 * and keeping it off a clause's printed number and end punctuation after a move.
 */

type Move = [direction: "forward" | "backward", granularity: "character" | "word" | "line" | "page" | "lineboundary" | "documentboundary"];

/**
 * The movement a key asks for (as `Selection.modify` would take it, but for "page", which it has
 * not: PageUp and PageDown, a screen's height of lines); null for keys that move no caret.
 */
export function keyMove(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">, mac = false): Move | null {
  const byWord = mac ? event.altKey : event.ctrlKey;
  const toEnd = mac ? event.metaKey : event.ctrlKey;
  switch (event.key) {
    case "ArrowLeft":
      return mac && event.metaKey ? ["backward", "lineboundary"] : ["backward", byWord ? "word" : "character"];
    case "ArrowRight":
      return mac && event.metaKey ? ["forward", "lineboundary"] : ["forward", byWord ? "word" : "character"];
    case "ArrowUp":
      return mac && event.metaKey ? ["backward", "documentboundary"] : ["backward", "line"];
    case "ArrowDown":
      return mac && event.metaKey ? ["forward", "documentboundary"] : ["forward", "line"];
    case "PageUp":
      return ["backward", "page"];
    case "PageDown":
      return ["forward", "page"];
    case "Home":
      return ["backward", toEnd ? "documentboundary" : "lineboundary"];
    case "End":
      return ["forward", toEnd ? "documentboundary" : "lineboundary"];
    default:
      return null;
  }
}

/** The first clause text in `root`: where the caret starts when the paper has no selection yet. */
function firstText(root: HTMLElement, at?: string | null): globalThis.Node | null {
  const part = (at ? root.querySelector(`[data-part][data-clause-id="${CSS.escape(at)}"]`) : null) ?? root.querySelector("[data-part][data-clause-id]");
  if (!part) return null;
  return document.createTreeWalker(part, NodeFilter.SHOW_TEXT).nextNode() ?? part;
}

/** Puts a collapsed selection at the start of a clause's text (the clause `at`, else the first). */
export function placeCaret(root: HTMLElement, at?: string | null): void {
  const node = firstText(root, at);
  if (!node) return;
  document.getSelection()?.collapse(node, 0);
}

/** The selection is inside `root`. */
export function selectionIn(root: HTMLElement, selection: Selection | null = document.getSelection()): boolean {
  return !!selection && selection.rangeCount > 0 && root.contains(selection.anchorNode) && root.contains(selection.focusNode);
}

/**
 * After a key moved the caret (or the selection's moving end) by line, by page or to a line's end: a move
 * that ends on a clause's printed number or label ("3.", "(a)") goes on to the start of the
 * clause's text, and one that ends on its printed end punctuation (";") back to the end of its
 * text. Both are boxes of their own outside the clause's text (paper-view.ts), where a comment
 * cannot go: Home in a clause's first line stops before its number, and Shift+End from there then
 * selects the clause's text. A move by character or word is left where it went, so the arrow
 * keys read the number and the punctuation too and go on past them, as in any text.
 */
export function snapAfterMove(root: HTMLElement, event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">): void {
  const selection = document.getSelection();
  const move = keyMove(event, /mac/i.test(navigator.platform));
  if (!selection || !move || move[1] === "character" || move[1] === "word") return;
  snapOutOfLabel(root, selection, !selection.isCollapsed);
}

/**
 * Before the browser moves the caret for a key: End (or Shift+End) at the very start of a clause's
 * text would stop at the end of the clause's number, which Chromium takes that place to be (the
 * number is an inline block of its own), so the caret steps one character into the text first.
 */
export function prepareMove(root: HTMLElement, event: KeyboardEvent): void {
  const selection = document.getSelection();
  const move = keyMove(event, /mac/i.test(navigator.platform));
  if (!selection || !move || move[0] !== "forward" || move[1] !== "lineboundary" || !selectionIn(root, selection) || !atTextStart(selection)) return;
  selection.modify(event.shiftKey ? "extend" : "move", "forward", "character");
}

/** The selection's focus is at the start of a clause's text. */
function atTextStart(selection: Selection): boolean {
  const focus = selection.focusNode;
  const el = focus instanceof Element ? focus : focus?.parentElement;
  const part = el?.closest("[data-part][data-clause-id]");
  if (!part || !focus) return false;
  const range = document.createRange();
  range.setStart(part, 0);
  range.setEnd(focus, selection.focusOffset);
  return range.toString() === "";
}

/** The caret is collapsed before any text of `root` (where a text field puts it when tabbed into). */
export function caretAtStart(root: HTMLElement, selection: Selection | null = document.getSelection()): boolean {
  if (!selection || !selectionIn(root, selection) || !selection.isCollapsed) return false;
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(selection.focusNode!, selection.focusOffset);
  return range.toString().trim() === "";
}

function snapOutOfLabel(root: HTMLElement, selection: Selection, extend: boolean): void {
  if (!selectionIn(root, selection)) return;
  const focus = selection.focusNode;
  const el = focus instanceof Element ? focus : focus?.parentElement;
  const label = el?.closest(".pv-label");
  const end = el?.closest(".pv-end");
  const text = label?.nextElementSibling ?? end?.previousElementSibling;
  if (!text || !root.contains(text) || !text.matches("[data-part][data-clause-id]")) return;
  let node: globalThis.Node = text;
  let offset = 0;
  if (label) node = document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode() ?? text;
  else {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) node = n;
    offset = node === text ? text.childNodes.length : (node.textContent ?? "").length;
  }
  if (extend) selection.extend(node, offset);
  else selection.collapse(node, offset);
}
