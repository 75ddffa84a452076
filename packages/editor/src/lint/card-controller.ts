/**
 * When the finding card shows, where, and what it does: on hover over an underline, when the
 * cursor moves into a finding or a reviewer's comment (not while typing), and on F8 or Mod-. from
 * the keyboard. Its fix buttons apply fixes through applyFix, so each fix is one undoable
 * transaction.
 *
 * Placement: under the word, or above it when it does not fit below; moved in to stay inside the
 * viewport, the whole width on a narrow one, its height capped to the room on its side (it scrolls
 * inside, its fixes first). While it is open it follows the word when the page or any scroller
 * around the editor scrolls, the window resizes or the page's layout moves the editor (a message
 * bar above it collapses: the editor's box is read once a frame while the card is open, nothing
 * while it is closed), and closes when the word leaves the visible part of those scrollers.
 */
import type { EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Diagnostic } from "@clausewise/lint";
import { FindingCard, type CardComment, type FixRequest } from "./card.ts";
import { lintPluginKey } from "./state.ts";
import { findFindings } from "./decorations.ts";
import { diagnosticOfDecoration } from "./read.ts";
import { applyFix, focusView } from "./commands.ts";
import { commentsAtSelection } from "./comment-marks.ts";
import { NARROW_VIEWPORT, POPUP_MARGIN, placePopup, type Box } from "./placement.ts";

export interface CardOptions {
  /** Where the card element is appended; default: the editor DOM's parent (inside a shadow root if any). */
  container?: (view: EditorView) => Element | ShadowRoot;
  /** Delay before a hover card hides after the pointer leaves; default 250 ms. */
  hideDelay?: number;
}

type Mode = "hover" | "cursor" | "keyboard";

let cardIds = 0;

export class FindingCardController {
  private card: FindingCard | null = null;
  private mode: Mode | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly id = `cw-finding-card-${++cardIds}`;
  /** Where the card points: the word's box now, or null when it is gone. */
  private anchor: (() => Box | null) | null = null;
  /** The scrollers around the editor while the card is open: listened to, and they clip the word. */
  private scrollers: Element[] = [];
  private frame = 0;
  /** The frame loop that watches where the editor is while the card is open, and where it was. */
  private watch = 0;
  private editorAt = "";
  /** Where the pointer was at the last mouseover, to tell a moved pointer from moved text. */
  private pointer = "";

  constructor(
    private readonly view: EditorView,
    private readonly options: CardOptions,
  ) {}

  get isOpen(): boolean {
    return this.mode !== null;
  }

  /** The element, for tests and styling hooks; null until first shown. */
  get element(): FindingCard | null {
    return this.card;
  }

  /** Findings whose range contains the selection. */
  findingsAtSelection(state: EditorState): Diagnostic[] {
    const value = lintPluginKey.getState(state);
    if (!value?.enabled) return [];
    const { from, to, empty } = state.selection;
    return findFindings(value.decorations, from, to)
      .filter((d) => d.from <= from && to <= d.to && (!empty || from < d.to || d.from === d.to))
      .map((d) => diagnosticOfDecoration(state.doc, d))
      .filter((d): d is Diagnostic => d !== null);
  }

  update(view: EditorView, prev: EditorState): void {
    const state = view.state;
    if (state.doc !== prev.doc) {
      // Typing hides the card; a fix or an undo does too.
      if (this.mode) this.hide();
      return;
    }
    if (!state.selection.eq(prev.selection)) {
      if (this.mode === "keyboard" && this.card?.matches(":focus-within")) return;
      this.showAtSelection("cursor");
    } else if (this.mode && lintPluginKey.getState(state) !== lintPluginKey.getState(prev)) {
      // The document lint ran, or linting was switched: refresh what the card shows.
      if (this.mode === "hover") {
        if (!lintPluginKey.getState(state)?.enabled) this.hide();
        return;
      }
      const found = this.findingsAtSelection(state);
      const comments = commentsAtSelection(state);
      if (found.length + comments.length === 0) this.hide();
      else this.render(found, comments);
    }
  }

