/**
 * The structural editing commands of a working paper, as plain ProseMirror commands
 * `(state, dispatch) => boolean`. They know the clause tree (preamble, operative clauses,
 * sub-clauses to four levels, continuations) and keep it valid, so a delegate edits structure with
 * Enter, Tab, Backspace and Alt-arrows as in a word processor's outline.
 *
 * Each command replaces the smallest subtree it must (a clause and its neighbour, or a parent) and
 * places the cursor at the same spot of the text it was in.
 */
import { Fragment, type Node } from "prosemirror-model";
import { Selection, TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import { schema, newClauseId } from "@clausewise/schema";
import { typedEndPunctuation } from "@clausewise/lint";
import {
  cursorContext,
  fitsAtLevel,
  hasContinuation,
  hasSubclauses,
  isClauseNode,
  lastTextblockEnd,
  operativeTypeAt,
  type ClauseContext,
  type CursorContext,
} from "./context.ts";

const { clause_text, continuation, subclause, operative_clause, preambular_clause } = schema.nodes;

/** A fresh empty clause of a type. */
function emptyClause(type: typeof subclause): Node {
  return type.create({ id: newClauseId() }, clause_text.create());
}

/** The same clause as another type (operative clause ↔ sub-clause share a content expression). */
function retype(node: Node, type: typeof subclause): Node {
  return node.type === type ? node : type.create(node.attrs, node.content, node.marks);
}

/**
 * Replaces [from, to) with nodes and keeps the selection at the same offsets inside the clause
 * that moved from `oldStart` to `newStart` (the selection must lie inside that clause).
 */
function replaceFollowing(tr: Transaction, from: number, to: number, nodes: Node | Node[], oldStart: number, newStart: number): Transaction {
  const { anchor, head } = tr.selection;
  const shift = newStart - oldStart;
  tr.replaceWith(from, to, nodes);
  return tr.setSelection(TextSelection.create(tr.doc, anchor + shift, head + shift));
}

/** A node with `extra` appended to the content of its last textblock (with a space between words). */
function appendToLastTextblock(node: Node, extra: Fragment, space = true): Node {
  if (node.isTextblock) {
    const needsSpace = space && node.content.size > 0 && extra.size > 0;
    const joined = needsSpace ? node.content.append(Fragment.from(schema.text(" "))).append(extra) : node.content.append(extra);
    return node.copy(joined);
  }
  const last = node.lastChild!;
  return node.copy(node.content.replaceChild(node.childCount - 1, appendToLastTextblock(last, extra, space)));
}

function childrenOf(node: Node, from = 0, to = node.childCount): Node[] {
  const out: Node[] = [];
  for (let i = from; i < to; i++) out.push(node.child(i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tab and Shift-Tab

/**
 * Tab: the clause becomes the last sub-clause of the clause above it, keeping its own sub-clauses
 * (which move one level down with it). Following siblings stay where they are. Refused in the
 * preamble, for a first clause, past four levels, or when the clause above ends with continuing
 * text (the clause would have to go before that text and change the reading order).
 */
export const demoteClause: Command = (state, dispatch) => {
  const at = cursorContext(state);
  if (!at || at.clause.section !== "operative") return false;
  const prev = at.clause.index > 0 ? at.clause.parent.child(at.clause.index - 1) : null;
  if (!isClauseNode(prev) || hasContinuation(prev)) return false;
  if (!fitsAtLevel(at.clause.node, at.clause.level + 1)) return false;
  if (dispatch) dispatch(demote(state.tr, at.clause, prev).scrollIntoView());
  return true;
};

function demote(tr: Transaction, c: ClauseContext, prev: Node): Transaction {
  const prevPos = c.pos - prev.nodeSize;
  const newPrev = prev.copy(prev.content.append(Fragment.from(retype(c.node, subclause))));
  return replaceFollowing(tr, prevPos, c.end, newPrev, c.pos, prevPos + 1 + prev.content.size);
}

/**
 * Shift-Tab: the sub-clause becomes a sibling of its parent, right after it. Its following siblings
 * become its own sub-clauses so the text keeps its order; the parent's continuing text follows them.
 */
export const promoteClause: Command = (state, dispatch) => {
  const at = cursorContext(state);
  if (!at || at.clause.level === 0) return false;
  if (dispatch) dispatch(promote(state.tr, at.clause).scrollIntoView());
  return true;
};

function promote(tr: Transaction, c: ClauseContext): Transaction {
  const parent = c.parent;
  const parentPos = c.parentPos;
  const parentCont = hasContinuation(parent) ? parent.lastChild! : null;
  const subsEnd = parent.childCount - (parentCont ? 1 : 0);
  const before = childrenOf(parent, 1, c.index);
  const after = childrenOf(parent, c.index + 1, subsEnd);
  const ownCont = hasContinuation(c.node);

  // The promoted clause adopts its following siblings, unless it has continuing text of its own
  // (sub-clauses cannot follow it); then they stay with the parent.
  const adopt = after.length > 0 && !ownCont;
  let promotedContent = c.node.content;
  if (adopt) promotedContent = promotedContent.append(Fragment.from(after));
  let promoted = operativeTypeAt(c.level - 1).create(c.node.attrs, promotedContent);

  const parentChildren = [parent.child(0), ...before, ...(adopt ? [] : after)];
  const parentKeepsSubs = parentChildren.length > 1;
  if (parentCont) {
    if (hasSubclauses(promoted) && !hasContinuation(promoted)) {
      promoted = promoted.copy(promoted.content.append(Fragment.from(parentCont)));
    } else if (parentKeepsSubs) {
      parentChildren.push(parentCont);
    } else {
      promoted = appendToLastTextblock(promoted, parentCont.content);
    }
  }
  const newParent = parent.copy(Fragment.from(parentChildren));
  return replaceFollowing(tr, parentPos, parentPos + parent.nodeSize, [newParent, promoted], c.pos, parentPos + newParent.nodeSize);
}

// ---------------------------------------------------------------------------------------------
// Enter

/**
 * Enter: a new clause of the same kind.
 * - In the middle of a clause's text: splits it; the second half (with the sub-clauses) is new.
 * - At the start of a non-empty clause: an empty clause is inserted above, the cursor stays.
 * - At the end of a clause's text when it has sub-clauses: a new first sub-clause.
 * - On an empty last preambular clause: leaves the preamble for a new first operative clause.
 * - On an empty sub-clause: promotes it (as Enter on an empty list item does).
 * - In continuing text: the rest of it starts a new clause after the one it continues.
 * At the end of a text, end punctuation the delegate typed out of habit ("…Rights;") is dropped in
 * the same step, as the typed-punctuation rule reads it (the full stop of "etc." stays): the
 * clause's own punctuation is derived and would otherwise print twice.
 */
export const splitClause: Command = (state, dispatch) => {
  const tr = state.tr;
  if (!state.selection.empty) {
    if (!state.selection.$from.parent.isTextblock) return false;
    tr.deleteSelection();
  }
  let at = cursorContext(tr);
  if (!at) return false;
  if (!dispatch) return true;
  if (at.offset === at.textblock.content.size) {
    // What the typed-punctuation rule would flag and its fix remove.
    const typed = typedEndPunctuation(at.textblock.textContent);
    if (typed) {
      const textStart = at.textblockPos + 1;
      tr.delete(textStart + typed.deleteFrom, textStart + at.offset);
      at = cursorContext(tr)!;
    }
  }
  dispatch(split(tr, at).scrollIntoView());
  return true;
};

function split(tr: Transaction, at: CursorContext): Transaction {
  const c = at.clause;
  const isEmptyText = at.textblock.content.size === 0;
  const cursor = tr.selection.from;

  if (at.textblock.type === continuation) {
    const cont = at.textblock;
    const rest = cont.content.cut(at.offset);
    const kept =
      at.offset === 0
        ? c.node.content.cut(0, c.node.content.size - cont.nodeSize)
        : c.node.content.replaceChild(c.node.childCount - 1, cont.copy(cont.content.cut(0, at.offset)));
    const newClause = c.node.copy(kept);
    const sibling = c.node.type.create({ id: newClauseId() }, clause_text.create(null, rest));
    tr.replaceWith(c.pos, c.end, [newClause, sibling]);
    return tr.setSelection(TextSelection.create(tr.doc, c.pos + newClause.nodeSize + 2));
  }
  if (c.section === "preamble" && isEmptyText && c.index === c.parent.childCount - 1) {
    return enterOperativePart(tr, c);
  }
  if (c.level > 0 && isEmptyText && c.node.childCount === 1) return promote(tr, c);
  if (at.offset === 0 && !isEmptyText) {
    tr.insert(c.pos, emptyClause(c.node.type));
    return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(cursor)));
  }
  if (at.offset === at.textblock.content.size && hasSubclauses(c.node)) {
    const firstSubPos = at.textblockPos + at.textblock.nodeSize;
    tr.insert(firstSubPos, emptyClause(subclause));
    return tr.setSelection(TextSelection.create(tr.doc, firstSubPos + 2));
  }
  tr.split(cursor, 2, [{ type: c.node.type, attrs: { id: newClauseId() } }, { type: clause_text }]);
  return tr.setSelection(TextSelection.create(tr.doc, cursor + 4));
}

/** Removes the empty last preambular clause and puts the cursor in a first operative clause. */
function enterOperativePart(tr: Transaction, c: ClauseContext): Transaction {
  tr.delete(c.pos, c.end);
  const operativePos = tr.doc.child(0).nodeSize + tr.doc.child(1).nodeSize;
  const first = tr.doc.child(2).firstChild!;
  const firstIsEmpty = first.childCount === 1 && first.content.size === 2;
  if (!firstIsEmpty) tr.insert(operativePos + 1, emptyClause(operative_clause));
  return tr.setSelection(TextSelection.create(tr.doc, operativePos + 3));
}

// ---------------------------------------------------------------------------------------------
// Backspace

/**
 * Backspace at the start of a clause: joins it to the text before, as a word processor joins
 * paragraphs. The clause's text is appended to the previous textblock; its sub-clauses are kept
 * (they join the previous clause's sub-clauses, or move up a level when the clause was a first
 * sub-clause). At the start of continuing text, that text joins the last sub-clause. Does nothing
 * (but consumes the key) where a join would break the structure; returns false when the cursor is
 * not at the start of a textblock, so ordinary deletion runs.
 */
export const joinClauseBackward: Command = (state, dispatch) => joinBackward(state, dispatch, true);

/** The join; `unnumberFirst` is false for Delete, which joins the first operative clause's text. */
function joinBackward(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, unnumberFirst: boolean): boolean {
  const at = cursorContext(state);
  if (!at || !state.selection.empty || at.offset !== 0) return false;
  const c = at.clause;
  const run = (tr: Transaction | null) => {
    if (tr && dispatch) dispatch(tr.scrollIntoView());
    return true;
  };

  if (at.textblock.type === continuation) {
    const endOfLastSub = lastTextblockEnd(c.node.child(c.node.childCount - 2), at.textblockPos - c.node.child(c.node.childCount - 2).nodeSize);
    const tr = state.tr.delete(at.textblockPos, at.textblockPos + at.textblock.nodeSize).insert(endOfLastSub, at.textblock.content);
    return run(tr.setSelection(TextSelection.create(tr.doc, endOfLastSub)));
  }

  const hasChildren = c.node.childCount > 1;
  const ownText = c.node.child(0).content;
  const prev = c.index > 0 ? c.parent.child(c.index - 1) : null;

  if (isClauseNode(prev)) {
    const prevPos = c.pos - prev.nodeSize;
    const joinAt = lastTextblockEnd(prev, prevPos);
    if (!hasChildren) {
      const tr = state.tr.delete(c.pos, c.end).insert(joinAt, ownText);
      return run(tr.setSelection(TextSelection.create(tr.doc, joinAt)));
    }
    if (hasContinuation(prev)) return run(null);
    const joined = appendToLastTextblock(prev, ownText, false);
    const merged = joined.copy(joined.content.append(c.node.content.cut(c.node.child(0).nodeSize)));
    const tr = state.tr.replaceWith(prevPos, c.end, merged);
    return run(tr.setSelection(TextSelection.create(tr.doc, joinAt)));
  }

  if (c.level > 0) return run(joinFirstSubclause(state, c));

  if (c.section === "operative") {
    // The first operative clause with text loses its number, as the first item of a numbered list
    // does in a word processor: it becomes the last preambular clause (Alt-Up's move). A second
    // Backspace then joins it to the clause above. An empty one is deleted.
    if (unnumberFirst && ownText.size > 0 && !hasChildren) return moveAcrossParts(state, c, -1, dispatch && ((tr) => dispatch(tr.scrollIntoView())));
    const preamble = state.doc.child(1);
    if (preamble.childCount === 0) return run(null);
    const preamblePos = state.doc.child(0).nodeSize;
    const lastPreambularEnd = preamblePos + preamble.nodeSize - 3; // inside its clause_text, at the end
    if (c.parent.childCount === 1) {
      if (hasChildren || ownText.size > 0) return run(null);
      return run(state.tr.setSelection(TextSelection.create(state.doc, lastPreambularEnd)));
    }
    if (hasChildren) return run(null);
    const tr = state.tr.delete(c.pos, c.end).insert(lastPreambularEnd, ownText);
    return run(tr.setSelection(TextSelection.create(tr.doc, lastPreambularEnd)));
  }
  return run(null); // the first preambular clause: nothing before it but the heading
}

/**
 * Delete at the end of a clause's text: the same join as Backspace at the start of the textblock
 * that follows (the next clause, sub-clause or continuing text); the cursor stays where it is.
 */
export const joinClauseForward: Command = (state, dispatch) => {
  const at = cursorContext(state);
  if (!at || !state.selection.empty || at.offset !== at.textblock.content.size) return false;
  const next = Selection.findFrom(state.doc.resolve(at.textblockPos + at.textblock.nodeSize), 1, true);
  if (!next || !next.$from.parent.isTextblock || next.$from.parentOffset !== 0) return false;
  // Same document, cursor moved: the transaction built there applies to this state as well.
  const there = state.apply(state.tr.setSelection(next));
  return joinBackward(there, dispatch && ((tr) => dispatch(tr)), false);
};

/** Backspace at the start of a first sub-clause: its text joins the parent's text. */
function joinFirstSubclause(state: EditorState, c: ClauseContext): Transaction {
  const parent = c.parent;
  const parentText = parent.child(0);
  const ownSubs = childrenOf(c.node, 1, c.node.childCount - (hasContinuation(c.node) ? 1 : 0));
  let liftedSubs = ownSubs;
  if (hasContinuation(c.node) && ownSubs.length > 0) {
    // Its continuing text joins the end of its last sub-clause, which moves up with the others.
    const lastIndex = ownSubs.length - 1;
    liftedSubs = [...ownSubs.slice(0, lastIndex), appendToLastTextblock(ownSubs[lastIndex]!, c.node.lastChild!.content)];
  }
  const rest = childrenOf(parent, c.index + 1);
  let newText = parentText.copy(parentText.content.append(c.node.child(0).content));
  let children = [...liftedSubs, ...rest];
  if (children.length > 0 && children[0]!.type === continuation) {
    // No sub-clause is left before the parent's continuing text: it joins the parent's text.
    newText = appendToLastTextblock(newText, children[0]!.content);
    children = children.slice(1);
  }
  const newParent = parent.copy(Fragment.from([newText, ...children]));
  const tr = state.tr.replaceWith(c.parentPos, c.parentPos + parent.nodeSize, newParent);
  const joinAt = c.parentPos + 2 + parentText.content.size;
  return tr.setSelection(TextSelection.create(tr.doc, joinAt));
}

// ---------------------------------------------------------------------------------------------
// Alt-Up and Alt-Down

function move(direction: -1 | 1): Command {
  return (state, dispatch) => {
    const at = cursorContext(state);
    if (!at) return false;
    const c = at.clause;
    const other = c.parent.maybeChild(c.index + direction);
    if (!isClauseNode(other)) return moveAcrossParts(state, c, direction, dispatch);
    if (dispatch) {
      const from = direction < 0 ? c.pos - other.nodeSize : c.pos;
      const to = direction < 0 ? c.end : c.end + other.nodeSize;
      const nodes = direction < 0 ? [c.node, other] : [other, c.node];
      const newStart = direction < 0 ? from : from + other.nodeSize;
      dispatch(replaceFollowing(state.tr, from, to, nodes, c.pos, newStart).scrollIntoView());
    }
    return true;
  };
}

/**
 * Alt-Up on the first operative clause makes it the last preambular clause; Alt-Down on the last
 * preambular clause makes it the first operative clause: the way to mend a clause written in the
 * wrong part without retyping it. A clause with sub-clauses stays (a preambular clause has none).
 */
function moveAcrossParts(state: EditorState, c: ClauseContext, direction: -1 | 1, dispatch?: (tr: Transaction) => void): boolean {
  if (c.level !== 0) return false;
  const preamblePos = state.doc.child(0).nodeSize;
  const preamble = state.doc.child(1);
  const operativePos = preamblePos + preamble.nodeSize;
  const operative = state.doc.child(2);
  const { anchor, head } = state.selection;
  const textStart = c.pos + 2; // inside the clause's clause_text
  const keep = (tr: Transaction, newTextStart: number) =>
    tr.setSelection(TextSelection.create(tr.doc, newTextStart + anchor - textStart, newTextStart + head - textStart));

  if (direction < 0) {
    if (c.section !== "operative" || c.index !== 0 || hasSubclauses(c.node)) return false;
    const inFirstBlock = c.parent !== operative && c.parentPos === operativePos + 1;
    if (c.parent !== operative && !inFirstBlock) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    if (c.parent.childCount > 1) tr.delete(c.pos, c.end);
    else if (inFirstBlock && operative.childCount > 1) tr.delete(c.parentPos, c.parentPos + c.parent.nodeSize);
    else tr.replaceWith(c.pos, c.end, emptyClause(operative_clause)); // the operative part keeps a clause
    const insertAt = operativePos - 1; // the end of the preamble's content
    tr.insert(insertAt, preambular_clause.create(c.node.attrs, c.node.child(0)));
    dispatch(keep(tr, insertAt + 2).scrollIntoView());
    return true;
  }

  if (c.section !== "preamble" || c.index !== preamble.childCount - 1) return false;
  if (!dispatch) return true;
  const moved = operative_clause.create(c.node.attrs, c.node.child(0));
  const tr = state.tr;
  // Into the first block of a long paper, else the section; an empty lone first clause is replaced.
  const firstChild = operative.firstChild!;
  const container = isClauseNode(firstChild) ? operative : firstChild;
  const containerPos = container === operative ? operativePos : operativePos + 1;
  const first = container.firstChild!;
  const firstIsEmpty = operative.childCount === 1 && container.childCount === 1 && first.childCount === 1 && first.content.size === 2;
  if (firstIsEmpty) tr.replaceWith(containerPos + 1, containerPos + 1 + first.nodeSize, moved);
  else tr.insert(containerPos + 1, moved);
  tr.delete(c.pos, c.end);
  dispatch(keep(tr, tr.mapping.slice(1).map(containerPos + 1) + 2).scrollIntoView());
  return true;
}

/** Alt-Up: the clause (with its sub-clauses) swaps places with the sibling above. */
export const moveClauseUp: Command = move(-1);
/** Alt-Down: the clause (with its sub-clauses) swaps places with the sibling below. */
export const moveClauseDown: Command = move(1);

