// One key press through Chromium's input pipeline (CDP Input.dispatchKeyEvent), timed from Node:
// `ack` until the browser acknowledges the key-down, which it does once the page has handled the
// key, default action included; `frame` until the page has run the frame after it (the keystroke
// page's cwBench.frame: an animation frame callback, then a task after that frame's rendering).

/** Presses `key` on the keystroke page and times it. */
export async function timedPress(page, key) {
  const t0 = performance.now();
  await page.keyboard.down(key);
  const ack = performance.now() - t0;
  await page.keyboard.up(key);
  await page.evaluate(() => window.cwBench.frame());
  return { ack, frame: performance.now() - t0 };
}
