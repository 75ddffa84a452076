/**
 * The one message region, under the top bar in the page's flow: what happened (an import, a save,
 * a paper changed in another tab) and what could not be done. It never covers a control, and a
 * newer message about the same thing replaces the older.
 */
import { html, nothing } from "lit";

export interface Message {
  kind: "error" | "warning" | "info";
  text: string;
  /** What the message is about ("import", "desk-open", …): a newer message about it replaces the older. */
  key: string;
  /** Every note behind a message that shows only the first few (an import's): under "Show all N notes". */
  details?: readonly string[];
  /** A button in the message doing what it suggests (e.g. "Load the other tab's version"). */
  action?: { label: string; run: () => void };
}

export class Messages {
  /** The messages shown, oldest first. */
  list: Message[] = [];

  constructor(private readonly host: { requestUpdate(): void }) {}

  /**
   * Shows a message in the one message region (under the top bar, in the page's flow: it never
   * covers a control). A newer message about the same thing (`key`, by default its kind) replaces
   * the older one.
   */
  note(kind: Message["kind"], text: string, key: string = kind, details?: readonly string[], action?: Message["action"]): void {
    const message: Message = { kind, text, key, ...(details?.length ? { details } : {}), ...(action ? { action } : {}) };
    this.list = [...this.list.filter((m) => m.key !== key).slice(-2), message];
    // Confirmations fade on their own; errors stay until dismissed.
    if (kind === "info") {
      setTimeout(() => {
        this.list = this.list.filter((m) => m !== message);
        this.host.requestUpdate();
      }, 4000);
    }
    this.host.requestUpdate();
  }

  dismiss(message: Message): void {
    this.list = this.list.filter((m) => m !== message);
    this.host.requestUpdate();
  }

  /** Drops the message about `key` (what it said is settled); shown so at the next render. */
  drop(key: string): void {
    this.list = this.list.filter((m) => m.key !== key);
  }
}

/**
 * The one message region, under the top bar in the page's flow (it takes its own room and never
 * covers a control). It is always in the page, so screen readers announce what appears in it.
 */
export function renderMessages(messages: Messages) {
  return html`<div class="messages" aria-live="polite">${messages.list.map(
    (m) => html`<div class="message ${m.kind}" role=${m.kind === "error" ? "alert" : "status"} data-key=${m.key}>
        ${m.details
          ? html`<div class="message-body"><span>${m.text}</span>
              <details class="message-notes"><summary>Show all ${m.details.length.toLocaleString("en-US")} notes</summary>
                <ul>${m.details.map((d) => html`<li>${d}</li>`)}</ul></details></div>`
          : html`<span>${m.text}</span>`}
        ${m.action ? html`<button type="button" class="message-action" @click=${() => m.action!.run()}>${m.action.label}</button>` : nothing}
        <button type="button" class="icon" aria-label="Dismiss" @click=${() => messages.dismiss(m)}>×</button>
      </div>`,
  )}</div>`;
}
