import { defineProject } from "vitest/config";

// The pure ProseMirror commands and plugins of the editor, in Node (no DOM).
export default defineProject({
  test: {
    name: "editor-node",
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.browser.test.ts"],
    environment: "node",
  },
});
