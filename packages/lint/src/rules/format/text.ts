/** Small text helpers shared by the format rules. Regexes are built from data once, at load. */

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** One alternation over a list, longest first so "Calls upon" wins over "Calls". */
export const alternation = (list: readonly string[]) =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");

/** No letter, digit or hyphen follows: the end of a word. */
export const WORD_END = "(?![\\p{L}\\p{N}-])";

export const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
export const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);

/** Gives `word` the capitalisation of `model` (first letter only). */
export function matchCase(word: string, model: string): string {
  const first = model[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return capitalise(word);
  return lowerFirst(word);
}

/** Memoises a per-key build (a regex per committee), so nothing is compiled per clause. */
export function memo<K, V>(build: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** The organ a committee speaks for, from its organ line: "The Human Rights Council," → "Human Rights Council". */
export const organName = (organLine: string) => organLine.replace(/^The\s+/, "").replace(/,\s*$/, "").trim();

/**
 * Memoises a pure function of a textblock's text, for document rules that re-read every clause on
 * every lint: an unchanged text is parsed once. Bounded: the cache is emptied when it is full.
 */
export function memoText<V>(parse: (text: string) => V, max = 20_000): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = parse(text);
      cache.set(text, value);
    }
    return value;
  };
}
