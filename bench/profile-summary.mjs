// Summarises a .cpuprofile (from `pnpm bench --profile` or `node --cpu-prof`): the functions with
// the most self time and the most total time. Usage: node bench/profile-summary.mjs FILE [REGEX] [N]
import { readFileSync } from "node:fs";
const p = JSON.parse(readFileSync(process.argv[2], "utf8"));
const filter = process.argv[3] ? new RegExp(process.argv[3]) : null;
const dt = new Map(); // node id -> self time
const ids = p.samples; const deltas = p.timeDeltas;
for (let i = 0; i < ids.length; i++) dt.set(ids[i], (dt.get(ids[i]) ?? 0) + (deltas[i] ?? 0));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), total = new Map();
const key = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/.*\/(packages|node_modules\/\.pnpm)\//, "")}:${n.callFrame.lineNumber + 1}`;
let all = 0;
for (const [id, t] of dt) {
  all += t; const n = byId.get(id); self.set(key(n), (self.get(key(n)) ?? 0) + t);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + t); } cur = parent.get(cur); }
}
const show = (m, title) => { console.log(`\n${title} (of ${(all/1000).toFixed(0)} ms)`); for (const [k, t] of [...m].filter(([k]) => !filter || filter.test(k)).sort((a, b) => b[1] - a[1]).slice(0, +process.argv[4] || 25)) console.log((t / 1000).toFixed(0).padStart(7), "ms", (100 * t / all).toFixed(1).padStart(5) + "%", k); };
show(self, "self"); show(total, "total");
