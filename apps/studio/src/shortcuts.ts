/**
 * The studio's keyboard shortcuts, anywhere on the page: Ctrl+S (saying the paper is saved),
 * Ctrl+O (open files), Alt+1 / Alt+2 (the modes), Alt+Page Down / Up (the next or previous paper
 * under review), Ctrl+Alt+M (comment on the selected words), Esc (close the papers drawer).
 */
import type { ReactiveController } from "lit";
import { reviewNeighbours } from "./review-view.ts";
import type { CwStudio } from "./studio.ts";

/**
 * A field the user types into (where a Ctrl+Alt shortcut may be AltGr typing a character). The
 * review's paper is editable for its caret only (nothing typed there changes it), so it is not one.
 */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "file"].includes(target.type)) || (target instanceof HTMLElement && target.isContentEditable && !target.closest(".review-paper"));
}

export class Shortcuts implements ReactiveController {
  constructor(private readonly host: CwStudio) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("keydown", this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener("keydown", this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const { host } = this;
    const { mode } = host.modes;
    const reviewId = host.review.id;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.shiftKey && event.key.toLowerCase() === "s") {
      event.preventDefault(); // the paper is already saved on every change; say so
      host.saving.flushEdits();
      // Without storage (a private window) the saves "succeed" into memory only: not saved either.
      const unsaved = host.saving.saveState.state === "failed" || !host.saving.store?.persistent;
      host.messages.note(unsaved ? "warning" : "info", unsaved ? "Not saved: see the warning above. Export to keep a copy." : "Your paper is saved in this browser on every change.", "save");
    } else if (mod && !event.shiftKey && event.key.toLowerCase() === "o") {
      event.preventDefault();
      // A paper under review hides the desk and its file picker: back to the desk, where the papers opened will show.
      if (mode === "review" && reviewId) host.review.open(null);
      void host.updateComplete.then(() => host.querySelector<HTMLInputElement>(host.modes.mode === "review" ? "#desk-file-input" : "#draft-file-input")?.click());
    } else if (event.altKey && !mod && (event.key === "1" || event.key === "2")) {
      event.preventDefault();
      host.modes.setMode(event.key === "1" ? "draft" : "review", { focus: true });
    } else if (event.altKey && !mod && (event.key === "PageDown" || event.key === "PageUp") && mode === "review" && reviewId) {
      // The next or previous paper of the desk's table, without going back to it.
      event.preventDefault();
      const { previous, next } = reviewNeighbours(host, reviewId);
      const to = event.key === "PageDown" ? next : previous;
      if (to) host.review.open(to.id);
    } else if (event.ctrlKey && event.altKey && !event.metaKey && !event.shiftKey && event.code === "KeyM" && mode === "review" && reviewId && !host.dialogs.current && !isTextField(event.target)) {
      // Comment on the selected words, as in word processors; never from a text field, where
      // Ctrl+Alt is AltGr on many keyboards (and types a character).
      event.preventDefault();
      host.commentForm.commentOnSelection();
    } else if (event.key === "Escape" && host.drawer.isOpen && !host.dialogs.current) {
      host.drawer.toggle(false);
    }
  };
}
