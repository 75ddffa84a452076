/**
 * <cw-studio>: the app shell and its state. Two modes share one store of papers:
 *   - Draft (delegates): papers from committee templates or imported files, edited in
 *     <resolution-editor>, saved on every change, exported to Word, text, JSON or print.
 *   - Review desk (directors): many papers at once in a sortable, filterable table of findings;
 *     one paper at a time read-only, with comments, a checklist, a verdict and a feedback report.
 *
 * Rendering is split into draft-view.ts and review-view.ts; this file owns state, storage and
 * actions. The element renders into the light DOM so one global stylesheet (and the print
 * stylesheet) styles everything.
 */
import { LitElement, html, nothing } from "lit";
import type { Node } from "prosemirror-model";
import { parseDocumentJSON, withoutBlocks, type CommentAttrs } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";
import type { Diagnostic } from "@clausewise/lint";
import { ListEndWatcher, type ResolutionEditor } from "@clausewise/editor";
import { newPaperId, paperTitle, type LoadedPaper, type PaperRecord, type ReviewInfo, type Verdict } from "./paper.ts";
import { openStore, type PaperStore, type StorageError } from "./storage.ts";
import { documentParts } from "./doc-text.ts";
import { Autosaver, JOURNAL_MAX_CHARS, recoverJournal, type SaveState } from "./autosave.ts";
import { templateDocument } from "./templates.ts";
import { download, exportPaper, exportTypes, fileNameFor, importPaperFile, importPastedText, type ExportFormat } from "./files.ts";
import { LintClient } from "./lint-client.ts";
import { addComment, newCommentId, removeComment, type CommentTarget } from "./comments.ts";
import { feedbackReport } from "./report.ts";
import { renderMandate } from "./mandate.ts";
import { renderDraft } from "./draft-view.ts";
import { renderDesk, renderReview } from "./review-view.ts";
import type { DeskFilter, Sort } from "./review-table.ts";
import { headingOf } from "./paper.ts";
import { FIRST_LISTED_FINDINGS, FIRST_LISTED_GROUPS, LISTED_GROUPS_PAGE } from "./listing.ts";
import { formatClockTime } from "./dates.ts";

/** How long typing in a large paper pauses before it is saved (see onEditorChange). */
const SAVE_PAUSE = 400;

export type Mode = "draft" | "review";

export interface DraftState {
  id: string;
  doc: Node;
  updated: string;
}

export interface DeskPaper {
  record: PaperRecord;
  doc: Node;
  diagnostics: Diagnostic[];
  notice: string | null;
  pending: boolean;
}

export interface Message {
  kind: "error" | "warning" | "info";
  text: string;
}

export class CwStudio extends LitElement {
  mode: Mode = "draft";
  ready = false;
  store: PaperStore | null = null;
  storageProblem: StorageError | null = null;
  saveState: SaveState = { state: "idle" };
  messages: Message[] = [];
  dialog: "mandate" | "paste" | null = null;
  sidebarOpen = false;

  /** Papers listed in the draft sidebar (drafts and damaged records). */
  papers: LoadedPaper[] = [];
  draft: DraftState | null = null;
  /** The JSON handed to the editor; replaced only when another paper is opened. */
  editorSeed: unknown = null;
  draftDiagnostics: Diagnostic[] = [];
  draftNotice: string | null = null;
  newCommittee = "hrc";

  desk = new Map<string, DeskPaper>();
  deskSort: Sort = { key: "title", descending: false };
  deskFilter: DeskFilter = { text: "", category: "", onlyProblems: false };
  reviewId: string | null = null;
  reviewer = "";
  /** Keep every clause of a compilation rendered, for screen readers (the editor's render-all). */
  wholePaperForScreenReaders = false;
  commentTarget: CommentTarget | null = null;
  activeClauseId: string | null = null;
  activeCommentId: string | null = null;

