/**
 * The underline styles. They must reach the document where the ProseMirror DOM lives: include
 * `lintStyles` in the host element's static styles (inside its shadow root), or insert
 * `lintCss` in a <style> element for a light-DOM editor.
 */
import { unsafeCSS } from "lit";

/**
 * Wavy underlines coloured by --cw-error, --cw-warning, --cw-info and --cw-hint. A word can carry
 * several severities (a binding error and a style warning): each rule excludes the more severe
 * classes, so the most severe finding's style wins whatever the order of the rules.
 */
export const lintCss = `
.cw-diag {
  text-decoration-line: underline;
  text-decoration-style: wavy;
  text-decoration-thickness: 1px;
  text-decoration-skip-ink: none;
  text-underline-offset: 0.2em;
}
.cw-diag--error { text-decoration-color: var(--cw-error, #c62828); }
.cw-diag--warning:not(.cw-diag--error) { text-decoration-color: var(--cw-warning, #b26a00); }
.cw-diag--info:not(.cw-diag--error, .cw-diag--warning) { text-decoration-color: var(--cw-info, #1565c0); }
.cw-diag--hint:not(.cw-diag--error, .cw-diag--warning, .cw-diag--info) { text-decoration-color: var(--cw-hint, #5f6368); text-decoration-style: dotted; }
.cw-diag-point {
  display: inline-block;
  width: 0.5em;
  height: 1em;
  margin: 0 0.05em;
  vertical-align: text-bottom;
  border-bottom: 2px solid var(--cw-diag-point, currentColor);
  text-decoration: none;
}
.cw-diag-point.cw-diag--error { border-color: var(--cw-error, #c62828); }
.cw-diag-point.cw-diag--warning:not(.cw-diag--error) { border-color: var(--cw-warning, #b26a00); }
.cw-diag-point.cw-diag--info:not(.cw-diag--error, .cw-diag--warning) { border-color: var(--cw-info, #1565c0); }
.cw-diag-point.cw-diag--hint:not(.cw-diag--error, .cw-diag--warning, .cw-diag--info) { border-color: var(--cw-hint, #5f6368); }
`;

/** lintCss as a Lit CSSResult. */
export const lintStyles = unsafeCSS(lintCss);
