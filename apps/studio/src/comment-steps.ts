/**
 * Comments in the review's read-only paper, by keyboard: F8 / Shift+F8 select the next or previous
 * commented words (wrapping around at the ends) and show that comment in the side panel, as a
 * click on its words does, the way `<resolution-editor>` steps to comments. The comment the caret
 * reaches, by F8 or by coming to rest in its words after a move, is said in a polite live region
 * by the paper (review-view.ts): the highlight alone tells a screen reader nothing.
 */
import { commentAnnouncement, listComments, type PlacedComment } from "./comments.ts";
import { keyMove, selectionIn } from "./keyboard-selection.ts";
import type { CwStudio } from "./studio.ts";

/** A comment and its words in the paper's rendering. */
interface Spot {
  comment: PlacedComment;
  range: Range;
}

/** The first or last text node in `el` (a highlighted piece holds one, between Lit's markers). */
function textIn(el: Element, last: boolean): Text | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let found: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    found = n as Text;
    if (!last) break;
  }
  return found;
}

/**
 * A comment's words, from the start of its first highlighted piece to the end of its last (a
 * comment is cut into pieces where findings or the opening phrase start and end); null if none is shown.
 */
function wordsOf(root: HTMLElement, id: string): Range | null {
  const pieces = root.querySelectorAll(`[data-comment-ids~="${CSS.escape(id)}"]`);
  const first = pieces.length ? textIn(pieces[0]!, false) : null;
  const last = pieces.length ? textIn(pieces[pieces.length - 1]!, true) : null;
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.length);
  return range;
}

const sameRange = (a: Range, b: Range) => a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;

/**
 * Where F8 (forward) or Shift+F8 goes from the selection: from the comment shown, whose words F8
 * selected, the next or previous in the list (so two comments on the same words are each
 * reached); otherwise the first comment starting after the selection's start (at a bare caret,
 * at it too) or the last starting before it; past the ends, the first or the last.
 */
function stepIndex(spots: readonly Spot[], from: Range | null, forward: boolean, activeId: string | null): number {
  const n = spots.length;
  const current = from ? spots.findIndex((s) => s.comment.id === activeId && sameRange(s.range, from)) : -1;
  if (current >= 0) return (current + (forward ? 1 : n - 1)) % n;
  if (!from) return forward ? 0 : n - 1;
  const order = (s: Spot) => s.range.compareBoundaryPoints(Range.START_TO_START, from);
  if (forward) {
    const i = spots.findIndex((s) => order(s) > 0 || (order(s) === 0 && from.collapsed));
    return i >= 0 ? i : 0;
  }
  let i = n - 1;
  while (i > 0 && order(spots[i]!) >= 0) i--;
  return order(spots[i]!) < 0 ? i : n - 1;
}

/** The comment whose highlighted words hold the caret (the selection's moving end), if any. */
function commentAtCaret(root: HTMLElement): string | null {
  const selection = document.getSelection();
  if (!selection || !selectionIn(root, selection)) return null;
  const focus = selection.focusNode;
  const el = focus instanceof Element ? focus : focus?.parentElement;
  const piece = el?.closest<HTMLElement>("[data-comment-ids]");
  return piece && root.contains(piece) ? piece.dataset.commentIds!.split(" ")[0]! : null;
}

export class CommentSteps {
  /** What the live region by the review's paper says. */
  announcement = "";
  /** The comment said last, so the caret moving on within its words does not say it again. */
  private said: string | null = null;
  /** Alternates a trailing no-break space, so that the same words said twice are still a change a screen reader reads. */
  private repeat = false;

  constructor(private readonly host: CwStudio) {}

  /** Another paper is under review (or none): nothing said yet. */
  reset(): void {
    this.announcement = "";
    this.said = null;
  }

  /** F8 (or Shift+F8, `forward` false) in the paper: selects the next (previous) comment's words, shows and says it. */
  step(root: HTMLElement, forward: boolean): void {
    const comments = this.comments();
    const spots = comments.flatMap((comment) => {
      const range = wordsOf(root, comment.id);
      return range ? [{ comment, range }] : [];
    });
    if (!spots.length) return this.say("No comments in this paper", null);
    const selection = document.getSelection();
    const from = selection && selectionIn(root, selection) ? selection.getRangeAt(0) : null;
    const { comment, range } = spots[stepIndex(spots, from, forward, this.host.commentForm.activeCommentId)]!;
    selection?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
    this.host.commentForm.showComment(comment.id, comment.clauseId);
    this.say(commentAnnouncement(comment, comments.indexOf(comment), comments.length), comment.id);
  }

  /**
   * A key was released in the paper: after one that moves the caret, a caret come to rest in
   * commented words says that comment, once (not again while the caret stays in its words).
   */
  caretMoved(root: HTMLElement, event: KeyboardEvent): void {
    if (!keyMove(event, /mac/i.test(navigator.platform))) return;
    const id = commentAtCaret(root);
    if (id === this.said) return;
    this.said = id;
    const comments = this.comments();
    const comment = comments.find((c) => c.id === id);
    if (comment) this.say(commentAnnouncement(comment, comments.indexOf(comment), comments.length), id);
  }

  /** The paper under review's comments, in the order of the "Comments" list. */
  private comments(): readonly PlacedComment[] {
    const paper = this.host.review.id ? this.host.desk.papers.get(this.host.review.id) : undefined;
    return paper ? listComments(paper.doc) : [];
  }

  private say(text: string, commentId: string | null): void {
    this.said = commentId;
    this.repeat = !this.repeat;
    this.announcement = this.repeat ? text : `${text}\u00a0`;
    this.host.requestUpdate();
  }
}
