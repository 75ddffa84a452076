/**
 * Keeps the heading when a range replacement swallows it. Selecting everything and deleting, or
 * pasting over everything, replaces the document from position 0; ProseMirror then refills the
 * required heading with its default attributes, which would silently drop the code, committee,
 * topic and sponsors. Heading edits themselves (setNodeMarkup, which replaces just the heading leaf,
 * positions 0 to 1) pass.
 */
import { Plugin, PluginKey } from "prosemirror-state";
import { ReplaceStep } from "prosemirror-transform";

export const headingGuardKey = new PluginKey("heading-guard");

export function headingGuardPlugin(): Plugin {
  return new Plugin({
    key: headingGuardKey,
    appendTransaction(transactions, oldState, newState) {
      const before = oldState.doc.firstChild!;
      const after = newState.doc.firstChild!;
      if (before === after || before.sameMarkup(after)) return null;
      const swallowed = transactions.some((tr) =>
        tr.steps.some((step) => {
          const { from, to } = step as unknown as { from: number; to: number };
          return step instanceof ReplaceStep && from === 0 && to > before.nodeSize;
        }),
      );
      if (!swallowed) return null;
      return newState.tr.setNodeMarkup(0, undefined, before.attrs);
    },
  });
}
