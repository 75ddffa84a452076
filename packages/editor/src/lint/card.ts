/**
 * `<cw-finding-card>`: the card shown for the findings under the pointer or the cursor: message,
 * one button per fix, explanation, and the mandate quote with its source; then the reviewers'
 * comments on that text. The fixes come right after the message, so that a long explanation
 * never pushes them out of a card whose height is capped to the room in the viewport (it scrolls
 * inside). Text is rendered through Lit bindings only (escaped): findings quote the delegate's
 * own text, comments are a reviewer's.
 */
import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { separateMandateQuote, type Diagnostic } from "@clausewise/lint";
import { countOf, defineOnce, severityLabel } from "./labels.ts";

/** Detail of the `cw-fix` event the card fires when a fix button is pressed. */
export interface FixRequest {
  diagnostic: Diagnostic;
  fixIndex: number;
}

/** A reviewer's comment as the card shows it (the `comment` mark's attributes). */
export interface CardComment {
  id: string;
  author: string;
  body: string;
}

export class FindingCard extends LitElement {
  static override properties = {
    diagnostics: { attribute: false },
    comments: { attribute: false },
    fixable: { attribute: false },
  };

  declare diagnostics: readonly Diagnostic[];
  /** Reviewers' comments on the text at the cursor, shown after the findings. */
  declare comments: readonly CardComment[];
  /** False in a read-only editor: the card explains but offers no fix. */
  declare fixable: boolean;

  static override styles = css`
    :host {
      position: fixed;
      z-index: 1000;
      display: block;
      /* Width and height within the viewport; the controller caps the height to the room beside
         the word (and sets the width on a narrow viewport), and the card scrolls inside. */
      min-width: min(18rem, calc(100vw - 1rem));
      max-width: min(28rem, calc(100vw - 1rem));
      overflow: auto;
      overscroll-behavior: contain;
      box-sizing: border-box;
      padding: 0.6rem 0.75rem;
      background: var(--cw-card-background, #fff);
      color: var(--cw-card-color, #1d1d1f);
      border: 1px solid var(--cw-card-border, #c8c8cc);
      border-radius: 6px;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
      font: var(--cw-card-font, 0.875rem/1.4 var(--resolution-editor-ui-font, system-ui, sans-serif));
    }
    :host([hidden]) {
      display: none;
    }
    section + section {
      margin-top: 0.6rem;
      padding-top: 0.6rem;
      border-top: 1px solid var(--cw-card-border, #c8c8cc);
    }
    .message {
      margin: 0;
      font-weight: 600;
    }
    .severity {
      display: inline-block;
      margin-right: 0.4em;
      padding: 0 0.35em;
      border-radius: 3px;
      color: #fff;
      font-size: 0.75em;
      text-transform: uppercase;
      vertical-align: 0.1em;
    }
    .severity--error { background: var(--cw-error, #c62828); }
    .severity--warning { background: var(--cw-warning, #b26a00); }
    .severity--info { background: var(--cw-info, #1565c0); }
    .severity--hint { background: var(--cw-hint, #5f6368); }
    .severity--comment { background: var(--cw-comment, #8a6100); }
    .body {
      margin: 0.35rem 0 0;
      white-space: pre-wrap;
    }
    .explanation {
      margin: 0.35rem 0 0;
    }
    blockquote {
      margin: 0.45rem 0 0;
      padding-left: 0.6rem;
      border-left: 3px solid var(--cw-card-border, #c8c8cc);
      font-style: italic;
    }
    cite {
      display: block;
      margin-top: 0.2rem;
      font-size: 0.8em;
      font-style: normal;
      opacity: 0.8;
    }
    .fixes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin-top: 0.4rem;
    }
    button {
      font: inherit;
      padding: 0.15rem 0.55rem;
      border: 1px solid var(--cw-accent, #1565c0);
      border-radius: 4px;
      background: var(--cw-button-background, #fff);
      color: var(--cw-accent, #1565c0);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--cw-accent, #1565c0);
      outline-offset: 1px;
    }
    @media (pointer: coarse) {
      button {
        min-height: 44px;
      }
    }
  `;

  constructor() {
    super();
    this.diagnostics = [];
    this.comments = [];
    // On the host: a card with no fix to focus is focused itself (focusFirstFix).
    this.addEventListener("keydown", (event) => this.onKeydown(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute("role", "dialog");
    this.setAttribute("aria-label", "Finding");
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("diagnostics") || changed.has("comments")) {
      const n = this.diagnostics.length;
      const k = this.comments.length;
      this.setAttribute("aria-label", [n ? countOf(n, "finding") : "", k ? countOf(k, "comment") : ""].filter(Boolean).join(" and ") || "Finding");
    }
  }

  /** Moves keyboard focus to the first fix button (or the card itself when there is none). */
  async focusFirstFix(): Promise<void> {
    await this.updateComplete;
    const button = this.renderRoot.querySelector("button");
    if (button) button.focus();
    else {
      this.tabIndex = -1;
      this.focus();
    }
  }

  private fix(diagnostic: Diagnostic, fixIndex: number): void {
    this.dispatchEvent(
      new CustomEvent<FixRequest>("cw-fix", { detail: { diagnostic, fixIndex }, bubbles: true, composed: false }),
    );
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      event.preventDefault();
      // Not composed: the card's controller listens on the card; the page has no use for it.
      this.dispatchEvent(new CustomEvent("cw-card-close", { bubbles: true, composed: false }));
    }
  }

  protected override render() {
    return html`<div>
      ${this.diagnostics.map(
        (d) => html`<section class="finding" data-rule=${d.ruleId}>
          <p class="message">
            <span class="severity severity--${d.severity}">${severityLabel[d.severity]}</span>${d.message}
          </p>
          ${d.fixes.length && this.fixable !== false
            ? html`<div class="fixes" role="group" aria-label="Fixes">
                ${d.fixes.map(
                  (f, i) => html`<button type="button" class="fix" @click=${() => this.fix(d, i)}>${f.label}</button>`,
                )}
              </div>`
            : nothing}
          ${d.explanation ? html`<p class="explanation">${d.explanation}</p>` : nothing}
          ${separateMandateQuote(d)
            ? html`<blockquote class="mandate">
                “${d.mandate!.quote}”
                <cite>${d.mandate!.source}</cite>
              </blockquote>`
            : nothing}
        </section>`,
      )}
      ${this.comments.map(
        (c) => html`<section class="comment" data-comment-id=${c.id}>
          <p class="message"><span class="severity severity--comment">Comment</span>${c.author}</p>
          <p class="body">${c.body}</p>
        </section>`,
      )}
    </div>`;
  }
}

defineOnce("cw-finding-card", FindingCard);

declare global {
  interface HTMLElementTagNameMap {
    "cw-finding-card": FindingCard;
  }
}
