/**
 * The draft open in the editor: opening a paper (or a new one from a template), taking the
 * editor's changes and having them saved, a paper the editor refuses, and exporting or printing it.
 */
import type { Node } from "prosemirror-model";
import { parseDocumentJSON, withoutBlocks } from "@clausewise/schema";
import { getCommittee } from "@clausewise/rulebook";
import { newPaperId, paperTitle, headingOf, type ImportSource, type PaperRecord } from "./paper.ts";
import { documentParts } from "./doc-text.ts";
import { JOURNAL_MAX_CHARS } from "./autosave.ts";
import { templateDocument } from "./templates.ts";
import { download, exportPaper, exportTypes, fileNameFor, type ExportFormat } from "./files.ts";
import { focusEditorText } from "./focus.ts";
import type { CwStudio } from "./studio.ts";

export interface DraftState {
  id: string;
  doc: Node;
  updated: string;
}

export class Drafting {
  draft: DraftState | null = null;
  /** The JSON handed to the editor; replaced only when another paper is opened. */
  editorSeed: unknown = null;
  /** The open draft could not be shown (its editor refused it): the paper and why, shown in its place. */
  error: { id: string; message: string } | null = null;
  /** The committee chosen under "New paper" (also given to an imported paper that names none). */
  newCommittee = "hrc";
  /** Keep every clause of a compilation rendered, for screen readers (the editor's render-all). */
  wholePaperForScreenReaders = false;

  constructor(private readonly host: CwStudio) {}

  /** Opens a draft in the editor; `focus` puts the caret in its text (after a user's action, not at start-up). */
  open(id: string, focus?: "start" | "end"): void {
    const { host } = this;
    host.saving.flushEdits();
    const entry = host.draftList.records().find((p) => p.record.id === id);
    if (!entry) return;
    this.error = null;
    this.draft = { id, doc: entry.doc, updated: entry.record.updated };
    host.printView.paperOpened();
    this.editorSeed = entry.doc.toJSON();
    host.findings.clear();
    host.drawer.hide();
    host.otherTabs.warnIfChangedElsewhere(id);
    host.saving.setMeta("lastDraft", id);
    host.findings.checkOpenedPaper(id);
    host.requestUpdate();
    if (focus) void focusEditorText(host, focus);
  }

  /** The open draft was deleted: nothing is open (until the caller opens another). */
  close(): void {
    this.draft = null;
    this.editorSeed = null;
  }

  /**
   * Draft is shown again (after the desk): the editor is made anew, and starts from the paper as
   * it is now, not as it was when the paper was opened.
   */
  reseedEditor(): void {
    if (this.draft) this.editorSeed = this.draft.doc.toJSON();
  }

  /**
   * The open paper's editor refused it (a render error): that paper shows why in its place, and
   * the rest of the studio (the list, the other papers) goes on working.
   */
  onRenderError(id: string, error: unknown): void {
    if (this.error?.id === id) return;
    const message = error instanceof Error ? error.message : String(error);
    this.error = { id, message };
    console.warn(`The paper ${id} could not be shown:`, error);
    this.host.messages.note("error", `This paper cannot be opened in the editor: ${message}. Your other papers are not affected; download its data to keep it.`, "render");
  }

  /** Keeps a new paper among the drafts and opens it. */
  add(doc: Node, focus?: "start" | "end", source?: ImportSource): void {
    const record: PaperRecord = { id: newPaperId(), kind: "draft", doc: doc.toJSON(), updated: new Date().toISOString(), ...(source ? { source } : {}) };
    this.host.draftList.persist(record, doc);
    this.open(record.id, focus);
  }

  /** A new paper from the committee's template, with the caret in its empty operative clause. */
  newFromTemplate(committeeId: string): void {
    this.add(templateDocument(committeeId), "end");
    this.host.messages.note("info", `New ${getCommittee(committeeId)?.shortName ?? committeeId} working paper created.`);
  }

  /** The committee chosen under "New paper". */
  setNewCommittee(committeeId: string): void {
    this.newCommittee = committeeId;
  }

  /**
   * The editor reports a change: keep it, save it, re-render lists. The editor's own document is
   * valid by construction, so it is taken as it is (no re-validation per keystroke); a value that
   * arrives without it is validated.
   */
  onEditorChange(source: { value: unknown; editorView?: { state: { doc: Node } } | null }): void {
    if (!this.draft) return;
    const { host } = this;
    let doc: Node;
    // The editor holds a long paper in operative blocks; the studio keeps papers flat, and saves
    // them by block (only the blocks that changed are written).
    const held = source.editorView?.state.doc;
    try {
      doc = held ? withoutBlocks(held) : parseDocumentJSON(source.value);
    } catch (error) {
      host.messages.note("error", `The editor produced a document the studio cannot read: ${(error as Error).message}`);
      return;
    }
    const updated = new Date().toISOString();
    host.findings.paperChanged();
    this.draft = { ...this.draft, doc, updated };
    const { id } = this.draft;
    const blocks = held ?? doc;
    // A save costs O(paper) in the journal (JSON of the whole paper) and O(changed blocks) in
    // IndexedDB. A paper too large for the per-change journal anyway is saved when typing pauses
    // (and on pagehide, before switching papers); every other paper is saved (and journaled) at once.
    const large = doc.content.size > JOURNAL_MAX_CHARS;
    // Another tab saved this paper since it was opened here: its version is kept before this save replaces it.
    if (host.otherTabs.isStale(id)) host.otherTabs.keepOtherTabsVersion(id);
    // A paper in blocks is saved by block; a shorter one as one object, as it always was.
    host.saving.saveDraftEdit(id, () => host.draftList.persist({ id, kind: "draft", doc: blocks === doc ? doc.toJSON() : documentParts(blocks), updated }, doc), large);
    host.findings.lintAfterEdit();
    host.printView.paperEdited(large);
    host.requestUpdate();
  }

  async export(format: ExportFormat): Promise<void> {
    if (!this.draft) return;
    try {
      const data = await exportPaper(this.draft.doc, format);
      download(fileNameFor(this.fileBase(), format), data, exportTypes[format]);
    } catch (error) {
      this.host.messages.note("error", `Export failed: ${(error as Error).message}`);
    }
  }

  private fileBase(): string {
    const h = headingOf(this.draft!.doc);
    return h.code.trim() || paperTitle(this.draft!.doc);
  }

  print(): void {
    window.print();
  }

  setWholePaperForScreenReaders(on: boolean): void {
    this.wholePaperForScreenReaders = on;
    this.host.saving.setMeta("wholePaperForScreenReaders", on);
    this.host.requestUpdate();
  }
}
