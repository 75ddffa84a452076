/**
 * The two modes, Draft and Review desk: which one is shown, the address that says so (`#review`
 * opens the desk), the mode tabs, and where the focus goes when the mode changes by keyboard.
 */
import { html, type ReactiveController } from "lit";
import { focusAfterRender, focusEditorText } from "./focus.ts";
import type { CwStudio } from "./studio.ts";

export type Mode = "draft" | "review";

const modeInAddress = (): Mode => (location.hash === "#review" ? "review" : "draft");

export class ModeSwitch implements ReactiveController {
  mode: Mode = "draft";

  constructor(private readonly host: CwStudio) {
    host.addController(this);
  }

  hostConnected(): void {
    this.mode = modeInAddress();
    window.addEventListener("hashchange", this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener("hashchange", this.onHashChange);
  }

  private readonly onHashChange = () => this.setMode(modeInAddress());

  /**
   * Switches mode. `focus` (the Alt+1 / Alt+2 shortcuts) moves the keyboard focus to the mode's
   * content: the paper's text, else the mode's heading (a click on a tab keeps it on the tab).
   */
  setMode(mode: Mode, options: { focus?: boolean } = {}): void {
    if (this.mode !== mode) {
      this.host.saving.flushEdits();
      if (mode === "draft") this.host.drafting.reseedEditor();
      this.mode = mode;
      const hash = mode === "review" ? "#review" : "";
      if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
      this.host.requestUpdate();
    }
    if (options.focus) this.focusModeContent();
  }

  /** Focuses the content of the mode shown: the paper's text, the paper under review's title, or the mode's heading. */
  private focusModeContent(): void {
    const { host } = this;
    if (this.mode === "draft") {
      if (host.drafting.draft) void focusEditorText(host, "start");
      else focusAfterRender(host, () => host.querySelector("#draft-title"));
    } else {
      focusAfterRender(host, () => host.querySelector(host.review.id && host.desk.papers.has(host.review.id) ? "#review-title" : "#desk-title"));
    }
  }

  /**
   * The mode tabs follow the ARIA tabs pattern screen readers announce them by: one tab stop, and
   * the arrow keys (Home, End) move to the other tab and show it.
   */
  readonly onTabKey = (event: KeyboardEvent): void => {
    const to: Mode | null =
      event.key === "ArrowLeft" || event.key === "Home" ? "draft" : event.key === "ArrowRight" || event.key === "End" ? "review" : null;
    if (!to || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.setMode(to);
    focusAfterRender(this.host, () => this.host.querySelector(`#tab-${to}`));
  };
}

/** The mode tabs in the top bar. */
export function renderModeTabs(modes: ModeSwitch) {
  return html`<nav class="modes" role="tablist" aria-label="Mode" @keydown=${modes.onTabKey}>
    ${(["draft", "review"] as const).map(
      (mode) => html`<button type="button" role="tab" id="tab-${mode}" aria-selected=${modes.mode === mode} aria-controls="mode-panel"
        tabindex=${modes.mode === mode ? 0 : -1} @click=${() => modes.setMode(mode)}>${mode === "draft" ? "Draft" : "Review desk"}</button>`,
    )}
  </nav>`;
}
