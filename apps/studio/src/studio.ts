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
import { Selection } from "prosemirror-state";
import { parseDocumentJSON, withoutBlocks, type CommentAttrs } from "@clausewise/schema";
import { sameDocument } from "@clausewise/formats";
import { getCommittee } from "@clausewise/rulebook";
import type { Diagnostic } from "@clausewise/lint";
import { ListEndWatcher, type ResolutionEditor } from "@clausewise/editor";
import { newPaperId, paperTitle, type ImportSource, type LoadedPaper, type PaperRecord, type ReviewInfo, type Verdict } from "./paper.ts";
import { openStore, type PaperStore, type StorageError } from "./storage.ts";
import { documentParts } from "./doc-text.ts";
import { Autosaver, JOURNAL_MAX_CHARS, recoverJournal, type SaveState } from "./autosave.ts";
import { templateDocument } from "./templates.ts";
import type { ImportWarning } from "@clausewise/formats";
import { download, exportPaper, exportTypes, fileNameFor, fingerprint, importPaperFile, importPastedText, type ExportFormat } from "./files.ts";
import { LintClient } from "./lint-client.ts";
import { addComment, commentProblem, listComments, newCommentId, removeComment, type CommentTarget } from "./comments.ts";
import { feedbackReport } from "./report.ts";
import { reportsZip, reportsZipName } from "./report-bundle.ts";
import { renderMandate } from "./mandate.ts";
import { renderDraft } from "./draft-view.ts";
import { renderDesk, renderReview, reviewNeighbours } from "./review-view.ts";
import type { DeskFilter, Sort } from "./review-table.ts";
import { headingOf } from "./paper.ts";
import { FIRST_LISTED_FINDINGS, FIRST_LISTED_GROUPS, LISTED_GROUPS_PAGE } from "./listing.ts";
import { formatClockTime } from "./dates.ts";
import { FieldSaver } from "./field-saver.ts";
import { plural } from "./words.ts";
import { fallbackCommittee, withKnownCommittee } from "./committee.ts";
import { TabSync } from "./tab-sync.ts";
import { commentTargetAtSelection } from "./selection.ts";
import { paperFromSameFile, paperWithSameText } from "./same-file.ts";

/**
 * How long typing pauses before it is saved: in a large paper (see onEditorChange), and in form
 * fields (the heading's, the director's note, name and comment), which are saved as they are typed.
 */
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
  /** What the message is about ("import", "desk-open", …): a newer message about it replaces the older. */
  key: string;
  /** Every note behind a message that shows only the first few (an import's): under "Show all N notes". */
  details?: readonly string[];
  /** A button in the message doing what it suggests (e.g. "Load the other tab's version"). */
  action?: { label: string; run: () => void };
}

/**
 * A paper handed back from the review desk (its .json) carries the director's comments; they show
 * only as highlighted words until the delegate puts the caret in them, so the import says so.
 */
function commentNote(doc: Node): ImportWarning[] {
  const n = listComments(doc).length;
  if (n === 0) return [];
  return [{ line: 0, message: `${plural(n, "comment")} from the review desk, on the highlighted words: click them (or put the caret in them) to read ${n === 1 ? "it" : "each"}` }];
}