  private autosaver: Autosaver | null = null;
  private readonly lintClient = new LintClient();
  private draftLintTimer = 0;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.mode = location.hash === "#review" ? "review" : "draft";
    window.addEventListener("pagehide", this.onPageHide);
    window.addEventListener("hashchange", this.onHashChange);
    window.addEventListener("keydown", this.onKeyDown);
    window.addEventListener("beforeprint", this.onBeforePrint);
    void this.init();
  }

  override disconnectedCallback(): void {
    this.savePending();
    window.removeEventListener("pagehide", this.onPageHide);
    window.removeEventListener("hashchange", this.onHashChange);
    window.removeEventListener("keydown", this.onKeyDown);
    window.removeEventListener("beforeprint", this.onBeforePrint);
    super.disconnectedCallback();
  }

  private readonly onPageHide = () => {
    this.savePending();
    this.autosaver?.journalPending();
  };
  private readonly onHashChange = () => this.setMode(location.hash === "#review" ? "review" : "draft");
  private readonly onKeyDown = (event: KeyboardEvent) => this.shortcut(event);

  // ---- start-up and storage -------------------------------------------------------------

  private async init(): Promise<void> {
    const { store, problem } = await openStore();
    this.store = store;
    this.storageProblem = problem;
    this.autosaver = new Autosaver(store, (s) => this.onSaveState(s));
    try {
      await recoverJournal(store);
    } catch {
      // The journal is a safety net; the store's own records still load below.
    }
    let loaded: LoadedPaper[] = [];
    try {
      loaded = await store.list();
    } catch (error) {
      this.note("error", `Saved papers could not be read: ${(error as Error).message}`);
    }
    this.papers = loaded.filter((p) => !p.ok || p.record.kind === "draft");
    for (const p of loaded) {
      if (p.ok && p.record.kind === "review") {
        this.desk.set(p.record.id, { record: p.record, doc: p.doc, diagnostics: [], notice: null, pending: true });
      }
    }
    this.reviewer = String((await store.getMeta("reviewer")) ?? "");
    this.wholePaperForScreenReaders = (await store.getMeta("wholePaperForScreenReaders")) === true;
    const lastId = await store.getMeta("lastDraft");
    const drafts = this.draftRecords();
    const last = drafts.find((p) => p.record.id === lastId) ?? drafts[0];
    if (last) this.openDraft(last.record.id);
    this.ready = true;
    this.requestUpdate();
    for (const id of this.desk.keys()) void this.lintDeskPaper(id);
  }

  /** Readable drafts, most recently changed first. */
  draftRecords(): Extract<LoadedPaper, { ok: true }>[] {
    return this.papers
      .filter((p): p is Extract<LoadedPaper, { ok: true }> => p.ok && p.record.kind === "draft")
      .sort((a, b) => (a.record.updated < b.record.updated ? 1 : -1));
  }

  private onSaveState(state: SaveState): void {
    this.saveState = state;
    if (state.state === "saved" && this.storageProblem?.reason !== "unavailable") this.storageProblem = null;
    if (state.state === "failed") this.storageProblem = state.error;
    this.requestUpdate();
  }

  /** Saves a record and keeps the in-memory lists in step (memory is what export reads). */
  private persist(record: PaperRecord, doc: Node): void {
    const i = this.papers.findIndex((p) => (p.ok ? p.record.id : p.id) === record.id);
    const entry: LoadedPaper = { ok: true, record, doc };
    if (record.kind === "draft") {
      if (i >= 0) this.papers[i] = entry;
      else this.papers = [...this.papers, entry];
    }
    // A document's JSON holds at least its content size in characters (text, and more than two per node).
    this.autosaver?.save(record, doc.content.size);
  }

  note(kind: Message["kind"], text: string): void {
    const message: Message = { kind, text };
    this.messages = [...this.messages.slice(-3), message];
    // Confirmations fade on their own; errors stay until dismissed.
    if (kind === "info") {
      setTimeout(() => {
        this.messages = this.messages.filter((m) => m !== message);
        this.requestUpdate();
      }, 4000);
    }
    this.requestUpdate();
  }

  dismissMessage(index: number): void {
    this.messages = this.messages.filter((_, i) => i !== index);
    this.requestUpdate();
  }

  setMode(mode: Mode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    const hash = mode === "review" ? "#review" : "";
    if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
    this.requestUpdate();
  }

  private focusBeforeDialog: HTMLElement | null = null;

  /** Opens or closes a dialog; focus moves into it and back to where it was. */
  openDialog(dialog: CwStudio["dialog"]): void {
    if (dialog && !this.dialog) this.focusBeforeDialog = document.activeElement as HTMLElement | null;
    const closing = !dialog && this.dialog;
    this.dialog = dialog;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (dialog) this.querySelector<HTMLElement>(".dialog textarea, .dialog button")?.focus();
      else if (closing) this.focusBeforeDialog?.focus();
    });
  }

  // ---- drafting -------------------------------------------------------------------------

  openDraft(id: string): void {
    this.savePending();
    const entry = this.draftRecords().find((p) => p.record.id === id);
    if (!entry) return;
    this.draft = { id, doc: entry.doc, updated: entry.record.updated };
    // The print rendering of a long paper costs as much as the editor's own DOM: it is made once
    // the paper is open (and synchronously before printing), not in the same frame.
    this.printDoc = null;
    this.schedulePrintViewWhenIdle();
    this.editorSeed = entry.doc.toJSON();
    this.draftDiagnostics = [];
    this.draftChecked = false;
    this.draftNotice = null;
    this.editorReported = false;
    this.findingsGroupLimit = LISTED_GROUPS_PAGE;
    this.sidebarOpen = false;
    void this.store?.setMeta("lastDraft", id).catch(() => undefined);
    // The editor lints the paper it is given and reports its findings; the worker would lint the
    // same paper a second time, competing with it for the processor.
    if (!this.editorLints) this.scheduleDraftLint(0);
    else void this.takeFirstFindings(id);
    this.requestUpdate();
  }

  private addDraft(doc: Node): void {
    const record: PaperRecord = { id: newPaperId(), kind: "draft", doc: doc.toJSON(), updated: new Date().toISOString() };
    this.persist(record, doc);
    this.openDraft(record.id);
  }

  newFromTemplate(committeeId: string): void {
    this.addDraft(templateDocument(committeeId));
    this.note("info", `New ${getCommittee(committeeId)?.shortName ?? committeeId} working paper created.`);
  }

  /**
   * The editor reports a change: keep it, save it, re-render lists. The editor's own document is
   * valid by construction, so it is taken as it is (no re-validation per keystroke); a value that
   * arrives without it is validated.
   */
  onEditorChange(source: { value: unknown; editorView?: { state: { doc: Node } } | null }): void {
    if (!this.draft) return;
    let doc: Node;
    // The editor holds a long paper in operative blocks; the studio keeps papers flat, and saves
    // them by block (only the blocks that changed are written).
    const held = source.editorView?.state.doc;
    try {
      doc = held ? withoutBlocks(held) : parseDocumentJSON(source.value);
    } catch (error) {
      this.note("error", `The editor produced a document the studio cannot read: ${(error as Error).message}`);
      return;
    }
    const updated = new Date().toISOString();
    this.draftVersion++;
    this.draft = { ...this.draft, doc, updated };
    this.pendingSave = { id: this.draft.id, doc, held: held ?? doc, updated };
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    // A save costs O(paper) in the journal (JSON of the whole paper) and O(changed blocks) in
    // IndexedDB. A paper too large for the per-change journal anyway is saved when typing pauses
    // (and on pagehide, before switching papers); every other paper is saved (and journaled) at once.
    if (doc.content.size > JOURNAL_MAX_CHARS) this.saveTimer = window.setTimeout(() => this.savePending(), SAVE_PAUSE);
    else this.savePending();
    if (!this.editorLints) this.scheduleDraftLint(300);
    // A large paper's print view is rebuilt before printing only: rebuilt on every pause in typing
    // it was a ~25 ms task at 5,000 clauses, for a view nobody sees until they print.
    if (doc.content.size > JOURNAL_MAX_CHARS) clearTimeout(this.printTimer);
    else this.schedulePrintView();
    this.requestUpdate();
  }

  /** The latest edit of the open draft not yet handed to the autosaver (large papers only). */
  private pendingSave: { id: string; doc: Node; held: Node; updated: string } | null = null;
  private saveTimer: number | null = null;

  /** Hands the open draft's latest edit to the autosaver now. */
  private savePending(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const p = this.pendingSave;
    this.pendingSave = null;
    // A paper in blocks is saved by block; a shorter one as one object, as it always was.
    if (p) this.persist({ id: p.id, kind: "draft", doc: p.held === p.doc ? p.doc.toJSON() : documentParts(p.held), updated: p.updated }, p.doc);
  }

  /**
   * The document the hidden print rendering shows; refreshed before printing, and when typing
   * pauses in a paper of up to JOURNAL_MAX_CHARS.
   */
  printDoc: Node | null = null;
  private printTimer = 0;

  private schedulePrintView(): void {
    clearTimeout(this.printTimer);
    this.printTimer = window.setTimeout(() => {
      this.printDoc = this.draft?.doc ?? null;
      this.requestUpdate();
    }, 600);
  }

  /** After opening a paper: the print rendering waits until the browser is idle (the editor and its findings come first). */
  private schedulePrintViewWhenIdle(): void {
    clearTimeout(this.printTimer);
    const w = window as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number };
    if (!w.requestIdleCallback) return this.schedulePrintView();
    w.requestIdleCallback(() => {
      if (this.printDoc !== null) return; // typing or printing has rendered it meanwhile
      this.printDoc = this.draft?.doc ?? null;
      this.requestUpdate();
    }, { timeout: 2000 });
  }

  private readonly onBeforePrint = () => {
    clearTimeout(this.printTimer);
    this.printDoc = this.draft?.doc ?? null;
    this.requestUpdate();
    this.performUpdate(); // synchronously: the browser lays out the print right after this handler
  };

  /** True when the editor element is defined and reports its own diagnostics. */
  get editorLints(): boolean {
    return customElements.get("resolution-editor") !== undefined;
  }

  /** False from opening a paper until its first findings arrive: the panel then says it is checking, not "no findings". */
  draftChecked = false;
  /** Set once the editor has reported findings for the open draft: from then on its list is the truth. */
  private editorReported = false;
  /** Counts changes to the open draft, so a lint result for an older version is dropped. */
  private draftVersion = 0;

  /**
   * Clause groups the findings panel lists: a page, raised by a page as the list's end scrolls
   * near or "Show more" is pressed; the first report on a paper just opened lists fewer, so a
   * long paper's first findings are painted before the rest of the page is built.
   */
  findingsGroupLimit = LISTED_GROUPS_PAGE;

  /** Lists the next page of the findings panel's clause groups. */
  showMoreFindings = (): void => {
    this.findingsGroupLimit += LISTED_GROUPS_PAGE;
    this.requestUpdate();
  };

  /** Watches the end of a partial findings list, to list the next page before it shows. */
  readonly findingsListEnd = new ListEndWatcher(this, this.showMoreFindings);

  /** Clause groups the review's findings list shows (as findingsGroupLimit, per paper opened). */
  reviewFindingsGroupLimit = LISTED_GROUPS_PAGE;

  showMoreReviewFindings = (): void => {
    this.reviewFindingsGroupLimit += LISTED_GROUPS_PAGE;
    this.requestUpdate();
  };

  readonly reviewFindingsListEnd = new ListEndWatcher(this, this.showMoreReviewFindings);

  onEditorDiagnostics(diagnostics: Diagnostic[]): void {
    const first = !this.editorReported;
    this.editorReported = true;
    this.draftChecked = true;
    this.draftDiagnostics = diagnostics;
    this.draftNotice = null;
    if (first && diagnostics.length > FIRST_LISTED_FINDINGS) {
      this.findingsGroupLimit = FIRST_LISTED_GROUPS;
      // After the frame that paints the first groups: the rest of the list.
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.findingsGroupLimit = Math.max(this.findingsGroupLimit, LISTED_GROUPS_PAGE);
          this.requestUpdate();
        }, 0),
      );
    }
    this.requestUpdate();
  }

  /** "Fix N format and style findings": the editor applies them in one undoable step. */
  readonly fixAllFindings = (): void => {
    const editor = this.querySelector("resolution-editor") as ResolutionEditor | null;
    if (!editor) return;
    const { applied, left } = editor.fixAll();
    // The button goes once nothing is left to fix: the paper keeps the focus, not the page.
    editor.focus();
    if (applied === 0) return this.note("info", "Nothing to fix.");
    const rest = left > 0 ? " More remain: press Fix again." : "";
    this.note("info", `Fixed ${applied} format and style finding${applied === 1 ? "" : "s"} (Ctrl+Z undoes it).${rest}`);
  };

  /**
   * The editor reports findings when they change, so a paper without any reports nothing: once
   * the editor for a just-opened paper has rendered, its findings (none, or what it found before
   * the studio listened) are taken from it.
   */
  private async takeFirstFindings(id: string): Promise<void> {
    await this.updateComplete;
    const editor = this.querySelector("resolution-editor") as ResolutionEditor | null;
    if (!editor) return;
    await editor.updateComplete;
    if (this.draft?.id === id && !this.editorReported) this.onEditorDiagnostics([...editor.diagnostics]);
  }

  /** Lints the draft in the worker when the editor does not (not defined yet, or lint off). */
  scheduleDraftLint(delay: number): void {
    clearTimeout(this.draftLintTimer);
    this.draftLintTimer = window.setTimeout(async () => {
      const draft = this.draft;
      const version = this.draftVersion;
      if (!draft) return;
      try {
        const result = await this.lintClient.lint(draft.doc.toJSON());
        // Drop a result for another paper, an older version, or one the editor already covered.
        if (this.draft?.id !== draft.id || this.draftVersion !== version || this.editorReported) return;
        this.draftDiagnostics = result.diagnostics;
        this.draftChecked = true;
        this.draftNotice = result.notice;
        this.requestUpdate();
      } catch (error) {
        this.note("error", `Checking the paper failed: ${(error as Error).message}`);
      }
    }, delay);
  }

  async importDraftFiles(files: FileList | File[]): Promise<void> {
    for (const file of Array.from(files)) {
      try {
        const { doc, warnings } = await importPaperFile(file.name, new Uint8Array(await file.arrayBuffer()));
        this.addDraft(doc);
        this.noteImport(file.name, warnings);
      } catch (error) {
        this.note("error", (error as Error).message);
      }
    }
  }

  importPaste(text: string): boolean {
    try {
      const { doc, warnings } = importPastedText(text);
      this.addDraft(doc);
      this.dialog = null;
      this.noteImport("the pasted text", warnings);
      return true;
    } catch (error) {
      this.note("error", (error as Error).message);
      return false;
    }
  }

  /** Says what was imported, with the importer's notes (e.g. a dropped "; or") so nothing changes silently. */
  private noteImport(what: string, warnings: readonly { line: number; message: string }[]): void {
    if (warnings.length === 0) {
      this.note("info", `Imported ${what}.`);
      return;
    }
    const first = warnings.slice(0, 3).map((w) => (w.line ? `line ${w.line}: ${w.message}` : w.message));
    const more = warnings.length > 3 ? ` (and ${warnings.length - 3} more)` : "";
    this.note("warning", `Imported ${what}, with notes: ${first.join("; ")}${more}.`);
  }

  async exportDraft(format: ExportFormat): Promise<void> {
    if (!this.draft) return;
    try {
      const data = await exportPaper(this.draft.doc, format);
      download(fileNameFor(this.draftFileBase(), format), data, exportTypes[format]);
    } catch (error) {
      this.note("error", `Export failed: ${(error as Error).message}`);
    }
  }

  private draftFileBase(): string {
    const h = headingOf(this.draft!.doc);
    return h.code.trim() || paperTitle(this.draft!.doc);
  }

  printDraft(): void {
    window.print();
  }

  async deletePaper(id: string): Promise<void> {
    const entry = this.papers.find((p) => (p.ok ? p.record.id : p.id) === id);
    const title = entry?.ok ? paperTitle(entry.doc) : "this damaged record";
    if (!confirm(`Delete “${title}” from this browser? Export it first if you want to keep a copy.`)) return;
    if (this.pendingSave?.id === id) this.pendingSave = null;
    this.autosaver?.forget(id);
    try {
      await this.store?.delete(id);
    } catch (error) {
      this.note("error", `Could not delete: ${(error as Error).message}`);
      return;
    }
    this.papers = this.papers.filter((p) => (p.ok ? p.record.id : p.id) !== id);
    if (this.draft?.id === id) {
      this.draft = null;
      this.editorSeed = null;
      const next = this.draftRecords()[0];
      if (next) this.openDraft(next.record.id);
    }
    this.requestUpdate();
  }

  /** Offers a damaged record's raw data for download so nothing is lost even if it can't be read. */
  downloadDamaged(id: string): void {
    const entry = this.papers.find((p) => !p.ok && p.id === id);
    if (!entry || entry.ok) return;
    let text: string;
    try {
      text = JSON.stringify(entry.raw, null, 2) ?? "null";
    } catch {
      text = String(entry.raw);
    }
    download(`damaged-${id}.json`, text, exportTypes.json);
  }

  // ---- review desk ------------------------------------------------------------------------

  async openDeskFiles(files: FileList | File[]): Promise<void> {
    for (const file of Array.from(files)) {
      let doc: Node;
      try {
        ({ doc } = await importPaperFile(file.name, new Uint8Array(await file.arrayBuffer())));
      } catch (error) {
        this.note("error", (error as Error).message);
        continue;
      }
      const record: PaperRecord = {
        id: newPaperId(),
        kind: "review",
        doc: doc.toJSON(),
        updated: new Date().toISOString(),
        review: { fileName: file.name, verdict: "undecided", note: "" },
      };
      this.desk.set(record.id, { record, doc, diagnostics: [], notice: null, pending: true });
      this.autosaver?.save(record);
      this.requestUpdate();
      void this.lintDeskPaper(record.id);
      await new Promise((r) => setTimeout(r, 0)); // keep the page responsive between files
    }
  }

  private async lintDeskPaper(id: string): Promise<void> {
    const paper = this.desk.get(id);
    if (!paper) return;
    try {
      const result = await this.lintClient.lint(paper.record.doc);
      const current = this.desk.get(id);
      if (!current) return;
      this.desk.set(id, { ...current, diagnostics: result.diagnostics, notice: result.notice, pending: false });
    } catch (error) {
      const current = this.desk.get(id);
      if (current) this.desk.set(id, { ...current, notice: `Could not check: ${(error as Error).message}`, pending: false });
    }
    this.requestUpdate();
  }

  setDeskSort(sort: Sort): void {
    this.deskSort = sort;
    this.requestUpdate();
  }

  setDeskFilter(patch: Partial<DeskFilter>): void {
    this.deskFilter = { ...this.deskFilter, ...patch };
    this.requestUpdate();
  }

  openReview(id: string | null): void {
    if (id !== this.reviewId) this.reviewFindingsGroupLimit = LISTED_GROUPS_PAGE;
    this.reviewId = id;
    this.commentTarget = null;
    this.activeClauseId = null;
    this.activeCommentId = null;
    this.requestUpdate();
  }

  async removeFromDesk(id: string): Promise<void> {
    const paper = this.desk.get(id);
    if (!paper) return;
    if (!confirm(`Remove “${paperTitle(paper.doc)}” from the desk? Its comments are lost unless you exported the report.`)) return;
    this.autosaver?.forget(id);
    this.desk.delete(id);
    if (this.reviewId === id) this.reviewId = null;
    try {
      await this.store?.delete(id);
    } catch (error) {
      this.note("error", `Could not remove it from storage: ${(error as Error).message}`);
    }
    this.requestUpdate();
  }

  private updateDeskPaper(id: string, doc: Node, review: ReviewInfo): void {
    const paper = this.desk.get(id);
    if (!paper) return;
    const record: PaperRecord = { ...paper.record, doc: doc.toJSON(), review, updated: new Date().toISOString() };
    this.desk.set(id, { ...paper, record, doc });
    this.autosaver?.save(record);
    this.requestUpdate();
  }

  setCommentTarget(target: CommentTarget | null): void {
    this.commentTarget = target;
    this.activeClauseId = target?.clauseId ?? null;
    this.requestUpdate();
  }

  /** Attaches a comment to the chosen clause or range; returns false (with a message) if it can't. */
  addReviewComment(body: string): boolean {
    const paper = this.reviewId ? this.desk.get(this.reviewId) : undefined;
    if (!paper) return false;
    if (!body.trim()) {
      this.note("error", "Write the comment first.");
      return false;
    }
    if (!this.commentTarget) {
      this.note("error", "Choose a clause, or select words in the paper, to attach the comment to.");
      return false;
    }
    const comment: CommentAttrs = { id: newCommentId(), author: this.reviewer.trim(), body: body.trim(), created: new Date().toISOString() };
    try {
      const doc = addComment(paper.doc, this.commentTarget, comment);
      this.updateDeskPaper(paper.record.id, doc, paper.record.review!);
      this.activeCommentId = comment.id;
      this.commentTarget = null;
      return true;
    } catch (error) {
      this.note("error", (error as Error).message);
      return false;
    }
  }

  deleteReviewComment(commentId: string): void {
    const paper = this.reviewId ? this.desk.get(this.reviewId) : undefined;
    if (!paper) return;
    this.updateDeskPaper(paper.record.id, removeComment(paper.doc, commentId), paper.record.review!);
  }

  setReview(patch: Partial<Pick<ReviewInfo, "verdict" | "note">>): void {
    const paper = this.reviewId ? this.desk.get(this.reviewId) : undefined;
    if (!paper) return;
    this.updateDeskPaper(paper.record.id, paper.doc, { ...paper.record.review!, ...patch });
  }

  setVerdict(verdict: Verdict): void {
    this.setReview({ verdict });
  }

  setReviewer(name: string): void {
    this.reviewer = name;
    void this.store?.setMeta("reviewer", name).catch(() => undefined);
  }

  setWholePaperForScreenReaders(on: boolean): void {
    this.wholePaperForScreenReaders = on;
    void this.store?.setMeta("wholePaperForScreenReaders", on).catch(() => undefined);
    this.requestUpdate();
  }

  exportReport(id: string): void {
    const paper = this.desk.get(id);
    if (!paper) return;
    const html = feedbackReport({
      doc: paper.doc,
      diagnostics: paper.diagnostics,
      review: paper.record.review!,
      ...(this.reviewer.trim() ? { reviewer: this.reviewer.trim() } : {}),
    });
    const base = headingOf(paper.doc).code.trim() || paperTitle(paper.doc);
    download(fileNameFor(base, "html", "-feedback"), html, "text/html;charset=utf-8");
  }

  async exportDeskPaper(id: string, format: ExportFormat): Promise<void> {
    const paper = this.desk.get(id);
    if (!paper) return;
    try {
      const base = headingOf(paper.doc).code.trim() || paperTitle(paper.doc);
      download(fileNameFor(base, format), await exportPaper(paper.doc, format), exportTypes[format]);
    } catch (error) {
      this.note("error", `Export failed: ${(error as Error).message}`);
    }
  }

  // ---- keyboard -------------------------------------------------------------------------

  private shortcut(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.shiftKey && event.key.toLowerCase() === "s") {
      event.preventDefault(); // the paper is already saved on every change; say so
      this.note("info", this.saveState.state === "failed" ? "Not saved: see the warning above. Export to keep a copy." : "Your paper is saved in this browser on every change.");
    } else if (mod && !event.shiftKey && event.key.toLowerCase() === "o") {
      event.preventDefault();
      this.querySelector<HTMLInputElement>(this.mode === "review" ? "#desk-file-input" : "#draft-file-input")?.click();
    } else if (event.altKey && !mod && (event.key === "1" || event.key === "2")) {
      event.preventDefault();
      this.setMode(event.key === "1" ? "draft" : "review");
    } else if (event.key === "Escape" && this.dialog) {
      this.openDialog(null);
    }
  }

  // ---- rendering --------------------------------------------------------------------------

  private renderSaveStatus() {
    const s = this.saveState;
    if (!this.store?.persistent) return html`<span class="save-status warn" data-save="memory">Not saved (storage unavailable)</span>`;
    switch (s.state) {
      case "idle":
        return html`<span class="save-status" data-save="idle">Saved in this browser</span>`;
      case "saving":
        return html`<span class="save-status" data-save="saving">Saving…</span>`;
      case "saved":
        return html`<span class="save-status ok" data-save="saved">Saved ${formatClockTime(s.at)}</span>`;
      case "failed":
        return html`<span class="save-status warn" data-save="failed">Not saved</span>`;
    }
  }

  private renderStorageWarning() {
    const p = this.storageProblem;
    if (!p) return nothing;
    const what =
      p.reason === "unavailable"
        ? "This browser does not let the studio use its database here (a private window, or storage is blocked); a fallback copy is kept in the browser's local storage where it allows, but do not rely on it."
        : p.reason === "quota"
          ? "The browser's storage for this site is full, so your latest changes are not saved."
          : "Saving your latest changes failed.";
    return html`<div class="storage-warning" role="alert" data-reason=${p.reason}>
      <strong>Your work is not being saved.</strong> ${what} It stays open in this tab: export it (Word, text or JSON) to keep
      a copy before you close the tab.
      <span class="detail">${p.message}</span>
    </div>`;
  }

  private renderMessages() {
    if (this.messages.length === 0) return nothing;
    return html`<div class="messages" aria-live="polite">
      ${this.messages.map(
        (m, i) => html`<div class="message ${m.kind}" role=${m.kind === "error" ? "alert" : "status"}>
          <span>${m.text}</span>
          <button type="button" class="icon" aria-label="Dismiss" @click=${() => this.dismissMessage(i)}>×</button>
        </div>`,
      )}
    </div>`;
  }

  private renderDialog() {
    if (!this.dialog) return nothing;
    const close = () => this.openDialog(null);
    if (this.dialog === "mandate") {
      // The paper in view: the one under review on the desk, else the draft.
      const reviewed = this.mode === "review" && this.reviewId ? this.desk.get(this.reviewId)?.doc : undefined;
      const paper = reviewed ?? this.draft?.doc;
      const committee = paper ? getCommittee(headingOf(paper).committee) : undefined;
      return html`<div class="dialog-backdrop" @click=${(e: Event) => e.target === e.currentTarget && close()}>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="mandate-title">
          <header><h2 id="mandate-title">What ${committee?.shortName ?? "this committee"} may and may not do</h2>
            <button type="button" class="icon" aria-label="Close" @click=${close}>×</button></header>
          <div class="dialog-body mandate">${renderMandate(committee)}</div>
        </div>
      </div>`;
    }
    const pasted = () => this.querySelector<HTMLTextAreaElement>("#paste-text")?.value ?? "";
    return html`<div class="dialog-backdrop" @click=${(e: Event) => e.target === e.currentTarget && close()}>
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="paste-title">
        <header><h2 id="paste-title">Paste a working paper</h2>
          <button type="button" class="icon" aria-label="Close" @click=${close}>×</button></header>
        <div class="dialog-body">
          <p>Paste the text of a working paper (from Word, a PDF or an e-mail) or its JSON. Clauses, numbers and the heading are recognised.</p>
          <textarea id="paste-text" rows="14"></textarea>
          <div class="dialog-actions">
            <button type="button" @click=${close}>Cancel</button>
            <button type="button" class="primary" id="paste-import" @click=${() => this.importPaste(pasted())}>Import</button>
          </div>
        </div>
      </div>
    </div>`;
  }

  protected override render() {
    return html`<header class="app-bar">
        <div class="brand">Clausewise <span>Studio</span></div>
        <nav class="modes" role="tablist" aria-label="Mode">
          <button type="button" role="tab" id="tab-draft" aria-selected=${this.mode === "draft"} @click=${() => this.setMode("draft")}>Draft</button>
          <button type="button" role="tab" id="tab-review" aria-selected=${this.mode === "review"} @click=${() => this.setMode("review")}>Review desk</button>
        </nav>
        <div class="app-status">${this.ready ? this.renderSaveStatus() : html`<span class="save-status">Opening storage…</span>`}</div>
      </header>
      ${this.renderStorageWarning()} ${this.renderMessages()}
      <main class="mode-${this.mode}">
        ${!this.ready
          ? html`<p class="loading">Loading your papers…</p>`
          : this.mode === "draft"
            ? renderDraft(this)
            : this.reviewId && this.desk.has(this.reviewId)
              ? renderReview(this, this.desk.get(this.reviewId)!)
              : renderDesk(this)}
      </main>
      ${this.renderDialog()}`;
  }
}

if (!customElements.get("cw-studio")) customElements.define("cw-studio", CwStudio);
