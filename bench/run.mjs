// `pnpm bench`: measures keystroke latency (ours and the naive baseline, in headless Chromium),
// full-document lint throughput (Node), the gzip size of the embeddable bundle, and opening a
// 50-page .docx in the studio; prints each figure against its budget and writes
// .bench/results.json. Exits 0 when everything was measured (missed budgets are reported, not
// fatal) and 1 when something could not be measured, saying what.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, release, platform, arch, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, createServer as createViteServer } from "vite";
import { chromium } from "playwright-core";
import { ensureChromium, chromiumArgs } from "../scripts/chromium.mjs";
import { budgets, verdict } from "./budgets.mjs";
import { printTable } from "./table.mjs";
import { serve } from "./serve.mjs";
import { measurePauses } from "./pauses.mjs";
import { timedPress } from "./keys.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, ".bench");
const quick = process.argv.includes("--quick");
// --profile: also writes Chrome CPU profiles of the keystroke loops and the .docx opening to
// .bench/profiles/ (read them with `node bench/profile-summary.mjs FILE`). Profiling slows the
// page down, so the figures of a profiled run are not reported.
const profile = process.argv.includes("--profile");
// --only=keystroke,keypress,pause,lint,bundle,docx: measure only these (for working on one figure; exits 1).
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const wanted = (name) => !only || only.includes(name);
const REPS = quick ? 5 : 20; // at least 20 measured repetitions after warm-up
const log = (...a) => console.log("·", ...a);

class MeasurementError extends Error {}
const fail = (what, why) => {
  throw new MeasurementError(`could not measure ${what}: ${why}`);
};

mkdirSync(out, { recursive: true });
const results = { date: new Date().toISOString(), quick, machine: machine(), versions: {} };
const problems = [];

