/**
 * Local storage of papers in IndexedDB: no account, nothing leaves the machine.
 *
 * Three stores: "papers" (PaperRecord by id), "parts" (the text of a long paper's runs of clauses,
 * by [paper id, part key]) and "meta" (small settings such as the paper open last). A record whose
 * document comes as DocumentParts is stored with the parts' keys in place of their text, and only
 * the parts not already stored are written (see doc-text.ts); the parts it no longer uses are
 * deleted in the same transaction. Reading walks a cursor and validates each record on its own,
 * so one corrupt record (or one whose parts are missing) becomes a "damaged" entry instead of
 * hiding the others. When IndexedDB cannot be opened at all (a private
 * window, a browser policy), the studio falls back to MemoryStore and warns that nothing is kept.
 */
import { isDocumentParts, joinDocumentParts } from "./doc-text.ts";
import { readRecord, type LoadedPaper, type PaperRecord } from "./paper.ts";

export interface PaperStore {
  /** True when the store survives a reload. */
  readonly persistent: boolean;
  list(): Promise<LoadedPaper[]>;
  put(record: PaperRecord): Promise<void>;
  delete(id: string): Promise<void>;
  getMeta(key: string): Promise<unknown>;
  setMeta(key: string, value: unknown): Promise<void>;
}

export const DB_NAME = "clausewise-studio";
/** 2: the "parts" store of long papers' text (version 1 had papers and meta only). */
const DB_VERSION = 2;

/** How a long paper's document is stored in its record: the parts' keys in place of their text. */
interface StoredParts {
  before: string;
  partKeys: string[];
  after: string;
}

function isStoredParts(value: unknown): value is StoredParts {
  const v = value as Partial<StoredParts> | null;
  return typeof v === "object" && v !== null && typeof v.before === "string" && typeof v.after === "string" && Array.isArray(v.partKeys);
}

/** Every part of one paper: keys [id, part key] sort after [id] and before [id, []] (arrays sort above strings). */
const partsOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

/** Opening or writing storage failed; `reason` says why in words a user understands. */
export class StorageError extends Error {
  override name = "StorageError";
  constructor(
    readonly reason: "unavailable" | "quota" | "failed",
    message: string,
  ) {
    super(message);
  }
}

/** Turns whatever IndexedDB threw into a StorageError with a plain explanation. */
export function storageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name ?? "";
  const detail = (error as { message?: string } | null)?.message ?? String(error);
  if (name === "QuotaExceededError") {
    return new StorageError("quota", "The browser's storage for this site is full.");
  }
  if (name === "SecurityError" || name === "InvalidStateError" || name === "UnknownError") {
    return new StorageError("unavailable", `This browser does not allow saving here (${name}).`);
  }
  return new StorageError("failed", `Saving failed: ${detail}`);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException("transaction aborted", "AbortError"));
  });
}

export class IndexedDBStore implements PaperStore {
  readonly persistent = true;
  private constructor(
    private db: IDBDatabase,
    private readonly factory: IDBFactory,
  ) {
    this.watch(db);
  }

  /** Another tab upgrading the database, or the browser closing the connection, must not wedge saving. */
  private watch(db: IDBDatabase): void {
    db.onversionchange = () => db.close();
  }

  /** Runs a write; if the connection was closed under us, reopens it once and tries again. */
  private async withRetry(write: (db: IDBDatabase) => Promise<void>): Promise<void> {
    try {
      await write(this.db);
    } catch (error) {
      if ((error as { name?: string } | null)?.name !== "InvalidStateError") throw storageError(error);
      try {
        this.db = await IndexedDBStore.openDatabase(this.factory);
        this.watch(this.db);
        await write(this.db);
      } catch (retryError) {
        throw storageError(retryError);
      }
    }
  }

  static async open(factory: IDBFactory = indexedDB): Promise<IndexedDBStore> {
    try {
      return new IndexedDBStore(await IndexedDBStore.openDatabase(factory), factory);
    } catch (error) {
      const e = storageError(error);
      throw e.reason === "failed" ? new StorageError("unavailable", e.message) : e;
    }
  }

