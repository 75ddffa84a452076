#!/usr/bin/env node
// Runs every test: compiles the rule data, type-checks, then runs all vitest projects (Node and
// real Chromium) and prints the closing line "N passed, N failed" that CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import { findChromium, ensureChromium } from "./chromium.mjs";

const run = (cmd, args, opts = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", shell: false, ...opts }).status ?? 1;

const closing = (passed, failed, skipped) => {
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
};

const chromium = ensureChromium();
if (!chromium) {
  console.error(
    "The browser tests need Chromium and none was found.\n" +
      "Install Debian's package (as root: apt-get update && apt-get install -y chromium)\n" +
      "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  closing(0, 1);
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;

if (run("pnpm", ["run", "--silent", "rules"]) !== 0) {
  console.error("Compiling the rule packs in rules/ failed (see above).");
  closing(0, 1);
  process.exit(1);
}
const typecheck = run("pnpm", ["exec", "tsc", "-b"]);

mkdirSync(".test-results", { recursive: true });
const report = ".test-results/vitest.json";
const args = ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
const vitestStatus = run("pnpm", args);

let passed = 0, failed = 0, skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that fails to load has no failed test in it but must still count as a failure.
  const brokenSuites = (r.testResults ?? []).filter((s) => s.status === "failed" && (s.assertionResults ?? []).length === 0).length;
  failed += brokenSuites;
} else {
  failed = 1;
}
if (typecheck !== 0) {
  console.error("Type check (tsc -b) failed.");
  failed += 1;
} else {
  passed += 1; // the type check counts as one test
}
if (vitestStatus !== 0 && failed === 0) failed = 1;
closing(passed, failed, skipped);
process.exit(failed > 0 ? 1 : 0);
