/**
 * Malformed and oversized files through formats' importFile and through the CLI: each is refused
 * with a FormatError whose message names the problem, in bounded time and memory (a zip bomb is
 * refused before it is inflated), and the CLI reports a bad file and still lints the others.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { FormatError, importFile, exportText } from "@clausewise/formats";
import { measure } from "./measure.ts";
import { goodDocument, malformedFiles, validMinimalDocx, type MalformedFile } from "./malformed-files.ts";

/** Safety bounds: proof of boundedness, far above what a correct refusal needs. */
const MAX_HEAP_GROWTH_MB = 50;
const MAX_MS = 10_000;

let files: MalformedFile[] = [];
beforeAll(async () => {
  files = await malformedFiles();
}, 60_000);

describe("importFile on malformed and oversized files", () => {
  it("refuses every one with a FormatError naming the problem, in bounded time and memory", async () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    const report: string[] = [];
    for (const f of files) {
      const m = await measure(() => importFile(f.name, f.bytes));
      report.push(`${f.what}: ${m.error instanceof FormatError ? `${(m.error as FormatError).reason}` : "NO ERROR"} in ${Math.round(m.ms)} ms, +${m.peakMB.toFixed(1)} MB`);
      expect(m.error, `${f.what}: no error, imported ${m.result ? exportText(m.result.doc).slice(0, 200) : ""}`).toBeInstanceOf(FormatError);
      const error = m.error as FormatError;
      expect(error.reason, `${f.what}: ${error.message}`).toBe(f.reason);
      expect(error.message, f.what).toMatch(f.message);
      expect(m.ms, `${f.what}: ${m.ms} ms`).toBeLessThan(MAX_MS);
      expect(m.peakMB, `${f.what}: heap grew ${m.peakMB.toFixed(1)} MB`).toBeLessThan(MAX_HEAP_GROWTH_MB);
    }
    console.log(`[robustness] importFile on ${files.length} malformed files:\n  ${report.join("\n  ")}`);
  }, 120_000);

  it("names the JSON path of the offending value in a wrong-shaped document", async () => {
    const bad = { type: "doc", content: [{ type: "heading" }, { type: "preamble" }, { type: "operative", content: [{ type: "operative_clause", attrs: { id: 7 }, content: [{ type: "clause_text" }] }] }] };
    const error = await importFile("bad.json", new TextEncoder().encode(JSON.stringify(bad))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).path).toMatch(/content\[2\]/);
    expect((error as FormatError).message).toMatch(/content\[2\]/);
  });

  it("does not let __proto__ keys in a JSON paper reach Object.prototype", async () => {
    const json = `{"type":"doc","__proto__":{"polluted":"yes"},"content":[{"type":"heading","attrs":{"code":"x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}},{"type":"preamble"},{"type":"operative","content":[{"type":"operative_clause","attrs":{"id":"c1"},"content":[{"type":"clause_text","content":[{"type":"text","text":"Decides"}]}]}]}]}`;
    await importFile("proto.json", new TextEncoder().encode(json)).catch(() => null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("still reads valid files of every kind (the bounds are not refusing everything)", async () => {
    const docx = await importFile("ok.docx", validMinimalDocx());
    expect(docx.doc.child(2).firstChild!.textContent).toContain("Decides to remain seized");
    const json = await importFile("ok.json", new TextEncoder().encode(JSON.stringify(goodDocument().toJSON())));
    expect(json.doc.child(1).childCount).toBe(1);
    const text = await importFile("ok.txt", new TextEncoder().encode(exportText(goodDocument())));
    expect(text.doc.child(2).childCount).toBe(2);
  });
});

describe("the CLI with a bad file among good ones", () => {
  it("`pnpm clausewise lint good.txt bad.docx good.json` reports the bad file, lints the others, exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-cli-"));
    try {
      const doc = goodDocument();
      writeFileSync(join(dir, "good.txt"), exportText(doc));
      writeFileSync(join(dir, "bad.docx"), files.find((f) => f.name === "truncated.docx")!.bytes);
      writeFileSync(join(dir, "good.json"), JSON.stringify(doc.toJSON()));
      const root = join(import.meta.dirname, "..", "..");
      const run = spawnSync("pnpm", ["--silent", "--dir", root, "clausewise", "lint", "good.txt", "bad.docx", "good.json"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
      });
      const out = `${run.stdout}\n${run.stderr}`;
      expect(run.status, out).toBe(2);
      expect(out).toMatch(/bad\.docx.*(damaged|truncated)/i);
      expect(out).toMatch(/3 files \(1 with a problem named above\)/);
      // The same run as JSON shows that both good files were linted and the bad one reported.
      const json = spawnSync("pnpm", ["--silent", "--dir", root, "clausewise", "lint", "--format", "json", "good.txt", "bad.docx", "good.json"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(json.status, json.stderr).toBe(2);
      const report = JSON.parse(json.stdout) as { files: { path: string }[]; errors?: { path: string; message: string }[] };
      expect(report.files.map((f) => f.path)).toEqual(["good.txt", "good.json"]);
      expect(report.errors?.map((e) => e.path)).toEqual(["bad.docx"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("reports every malformed file by name and still lints a good one after them", () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-cli-"));
    try {
      const names: string[] = [];
      for (const f of files.filter((f) => /\.(txt|docx|json)$/.test(f.name) && f.bytes.length < 2_000_000)) {
        writeFileSync(join(dir, f.name), f.bytes);
        names.push(f.name);
      }
      writeFileSync(join(dir, "zz-good.txt"), exportText(goodDocument()));
      const root = join(import.meta.dirname, "..", "..");
      const run = spawnSync("pnpm", ["--silent", "--dir", root, "clausewise", "lint", "--format", "json", ...names, "zz-good.txt"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status, run.stderr).toBe(2);
      const report = JSON.parse(run.stdout) as { files: { path: string }[]; errors?: { path: string; message: string }[] };
      expect(report.files.map((f) => f.path)).toEqual(["zz-good.txt"]);
      expect(report.errors?.map((e) => e.path)).toEqual(names);
      for (const e of report.errors ?? []) expect(e.message.length, e.path).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
