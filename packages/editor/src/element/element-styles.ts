/** The element's chrome: host, toolbar, heading form, organ line, autocomplete list. */
import { css } from "lit";

export const elementStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--resolution-editor-color, #1f2937);
    background: var(--resolution-editor-background, #ffffff);
    font-family: var(--resolution-editor-font, Georgia, "Times New Roman", serif);
    font-size: var(--resolution-editor-font-size, 1rem);
    border: var(--resolution-editor-border, 1px solid #d1d5db);
    border-radius: var(--resolution-editor-radius, 6px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--resolution-editor-rule-color, #d1d5db);
    font-family: var(--resolution-editor-ui-font, system-ui, sans-serif);
    font-size: 0.85rem;
  }
  .toolbar button {
    font: inherit;
    padding: 0.2rem 0.55rem;
    border: 1px solid var(--resolution-editor-rule-color, #d1d5db);
    border-radius: 4px;
    background: var(--resolution-editor-button-background, #f9fafb);
    color: inherit;
    cursor: pointer;
  }
  /* A finger needs a target of 44 × 44 px (WCAG 2.5.5); the toolbar is how a phone indents. */
  @media (pointer: coarse) {
    .toolbar button {
      min-width: 44px;
      min-height: 44px;
    }
  }
  .toolbar button:hover:not(:disabled) {
    background: var(--resolution-editor-button-hover, #eef2ff);
  }
  .toolbar button:focus-visible {
    outline: 2px solid var(--resolution-editor-focus-ring, #1d4ed8);
    outline-offset: 1px;
  }
  .toolbar button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .heading {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3rem 0.75rem;
    align-items: center;
    padding: 0.75rem 1rem;
    border-bottom: 1px solid var(--resolution-editor-rule-color, #d1d5db);
    font-family: var(--resolution-editor-ui-font, system-ui, sans-serif);
    font-size: 0.875rem;
  }
  .heading label {
    color: var(--resolution-editor-muted-color, #4b5563);
  }
  .heading input,
  .heading select {
    font: inherit;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--resolution-editor-rule-color, #d1d5db);
    border-radius: 4px;
    background: var(--resolution-editor-input-background, #ffffff);
    color: inherit;
    min-width: 0;
  }
  .heading input:focus-visible,
  .heading select:focus-visible {
    outline: 2px solid var(--resolution-editor-focus-ring, #1d4ed8);
    outline-offset: 1px;
  }
  .paper {
    position: relative;
  }
  .organ-line {
    margin: 0;
    padding: 1.25rem 2rem 0;
    font-style: italic;
    user-select: none;
  }
  .autocomplete {
    position: absolute;
    z-index: 10;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    min-width: 14rem;
    max-height: 16rem;
    overflow-y: auto;
    background: var(--resolution-editor-popup-background, #ffffff);
    border: 1px solid var(--resolution-editor-rule-color, #d1d5db);
    border-radius: 6px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.12);
    font-family: var(--resolution-editor-ui-font, system-ui, sans-serif);
    font-size: 0.875rem;
  }
  .autocomplete li {
    padding: 0.25rem 0.75rem;
    cursor: pointer;
    font-style: italic;
  }
  .autocomplete li[aria-selected="true"] {
    background: var(--resolution-editor-accent-background, #e0e7ff);
  }
  .panel {
    display: block;
    border-top: 1px solid var(--resolution-editor-rule-color, #d1d5db);
    /* Laid out on its own: without it, the list of thousands of findings below a long paper was
       laid out again on every keystroke (about 10 ms at 3,000 findings). Not content-visibility:
       Chromium then leaves the off-screen list out of the accessibility tree. */
    contain: layout;
  }
  :host([mode="review"]) .toolbar {
    display: none;
  }
`;
