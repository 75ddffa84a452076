/**
 * The paper: how the clause tree looks. Numbers, sub-clause labels and end punctuation are drawn
 * with CSS counters and pseudo-elements driven by the structure, so they are never part of the
 * editable text (they cannot be typed over or selected) and cost nothing to recompute when a
 * clause is inserted at the top of a long paper. They follow clauseModel() in @clausewise/schema:
 *
 *   operative clauses   1.  2.  3.           counter cw-l0, decimal
 *   level 1             (a) (b)              counter cw-l1, lower-alpha in brackets
 *   level 2             (i) (ii)             counter cw-l2, lower-roman in brackets
 *   level 3             a.  b.               counter cw-l3, lower-alpha with a full stop
 *   level 4             i.  ii.              counter cw-l4, lower-roman with a full stop
 *
 * Each level is indented one step (2.5em) further than its parent, its label hanging in that step:
 * a clause's label starts where its parent's text starts, as in the conference format of the
 * DOCX export (packages/formats docx-export.ts: label at `depth` steps, text at `depth + 1`).
 *
 *   ","  after every preambular clause
 *   ":"  after a clause's text when sub-clauses follow
 *   ";"  after every other textblock of the operative part
 *   "."  after the last textblock of the operative part
 *
 * lower-alpha runs a..z then aa, ab in CSS, where the UN writes (aa), (bb): the two agree up to 26
 * sub-clauses at one level. The end punctuation is set as `--cw-end` on the ::after and drawn
 * from it, so that an empty clause's placeholder can be drawn with it (below).
 *
 * An empty textblock holds ProseMirror's trailing <br>, which put its end punctuation on a line
 * of its own; it is a flex row (label, caret, punctuation on one line), marked `cw-empty` by the
 * opening-phrase plugin. An empty top-level clause shows what to type as a placeholder, drawn
 * before its punctuation and left out of the accessibility tree (`content: … / alt`).
 */
import { unsafeCSS } from "lit";

// Operative clauses sit in the section, or in its blocks in a long paper (schema blocks.ts);
// blocks are invisible and numbering runs across them. In the editor a block is a frame around
// its clauses (plugins/block-frames.ts); serialised (toDOM) it holds them directly.
const op = ":is(.cw-operative, .cw-block, .cw-block-content) > .cw-operative-clause";
const l1 = `${op} > .cw-subclause`;
const l2 = `${l1} > .cw-subclause`;
const l3 = `${l2} > .cw-subclause`;
const l4 = `${l3} > .cw-subclause`;

/** The last textblock of the operative part, at each depth it can be found. */
const lastBlock = ".cw-operative > .cw-block:last-child";
const lastChain = [`:is(.cw-operative, ${lastBlock}, ${lastBlock} > .cw-block-content) > .cw-operative-clause:last-child`];
for (let level = 1; level <= 4; level++) lastChain.push(`${lastChain[level - 1]} > .cw-subclause:last-child`);
const lastTextblocks = lastChain.flatMap((clause) => [`${clause} > .cw-text:last-child::after`, `${clause} > .cw-continuation::after`]);

/**
 * Custom properties the element sets on its own nodes and reads back (not theming hooks for the
 * host page, so custom-elements.json does not list them): a block frame's first measured height.
 */
export const internalCustomProperties: readonly string[] = ["--cw-block-size", "--cw-end"];

