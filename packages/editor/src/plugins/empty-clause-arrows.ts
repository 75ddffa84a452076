/**
 * ArrowUp and ArrowDown out of an empty clause. An empty clause is a flex row (its label, the
 * caret, a placeholder) and often holds a finding's point marker (a non-editable widget); in that
 * layout Chromium's own caret movement stays where it is. So the move is made here: to the start
 * of the line above or below (an empty clause's caret is at the start of its line).
 */
import { Plugin, Selection, TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";

function moveVertically(view: EditorView, dir: -1 | 1): boolean {
  const { selection, doc } = view.state;
  const $head = selection.$head;
  if (!selection.empty || !$head.parent.isTextblock || $head.parent.content.size > 0) return false;
  const next = Selection.findFrom(doc.resolve(dir < 0 ? $head.before() : $head.after()), dir, true);
  if (!next) return false;
  // An empty clause's caret is at the start of its line: Down goes to the start of the next
  // clause's text, Up to the start of the last line of the clause above.
  let target = next.head;
  if (dir < 0) {
    try {
      const block = view.nodeDOM(next.$head.before()) as HTMLElement | null;
      const end = view.coordsAtPos(next.head);
      const found = block && view.posAtCoords({ left: block.getBoundingClientRect().left + 1, top: (end.top + end.bottom) / 2 });
      // Only a position in the same textblock: the point may fall on a label's margin.
      if (found && doc.resolve(found.pos).parent === next.$head.parent) target = found.pos;
      else target = next.$head.start();
    } catch {
      // A view not laid out (hidden, or off-screen blocks of a long paper): the textblock's start.
      target = next.$head.start();
    }
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
