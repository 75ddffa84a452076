/**
 * The element's plugins, in priority order: one list for `<resolution-editor>` and for the
 * headless harness the property tests edit through (test/property/editor-harness.ts), so the
 * tests always exercise what delegates use.
 */
import type { Plugin } from "prosemirror-state";
import { keymap } from "prosemirror-keymap";
import { baseKeymap } from "prosemirror-commands";
import { history } from "prosemirror-history";
import { lintPlugin, lintKeymap, type LintPluginOptions } from "../lint/index.ts";
import { structureBindings } from "../structure/keymap.ts";
import { typedLabelsPlugin } from "../structure/typed-labels.ts";
import { pastePlugin } from "../paste/paste-plugin.ts";
import { autocompletePlugin } from "./autocomplete.ts";
import { clauseIdsPlugin } from "./clause-ids.ts";
import { operativeBlocksPlugin } from "./operative-blocks.ts";
import { blockFramesPlugin } from "./block-frames.ts";
import { headingGuardPlugin } from "./heading-guard.ts";
import { openingPhrasesPlugin } from "./opening-phrases.ts";
import { undoStepsPlugin } from "./undo-steps.ts";
import { emptyClauseArrowsPlugin } from "./empty-clause-arrows.ts";
import { tabInPaperPlugin } from "./tab-in-paper.ts";
import { deletedRangeRepairPlugin } from "../structure/deleted-range-repair.ts";

export interface EditorPluginOptions {
  /** The committee pasted text is read for. */
  committee: () => string;
  lint: LintPluginOptions;
}

export function editorPlugins(options: EditorPluginOptions): Plugin[] {
  return [
    autocompletePlugin(),
    typedLabelsPlugin(),
    pastePlugin(options.committee),
    lintKeymap(),
    emptyClauseArrowsPlugin(),
    keymap(structureBindings()),
    keymap(baseKeymap),
    tabInPaperPlugin(),
    history(),
    deletedRangeRepairPlugin(),
    clauseIdsPlugin(),
    operativeBlocksPlugin(),
    blockFramesPlugin(),
    headingGuardPlugin(),
    openingPhrasesPlugin(),
    lintPlugin(options.lint),
    // Last: closes the history after a structure command and what the plugins above append to it.
    undoStepsPlugin(),
  ];
}
