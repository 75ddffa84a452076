/**
 * Labels typed out of habit at the start of a clause ("1. ", "(a) ", "- "), as in a word
 * processor. Numbers and labels are drawn from a clause's place, so a typed one would print
 * twice. When the space after such a label is typed at the very start of a clause's text (the
 * prefix the typed-label rule reads), the label is read as what it means: a number is dropped; a
 * letter label or a bullet makes an operative clause a sub-clause of the one above (as Tab does),
 * or is dropped in a sub-clause. Where that cannot be (a first clause, the preamble), the text stays
 * as typed and the rule says what to do.
 */
import { Plugin, type EditorState, type Transaction } from "prosemirror-state";
import { schema } from "@clausewise/schema";
import { typedLabelPrefix } from "@clausewise/lint";
import { cursorContext } from "./context.ts";
import { demoteClause } from "./keymap.ts";

/** Longer than any label the rule reads ("(viii) " and leading spaces). */
const MAX_LABEL = 12;

/**
 * What typing a space at the cursor does when the text before it is a typed label: remove it
 * (`drop`), and then demote the clause, or null when the space is ordinary text.
 */
export function typedLabelAction(state: EditorState): { drop: Transaction; demote: boolean } | null {
  if (!state.selection.empty) return null;
  const at = cursorContext(state);
  if (!at || at.textblock.type !== schema.nodes.clause_text || at.offset === 0 || at.offset > MAX_LABEL) return null;
  const typed = `${at.textblock.textBetween(0, at.offset)} `;
  if (typedLabelPrefix(typed) !== typed) return null;
  const drop = state.tr.delete(at.textblockPos + 1, at.textblockPos + 1 + at.offset);
  if (/^\s*\(?\d/u.test(typed) || at.clause.level > 0) return { drop, demote: false };
  if (at.clause.section !== "operative" || !demoteClause(state.apply(drop))) return null;
  return { drop, demote: true };
}

export function typedLabelsPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, _from, _to, text) {
        if (text !== " ") return false;
        const action = typedLabelAction(view.state);
        if (!action) return false;
        view.dispatch(action.drop);
        if (action.demote) demoteClause(view.state, view.dispatch);
        return true;
      },
    },
  });
}
