import { defineProject } from "vitest/config";

// Artifacts for the README, not tests: `pnpm --filter @clausewise/studio screenshots` writes docs/*.png;
// `pnpm --filter @clausewise/studio measure` prints how long the review desk takes to open many papers.
export default defineProject({
  test: {
    name: "studio-screenshots",
    include: [process.env.STUDIO_RUN ? `e2e/${process.env.STUDIO_RUN}.run.ts` : "e2e/screenshots.run.ts"],
    environment: "node",
    globalSetup: ["./e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
