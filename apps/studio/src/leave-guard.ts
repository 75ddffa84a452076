/**
 * Nothing typed is lost when the page goes away: when it is hidden or unloaded, every waiting edit
 * is saved and journaled at once, and the browser asks "Leave site?" first when a change would be
 * lost anyway. A file dropped where no part of the page takes it (the top bar, a paper under
 * review, a margin) is never opened by the browser in place of the studio: it is opened as a paper
 * where the studio is (on the desk in Review, as a draft in Draft).
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
    window.addEventListener("dragover", this.onDragOver);
    window.addEventListener("drop", this.onDrop);
  }

  hostDisconnected(): void {
    window.removeEventListener("dragover", this.onDragOver);
    window.removeEventListener("drop", this.onDrop);
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

  // Reached only when no part of the page took the files (the desk and Draft stop their own drops):
  // the drop is accepted, so that the browser fires it here rather than opening the file itself.
  private readonly onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  };

  private readonly onDrop = (event: DragEvent) => {
    const files = event.dataTransfer?.files;
    if (!files?.length || !event.dataTransfer!.types.includes("Files")) return;
    event.preventDefault();
    if (this.host.modes.mode === "review") void this.host.desk.openFiles(files);
    else void this.host.imports.importFiles(files);
  };
}
