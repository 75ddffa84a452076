import { defineProject } from "vitest/config";

export default defineProject({
  // Each compile test copies rules/ and compiles it (about 0.3-2 s idle); on the shared 2-core
  // machine under load that passed vitest's 5 s default, failing tests that were right.
  test: { name: "rulebook", include: ["src/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
});
