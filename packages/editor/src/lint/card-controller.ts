/**
 * When the finding card shows, where, and what it does: on hover over an underline, when the
 * cursor moves into a finding (not while typing), and on F8 or Mod-. from the keyboard. Its fix
 * buttons apply fixes through applyFix, so each fix is one undoable transaction.
 */
import type { EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { Diagnostic } from "@clausewise/lint";
import { FindingCard, type FixRequest } from "./card.ts";
import { lintPluginKey } from "./state.ts";
import { findFindings } from "./decorations.ts";
import { diagnosticOfDecoration } from "./read.ts";
import { applyFix } from "./commands.ts";

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
    const value = lintPluginKey.getState(state);
    if (!value?.enabled) return this.hide();
    if (state.doc !== prev.doc) {
      // Typing hides the card; a fix or an undo does too.
      if (this.mode) this.hide();
      return;
    }
    if (!state.selection.eq(prev.selection)) {
      if (this.mode === "keyboard" && this.card?.matches(":focus-within")) return;
      this.showAtSelection("cursor");
    } else if (this.mode && value !== lintPluginKey.getState(prev)) {
      // The document lint ran: refresh what the card shows.
      const found = this.mode === "hover" ? null : this.findingsAtSelection(state);
      if (found && found.length === 0) this.hide();
      else if (found) this.render(found);
    }
  }

  /** Shows the card for the findings at the selection; with `focus`, moves focus into it. */
  showAtSelection(mode: Mode, focus = false): boolean {
    const found = this.findingsAtSelection(this.view.state);
    if (found.length === 0) {
      if (mode !== "hover") this.hide();
      return false;
    }
    const { from } = this.view.state.selection;
    let rect: { left: number; bottom: number; top: number };
    try {
      rect = this.view.coordsAtPos(from);
    } catch {
      return false;
    }
    this.show(found, rect, mode);
    if (focus) void this.card!.focusFirstFix();
    return true;
  }

  hover(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest(".cw-diag") : null;
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
    this.show(found, target.getBoundingClientRect(), "hover");
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
    if (this.card) {
      this.card.hidden = true;
      this.card.diagnostics = [];
    }
    if (this.view.dom.getAttribute("aria-describedby") === this.id) this.view.dom.removeAttribute("aria-describedby");
  }

  destroy(): void {
    this.hide();
    this.card?.remove();
    this.card = null;
  }

  private show(found: Diagnostic[], rect: { left: number; bottom: number }, mode: Mode): void {
    this.mode = mode;
    const card = this.ensureCard();
    this.render(found);
    card.hidden = false;
    card.style.left = `${Math.max(4, Math.round(rect.left))}px`;
    card.style.top = `${Math.round(rect.bottom + 4)}px`;
    this.view.dom.setAttribute("aria-describedby", this.id);
  }

  private render(found: Diagnostic[]): void {
    if (!this.card) return;
    this.card.fixable = this.view.editable;
    this.card.diagnostics = found;
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
      this.view.focus();
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
