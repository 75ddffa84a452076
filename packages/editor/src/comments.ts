/**
 * Reviewers' comments: `comment` marks (packages/schema) on a range of clause text. Adding and
 * removing them are transactions, so undo covers them and they move with the text.
 */
import type { Node } from "prosemirror-model";
import type { EditorState, Transaction } from "prosemirror-state";
import { clauseModel, newClauseId, schema, type CommentAttrs } from "@clausewise/schema";

export interface CommentInput {
  body: string;
  author?: string;
  /** Comment on this clause's text instead of the selection. */
  clauseId?: string;
}

export interface EditorComment extends CommentAttrs {
  /** The clause the comment starts in, and its printed path ("3(a)", "p2"). */
  clauseId: string;
  clausePath: string;
  /** The commented text. */
  text: string;
  from: number;
  to: number;
}

/** The range a comment goes on: a clause's text, else the selection, else the cursor's clause text. */
function commentRange(state: EditorState, clauseId?: string): { from: number; to: number } {
  if (clauseId) {
    const clause = clauseModel(state.doc).clauses.find((c) => c.id === clauseId);
    if (!clause) throw new Error(`addComment: no clause with id "${clauseId}"`);
    if (clause.textFrom === clause.textTo) throw new Error(`addComment: clause ${clause.path} has no text to comment on`);
    return { from: clause.textFrom, to: clause.textTo };
  }
  const { from, to, empty, $from } = state.selection;
  if (!empty) return { from, to };
  if (!$from.parent.isTextblock || $from.parent.content.size === 0) {
    throw new Error("addComment: select some text, or put the cursor in a clause that has text");
  }
  return { from: $from.start(), to: $from.end() };
}

/** A transaction adding a comment; returns it with the new comment's id. */
export function addCommentTransaction(state: EditorState, input: CommentInput): { tr: Transaction; id: string } {
  if (typeof input?.body !== "string" || !input.body.trim()) throw new Error("addComment: the comment needs a non-empty body");
  const { from, to } = commentRange(state, input.clauseId);
  const id = newClauseId().replace(/^c/, "m");
  const mark = schema.marks.comment.create({ id, author: input.author ?? "", body: input.body, created: new Date().toISOString() });
  return { tr: state.tr.addMark(from, to, mark), id };
}

/** A transaction removing every range of a comment, or null when there is no such comment. */
export function removeCommentTransaction(state: EditorState, id: string): Transaction | null {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type === schema.marks.comment && mark.attrs.id === id) tr.removeMark(pos, pos + node.nodeSize, mark);
    }
    return false;
  });
  return tr.docChanged ? tr : null;
}

/** Every comment in document order, its ranges merged. */
export function listComments(doc: Node): EditorComment[] {
  const byId = new Map<string, EditorComment>();
  const clauses = clauseModel(doc).clauses;
  const clauseOf = (pos: number) => {
    const c = clauses.find((k) => (pos >= k.textFrom && pos <= k.textTo) || (k.continuation && pos >= k.continuation.from && pos <= k.continuation.to));
    return c ? { id: c.id, path: c.path } : { id: "", path: "" };
  };
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type !== schema.marks.comment) continue;
      const attrs = mark.attrs as CommentAttrs;
      const existing = byId.get(attrs.id);
      if (existing) {
        existing.to = pos + node.nodeSize;
        existing.text += node.text ?? "";
      } else {
        const clause = clauseOf(pos);
        byId.set(attrs.id, { ...attrs, clauseId: clause.id, clausePath: clause.path, text: node.text ?? "", from: pos, to: pos + node.nodeSize });
      }
    }
    return false;
  });
  return [...byId.values()];
}
