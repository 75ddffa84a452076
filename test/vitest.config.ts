import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "acceptance",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Builds the element bundle and the studio for the browser tests in hostile/ (only when stale).
    globalSetup: ["./hostile/global-setup.ts"],
  },
});
