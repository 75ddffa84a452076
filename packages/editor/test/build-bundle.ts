/**
 * Builds dist/resolution-editor.js once before the browser tests, so that the bundle test checks
 * the file a site would embed, not the sources.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  // NODE_ENV=test (set by vitest) would make vite resolve development builds (Lit dev mode) unminified.
  const env = { ...process.env, NODE_ENV: "production" };
  const result = spawnSync("pnpm", ["exec", "vite", "build", "--mode", "production", "--logLevel", "warn"], { cwd, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("building dist/resolution-editor.js failed (see above)");
}
