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
 * known it has no containment, so nothing is ever laid out with a wrong height. Size and layout
 * containment hide nothing from the accessibility tree or find-in-page.
 *
 * Papers of more than SKIP_OFFSCREEN_ABOVE operative clauses (compilations) also skip rendering
 * their off-screen blocks (`content-visibility: auto`, paper-styles.ts), unless the element has
 * `render-all`. Chromium handles every typed character by reading the whole editing host's text
 * (its text-input bookkeeping for input methods), which costs about 6 ms per 1,000 clauses per
 * key press whatever the editor does, 31 ms at 5,000; skipped blocks are left out of that walk
 * (3 ms at 5,000; bench/RESULTS.md, "Real key presses"). The price: a skipped block is left out
 * of the accessibility tree and innerText until it is on screen or holds the selection (caret
 * navigation, find-in-page, printing and copying still see all of it). Skipping also scopes CSS
 * counters to each block (style containment), so every block restarts the operative numbering at
 * the number of clauses before it (`counter-reset` on its clauses' container, kept by the plugin
 * view below); the numbers are the same with or without skipping. A skipping frame takes its
 * height from its clauses, not from the observer (which still writes it, to no effect): Chromium
 * follows a skipping frame's size with a resize observer of its own, one level above ours, and a
 * height written from our notifications would leave its notification undelivered (reported on
 * the page as a "ResizeObserver loop" error). A skipped frame keeps the height it last had on
 * screen (or the one first measured), so the scrollbar does not jump.
 */
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import type { Node } from "prosemirror-model";
import type { EditorView, NodeView, ViewMutationRecord } from "prosemirror-view";
import { isOperativeBlock, operativeClauseCount } from "@clausewise/schema";

export const BLOCK_FRAME_CLASS = "cw-block";
export const BLOCK_CONTENT_CLASS = "cw-block-content";
/** Set on a frame once its height is known: from then on it is a layout boundary. */
export const BLOCK_SIZED_CLASS = "cw-sized";
/** Papers with more top-level operative clauses than this skip rendering off-screen blocks. */
export const SKIP_OFFSCREEN_ABOVE = 1000;
/** On the editor's root while the paper is that long (paper-styles.ts reads it). */
export const SKIP_OFFSCREEN_CLASS = "cw-skip-offscreen";
/** Set on a frame a frame after it was first sized: from then on it may skip rendering. */
export const BLOCK_SETTLED_CLASS = "cw-settled";

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
        if (frame.classList.contains(BLOCK_SIZED_CLASS)) continue;
        // The height a skipping frame (paper-styles.ts) has when skipped before it was ever shown
        // with skipping on; after that, the browser remembers the height it last had on screen.
        frame.style.setProperty("--cw-block-size", `${height}px`);
        frame.classList.add(BLOCK_SIZED_CLASS);
        // Skipping starts a frame later: had it started in this one, the blocks it hides would
        // change size within the same rendering step and leave notifications undelivered (a
        // "ResizeObserver loop" error on the page).
        requestAnimationFrame(() => frame.classList.add(BLOCK_SETTLED_CLASS));
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

  /** The frame's height and class, and the numbering's counter-reset on the clauses' container,
   * are written here, not by editing: not a change. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type !== "attributes") return false;
    return mutation.target === this.dom || (mutation.target === this.contentDOM && mutation.attributeName === "style");
  }

  destroy(): void {
    this.observer?.unobserve(this.contentDOM);
  }
}

/** Frames made since the numbering was last written, per view: their counter-reset is unset. */
const newFrames = new WeakSet<EditorView>();

/**
 * Writes each block's `counter-reset: cw-l0 <clauses before it>`, after every change that moves a
 * block's start or makes a new frame. Typing does neither: it costs one pass comparing the
 * section's ~100 children with the starts last written, allocating nothing.
 */
class BlockNumbering {
  /** The number of operative clauses before each block, as last written. */
  private starts: number[] = [];

  constructor(view: EditorView) {
    this.write(view);
  }

  update(view: EditorView, previous: EditorState): void {
    if (view.state.doc !== previous.doc || newFrames.has(view)) this.write(view);
  }

  /** Whether the blocks of `section` start where they did when last written. */
  private unchanged(section: Node): boolean {
    let block = 0;
    let clauses = 0;
    for (let i = 0; i < section.childCount; i++) {
      const child = section.child(i);
      if (!isOperativeBlock(child)) clauses++;
      else if (this.starts[block++] !== clauses) return false;
      else clauses += child.childCount;
    }
    return block === this.starts.length;
  }

  private write(view: EditorView): void {
    const doc = view.state.doc;
    const section = doc.child(2);
    if (!newFrames.has(view) && this.unchanged(section)) return;
    newFrames.delete(view);
    this.starts = [];
    let pos = doc.child(0).nodeSize + doc.child(1).nodeSize + 1;
    let clauses = 0;
    section.forEach((child) => {
      if (isOperativeBlock(child)) {
        this.starts.push(clauses);
        const frame = view.nodeDOM(pos);
        if (frame instanceof HTMLElement && frame.classList.contains(BLOCK_FRAME_CLASS)) {
          // On the clauses' container, inside the frame: a skipping frame's style containment
          // scopes counters to what is inside it, its own counter-reset included.
          const container = frame.firstElementChild as HTMLElement;
          const reset = `cw-l0 ${clauses}`;
          if (container.style.counterReset !== reset) container.style.counterReset = reset;
        }
        clauses += child.childCount;
      } else clauses++;
      pos += child.nodeSize;
    });
  }
}

const blockFramesKey = new PluginKey<number>("block-frames");

/** Whether a state's paper is a compilation (more than SKIP_OFFSCREEN_ABOVE operative clauses). */
export function isCompilation(state: EditorState): boolean {
  return (blockFramesKey.getState(state) ?? 0) > SKIP_OFFSCREEN_ABOVE;
}

export function blockFramesPlugin(): Plugin<number> {
  return new Plugin<number>({
    key: blockFramesKey,
    // The number of top-level operative clauses: one pass over the section's ~100 children.
    state: {
      init: (_config, state) => operativeClauseCount(state.doc.child(2)),
      apply: (tr, clauses) => (tr.docChanged ? operativeClauseCount(tr.doc.child(2)) : clauses),
    },
    view: (view) => new BlockNumbering(view),
    props: {
      nodeViews: {
        operative_block: (_node, view) => {
          newFrames.add(view);
          return new OperativeBlockView(observerFor(view));
        },
      },
      attributes: (state): Record<string, string> => (isCompilation(state) ? { class: SKIP_OFFSCREEN_CLASS } : {}),
    },
  });
}
