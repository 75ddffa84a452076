/**
 * @clausewise/editor: `<resolution-editor>`, the embeddable working-paper editor.
 *
 * Importing this module defines the element (guarded: a second copy does nothing). Hosts that
 * want another tag name import `ResolutionEditor` and call `defineResolutionEditor(name)`.
 */
import { defineResolutionEditor } from "./element/define.ts";

export { ResolutionEditor } from "./element/resolution-editor.ts";
export { headingFieldPatch, namesOf, type HeadingPatch } from "./element/heading-fields.ts";
export type { EditorMode, DiagnosticsChangeDetail, ResolutionChangeDetail } from "./element/resolution-editor.ts";
export { defineResolutionEditor, RESOLUTION_EDITOR_TAG } from "./element/define.ts";
export type { CommentInput, EditorComment } from "./comments.ts";
/**
 * Papers with more operative clauses than this are compilations: the element skips rendering
 * their off-screen blocks unless it has `render-all` (see the README, "Compilations").
 */
export { SKIP_OFFSCREEN_ABOVE as COMPILATION_ABOVE } from "./plugins/block-frames.ts";
/** Whether a finding is one the element's `fixAll()` applies (format and style, but repeated openings), for hosts' own buttons. */
export { fixableInBulk } from "@clausewise/lint";
/** Pages a long list as its end scrolls near: the findings panel's, for hosts listing findings themselves. */
export { ListEndWatcher } from "./lint/list-end.ts";

/** The structural commands and the keyboard model, for hosts building their own ProseMirror editor. */
export { splitClause, demoteClause, promoteClause, joinClauseBackward, joinClauseForward, moveClauseUp, moveClauseDown } from "./structure/commands.ts";
export { editorActions, structureBindings, type EditorAction } from "./structure/keymap.ts";

defineResolutionEditor();