  /** Shows the card for the findings and comments at the selection; with `focus`, moves focus into it. */
  showAtSelection(mode: Mode, focus = false): boolean {
    const state = this.view.state;
    // A caret put into an empty clause (a new paper, Enter) is about to type: the clause's
    // "empty" marker is a finding with no width, and a card for it would only be in the way.
    // F8 and Mod-. still show it.
    const found = this.findingsAtSelection(state).filter((d) => mode !== "cursor" || d.from < d.to);
    const comments = commentsAtSelection(state);
    if (found.length + comments.length === 0) {
      if (mode !== "hover") this.hide();
      return false;
    }
    const { from } = state.selection;
    const view = this.view;
    if (!this.show(found, comments, () => view.coordsAtPos(from), mode)) return false;
    if (focus) void this.card!.focusFirstFix();
    return true;
  }

  hover(event: MouseEvent): void {
    // Only a pointer that moved opens a card: when the page scrolls (or text reflows) under a
    // resting pointer, the browser reports it over each underline that passes under it.
    const at = `${event.screenX},${event.screenY}`;
    const moved = at !== this.pointer;
    this.pointer = at;
    const target = moved && event.target instanceof Element ? event.target.closest(".cw-diag") : null;
    if (!target || !this.view.dom.contains(target)) return;
    this.cancelHide();
    let pos: number;
    try {
      pos = this.view.posAtDOM(target, 0);
    } catch {
      return;
    }
    const value = lintPluginKey.getState(this.view.state);
    if (!value?.enabled) return;
    const found = findFindings(value.decorations, pos, pos)
      .filter((d) => d.from <= pos && (pos < d.to || d.from === d.to))
      .map((d) => diagnosticOfDecoration(this.view.state.doc, d))
      .filter((d): d is Diagnostic => d !== null);
    if (found.length === 0) return;
    if (this.mode === "keyboard") return;
    this.show(found, [], () => (target.isConnected ? target.getBoundingClientRect() : null), "hover");
  }

  unhover(event: MouseEvent): void {
    if (this.mode !== "hover") return;
    const to = event.relatedTarget;
    if (to instanceof Node && this.card && (this.card === to || this.card.contains(to))) return;
    this.scheduleHide();
  }

  hide(): void {
    this.cancelHide();
    if (this.mode === null && (!this.card || this.card.hidden)) return;
    this.mode = null;
    this.anchor = null;
    this.follow(false);
    if (this.card) {
      this.card.hidden = true;
      this.card.diagnostics = [];
      this.card.comments = [];
    }
    if (this.view.dom.getAttribute("aria-describedby") === this.id) this.view.dom.removeAttribute("aria-describedby");
  }

  destroy(): void {
    this.hide();
    this.card?.remove();
    this.card = null;
  }

  private show(found: Diagnostic[], comments: CardComment[], anchor: () => Box | null, mode: Mode): boolean {
    try {
      if (!anchor()) return false;
    } catch {
      return false;
    }
    const opening = this.mode === null;
    this.mode = mode;
    this.anchor = anchor;
    const card = this.ensureCard();
    this.render(found, comments);
    card.hidden = false;
    if (opening) this.follow(true);
    this.view.dom.setAttribute("aria-describedby", this.id);
    return true;
  }

  /**
   * Puts the card next to its word, inside the viewport (placement.ts); hides it when the word
   * has left the visible part of the scrollers around the editor. One layout read: the card is
   * measured at the viewport's corner, which also tells where `position: fixed` puts its 0, 0
   * (an ancestor with a transform or a filter moves it there).
   */
  private place(): void {
    const card = this.card;
    if (!card || !this.mode || !this.anchor) return;
    let box: Box | null = null;
    try {
      box = this.anchor();
    } catch {
      // The position is gone from the document: hidden below.
    }
    const inside = box !== null && this.visible(box);
    if (!inside && !card.matches(":focus-within")) return this.hide();
    const root = document.documentElement;
    const vw = root.clientWidth || innerWidth;
    const vh = root.clientHeight || innerHeight;
    const s = card.style;
    s.width = vw < NARROW_VIEWPORT ? `${vw - 2 * POPUP_MARGIN}px` : "";
    s.maxHeight = "";
    s.left = s.top = "0px";
    const natural = card.getBoundingClientRect();
    const at = placePopup(box ?? natural, natural.width, natural.height, vw, vh);
    s.left = `${Math.round(at.left - natural.left)}px`;
    s.top = `${Math.round(at.top - natural.top)}px`;
    s.maxHeight = `${Math.floor(at.maxHeight)}px`;
  }

