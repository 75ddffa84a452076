/**
 * Labels typed out of habit at the start of a clause ("1. ", "(a) ", "- "), as in a word
 * processor. Numbers and labels are drawn from a clause's place, so a typed one would print
 * twice. When the space after such a label is typed at the very start of a clause's text (the
 * prefix the typed-label rule reads), the label is read as the level it names and removed:
 * a number is a top-level clause, "(a)" a sub-clause, "(i)" the level below, "a." and "i." the
 * two below that (as the paper prints them). The clause moves to that level when one step can take
 * it there: a letter or a bullet makes an operative clause a sub-clause of the one above (as Tab),
 * a shallower label lifts a sub-clause (as Shift-Tab, as often as needed), and a number typed in
 * the last preambular clause makes it the first operative clause. Where nothing can move (a first
 * clause, the preamble), a letter stays as typed and the rule says what to do. The space is typed
 * first and the label removed in an undo step of its own, so Ctrl-Z brings back "(a) " as typed,
 * as undoing an autocorrection does.
 */
import { Plugin, Selection, type EditorState, type Transaction } from "prosemirror-state";
import { schema } from "@clausewise/schema";
import { typedLabelPrefix } from "@clausewise/lint";
import { cursorContext } from "./context.ts";
import { demoteClause, promoteClause, moveClauseDown } from "./keymap.ts";
import { asOwnUndoStep } from "../plugins/undo-steps.ts";

/** Longer than any label the rule reads ("(viii) " and leading spaces). */
const MAX_LABEL = 12;

export interface TypedLabelAction {
  /** Where the label is, in the state the action was read from (removed with the space after it). */
  from: number;
  to: number;
  /** Then: one Tab. */
  demote: boolean;
  /** Then: this many Shift-Tabs. */
  promote: number;
  /** Then: the last preambular clause becomes the first operative clause. */
  toOperative: boolean;
}

/**
 * The level a typed label names: 0 for a number, 1 to 4 for (a), (i), a., i.; a roman numeral
 * that is also a letter ("(i)", "(v)", "x.") is read as whichever of its two levels is nearer the
 * clause's own. null for a bullet, which names no level.
 */
export function labelLevel(typed: string, level: number): number | null {
  const t = typed.trim();
  if (/^\(?\d/u.test(t)) return 0;
  const m = /^\(?([a-z]+)[.)]?$/iu.exec(t);
  if (!m) return null;
  const body = m[1]!.toLowerCase();
  const dotted = t.endsWith(".");
  const letterLevel = dotted ? 3 : 1;
  const romanLevel = dotted ? 4 : 2;
  const roman = /^[ivx]+$/u.test(body);
  if (!roman) return letterLevel;
  if (body.length > 1) return romanLevel;
  return Math.abs(level - letterLevel) < Math.abs(level - romanLevel) ? letterLevel : romanLevel;
}

/**
 * What typing a space at the cursor does when the text before it is a typed label: remove it
 * (`from`-`to`), and then move the clause, or null when the space is ordinary text.
 */
export function typedLabelAction(state: EditorState): TypedLabelAction | null {
  if (!state.selection.empty) return null;
  const at = cursorContext(state);
  if (!at || at.textblock.type !== schema.nodes.clause_text || at.offset === 0 || at.offset > MAX_LABEL) return null;
  const typed = `${at.textblock.textBetween(0, at.offset)} `;
  if (typedLabelPrefix(typed) !== typed) return null;
  const from = at.textblockPos + 1;
  const to = from + at.offset;
  const none = { from, to, demote: false, promote: 0, toOperative: false };
  const c = at.clause;
  const target = labelLevel(typed, c.level);
  if (c.section === "preamble") {
    if (target !== 0) return null;
    const last = c.index === state.doc.child(1).childCount - 1;
    return { ...none, toOperative: last };
  }
  if (target !== null && target < c.level) return { ...none, promote: c.level - target };
  if (target === 0 || target === c.level) return none;
  if (c.level > 0 && (target === null || target > c.level + 1)) return none;
  if (!demoteClause(state.apply(state.tr.delete(from, to)))) return c.level > 0 ? none : null;
  return { ...none, demote: true };
}

/** Shift-Tab `times` times, as one transaction (so one Ctrl-Z undoes the whole lift). */
function promoted(state: EditorState, times: number): Transaction {
  const tr = state.tr;
  let current = state;
  for (let i = 0; i < times; i++) {
    let next: Transaction | null = null;
    if (!promoteClause(current, (t) => (next = t))) break;
    const step: Transaction = next!;
    for (const s of step.steps) tr.step(s);
    tr.setSelection(Selection.fromJSON(tr.doc, step.selection.toJSON()));
    // The same state with the lifted document (no plugin appends in between, so the next lift's
    // positions are those of tr.doc).
    current = Object.create(current, { doc: { value: tr.doc }, selection: { value: tr.selection } }) as EditorState;
  }
  return tr;
}

export function typedLabelsPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, _from, _to, text) {
        if (text !== " ") return false;
        const action = typedLabelAction(view.state);
        if (!action) return false;
        // The space as typed (with the typing before it), then the label out in a step of its own.
        view.dispatch(view.state.tr.insertText(" "));
        view.dispatch(asOwnUndoStep(view.state.tr.delete(action.from, action.to + 1)));
        if (action.demote) demoteClause(view.state, view.dispatch);
        if (action.promote > 0) view.dispatch(asOwnUndoStep(promoted(view.state, action.promote)));
        if (action.toOperative) moveClauseDown(view.state, view.dispatch);
        return true;
      },
    },
  });
}
