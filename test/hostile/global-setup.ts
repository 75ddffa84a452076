/**
 * Builds what the browser tests load, once per run, and only when stale:
 *   - packages/editor/dist/resolution-editor.js (the element a site embeds), rebuilt when any
 *     source it bundles is newer, and served from a copy in node_modules/.cache;
 *   - the studio (apps/studio), built with vite into node_modules/.cache (git-ignored), rebuilt
 *     when its sources or the packages it bundles are newer.
 * The paths are handed to the tests with `provide`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    studioDist: string;
    editorBundle: string;
    embedSource: string;
  }
}

const root = join(import.meta.dirname, "..", "..");
const pkg = (p: string) => join(root, "packages", p);

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    time = Math.max(time, newest(join(path, entry)));
  }
  return time;
}

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const libraries = ["schema", "formats", "lint", "rulebook", "editor"].map((p) => join(pkg(p), "src"));

function run(cwd: string, args: string[], what: string): void {
  // NODE_ENV=test (set by vitest) would make vite pick development builds (Lit dev mode).
  const result = spawnSync("pnpm", args, { cwd, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error(`building ${what} failed (see above)`);
}

export default function setup(project: TestProject): void {
  const editorBundle = join(pkg("editor"), "dist", "resolution-editor.js");
  if (mtime(editorBundle) < Math.max(...libraries.map(newest))) {
    run(pkg("editor"), ["exec", "vite", "build", "--mode", "production", "--logLevel", "warn"], "packages/editor/dist/resolution-editor.js");
  }

  const studio = join(root, "apps", "studio");
  const studioDist = join(root, "node_modules", ".cache", "clausewise-acceptance", "studio");
  const studioIndex = join(studioDist, "index.html");
  const studioSources = Math.max(newest(join(studio, "src")), mtime(join(studio, "index.html")), mtime(join(studio, "vite.config.ts")), ...libraries.map(newest));
  if (mtime(studioIndex) < studioSources) {
    mkdirSync(studioDist, { recursive: true });
    run(studio, ["exec", "vite", "build", "--outDir", studioDist, "--emptyOutDir", "--sourcemap", "false", "--logLevel", "warn"], "the studio");
  }
  if (!existsSync(editorBundle) || !existsSync(studioIndex)) throw new Error("the builds for the browser tests are missing");

  // Served from a copy: other projects' setups may rebuild packages/editor/dist while we run.
  const bundleCopy = join(root, "node_modules", ".cache", "clausewise-acceptance", "resolution-editor.js");
  copyFileSync(editorBundle, bundleCopy);

  project.provide("studioDist", studioDist);
  project.provide("editorBundle", bundleCopy);
  project.provide("embedSource", join(root, "apps", "embed", "src"));
}
