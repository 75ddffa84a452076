/**
 * A small static file server for the browser tests (127.0.0.1, ephemeral port). Every response
 * carries `Content-Security-Policy: default-src 'self'` (no 'unsafe-inline', no 'unsafe-eval')
 * unless told otherwise, so that the apps are tested under the strict policy a site may set.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

export const STRICT_CSP = "default-src 'self'";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** Paths requested so far (to check nothing unexpected was fetched). */
  requests: string[];
  /** Paths answered with 404. */
  notFound: string[];
}

/**
 * Serves `mounts` (URL prefix → directory, or exact URL path → file) and `pages` (URL path →
 * HTML text made by the test). The longest matching prefix wins.
 */
export async function serveStatic(options: {
  mounts?: Record<string, string>;
  files?: Record<string, string>;
  pages?: Record<string, string>;
  csp?: string | null;
}): Promise<StaticServer> {
  const { mounts = {}, files = {}, pages = {}, csp = STRICT_CSP } = options;
  const requests: string[] = [];
  const notFound: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    if (csp) headers["Content-Security-Policy"] = csp;
    try {
      if (pages[path] !== undefined) {
        res.writeHead(200, { ...headers, "Content-Type": types[".html"]! });
        res.end(pages[path]);
        return;
      }
      let file = files[path];
      if (!file) {
        const prefix = Object.keys(mounts)
          .filter((p) => path.startsWith(p))
          .sort((a, b) => b.length - a.length)[0];
        if (prefix === undefined) throw new Error("not mounted");
        const base = mounts[prefix]!;
        const rel = normalize(path.slice(prefix.length) || "index.html");
        file = join(base, rel);
        if (!file.startsWith(base + sep) && file !== base) throw new Error("outside the root");
        if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      }
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      notFound.push(path);
      res.writeHead(404, { ...headers, "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    notFound,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
