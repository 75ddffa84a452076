import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../src/registry.ts";
import { docFileName, renderRuleDocs } from "../src/docs.ts";

const docsDir = fileURLToPath(new URL("../../../docs/rules/", import.meta.url));

describe("generated rule docs", () => {
  const files = renderRuleDocs(allRules);

  it("has a page per rule and an index", () => {
    expect(files.has("README.md")).toBe(true);
    for (const r of allRules) expect(files.get(docFileName(r.meta.id))).toContain(`# \`${r.meta.id}\``);
  });

  it("prints mandate sources and real findings for the mandate rules", () => {
    const page = files.get("mandate-binding-language.md")!;
    expect(page).toContain("Charter of the United Nations, Art. 25");
    expect(page).toMatch(/\*\*error\*\* on "Demands"/);
    expect(page).toContain('Fix (Replace with "Strongly urges")');
  });

  it("are up to date in docs/rules (run `pnpm --filter @clausewise/lint rule-docs`)", () => {
    expect(existsSync(docsDir), "docs/rules is missing").toBe(true);
    const stale: string[] = [];
    for (const [name, content] of files) {
      const path = join(docsDir, name);
      if (!existsSync(path) || readFileSync(path, "utf8") !== content) stale.push(name);
    }
    for (const f of readdirSync(docsDir)) if (f.endsWith(".md") && !files.has(f)) stale.push(`${f} (no such rule)`);
    expect(stale).toEqual([]);
  });
});
