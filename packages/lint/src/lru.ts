/**
 * The clause cache: a bounded least-recently-used map from what a clause's findings depend on
 * (committee, section, depth, text, continuation text, ancestors' texts) to those findings.
 *
 * Entries are found by the clause's own text (one hash of a string the document already holds),
 * then compared field by field, so a lookup builds no key string: joining every text into one key
 * meant copying and hashing the ancestors' texts on every call. A Set keeps the entries in use
 * order (oldest first), so a hit is O(1) and evicting the oldest is O(1).
 *
 * One text holds at most BUCKET_MAX entries. Typing in a chapeau gives each of its sub-clauses a
 * new ancestor text per keystroke, so without a bound their buckets grew by one entry a keystroke
 * (up to the cache's capacity) and every lookup scanned them all: after 300 keystrokes in a
 * chapeau of 10 sub-clauses, ~0.09 ms a keystroke in this file alone.
 */

/** The most entries kept for one clause text (the same text under different ancestors). */
export const BUCKET_MAX = 32;

/** What a clause's cached findings depend on. */
export interface ClauseKey {
  committee: string;
  section: string;
  depth: number;
  text: string;
  /** The continuation's text, or null when the clause has none. */
  continuation: string | null;
  /** The ancestors, outermost first; only their texts count. */
  ancestors: readonly { text: string }[];
}

interface Entry<V> {
  committee: string;
  section: string;
  depth: number;
  text: string;
  continuation: string | null;
  ancestors: readonly string[];
  value: V;
}

function matches(e: Entry<unknown>, key: ClauseKey): boolean {
  if (e.committee !== key.committee || e.section !== key.section || e.depth !== key.depth || e.continuation !== key.continuation) return false;
  const n = key.ancestors.length;
  if (e.ancestors.length !== n) return false;
  for (let i = 0; i < n; i++) if (e.ancestors[i] !== key.ancestors[i]!.text) return false;
  return true;
}

export class ClauseCache<V> {
  private readonly byText = new Map<string, Entry<V>[]>();
  private readonly order = new Set<Entry<V>>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("an LRU cache needs a capacity of at least 1");
  }

  get size(): number {
    return this.order.size;
  }

  private find(key: ClauseKey): Entry<V> | undefined {
    const bucket = this.byText.get(key.text);
    if (bucket) for (const e of bucket) if (matches(e, key)) return e;
    return undefined;
  }

  get(key: ClauseKey): V | undefined {
    const e = this.find(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.order.delete(e);
    this.order.add(e);
    return e.value;
  }

  set(key: ClauseKey, value: V): void {
    const found = this.find(key);
    if (found) {
      found.value = value;
      this.order.delete(found);
      this.order.add(found);
      return;
    }
    const full = this.byText.get(key.text);
    // A full bucket gives up its oldest entry (the first inserted), whatever the cache holds.
    if (full && full.length >= BUCKET_MAX) this.evict(full[0]!);
    else if (this.order.size >= this.capacity) this.evict(this.order.values().next().value as Entry<V>);
    const e: Entry<V> = {
      committee: key.committee,
      section: key.section,
      depth: key.depth,
      text: key.text,
      continuation: key.continuation,
      ancestors: key.ancestors.map((a) => a.text),
      value,
    };
    const bucket = this.byText.get(key.text);
    if (bucket) bucket.push(e);
    else this.byText.set(key.text, [e]);
    this.order.add(e);
  }

  private evict(e: Entry<V>): void {
    this.order.delete(e);
    const bucket = this.byText.get(e.text)!;
    if (bucket.length === 1) this.byText.delete(e.text);
    else bucket.splice(bucket.indexOf(e), 1);
  }

  clear(): void {
    this.byText.clear();
    this.order.clear();
  }
}
