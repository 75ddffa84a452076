/**
 * Reviewers' comments as the lint UI sees them: `comment` marks (packages/schema) read by name, so
 * that the card can show the comments at the cursor beside its findings and F8 can step to them.
 * No DOM here.
 */
import type { Mark, Node } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import type { CardComment } from "./card.ts";

const isComment = (m: Mark) => m.type.name === "comment";

function push(list: CardComment[], marks: readonly Mark[] | undefined): void {
  for (const m of marks ?? []) {
    if (isComment(m) && !list.some((c) => c.id === m.attrs.id)) list.push({ id: m.attrs.id, author: m.attrs.author ?? "", body: m.attrs.body ?? "" });
  }
}

/**
 * The comments on the text at the selection: for a cursor, on the character before or after it
 * (so a click at either end of a commented word counts); for a range, on its first character.
 */
export function commentsAtSelection(state: EditorState): CardComment[] {
  const { $from, empty } = state.selection;
  const list: CardComment[] = [];
  push(list, $from.nodeAfter?.marks);
  if (empty) push(list, $from.nodeBefore?.marks);
  return list;
}

/** Every comment's range in document order (adjacent pieces of one comment joined), for F8. */
export function commentRanges(doc: Node): { from: number; to: number }[] {
  const ranges: { from: number; to: number; id: string }[] = [];
  if (!doc.type.schema.marks.comment) return ranges;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const m of node.marks) {
      if (!isComment(m)) continue;
      const open = ranges.find((r) => r.id === m.attrs.id && r.to === pos);
      if (open) open.to = pos + node.nodeSize;
      else ranges.push({ from: pos, to: pos + node.nodeSize, id: m.attrs.id });
    }
    return false;
  });
  return ranges;
}
