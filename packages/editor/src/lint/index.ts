/**
 * Linting inside the editor: the incremental ProseMirror lint plugin, its commands and keymap,
 * the finding card and the findings panel. See README.md in this folder for the design.
 */

/** What the plugin needs from a rule engine; `Linter` from @clausewise/lint satisfies it. */
export type { LintSource } from "./source.ts";

/** The plugin (`lintPlugin({source, onDiagnostics})`), its view part, and settled-findings subscriptions. */
export { lintPlugin, subscribeDiagnostics, lintViewOf, type LintPluginOptions } from "./plugin.ts";

/** The plugin key, its state shape, and the transaction running document rules now (state-only use). */
export { lintPluginKey, documentLintTransaction, deferredRanges, type LintPluginState, type LintAction } from "./state.ts";

/** Errors thrown by a source are reported here instead of breaking the keystroke (default: console.error). */
export { setLintErrorHandler } from "./state.ts";

/** Reading findings: current positions, offsets and clause refs, derived lazily. */
export { getDiagnostics, getDiagnosticsByClause, isLintPending } from "./read.ts";

/** Fixes (one undoable transaction each), flushing, enabling, changing the source, navigation. */
export {
  applyFix,
  fixTransaction,
  applyAllFixes,
  fixAllTransaction,
  currentDiagnostic,
  revealDiagnostic,
  focusView,
  selectInView,
  lintNow,
  setLintEnabled,
  setLintSource,
  relint,
  nextDiagnostic,
  previousDiagnostic,
  openFindingCard,
  closeFindingCard,
} from "./commands.ts";
// Which findings "fix all" takes: the policy is the linter's, shared with `clausewise lint --fix`.
export { BULK_FIX_CATEGORIES, fixableInBulk } from "@clausewise/lint";

/** F8 / Shift-F8 / Mod-. / Escape bindings, as a plugin or as data. */
export { lintKeymap, lintKeyBindings } from "./keymap.ts";

/** Underline CSS (`lintStyles` for Lit hosts, `lintCss` as text) and the decoration class name. */
export { lintStyles, lintCss } from "./styles.ts";
export { diagnosticClass } from "./decorations.ts";

/** The finding card element and its controller options. */
export { FindingCard, type FixRequest, type CardComment } from "./card.ts";
export type { CardOptions } from "./card-controller.ts";

/** `<cw-findings-panel>`: findings by clause, counts, keyboard navigation, live announcements. */
export { FindingsPanel, describeNewFindings } from "./panel.ts";
export { ListEndWatcher } from "./list-end.ts";

/** Where a popup anchored to a word goes in the viewport (the card's placement; no DOM). */
export { placePopup, type Box, type Placement } from "./placement.ts";

/** O(log n) per-child decoration lookups for nodes with many decorated children (any plugin may use it). */
export { fastDecorations } from "./fast-decorations.ts";

/** The baseline plugin for the benchmark: whole-document lint and decoration rebuild per change. */
export { naiveLintPlugin, naiveLintPluginKey, uncachedSource } from "./naive.ts";
