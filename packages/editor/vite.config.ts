import { defineConfig } from "vite";

// `pnpm build`: the single-file ES module dist/resolution-editor.js with every dependency bundled,
// for <script type="module"> embedding. See the README's "Distribution" section for its size.
export default defineConfig({
  // Always the production build of every dependency (Lit's "production" export condition, no dev
  // warnings), even when the caller's process runs with NODE_ENV=development (a Vite dev server
  // or `runnerImport` in the same process sets it, as `pnpm bench` does).
  // "clausewise-embed" picks @clausewise/rulebook's embed copy of the rule data: the browser copy
  // without the committees' mandate texts and notes, which only the studio's mandate panel shows
  // (packages/rulebook/src/compile.ts, forEmbed).
  mode: "production",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  resolve: { conditions: ["clausewise-embed", "module", "browser", "production"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    // One file on purpose (see the README for its size and what it is made of).
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      output: {
        // Vite keeps whitespace in ES library builds (for downstream tree-shaking); this file is
        // for <script> embedding, so the bundler's own minifier compacts it fully.
        minify: true,
        // Nothing downstream re-bundles this file, so the /* @__PURE__ */ annotations (about 200)
        // have done their job once the bundler has tree-shaken.
        comments: false,
      },
    },
    lib: {
      entry: "src/index.ts",
      formats: ["es"],
      fileName: () => "resolution-editor.js",
    },
  },
});
