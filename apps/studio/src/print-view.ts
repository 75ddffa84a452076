/**
 * The hidden print rendering of the open draft (what "Print / PDF" prints): which version of the
 * paper it shows, and when it is rebuilt. It costs as much as the editor's own DOM in a long
 * paper, so it is never built in the frame that opens a paper or on every keystroke.
 */
import type { ReactiveController } from "lit";
import type { Node } from "prosemirror-model";
import type { CwStudio } from "./studio.ts";

export class PrintView implements ReactiveController {
  /**
   * The document the hidden print rendering shows; refreshed before printing, and when typing
   * pauses in a paper of up to JOURNAL_MAX_CHARS.
   */
  doc: Node | null = null;
  private timer = 0;

  /** `renderNow` renders the studio synchronously (its own update, which only the element may run). */
  constructor(
    private readonly host: CwStudio,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("beforeprint", this.onBeforePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener("beforeprint", this.onBeforePrint);
  }

  /**
   * A paper was opened: the print rendering of a long paper costs as much as the editor's own DOM,
   * so it is made once the paper is open (and synchronously before printing), not in the same frame.
   */
  paperOpened(): void {
    this.doc = null;
    this.scheduleWhenIdle();
  }

  /**
   * The open paper was edited. A large paper's print view is rebuilt before printing only: rebuilt
   * on every pause in typing it was a ~25 ms task at 5,000 clauses, for a view nobody sees until
   * they print.
   */
  paperEdited(large: boolean): void {
    if (large) clearTimeout(this.timer);
    else this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.doc = this.host.drafting.draft?.doc ?? null;
      this.host.requestUpdate();
    }, 600);
  }

  /** After opening a paper: the print rendering waits until the browser is idle (the editor and its findings come first). */
  private scheduleWhenIdle(): void {
    clearTimeout(this.timer);
    const w = window as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number };
    if (!w.requestIdleCallback) return this.schedule();
    w.requestIdleCallback(() => {
      if (this.doc !== null) return; // typing or printing has rendered it meanwhile
      this.doc = this.host.drafting.draft?.doc ?? null;
      this.host.requestUpdate();
    }, { timeout: 2000 });
  }

  private readonly onBeforePrint = () => {
    clearTimeout(this.timer);
    this.doc = this.host.drafting.draft?.doc ?? null;
    this.host.requestUpdate();
    this.renderNow(); // synchronously: the browser lays out the print right after this handler
  };
}