  /** Whether a box shows: inside the viewport and every scroller around the editor. */
  private visible(box: Box): boolean {
    let top = 0;
    let left = 0;
    let bottom = innerHeight;
    let right = innerWidth;
    for (const el of this.scrollers) {
      const r = el.getBoundingClientRect();
      top = Math.max(top, r.top);
      left = Math.max(left, r.left);
      bottom = Math.min(bottom, r.bottom);
      right = Math.min(right, r.right);
    }
    return box.bottom > top && box.top < bottom && box.right >= left && box.left <= right;
  }

  /** Starts or stops following the page's and the editor's scrollers and the window's size. */
  private follow(on: boolean): void {
    if (on) {
      this.scrollers = [];
      for (let n: Node | null = this.view.dom.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
        if (!(n instanceof Element)) continue;
        const style = getComputedStyle(n);
        if (style.overflowX !== "visible" || style.overflowY !== "visible") this.scrollers.push(n);
      }
    }
    const method = on ? "addEventListener" : "removeEventListener";
    for (const target of [window, ...this.scrollers]) target[method]("scroll", this.onMove, { passive: true } as AddEventListenerOptions);
    window[method]("resize", this.onMove);
    cancelAnimationFrame(this.watch);
    this.editorAt = "";
    if (on) this.watch = requestAnimationFrame(this.onFrame);
    else {
      this.scrollers = [];
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
  }

  /**
   * Layout shifts (content inserted or collapsing above the editor) move the word without a scroll
   * or resize event: once a frame while the card is open, the editor's box (read after the frame's
   * layout, so cheap) is compared with the last one, and the card placed again when it moved.
   */
  private readonly onFrame = (): void => {
    const box = this.view.dom.getBoundingClientRect();
    const at = `${box.left},${box.top}`;
    const moved = this.editorAt !== "" && at !== this.editorAt;
    this.editorAt = at;
    if (moved) this.place();
    if (this.mode) this.watch = requestAnimationFrame(this.onFrame);
  };

  /** Scroll and resize: the card moves in the same frame, once per frame. */
  private readonly onMove = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  private render(found: Diagnostic[], comments: CardComment[]): void {
    const card = this.card;
    if (!card) return;
    card.fixable = this.view.editable;
    card.diagnostics = found;
    card.comments = comments;
    // Placed once its new content is rendered (Lit renders in a microtask, before the next paint).
    void card.updateComplete.then(() => this.place());
  }

  private ensureCard(): FindingCard {
    if (this.card) return this.card;
    const card = document.createElement("cw-finding-card") as FindingCard;
    card.id = this.id;
    card.hidden = true;
    card.addEventListener("cw-fix", (event) => {
      const { diagnostic, fixIndex } = (event as CustomEvent<FixRequest>).detail;
      if (!this.view.editable) return;
      const applied = applyFix(this.view, diagnostic, fixIndex);
      this.hide();
      this.view.focus();
      if (!applied) this.showAtSelection("cursor");
    });
    card.addEventListener("cw-card-close", () => {
      this.hide();
      focusView(this.view);
    });
    card.addEventListener("mouseenter", () => this.cancelHide());
    card.addEventListener("mouseleave", () => {
      if (this.mode === "hover") this.scheduleHide();
    });
    const container = this.options.container?.(this.view) ?? this.view.dom.parentNode ?? document.body;
    container.appendChild(card);
    this.card = card;
    return card;
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.hide(), this.options.hideDelay ?? 250);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
