// Assembles the embed page in dist/: the page's files plus the built single-file element from
// packages/editor (built first when missing).
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bundle = here("../../../packages/editor/dist/resolution-editor.js");
if (!existsSync(bundle)) {
  const built = spawnSync("pnpm", ["--filter", "@clausewise/editor", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const out = here("../dist/");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of ["index.html", "page.css", "page.js"]) cpSync(here(`../src/${file}`), `${out}${file}`);
cpSync(bundle, `${out}resolution-editor.js`);
console.log(`embed page assembled in ${out}`);
