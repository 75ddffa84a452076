/**
 * The papers on the review desk: opening files onto it (a file opened again is pointed out, not
 * added twice), checking each in the lint worker, the table's sort and filter, removing a paper,
 * and saving a paper's review record as it changes.
 */
import type { Node } from "prosemirror-model";
import { sameDocument } from "@clausewise/formats";
import type { Diagnostic } from "@clausewise/lint";
import { newPaperId, paperTitle, type PaperRecord, type ReviewInfo } from "./paper.ts";
import { fingerprint, importPaperFile } from "./files.ts";
import { paperFromSameFile } from "./same-file.ts";
import { listComments } from "./comments.ts";
import type { DeskFilter, Sort } from "./review-table.ts";
import { focusAfterRender } from "./focus.ts";
import { plural } from "./words.ts";
import type { CwStudio } from "./studio.ts";

export interface DeskPaper {
  record: PaperRecord;
  doc: Node;
  diagnostics: Diagnostic[];
  notice: string | null;
  pending: boolean;
}

export class Desk {
  readonly papers = new Map<string, DeskPaper>();
  sort: Sort = { key: "title", descending: false };
  filter: DeskFilter = { text: "", category: "", onlyProblems: false };
  /** The desk row to point out (a file opened again that is already on the desk), until another is. */
  /** The rows of papers opened again (already on the desk): all of them are highlighted. */
  highlightedIds = new Set<string>();
  /** Checks of desk papers under way, so a report is never made before its paper's findings are in. */
  private readonly checks = new Map<string, Promise<void>>();

  constructor(private readonly host: CwStudio) {}

  /** Puts a stored paper (back) on the desk, with the comment being written on it; it is to be checked. */
  put(record: PaperRecord, doc: Node): void {
    this.papers.set(record.id, { record, doc, diagnostics: [], notice: null, pending: true });
    if (record.review?.commentDraft) this.host.commentForm.drafts.set(record.id, record.review.commentDraft);
  }

