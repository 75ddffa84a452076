import { defineProject } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";
// @ts-expect-error plain ESM helper without types
import { chromiumArgs } from "../../scripts/chromium.mjs";

// The `editor` project runs in real Chromium: the element, the lint UI (src/lint/), the built
// bundle, and the structural commands a second time (they run in Node too: vitest.node.config.ts).
export default defineProject({
  optimizeDeps: {
    include: [
      "lit",
      "lit/directives/style-map.js",
      "prosemirror-model",
      "prosemirror-state",
      "prosemirror-view",
      "prosemirror-transform",
      "prosemirror-commands",
      "prosemirror-history",
      "prosemirror-keymap",
      "zod",
    ],
  },
  test: {
    name: "editor",
    include: ["src/**/*.browser.test.ts", "src/structure/**/*.test.ts", "test/**/*.browser.test.ts"],
    globalSetup: ["./test/build-bundle.ts"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...chromiumArgs] },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