let browser = null;
let server = null;
let viteServer = null;
try {
  const chromiumPath = ensureChromium();
  if (!chromiumPath) fail("anything in the browser", "Chromium was not found (install Debian's chromium or set CHROMIUM_PATH)");

  log("compiling the rule packs (pnpm rules)");
  if (spawnSync("pnpm", ["run", "--silent", "rules"], { cwd: root, stdio: "inherit" }).status !== 0) fail("anything", "pnpm rules failed");

  // A Vite server kept open for the whole run (not runnerImport, which closes its module runner
  // after the import): the formats package loads the docx library on first use, by a dynamic
  // import that must still resolve when the .docx paper is made.
  viteServer = await createViteServer({ root, configFile: false, logLevel: "error", appType: "custom", server: { middlewareMode: true, hmr: false, ws: false } });
  const node = await viteServer.ssrLoadModule(join(root, "bench/src/node.ts"));
  const keystrokeSources = node.readSources(root, false);
  const lintSources = node.readSources(root, true);
  results.text = {
    corpus_documents: lintSources.documents.length,
    seed_sentences: lintSources.sentences.length,
    seeds_file: lintSources.sentences.length ? node.SEEDS_FILE : "absent: corpus only",
  };

  // 2. Lint throughput in Node, first, while nothing else runs.
  if (wanted("lint")) await section("lint throughput (Node)", () => {
    log(`linting in Node (${REPS} repetitions after warm-up)`);
    // Ten warm-up lints: V8 needs about ten lints of this paper before the rules run optimised
    // (single runs went from ~1 s to ~0.15 s), and a linter in an editor or worker is long-lived.
    const lint = node.measureLint(lintSources, { repetitions: REPS, warmup: 10 });
    results.lint_words_per_s = Math.round(lint.throughput.wordsPerSecond);
    results.lint_150_clauses_ms = round(lint.paper150.ms.median);
    results.lint_words_per_cpu_s = Math.round(lint.throughput.wordsPerCpuSecond);
    results.lint_detail = lint;
  });

  // 3. Bundle size.
  if (wanted("bundle")) await section("bundle size", async () => {
    log("building the <resolution-editor> bundle with packages/editor/vite.config.ts");
    const dir = join(out, "editor-dist");
    await build({ root: join(root, "packages/editor"), configFile: join(root, "packages/editor/vite.config.ts"), logLevel: "error", build: { outDir: dir, emptyOutDir: true } });
    const file = join(dir, "resolution-editor.js");
    if (!existsSync(file)) fail("the bundle size", `the build wrote no ${file}`);
    const bytes = readFileSync(file);
    results.bundle_bytes = bytes.length;
    results.bundle_gzip_kib = round(gzipSync(bytes, { level: 9 }).length / 1024, 1);
  });

  // Build the pages and the papers for the browser.
  log("building the keystroke page and the studio");
  const pageDir = join(out, "page");
  // Production builds, as shipped: the Vite server above sets NODE_ENV=development in this
  // process, which would otherwise give the pages Lit's development build (its per-update checks
  // and warnings ran inside every timed keystroke until 2026-12-07).
  const production = { mode: "production", define: { "process.env.NODE_ENV": JSON.stringify("production") }, resolve: { conditions: ["module", "browser", "production"] } };
  await build({ ...production, root: join(root, "bench/page"), configFile: false, base: "./", logLevel: "error", build: { outDir: pageDir, emptyOutDir: true, target: "es2022", minify: !profile } });
  const studioDir = join(out, "studio");
  if (wanted("docx") || wanted("pause")) await build({ ...production, root: join(root, "apps/studio"), configFile: join(root, "apps/studio/vite.config.ts"), logLevel: "error", build: { outDir: studioDir, emptyOutDir: true, sourcemap: false, minify: !profile } });
  const papers = {};
  for (const n of [150, 5000]) {
    const { json, stats } = node.paperJSON(keystrokeSources, n);
    node.checkPaperJSON(json);
    writeFileSync(join(pageDir, `paper-${n}.json`), JSON.stringify(json));
    papers[n] = stats;
  }
  results.keystroke_papers = papers;

  server = await serve(out);
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  results.versions = versions(browser.version());

  // 1. Keystrokes.
  if (wanted("keystroke")) await section("keystroke latency", () => keystrokes(browser, `${base}/page/index.html`));
  // Not a budget: real key presses through Chromium's input pipeline (see keyPresses below).
  if (wanted("keystroke") || wanted("keypress")) await section("real key presses", () => keyPresses(browser, `${base}/page/index.html`));
  // Not a budget: the frames over 50 ms while typing pauses in a 5,000-clause paper (pauses.mjs).
  if (wanted("pause")) await section("pauses in typing", async () => {
    log("pauses in typing: a new clause, a phrase, a pause, 6 times, at 5,000 clauses, in the element and in the studio");
    results.typing_pauses_5000 = await measurePauses(browser, {
      pageUrl: `${base}/page/index.html`,
      studioUrl: `${base}/studio/index.html`,
      paperFile: join(pageDir, "paper-5000.json"),
    });
  });
  // 4. A 50-page .docx in the studio.
  if (wanted("docx")) await section("opening a 50-page .docx in the studio", () => docx(browser, `${base}/studio/index.html`, node, lintSources));
} catch (error) {
  problems.push(error instanceof MeasurementError ? error.message : `the benchmark crashed: ${error?.stack ?? error}`);
} finally {
  await browser?.close().catch(() => {});
  server?.close();
  await viteServer?.close().catch(() => {});
}

