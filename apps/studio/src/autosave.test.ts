import { describe, expect, test, vi } from "vitest";
import { createDocument } from "@clausewise/schema";
import { Autosaver, JOURNAL_MAX_CHARS, recoverJournal, type JournalStorage, type SaveState } from "./autosave.ts";
import { MemoryStore } from "./storage.ts";
import type { PaperRecord } from "./paper.ts";

class MapJournal implements JournalStorage {
  readonly map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
}

const record = (id: string, topic: string, updated: string): PaperRecord => ({
  id,
  kind: "draft",
  doc: createDocument({ heading: { committee: "hrc", topic } }).toJSON(),
  updated,
});
/** Holds the store's writes until `now()` is called, as a slow IndexedDB would. */
function holdWrites(store: MemoryStore): { now: () => void } {
  const held = { now: () => {} };
  const put = store.put.bind(store);
  store.put = async (r) => {
    await new Promise<void>((res) => (held.now = res));
    return put(r);
  };
  return held;
}
// MemoryStore({ persistent: true }) stands in for IndexedDB; a plain MemoryStore is the fallback.
const topicOf = (r: PaperRecord) => (r.doc as { content: { attrs: { topic: string } }[] }).content[0]!.attrs.topic;

describe("autosave", () => {
  test("changes made while a write is in flight collapse into one more write of the latest", async () => {
    const store = new MemoryStore({ persistent: true });
    const puts: string[] = [];
    const put = store.put.bind(store);
    store.put = async (r) => { puts.push(topicOf(r)); await new Promise((res) => setTimeout(res, 5)); return put(r); };
    const saver = new Autosaver(store, () => {}, null);
    saver.save(record("p1", "a", "1"));
    saver.save(record("p1", "b", "2"));
    saver.save(record("p1", "c", "3"));
    await saver.flush();
    expect(puts).toEqual(["a", "c"]);
    const [loaded] = await store.list();
    expect(loaded!.ok && topicOf(loaded!.record)).toBe("c");
  });

  test("a failed write is reported as quota or failure, and the next change retries", async () => {
    const store = new MemoryStore({ persistent: true });
    const states: SaveState[] = [];
    let fail = true;
    const put = store.put.bind(store);
    store.put = async (r) => {
      if (fail) throw new DOMException("full", "QuotaExceededError");
      return put(r);
    };
    const saver = new Autosaver(store, (s) => states.push(s), null);
    saver.save(record("p1", "a", "1"));
    await saver.flush();
    const failed = states.at(-1);
    expect(failed?.state).toBe("failed");
    expect(failed?.state === "failed" && failed.error.reason).toBe("quota");
    fail = false;
    saver.save(record("p1", "b", "2"));
    await saver.flush();
    expect(states.at(-1)?.state).toBe("saved");
  });

  test("says a reload would lose work only when neither storage nor the journal holds the latest change", async () => {
    class FullJournal extends MapJournal {
      override setItem() { throw new DOMException("full", "QuotaExceededError"); }
    }
    const failing = new MemoryStore({ persistent: true });
    let fail = true;
    const put = failing.put.bind(failing);
    failing.put = async (r) => {
      if (fail) throw new DOMException("full", "QuotaExceededError");
      return put(r);
    };
    // Storage full and the journal full too: the change is in this tab only.
    const saver = new Autosaver(failing, () => {}, new FullJournal());
    saver.save(record("p1", "a", "1"));
    await saver.flush();
    expect(saver.wouldLoseWork).toBe(true);
    fail = false;
    saver.save(record("p1", "b", "2"));
    await saver.flush();
    expect(saver.wouldLoseWork).toBe(false);
    // Storage full but the journal keeps a copy (a reload recovers it).
    fail = true;
    const journaled = new Autosaver(failing, () => {}, new MapJournal());
    journaled.save(record("p2", "a", "1"));
    await journaled.flush();
    expect(journaled.wouldLoseWork).toBe(false);
    // Memory-only storage (a private window) with no journal: nothing survives a reload.
    const memory = new Autosaver(new MemoryStore(), () => {}, null);
    memory.save(record("p3", "a", "1"));
    expect(memory.wouldLoseWork).toBe(true);
    await memory.flush();
    expect(memory.wouldLoseWork).toBe(true);
    memory.forget("p3");
    expect(memory.wouldLoseWork).toBe(false);
  });

  test("unconfirmed writes go to the journal on pagehide and come back on the next start", async () => {
    const store = new MemoryStore({ persistent: true });
    store.put = () => new Promise(() => {}); // a write that never completes (the tab closed)
    const journal = new MapJournal();
    const saver = new Autosaver(store, () => {}, journal);
    saver.save(record("p1", "typed before reload", "2026-11-22T09:00:00.000Z"));
    saver.journalPending();
    expect(journal.length).toBe(1);

    const next = new MemoryStore({ persistent: true });
    await next.put(record("p1", "older", "2026-11-22T08:00:00.000Z"));
    expect((await recoverJournal(next, journal)).recovered).toEqual(["p1"]);
    const [loaded] = await next.list();
    expect(loaded!.ok && topicOf(loaded!.record)).toBe("typed before reload");
    expect(journal.length).toBe(0);
  });

  test("every change is journaled at once, and the entry goes when the write is confirmed", async () => {
    const store = new MemoryStore({ persistent: true });
    const journal = new MapJournal();
    const release = holdWrites(store);
    const saver = new Autosaver(store, () => {}, journal);
    saver.save(record("p1", "typed", "1"));
    // A crash now (no pagehide) would still leave the change in the journal.
    expect(JSON.parse(journal.getItem("clausewise-journal:p1")!).id).toBe("p1");
    release.now();
    await saver.flush();
    expect(journal.length).toBe(0);
  });

  test("a record known to be over the journal's limit is not serialised for it per change, and still journaled on pagehide", async () => {
    const store = new MemoryStore({ persistent: true });
    const journal = new MapJournal();
    const release = holdWrites(store);
    const big = record("p1", "a compilation", "1");
    const stringify = vi.spyOn(JSON, "stringify");
    const saver = new Autosaver(store, () => {}, journal);
    saver.save(big, JOURNAL_MAX_CHARS + 1);
    expect(stringify).not.toHaveBeenCalled();
    expect(journal.length).toBe(0);
    saver.journalPending();
    expect(stringify).toHaveBeenCalledTimes(1);
    stringify.mockRestore();
    expect(JSON.parse(journal.getItem("clausewise-journal:p1")!).doc).toEqual(big.doc);
    release.now();
    await saver.flush();
    expect(journal.length).toBe(0);
  });

  test("with IndexedDB unavailable (memory store) the journal keeps the papers across reloads", async () => {
    const journal = new MapJournal();
    const first = new MemoryStore();
    const saver = new Autosaver(first, () => {}, journal);
    saver.save(record("p1", "kept", "1"));
    await saver.flush();
    expect(journal.length).toBe(1);
    const second = new MemoryStore(); // the next page load, storage still unavailable
    expect((await recoverJournal(second, journal)).recovered).toEqual(["p1"]);
    expect(journal.length).toBe(1);
    const [loaded] = await second.list();
    expect(loaded!.ok && topicOf(loaded!.record)).toBe("kept");
  });

  test("a journal entry newer than the store that storage refuses (full) is kept and handed back to be shown", async () => {
    const journal = new MapJournal();
    const latest = record("p1", "typed while full", "2026-11-22T09:00:00.000Z");
    journal.setItem("clausewise-journal:p1", JSON.stringify(latest));
    const store = new MemoryStore({ persistent: true });
    await store.put(record("p1", "older", "2026-11-22T08:00:00.000Z"));
    store.put = () => Promise.reject(new DOMException("Quota exceeded", "QuotaExceededError"));
    const recovery = await recoverJournal(store, journal);
    expect(recovery.recovered).toEqual([]);
    expect(recovery.unrestored.map((r) => topicOf(r))).toEqual(["typed while full"]);
    expect(journal.length).toBe(1);
  });

  test("a journal entry older than the stored record does not overwrite it", async () => {
    const journal = new MapJournal();
    journal.setItem("clausewise-journal:p1", JSON.stringify(record("p1", "old", "2026-11-22T08:00:00.000Z")));
    const store = new MemoryStore({ persistent: true });
    await store.put(record("p1", "new", "2026-11-22T09:00:00.000Z"));
    expect(await recoverJournal(store, journal)).toEqual({ recovered: [], unrestored: [] });
    const [loaded] = await store.list();
    expect(loaded!.ok && topicOf(loaded!.record)).toBe("new");
  });

  test("a corrupt stored paper is listed as damaged and does not hide the others", async () => {
    const store = new MemoryStore({ persistent: true });
    await store.put(record("good", "fine", "1"));
    store.putRaw("bad", { id: "bad", kind: "draft", doc: { type: "doc", content: "garbage" }, updated: "2" });
    store.putRaw("worse", 42);
    const list = await store.list();
    expect(list.filter((p) => p.ok).map((p) => p.ok && p.record.id)).toEqual(["good"]);
    const damaged = list.filter((p) => !p.ok);
    expect(damaged).toHaveLength(2);
    expect(damaged.every((p) => !p.ok && p.problem.length > 0)).toBe(true);
  });
});
