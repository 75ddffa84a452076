/**
 * Local storage of papers in IndexedDB: no account, nothing leaves the machine.
 *
 * Two stores: "papers" (PaperRecord by id) and "meta" (small settings such as the paper open last).
 * Reading walks a cursor and validates each record on its own, so one corrupt record becomes a
 * "damaged" entry instead of hiding the others. When IndexedDB cannot be opened at all (a private
 * window, a browser policy), the studio falls back to MemoryStore and warns that nothing is kept.
 */
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
const DB_VERSION = 1;

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
    };
    return new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new StorageError("unavailable", "Another tab is upgrading the storage."));
    });
  }

  async list(): Promise<LoadedPaper[]> {
    const tx = this.db.transaction("papers", "readonly");
    const out: LoadedPaper[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = tx.objectStore("papers").openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve();
        let loaded: LoadedPaper;
        try {
          loaded = readRecord(cursor.value);
        } catch (error) {
          loaded = { ok: false, id: String(cursor.key), raw: null, problem: (error as Error).message };
        }
        // A record without a readable id is still listed under its key, so it can be deleted.
        if (!loaded.ok && !loaded.id) loaded = { ...loaded, id: String(cursor.key) };
        out.push(loaded);
        cursor.continue();
      };
      req.onerror = () => reject(req.error);
    });
    return out;
  }

  async put(record: PaperRecord): Promise<void> {
    await this.withRetry(async (db) => {
      const tx = db.transaction("papers", "readwrite");
      tx.objectStore("papers").put(record);
      await done(tx);
    });
  }

  async delete(id: string): Promise<void> {
    await this.withRetry(async (db) => {
      const tx = db.transaction("papers", "readwrite");
      tx.objectStore("papers").delete(id);
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
    this.papers.set(record.id, structuredClone(record));
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

/** Opens IndexedDB, or falls back to memory and says why. */
export async function openStore(): Promise<{ store: PaperStore; problem: StorageError | null }> {
  try {
    if (typeof indexedDB === "undefined") throw new StorageError("unavailable", "This browser has no IndexedDB.");
    return { store: await IndexedDBStore.open(), problem: null };
  } catch (error) {
    return { store: new MemoryStore(), problem: storageError(error) };
  }
}
