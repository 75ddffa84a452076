import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "rulebook", include: ["src/**/*.test.ts"], environment: "node" },
});
