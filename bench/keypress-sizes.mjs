#!/usr/bin/env node
// Real key presses by paper size: how Chromium's own work for a typed character grows with the
// paper, for the element and for a plain contenteditable of the same paragraphs. Not part of
// `pnpm bench` (it mounts ten papers); run `pnpm bench --only=keypress` first, which builds the
// page and the 5,000-clause paper this reads from .bench/page/. Usage:
//   node bench/keypress-sizes.mjs [SIZE,…]      (default 150,500,1000,2000,5000)
// Each figure is the median of 25 presses after 5, timed from Node until the browser acknowledges
// the key-down (as bench/run.mjs's keyPresses), with the round trip measured the same way.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { ensureChromium, chromiumArgs } from "../scripts/chromium.mjs";
import { serve } from "./serve.mjs";
import { timedPress } from "./keys.mjs";

const root = fileURLToPath(new URL("../.bench", import.meta.url));
const sizes = (process.argv[2] ?? "150,500,1000,2000,5000").split(",").map(Number);
if (!existsSync(join(root, "page/paper-5000.json"))) {
  console.error("No .bench/page/paper-5000.json: run `pnpm bench --only=keypress` first.");
  process.exit(1);
}
const chromiumPath = ensureChromium();
if (!chromiumPath) {
  console.error("Chromium was not found (install Debian's chromium or set CHROMIUM_PATH).");
  process.exit(1);
}

const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}/page/`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}index.html`);
  await page.waitForFunction(() => window.cwBench !== undefined, null, { timeout: 30_000 });
  const median = (times) => {
    const s = times.slice(5).sort((a, b) => a - b);
    return s[s.length >> 1];
  };
  const presses = async () => {
    const times = [];
    for (let i = 0; i < 30; i++) times.push((await timedPress(page, "resolution"[i % 10])).ack);
    return median(times);
  };
  const full = JSON.parse(readFileSync(join(root, "page/paper-5000.json"), "utf8"));
  console.log(`round trip with nothing editable focused: ${(await presses()).toFixed(2)} ms`);
  console.log("| operative clauses | ours | plain contenteditable |\n| ---: | ---: | ---: |");
  for (const n of sizes) {
    const paper = structuredClone(full);
    paper.content[2].content = paper.content[2].content.slice(0, n);
    const row = [];
    for (const variant of ["ours", "plain"]) {
      await page.evaluate(([p, v]) => window.cwBench.mountForKeys(p, v), [paper, variant]);
      row.push(`${(await presses()).toFixed(2)} ms`);
      await page.evaluate(() => window.cwBench.keyResults());
    }
    console.log(`| ${n.toLocaleString("en-US")} | ${row.join(" | ")} |`);
  }
} finally {
  await browser.close();
  server.close();
}
