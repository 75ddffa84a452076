/**
 * Start-up: opens the store, brings back what was kept (the drafts, the papers on the desk with
 * the comments being written on them, the director's name, the screen-reader choice), opens the
 * last draft, and then has the desk's papers checked.
 */
import { readRecord, type LoadedPaper } from "./paper.ts";
import type { CwStudio } from "./studio.ts";

export async function startStudio(host: CwStudio): Promise<void> {
  const store = await host.saving.open();
  let loaded: LoadedPaper[] = [];
  try {
    loaded = await store.list();
  } catch (error) {
    host.messages.note("error", `Saved papers could not be read: ${(error as Error).message}`);
  }
  // Papers whose latest version storage refused (full) are only in the journal: that version is
  // the one shown, and it is saved again below (which fails again while storage is full, so the
  // studio says "Not saved", and every change keeps the journal copy up to date).
  const unrestored = host.saving.unrestored.map(readRecord).filter((p): p is Extract<LoadedPaper, { ok: true }> => p.ok);
  if (unrestored.length) {
    const ids = new Set(unrestored.map((p) => p.record.id));
    loaded = [...loaded.filter((p) => !ids.has(p.ok ? p.record.id : p.id)), ...unrestored];
  }
  host.draftList.load(loaded);
  for (const p of loaded) {
    if (p.ok && p.record.kind === "review") host.desk.put(p.record, p.doc);
  }
  host.review.reviewer = String((await store.getMeta("reviewer")) ?? "");
  host.drafting.wholePaperForScreenReaders = (await store.getMeta("wholePaperForScreenReaders")) === true;
  const lastId = await store.getMeta("lastDraft");
  const drafts = host.draftList.records();
  const last = drafts.find((p) => p.record.id === lastId) ?? drafts[0];
  if (last) host.drafting.open(last.record.id);
  for (const p of unrestored) host.saving.save(p.record);
  host.ready = true;
  host.requestUpdate();
  for (const id of host.desk.papers.keys()) void host.desk.check(id);
}