  /** Puts files on the desk; the ones that cannot be read are named in one message (replacing the previous one). */
  async openFiles(files: FileList | File[]): Promise<void> {
    const failed: string[] = [];
    const already: { name: string; id: string }[] = [];
    const namesakes: string[] = [];
    // What came with the files and might otherwise go unseen: Word's comments, and those not kept.
    const comments: string[] = [];
    this.highlightedIds = new Set();
    for (const file of Array.from(files)) {
      let doc: Node;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const fileHash = fingerprint(bytes);
      // The same file (same name, same bytes) again is not a second paper: its row is pointed out.
      const same = paperFromSameFile(this.papers.values(), (p) => p.record.review, file.name, fileHash);
      if (same) {
        already.push({ name: file.name, id: same.record.id });
        continue;
      }
      try {
        let warnings: readonly { message: string }[];
        ({ doc, warnings } = await importPaperFile(file.name, bytes));
        const n = listComments(doc).length;
        const notes = warnings.filter((w) => /comment/iu.test(w.message)).map((w) => w.message.replace(/^Word document: /u, ""));
        if (n || notes.length) comments.push(`${file.name}: ${[n ? `${plural(n, "comment")} on the highlighted words` : "", ...notes].filter(Boolean).join("; ")}.`);
      } catch (error) {
        failed.push((error as Error).message.replace(/\.$/, ""));
        continue;
      }
      // Papers opened before files were fingerprinted: the same name and the same document.
      const older = [...this.papers.values()].find(
        (p) => p.record.review?.fileName === file.name && !p.record.review.fileHash && sameDocument(p.doc, doc),
      );
      if (older) {
        already.push({ name: file.name, id: older.record.id });
        this.update(older.record.id, older.doc, { ...older.record.review!, fileHash });
        continue;
      }
      if ([...this.papers.values()].some((p) => p.record.review?.fileName === file.name)) namesakes.push(file.name);
      const record: PaperRecord = {
        id: newPaperId(),
        kind: "review",
        doc: doc.toJSON(),
        updated: new Date().toISOString(),
        review: { fileName: file.name, verdict: "undecided", note: "", fileHash },
      };
      this.papers.set(record.id, { record, doc, diagnostics: [], notice: null, pending: true });
      this.host.saving.save(record);
      this.host.requestUpdate();
      void this.check(record.id);
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
    parts.push(...comments);
    if (parts.length) this.host.messages.note(failed.length ? "error" : already.length || namesakes.length ? "warning" : "info", parts.join(" "), "desk-open");
    if (already.length) this.pointOutRows(already.map((a) => a.id));
  }

  /** Shows papers' rows on the desk: all highlighted, the last in view with its link focused (the table is shown). */
  private pointOutRows(ids: readonly string[]): void {
    const { host } = this;
    const id = ids.at(-1)!;
    this.highlightedIds = new Set(ids);
    if (host.review.id) host.review.open(null);
    host.requestUpdate();
    focusAfterRender(host, () => {
      const row = host.querySelector<HTMLElement>(`.desk-table tr[data-paper-id="${CSS.escape(id)}"]`);
      row?.scrollIntoView({ block: "nearest" });
      return row?.querySelector(".paper-link");
    });
  }

  /** Checks a desk paper in the lint worker (its counts show "…" until then). */
  check(id: string): Promise<void> {
    const check = this.runCheck(id).finally(() => {
      if (this.checks.get(id) === check) this.checks.delete(id);
    });
    this.checks.set(id, check);
    return check;
  }

  /** Resolves when these papers' checks under way are done. */
  checked(ids: readonly string[]): Promise<unknown> {
    return Promise.all(ids.map((id) => this.checks.get(id)));
  }

  private async runCheck(id: string): Promise<void> {
    const paper = this.papers.get(id);
    if (!paper) return;
    try {
      const result = await this.host.lintClient.lint(paper.record.doc);
      const current = this.papers.get(id);
      if (!current) return;
      this.papers.set(id, { ...current, diagnostics: result.diagnostics, notice: result.notice, pending: false });
    } catch (error) {
      const current = this.papers.get(id);
      if (current) this.papers.set(id, { ...current, notice: `Could not check: ${(error as Error).message}`, pending: false });
    }
    this.host.requestUpdate();
  }

  setSort(sort: Sort): void {
    this.sort = sort;
    this.host.requestUpdate();
  }

  setFilter(patch: Partial<DeskFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.host.requestUpdate();
  }

  async remove(id: string): Promise<void> {
    const { host } = this;
    const paper = this.papers.get(id);
    if (!paper) return;
    if (!confirm(`Remove “${paperTitle(paper.doc)}” from the desk? Its comments are lost unless you exported the report.`)) return;
    for (const key of [`note:${id}`, `comment:${id}`]) host.saving.fields.discard(key);
    host.commentForm.forget(id);
    // Its row goes: the focus goes to the next row's paper, else to the desk's heading.
    const rows = [...host.querySelectorAll<HTMLElement>(".desk-table tbody tr")];
    const at = rows.findIndex((r) => r.dataset.paperId === id);
    const next = rows[at + 1]?.dataset.paperId ?? rows[at - 1]?.dataset.paperId;
    focusAfterRender(host, () => (next ? host.querySelector(`.desk-table tr[data-paper-id="${CSS.escape(next)}"] .paper-link`) : null) ?? host.querySelector("#desk-title"));
    host.saving.forget(id);
    this.papers.delete(id);
    host.review.paperRemoved(id);
    try {
      await host.saving.store?.delete(id);
    } catch (error) {
      host.messages.note("error", `Could not remove it from storage: ${(error as Error).message}`);
    }
    host.requestUpdate();
  }

  /** A desk paper's document or review changed: kept, and saved. */
  update(id: string, doc: Node, review: ReviewInfo): void {
    const paper = this.papers.get(id);
    if (!paper) return;
    const record: PaperRecord = { ...paper.record, doc: doc.toJSON(), review, updated: new Date().toISOString() };
    this.papers.set(id, { ...paper, record, doc });
    this.host.saving.save(record);
    this.host.requestUpdate();
  }
}
