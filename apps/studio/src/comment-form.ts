/**
 * The review's comment form: where the comment goes (a clause, or words selected in the paper),
 * the comment being written on each paper (kept, and saved, as it is typed), what keeps it from
 * being added, and adding, editing or deleting a comment (a `comment` mark in the paper, see
 * comments.ts).
 */
import type { CommentAttrs } from "@clausewise/schema";
import { addComment, commentProblem, editComment, listComments, newCommentId, removeComment, type CommentTarget } from "./comments.ts";
import { commentTargetAtSelection } from "./selection.ts";
import { focusAfterRender } from "./focus.ts";
import type { CwStudio } from "./studio.ts";

/**
 * How long the comment's place must stay the same before the form's live region says it: each
 * Shift+arrow changes the place, and saying every one talked over the screen reader's own reading
 * of the selection.
 */
export const TARGET_SETTLE_MS = 700;

export class CommentForm {
  /** Where the comment being written on the paper under review goes. */
  target: CommentTarget | null = null;
  /** The place the live region may say: `target` once it has rested for TARGET_SETTLE_MS. */
  settledTarget: CommentTarget | null | undefined = undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Comments being written, per paper on the desk (saved in its record as they are typed). */
  readonly drafts = new Map<string, string>();
  /** The clause the review's paper highlights (where the comment goes, or the comment shown). */
  activeClauseId: string | null = null;
  /** The comment the review's paper and its comment list highlight. */
  activeCommentId: string | null = null;
  /** The comment whose words are being changed in the list (its box open), if any. */
  editing: { id: string; problem: string | null } | null = null;
  /** What the comment list's polite live region says ("Comment deleted"). */
  status = "";
  /** Where each paper's comment being written goes, kept while the director looks at other papers. */
  private readonly targets = new Map<string, CommentTarget | null>();
  /** "Add comment" was pressed and refused: what is missing is shown by the form until fixed. */
  private tried = false;
  /** Why the last comment could not be attached (an empty clause), until the comment or its place changes. */
  private failure: string | null = null;

  constructor(private readonly host: CwStudio) {}

  /** Another paper is under review (or none): the form shows that paper's comment, where it goes, and no problem yet. */
  showFor(id: string | null): void {
    this.target = id ? this.targets.get(id) ?? null : null;
    this.tried = false;
    this.failure = null;
    this.activeClauseId = this.target?.clauseId ?? null;
    this.activeCommentId = null;
    this.status = "";
    this.editing = null;
    clearTimeout(this.settleTimer);
    this.settledTarget = undefined;
  }

  /** Whether the live region should say where the comment goes now (its place has rested). */
  get targetSettled(): boolean {
    return this.settledTarget === this.target;
  }

  /** A paper left the desk: its comment being written goes with it. */
  forget(id: string): void {
    this.drafts.delete(id);
    this.targets.delete(id);
  }

