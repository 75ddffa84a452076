/**
 * Maps the reader's text selection in a paper view back to a clause and character offsets, so a
 * director can attach a comment to exactly the words selected.
 */
import type { CommentTarget } from "./comments.ts";

function partElement(node: globalThis.Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement ?? null;
  return (el?.closest("[data-part][data-clause-id]") as HTMLElement | null) ?? null;
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
  const endPart = partElement(range.endContainer);
  // A selection begun on a clause's number or label (outside its text) starts at its text.
  const startPart = partElement(range.startContainer) ?? endPart;
  if (!startPart) return null;
  const clauseId = startPart.dataset.clauseId!;
  const part = startPart.dataset.part === "continuation" ? "continuation" : "text";
  const start = startPart.contains(range.startContainer) ? offsetIn(startPart, range.startContainer, range.startOffset) : 0;
  // A selection running into another clause is cut at the end of the first one.
  const end = endPart === startPart ? offsetIn(startPart, range.endContainer, range.endOffset) : (startPart.textContent ?? "").length;
  if (end <= start) return null;
  return { clauseId, part, start, end };
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