  private static openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains("papers")) db.createObjectStore("papers", { keyPath: "id" });
      if (!db.objectStoreNames.contains("meta")) db.createObjectStore("meta");
      if (!db.objectStoreNames.contains("parts")) db.createObjectStore("parts");
    };
    return new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new StorageError("unavailable", "Another tab is upgrading the storage."));
    });
  }

  async list(): Promise<LoadedPaper[]> {
    const tx = this.db.transaction(["papers", "parts"], "readonly");
    const raws: { key: IDBValidKey; value: unknown }[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = tx.objectStore("papers").openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve();
        raws.push({ key: cursor.key, value: cursor.value });
        cursor.continue();
      };
      req.onerror = () => reject(req.error);
    });
    // A long paper's parts, read in the same transaction (so never half of another tab's save).
    const partTexts = new Map<unknown, Promise<(string | undefined)[]>>();
    const parts = tx.objectStore("parts");
    for (const { key, value } of raws) {
      const doc = (value as { doc?: unknown } | null)?.doc;
      if (isStoredParts(doc)) {
        const texts = Promise.all(doc.partKeys.map((k) => request(parts.get([String(key), String(k)])) as Promise<string | undefined>));
        texts.catch(() => {}); // awaited below, in order; a failed read must not go unhandled meanwhile
        partTexts.set(value, texts);
      }
    }
    const out: LoadedPaper[] = [];
    for (const { key, value } of raws) {
      let loaded: LoadedPaper;
      try {
        loaded = readRecord(await withPartsJoined(value, partTexts.get(value)));
      } catch (error) {
        // What is left of a long paper is kept in its raw record, for "Download" to salvage.
        const raw = error instanceof MissingParts ? error.salvage : value;
        loaded = { ok: false, id: String(key), raw, problem: (error as Error).message };
      }
      // A record without a readable id is still listed under its key, so it can be deleted.
      if (!loaded.ok && !loaded.id) loaded = { ...loaded, id: String(key) };
      out.push(loaded);
    }
    return out;
  }

  async put(record: PaperRecord): Promise<void> {
    const doc = record.doc;
    if (!isDocumentParts(doc)) {
      await this.withRetry(async (db) => {
        const tx = db.transaction(["papers", "parts"], "readwrite");
        tx.objectStore("papers").put(record);
        tx.objectStore("parts").delete(partsOf(record.id)); // it may have been long before
        await done(tx);
      });
      return;
    }
    const stored: PaperRecord = { ...record, doc: { before: doc.before, partKeys: doc.parts.map((p) => p.key), after: doc.after } satisfies StoredParts };
    await this.withRetry(async (db) => {
      const tx = db.transaction(["papers", "parts"], "readwrite");
      tx.objectStore("papers").put(stored);
      // Which parts are stored is read inside this transaction, never remembered: another tab
      // saving the same paper may have replaced them since. A key always names the same text, so
      // a part already there is not written again.
      const parts = tx.objectStore("parts");
      const req = parts.getAllKeys(partsOf(record.id));
      req.onsuccess = () => {
        const there = new Set(req.result.map((k) => String((k as IDBValidKey[])[1])));
        const keep = new Set<string>();
        for (const p of doc.parts) {
          keep.add(p.key);
          if (!there.has(p.key)) parts.put(p.text, [record.id, p.key]);
        }
        for (const k of req.result) if (!keep.has(String((k as IDBValidKey[])[1]))) parts.delete(k);
      };
      await done(tx);
    });
  }

  async delete(id: string): Promise<void> {
    await this.withRetry(async (db) => {
      const tx = db.transaction(["papers", "parts"], "readwrite");
      tx.objectStore("papers").delete(id);
      tx.objectStore("parts").delete(partsOf(id));
      await done(tx);
    });
  }

  async getMeta(key: string): Promise<unknown> {
    try {
      return await request(this.db.transaction("meta", "readonly").objectStore("meta").get(key));
    } catch {
      return undefined;
    }
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.withRetry(async (db) => {
      const tx = db.transaction("meta", "readwrite");
      tx.objectStore("meta").put(value, key);
      await done(tx);
    });
  }
}

/** Keeps papers for this page only: used when IndexedDB is unavailable, and in unit tests. */
export class MemoryStore implements PaperStore {
  /** False: papers here do not survive a reload. Tests may pass true to stand in for IndexedDB. */
  readonly persistent: boolean;
  constructor(options: { persistent?: boolean } = {}) {
    this.persistent = options.persistent ?? false;
  }
  private readonly papers = new Map<string, unknown>();
  private readonly meta = new Map<string, unknown>();

  async list(): Promise<LoadedPaper[]> {
    return [...this.papers.values()].map((raw) => readRecord(structuredClone(raw)));
  }
  async put(record: PaperRecord): Promise<void> {
    const doc = record.doc;
    this.papers.set(record.id, structuredClone(isDocumentParts(doc) ? { ...record, doc: joinDocumentParts(doc) } : record));
  }
  async delete(id: string): Promise<void> {
    this.papers.delete(id);
  }
  async getMeta(key: string): Promise<unknown> {
    return this.meta.get(key);
  }
  async setMeta(key: string, value: unknown): Promise<void> {
    this.meta.set(key, value);
  }
  /** Test hook: stores a raw value as if another version had written it. */
  putRaw(id: string, raw: unknown): void {
    this.papers.set(id, raw);
  }
}

/** A long paper some of whose parts are gone; `salvage` is its record with the parts that are left. */
class MissingParts extends Error {
  constructor(
    message: string,
    readonly salvage: unknown,
  ) {
    super(message);
  }
}

/**
 * A stored record with its parts' text put back in place: the document as one JSON text. Throws
 * (naming what is missing) when a part is not in the store.
 */
async function withPartsJoined(value: unknown, texts: Promise<(string | undefined)[]> | undefined): Promise<unknown> {
  if (!texts) return value;
  const record = value as { doc: StoredParts };
  const found = await texts;
  const missing = found.filter((t) => typeof t !== "string").length;
  if (missing > 0) {
    const message = `${missing} of the paper's ${found.length} stored parts ${missing === 1 ? "is" : "are"} missing`;
    throw new MissingParts(message, { ...record, doc: { ...record.doc, partTexts: found.map((t) => t ?? null) } });
  }
  return { ...record, doc: record.doc.before + found.join(",") + record.doc.after };
}

/** Opens IndexedDB, or falls back to memory and says why. */
export async function openStore(): Promise<{ store: PaperStore; problem: StorageError | null }> {
  try {
    if (typeof indexedDB === "undefined") throw new StorageError("unavailable", "This browser has no IndexedDB.");
    return { store: await IndexedDBStore.open(), problem: null };
  } catch (error) {
    return { store: new MemoryStore(), problem: storageError(error) };
  }
}
