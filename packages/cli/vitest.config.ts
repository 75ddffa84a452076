import { defineProject } from "vitest/config";

export default defineProject({
  // The CLI tests spawn the real command (node scripts/clausewise.mjs), which starts in about half a second, after a
  // build of its bundle (several seconds) when a source changed.
  test: { name: "cli", include: ["src/**/*.test.ts", "test/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 300_000 },
});
