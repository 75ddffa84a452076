import { defineConfig } from "vite";

// `pnpm build`: the single-file ES module dist/resolution-editor.js with every dependency bundled,
// for <script type="module"> embedding. Lit resolves to its production build (no dev warnings).
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    // One file on purpose (see the README for its size and what it is made of).
    chunkSizeWarningLimit: 1024,
    // Vite keeps whitespace in ES library builds (for downstream tree-shaking); this file is for
    // <script> embedding, so the bundler's own minifier compacts it fully.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: "src/index.ts",
      formats: ["es"],
      fileName: () => "resolution-editor.js",
    },
  },
});
