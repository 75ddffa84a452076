#!/usr/bin/env node
// `pnpm clausewise …`: the clausewise CLI (packages/cli). Node 20 cannot run TypeScript, so the CLI
// is bundled with Vite into packages/cli/dist/clausewise.mjs (git-ignored) and run from there. The
// bundle is rebuilt whenever a source it is made from is newer, so it never goes stale; a warm start
// takes about half a second, against about two seconds for loading the sources through Vite's
// module runner on every run. The compiled rule data is made first when missing or older than rules/.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const root = fileURLToPath(new URL("..", import.meta.url));
const rulebookJson = join(root, "packages/rulebook/src/generated/rulebook.json");
const distDir = join(root, "packages/cli/dist");
const bundle = join(distDir, "clausewise.mjs");
/** Everything the bundle is made from (node_modules aside). */
const sources = ["cli", "lint", "schema", "rulebook", "formats"].flatMap((p) => [
  join(root, "packages", p, "src"),
  join(root, "packages", p, "package.json"),
]);

/** The newest modification time of a file or of anything under a directory. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

if (mtime(rulebookJson) === 0 || mtime(rulebookJson) < newest(join(root, "rules"))) {
  // Output goes to stderr, so that JSON and SARIF on stdout stay clean.
  const compiled = spawnSync(process.execPath, [join(root, "packages/rulebook/scripts/compile.mjs")], {
    cwd: root,
    stdio: ["ignore", 2, 2],
  });
  if (compiled.status !== 0) {
    console.error("clausewise: compiling the rule data in rules/ failed (see above)");
    process.exit(2);
  }
}

if (mtime(bundle) === 0 || mtime(bundle) < Math.max(...sources.map(newest))) {
  // vite is a dependency of packages/cli, not of the workspace root: resolve it from there.
  const vite = createRequire(join(root, "packages/cli/package.json")).resolve("vite");
  const { build } = await import(pathToFileURL(vite).href);
  // Each process builds into its own directory and renames the result into place, so runs started
  // together never read a half-written bundle.
  const outDir = join(distDir, `.build-${process.pid}`);
  mkdirSync(distDir, { recursive: true });
  try {
    await build({
      root,
      configFile: false,
      logLevel: "error",
      build: {
        ssr: join(root, "packages/cli/src/main.ts"),
        outDir,
        emptyOutDir: true,
        minify: false,
        target: "node20",
        rollupOptions: { output: { entryFileNames: "clausewise.mjs", format: "es", codeSplitting: false } },
      },
      ssr: { noExternal: true, target: "node" },
    });
    renameSync(join(outDir, "clausewise.mjs"), bundle);
  } catch (error) {
    console.error(`clausewise: building the CLI failed: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const { main } = await import(pathToFileURL(bundle).href);
const status = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // `pnpm clausewise` runs in the workspace root; file names are relative to where it was typed.
  cwd: process.env.npm_lifecycle_event === "clausewise" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd(),
});
process.exitCode = status;
