/**
 * Saves a paper on every change without piling up writes: each paper has at most one IndexedDB
 * write in flight, and changes made meanwhile collapse into the next write (the latest wins).
 *
 * A write still in flight when the tab closes, reloads or crashes may never commit, so every
 * change is first copied synchronously to a localStorage journal (papers up to JOURNAL_MAX_CHARS;
 * larger ones are journaled on `pagehide` only), and the entry is removed once IndexedDB confirms
 * the write. `recoverJournal` puts entries left behind back into the store on the next start. A failed write is reported (the app warns and keeps
 * everything in memory, so export still works) and retried with the next change.
 */
import type { PaperRecord } from "./paper.ts";
import { storageError, type PaperStore, type StorageError } from "./storage.ts";

export type SaveState =
  | { state: "idle" }
  | { state: "saving" }
  /** `id`: the paper whose writes just all landed. */
  | { state: "saved"; at: string; id: string }
  | { state: "failed"; error: StorageError };

/** The synchronous key-value store the journal lives in (localStorage in the browser). */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const JOURNAL_PREFIX = "clausewise-journal:";
/** Papers larger than this (in JSON characters) skip the per-change journal: localStorage is small and synchronous. */
export const JOURNAL_MAX_CHARS = 512 * 1024;

function defaultJournal(): JournalStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // some browsers throw on merely reading localStorage when storage is blocked
  }
}

export class Autosaver {
  private readonly latest = new Map<string, PaperRecord>();
  private readonly writing = new Set<string>();
  private readonly queued = new Set<string>();
  private readonly waiters: (() => void)[] = [];
  /** Papers whose latest change is in the journal (a copy a reload recovers). */
  private readonly journaled = new Set<string>();
  /** Papers whose latest change a reload would lose: not written to storage, not in the journal. */
  private readonly lost = new Set<string>();

  constructor(
    private readonly store: PaperStore,
    private readonly onState: (state: SaveState) => void,
    private readonly journal: JournalStorage | null = defaultJournal(),
  ) {}

  /**
   * Records a change; the write starts now, or right after the one in flight. `minChars`, when
   * the caller knows it, is a lower bound of the record's JSON length: a record known to be over
   * JOURNAL_MAX_CHARS is not serialised just to find that out (~16 ms at 5,000 clauses).
   */
  save(record: PaperRecord, minChars = 0): void {
    this.latest.set(record.id, record);
    if (minChars <= JOURNAL_MAX_CHARS && this.writeJournal(record, JOURNAL_MAX_CHARS)) this.journaled.add(record.id);
    else this.journaled.delete(record.id);
    if (this.writing.has(record.id)) {
      this.queued.add(record.id);
      return;
    }
    void this.write(record.id);
  }

  /** Forgets a paper (deleted): no pending write may bring it back. */
  forget(id: string): void {
    this.latest.delete(id);
    this.queued.delete(id);
    this.lost.delete(id);
    this.removeJournal(id);
  }

  /** Resolves when no write is in flight or queued. */
  flush(): Promise<void> {
    if (this.writing.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** True while some change is not yet confirmed written. */
  get pending(): boolean {
    return this.writing.size > 0 || this.queued.size > 0;
  }

  /**
   * True when a reload or closing the tab now would lose a change: its write failed (or storage is
   * memory only) and no copy of it is in the journal either. The page then asks before it goes.
   */
  get wouldLoseWork(): boolean {
    if (this.lost.size > 0) return true;
    // A write under way to memory-only storage keeps nothing either.
    return !this.store.persistent && [...this.writing, ...this.queued].some((id) => !this.journaled.has(id));
  }

  /** Copies every unconfirmed record to the journal, synchronously (call on pagehide). */
  journalPending(): void {
    if (!this.journal) return;
    for (const id of new Set([...this.writing, ...this.queued, ...this.lost])) {
      const record = this.latest.get(id);
      if (record && this.writeJournal(record, Infinity)) {
        this.journaled.add(id);
        this.lost.delete(id);
      }
    }
  }

  /** Copies a record to the journal; false when it is too large or the journal refuses it. */
  private writeJournal(record: PaperRecord, maxChars: number): boolean {
    if (!this.journal) return false;
    try {
      const json = JSON.stringify(record);
      if (json.length > maxChars) return false;
      this.journal.setItem(JOURNAL_PREFIX + record.id, json);
      return true;
    } catch {
      return false; // full or blocked as well: the IndexedDB write is still under way
    }
  }

  private async write(id: string): Promise<void> {
    const record = this.latest.get(id);
    if (!record) return;
    this.writing.add(id);
    this.onState({ state: "saving" });
    let failed: StorageError | null = null;
    try {
      await this.store.put(record);
    } catch (error) {
      failed = storageError(error);
    }
    this.writing.delete(id);
    if (this.queued.delete(id) && this.latest.has(id)) {
      void this.write(id);
      return;
    }
    // Only a write to lasting storage keeps a change; otherwise only its journal copy does.
    if (!failed && this.store.persistent) this.lost.delete(id);
    else if (this.journaled.has(id)) this.lost.delete(id);
    else this.lost.add(id);
    if (failed) this.onState({ state: "failed", error: failed });
    else {
      // With IndexedDB unavailable the store is memory only: the journal is then all that
      // survives a reload, so it is kept.
      if (this.store.persistent) {
        this.removeJournal(id);
        this.journaled.delete(id);
      }
      this.onState({ state: "saved", at: record.updated, id });
    }
    if (this.writing.size === 0) this.waiters.splice(0).forEach((w) => w());
  }

  private removeJournal(id: string): void {
    try {
      this.journal?.removeItem(JOURNAL_PREFIX + id);
    } catch {
      // ignore: the journal is a best-effort safety net
    }
  }
}

/** What `recoverJournal` did with the journal's entries. */
export interface JournalRecovery {
  /** Ids of the papers put back into the store. */
  recovered: string[];
  /**
   * Journal copies newer than the store's that could not be put back (storage full or failing):
   * the app must show these, not the store's older version, and save them again, or the next
   * change would overwrite the only copy of the latest work.
   */
  unrestored: PaperRecord[];
}

/**
 * Moves journal entries left by a tab that closed mid-write into the store, when they are newer
 * than what the store holds.
 */
export async function recoverJournal(
  store: PaperStore,
  journal: JournalStorage | null = defaultJournal(),
): Promise<JournalRecovery> {
  const none: JournalRecovery = { recovered: [], unrestored: [] };
  if (!journal) return none;
  const keys: string[] = [];
  try {
    for (let i = 0; i < journal.length; i++) {
      const key = journal.key(i);
      if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
  } catch {
    return none;
  }
  if (keys.length === 0) return none;
  const stored = new Map((await store.list()).map((p) => [p.ok ? p.record.id : p.id, p]));
  const recovered: string[] = [];
  const unrestored: PaperRecord[] = [];
  for (const key of keys) {
    let record: PaperRecord;
    try {
      record = JSON.parse(journal.getItem(key) ?? "null") as PaperRecord;
      if (!record || typeof record.id !== "string") throw new Error("not a record");
    } catch {
      journal.removeItem(key);
      continue;
    }
    const current = stored.get(record.id);
    const newer = !current || !current.ok || current.record.updated <= record.updated;
    try {
      if (newer) {
        await store.put(record);
        recovered.push(record.id);
      }
      if (store.persistent) journal.removeItem(key);
    } catch {
      // Storage still failing: keep the journal entry for the next start, and have the app show it.
      unrestored.push(record);
    }
  }
  return { recovered, unrestored };
}
