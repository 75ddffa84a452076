import { defineProject } from "vitest/config";

// Unit tests (src/**/*.test.ts) run in Node; end-to-end tests (e2e/**/*.test.ts) drive the built
// app in real Chromium through playwright-core. The global setup builds and serves the app once.
export default defineProject({
  test: {
    name: "studio",
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