  setTarget(target: CommentTarget | null): void {
    this.target = target;
    if (this.host.review.id) this.targets.set(this.host.review.id, target);
    this.failure = null;
    this.activeClauseId = target?.clauseId ?? null;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settledTarget = this.target;
      this.host.requestUpdate();
    }, TARGET_SETTLE_MS);
    this.host.requestUpdate();
  }

  /** Highlights a comment in the paper and the list (and, when given, its clause). */
  showComment(commentId: string, clauseId?: string): void {
    this.activeCommentId = commentId;
    if (clauseId !== undefined) this.activeClauseId = clauseId;
    this.host.requestUpdate();
  }

  /**
   * What the comment form says is missing, after "Add comment" was refused: recomputed on every
   * render, so it changes or goes as soon as the comment or its place is given.
   */
  problem(): string | null {
    const id = this.host.review.id;
    if (!id) return null;
    const problem = this.tried ? commentProblem(this.drafts.get(id) ?? "", this.target) : null;
    return problem ?? this.failure;
  }

  /** The comment being written for a paper changed: kept for the paper, and saved when typing pauses. */
  setDraft(id: string, body: string): void {
    const before = this.problem();
    this.drafts.set(id, body);
    this.failure = null;
    this.host.saving.fields.edit(`comment:${id}`, () => this.saveDraft(id));
    if (this.problem() !== before) this.host.requestUpdate();
  }

  private saveDraft(id: string): void {
    const paper = this.host.desk.papers.get(id);
    if (!paper?.record.review) return;
    const body = this.drafts.get(id) ?? "";
    if ((paper.record.review.commentDraft ?? "") === body) return;
    const { commentDraft: _, ...review } = paper.record.review;
    this.host.desk.update(id, paper.doc, body ? { ...review, commentDraft: body } : review);
  }

  /** Attaches a comment to the chosen clause or range; returns false (saying why, by the form) if it can't. */
  add(body: string): boolean {
    const { host } = this;
    const paper = host.review.id ? host.desk.papers.get(host.review.id) : undefined;
    if (!paper) return false;
    const id = paper.record.id;
    this.drafts.set(id, body);
    if (commentProblem(body, this.target)) {
      this.tried = true;
      host.requestUpdate();
      return false;
    }
    const comment: CommentAttrs = { id: newCommentId(), author: host.review.reviewer.trim(), body: body.trim(), created: new Date().toISOString() };
    try {
      const doc = addComment(paper.doc, this.target!, comment);
      host.saving.fields.discard(`comment:${id}`);
      this.drafts.delete(id);
      const { commentDraft: _, ...review } = paper.record.review!;
      host.desk.update(id, doc, review);
      this.activeCommentId = comment.id;
      this.tried = false;
      // The comment's place is used up, but its clause stays the paper's active one: the caret
      // comes back to it when the director returns to the paper.
      const clauseId = this.target!.clauseId;
      this.setTarget(null);
      this.activeClauseId = clauseId;
      return true;
    } catch (error) {
      this.failure = (error as Error).message;
      host.requestUpdate();
      return false;
    }
  }

  /**
   * "Comment on selected words" (or Ctrl+Alt+M): the words selected in the paper (by mouse or
   * Shift+arrows), or the clause the caret is in, become the comment's place, and the focus goes
   * to the comment box, which reads out where the comment goes. With nothing chosen, the form
   * says what is missing and the focus goes to the paper, to select words there.
   */
  commentOnSelection(): void {
    const { host } = this;
    const root = host.querySelector<HTMLElement>(".review-paper");
    if (!host.review.id || !root) return;
    // Always the selection as it is now: a place chosen earlier and since deselected is not kept.
    this.setTarget(commentTargetAtSelection(root));
    if (this.target) {
      focusAfterRender(host, () => host.querySelector("#comment-body"));
      return;
    }
    this.tried = true;
    host.requestUpdate();
    root.focus();
  }

  /** Opens a comment's words for changing, in its place in the list; the focus goes to them. */
  startEdit(commentId: string): void {
    this.keepOpenEdit();
    this.editing = { id: commentId, problem: null };
    this.activeCommentId = commentId;
    this.host.requestUpdate();
    focusAfterRender(this.host, () => this.host.querySelector<HTMLTextAreaElement>(`.comment-item[data-comment-id="${CSS.escape(commentId)}"] textarea`));
  }

  /**
   * Keeps the changed words of the comment being edited (saved with the paper at once); an empty
   * box is refused with the reason, the words typed kept. The focus goes back to its Edit button.
   */
  saveEdit(body: string): void {
    const { host } = this;
    const paper = host.review.id ? host.desk.papers.get(host.review.id) : undefined;
    const editing = this.editing;
    if (!paper || !editing) return;
    try {
      const doc = editComment(paper.doc, editing.id, body);
      host.desk.update(paper.record.id, doc, paper.record.review!);
    } catch (error) {
      this.editing = { id: editing.id, problem: (error as Error).message };
      host.requestUpdate();
      return;
    }
    this.endEdit(editing.id, "Comment changed");
  }

  /**
   * An edit left open when another comment's Edit or another paper is opened is kept, not dropped:
   * its words, when they changed and are not empty, are saved as Save would.
   */
  keepOpenEdit(): void {
    const editing = this.editing;
    if (!editing) return;
    const box = this.host.querySelector<HTMLTextAreaElement>(`.comment-item[data-comment-id="${CSS.escape(editing.id)}"] textarea`);
    const paper = this.host.review.id ? this.host.desk.papers.get(this.host.review.id) : undefined;
    const before = paper ? listComments(paper.doc).find((c) => c.id === editing.id)?.body : undefined;
    if (paper && box && box.value.trim() && before !== undefined && box.value.trim() !== before) {
      try {
        this.host.desk.update(paper.record.id, editComment(paper.doc, editing.id, box.value), paper.record.review!);
      } catch {
        // The comment is gone: nothing to keep.
      }
    }
    this.editing = null;
  }

  /** Words typed in the comment's box: a refusal for emptiness goes as soon as there are words again. */
  editTyped(body: string): void {
    if (this.editing?.problem && body.trim()) {
      this.editing = { ...this.editing, problem: null };
      this.host.requestUpdate();
    }
  }

  /** Closes the comment's box without changing it. */
  cancelEdit(): void {
    if (this.editing) this.endEdit(this.editing.id, "");
  }

  private endEdit(commentId: string, status: string): void {
    this.editing = null;
    if (status) this.status = this.status === status ? `${status}\u00a0` : status;
    this.host.requestUpdate();
    focusAfterRender(this.host, () => this.host.querySelector(`.comment-item[data-comment-id="${CSS.escape(commentId)}"] button.edit`));
  }

  /**
   * Deletes a comment; the focus goes to the next comment's Delete button (or the previous one's,
   * or the list's heading when none is left), never to the page, and the deletion is said.
   */
  delete(commentId: string): void {
    const { host } = this;
    const paper = host.review.id ? host.desk.papers.get(host.review.id) : undefined;
    if (!paper) return;
    const ids = listComments(paper.doc).map((m) => m.id);
    const at = ids.indexOf(commentId);
    const then = at < 0 ? undefined : ids[at + 1] ?? ids[at - 1];
    host.desk.update(paper.record.id, removeComment(paper.doc, commentId), paper.record.review!);
    if (this.activeCommentId === commentId) this.activeCommentId = null;
    if (this.editing?.id === commentId) this.editing = null;
    // A no-break space tells a second deletion from the first, so it is said again.
    this.status = this.status === "Comment deleted" ? "Comment deleted\u00a0" : "Comment deleted";
    host.requestUpdate();
    focusAfterRender(host, () =>
      (then && host.querySelector(`.comment-item[data-comment-id="${CSS.escape(then)}"] button.danger`)) || host.querySelector("#comments-heading"),
    );
  }
}
