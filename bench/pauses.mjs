// What a pause in typing costs in a 5,000-clause paper: after a new clause and a phrase typed at
// a steady pace, the page runs the debounced document rules, tells the findings panel and the
// host, and (in the studio) saves the paper. Any of that run as one long task delays a key pressed
// meanwhile. Chromium's Long Animation Frames API reports every frame over 50 ms; this counts those
// that fall in each pause and keeps the longest. Context only, not a budget.
//
// Used by run.mjs (`pnpm bench`, section "pause"), or on its own against built pages, to compare
// two builds in one session: node bench/pauses.mjs [PAGE_DIR] [STUDIO_DIR] (default: .bench/page
// and .bench/studio from the last `pnpm bench`; PAGE_DIR must hold paper-5000.json).
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PHRASE = "Requests the Secretary-General to report";

/** Installs the frame observer; frames are kept in window.__cwFrames as [start, duration]. */
function observeFrames() {
  window.__cwFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__cwFrames.push([e.startTime, e.duration]);
  }).observe({ type: "long-animation-frame" });
}

/**
 * Types a new clause and pauses, `pauses` times, in an editor that has the focus at the end of a
 * clause; returns per pause the longest frame over 50 ms (0 when there was none).
 */
async function typeAndPause(page, pauses, pauseMs) {
  await page.evaluate(observeFrames);
  const longest = [];
  for (let i = 0; i < pauses; i++) {
    await page.keyboard.press("Enter");
    await page.keyboard.type(PHRASE, { delay: 50 });
    const from = await page.evaluate(() => performance.now());
    await page.waitForTimeout(pauseMs);
    const to = await page.evaluate(() => performance.now());
    const frames = await page.evaluate(([a, b]) => window.__cwFrames.filter(([start]) => start >= a && start < b).map(([, d]) => d), [from, to]);
    longest.push(Math.round(Math.max(0, ...frames)));
  }
  return longest;
}

const summary = (longest) => ({ pauses: longest.length, pauses_with_frame_over_50ms: longest.filter((d) => d > 0).length, longest_frame_ms: longest });

/** The element alone (the keystroke page, lint on, its own findings panel), and the studio. */
export async function measurePauses(browser, { pageUrl, studioUrl, paperFile, pauses = 6, pauseMs = 1500 }) {
  const out = {};
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.cwBench !== undefined, null, { timeout: 30_000 });
    const paper = await (await page.request.get(pageUrl.replace("index.html", "paper-5000.json"))).json();
    await page.evaluate(([p]) => window.cwBench.mountForKeys(p, "ours"), [paper]);
    await page.waitForTimeout(1500);
    await page.keyboard.press("End");
    out.element = summary(await typeAndPause(page, pauses, pauseMs));
    await page.close();
  }
  if (studioUrl) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(studioUrl);
    await page.waitForSelector("#draft-file-input", { state: "attached", timeout: 30_000 });
    await page.setInputFiles("#draft-file-input", paperFile);
    await page.waitForSelector(".findings-panel .finding-item", { timeout: 60_000 });
    await page.waitForTimeout(3000);
    await page.locator("resolution-editor .ProseMirror").first().click({ position: { x: 200, y: 200 } });
    await page.keyboard.press("End");
    out.studio = summary(await typeAndPause(page, pauses, pauseMs));
    await context.close();
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { chromium } = await import("playwright-core");
  const { serve } = await import("./serve.mjs");
  const { ensureChromium, chromiumArgs } = await import("../scripts/chromium.mjs");
  const root = fileURLToPath(new URL("..", import.meta.url));
  const pageDir = resolve(process.argv[2] ?? join(root, ".bench/page"));
  const studioDir = resolve(process.argv[3] ?? join(root, ".bench/studio"));
  const pageServer = await serve(pageDir);
  const studioServer = await serve(studioDir);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  try {
    const figures = await measurePauses(browser, {
      pageUrl: `http://127.0.0.1:${pageServer.address().port}/index.html`,
      studioUrl: `http://127.0.0.1:${studioServer.address().port}/index.html`,
      paperFile: join(pageDir, "paper-5000.json"),
    });
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    pageServer.close();
    studioServer.close();
  }
}
