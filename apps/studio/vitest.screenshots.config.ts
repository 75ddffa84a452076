import { defineProject } from "vitest/config";

// Screenshots for the README: `pnpm --filter @clausewise/studio screenshots`.
export default defineProject({
  test: {
    name: "studio-screenshots",
    include: ["e2e/screenshots.run.ts"],
    environment: "node",
    globalSetup: ["./e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
