import { defineConfig, type Plugin } from "vite";

/**
 * Compacts the CSS the element carries as template literals: css`…` anywhere in this package's
 * sources, and every template literal of its *styles.ts files (passed to unsafeCSS). Comments go,
 * whitespace runs become one space and disappear next to { } ; and after a colon; quoted strings
 * (`content: ") "`) and ${…} interpolations are left untouched. About 10 KB of CSS, 0.3 KiB gzip.
 */
function compactCss(text: string, first: boolean, last: boolean): string {
  let out = "";
  let pendingSpace = false;
  const flushSpace = (next: string) => {
    const prev = out.length ? out[out.length - 1]! : first ? "{" : "";
    if (pendingSpace && !"{};:".includes(prev === "" ? "x" : prev) && !"{};".includes(next)) out += " ";
    pendingSpace = false;
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      pendingSpace = true;
    } else if (/\s/.test(ch)) {
      pendingSpace = true;
      i++;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      flushSpace(ch);
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      flushSpace(ch);
      out += ch;
      i++;
    }
  }
  if (pendingSpace && !last && !"{};:".includes(out[out.length - 1] ?? "{")) out += " ";
  return out.replace(/;}/g, "}");
}

function compactStyles(): Plugin {
  type Quasi = { start: number; end: number };
  type AstNode = { type?: string; start?: number; end?: number; quasis?: Quasi[]; tag?: { type: string; name?: string }; quasi?: AstNode; [key: string]: unknown };
  return {
    name: "clausewise-compact-styles",
    apply: "build",
    transform(code, id) {
      if (!/\/packages\/editor\/src\/.*\.ts$/.test(id) || id.includes(".test.")) return null;
      const everyTemplate = /styles\.ts$/.test(id);
      if (!everyTemplate && !code.includes("css`")) return null;
      const templates: Quasi[][] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== "object") return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as AstNode;
        if (n.type === "TaggedTemplateExpression" && n.tag?.type === "Identifier" && n.tag.name === "css") templates.push(n.quasi!.quasis!);
        else if (n.type === "TemplateLiteral" && everyTemplate) templates.push(n.quasis!);
        for (const key in n) if (key !== "type") visit(n[key]);
      };
      visit(this.parse(code));
      const edits = templates.flatMap((quasis) => quasis.map((q, i) => ({ ...q, first: i === 0, last: i === quasis.length - 1 })));
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + compactCss(out.slice(e.start, e.end), e.first, e.last) + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

// `pnpm build`: the single-file ES module dist/resolution-editor.js with every dependency bundled,
// for <script type="module"> embedding. See the README's "Distribution" section for its size.
export default defineConfig({
  plugins: [compactStyles()],
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