/** A field the user types into (where a Ctrl+Alt shortcut may be AltGr typing a character). */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "file"].includes(target.type)) || (target instanceof HTMLElement && target.isContentEditable);
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
  /** The open draft could not be shown (its editor refused it): the paper and why, shown in its place. */
  draftError: { id: string; message: string } | null = null;
  newCommittee = "hrc";
  /** The desk row to point out (a file opened again that is already on the desk), until another is. */
  highlightedDeskId: string | null = null;

  desk = new Map<string, DeskPaper>();
  deskSort: Sort = { key: "title", descending: false };
  deskFilter: DeskFilter = { text: "", category: "", onlyProblems: false };
  reviewId: string | null = null;
  reviewer = "";
  /** Keep every clause of a compilation rendered, for screen readers (the editor's render-all). */
  wholePaperForScreenReaders = false;
  commentTarget: CommentTarget | null = null;
  /** Comments being written, per paper on the desk (saved in its record as they are typed). */
  readonly commentDrafts = new Map<string, string>();
  /** Where each paper's comment being written goes, kept while the director looks at other papers. */
  private readonly commentTargets = new Map<string, CommentTarget | null>();
  /** "Add comment" was pressed and refused: what is missing is shown by the form until fixed. */
  private commentTried = false;
  /** Why the last comment could not be attached (an empty clause), until the comment or its place changes. */
  private commentFailure: string | null = null;
  /** Why the pasted text could not be imported, shown in the Paste dialog until the text changes. */
  pasteError: string | null = null;
  /** The Paste dialog's text, kept if the dialog is closed without importing it. */
  private pasteText = "";
  /**
   * Form fields typed into and not saved yet (they are saved when typing pauses, on blur, and
   * before the page goes away): while any waits, the save status does not say "Saved".
   */
  readonly fields = new FieldSaver(SAVE_PAUSE, () => this.requestUpdate());
  /** Heading fields typed into that the editor has not committed yet (it commits on `change`). */
  activeClauseId: string | null = null;
  activeCommentId: string | null = null;

  private autosaver: Autosaver | null = null;
  private readonly lintClient = new LintClient();
  /** Hears which papers the studio's other tabs save (see tab-sync.ts). */
  private tabSync: TabSync | null = null;
  /** Papers another tab has saved since this tab loaded them: this tab's copy is older. */
  private readonly changedElsewhere = new Set<string>();
  /** Papers whose "changed in another tab" warning was shown (once each, so it does not return on every keystroke there). */
  private readonly warnedElsewhere = new Set<string>();
  private draftLintTimer = 0;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.mode = location.hash === "#review" ? "review" : "draft";
    window.addEventListener("pagehide", this.onPageHide);
    window.addEventListener("beforeunload", this.onBeforeUnload);
    document.addEventListener("visibilitychange", this.onVisibilityChange);
    window.addEventListener("hashchange", this.onHashChange);
    window.addEventListener("keydown", this.onKeyDown);
    window.addEventListener("beforeprint", this.onBeforePrint);
    this.tabSync = new TabSync((id) => this.onSavedElsewhere(id));
    void this.init();
  }

  override disconnectedCallback(): void {
    this.flushEdits();
    window.removeEventListener("pagehide", this.onPageHide);
    window.removeEventListener("beforeunload", this.onBeforeUnload);
    document.removeEventListener("visibilitychange", this.onVisibilityChange);
    window.removeEventListener("hashchange", this.onHashChange);
    window.removeEventListener("keydown", this.onKeyDown);
    window.removeEventListener("beforeprint", this.onBeforePrint);
    this.tabSync?.close();
    this.tabSync = null;
    super.disconnectedCallback();
  }

  /** The page is going away (or may: hidden tabs get discarded): every waiting edit is saved and journaled now. */
  private readonly onPageHide = () => {
    this.flushEdits();
    this.autosaver?.journalPending();
  };
  /**
   * As pagehide, and the browser asks "Leave site?" first when a change would be lost: saving
   * failed (or storage is blocked) and the journal could not keep a copy either.
   */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    this.onPageHide();
    if (this.autosaver?.wouldLoseWork) {
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when this is set
    }
  };
  private readonly onVisibilityChange = () => {
    if (document.visibilityState === "hidden") this.onPageHide();
  };

  /** Hands every waiting edit (form fields, a large paper's typing) to the autosaver now. */
  flushEdits(): void {
    try {
      this.fields.flush();
    } catch (error) {
      this.note("error", `A field could not be saved: ${(error as Error).message}`, "save");
    }
    this.savePending();
  }
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
    this.repairCommittees();
    for (const p of loaded) {
      if (p.ok && p.record.kind === "review") {
        this.desk.set(p.record.id, { record: p.record, doc: p.doc, diagnostics: [], notice: null, pending: true });
        if (p.record.review?.commentDraft) this.commentDrafts.set(p.record.id, p.record.review.commentDraft);
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

  /**
   * Drafts stored without a committee the studio knows (an older version saved what the importer
   * gave it) get the default one, are saved so, and a message says which papers: the editor
   * cannot open a paper without a committee.
   */
  private repairCommittees(): void {
    const repaired: string[] = [];
    for (const p of this.papers) {
      if (!p.ok || p.record.kind !== "draft") continue;
      const { doc, note } = withKnownCommittee(p.doc, fallbackCommittee(null));
      if (!note) continue;
      this.persist({ ...p.record, doc: doc.toJSON() }, doc);
      repaired.push(`“${paperTitle(doc)}”: ${note}`);
    }
    if (repaired.length === 1) this.note("warning", `${repaired[0]}.`, "repair");
    else if (repaired.length) this.note("warning", `${plural(repaired.length, "paper")} had no committee we know; each got one: choose the right committee in its heading.`, "repair", repaired);
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
    // Told once the write has landed, so another tab loading the paper reads this version. A
    // memory-only store is this tab's alone: there is nothing another tab could load.
    if (state.state === "saved" && this.store?.persistent) this.tabSync?.saved(state.id);
    if (state.state === "failed") this.storageProblem = state.error;
    this.requestUpdate();
  }

  /** Saves a record and keeps the in-memory lists in step (memory is what export reads). */
  private persist(record: PaperRecord, doc: Node): void {
    const i = this.papers.findIndex((p) => (p.ok ? p.record.id : p.id) === record.id);
    // The edits' saves rebuild the record from the document: the file it came from stays with it.
    const before = this.papers[i];
    if (record.kind === "draft" && !record.source && before?.ok && before.record.source) record = { ...record, source: before.record.source };
    const entry: LoadedPaper = { ok: true, record, doc };
    if (record.kind === "draft") {
      if (i >= 0) this.papers[i] = entry;
      else this.papers = [...this.papers, entry];
    }
    // A document's JSON holds at least its content size in characters (text, and more than two per node).
    this.autosaver?.save(record, doc.content.size);
  }

  /** Another tab saved a paper: if this tab has it open (now or later), say that its copy is older. */
  private onSavedElsewhere(id: string): void {
    this.changedElsewhere.add(id);
    this.warnIfChangedElsewhere(id);
  }

  /**
   * Warns, once per paper, when the paper open here (a draft or a paper under review) was saved
   * by another tab since this tab loaded it: the next save here would overwrite that tab's work.
   */
  private warnIfChangedElsewhere(id: string): void {
    if (!this.changedElsewhere.has(id) || this.warnedElsewhere.has(id)) return;
    const doc = this.draft?.id === id ? this.draft.doc : this.reviewId === id ? this.desk.get(id)?.doc : undefined;
    if (!doc) return;
    this.warnedElsewhere.add(id);
    this.note(
      "warning",
      `“${paperTitle(doc)}” was changed in another tab of the studio. Tabs do not merge their changes: whichever saves last wins, so work on it in one tab only.`,
      `other-tab:${id}`,
      undefined,
      { label: "Load the other tab's version", run: () => void this.loadStoredVersion(id) },
    );
  }

  /**
   * Replaces this tab's copy of a paper with the stored one (another tab saved it): this tab's
   * unsaved field edits of it are dropped, not saved over the other tab's work.
   */
  async loadStoredVersion(id: string): Promise<void> {
    if (this.pendingSave?.id === id) this.pendingSave = null;
    for (const key of [`note:${id}`, `comment:${id}`]) this.fields.discard(key);
    let stored: LoadedPaper | undefined;
    try {
      stored = (await this.store?.list())?.find((p) => (p.ok ? p.record.id : p.id) === id);
    } catch (error) {
      this.note("error", `The other tab's version could not be read: ${(error as Error).message}`, `other-tab:${id}`);
      return;
    }
    if (!stored?.ok) {
      this.note("error", "The other tab's version could not be read: it is no longer stored, or damaged. Reload the page to see the papers as stored.", `other-tab:${id}`);
      return;
    }
    this.changedElsewhere.delete(id);
    this.warnedElsewhere.delete(id);
    this.messages = this.messages.filter((m) => m.key !== `other-tab:${id}`);
    const { record, doc } = stored;
    if (record.kind === "draft") {
      const i = this.papers.findIndex((p) => (p.ok ? p.record.id : p.id) === id);
      if (i >= 0) this.papers[i] = stored;
      if (this.draft?.id === id) this.openDraft(id, "start");
    } else if (this.desk.has(id)) {
      this.desk.set(id, { record, doc, diagnostics: [], notice: null, pending: true });
      if (record.review?.commentDraft) this.commentDrafts.set(id, record.review.commentDraft);
      void this.lintDeskPaper(id);
    }
    this.note("info", `Loaded the latest saved version of “${paperTitle(doc)}”.`, `other-tab:${id}`);
  }

  /**
   * Shows a message in the one message region (under the top bar, in the page's flow: it never
   * covers a control). A newer message about the same thing (`key`, by default its kind) replaces
   * the older one.
   */
  note(kind: Message["kind"], text: string, key: string = kind, details?: readonly string[], action?: Message["action"]): void {
    const message: Message = { kind, text, key, ...(details?.length ? { details } : {}), ...(action ? { action } : {}) };
    this.messages = [...this.messages.filter((m) => m.key !== key).slice(-2), message];
    // Confirmations fade on their own; errors stay until dismissed.
    if (kind === "info") {
      setTimeout(() => {
        this.messages = this.messages.filter((m) => m !== message);
        this.requestUpdate();
      }, 4000);
    }
    this.requestUpdate();
  }

  dismissMessage(message: Message): void {
    this.messages = this.messages.filter((m) => m !== message);
    this.requestUpdate();
  }

  /**
   * Switches mode. `focus` (the Alt+1 / Alt+2 shortcuts) moves the keyboard focus to the mode's
   * content: the paper's text, else the mode's heading (a click on a tab keeps it on the tab).
   */
  setMode(mode: Mode, options: { focus?: boolean } = {}): void {
    if (this.mode !== mode) {
      this.flushEdits();
      // The editor is made anew when Draft shows again: it starts from the paper as it is now,
      // not as it was when the paper was opened.
      if (mode === "draft" && this.draft) this.editorSeed = this.draft.doc.toJSON();
      this.mode = mode;
      const hash = mode === "review" ? "#review" : "";
      if (location.hash !== hash) history.replaceState(null, "", hash || location.pathname + location.search);
      this.requestUpdate();
    }
    if (options.focus) this.focusModeContent();
  }

  /** Focuses the content of the mode shown: the paper's text, the paper under review's title, or the mode's heading. */
  private focusModeContent(): void {
    if (this.mode === "draft") {
      if (this.draft) void this.focusEditorText("start");
      else this.focusAfterRender(() => this.querySelector("#draft-title"));
    } else {
      this.focusAfterRender(() => this.querySelector(this.reviewId && this.desk.has(this.reviewId) ? "#review-title" : "#desk-title"));
    }
  }

  /** Focuses what `pick` finds once the next render is done (the element may be rendered by it). */
  focusAfterRender(pick: () => Element | null | undefined): void {
    void this.updateComplete.then(() => (pick() as HTMLElement | null | undefined)?.focus());
  }

  /**
   * Puts the caret in the open paper's text once its editor is rendered: at the start of its first
   * clause, or at the end of its last (a new paper's empty operative clause), and focuses it.
   */
  async focusEditorText(at: "start" | "end"): Promise<void> {
    await this.updateComplete;
    const editor = this.querySelector("resolution-editor") as ResolutionEditor | null;
    if (!editor) return;
    await editor.updateComplete;
    const view = editor.editorView;
    if (view) {
      const doc = view.state.doc;
      const place = at === "end" ? Selection.findFrom(doc.resolve(doc.content.size), -1, true) : Selection.findFrom(doc.resolve(0), 1, true);
      if (place) view.dispatch(view.state.tr.setSelection(place).scrollIntoView());
    }
    editor.focus();
  }

  private focusBeforeDialog: HTMLElement | null = null;

  /**
   * Opens or closes a dialog (a native modal <dialog>, shown in `updated`): the focus moves to its
   * main field and, when it closes, back to where it was (unless `returnFocus` is false: the
   * caller puts it elsewhere).
   */
  openDialog(dialog: CwStudio["dialog"], returnFocus = true): void {
    if (dialog === this.dialog) return;
    if (dialog && !this.dialog) this.focusBeforeDialog = document.activeElement as HTMLElement | null;
    const closing = !dialog && this.dialog;
    this.querySelector<HTMLDialogElement>("dialog.dialog")?.close();
    this.dialog = dialog;
    this.pasteError = null;
    this.requestUpdate();
    if (closing && returnFocus) this.focusAfterRender(() => (this.focusBeforeDialog?.isConnected ? this.focusBeforeDialog : null));
  }

  protected override updated(): void {
    const dialog = this.querySelector<HTMLDialogElement>("dialog.dialog");
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[autofocus]")?.focus();
    }
  }

  /** A modal dialog keeps Tab and Shift+Tab among its own controls. */
  private readonly keepTabInDialog = (event: KeyboardEvent): void => {
    if (event.key !== "Tab") return;
    const dialog = event.currentTarget as HTMLElement;
    const stops = [...dialog.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    if (stops.length === 0) return;
    const first = stops[0]!, last = stops[stops.length - 1]!;
    const at = document.activeElement;
    if (event.shiftKey && (at === first || !dialog.contains(at))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (at === last || !dialog.contains(at))) {
      event.preventDefault();
      first.focus();
    }
  };

  /** The element that opened the papers drawer (phones and narrow windows), to give the focus back to. */
  private drawerOpener: HTMLElement | null = null;

  /** Opens or closes the papers drawer; the focus goes into it, and back to its toggle when it closes. */
  toggleSidebar(open: boolean): void {
    if (open === this.sidebarOpen) return;
    if (open) this.drawerOpener = document.activeElement as HTMLElement | null;
    this.sidebarOpen = open;
    this.requestUpdate();
    if (open) this.focusAfterRender(() => this.querySelector(".papers-panel .drawer-close"));
    else this.focusAfterRender(() => (this.drawerOpener?.isConnected ? this.drawerOpener : this.querySelector(".paper-toolbar .sidebar-toggle, .welcome .sidebar-toggle")));
  }

  // ---- drafting -------------------------------------------------------------------------

  /** Opens a draft in the editor; `focus` puts the caret in its text (after a user's action, not at start-up). */
  openDraft(id: string, focus?: "start" | "end"): void {
    this.flushEdits();
    const entry = this.draftRecords().find((p) => p.record.id === id);
    if (!entry) return;
    this.draftError = null;
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
    this.warnIfChangedElsewhere(id);
    void this.store?.setMeta("lastDraft", id).catch(() => undefined);
    // The editor lints the paper it is given and reports its findings; the worker would lint the
    // same paper a second time, competing with it for the processor.
    if (!this.editorLints) this.scheduleDraftLint(0);
    else void this.takeFirstFindings(id);
    this.requestUpdate();
    if (focus) void this.focusEditorText(focus);
  }

  /**
   * The open paper's editor refused it (a render error): that paper shows why in its place, and
   * the rest of the studio (the list, the other papers) goes on working.
   */
  onDraftRenderError(id: string, error: unknown): void {
    if (this.draftError?.id === id) return;
    const message = error instanceof Error ? error.message : String(error);
    this.draftError = { id, message };
    console.warn(`The paper ${id} could not be shown:`, error);
    this.note("error", `This paper cannot be opened in the editor: ${message}. Your other papers are not affected; download its data to keep it.`, "render");
  }

  private addDraft(doc: Node, focus?: "start" | "end", source?: ImportSource): void {
    const record: PaperRecord = { id: newPaperId(), kind: "draft", doc: doc.toJSON(), updated: new Date().toISOString(), ...(source ? { source } : {}) };
    this.persist(record, doc);
    this.openDraft(record.id, focus);
  }

  /** A new paper from the committee's template, with the caret in its empty operative clause. */
  newFromTemplate(committeeId: string): void {
    this.addDraft(templateDocument(committeeId), "end");
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
    let held = source.editorView?.state.doc;
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
    this.note("info", `Fixed ${plural(applied, "format and style finding")} (Ctrl+Z undoes it).${rest}`, "fix");
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

  /**
   * Imports files as new drafts; the last one opens with the caret in its text. One message says
   * how it went. A file imported before (same name and bytes), or whose paper is already among the
   * drafts word for word, opens that paper instead of making a copy; the message offers the copy.
   */
  async importDraftFiles(files: FileList | File[], options: { copies?: boolean } = {}): Promise<void> {
    const imported: { name: string; warnings: readonly ImportWarning[] }[] = [];
    const failed: string[] = [];
    const already: { file: File; id: string }[] = [];
    for (const file of Array.from(files)) {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const fileHash = fingerprint(bytes);
        const drafts = this.draftRecords();
        const same = options.copies ? undefined : paperFromSameFile(drafts, (p) => p.record.source, file.name, fileHash);
        if (same) {
          already.push({ file, id: same.record.id });
          continue;
        }
        const { doc, warnings } = await importPaperFile(file.name, bytes, fallbackCommittee(this.newCommittee));
        const twin = options.copies ? undefined : paperWithSameText(drafts, (p) => p.doc, doc);
        if (twin) {
          already.push({ file, id: twin.record.id });
          continue;
        }
        this.addDraft(doc, undefined, { fileName: file.name, fileHash });
        imported.push({ name: file.name, warnings: [...warnings, ...commentNote(doc)] });
      } catch (error) {
        failed.push((error as Error).message);
      }
    }
    // The paper the file already is opens when nothing new was imported (a new one opens otherwise).
    const last = already.at(-1);
    if (last && !imported.length && this.draft?.id !== last.id) this.openDraft(last.id);
    this.noteImport(imported, failed, already.map((a) => ({ name: a.file.name, title: this.draftTitle(a.id) })),
      already.length ? { label: already.length === 1 ? "Import a copy anyway" : "Import copies anyway", run: () => void this.importDraftFiles(already.map((a) => a.file), { copies: true }) } : undefined);
    if (imported.length || already.length) void this.focusEditorText("start");
  }

  private draftTitle(id: string): string {
    const entry = this.draftRecords().find((p) => p.record.id === id);
    return entry ? paperTitle(entry.doc) : "";
  }

  /** Imports pasted text; a problem is shown in the Paste dialog, which stays open. */
  importPaste(text: string): boolean {
    try {
      const { doc, warnings } = importPastedText(text, fallbackCommittee(this.newCommittee));
      this.pasteText = "";
      this.openDialog(null, false);
      this.addDraft(doc, "start");
      this.noteImport([{ name: "the pasted text", warnings }], []);
      return true;
    } catch (error) {
      this.pasteError = (error as Error).message;
      this.requestUpdate();
      return false;
    }
  }

  setPasteText(text: string): void {
    this.pasteText = text;
    if (this.pasteError === null) return;
    this.pasteError = null;
    this.requestUpdate();
  }

  /**
   * Says what was imported, with the importer's notes (e.g. a dropped "; or") so nothing changes
   * silently, and what could not be: one message, replacing the previous import's.
   */
  private noteImport(
    imported: readonly { name: string; warnings: readonly ImportWarning[] }[],
    failed: readonly string[],
    already: readonly { name: string; title: string }[] = [],
    action?: Message["action"],
  ): void {
    const parts: string[] = [];
    if (failed.length) parts.push(`${failed.map((m) => m.replace(/\.$/, "")).join("; ")}.`);
    if (already.length) {
      const which = already.map((a) => `${a.name} (“${a.title}”)`).join(", ");
      parts.push(already.length === 1 ? `${which} is already among your papers: it is open, with any changes you made.` : `${which} are already among your papers; the last is open.`);
    }
    const warnings = imported.flatMap((i) => i.warnings);
    const all = imported.flatMap((i) =>
      i.warnings.map((w) => `${imported.length > 1 ? `${i.name}, ` : ""}${w.line ? `line ${w.line}: ` : ""}${w.message}`),
    );
    if (imported.length) {
      const what = imported.map((i) => i.name).join(", ");
      // The message shows the first three; all of them are under "Show all N notes" (renderMessages).
      const first = all.slice(0, 3);
      const more = all.length > 3 ? ` (and ${(all.length - 3).toLocaleString("en-US")} more)` : "";
      parts.push(warnings.length ? `Imported ${what}, with ${plural(all.length, "note")}: ${first.join("; ")}${more}.` : `Imported ${what}.`);
    }
    if (parts.length === 0) return;
    // A paper found already imported is a warning (with the copy offered), so it stays until read.
    const kind = failed.length ? "error" : warnings.length || already.length ? "warning" : "info";
    this.note(kind, parts.join(" "), "import", all.length > 3 ? all : undefined, action);
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
    // The deleted paper's button is gone: the focus goes to the list's first paper, else to "New paper".
    this.focusAfterRender(() => this.querySelector(".paper-list button.paper-open, #new-committee"));
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

  /** Puts files on the desk; the ones that cannot be read are named in one message (replacing the previous one). */
  async openDeskFiles(files: FileList | File[]): Promise<void> {
    const failed: string[] = [];
    const already: { name: string; id: string }[] = [];
    const namesakes: string[] = [];
    this.highlightedDeskId = null;
    for (const file of Array.from(files)) {
      let doc: Node;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const fileHash = fingerprint(bytes);
      // The same file (same name, same bytes) again is not a second paper: its row is pointed out.
      const same = paperFromSameFile(this.desk.values(), (p) => p.record.review, file.name, fileHash);
      if (same) {
        already.push({ name: file.name, id: same.record.id });
        continue;
      }
      try {
        ({ doc } = await importPaperFile(file.name, bytes));
      } catch (error) {
        failed.push((error as Error).message.replace(/\.$/, ""));
        continue;
      }
      // Papers opened before files were fingerprinted: the same name and the same document.
      const older = [...this.desk.values()].find(
        (p) => p.record.review?.fileName === file.name && !p.record.review.fileHash && sameDocument(p.doc, doc),
      );
      if (older) {
        already.push({ name: file.name, id: older.record.id });
        this.updateDeskPaper(older.record.id, older.doc, { ...older.record.review!, fileHash });
        continue;
      }
      if ([...this.desk.values()].some((p) => p.record.review?.fileName === file.name)) namesakes.push(file.name);
      const record: PaperRecord = {
        id: newPaperId(),
        kind: "review",
        doc: doc.toJSON(),
        updated: new Date().toISOString(),
        review: { fileName: file.name, verdict: "undecided", note: "", fileHash },
      };
      this.desk.set(record.id, { record, doc, diagnostics: [], notice: null, pending: true });
      this.autosaver?.save(record);
      this.requestUpdate();
      void this.lintDeskPaper(record.id);
      await new Promise((r) => setTimeout(r, 0)); // keep the page responsive between files
    }
    const parts: string[] = [];
    if (failed.length === 1) parts.push(`${failed[0]}.`);
    else if (failed.length) parts.push(`${plural(failed.length, "file")} could not be opened: ${failed.join("; ")}.`);
    const names = (list: readonly string[]) => [...new Set(list)].join(", ");
    if (already.length) {
      const several = new Set(already.map((a) => a.name)).size > 1;
      parts.push(`${names(already.map((a) => a.name))} ${several ? "are" : "is"} already open on the desk; ${several ? "their rows are" : "its row is"} highlighted.`);
    }
    if (namesakes.length) parts.push(`Another ${names(namesakes)} is already open on the desk: this one differs from it, so both are listed.`);
    if (parts.length) this.note(failed.length ? "error" : already.length || namesakes.length ? "warning" : "info", parts.join(" "), "desk-open");
    if (already.length) this.pointOutDeskRow(already.at(-1)!.id);
  }

  /** Shows a paper's row on the desk: highlighted, in view, and its link focused (the table is shown). */
  private pointOutDeskRow(id: string): void {
    this.highlightedDeskId = id;
    if (this.reviewId) this.openReview(null);
    this.requestUpdate();
    this.focusAfterRender(() => {
      const row = this.querySelector<HTMLElement>(`.desk-table tr[data-paper-id="${CSS.escape(id)}"]`);
      row?.scrollIntoView({ block: "nearest" });
      return row?.querySelector(".paper-link");
    });
  }

  private lintDeskPaper(id: string): Promise<void> {
    const check = this.checkDeskPaper(id).finally(() => {
      if (this.deskChecks.get(id) === check) this.deskChecks.delete(id);
    });
    this.deskChecks.set(id, check);
    return check;
  }

  private async checkDeskPaper(id: string): Promise<void> {
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

  /**
   * Opens a paper for review (the focus goes to its title), or goes back to the table (the focus
   * goes to the paper's row). A comment being written, and where it goes, stay with its paper.
   */
  openReview(id: string | null): void {
    this.flushEdits();
    const left = this.reviewId;
    if (id !== this.reviewId) this.reviewFindingsGroupLimit = LISTED_GROUPS_PAGE;
    this.reviewId = id;
    this.commentTarget = id ? this.commentTargets.get(id) ?? null : null;
    this.commentTried = false;
    this.commentFailure = null;
    this.activeClauseId = this.commentTarget?.clauseId ?? null;
    this.activeCommentId = null;
    if (id) this.warnIfChangedElsewhere(id);
    this.requestUpdate();
    if (id) this.focusAfterRender(() => this.querySelector("#review-title"));
    else if (left)
      this.focusAfterRender(() => this.querySelector(`.desk-table tr[data-paper-id="${CSS.escape(left)}"] .paper-link`) ?? this.querySelector("#desk-title"));
  }

  async removeFromDesk(id: string): Promise<void> {
    const paper = this.desk.get(id);
    if (!paper) return;
    if (!confirm(`Remove “${paperTitle(paper.doc)}” from the desk? Its comments are lost unless you exported the report.`)) return;
    for (const key of [`note:${id}`, `comment:${id}`]) this.fields.discard(key);
    this.commentDrafts.delete(id);
    this.commentTargets.delete(id);
    // Its row goes: the focus goes to the next row's paper, else to the desk's heading.
    const rows = [...this.querySelectorAll<HTMLElement>(".desk-table tbody tr")];
    const at = rows.findIndex((r) => r.dataset.paperId === id);
    const next = rows[at + 1]?.dataset.paperId ?? rows[at - 1]?.dataset.paperId;
    this.focusAfterRender(() => (next ? this.querySelector(`.desk-table tr[data-paper-id="${CSS.escape(next)}"] .paper-link`) : null) ?? this.querySelector("#desk-title"));
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
    if (this.reviewId) this.commentTargets.set(this.reviewId, target);
    this.commentFailure = null;
    this.activeClauseId = target?.clauseId ?? null;
    this.requestUpdate();
  }

  /**
   * What the comment form says is missing, after "Add comment" was refused: recomputed on every
   * render, so it changes or goes as soon as the comment or its place is given.
   */
  commentFormProblem(): string | null {
    if (!this.reviewId) return null;
    const problem = this.commentTried ? commentProblem(this.commentDrafts.get(this.reviewId) ?? "", this.commentTarget) : null;
    return problem ?? this.commentFailure;
  }

  /** The comment being written for a paper changed: kept for the paper, and saved when typing pauses. */
  setCommentDraft(id: string, body: string): void {
    const before = this.commentFormProblem();
    this.commentDrafts.set(id, body);
    this.commentFailure = null;
    this.fields.edit(`comment:${id}`, () => this.saveCommentDraft(id));
    if (this.commentFormProblem() !== before) this.requestUpdate();
  }

  private saveCommentDraft(id: string): void {
    const paper = this.desk.get(id);
    if (!paper?.record.review) return;
    const body = this.commentDrafts.get(id) ?? "";
    if ((paper.record.review.commentDraft ?? "") === body) return;
    const { commentDraft: _, ...review } = paper.record.review;
    this.updateDeskPaper(id, paper.doc, body ? { ...review, commentDraft: body } : review);
  }

  /** Attaches a comment to the chosen clause or range; returns false (saying why, by the form) if it can't. */
  addReviewComment(body: string): boolean {
    const paper = this.reviewId ? this.desk.get(this.reviewId) : undefined;
    if (!paper) return false;
    const id = paper.record.id;
    this.commentDrafts.set(id, body);
    if (commentProblem(body, this.commentTarget)) {
      this.commentTried = true;
      this.requestUpdate();
      return false;
    }
    const comment: CommentAttrs = { id: newCommentId(), author: this.reviewer.trim(), body: body.trim(), created: new Date().toISOString() };
    try {
      const doc = addComment(paper.doc, this.commentTarget!, comment);
      this.fields.discard(`comment:${id}`);
      this.commentDrafts.delete(id);
      const { commentDraft: _, ...review } = paper.record.review!;
      this.updateDeskPaper(id, doc, review);
      this.activeCommentId = comment.id;
      this.commentTried = false;
      this.setCommentTarget(null);
      return true;
    } catch (error) {
      this.commentFailure = (error as Error).message;
      this.requestUpdate();
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
    const root = this.querySelector<HTMLElement>(".review-paper");
    if (!this.reviewId || !root) return;
    // Always the selection as it is now: a place chosen earlier and since deselected is not kept.
    this.setCommentTarget(commentTargetAtSelection(root));
    if (this.commentTarget) {
      this.focusAfterRender(() => this.querySelector("#comment-body"));
      return;
    }
    this.commentTried = true;
    this.requestUpdate();
    root.focus();
  }

  deleteReviewComment(commentId: string): void {
    const paper = this.reviewId ? this.desk.get(this.reviewId) : undefined;
    if (!paper) return;
    this.updateDeskPaper(paper.record.id, removeComment(paper.doc, commentId), paper.record.review!);
  }

  /** Changes a desk paper's review (verdict, note) and saves it. */
  setReview(id: string, patch: Partial<Pick<ReviewInfo, "verdict" | "note">>): void {
    const paper = this.desk.get(id);
    if (!paper) return;
    this.updateDeskPaper(id, paper.doc, { ...paper.record.review!, ...patch });
  }

  setVerdict(id: string, verdict: Verdict): void {
    this.setReview(id, { verdict });
  }

  /** The note to the sponsors was typed into: saved when typing pauses (or the field loses focus). */
  editReviewNote(id: string, note: string): void {
    this.fields.edit(`note:${id}`, () => {
      if (this.desk.get(id)?.record.review?.note !== note) this.setReview(id, { note });
    });
  }

  /** The director's name was typed into: used for comments at once, saved when typing pauses. */
  setReviewer(name: string): void {
    this.reviewer = name;
    this.fields.edit("reviewer", () => void this.store?.setMeta("reviewer", name).catch(() => undefined));
  }

  setWholePaperForScreenReaders(on: boolean): void {
    this.wholePaperForScreenReaders = on;
    void this.store?.setMeta("wholePaperForScreenReaders", on).catch(() => undefined);
    this.requestUpdate();
  }

  /** A paper's feedback report, and the name its file is given after (its code, else its title). */
  private reportOf(paper: DeskPaper): { base: string; html: string } {
    const html = feedbackReport({
      doc: paper.doc,
      diagnostics: paper.diagnostics,
      review: paper.record.review!,
      ...(this.reviewer.trim() ? { reviewer: this.reviewer.trim() } : {}),
    });
    return { base: headingOf(paper.doc).code.trim() || paperTitle(paper.doc), html };
  }

  exportReport(id: string): void {
    const paper = this.desk.get(id);
    if (!paper) return;
    const { base, html } = this.reportOf(paper);
    download(fileNameFor(base, "html", "-feedback"), html, "text/html;charset=utf-8");
  }

  /** Checks of desk papers under way, so a report is never made before its paper's findings are in. */
  private readonly deskChecks = new Map<string, Promise<void>>();

  /**
   * The feedback reports of these papers (the rows the table shows, in its order) as one .zip,
   * one HTML file per paper; papers still being checked are waited for.
   */
  async exportReports(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    this.flushEdits(); // a verdict note typed a moment ago belongs in its report
    this.exportingReports = true;
    this.requestUpdate();
    try {
      await Promise.all(ids.map((id) => this.deskChecks.get(id)));
      const papers = ids.map((id) => this.desk.get(id)).filter((p): p is DeskPaper => !!p);
      const zip = await reportsZip(papers.map((p) => this.reportOf(p)));
      download(reportsZipName(), zip, "application/zip");
      this.note("info", `Downloaded ${plural(papers.length, "feedback report")} in one .zip, one file per paper.`, "reports");
    } catch (error) {
      this.note("error", `The reports could not be exported: ${(error as Error).message}`, "reports");
    } finally {
      this.exportingReports = false;
      this.requestUpdate();
    }
  }

  /** The .zip of reports is being made (the button says so). */
  exportingReports = false;

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
      this.flushEdits();
      // Without storage (a private window) the saves "succeed" into memory only: not saved either.
      const unsaved = this.saveState.state === "failed" || !this.store?.persistent;
      this.note(unsaved ? "warning" : "info", unsaved ? "Not saved: see the warning above. Export to keep a copy." : "Your paper is saved in this browser on every change.", "save");
    } else if (mod && !event.shiftKey && event.key.toLowerCase() === "o") {
      event.preventDefault();
      // A paper under review hides the desk and its file picker: back to the desk, where the papers opened will show.
      if (this.mode === "review" && this.reviewId) this.openReview(null);
      void this.updateComplete.then(() => this.querySelector<HTMLInputElement>(this.mode === "review" ? "#desk-file-input" : "#draft-file-input")?.click());
    } else if (event.altKey && !mod && (event.key === "1" || event.key === "2")) {
      event.preventDefault();
      this.setMode(event.key === "1" ? "draft" : "review", { focus: true });
    } else if (event.altKey && !mod && (event.key === "PageDown" || event.key === "PageUp") && this.mode === "review" && this.reviewId) {
      // The next or previous paper of the desk's table, without going back to it.
      event.preventDefault();
      const { previous, next } = reviewNeighbours(this, this.reviewId);
      const to = event.key === "PageDown" ? next : previous;
      if (to) this.openReview(to.id);
    } else if (event.ctrlKey && event.altKey && !event.metaKey && !event.shiftKey && event.code === "KeyM" && this.mode === "review" && this.reviewId && !this.dialog && !isTextField(event.target)) {
      // Comment on the selected words, as in word processors; never from a text field, where
      // Ctrl+Alt is AltGr on many keyboards (and types a character).
      event.preventDefault();
      this.commentOnSelection();
    } else if (event.key === "Escape" && this.sidebarOpen && !this.dialog) {
      this.toggleSidebar(false);
    }
  }

  /**
   * The mode tabs follow the ARIA tabs pattern screen readers announce them by: one tab stop, and
   * the arrow keys (Home, End) move to the other tab and show it.
   */
  private readonly onModeTabKey = (event: KeyboardEvent): void => {
    const to: Mode | null =
      event.key === "ArrowLeft" || event.key === "Home" ? "draft" : event.key === "ArrowRight" || event.key === "End" ? "review" : null;
    if (!to || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.setMode(to);
    this.focusAfterRender(() => this.querySelector(`#tab-${to}`));
  };

  // ---- rendering --------------------------------------------------------------------------

  private renderSaveStatus() {
    const s = this.saveState;
    if (!this.store?.persistent) return html`<span class="save-status warn" data-save="memory">Not saved (storage unavailable)</span>`;
    // An edit waiting for a pause in typing (a form field, a large paper) is not saved yet: never say it is.
    if (s.state !== "failed" && (this.fields.pending || this.pendingSave)) return html`<span class="save-status" data-save="pending">Saving…</span>`;
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

  /**
   * The one message region, under the top bar in the page's flow (it takes its own room and never
   * covers a control). It is always in the page, so screen readers announce what appears in it.
   */
  private renderMessages() {
    return html`<div class="messages" aria-live="polite">${this.messages.map(
      (m) => html`<div class="message ${m.kind}" role=${m.kind === "error" ? "alert" : "status"} data-key=${m.key}>
          ${m.details
            ? html`<div class="message-body"><span>${m.text}</span>
                <details class="message-notes"><summary>Show all ${m.details.length.toLocaleString("en-US")} notes</summary>
                  <ul>${m.details.map((d) => html`<li>${d}</li>`)}</ul></details></div>`
            : html`<span>${m.text}</span>`}
          ${m.action ? html`<button type="button" class="message-action" @click=${() => m.action!.run()}>${m.action.label}</button>` : nothing}
          <button type="button" class="icon" aria-label="Dismiss" @click=${() => this.dismissMessage(m)}>×</button>
        </div>`,
    )}</div>`;
  }

  /**
   * The open dialog, a native modal <dialog> (shown with showModal in `updated`: the page behind
   * it is inert, Esc closes it). Its main field has `autofocus`: the Paste dialog's text box, the
   * mandate's text (scrollable with the keyboard). A click on the backdrop closes it.
   */
  private renderDialog() {
    if (!this.dialog) return nothing;
    const close = () => this.openDialog(null);
    const events = {
      // Esc: closed here, so the state and the focus follow.
      cancel: (e: Event) => {
        e.preventDefault();
        close();
      },
      close: () => this.dialog && close(),
      // A click on the backdrop reaches the <dialog> itself (its content fills it).
      click: (e: Event) => e.target === e.currentTarget && close(),
    };
    if (this.dialog === "mandate") {
      // The paper in view: the one under review on the desk, else the draft.
      const reviewed = this.mode === "review" && this.reviewId ? this.desk.get(this.reviewId)?.doc : undefined;
      const paper = reviewed ?? this.draft?.doc;
      const committee = paper ? getCommittee(headingOf(paper).committee) : undefined;
      return html`<dialog class="dialog" aria-labelledby="mandate-title" @cancel=${events.cancel} @close=${events.close} @click=${events.click} @keydown=${this.keepTabInDialog}>
        <header><h2 id="mandate-title">What ${committee?.shortName ?? "this committee"} may and may not do</h2>
          <button type="button" class="icon" aria-label="Close" @click=${close}>×</button></header>
        <div class="dialog-body mandate" tabindex="0" autofocus aria-labelledby="mandate-title">${renderMandate(committee)}</div>
      </dialog>`;
    }
    const pasted = () => this.querySelector<HTMLTextAreaElement>("#paste-text")?.value ?? "";
    return html`<dialog class="dialog" aria-labelledby="paste-title" @cancel=${events.cancel} @close=${events.close} @click=${events.click} @keydown=${this.keepTabInDialog}>
      <header><h2 id="paste-title">Paste a working paper</h2>
        <button type="button" class="icon" aria-label="Close" @click=${close}>×</button></header>
      <div class="dialog-body">
        <p id="paste-help">Paste the text of a working paper (from Word, a PDF or an e-mail) or its JSON. Clauses, numbers and the heading are recognised.</p>
        <textarea id="paste-text" rows="14" autofocus aria-labelledby="paste-title" aria-describedby="paste-help paste-error" .value=${this.pasteText}
          @input=${(e: Event) => this.setPasteText((e.target as HTMLTextAreaElement).value)}></textarea>
        <p class="field-error" id="paste-error" role="alert">${this.pasteError ?? ""}</p>
        <div class="dialog-actions">
          <button type="button" @click=${close}>Cancel</button>
          <button type="button" class="primary" id="paste-import" @click=${() => this.importPaste(pasted())}>Import</button>
        </div>
      </div>
    </dialog>`;
  }

  /** Draft mode, or why it cannot be shown: an error in one paper never leaves the page on "Loading…". */
  private renderDraftSafely() {
    try {
      return renderDraft(this);
    } catch (error) {
      console.error(error);
      return html`<p class="notice error" role="alert">Draft could not be shown: ${(error as Error).message}. Reload the page; the review desk still works.</p>`;
    }
  }

  protected override render() {
    return html`<header class="app-bar">
        <div class="brand">Clausewise <span>Studio</span></div>
        <nav class="modes" role="tablist" aria-label="Mode" @keydown=${this.onModeTabKey}>
          ${(["draft", "review"] as const).map(
            (mode) => html`<button type="button" role="tab" id="tab-${mode}" aria-selected=${this.mode === mode} aria-controls="mode-panel"
              tabindex=${this.mode === mode ? 0 : -1} @click=${() => this.setMode(mode)}>${mode === "draft" ? "Draft" : "Review desk"}</button>`,
          )}
        </nav>
        <div class="app-status">${this.ready ? this.renderSaveStatus() : html`<span class="save-status">Opening storage…</span>`}</div>
      </header>
      ${this.renderStorageWarning()} ${this.renderMessages()}
      <main class="mode-${this.mode}" id="mode-panel" aria-labelledby="tab-${this.mode}">
        ${!this.ready
          ? html`<p class="loading">Loading your papers…</p>`
          : this.mode === "draft"
            ? this.renderDraftSafely()
            : this.reviewId && this.desk.has(this.reviewId)
              ? renderReview(this, this.desk.get(this.reviewId)!)
              : renderDesk(this)}
      </main>
      ${this.renderDialog()}`;
  }
}

if (!customElements.get("cw-studio")) customElements.define("cw-studio", CwStudio);
