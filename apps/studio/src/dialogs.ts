/**
 * The studio's two modal dialogs, "What may … do?" (the committee's mandate) and "Paste…": which
 * one is open, the focus going into it and back, Tab kept inside it, and their rendering.
 */
import { html, nothing } from "lit";
import { getCommittee } from "@clausewise/rulebook";
import { renderMandate } from "./mandate.ts";
import { headingOf } from "./paper.ts";
import { focusAfterRender } from "./focus.ts";
import type { CwStudio } from "./studio.ts";

export type DialogName = "mandate" | "paste";

export class Dialogs {
  /** The dialog open, if any. */
  current: DialogName | null = null;
  private focusBeforeDialog: HTMLElement | null = null;

  constructor(private readonly host: CwStudio) {}

  /** Opens a dialog; the focus moves to its main field. */
  open(dialog: DialogName): void {
    this.switchTo(dialog, true);
  }

  /** Closes the dialog; the focus goes back to where it was (unless `returnFocus` is false: the caller puts it elsewhere). */
  close(returnFocus = true): void {
    this.switchTo(null, returnFocus);
  }

  /**
   * Opens or closes a dialog (a native modal <dialog>, shown in `showRendered`): the focus moves to
   * its main field and, when it closes, back to where it was (unless `returnFocus` is false: the
   * caller puts it elsewhere).
   */
  private switchTo(dialog: DialogName | null, returnFocus: boolean): void {
    if (dialog === this.current) return;
    if (dialog && !this.current) this.focusBeforeDialog = document.activeElement as HTMLElement | null;
    const closing = !dialog && this.current;
    this.host.querySelector<HTMLDialogElement>("dialog.dialog")?.close();
    this.current = dialog;
    this.host.imports.clearPasteError();
    this.host.requestUpdate();
    if (closing && returnFocus) focusAfterRender(this.host, () => (this.focusBeforeDialog?.isConnected ? this.focusBeforeDialog : null));
  }

  /** After each render: a dialog just rendered is shown as a modal, with the focus in its main field. */
  showRendered(): void {
    const dialog = this.host.querySelector<HTMLDialogElement>("dialog.dialog");
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[autofocus]")?.focus();
    }
  }

  /** A modal dialog keeps Tab and Shift+Tab among its own controls. */
  readonly keepTabInDialog = (event: KeyboardEvent): void => {
    if (event.key !== "Tab") return;
    const dialog = event.currentTarget as HTMLElement;
    const stops = [...dialog.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    if (stops.length === 0) return;
    const first = stops[0]!, last = stops[stops.length - 1]!;
    const at = document.activeElement;
    if (event.shiftKey && (at === first || !dialog.contains(at))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (at === last || !dialog.contains(at))) {
      event.preventDefault();
      first.focus();
    }
  };
}

/**
 * The open dialog, a native modal <dialog> (shown with showModal after the render: the page behind
 * it is inert, Esc closes it). Its main field has `autofocus`: the Paste dialog's text box, the
 * mandate's text (scrollable with the keyboard). A click on the backdrop closes it.
 */
export function renderDialog(host: CwStudio) {
  const { dialogs } = host;
  if (!dialogs.current) return nothing;
  const close = () => dialogs.close();
  const events = {
    // Esc: closed here, so the state and the focus follow.
    cancel: (e: Event) => {
      e.preventDefault();
      close();
    },
    close: () => dialogs.current && close(),
    // A click on the backdrop reaches the <dialog> itself (its content fills it).
    click: (e: Event) => e.target === e.currentTarget && close(),
  };
  if (dialogs.current === "mandate") {
    // The paper in view: the one under review on the desk, else the draft.
    const reviewed = host.modes.mode === "review" && host.review.id ? host.desk.papers.get(host.review.id)?.doc : undefined;
    const paper = reviewed ?? host.drafting.draft?.doc;
    const committee = paper ? getCommittee(headingOf(paper).committee) : undefined;
    return html`<dialog class="dialog" aria-labelledby="mandate-title" @cancel=${events.cancel} @close=${events.close} @click=${events.click} @keydown=${dialogs.keepTabInDialog}>
      <header><h2 id="mandate-title">What ${committee?.shortName ?? "this committee"} may and may not do</h2>
        <button type="button" class="icon" aria-label="Close" @click=${close}>×</button></header>
      <div class="dialog-body mandate" tabindex="0" autofocus aria-labelledby="mandate-title">${renderMandate(committee)}</div>
    </dialog>`;
  }
  const { imports } = host;
  const pasted = () => host.querySelector<HTMLTextAreaElement>("#paste-text")?.value ?? "";
  return html`<dialog class="dialog" aria-labelledby="paste-title" @cancel=${events.cancel} @close=${events.close} @click=${events.click} @keydown=${dialogs.keepTabInDialog}>
    <header><h2 id="paste-title">Paste a working paper</h2>
      <button type="button" class="icon" aria-label="Close" @click=${close}>×</button></header>
    <div class="dialog-body">
      <p id="paste-help">Paste the text of a working paper (from Word, a PDF or an e-mail) or its JSON. Clauses, numbers and the heading are recognised.</p>
      <textarea id="paste-text" rows="14" autofocus aria-labelledby="paste-title" aria-describedby="paste-help paste-error" .value=${imports.pasteText}
        @input=${(e: Event) => imports.setPasteText((e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="field-error" id="paste-error" role="alert">${imports.pasteError ?? ""}</p>
      <div class="dialog-actions">
        <button type="button" @click=${close}>Cancel</button>
        <button type="button" class="primary" id="paste-import" @click=${() => imports.importPaste(pasted())}>Import</button>
      </div>
    </div>
  </dialog>`;
}
