#!/usr/bin/env node
// Validates the labelled corpus: shape of every labels/*.json file, that every
// clause text occurs verbatim (after whitespace normalisation) in the matching
// texts/*.txt file, and prints totals per organ and per label.
// Plain Node, no dependencies. Exit code 1 on any problem.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const ORGANS = new Set(["hrc", "sc", "ga", "ecosoc", "student"]);
const LABELS = ["binding", "newBody", "operational"];
const SET = /^fresh-\d{4}-\d{2}$/;
const DOC_KEYS = ["slug", "symbol", "organ", "title", "date", "source", "complete", "set", "docNote", "clauses"];
const norm = (s) => s.replace(/\s+/g, " ").trim();
const errors = [];
const err = (f, m) => errors.push(`${f}: ${m}`);

const files = readdirSync(join(root, "labels")).filter((f) => f.endsWith(".json")).sort();
const totals = { docs: 0, clauses: 0, preamble: 0, operative: 0, byOrgan: {}, byLabel: {}, byOrganLabel: {}, bySet: {} };
for (const l of LABELS) totals.byLabel[l] = 0;
const rows = [];

for (const f of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(join(root, "labels", f), "utf8"));
  } catch (e) {
    err(f, `invalid JSON: ${e.message}`);
    continue;
  }
  const slug = f.replace(/\.json$/, "");
  if (doc.slug !== slug) err(f, `slug '${doc.slug}' does not match file name`);
  for (const k of ["symbol", "title", "date", "source"]) {
    if (typeof doc[k] !== "string" || !doc[k]) err(f, `missing string field '${k}'`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.date || "")) err(f, `date '${doc.date}' is not YYYY-MM-DD`);
  if (!ORGANS.has(doc.organ)) err(f, `organ '${doc.organ}' not one of ${[...ORGANS].join(", ")}`);
  if (typeof doc.complete !== "boolean") err(f, "'complete' must be a boolean");
  // Optional: a measurement round scored apart from the development/held-out halves.
  if (doc.set !== undefined && !(typeof doc.set === "string" && SET.test(doc.set))) err(f, `set '${doc.set}' is not of the form fresh-YYYY-MM`);
  const docExtra = Object.keys(doc).filter((k) => !DOC_KEYS.includes(k));
  if (docExtra.length) err(f, `unexpected document keys ${docExtra.join(", ")}`);
  if (!Array.isArray(doc.clauses) || doc.clauses.length === 0) {
    err(f, "clauses must be a non-empty array");
    continue;
  }
  const txtPath = join(root, "texts", `${slug}.txt`);
  if (!existsSync(txtPath)) {
    err(f, `no texts/${slug}.txt`);
    continue;
  }
  const txt = norm(readFileSync(txtPath, "utf8"));
  const paths = new Set();
  const row = { slug, symbol: doc.symbol, organ: doc.organ, n: doc.clauses.length, source: doc.source, complete: doc.complete };
  for (const l of LABELS) row[l] = 0;
  doc.clauses.forEach((c, i) => {
    const where = `clause ${i} (${c.path})`;
    if (c.section !== "preamble" && c.section !== "operative") err(f, `${where}: bad section '${c.section}'`);
    if (typeof c.path !== "string") err(f, `${where}: path must be a string`);
    else if (c.section === "preamble" && !/^p\d+$/.test(c.path)) err(f, `${where}: preamble path must be pN`);
    else if (c.section === "operative" && !/^\d+(\([a-z]+\))*(\([ivx]+\))?$/.test(c.path)) err(f, `${where}: bad operative path`);
    if (paths.has(c.path)) err(f, `${where}: duplicate path`);
    paths.add(c.path);
    if (typeof c.text !== "string" || !c.text.trim()) err(f, `${where}: empty text`);
    else {
      if (/[,;:.]$/.test(c.text)) err(f, `${where}: text keeps its end punctuation`);
      if (!txt.includes(norm(c.text))) err(f, `${where}: text not found in texts/${slug}.txt`);
    }
    let any = false;
    for (const l of LABELS) {
      if (typeof c[l] !== "boolean") err(f, `${where}: '${l}' must be boolean`);
      if (c[l]) {
        any = true;
        row[l] += 1;
      }
    }
    if (any && (typeof c.note !== "string" || !c.note.trim())) err(f, `${where}: labelled true but has no note`);
    const extra = Object.keys(c).filter((k) => !["section", "path", "text", "note", ...LABELS].includes(k));
    if (extra.length) err(f, `${where}: unexpected keys ${extra.join(", ")}`);
    totals[c.section] = (totals[c.section] || 0) + 1;
  });
  totals.docs += 1;
  totals.clauses += doc.clauses.length;
  totals.byOrgan[doc.organ] = (totals.byOrgan[doc.organ] || { docs: 0, clauses: 0 });
  totals.byOrgan[doc.organ].docs += 1;
  totals.byOrgan[doc.organ].clauses += doc.clauses.length;
  totals.byOrganLabel[doc.organ] = totals.byOrganLabel[doc.organ] || { binding: 0, newBody: 0, operational: 0, clean: 0 };
  for (const c of doc.clauses) {
    for (const l of LABELS) if (c[l]) { totals.byLabel[l] += 1; totals.byOrganLabel[doc.organ][l] += 1; }
    if (!LABELS.some((l) => c[l])) totals.byOrganLabel[doc.organ].clean += 1;
  }
  const set = doc.set || "halves";
  totals.bySet[set] = totals.bySet[set] || { docs: 0, clauses: 0, binding: 0, newBody: 0, operational: 0 };
  totals.bySet[set].docs += 1;
  totals.bySet[set].clauses += doc.clauses.length;
  for (const c of doc.clauses) for (const l of LABELS) if (c[l]) totals.bySet[set][l] += 1;
  rows.push(row);
}

const verbose = process.argv.includes("--table");
if (verbose) {
  console.log("| slug | symbol | organ | clauses | binding | newBody | operational | complete |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.slug} | ${r.symbol} | ${r.organ} | ${r.n} | ${r.binding} | ${r.newBody} | ${r.operational} | ${r.complete ? "yes" : "partial"} |`);
}
console.log(`documents: ${totals.docs}, clauses: ${totals.clauses} (preamble ${totals.preamble || 0}, operative ${totals.operative || 0})`);
for (const [o, v] of Object.entries(totals.byOrgan)) {
  const l = totals.byOrganLabel[o];
  console.log(`  ${o}: ${v.docs} docs, ${v.clauses} clauses; binding ${l.binding}, newBody ${l.newBody}, operational ${l.operational}, all-false ${l.clean}`);
}
console.log(`labels: binding ${totals.byLabel.binding}, newBody ${totals.byLabel.newBody}, operational ${totals.byLabel.operational}`);
for (const [s, v] of Object.entries(totals.bySet)) {
  console.log(`  set ${s === "halves" ? "development/held-out halves" : s}: ${v.docs} docs, ${v.clauses} clauses; binding ${v.binding}, newBody ${v.newBody}, operational ${v.operational}`);
}
if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error("  " + e);
  process.exit(1);
}
console.log("corpus OK");
