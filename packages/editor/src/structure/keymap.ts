/**
 * The keyboard model of the editor, as one table so the toolbar, the README and the tests agree.
 */
import type { Command } from "prosemirror-state";
import { undo, redo } from "prosemirror-history";
import { baseKeymap } from "prosemirror-commands";
import * as structure from "./commands.ts";
import { acrossBlocks } from "./across-blocks.ts";
import { ownUndoStep } from "../plugins/undo-steps.ts";

// In a long paper the neighbours of a clause may sit in the next block (see across-blocks.ts).
// Each structure command is an undo step of its own, apart from the typing around it (undo-steps.ts).
const bound = (command: Command) => ownUndoStep(acrossBlocks(command));
/** Tab as bound: demote, also where the clause above sits in the previous block. */
export const demoteClause = bound(structure.demoteClause);
/** Shift-Tab as bound. */
export const promoteClause = bound(structure.promoteClause);
const splitClause = bound(structure.splitClause);
const joinClauseBackward = bound(structure.joinClauseBackward);
const joinClauseForward = bound(structure.joinClauseForward);
const moveClauseUp = bound(structure.moveClauseUp);
/** Alt-Down as bound. */
export const moveClauseDown = bound(structure.moveClauseDown);

export interface EditorAction {
  /** Stable id used for toolbar buttons (`data-action`). */
  id: string;
  /** The button's accessible name; it contains the visible text `short`. */
  label: string;
  /** The button's visible text. */
  short: string;
  /** Key bindings in prosemirror-keymap notation; the first is shown in the button's title. */
  keys: string[];
  command: Command;
  /** Whether the action appears in the toolbar. */
  toolbar: boolean;
}

export const editorActions: readonly EditorAction[] = [
  { id: "undo", short: "Undo", label: "Undo", keys: ["Mod-z"], command: undo, toolbar: true },
  { id: "redo", short: "Redo", label: "Redo", keys: ["Mod-Shift-z", "Mod-y"], command: redo, toolbar: true },
  { id: "new-clause", short: "New clause", label: "New clause", keys: ["Enter", "Shift-Enter"], command: splitClause, toolbar: true },
  { id: "demote", short: "Indent", label: "Indent: make a sub-clause", keys: ["Tab"], command: demoteClause, toolbar: true },
  { id: "promote", short: "Outdent", label: "Outdent: lift the sub-clause a level", keys: ["Shift-Tab"], command: promoteClause, toolbar: true },
  { id: "move-up", short: "Move up", label: "Move up: clause before the previous one, or into the preamble", keys: ["Alt-ArrowUp"], command: moveClauseUp, toolbar: true },
  { id: "move-down", short: "Move down", label: "Move down: clause after the next one, or into the operative part", keys: ["Alt-ArrowDown"], command: moveClauseDown, toolbar: true },
  { id: "join", short: "Join", label: "Join with the previous clause", keys: ["Backspace"], command: joinClauseBackward, toolbar: false },
  { id: "join-next", short: "Join next", label: "Join the next clause to this one", keys: ["Delete"], command: joinClauseForward, toolbar: false },
];

/** The bindings for prosemirror-keymap. */
export function structureBindings(): Record<string, Command> {
  const bindings: Record<string, Command> = {};
  for (const action of editorActions) for (const key of action.keys) bindings[key] = action.command;
  // The other keys the base keymap gives its Backspace and Delete (Shift-Backspace, Ctrl-Backspace,
  // Ctrl-Delete; on a Mac also Ctrl-H, Alt-Backspace, Ctrl-D …) join clauses the same way: left to
  // the base keymap, at a clause's start they would select the clause above (the next letter typed
  // replaced it) or lift a sub-clause. Inside text they still delete as the browser does.
  for (const [key, command] of Object.entries(baseKeymap)) {
    if (key in bindings) continue;
    if (command === baseKeymap["Backspace"]) bindings[key] = joinClauseBackward;
    else if (command === baseKeymap["Delete"]) bindings[key] = joinClauseForward;
  }
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
