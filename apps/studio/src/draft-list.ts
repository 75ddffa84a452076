/**
 * The drafts kept in this browser, as "Your papers" lists them (damaged records too), and the
 * changes to that list: saving a draft, deleting one, repairing drafts stored without a committee.
 * Memory is what the list and export read; every change is also handed to the autosaver.
 */
import type { Node } from "prosemirror-model";
import { paperTitle, type LoadedPaper, type PaperRecord } from "./paper.ts";
import { download, exportTypes } from "./files.ts";
import { fallbackCommittee, withKnownCommittee } from "./committee.ts";
import { focusAfterRender } from "./focus.ts";
import { plural } from "./words.ts";
import type { CwStudio } from "./studio.ts";

export type ReadableDraft = Extract<LoadedPaper, { ok: true }>;

const idOf = (p: LoadedPaper) => (p.ok ? p.record.id : p.id);

export class DraftList {
  /** Papers listed in the draft sidebar (drafts and damaged records). */
  papers: LoadedPaper[] = [];

  constructor(private readonly host: CwStudio) {}

  /** Readable drafts, most recently changed first. */
  records(): ReadableDraft[] {
    return this.papers
      .filter((p): p is ReadableDraft => p.ok && p.record.kind === "draft")
      .sort((a, b) => (a.record.updated < b.record.updated ? 1 : -1));
  }

  /** A draft's title ("" if it is not among the drafts). */
  title(id: string): string {
    const entry = this.records().find((p) => p.record.id === id);
    return entry ? paperTitle(entry.doc) : "";
  }

  /** Start-up: the stored papers that belong in the list (drafts, and records that could not be read). */
  load(stored: readonly LoadedPaper[]): void {
    this.papers = stored.filter((p) => !p.ok || p.record.kind === "draft");
    this.repairCommittees();
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
    const { messages } = this.host;
    if (repaired.length === 1) messages.note("warning", `${repaired[0]}.`, "repair");
    else if (repaired.length) messages.note("warning", `${plural(repaired.length, "paper")} had no committee we know; each got one: choose the right committee in its heading.`, "repair", repaired);
  }

  /** Saves a record and keeps the in-memory lists in step (memory is what export reads). */
  persist(record: PaperRecord, doc: Node): void {
    const i = this.papers.findIndex((p) => idOf(p) === record.id);
    // The edits' saves rebuild the record from the document: the file it came from stays with it.
    const before = this.papers[i];
    if (record.kind === "draft" && !record.source && before?.ok && before.record.source) record = { ...record, source: before.record.source };
    const entry: LoadedPaper = { ok: true, record, doc };
    if (record.kind === "draft") {
      if (i >= 0) this.papers[i] = entry;
      else this.papers = [...this.papers, entry];
    }
    // A document's JSON holds at least its content size in characters (text, and more than two per node).
    this.host.saving.save(record, doc.content.size);
  }

  /** Puts the stored version of a listed paper in place of this tab's (another tab saved it). */
  replace(stored: LoadedPaper): void {
    const i = this.papers.findIndex((p) => idOf(p) === idOf(stored));
    if (i >= 0) this.papers[i] = stored;
  }

  async delete(id: string): Promise<void> {
    const { host } = this;
    const entry = this.papers.find((p) => idOf(p) === id);
    const title = entry?.ok ? paperTitle(entry.doc) : "this damaged record";
    if (!confirm(`Delete “${title}” from this browser? Export it first if you want to keep a copy.`)) return;
    host.saving.forget(id);
    try {
      await host.saving.store?.delete(id);
    } catch (error) {
      host.messages.note("error", `Could not delete: ${(error as Error).message}`);
      return;
    }
    this.papers = this.papers.filter((p) => idOf(p) !== id);
    if (host.drafting.draft?.id === id) {
      host.drafting.close();
      const next = this.records()[0];
      if (next) host.drafting.open(next.record.id);
    }
    host.requestUpdate();
    // The deleted paper's button is gone: the focus goes to the list's first paper, else to "New paper".
    focusAfterRender(host, () => host.querySelector(".paper-list button.paper-open, #new-committee"));
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
}
