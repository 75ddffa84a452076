/**
 * Labels typed out of habit at the start of a clause ("1. ", "(a) "), as in a word processor.
 * Numbers and labels are drawn from a clause's place, so a typed one would print twice. When the
 * space after such a label is typed at the very start of a clause's text, the label is read as
 * what it means: a number is dropped; a letter label makes an operative clause a sub-clause of the
 * one above (as Tab does), or is dropped in a sub-clause. Where that cannot be (a first clause),
 * the text stays as typed and the typed-label rule says what to do.
 */
import { Plugin, type EditorState, type Transaction } from "prosemirror-state";
import { schema } from "@clausewise/schema";
import { cursorContext } from "./context.ts";
import { demoteClause } from "./commands.ts";
import { acrossBlocks } from "./across-blocks.ts";

const demote = acrossBlocks(demoteClause);

/** "1." "1)" "(1)" */
const NUMBER = /^(?:\d{1,3}[.)]|\(\d{1,3}\))$/u;
/** "(a)" "(iv)" "a)" */
const LETTER = /^(?:\([a-z]{1,4}\)|[a-z]\))$/iu;

/**
 * What typing a space at the cursor does when the text before it is a typed label: the
 * transactions to dispatch in order (the label removed, then the clause demoted), or null when
 * the space is ordinary text.
 */
export function typedLabelSteps(state: EditorState): Transaction[] | null {
  if (!state.selection.empty) return null;
  const at = cursorContext(state);
  if (!at || at.textblock.type !== schema.nodes.clause_text || at.offset === 0 || at.offset > 7) return null;
  const typed = at.textblock.textBetween(0, at.offset);
  const isNumber = NUMBER.test(typed);
  if (!isNumber && !LETTER.test(typed)) return null;
  const drop = state.tr.delete(at.textblockPos + 1, at.textblockPos + 1 + at.offset);
  if (isNumber || at.clause.level > 0) return [drop];
  if (at.clause.section !== "operative") return null;
  let demoted: Transaction | null = null;
  if (!demote(state.apply(drop), (tr) => (demoted = tr))) return null;
  return [drop, demoted!];
}

export function typedLabelsPlugin(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, _from, _to, text) {
        if (text !== " ") return false;
        const steps = typedLabelSteps(view.state);
        if (!steps) return false;
        view.dispatch(steps[0]!);
        // The demotion again from the state the first step left (other plugins may have added to it).
        if (steps.length > 1) demote(view.state, view.dispatch);
        return true;
      },
    },
  });
}
