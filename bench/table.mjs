// Prints the results: every budgeted figure with its budget and verdict, then the context figures.
import { budgets } from "./budgets.mjs";

const fmt = (v, unit) => {
  if (v === null || v === undefined) return "—";
  if (unit === "words/s") return Math.round(v).toLocaleString("en-US");
  if (unit === "ms" && v >= 100) return Math.round(v).toLocaleString("en-US");
  return String(v);
};

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => "| " + r.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
  return [line(rows[0]), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.slice(1).map(line)].join("\n");
}

export function printTable(r) {
  const rows = [["Figure", "Value", "Budget", "Result"]];
  for (const b of budgets) {
    const v = r.budgets[b.key];
    rows.push([b.figure, v.value === null ? "—" : `${fmt(v.value, b.unit)} ${b.unit}`, b.label, v.status]);
  }
  console.log("\n" + table(rows));
  const ctx = [["Context (same run)", "150 clauses", "5,000 clauses"]];
  const pair = (name, o, unit = "ms") => o && ctx.push([name, `${o[150]} ${unit}`, `${o[5000]} ${unit}`]);
  pair("Keystroke, ours (element, lint on)", r.keystroke_ms);
  pair("Keystroke, naive baseline (no cache)", r.baseline_keystroke_ms);
  pair("Keystroke, naive baseline (engine cache)", r.baseline_cached_keystroke_ms);
  pair("Keystroke, editor without lint", r.no_lint_keystroke_ms);
  pair("Keystroke, editor without any decorations", r.no_decorations_keystroke_ms);
  pair("Keystroke, plain contenteditable, no ProseMirror", r.plain_dom_keystroke_ms);
  pair("Hover hit test after a keystroke, ours (mouse over the paper)", r.hover_hit_test_ms);
  pair("Real key press until the browser acknowledges it, ours", r.keypress_ms);
  pair("Real key press until the browser acknowledges it, plain contenteditable", r.plain_keypress_ms);
  pair("Real Enter (a new clause) until acknowledged, ours", r.enter_keypress_ms);
  pair("Real Enter until the frame after it has rendered, ours", r.enter_to_frame_ms);
  pair("Real Backspace removing that clause until acknowledged, ours", r.backspace_join_keypress_ms);
  pair("Real Backspace until the frame after it has rendered, ours", r.backspace_join_to_frame_ms);
  pair("Baseline ÷ ours", r.keystroke_speedup, "×");
  pair("Cached baseline ÷ ours", r.keystroke_speedup_vs_cached, "×");
  pair("Baseline ÷ editor without any decorations (the ratio a lint costing nothing would reach)", r.keystroke_speedup_ceiling, "×");
  if (ctx.length > 1) console.log("\n" + table(ctx));
  const pauses = r.typing_pauses_5000;
  if (pauses) {
    const rows = [["Pauses in typing, 5,000 clauses (frames over 50 ms)", "Pauses with one", "Longest frame of each pause"]];
    for (const [name, p] of [["Element (its own findings panel)", pauses.element], ["Studio", pauses.studio]]) {
      if (p) rows.push([name, `${p.pauses_with_frame_over_50ms} of ${p.pauses}`, p.longest_frame_ms.map((ms) => (ms ? `${ms} ms` : "none")).join(", ")]);
    }
    console.log("\n" + table(rows));
  }
  const notes = [];
  if (r.lint_words_per_cpu_s !== undefined) notes.push(`Lint throughput per CPU-second (process CPU time, GC threads included): ${r.lint_words_per_cpu_s.toLocaleString("en-US")} words/s`);
  if (r.lint_150_clauses_ms !== undefined) notes.push(`Lint of a 150-clause paper (${r.lint_detail.paper150.paper.words.toLocaleString("en-US")} words): ${r.lint_150_clauses_ms} ms median`);
  if (r.bundle_bytes !== undefined) notes.push(`Bundle: ${(r.bundle_bytes / 1024).toFixed(1)} KiB minified, ${r.bundle_gzip_kib} KiB gzip`);
  if (r.docx_paper) notes.push(`.docx paper: ${r.docx_paper.words.toLocaleString("en-US")} words (~${Math.round(r.docx_paper.words / r.docx_paper.wordsPerPage)} pages at ${r.docx_paper.wordsPerPage} words/page), ${r.docx_paper.clauses} clauses, ${r.docx_paper.expectedFindings} findings`);
  if (r.keypress_round_trip_ms !== undefined) notes.push(`Real key presses include a round trip of ${r.keypress_round_trip_ms} ms (median) that a key press with nothing editable focused also takes`);
  if (r.machine) notes.push(`Machine: ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memory_gib} GiB, ${r.machine.os}; load average ${r.machine.load_average_at_start?.[0]} at start, ${r.machine.load_average_at_end?.[0]} at end; node ${r.versions?.node ?? "?"}, Chromium ${r.versions?.chromium ?? "?"}`);
  if (notes.length) console.log("\n" + notes.join("\n"));
}
