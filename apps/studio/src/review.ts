/**
 * One paper under review on the desk: which one is open (or the table), how many of its findings
 * are listed, its verdict and note to the sponsors, and the director's name. Its comment form is
 * comment-form.ts.
 */
import type { Diagnostic } from "@clausewise/lint";
import { CompositionUndo } from "./composition-undo.ts";
import { ListEndWatcher } from "@clausewise/editor";
import type { ReviewInfo, Verdict } from "./paper.ts";
import { LISTED_GROUPS_PAGE } from "./listing.ts";
import { focusAfterRender } from "./focus.ts";
import type { CwStudio } from "./studio.ts";

/** Where in a clause's text the findings shown at the top of the review's panel are. */
export interface FindingsPlace {
  clauseId: string;
  part: "text" | "continuation";
  offset: number;
}

/** The findings on the words at a place (their range holds it). */
export function findingsAtPlace(diagnostics: readonly Diagnostic[], at: FindingsPlace): Diagnostic[] {
  return diagnostics.filter((d) => d.clause.id === at.clauseId && d.part === at.part && d.offsets.start <= at.offset && at.offset <= d.offsets.end);
}

export class Review {
  /** The paper under review; null: the desk's table is shown. */
  id: string | null = null;
  /** The director's name, given with each comment and in the reports. */
  reviewer = "";

  /** Clause groups the review's findings list shows (as the draft's findings panel, per paper opened). */
  findingsGroupLimit = LISTED_GROUPS_PAGE;

  readonly showMoreFindings = (): void => {
    this.findingsGroupLimit += LISTED_GROUPS_PAGE;
    this.host.requestUpdate();
  };

  readonly findingsListEnd: ListEndWatcher;

  /**
   * The underlined words last clicked in the paper: the findings on them open at the top of the
   * review's panel (not only in the list below the comment form and the checklist).
   */
  findingsAt: FindingsPlace | null = null;

  /**
   * Opens the findings on the words at this place (null: closes them); the panel is drawn again
   * only when the findings shown change, not for each step of the caret within the same words.
   */
  showFindingsAt(place: FindingsPlace | null, options: { reveal?: boolean } = {}): void {
    const paper = this.id ? this.host.desk.papers.get(this.id) : undefined;
    const key = (at: FindingsPlace | null) => (at && paper ? findingsAtPlace(paper.diagnostics, at).map((d) => paper.diagnostics.indexOf(d)).join(",") : "");
    const changed = key(place) !== key(this.findingsAt);
    this.findingsAt = place;
    if (!changed) return;
    this.host.requestUpdate();
    // At the top of the panel, which may have been scrolled down to the list or the note: after a
    // click, the panel (only when it scrolls on its own, never the page, and never for the arrow
    // keys, which must keep the caret's line in view) goes back to its top.
    if (key(place) && options.reveal) {
      void this.host.updateComplete.then(() => {
        const panel = this.host.querySelector<HTMLElement>(".review-panel");
        if (panel && getComputedStyle(panel).overflowY !== "visible") panel.scrollTo({ top: 0 });
      });
    }
  }

  /** Closes the findings on the words; the focus goes to the line that opens the list instead. */
  closeFindingsAt(): void {
    this.findingsAt = null;
    this.host.requestUpdate();
    focusAfterRender(this.host, () => this.host.querySelector("#go-to-findings") ?? this.host.querySelector(".review-paper"));
  }

  /**
   * Changes whenever the paper's rendering is thrown away and made anew (see restorePaper), so
   * Lit builds it again rather than keeping DOM it takes to be its own.
   */
  paperRevision = 0;

  /** Undoes what an input method writes into the read-only paper (composition-undo.ts). */
  private readonly composition = new CompositionUndo();

  constructor(private readonly host: CwStudio) {
    this.findingsListEnd = new ListEndWatcher(host, this.showMoreFindings);
  }

