/**
 * The keyboard model of the editor, as one table so the toolbar, the README and the tests agree.
 */
import type { Command } from "prosemirror-state";
import { undo, redo } from "prosemirror-history";
import { demoteClause, promoteClause, splitClause, joinClauseBackward, moveClauseUp, moveClauseDown } from "./commands.ts";

export interface EditorAction {
  /** Stable id used for toolbar buttons (`data-action`). */
  id: string;
  /** The button's accessible name. */
  label: string;
  /** Key bindings in prosemirror-keymap notation; the first is shown in the button's title. */
  keys: string[];
  command: Command;
  /** Whether the action appears in the toolbar. */
  toolbar: boolean;
}

export const editorActions: readonly EditorAction[] = [
  { id: "undo", label: "Undo", keys: ["Mod-z"], command: undo, toolbar: true },
  { id: "redo", label: "Redo", keys: ["Mod-Shift-z", "Mod-y"], command: redo, toolbar: true },
  { id: "new-clause", label: "New clause", keys: ["Enter", "Shift-Enter"], command: splitClause, toolbar: true },
  { id: "demote", label: "Make sub-clause (indent)", keys: ["Tab"], command: demoteClause, toolbar: true },
  { id: "promote", label: "Make parent-level clause (outdent)", keys: ["Shift-Tab"], command: promoteClause, toolbar: true },
  { id: "move-up", label: "Move clause up", keys: ["Alt-ArrowUp"], command: moveClauseUp, toolbar: true },
  { id: "move-down", label: "Move clause down", keys: ["Alt-ArrowDown"], command: moveClauseDown, toolbar: true },
  { id: "join", label: "Join with previous clause", keys: ["Backspace"], command: joinClauseBackward, toolbar: false },
];

/** The bindings for prosemirror-keymap. */
export function structureBindings(): Record<string, Command> {
  const bindings: Record<string, Command> = {};
  for (const action of editorActions) for (const key of action.keys) bindings[key] = action.command;
  return bindings;
}

/** "Mod-Shift-z" as a person reads it on this platform: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function describeKeys(keys: string, mac: boolean): string {
  const names: Record<string, string> = mac
    ? { Mod: "⌘", Shift: "⇧", Alt: "⌥", Ctrl: "⌃", ArrowUp: "↑", ArrowDown: "↓" }
    : { Mod: "Ctrl", ArrowUp: "Up", ArrowDown: "Down" };
  const parts = keys.split("-").map((p) => names[p] ?? (p.length === 1 ? p.toUpperCase() : p));
  return parts.join(mac ? "" : "+");
}
