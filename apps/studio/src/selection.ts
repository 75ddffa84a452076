/**
 * Maps the reader's text selection in a paper view back to a clause and character offsets, so a
 * director can attach a comment to exactly the words selected.
 */
import type { CommentTarget } from "./comments.ts";

const partSelector = "[data-part][data-clause-id]";
const blockSelector = ".pv-clause, .pv-continuation";

/**
 * The clause text (or continuation) a node is in; a clause's number or label (`.pv-label`), its
 * end punctuation (`.pv-end`) and its paragraph itself count as its text.
 */
export function partElement(node: globalThis.Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement ?? null;
  if (!el) return null;
  const part = el.closest<HTMLElement>(partSelector);
  if (part) return part;
  return el.closest(blockSelector)?.querySelector<HTMLElement>(partSelector) ?? null;
}

/** The part of the clause whose paragraph begins at (node, offset): nothing of it is in a range ending there. */
function startsBlock(node: globalThis.Node, offset: number): boolean {
  if (offset !== 0 || !(node instanceof Element)) return false;
  return node.matches(blockSelector);
}

function offsetIn(container: HTMLElement, node: globalThis.Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The comment target for the current selection inside `root`, or null when there is none. */
export function selectionTarget(root: HTMLElement, selection: Selection | null = document.getSelection()): CommentTarget | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  // A selection ending at the very start of a paragraph (a triple-click's) ends with the one before.
  const endPart = startsBlock(range.endContainer, range.endOffset) ? null : partElement(range.endContainer);
  // A selection begun on a clause's number or label (outside its text) starts at its text; one
  // begun on a clause's end punctuation starts in the next clause it reaches.
  let startPart = partElement(range.startContainer);
  const afterText = !!startPart && !startPart.contains(range.startContainer) && !!(range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest(".pv-end");
  if (!startPart || afterText) startPart = endPart && endPart !== startPart ? endPart : null;
  if (!startPart) return null;
  const clauseId = startPart.dataset.clauseId!;
  const part = startPart.dataset.part === "continuation" ? "continuation" : "text";
  const start = startPart.contains(range.startContainer) ? offsetIn(startPart, range.startContainer, range.startOffset) : 0;
  // A selection running into another clause is cut at the end of the first one.
  const end = endPart === startPart ? offsetIn(startPart, range.endContainer, range.endOffset) : (startPart.textContent ?? "").length;
  if (end <= start) return null;
  return { clauseId, part, start, end };
}

/** Where a bare caret is in `root`: its clause, part and character offset; null when it is not in a clause's text. */
export function caretPlace(root: HTMLElement, selection: Selection | null = document.getSelection()): { clauseId: string; part: "text" | "continuation"; offset: number } | null {
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !root.contains(selection.focusNode)) return null;
  const part = partElement(selection.focusNode);
  if (!part || !part.contains(selection.focusNode)) return null;
  return { clauseId: part.dataset.clauseId!, part: part.dataset.part === "continuation" ? "continuation" : "text", offset: offsetIn(part, selection.focusNode!, selection.focusOffset) };
}

/**
 * What "Comment on selection" attaches to: the selected words, or with a bare caret the whole
 * clause it is in (as `<resolution-editor>`'s addComment does); null when the selection is not in `root`.
 */
export function commentTargetAtSelection(root: HTMLElement, selection: Selection | null = document.getSelection()): CommentTarget | null {
  const words = selectionTarget(root, selection);
  if (words) return words;
  if (!selection || selection.rangeCount === 0 || !root.contains(selection.focusNode)) return null;
  const clause = partElement(selection.focusNode)?.dataset.clauseId;
  return clause ? { clauseId: clause } : null;
}
