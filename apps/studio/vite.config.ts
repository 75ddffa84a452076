import { defineConfig } from "vite";

// The studio is a static single-page app: `vite` serves it on 5173 for development and
// `vite build` writes dist/, which the end-to-end tests serve with `vite preview`.
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  server: { port: 5173, strictPort: true, host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: true },
  worker: { format: "es" },
});
