/** Counted words the studio shows ("1 error", "2 errors"): never "1 errors". */

/** `n word`, with the word in the plural unless n is 1 (the plural is `word + "s"` unless given). */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : pluralWord}`;
}
