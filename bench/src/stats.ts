/** Summaries of repeated timings: the median is the figure; min, max and spread show the noise. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Interquartile range relative to the median. */
  spread: number;
  n: number;
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export function summarise(times: readonly number[]): Summary {
  if (times.length === 0) throw new Error("no timings to summarise");
  const s = [...times].sort((a, b) => a - b);
  const median = quantile(s, 0.5);
  return { median, min: s[0]!, max: s[s.length - 1]!, spread: median > 0 ? (quantile(s, 0.75) - quantile(s, 0.25)) / median : 0, n: s.length };
}
