#!/usr/bin/env node
// Writes docs/rules/<rule-id>.md and docs/rules/README.md from the rules' data. The TypeScript
// sources are loaded through Vite's module runner, like packages/rulebook/scripts/compile.mjs.
import { runnerImport } from "vite";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const outDir = fileURLToPath(new URL("../../../docs/rules/", import.meta.url));
const { module: docs } = await runnerImport(fileURLToPath(new URL("../src/docs.ts", import.meta.url)));
const { module: registry } = await runnerImport(fileURLToPath(new URL("../src/registry.ts", import.meta.url)));
const files = docs.renderRuleDocs(registry.allRules);
mkdirSync(outDir, { recursive: true });
// Pages of rules that no longer exist are removed.
for (const f of readdirSync(outDir)) if (f.endsWith(".md") && !files.has(f)) rmSync(join(outDir, f));
for (const [name, content] of files) writeFileSync(join(outDir, name), content);
console.log(`docs/rules: ${files.size} files`);
