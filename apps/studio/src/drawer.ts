/**
 * The papers drawer (phones and narrow windows, where the papers list is not a column): open or
 * closed, and the focus going into it and back to the button that opened it.
 */
import { focusAfterRender } from "./focus.ts";
import type { CwStudio } from "./studio.ts";

export class PapersDrawer {
  isOpen = false;
  /** The element that opened the drawer, to give the focus back to. */
  private opener: HTMLElement | null = null;

  constructor(private readonly host: CwStudio) {}

  /** Opens or closes the papers drawer; the focus goes into it, and back to its toggle when it closes. */
  toggle(open: boolean): void {
    if (open === this.isOpen) return;
    if (open) this.opener = document.activeElement as HTMLElement | null;
    this.isOpen = open;
    this.host.requestUpdate();
    if (open) focusAfterRender(this.host, () => this.host.querySelector(".papers-panel .drawer-close"));
    else focusAfterRender(this.host, () => (this.opener?.isConnected ? this.opener : this.host.querySelector(".paper-toolbar .sidebar-toggle, .welcome .sidebar-toggle")));
  }

  /** Closes it without moving the focus: a paper was opened, and the focus goes to the paper. */
  hide(): void {
    this.isOpen = false;
  }
}
