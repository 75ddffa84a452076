/**
 * Builds the studio with `vite build` into a temporary folder and serves it with `vite preview` on
 * a free port: the end-to-end tests run against the built app, as users get it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    studioURL: string;
  }
}

const root = join(import.meta.dirname, "..");

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), "studio-e2e-"));
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({ root, logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("studioURL", url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
