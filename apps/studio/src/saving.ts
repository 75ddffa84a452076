/**
 * How the studio's saving goes: the store opened at start-up, the autosaver every save goes
 * through, the edits still waiting for a pause in typing (form fields, a large paper's text), and
 * the state the top bar shows. Nothing else writes to the store's papers.
 */
import { openStore, type PaperStore, type StorageError } from "./storage.ts";
import { Autosaver, recoverJournal, type SaveState } from "./autosave.ts";
import { FieldSaver } from "./field-saver.ts";
import type { PaperRecord } from "./paper.ts";
import type { CwStudio } from "./studio.ts";

/**
 * How long typing pauses before it is saved: in a large paper (see Drafting.onEditorChange), and in
 * form fields (the heading's, the director's note, name and comment), which are saved as they are typed.
 */
export const SAVE_PAUSE = 400;

export class Saving {
  store: PaperStore | null = null;
  storageProblem: StorageError | null = null;
  saveState: SaveState = { state: "idle" };
  /**
   * Form fields typed into and not saved yet (they are saved when typing pauses, on blur, and
   * before the page goes away): while any waits, the save status does not say "Saved".
   */
  readonly fields = new FieldSaver(SAVE_PAUSE, () => this.host.requestUpdate());

  private autosaver: Autosaver | null = null;
  /** The latest edit of the open draft not yet handed to the autosaver (large papers only). */
  private pendingSave: { id: string; save: () => void } | null = null;
  private saveTimer: number | null = null;

  constructor(private readonly host: CwStudio) {}

  /** Opens the store (start-up) and puts back what the journal kept of writes that never landed. */
  async open(): Promise<PaperStore> {
    const { store, problem } = await openStore();
    this.store = store;
    this.storageProblem = problem;
    this.autosaver = new Autosaver(store, (s) => this.onSaveState(s));
    try {
      this.unrestored = (await recoverJournal(store)).unrestored;
    } catch {
      // The journal is a safety net; the store's own records still load below.
    }
    return store;
  }

  /**
   * Papers whose latest version is only in the journal (storage refused it at start-up): shown in
   * place of the store's older version, and saved again (startup.ts).
   */
  unrestored: PaperRecord[] = [];

  /** Hands a record to the autosaver; `minChars`, when known, is a lower bound of its JSON's length. */
  save(record: PaperRecord, minChars?: number): void {
    this.autosaver?.save(record, minChars);
  }

  /** A paper was deleted: no write still waiting may bring it back. */
  forget(id: string): void {
    if (this.pendingSave?.id === id) this.pendingSave = null;
    this.autosaver?.forget(id);
  }

  /** Drops the open draft's edit still waiting to be saved, if it is of this paper (another tab's version replaces it). */
  dropPendingSave(id: string): void {
    if (this.pendingSave?.id === id) this.pendingSave = null;
  }

  /**
   * Saves the open draft's latest edit (`save` hands it to the autosaver): now, or, when
   * `afterPause`, once typing pauses (or sooner, when every waiting edit is flushed).
   */
  saveDraftEdit(id: string, save: () => void, afterPause: boolean): void {
    this.pendingSave = { id, save };
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    if (afterPause) this.saveTimer = window.setTimeout(() => this.savePending(), SAVE_PAUSE);
    else this.savePending();
  }

  /** True while an edit (a form field, a large paper's typing) waits for a pause: the status must not say "Saved". */
  get editsWaiting(): boolean {
    return this.fields.pending || this.pendingSave !== null;
  }

  /** Hands every waiting edit (form fields, a large paper's typing) to the autosaver now. */
  flushEdits(): void {
    try {
      this.fields.flush();
    } catch (error) {
      this.host.messages.note("error", `A field could not be saved: ${(error as Error).message}`, "save");
    }
    this.savePending();
  }

  /** Copies every write not yet confirmed to the journal, synchronously (the page is going away). */
  journalPending(): void {
    this.autosaver?.journalPending();
  }

  /** True when leaving now would lose a change: saving failed and the journal could not keep a copy either. */
  get wouldLoseWork(): boolean {
    return this.autosaver?.wouldLoseWork ?? false;
  }

  /** Keeps a setting (the last draft, the director's name, …) in the store; a failure only loses the setting. */
  setMeta(key: string, value: unknown): void {
    void this.store?.setMeta(key, value).catch(() => undefined);
  }

  /** Hands the open draft's latest edit to the autosaver now. */
  private savePending(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const p = this.pendingSave;
    this.pendingSave = null;
    p?.save();
  }

  private onSaveState(state: SaveState): void {
    this.saveState = state;
    if (state.state === "saved" && this.storageProblem?.reason !== "unavailable") this.storageProblem = null;
    // Told once the write has landed, so another tab loading the paper reads this version. A
    // memory-only store is this tab's alone: there is nothing another tab could load.
    if (state.state === "saved" && this.store?.persistent) this.host.otherTabs.tellSaved(state.id);
    if (state.state === "failed") this.storageProblem = state.error;
    this.host.requestUpdate();
  }
}
