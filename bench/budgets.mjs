// The performance budgets of issue 6, each read from .bench/results.json's figures.
export const budgets = [
  { key: "keystroke_150", figure: "Keystroke, 150 clauses (median)", unit: "ms", label: "≤ 1 ms", get: (r) => r.keystroke_ms?.[150], ok: (v) => v <= 1 },
  { key: "keystroke_5000", figure: "Keystroke, 5,000 clauses (median)", unit: "ms", label: "≤ 2 ms", get: (r) => r.keystroke_ms?.[5000], ok: (v) => v <= 2 },
  { key: "keystroke_speedup_5000", figure: "Baseline ÷ ours, 5,000 clauses", unit: "×", label: "≥ 50×", get: (r) => r.keystroke_speedup?.[5000], ok: (v) => v >= 50 },
  { key: "lint_words_per_s", figure: "Lint throughput, Node", unit: "words/s", label: "≥ 1,000,000 words/s", get: (r) => r.lint_words_per_s, ok: (v) => v >= 1_000_000 },
  { key: "bundle_gzip_kib", figure: "resolution-editor.js, gzip -9", unit: "KiB", label: "≤ 90 KiB", get: (r) => r.bundle_gzip_kib, ok: (v) => v <= 90 },
  { key: "docx_50_pages_ms", figure: "50-page .docx opened, first findings shown", unit: "ms", label: "≤ 1,000 ms", get: (r) => r.docx_50_pages_ms, ok: (v) => v <= 1000 },
];

/** { value, status: "PASS" | "MISS" | "NOT MEASURED" } */
export function verdict(budget, results) {
  const value = budget.get(results);
  if (typeof value !== "number" || !Number.isFinite(value)) return { value: null, status: "NOT MEASURED" };
  return { value, status: budget.ok(value) ? "PASS" : "MISS" };
}