  /**
   * Opens a paper for review (the focus goes to its title), or goes back to the table (the focus
   * goes to the paper's row). A comment being written, and where it goes, stay with its paper.
   */
  open(id: string | null): void {
    const { host } = this;
    host.saving.flushEdits();
    const left = this.id;
    if (id !== this.id) {
      this.findingsGroupLimit = LISTED_GROUPS_PAGE;
      this.findingsAt = null;
      // The paper's DOM is reused for the next paper: words selected in this one must not become a
      // place in that one ("Comment on selected words" takes the selection as it is).
      const selection = document.getSelection();
      const paper = host.querySelector(".review-paper");
      if (selection?.rangeCount && paper?.contains(selection.getRangeAt(0).commonAncestorContainer)) selection.removeAllRanges();
    }
    host.commentForm.keepOpenEdit(); // an edit left open belongs to the paper being left
    this.id = id;
    host.commentForm.showFor(id);
    host.commentSteps.reset();
    if (id) host.otherTabs.warnIfChangedElsewhere(id);
    host.requestUpdate();
    if (id) focusAfterRender(host, () => host.querySelector("#review-title"));
    else if (left)
      focusAfterRender(host, () => host.querySelector(`.desk-table tr[data-paper-id="${CSS.escape(left)}"] .paper-link`) ?? host.querySelector("#desk-title"));
  }

  /**
   * Something was typed into the read-only paper all the same: the text an input method composed
   * (a composition cannot be cancelled), or an edit a browser made without a cancellable
   * `beforeinput`. The paper is rendered again from its document, which nothing changed; text put
   * directly in the paper's element, outside the rendering, is removed.
   */
  restorePaper(root: HTMLElement): void {
    this.composition.cancel();
    for (const node of [...root.childNodes]) if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) node.remove();
    this.paperRevision++;
    this.host.requestUpdate();
  }

  /** An input method starts composing in the paper: its changes are recorded, and the paper is not drawn meanwhile. */
  compositionStarted(root: HTMLElement): void {
    this.composition.begin(root);
  }

  /**
   * The composition ended: its changes are undone where they were made (a long paper drawn anew
   * costs hundreds of milliseconds and its reader's place), or, failing that, the paper is drawn
   * again. What changed meanwhile (the clause the caret is in) is drawn now.
   */
  compositionEnded(root: HTMLElement): void {
    if (!this.composition.undo()) this.restorePaper(root);
    else this.host.requestUpdate();
  }

  /**
   * What the paper's drawing depends on: held as it was while an input method composes, so that
   * the drawing does not change under the changes being recorded.
   */
  paperDependencies(current: unknown[]): unknown[] {
    if (!this.composition.recording || !this.heldDependencies) this.heldDependencies = current;
    return this.heldDependencies;
  }
  private heldDependencies: unknown[] | null = null;

  /** A paper was removed from the desk: if it was under review, nothing is. */
  paperRemoved(id: string): void {
    if (this.id === id) this.id = null;
  }

  /** Changes a desk paper's review (verdict, note) and saves it. */
  setReview(id: string, patch: Partial<Pick<ReviewInfo, "verdict" | "note">>): void {
    const paper = this.host.desk.papers.get(id);
    if (!paper) return;
    this.host.desk.update(id, paper.doc, { ...paper.record.review!, ...patch });
  }

  setVerdict(id: string, verdict: Verdict): void {
    this.setReview(id, { verdict });
  }

  /** The note to the sponsors was typed into: saved when typing pauses (or the field loses focus). */
  editNote(id: string, note: string): void {
    this.host.saving.fields.edit(`note:${id}`, () => {
      if (this.host.desk.papers.get(id)?.record.review?.note !== note) this.setReview(id, { note });
    });
  }

  /** The director's name was typed into: used for comments at once, saved when typing pauses. */
  setReviewer(name: string): void {
    this.reviewer = name;
    this.host.saving.fields.edit("reviewer", () => this.host.saving.setMeta("reviewer", name));
  }
}
