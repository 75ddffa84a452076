#!/usr/bin/env node
// Builds labels/<slug>.json from texts/<slug>.txt and annotations/<slug>.json.
// The clause texts in the labels files are cut mechanically from the texts
// files, so they are always verbatim; the annotations file only carries the
// document metadata and the labels (everything not listed is all-false).
//
// Usage: node test/corpus/build-labels.mjs [slug ...]   (no args: all)
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)$/;
const GAP = /^\[(…|\.\.\.)\]$/;
const TRAILER = /^(\[.*\]|\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.?|\d+(st|nd|rd|th) (plenary )?meeting.*|-+|\*+)$/i;

export function stripClause(s) {
  let t = s.trim();
  t = t.replace(/\s*[;,]\s*(and|or)\s*$/i, "");
  t = t.replace(/[\s,;:.]+$/, "");
  return t;
}

function nextLetter(l) {
  return l ? String.fromCharCode(l.charCodeAt(0) + 1) : "a";
}

export function parse(text, spec) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const organIdx = lines.findIndex((l) => l === spec.organLine);
  if (organIdx < 0) throw new Error(`${spec.slug}: organ line not found: ${spec.organLine}`);
  const out = [];
  let section = "preamble";
  let p = 0;
  let opCount = 0; // for unnumbered operative clauses
  let num = null;
  let letter = null;
  let roman = null;
  let romanTop = null; // roman numeral used as first level, with letters nested under it
  const opStart = spec.operativeStartsAt || null;
  for (const line of lines.slice(organIdx + 1)) {
    if (spec.skipLines && spec.skipLines.includes(line)) continue;
    if (GAP.test(line)) continue; // marks text missing from the source copy
    if (spec.interludePreamble && spec.interludePreamble.includes(line)) {
      // a preambular paragraph placed between operative parts (e.g. before Part III)
      p += 1;
      out.push({ section: "preamble", path: `p${p}`, raw: line });
      continue;
    }
    let m;
    if ((m = line.match(/^(\d+)\.\s+(.*)$/))) {
      section = "operative";
      num = m[1];
      letter = null;
      roman = null;
      romanTop = null;
      if (GAP.test(m[2].trim())) continue; // paragraph number kept, its text missing from the source copy
      out.push({ section, path: num, raw: m[2] });
      continue;
    }
    if (section === "operative" && (m = line.match(/^\(([a-z]+)\)\s+(.*)$/) || line.match(/^([a-z]+)[.)]\s+(.*)$/))) {
      const lab = m[1];
      let kind = null;
      if (lab.length === 1 && lab === nextLetter(letter)) kind = "letter";
      else if (ROMAN.test(lab)) kind = "roman";
      else if (lab.length === 1) kind = "letter";
      if (kind === "letter") {
        letter = lab;
        roman = null;
        const base = romanTop ? `${num}(${romanTop})` : num;
        out.push({ section, path: `${base}(${letter})`, raw: m[2] });
        continue;
      }
      if (kind === "roman") {
        if (letter === null || romanTop !== null) {
          romanTop = lab;
          letter = null;
          out.push({ section, path: `${num}(${romanTop})`, raw: m[2] });
          continue;
        }
        roman = lab;
        out.push({ section, path: `${num}(${letter})(${roman})`, raw: m[2] });
        continue;
      }
      throw new Error(`${spec.slug}: cannot place sub-paragraph label '${lab}' in: ${line.slice(0, 60)}`);
    }
    if (opStart && line.startsWith(opStart)) section = "operative";
    if (section === "operative" && num === null) {
      opCount += 1;
      out.push({ section, path: String(opCount), raw: line, unnumbered: true });
      continue;
    }
    if (section === "operative") {
      if (TRAILER.test(line)) continue;
      if (out.length && out[out.length - 1].unnumbered) {
        opCount += 1;
        out.push({ section, path: String(opCount), raw: line, unnumbered: true });
        continue;
      }
      throw new Error(`${spec.slug}: unlabelled line inside operative section: ${line.slice(0, 80)}`);
    }
    p += 1;
    out.push({ section: "preamble", path: `p${p}`, raw: line });
  }
  return out;
}

export function build(slug) {
  const spec = JSON.parse(readFileSync(join(root, "annotations", `${slug}.json`), "utf8"));
  spec.slug = slug;
  const text = readFileSync(join(root, "texts", `${slug}.txt`), "utf8");
  const parsed = parse(text, spec);
  const labels = spec.labels || {};
  const seen = new Set();
  const clauses = parsed.map((c) => {
    const l = labels[c.path] || {};
    seen.add(c.path);
    const clause = {
      section: c.section,
      path: c.path,
      text: stripClause(c.raw),
      binding: !!l.b,
      newBody: !!l.n,
      operational: !!l.o,
    };
    if (l.note) clause.note = l.note;
    if ((clause.binding || clause.newBody || clause.operational) && !clause.note) {
      throw new Error(`${slug}: clause ${c.path} labelled true but has no note`);
    }
    return clause;
  });
  for (const k of Object.keys(labels)) {
    if (!seen.has(k)) throw new Error(`${slug}: annotation for unknown path ${k}`);
  }
  const doc = {
    slug,
    symbol: spec.symbol,
    organ: spec.organ,
    title: spec.title,
    date: spec.date,
    source: spec.source,
    complete: spec.complete,
  };
  // A measurement round the document belongs to (e.g. "fresh-2026-12"): such documents are scored
  // apart from the development/held-out halves. Documents without it belong to the halves.
  if (spec.set) doc.set = spec.set;
  if (spec.docNote) doc.docNote = spec.docNote;
  doc.clauses = clauses;
  writeFileSync(join(root, "labels", `${slug}.json`), JSON.stringify(doc, null, 2) + "\n");
  return doc;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const slugs = args.length
    ? args
    : readdirSync(join(root, "annotations")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
  for (const s of slugs) {
    const d = build(s);
    console.log(`${s}: ${d.clauses.length} clauses`);
  }
}
