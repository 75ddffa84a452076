#!/usr/bin/env node
// What dist/resolution-editor.js is made of. Not part of `pnpm bench` (it builds the bundle several
// times); run it when the bundle budget is missed: node bench/bundle-breakdown.mjs [--files]
//
// 1. Per package (and with --files per source file): the bundle is built once with
//    packages/editor/vite.config.ts plus a source map, and every byte of the minified file is
//    attributed to the source it came from. Three figures per part: its minified bytes, the gzip
//    size of its bytes alone, and what gzip -9 of the whole file loses when its bytes are cut out
//    ("removed"). Parts compress better together than alone, so "removed" is the closer estimate
//    of what a part costs; the rows do not add up exactly to the total either way. "(no source
//    map)" is the rule data (JSON modules carry no map) plus a few bundler-written lines.
// 2. Per large part, rebuilt: the bundle built again with one part replaced by a do-nothing stand-in
//    (the rule data, @clausewise/formats); the difference is exact for that build.
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, runnerImport } from "vite";

const root = new URL("..", import.meta.url).pathname;
const editor = `${root}packages/editor`;
const byFile = process.argv.includes("--files");

// Stand-ins export the same names as the real modules, each a do-nothing proxy.
const proxy = "const p = new Proxy(function () {}, { get: () => p, apply: () => p, construct: () => p });";
const standIn = (names) => `${proxy}\nexport { ${names.filter((n) => n !== "default").map((n) => `p as ${n}`).join(", ")} };\nexport default p;`;
const formatsNames = Object.keys((await runnerImport(`${root}packages/formats/src/index.ts`)).module);

const parts = {
  "rule data (rulebook embed copy)": { test: (id) => /generated\/rulebook(\.\w+)?\.json$/.test(id), code: "export default { version: '', phrases: {}, committees: [], packs: [] };" },
  "@clausewise/formats": { test: (id) => id === "@clausewise/formats", code: standIn(formatsNames) },
};

/** Builds the bundle (optionally without some parts) and returns its code and source map. */
async function bundle(without = [], sourcemap = false) {
  let code = "";
  let map = null;
  await build({
    root: editor,
    configFile: `${editor}/vite.config.ts`,
    logLevel: "error",
    build: { write: false, sourcemap },
    plugins: [
      {
        name: "stand-ins",
        enforce: "pre",
        resolveId(id) {
          for (const name of without) if (parts[name].test(id)) return `\0stand-in:${name}`;
        },
        load(id) {
          if (id.startsWith("\0stand-in:")) return parts[id.slice(10)].code;
        },
        generateBundle(_options, output) {
          for (const chunk of Object.values(output)) {
            if (chunk.type === "chunk") {
              code += chunk.code;
              map = chunk.map ?? map;
            }
          }
        },
      },
    ],
  });
  return { code, map };
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

// Source map "mappings": base64 VLQ; per generated line, segments of [column, source, line, column, name?].
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function* segments(line) {
  let fields = [];
  let value = 0;
  let shift = 0;
  for (const ch of line) {
    if (ch === ",") {
      yield fields;
      fields = [];
      continue;
    }
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  if (fields.length) yield fields;
}

/** The index in map.sources of the source each character of `code` came from (-1: none). */
function owners(code, map) {
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split("\n");
  const mapped = map.mappings.split(";");
  let source = 0;
  let lineStart = 0;
  for (let l = 0; l < lines.length; l++) {
    let column = 0;
    const marks = [];
    for (const s of segments(mapped[l] ?? "")) {
      column += s[0];
      if (s.length > 1) source += s[1];
      marks.push([column, s.length > 1 ? source : -1]);
    }
    for (let k = 0; k < marks.length; k++) {
      const end = k + 1 < marks.length ? marks[k + 1][0] : lines[l].length;
      owner.fill(marks[k][1], lineStart + marks[k][0], lineStart + end);
    }
    lineStart += lines[l].length + 1;
  }
  return owner;
}

/** A source path as a part's name: the npm package, the workspace package, or the file. */
function partOf(relative) {
  if (relative === undefined) return "(no source map)";
  const source = resolve(`${editor}/dist`, relative);
  const npm = source.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)(\/.*)?/);
  const workspace = source.match(/packages\/([^/]+)\/(src\/.*)/);
  if (byFile) return npm ? `${npm[1]}${npm[2] ?? ""}` : workspace ? `@clausewise/${workspace[1]}/${workspace[2]}` : source;
  return npm ? npm[1] : workspace ? `@clausewise/${workspace[1]}` : source;
}

const { code, map } = await bundle([], true);
const owner = owners(code, map);
const names = map.sources.map(partOf);
const nameAt = (i) => (owner[i] < 0 ? "(no source map)" : names[owner[i]]);
const byPart = new Map();
for (let i = 0; i < code.length; i++) {
  const name = nameAt(i);
  if (!byPart.has(name)) byPart.set(name, []);
  byPart.get(name).push(i);
}
const total = gzip(code);
console.log(`as built: ${Buffer.byteLength(code)} bytes minified, ${kib(total)} KiB gzip -9\n`);
const rows = [...byPart].map(([name, at]) => {
  const set = new Set(at);
  const own = at.map((i) => code[i]).join("");
  let rest = "";
  for (let i = 0; i < code.length; i++) if (!set.has(i)) rest += code[i];
  return { name, minified: Buffer.byteLength(own), alone: gzip(own), removed: total - gzip(rest) };
});
rows.sort((a, b) => b.removed - a.removed);
console.log("| part | KiB minified | KiB gzip alone | KiB gzip removed |\n| --- | --- | --- | --- |");
for (const r of rows) console.log(`| ${r.name} | ${kib(r.minified)} | ${kib(r.alone)} | ${kib(r.removed)} |`);

console.log("\nrebuilt without one part at a time:");
for (const name of Object.keys(parts)) {
  const size = gzip((await bundle([name])).code);
  console.log(`without ${name}: ${kib(size)} KiB (it costs ${kib(total - size)} KiB)`);
}
