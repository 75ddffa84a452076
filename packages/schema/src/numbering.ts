/**
 * Labels derived from position, after the UN Editorial Manual: operative clauses 1., 2., …;
 * sub-clauses (a), (b) …; then (i), (ii) …; then a., b. …; then i., ii. ….
 */

/** Lower-case roman numeral (1 → "i"). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no roman numeral for ${n}`);
  const table: [number, string][] = [
    [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
    [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
  ];
  let out = "";
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** Letter label as the UN writes it past (z): (aa), (bb), … (1 → "a", 27 → "aa"). */
export function toLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no letter label for ${n}`);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The part of a label that identifies the clause in a path: "3", "a", "ii". */
export function labelKey(depth: number, ordinal: number): string {
  if (depth === 0) return String(ordinal);
  return depth % 2 === 1 ? toLetter(ordinal) : toRoman(ordinal);
}

/** The label as printed: "3.", "(a)", "(ii)", "a.", "ii.". */
export function formatLabel(depth: number, ordinal: number): string {
  const key = labelKey(depth, ordinal);
  if (depth === 0) return `${key}.`;
  return depth <= 2 ? `(${key})` : `${key}.`;
}
