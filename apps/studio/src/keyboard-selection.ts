/**
 * Selecting words with the keyboard in the review desk's read-only paper. Browsers give
 * non-editable text no caret (unless caret browsing is on), so Shift+arrows select nothing there:
 * the paper moves and extends the selection itself, with the keys a text field uses, and draws a
 * caret where a collapsed selection is.
 */

type Move = [direction: "forward" | "backward", granularity: "character" | "word" | "line" | "lineboundary" | "documentboundary"];

/** The movement a key asks for, as `Selection.modify` takes it; null for keys it leaves alone. */
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
 * Handles a key in the read-only paper: arrows (by word with Ctrl, Alt on a Mac), Home and End
 * move the caret, and with Shift extend the selection. A move that would leave the paper is undone.
 * Returns whether the key was taken.
 */
export function moveSelectionByKey(root: HTMLElement, event: KeyboardEvent, activeClauseId?: string | null): boolean {
  const mac = /mac/i.test(navigator.platform);
  const move = keyMove(event, mac);
  if (!move) return false;
  const selection = document.getSelection();
  if (!selection) return false;
  if (!selectionIn(root, selection)) placeCaret(root, activeClauseId);
  if (!selectionIn(root, selection)) return false;
  const before = { anchor: selection.anchorNode!, anchorOffset: selection.anchorOffset, focus: selection.focusNode!, focusOffset: selection.focusOffset };
  // At the very start of a clause's text Chromium takes the caret to be at the end of the number
  // before it, and End from there stops at the number: step one character in first.
  if (move[0] === "forward" && move[1] === "lineboundary" && atTextStart(selection)) selection.modify(event.shiftKey ? "extend" : "move", "forward", "character");
  selection.modify(event.shiftKey ? "extend" : "move", move[0], move[1]);
  if (!selectionIn(root, selection)) selection.setBaseAndExtent(before.anchor, before.anchorOffset, before.focus, before.focusOffset);
  else snapOutOfLabel(root, selection, event.shiftKey);
  return true;
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

/**
 * A move that ends on a clause's printed number or label ("3.", "(a)") goes on to the start of the
 * clause's text, and one that ends on its printed end punctuation (";") back to the end of its
 * text: both are boxes of their own outside the clause's text (paper-view.ts), so Home there,
 * then End or Shift+End, stopped at the end of the number, and a comment cannot go on them.
 */
function snapOutOfLabel(root: HTMLElement, selection: Selection, extend: boolean): void {
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

/**
 * Draws `caret` (an absolutely placed element inside `root`, which must be its containing block)
 * where the collapsed selection is, or hides it when the selection is a range or elsewhere.
 */
export function drawCaret(root: HTMLElement, caret: HTMLElement): void {
  const selection = document.getSelection();
  if (!selection || !selectionIn(root, selection) || !selection.isCollapsed || document.activeElement !== root) {
    caret.hidden = true;
    return;
  }
  const range = selection.getRangeAt(0);
  let rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (!rect.height) {
    // A caret at a node's edge can have no box: measure the character after it instead.
    const probe = range.cloneRange();
    const node = range.startContainer;
    if (node.nodeType === Node.TEXT_NODE && range.startOffset < (node.textContent ?? "").length) probe.setEnd(node, range.startOffset + 1);
    rect = probe.getBoundingClientRect();
  }
  const box = root.getBoundingClientRect();
  caret.hidden = false;
  caret.style.left = `${rect.left - box.left + root.scrollLeft}px`;
  caret.style.top = `${rect.top - box.top + root.scrollTop}px`;
  caret.style.height = `${rect.height || 16}px`;
  caret.scrollIntoView({ block: "nearest", inline: "nearest" });
}
