import { defineConfig } from "vitest/config";

// Every package and app owns its vitest project; this file only lists them.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "packages/editor/vitest.node.config.ts", "apps/*/vitest.config.ts", "test/vitest.config.ts"],
  },
});
