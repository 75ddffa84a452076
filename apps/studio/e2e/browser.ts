/** Launches Debian's Chromium for the end-to-end tests; fails loudly when it is missing. */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
// @ts-expect-error plain ESM helper without types
import { chromiumArgs } from "../../../scripts/chromium.mjs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: [...(chromiumArgs as string[])] });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged; tests assert there are none. */
  errors: string[];
}

export interface OpenOptions {
  hash?: string;
  init?: () => void;
  /** 1280×800 unless given. */
  viewport?: { width: number; height: number };
  /** A phone: touch events and a coarse pointer. */
  touch?: boolean;
}

export async function openStudio(browser: Browser, url: string, options: OpenOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  if (options.init) await page.addInitScript(options.init);
  await page.goto(url + (options.hash ?? ""));
  try {
    await page.waitForSelector("cw-studio main");
    await page.waitForFunction(() => !document.querySelector("cw-studio .loading"));
  } catch (error) {
    // Say why the app did not start (a script error in the bundle, usually) rather than only "timeout".
    throw new Error(`The studio did not start: ${(error as Error).message}\nPage errors: ${errors.join("\n") || "none"}`);
  }
  return { context, page, errors };
}

/** Reads a download fully as text. */
export async function downloadText(page: Page, trigger: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return { name: download.suggestedFilename(), text: bytes.toString("utf8"), bytes };
}
