/**
 * One paper open in two tabs of the studio: tabs do not merge their changes (the later save
 * wins), so a tab holding a paper another tab has saved says so, once, and offers to load the
 * other tab's version (see tab-sync.ts for the channel between tabs). A draft edited here all the
 * same does not lose the other tab's work: its version is kept as a paper of its own first.
 */
import type { ReactiveController } from "lit";
import { newPaperId, paperTitle, type LoadedPaper } from "./paper.ts";
import { TabSync } from "./tab-sync.ts";
import type { CwStudio } from "./studio.ts";

export class OtherTabs implements ReactiveController {
  /** Hears which papers the studio's other tabs save (see tab-sync.ts). */
  private tabSync: TabSync | null = null;
  /** Papers another tab has saved since this tab loaded them: this tab's copy is older. */
  private readonly changedElsewhere = new Set<string>();
  /** Papers whose "changed in another tab" warning was shown (once each, so it does not return on every keystroke there). */
  private readonly warnedElsewhere = new Set<string>();

  constructor(private readonly host: CwStudio) {
    host.addController(this);
  }

  hostConnected(): void {
    this.tabSync = new TabSync((id) => this.onSavedElsewhere(id));
  }

  hostDisconnected(): void {
    this.tabSync?.close();
    this.tabSync = null;
  }

  /** This tab's write of the paper `id` has landed: the other tabs are told. */
  tellSaved(id: string): void {
    this.tabSync?.saved(id);
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
  warnIfChangedElsewhere(id: string): void {
    if (!this.changedElsewhere.has(id) || this.warnedElsewhere.has(id)) return;
    const { drafting, review, desk } = this.host;
    const doc = drafting.draft?.id === id ? drafting.draft.doc : review.id === id ? desk.papers.get(id)?.doc : undefined;
    if (!doc) return;
    this.warnedElsewhere.add(id);
    this.host.messages.note(
      "warning",
      `“${paperTitle(doc)}” was changed in another tab of the studio. Tabs do not merge their changes: whichever saves last wins, so work on it in one tab only.`,
      `other-tab:${id}`,
      undefined,
      { label: "Load the other tab's version", run: () => void this.loadStoredVersion(id) },
    );
  }

  /** Whether another tab has saved this paper since this tab loaded it (this tab's copy is older). */
  isStale(id: string): boolean {
    return this.changedElsewhere.has(id);
  }

  /**
   * A draft another tab saved is being edited here, and this tab's save will overwrite the stored
   * version: that version (the other tab's work) is kept first as a draft of its own, and the
   * delegate is told where it is. Call before the save is handed on: the stored version is read in
   * a transaction opened before the save's.
   */
  keepOtherTabsVersion(id: string): void {
    const { saving, messages, draftList } = this.host;
    this.changedElsewhere.delete(id);
    this.warnedElsewhere.delete(id);
    const reading = saving.store?.list();
    if (!reading) return;
    void reading.then(
      (papers) => {
        const stored = papers.find((p) => (p.ok ? p.record.id : p.id) === id);
        if (!stored?.ok || stored.record.kind !== "draft") return;
        // A copy of its own (no import source: the file it came from is the original's).
        const { source: _source, ...record } = stored.record;
        draftList.persist({ ...record, id: newPaperId() }, stored.doc);
        messages.note(
          "warning",
          `“${paperTitle(stored.doc)}” was changed in another tab. Your edits here are saved in it; the other tab's version is kept as a separate paper of the same title in your papers, so neither tab's work is lost.`,
          `other-tab:${id}`,
        );
        this.host.requestUpdate();
      },
      (error: unknown) => messages.note("error", `The other tab's version could not be kept: ${(error as Error).message}. Export this paper to be safe.`, `other-tab:${id}`),
    );
  }

  /**
   * Replaces this tab's copy of a paper with the stored one (another tab saved it): this tab's
   * unsaved field edits of it are dropped, not saved over the other tab's work.
   */
  async loadStoredVersion(id: string): Promise<void> {
    const { saving, messages } = this.host;
    saving.dropPendingSave(id);
    for (const key of [`note:${id}`, `comment:${id}`]) saving.fields.discard(key);
    let stored: LoadedPaper | undefined;
    try {
      stored = (await saving.store?.list())?.find((p) => (p.ok ? p.record.id : p.id) === id);
    } catch (error) {
      messages.note("error", `The other tab's version could not be read: ${(error as Error).message}`, `other-tab:${id}`);
      return;
    }
    if (!stored?.ok) {
      messages.note("error", "The other tab's version could not be read: it is no longer stored, or damaged. Reload the page to see the papers as stored.", `other-tab:${id}`);
      return;
    }
    this.changedElsewhere.delete(id);
    this.warnedElsewhere.delete(id);
    messages.drop(`other-tab:${id}`);
    const { record, doc } = stored;
    if (record.kind === "draft") {
      this.host.draftList.replace(stored);
      if (this.host.drafting.draft?.id === id) this.host.drafting.open(id, "start");
    } else if (this.host.desk.papers.has(id)) {
      this.host.desk.put(record, doc);
      void this.host.desk.check(id);
    }
    messages.note("info", `Loaded the latest saved version of “${paperTitle(doc)}”.`, `other-tab:${id}`);
  }
}
