/**
 * ArrowUp and ArrowDown out of an empty clause. An empty clause is a flex row (its label, the
 * caret, a placeholder) and often holds a finding's point marker (a non-editable widget); in that
 * layout Chromium's own caret movement stays where it is. So the move is made here: to the line
 * above or below at the caret's horizontal position, as the browser does elsewhere (or to the end
 * or start of the neighbouring clause's text when that position cannot be read).
 */
import { Plugin, Selection, TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";

function moveVertically(view: EditorView, dir: -1 | 1): boolean {
  const { selection, doc } = view.state;
  const $head = selection.$head;
  if (!selection.empty || !$head.parent.isTextblock || $head.parent.content.size > 0) return false;
  const next = Selection.findFrom(doc.resolve(dir < 0 ? $head.before() : $head.after()), dir, true);
  if (!next) return false;
  let target = next.head;
  try {
    const here = view.coordsAtPos($head.pos);
    const there = view.coordsAtPos(next.head);
    const found = view.posAtCoords({ left: here.left, top: (there.top + there.bottom) / 2 });
    // Only a position in the same textblock as `next`: the coordinates may fall in a label's margin.
    if (found && doc.resolve(found.pos).parent === next.$head.parent) target = found.pos;
  } catch {
    // A view not laid out (hidden, or off-screen blocks of a long paper): the textblock's end or start.
  }
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, target)).scrollIntoView());
  return true;
}

export function emptyClauseArrowsPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
        if (event.key === "ArrowUp") return moveVertically(view, -1);
        if (event.key === "ArrowDown") return moveVertically(view, 1);
        return false;
      },
    },
  });
}
