#!/usr/bin/env node
// Compiles rules/ (YAML) into src/generated/rulebook.json. The TypeScript compiler module is loaded
// through Vite's module runner so the zod schemas are written once, in TypeScript.
import { runnerImport } from "vite";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../src/compile.ts", import.meta.url));
const { module } = await runnerImport(entry);
try {
  const summary = await module.compileRulebook();
  console.log(summary);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