export const paperStyles = unsafeCSS(`
.ProseMirror {
  position: relative;
  outline: none;
  white-space: pre-wrap;
  word-wrap: break-word;
  font-variant-ligatures: none;
  font-feature-settings: "liga" 0;
  min-height: var(--resolution-editor-min-height, 12rem);
  padding: var(--resolution-editor-paper-padding, 1.5rem 2rem);
  line-height: var(--resolution-editor-line-height, 1.5);
}
.ProseMirror pre { white-space: pre-wrap; }
.ProseMirror-hideselection *::selection { background: transparent; }
.ProseMirror-hideselection { caret-color: transparent; }
.ProseMirror [draggable][contenteditable=false] { user-select: text; }
.ProseMirror-selectednode { outline: 2px solid var(--resolution-editor-accent, #1d4ed8); }
.ProseMirror:focus-visible { outline: 2px solid var(--resolution-editor-focus-ring, #1d4ed8); outline-offset: 2px; }

.cw-heading { display: none; }
.cw-preamble, .cw-operative, .cw-block, .cw-block-content { display: block; margin: 0; }
/* A block whose height is known is a layout boundary: a keystroke is laid out within it
   (plugins/block-frames.ts). Printing lays the paper out at another width without resize
   observations, so the frames give their heights up there. */
.cw-block.cw-sized { contain: size layout; }
/* A compilation (plugins/block-frames.ts, SKIP_OFFSCREEN_ABOVE) skips rendering its off-screen
   blocks unless the element has render-all: Chromium then leaves them out of the text it reads
   on every key press (31 → 3 ms a key at 5,000 clauses). Each frame carries its counter-reset. */
:host(:not([render-all])) .cw-skip-offscreen .cw-block.cw-settled {
  content-visibility: auto; contain: none; height: auto !important;
  contain-intrinsic-block-size: auto var(--cw-block-size, 2000px); }
@media print { .cw-block.cw-sized { contain: none; height: auto !important; content-visibility: visible !important; } }
.cw-operative { counter-reset: cw-l0; margin-top: 0.75em; }
/* Each clause is laid out on its own (a block formatting context): when a keystroke changes one
   clause's height, the clauses after it only move, and the browser does not lay their contents
   out again. flow-root, not contain: layout: containment also makes every clause a stacking
   context with its own paint layer, and Chromium's hit test (run for hover after every layout
   while the mouse is over the page) walks them all: 17 ms at 5,000 clauses against 0.5 ms
   (bench/RESULTS.md). Not content-visibility per clause either: it hides off-screen clauses from
   the accessibility tree and scopes the counters (compilations use it per block, above). */
.cw-clause { margin: 0; display: flow-root; }
.cw-text, .cw-continuation { margin: 0 0 0.4em; min-height: 1.5em; }
.cw-preambular > .cw-text { text-indent: 2em; }
.cw-preambular > .cw-text::after { --cw-end: ","; }

${op} { counter-increment: cw-l0; counter-reset: cw-l1; padding-left: 2.5em; }
${op} > .cw-text::before { content: counter(cw-l0) ". "; }
${l1} { counter-increment: cw-l1; counter-reset: cw-l2; padding-left: 2.5em; }
${l1} > .cw-text::before { content: "(" counter(cw-l1, lower-alpha) ") "; }
${l2} { counter-increment: cw-l2; counter-reset: cw-l3; padding-left: 2.5em; }
${l2} > .cw-text::before { content: "(" counter(cw-l2, lower-roman) ") "; }
${l3} { counter-increment: cw-l3; counter-reset: cw-l4; padding-left: 2.5em; }
${l3} > .cw-text::before { content: counter(cw-l3, lower-alpha) ". "; }
${l4} { counter-increment: cw-l4; padding-left: 2.5em; }
${l4} > .cw-text::before { content: counter(cw-l4, lower-roman) ". "; }
${op} > .cw-text::before, .cw-subclause > .cw-text::before {
  display: inline-block;
  min-width: 2.5em;
  margin-left: -2.5em;
  color: var(--resolution-editor-label-color, inherit);
  user-select: none;
}

.cw-operative .cw-text::after, .cw-operative .cw-continuation::after { --cw-end: ";"; }
.cw-operative .cw-text:not(:last-child)::after { --cw-end: ":"; }
${lastTextblocks.join(",\n")} { --cw-end: "."; }
.cw-text::after, .cw-continuation::after { content: var(--cw-end); user-select: none; color: var(--resolution-editor-punctuation-color, inherit); }
.cw-empty { display: flex; align-items: baseline; }
.cw-preambular > .cw-empty { text-indent: 0; padding-left: 2em; }
.cw-empty::after { color: var(--resolution-editor-placeholder-color, #6b7280); }
.cw-preambular > .cw-empty::after { content: "Preambular clause: start with a phrase such as Recalling" var(--cw-end) / var(--cw-end); }
.cw-operative-clause > .cw-empty::after { content: "Operative clause: start with a verb such as Requests" var(--cw-end) / var(--cw-end); }

.cw-opening { font-style: italic; }
.cw-comment { background: var(--resolution-editor-comment-background, #fef3c7); color: inherit; }
`);
