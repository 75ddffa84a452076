// A static server for a folder of .bench/ on 127.0.0.1 and a free port, for the benchmark's pages.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".wasm": "application/wasm" };

/** Serves `dir`; resolves to the listening http.Server. */
export function serve(dir) {
  const rootDir = resolve(dir);
  const srv = createServer((req, res) => {
    const path = normalize(join(rootDir, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!path.startsWith(rootDir + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    // Cross-origin isolated pages get performance.now() at 5 µs instead of 100 µs in Chromium:
    // a keystroke of ~1-2 ms is then timed to a few microseconds, not rounded to tenths.
    res.writeHead(200, {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    });
    res.end(readFileSync(path));
  });
  return new Promise((ok, ko) => {
    srv.once("error", ko);
    srv.listen(0, "127.0.0.1", () => ok(srv));
  });
}
