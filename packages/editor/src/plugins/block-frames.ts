/**
 * Makes each operative block of a long paper a layout boundary, so a keystroke is laid out
 * within its block of ~50 clauses instead of walking all ~100 blocks of a 5,000-clause paper
 * (bench/RESULTS.md: the browser's forced layout per keystroke 0.8 → 0.4 ms at 5,000 clauses).
 *
 * A block is drawn as a frame (`div.cw-block`) around its clauses (`div.cw-block-content`). A
 * ResizeObserver reports the clauses' height; the frame takes that height and size and layout
 * containment (`.cw-sized`), and the browser then stops relayout at the frame. When a keystroke
 * changes the clauses' height (a new line), the observer fires after that layout and before the
 * frame is painted, so the blocks below move in the same frame. Until a frame's first size is
 * known it has no containment, so nothing is ever laid out with a wrong height. Containment does
 * not hide anything from the accessibility tree or find-in-page (content-visibility would:
 * paper-styles.ts), and it does not scope the numbering counters (only style containment does).
 */
import { Plugin } from "prosemirror-state";
import type { EditorView, NodeView, ViewMutationRecord } from "prosemirror-view";

export const BLOCK_FRAME_CLASS = "cw-block";
export const BLOCK_CONTENT_CLASS = "cw-block-content";
/** Set on a frame once its height is known: from then on it is a layout boundary. */
export const BLOCK_SIZED_CLASS = "cw-sized";

/** One observer per editor view, for all its blocks; each block unobserves itself when destroyed
 * (also when the view is), so the observer lives exactly as long as blocks use it, across state
 * reconfigurations that rebuild plugin views but keep the node views. */
const observers = new WeakMap<EditorView, ResizeObserver>();

function observerFor(view: EditorView): ResizeObserver | null {
  if (typeof ResizeObserver === "undefined") return null;
  let observer = observers.get(view);
  if (!observer) {
    observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const frame = (entry.target as HTMLElement).parentElement;
        if (!frame) continue;
        const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
        frame.style.height = `${height}px`;
        frame.classList.add(BLOCK_SIZED_CLASS);
      }
    });
    observers.set(view, observer);
  }
  return observer;
}

class OperativeBlockView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor(private readonly observer: ResizeObserver | null) {
    this.dom = document.createElement("div");
    this.dom.className = BLOCK_FRAME_CLASS;
    this.contentDOM = this.dom.appendChild(document.createElement("div"));
    this.contentDOM.className = BLOCK_CONTENT_CLASS;
    observer?.observe(this.contentDOM);
  }

  /** The frame's height and class are written by the observer, not by editing: not a change. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type === "attributes" && mutation.target === this.dom;
  }

  destroy(): void {
    this.observer?.unobserve(this.contentDOM);
  }
}

export function blockFramesPlugin(): Plugin {
  return new Plugin({
    props: {
      nodeViews: {
        operative_block: (_node, view) => new OperativeBlockView(observerFor(view)),
      },
    },
  });
}
