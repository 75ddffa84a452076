#!/usr/bin/env node
// What the big parts of dist/resolution-editor.js cost: builds the bundle with
// packages/editor/vite.config.ts again with one part replaced by an empty stand-in at a time and
// prints the gzip size of each build. Not part of `pnpm bench` (it takes a build per row), run it
// when the bundle budget is missed: node bench/bundle-breakdown.mjs
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build, runnerImport } from "vite";

const root = new URL("..", import.meta.url).pathname;
const editor = `${root}packages/editor`;
const require = createRequire(`${editor}/package.json`);

// Stand-ins export the same names as the real modules, each a do-nothing proxy.
const proxy = "const p = new Proxy(function () {}, { get: () => p, apply: () => p, construct: () => p });";
const standIn = (names) => `${proxy}\nexport { ${names.filter((n) => n !== "default").map((n) => `p as ${n}`).join(", ")} };\nexport default p;`;
const zodNames = Object.keys(await import(require.resolve("zod")));
const formatsNames = Object.keys((await runnerImport(`${root}packages/formats/src/index.ts`)).module);

const parts = {
  zod: { test: (id) => id === "zod" || id.startsWith("zod/"), code: standIn(zodNames) },
  "rule data (rulebook.json)": { test: (id) => id.endsWith("generated/rulebook.json"), code: "export default { version: '', phrases: {}, committees: [], packs: [] };" },
  "@clausewise/formats": { test: (id) => id === "@clausewise/formats", code: standIn(formatsNames) },
};

async function gzipKiB(without) {
  let code = "";
  await build({
    root: editor,
    configFile: `${editor}/vite.config.ts`,
    logLevel: "error",
    build: { write: false },
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
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) if (chunk.type === "chunk") code += chunk.code;
        },
      },
    ],
  });
  return gzipSync(code, { level: 9 }).length / 1024;
}

const full = await gzipKiB([]);
console.log(`as built: ${full.toFixed(1)} KiB gzip`);
for (const name of Object.keys(parts)) {
  const size = await gzipKiB([name]);
  console.log(`without ${name}: ${size.toFixed(1)} KiB (it costs ${(full - size).toFixed(1)} KiB)`);
}
const none = await gzipKiB(Object.keys(parts));
console.log(`without all three: ${none.toFixed(1)} KiB`);
