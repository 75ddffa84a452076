/**
 * The DOCX path in a real browser: test/browser/entry.ts is bundled by Vite for the browser (so
 * mammoth's and docx's browser builds are used, and no Node Buffer exists) and run in Chromium.
 * Chromium is /usr/bin/chromium or CHROMIUM_PATH; without it this test fails, it never skips.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromium } from "playwright-core";
// @ts-expect-error plain ESM helper without types
import { chromiumArgs } from "../../../scripts/chromium.mjs";

describe("in Chromium", () => {
  it("exports and imports .docx (Uint8Array and ArrayBuffer; direct reader and mammoth) and reads a Word paste", async () => {
    const dir = mkdtempSync(join(tmpdir(), "formats-browser-"));
    try {
      await build({
        configFile: false,
        logLevel: "warn",
        root: dir,
        build: {
          outDir: join(dir, "out"),
          emptyOutDir: true,
          minify: false,
          lib: { entry: fileURLToPath(new URL("../test/browser/entry.ts", import.meta.url)), formats: ["iife"], name: "formatsBrowserTest", fileName: () => "bundle.js" },
        },
      });
      writeFileSync(join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><pre id="out"></pre><script src="out/bundle.js"></script>');
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...(chromiumArgs as string[])] });
      try {
        const page = await browser.newPage();
        await page.goto(`file://${join(dir, "index.html")}`);
        await page.waitForFunction(() => (document.getElementById("out")?.textContent ?? "") !== "", null, { timeout: 60_000 });
        const out = JSON.parse((await page.textContent("#out")) ?? "{}") as { ok: boolean; error?: string; result?: Record<string, unknown> };
        expect(out.error).toBeUndefined();
        expect(out.result).toMatchObject({ hasBuffer: false, fromBytes: null, fromArrayBuffer: null, readers: ["direct", "mammoth", "mammoth"], sameText: true });
        expect(out.result!.numbered).toBe("The Security Council,\n\n1. Demands access:\n\n(a) to all;\n\n2. Decides.");
        expect(out.result!.text).toBe(
          "Committee: Human Rights Council\nTopic: Migrant workers\nSponsors: Mexico\n\nThe Human Rights Council,\n\nRecalling its resolution 5/1,\n\n" +
            "1. Requests the Office:\n    (a) to report;\n    (b) to consult:\n        (i) States;\nand to act;\n\n2. Decides.\n",
        );
        expect(out.result!.paste).toBe("Committee: Security Council\n\nThe Security Council,\n\n1. Decides to act.\n");
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