if (only) problems.push(`only ${only.join(", ")} measured (--only)`);
results.budgets = Object.fromEntries(budgets.map((b) => [b.key, { ...verdict(b, results), budget: b.label }]));
results.problems = problems;
results.machine.load_average_at_end = loadavg().map((l) => round(l, 1));
results.profiled = profile;
writeFileSync(join(out, "results.json"), JSON.stringify(results, null, 2) + "\n");
printTable(results);
if (problems.length) {
  console.error(`\npnpm bench could not measure everything:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log("\nWrote .bench/results.json");
if (profile) console.log("This was a --profile run: the profiler slows the page, so report the figures of a run without it. Profiles: .bench/profiles/");

// ---------------------------------------------------------------------------------------------

/** Runs one measurement; a failure is recorded and the others still run. */
async function section(name, fn) {
  try {
    await fn();
  } catch (error) {
    problems.push(error instanceof MeasurementError ? error.message : `could not measure ${name}: ${error?.stack ?? error}`);
  }
}

async function keystrokes(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForFunction(() => window.cwBench !== undefined, null, { timeout: 30_000 });
  results.keystroke_timer = await page.evaluate(() => {
    // The smallest step performance.now() takes: the resolution every keystroke is timed at.
    let step = Infinity;
    for (let i = 0, last = performance.now(); i < 200_000 && step > 0.001; i++) {
      const now = performance.now();
      if (now > last) step = Math.min(step, now - last);
      last = now;
    }
    return { cross_origin_isolated: crossOriginIsolated, resolution_us: Math.round(step * 1000 * 10) / 10 };
  });
  if (!results.keystroke_timer.cross_origin_isolated) fail("keystroke latency", "the page is not cross-origin isolated: its timers would be clamped to 100 µs");
  // Every variant types the same characters at the same place, so their texts and findings can
  // be compared afterwards. The variants take turns in rounds (a fresh mount each round, the order
  // rotated), so a burst of load on this shared machine falls on all of them rather than on one.
  const rounds = quick ? 1 : 3;
  // A profiled run types more per variant: at ~1 ms a keystroke, 10 keystrokes give a profile
  // too few samples to tell one function's share from another's.
  const perRound = profile ? 200 : quick ? REPS : 10;
  const warmup = 5;
  const variants = ["ours", "baseline", "baseline-cached", "no-lint", "no-decorations"];
  const figures = {};
  for (const n of [150, 5000]) {
    const paper = await (await page.request.get(url.replace("index.html", `paper-${n}.json`))).json();
    const checks = {};
    const samples = Object.fromEntries([...variants, "plain-dom"].map((v) => [v, { total: [], dispatch: [], layout: [], hover: [] }]));
    for (let turn = 0; turn < rounds; turn++) {
      const order = variants.map((_, i) => variants[(i + turn) % variants.length]);
      log(`keystrokes: ${n} clauses, round ${turn + 1} of ${rounds}: ${perRound} after ${warmup} warm-up each, ${order.join(", ")}, plain contenteditable`);
      for (const variant of order) {
        const mounted = await page.evaluate(([p, v]) => window.cwBench.mount(p, v), [paper, variant]);
        const profiler = profile && turn === 0 ? await startProfile(page) : null;
        const typed = await page.evaluate(([r, w]) => window.cwBench.type(r, w), [perRound, warmup]);
        for (const k of ["total", "dispatch", "layout", "hover"]) samples[variant][k].push(...typed[k]);
        if (profiler) await profiler.stop(`keystroke-${variant}-${n}`);
        checks[variant] = { ...(await page.evaluate(() => window.cwBench.check())), initialFindings: mounted.findings, positions: mounted.positions };
        await page.evaluate(() => window.cwBench.unmount());
      }
      verifyKeystrokeChecks(n, checks);
      samples["plain-dom"].total.push(...(await page.evaluate(([p, r, w]) => window.cwBench.plainDom(p, r, w), [paper, perRound, warmup])));
    }
    for (const variant of variants) {
      const { total, dispatch, layout, hover } = samples[variant];
      ((results.keystroke_parts ??= {})[variant] ??= {})[n] = { dispatch_ms: round(summarise(dispatch).median, 3), layout_ms: round(summarise(layout).median, 3), hover_hit_test_ms: round(summarise(hover).median, 3) };
      (figures[variant] ??= {})[n] = summarise(total);
    }
    (figures["plain-dom"] ??= {})[n] = summarise(samples["plain-dom"].total);
    results[`keystroke_checks_${n}`] = Object.fromEntries(Object.entries(checks).map(([k, { docText, ...rest }]) => [k, { ...rest, textLength: docText.length }]));
  }
  results.keystroke_method = { rounds, keystrokes_per_round: perRound, warmup_per_round: warmup, keystrokes_per_figure: rounds * perRound };
  if (errors.length) fail("keystroke latency", `the page reported errors: ${errors.slice(0, 3).join(" | ")}`);
  await page.close();
  const medians = (v) => ({ 150: round(figures[v][150].median, 3), 5000: round(figures[v][5000].median, 3) });
  results.keystroke_ms = medians("ours");
  results.baseline_keystroke_ms = medians("baseline");
  results.baseline_cached_keystroke_ms = medians("baseline-cached");
  results.no_lint_keystroke_ms = medians("no-lint");
  results.no_decorations_keystroke_ms = medians("no-decorations");
  results.plain_dom_keystroke_ms = medians("plain-dom");
  // Not a budget: what a mouse resting over the paper costs after each keystroke (Chromium's hover
  // hit test), ours.
  results.hover_hit_test_ms = { 150: results.keystroke_parts.ours[150].hover_hit_test_ms, 5000: results.keystroke_parts.ours[5000].hover_hit_test_ms };
  results.keystroke_speedup = {
    150: round(figures.baseline[150].median / figures.ours[150].median, 1),
    5000: round(figures.baseline[5000].median / figures.ours[5000].median, 1),
  };
  // The highest ratio any lint could reach in this run: the baseline over the editor with no
  // decorations at all (ProseMirror and Chromium alone), as if linting cost nothing.
  results.keystroke_speedup_ceiling = {
    150: round(figures.baseline[150].median / figures["no-decorations"][150].median, 1),
    5000: round(figures.baseline[5000].median / figures["no-decorations"][5000].median, 1),
  };
  results.keystroke_speedup_vs_cached = {
    150: round(figures["baseline-cached"][150].median / figures.ours[150].median, 1),
    5000: round(figures["baseline-cached"][5000].median / figures.ours[5000].median, 1),
  };
  results.keystroke_detail = figures;
}

/**
 * Real key presses, ours and a plain contenteditable, at 150 and 5,000 clauses. The budgets time
 * `view.dispatch`, which leaves out what Chromium itself does for a character typed into an
 * editing host (its typing command, selection and text-input bookkeeping). Each press goes
 * through the browser's input pipeline (CDP Input.dispatchKeyEvent) and is timed from Node until
 * the browser acknowledges the key-down, which it does once the page's main thread has handled it,
 * default action included; a painted frame passes between presses. The round trip alone is
 * measured the same way with nothing editable focused. For ours, Enter at the end of a clause (a
 * new clause: every clause after it is renumbered) and Backspace in that new empty clause are
 * timed the same way. Not timed in the page: a task posted from
 * the key's handlers runs only after the next frame, so it would time the wait for vsync. Context
 * only, not a budget.
 */
async function keyPresses(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForFunction(() => window.cwBench !== undefined, null, { timeout: 30_000 });
  const presses = quick ? 10 : 25;
  const warmup = 5;
  // `toFrame` also gets the time until the page has run the frame after the key press (an
  // animation frame callback, then a task after that frame's rendering), rendering included.
  const press = async (times, i, key = "resolution"[i % 10], toFrame = null) => {
    const t = await timedPress(page, key);
    if (i >= warmup) {
      times.push(t.ack);
      toFrame?.push(t.frame);
    }
  };
  const roundTrip = [];
  for (let i = 0; i < warmup + presses; i++) await press(roundTrip, i);
  const figures = { "round-trip": summarise(roundTrip) };
  for (const n of [150, 5000]) {
    const paper = await (await page.request.get(url.replace("index.html", `paper-${n}.json`))).json();
    for (const variant of ["ours", "plain"]) {
      log(`real key presses: ${n} clauses, ${variant}, ${presses} after ${warmup} warm-up`);
      const before = await page.evaluate(([p, v]) => window.cwBench.mountForKeys(p, v), [paper, variant]);
      const times = [];
      for (let i = 0; i < warmup + presses; i++) await press(times, i);
      if (variant === "ours") {
        // A new clause and back: Enter at the end of the clause, then Backspace in the new empty
        // clause, which removes it. Both renumber every clause after it.
        const blocks = await page.evaluate(() => window.cwBench.textblocks());
        await page.keyboard.press("End");
        const enter = [];
        const backspace = [];
        const enterFrame = [];
        const backspaceFrame = [];
        for (let i = 0; i < warmup + presses; i++) {
          await press(enter, i, "Enter", enterFrame);
          await press(backspace, i, "Backspace", backspaceFrame);
        }
        const after = await page.evaluate(() => window.cwBench.textblocks());
        if (after !== blocks) fail("real key presses", `at ${n} clauses Enter and Backspace left ${after} textblocks, not ${blocks}`);
        (figures.enter ??= {})[n] = summarise(enter);
        (figures.backspace ??= {})[n] = summarise(backspace);
        (figures.enterFrame ??= {})[n] = summarise(enterFrame);
        (figures.backspaceFrame ??= {})[n] = summarise(backspaceFrame);
      }
      const { textLength } = await page.evaluate(() => window.cwBench.keyResults());
      if (textLength !== before + warmup + presses) fail("real key presses", `at ${n} clauses ${variant} ended with ${textLength - before} characters typed, not ${warmup + presses}`);
      (figures[variant] ??= {})[n] = summarise(times);
    }
  }
  if (errors.length) fail("real key presses", `the page reported errors: ${errors.slice(0, 3).join(" | ")}`);
  await page.close();
  const medians = (f) => ({ 150: round(f[150].median, 3), 5000: round(f[5000].median, 3) });
  results.keypress_ms = medians(figures.ours);
  results.plain_keypress_ms = medians(figures.plain);
  results.keypress_round_trip_ms = round(figures["round-trip"].median, 3);
  results.enter_keypress_ms = medians(figures.enter);
  results.backspace_join_keypress_ms = medians(figures.backspace);
  results.enter_to_frame_ms = medians(figures.enterFrame);
  results.backspace_join_to_frame_ms = medians(figures.backspaceFrame);
  results.keypress_detail = figures;
}

/** The comparison is only fair if every variant typed the same text and the linters agree. */
function verifyKeystrokeChecks(n, checks) {
  const ours = checks.ours;
  for (const [variant, c] of Object.entries(checks)) {
    if (c.docText !== ours.docText) fail("keystroke latency", `at ${n} clauses the ${variant} editor ended with another text than ours`);
  }
  if (ours.findings === 0) fail("keystroke latency", `at ${n} clauses our editor shows no findings: lint is not running`);
  for (const variant of ["ours", "baseline", "baseline-cached"]) {
    const c = checks[variant];
    if (c.findings !== c.freshLint || c.initialFindings === 0) {
      fail("keystroke latency", `at ${n} clauses the ${variant} editor shows ${c.findings} findings (initially ${c.initialFindings}) but a fresh lint of its text finds ${c.freshLint}`);
    }
  }
  if (checks.baseline.findings !== ours.findings || checks["baseline-cached"].findings !== ours.findings) {
    fail("keystroke latency", `at ${n} clauses ours shows ${ours.findings} findings, the baseline ${checks.baseline.findings}: not the same rules`);
  }
}

async function docx(browser, url, node, sources) {
  const pages = 50;
  log(`making a ${pages}-page .docx with exportDocx`);
  const paper = await node.docxPaper(sources, pages);
  const file = join(out, `paper-${pages}-pages.docx`);
  writeFileSync(file, paper.bytes);
  results.docx_paper = { ...paper.stats, wordsPerPage: node.WORDS_PER_PAGE, bytes: paper.bytes.length, expectedFindings: paper.expectedFindings };
  const times = [];
  const warmup = 2;
  for (let i = 0; i < warmup + REPS; i++) {
    // A fresh context each time: empty storage, so the studio opens only this paper.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector("cw-studio main", { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector("cw-studio .loading"), null, { timeout: 30_000 });
    await page.evaluate(() => {
      const t = (window.__cwOpen = { input: 0, shown: 0 });
      document.addEventListener("input", (e) => {
        if (e.target instanceof HTMLInputElement && e.target.type === "file" && !t.input) t.input = performance.now();
      }, true);
      // The first findings in the studio's findings panel, at the frame that paints them.
      const observer = new MutationObserver(() => {
        if (!t.input || !document.querySelector(".findings-panel .finding-item")) return;
        observer.disconnect();
        requestAnimationFrame(() => (t.shown = performance.now()));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const profiler = profile && i === warmup ? await startProfile(page) : null;
    const input = await page.$("#draft-file-input");
    if (!input) fail("the .docx opening", "the studio has no #draft-file-input");
    await input.setInputFiles(file);
    try {
      await page.waitForFunction(() => window.__cwOpen.shown > 0, null, { timeout: 30_000 });
    } catch {
      const notes = await page.evaluate(() => [...document.querySelectorAll(".note, [role=alert], [role=status]")].map((n) => n.textContent?.trim()).join(" | "));
      fail("the .docx opening", `no findings showed within 30 s (studio says: ${notes || "nothing"}; errors: ${errors.join(" | ") || "none"})`);
    }
    if (profiler) await profiler.stop("docx-open");
    const t = await page.evaluate(() => window.__cwOpen);
    if (i === 0) {
      // Once: the panel must come to show every finding of the paper.
      try {
        await page.waitForFunction((n) => [...document.querySelectorAll(".findings-panel .count-n")].reduce((s, e) => s + Number(e.textContent), 0) === n, paper.expectedFindings, { timeout: 20_000 });
      } catch {
        const shown = await page.evaluate(() => [...document.querySelectorAll(".findings-panel .count-n")].reduce((s, e) => s + Number(e.textContent), 0));
        fail("the .docx opening", `the studio shows ${shown} findings but a lint of the imported paper finds ${paper.expectedFindings}`);
      }
    }
    if (errors.length) fail("the .docx opening", `the studio reported errors: ${errors.slice(0, 3).join(" | ")}`);
    if (i >= warmup) times.push(t.shown - t.input);
    await context.close();
  }
  const s = summarise(times);
  results.docx_50_pages_ms = Math.round(s.median);
  results.docx_detail = s;
}

/** A CPU profile of the page (Chrome DevTools protocol), written to .bench/profiles/NAME.cpuprofile. */
async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  return {
    async stop(name) {
      const { profile: data } = await cdp.send("Profiler.stop");
      mkdirSync(join(out, "profiles"), { recursive: true });
      writeFileSync(join(out, "profiles", `${name}.cpuprofile`), JSON.stringify(data));
      await cdp.detach();
    },
  };
}

function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

function summarise(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => {
    const i = (s.length - 1) * p;
    return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
  };
  const median = q(0.5);
  return { median, min: s[0], max: s[s.length - 1], spread: median > 0 ? (q(0.75) - q(0.25)) / median : 0, n: s.length };
}

function round(x, digits = 2) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function machine() {
  let os = `${platform()} ${release()} ${arch()}`;
  try {
    const pretty = /^PRETTY_NAME="?(.*?)"?$/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (pretty) os = `${pretty[1]} (${os})`;
  } catch {}
  return { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", memory_gib: round(totalmem() / 2 ** 30, 1), os, load_average_at_start: loadavg().map((l) => round(l, 1)) };
}

function versions(chromiumVersion) {
  const pkg = (dir) => {
    try {
      return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    } catch {
      return "unknown";
    }
  };
  const editorModules = join(root, "packages/editor/node_modules");
  const deps = ["prosemirror-model", "prosemirror-state", "prosemirror-view", "prosemirror-transform", "lit", "zod"];
  const git = spawnSync("git", ["describe", "--always", "--dirty"], { cwd: root, encoding: "utf8" }).stdout.trim();
  return {
    node: process.version,
    chromium: chromiumVersion,
    vite: pkg(join(root, "bench/node_modules/vite")),
    "playwright-core": pkg(join(root, "bench/node_modules/playwright-core")),
    ...Object.fromEntries(deps.map((d) => [d, pkg(join(editorModules, d))])),
    ...Object.fromEntries(["schema", "lint", "rulebook", "formats", "editor"].map((p) => [`@clausewise/${p}`, pkg(join(root, "packages", p))])),
    "@clausewise/studio": pkg(join(root, "apps/studio")),
    git,
  };
}
