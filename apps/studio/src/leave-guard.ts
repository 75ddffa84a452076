/**
 * Nothing typed is lost when the page goes away: when it is hidden or unloaded, every waiting edit
 * is saved and journaled at once, and the browser asks "Leave site?" first when a change would be
 * lost anyway.
 */
import type { ReactiveController } from "lit";
import type { CwStudio } from "./studio.ts";

export class LeaveGuard implements ReactiveController {
  constructor(private readonly host: CwStudio) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("pagehide", this.onPageHide);
    window.addEventListener("beforeunload", this.onBeforeUnload);
    document.addEventListener("visibilitychange", this.onVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener("pagehide", this.onPageHide);
    window.removeEventListener("beforeunload", this.onBeforeUnload);
    document.removeEventListener("visibilitychange", this.onVisibilityChange);
  }

  /** The page is going away (or may: hidden tabs get discarded): every waiting edit is saved and journaled now. */
  private readonly onPageHide = () => {
    this.host.saving.flushEdits();
    this.host.saving.journalPending();
  };

  /**
   * As pagehide, and the browser asks "Leave site?" first when a change would be lost: saving
   * failed (or storage is blocked) and the journal could not keep a copy either.
   */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    this.onPageHide();
    if (this.host.saving.wouldLoseWork) {
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when this is set
    }
  };

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === "hidden") this.onPageHide();
  };
}
