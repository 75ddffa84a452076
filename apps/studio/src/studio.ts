/**
 * <cw-studio>: the app shell. Two modes share one store of papers:
 *   - Draft (delegates): papers from committee templates or imported files, edited in
 *     <resolution-editor>, saved on every change, exported to Word, text, JSON or print.
 *   - Review desk (directors): many papers at once in a sortable, filterable table of findings;
 *     one paper at a time read-only, with comments, a checklist, a verdict and a feedback report.
 *
 * This file only puts the studio together: each job is a controller of its own (below), holding
 * its state and the actions that change it; draft-view.ts and review-view.ts render. Data flows
 * one way: an event (a click in a view, a key, the editor, another tab) calls a controller's
 * action; the action changes that controller's state (or asks the controller that owns it) and
 * requests a render; the views read the state and never change it themselves. The element renders
 * into the light DOM so one global stylesheet (and the print stylesheet) styles everything.
 */
import { LitElement, html } from "lit";
import { LintClient } from "./lint-client.ts";
import { Messages, renderMessages } from "./messages.ts";
import { Saving } from "./saving.ts";
import { renderSaveStatus, renderStorageWarning } from "./save-status.ts";
import { AppBarHeight } from "./app-bar-height.ts";
import { LeaveGuard } from "./leave-guard.ts";
import { StrayDrops } from "./stray-drops.ts";
import { OtherTabs } from "./other-tabs.ts";
import { ModeSwitch, renderModeTabs } from "./mode-switch.ts";
import { Dialogs, renderDialog } from "./dialogs.ts";
import { PapersDrawer } from "./drawer.ts";
import { DraftList } from "./draft-list.ts";
import { Drafting, type DraftState } from "./drafting.ts";
import { DraftFindings } from "./draft-findings.ts";
import { PrintView } from "./print-view.ts";
import { DraftImport } from "./draft-import.ts";
import { Desk } from "./desk.ts";
import { Review } from "./review.ts";
import { CommentForm } from "./comment-form.ts";
import { CommentSteps } from "./comment-steps.ts";
import { DeskExport } from "./desk-export.ts";
import { Shortcuts } from "./shortcuts.ts";
import { startStudio } from "./startup.ts";
import { renderDraft } from "./draft-view.ts";
import { renderDesk, renderReview } from "./review-view.ts";

export class CwStudio extends LitElement {
  /** False until the stored papers are loaded (the page says so meanwhile). */
  ready = false;

  /** The lint worker, shared by the draft (when the editor does not lint) and the desk. */
  readonly lintClient = new LintClient();
  // The shell.
  readonly messages = new Messages(this);
  readonly saving = new Saving(this);
  readonly otherTabs = new OtherTabs(this);
  readonly modes = new ModeSwitch(this);
  readonly dialogs = new Dialogs(this);
  // Draft.
  readonly drawer = new PapersDrawer(this);
  readonly draftList = new DraftList(this);
  readonly drafting = new Drafting(this);
  readonly findings = new DraftFindings(this);
  readonly printView = new PrintView(this, () => this.performUpdate());
  readonly imports = new DraftImport(this);
  // Review desk.
  readonly desk = new Desk(this);
  readonly review = new Review(this);
  readonly commentForm = new CommentForm(this);
  readonly commentSteps = new CommentSteps(this);
  readonly deskExport = new DeskExport(this);
  // Listening to the page: they act through the controllers above.
  private readonly leaveGuard = new LeaveGuard(this);
  private readonly appBarHeight = new AppBarHeight(this);
  private readonly strayDrops = new StrayDrops(this);
  private readonly shortcuts = new Shortcuts(this);

  // The store, the open draft and the editor's document, on the element itself too: the
  // end-to-end tests reach them there (e2e/draft.test.ts, e2e/audit.test.ts).
  get store() {
    return this.saving.store;
  }
  get draft(): DraftState | null {
    return this.drafting.draft;
  }
  set draft(draft: DraftState | null) {
    this.drafting.draft = draft;
  }
  get editorSeed(): unknown {
    return this.drafting.editorSeed;
  }
  set editorSeed(seed: unknown) {
    this.drafting.editorSeed = seed;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback(); // the controllers start listening (mode from the address, other tabs, keys, …)
    void startStudio(this);
  }

  override disconnectedCallback(): void {
    this.saving.flushEdits();
    super.disconnectedCallback();
  }

  protected override updated(): void {
    this.dialogs.showRendered();
  }

  protected override render() {
    return html`<header class="app-bar">
        <div class="brand">Clausewise <span>Studio</span></div>
        ${renderModeTabs(this.modes)}
        <div class="app-status">${this.ready ? renderSaveStatus(this.saving) : html`<span class="save-status">Opening storage…</span>`}</div>
      </header>
      ${renderStorageWarning(this.saving)} ${renderMessages(this.messages)}
      <main class="mode-${this.modes.mode}" id="mode-panel" aria-labelledby="tab-${this.modes.mode}">
        ${!this.ready
          ? html`<p class="loading">Loading your papers…</p>`
          : this.modes.mode === "draft"
            ? renderDraftSafely(this)
            : this.review.id && this.desk.papers.has(this.review.id)
              ? renderReview(this, this.desk.papers.get(this.review.id)!)
              : renderDesk(this)}
      </main>
      ${renderDialog(this)}`;
  }
}

/** Draft mode, or why it cannot be shown: an error in one paper never leaves the page on "Loading…". */
function renderDraftSafely(host: CwStudio) {
  try {
    return renderDraft(host);
  } catch (error) {
    console.error(error);
    return html`<p class="notice error" role="alert">Draft could not be shown: ${(error as Error).message}. Reload the page; the review desk still works.</p>`;
  }
}

if (!customElements.get("cw-studio")) customElements.define("cw-studio", CwStudio);
