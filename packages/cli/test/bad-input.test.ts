// What a director's batch run meets besides clean papers, from an audit of the CLI (2026-12-08):
// folders it cannot read or that hold no paper, files of other types, an empty file, a Word file
// under another name, a link, a write that fails, UTF-16 text, JSON papers naming no committee or
// an unknown one. Each is named, the other files are still linted, and nothing is lost.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDocument } from "@clausewise/schema";
import { exportDocx } from "@clausewise/formats";
import { fixtures, inProcess as inProcessAt, repoRoot } from "./run.ts";

const dir = mkdtempSync(join(tmpdir(), "clausewise-bad-"));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inProcess = (args: string[]) => inProcessAt(args, dir);

const flawed = readFileSync(join(repoRoot, fixtures, "flawed-hrc.txt"), "utf8");
let made = 0;
function folder(files: Record<string, string | Uint8Array>): string {
  const path = join(dir, `folder-${++made}`);
  mkdirSync(path, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(path, name, ".."), { recursive: true });
    writeFileSync(join(path, name), content);
  }
  return path;
}

describe("folders", () => {
  it("a folder with no paper is a problem (status 2), named with what it held instead", async () => {
    const empty = folder({});
    const pdfs = folder({ "a.pdf": "%PDF-1.4", "b.doc": "x" });
    const run = await inProcess(["lint", empty, pdfs]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${empty}: no .txt, .docx or .json paper in this folder\n`);
    expect(run.stderr).toContain(`${pdfs}: no .txt, .docx or .json paper in this folder (only 2 files of other types, such as ${join(pdfs, "a.pdf")})`);
  });

  it("names the files of other types it did not check, and lints the papers", async () => {
    const mixed = folder({ "paper.txt": flawed, "scan.pdf": "%PDF-1.4" });
    const run = await inProcess(["lint", mixed]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${mixed}: note: 1 file of other types not checked: ${join(mixed, "scan.pdf")}`);
    expect(run.stdout).toContain(`${join(mixed, "paper.txt")}:11:4 error`);
  });

  it("a subfolder it cannot read is named, and the rest of the folder is still linted", () => {
    const tree = folder({ "paper.txt": flawed, "locked/other.txt": flawed });
    chmodSync(join(tree, "locked"), 0o000);
    try {
      // As root every folder is readable: the run is made as an unprivileged user (nobody).
      const asRoot = process.getuid?.() === 0;
      const command = asRoot ? ["runuser", "-u", "nobody", "--", process.execPath] : [process.execPath];
      const result = spawnSync(command[0]!, [...command.slice(1), `${repoRoot}scripts/clausewise.mjs`, "lint", tree], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, INIT_CWD: "" } });
      expect(result.stderr).toContain(`${join(tree, "locked")}: cannot read the folder: permission denied`);
      expect(result.stdout).toContain(`${join(tree, "paper.txt")}:11:4 error`);
      expect(result.status).toBe(2);
    } finally {
      chmodSync(join(tree, "locked"), 0o755);
    }
  });

  it("a missing path says so, whatever its name; an old Word file is told how to be read", async () => {
    const old = folder({ "minutes.doc": "x" });
    const run = await inProcess(["lint", join(dir, "no-such-folder"), join(old, "minutes.doc")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, "no-such-folder")}: cannot read it: no such file or folder`);
    expect(run.stderr).toContain(`${join(old, "minutes.doc")}: an old Word (.doc) file: save it as .docx in Word and lint that`);
  });
});

describe("files that are not what they seem", () => {
  it("an empty file is a problem, not a clean paper", async () => {
    const path = join(folder({ "empty.txt": "" }), "empty.txt");
    const run = await inProcess(["lint", path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path}: the file holds no text to lint`);
  });

  it("--fix never rewrites a Word file named .json (it is read as the .docx it is)", async () => {
    const docx = await exportDocx(createDocument({ heading: { committee: "hrc" }, preamble: ["recalling its resolution 5/1"], operative: ["Calls upon States to act"] }));
    const path = join(folder({ "renamed.json": docx }), "renamed.json");
    const run = await inProcess(["lint", "--fix", path]);
    expect(run.stderr).toContain(`${path}: not fixed: --fix does not rewrite .docx files`);
    expect(new Uint8Array(readFileSync(path))).toEqual(new Uint8Array(docx));
  });

  it("--fix through a link rewrites the file it names and keeps the link", async () => {
    const where = folder({ "target.txt": flawed });
    symlinkSync(join(where, "target.txt"), join(where, "alias.txt"));
    const run = await inProcess(["lint", "--fix", join(where, "alias.txt")]);
    expect(run.stderr).toContain("fixed 4 findings");
    expect(lstatSync(join(where, "alias.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(where, "target.txt"), "utf8")).toContain("Deeply concerned");
  });

  it("a fixed file that cannot be written is named (status 2), left as it was, and its findings still reported", async () => {
    const where = folder({ "paper.txt": flawed });
    const path = join(where, "paper.txt");
    // The temporary file --fix writes first is taken by a folder of that name: the write fails.
    mkdirSync(join(where, `.${basename(path)}.clausewise-${process.pid}.tmp`));
    const run = await inProcess(["lint", "--fix", path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path}: not fixed: cannot write the fixed file`);
    expect(readFileSync(path, "utf8")).toBe(flawed);
    expect(run.stdout).toContain(`${path}:11:4 error "Demands" is binding language`);
    expect(run.stdout).toContain(`${path}:9:1 warning`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^1 file \(1 with a problem named above\): 1 error, 5 warnings/);
  });
});

describe("text in UTF-16", () => {
  it("places findings at their real columns, and offers no SARIF fix for it", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(flawed, "utf16le"))]);
    const path = join(folder({ "utf16.txt": bytes }), "utf16.txt");
    const text = await inProcess(["lint", path]);
    expect(text.stdout).toContain(`${path}:11:4 error "Demands"`);
    expect(text.stdout).toContain(`${path}:13:46 warning Spell out "UPR"`);
    const sarif = JSON.parse((await inProcess(["lint", "--format", "sarif", path])).stdout);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(sarif.runs[0].results.filter((r: { fixes?: unknown[] }) => r.fixes?.length)).toEqual([]);
  });
});

describe("the committee of a JSON paper", () => {
  const json = (committee: string | undefined) => {
    const doc = createDocument({ heading: { committee: "hrc" }, operative: ["Demands that all States cease hostilities"] }).toJSON() as { content: { attrs: Record<string, unknown> }[] };
    if (committee === undefined) delete doc.content[0]!.attrs.committee;
    else doc.content[0]!.attrs.committee = committee;
    return JSON.stringify(doc);
  };

  it("one no profile knows is judged as a General Assembly plenary paper, with a note, as for text", async () => {
    const path = join(folder({ "crisis.json": json("model-un-crisis") }), "crisis.json");
    const run = await inProcess(["lint", "--format", "json", path]);
    expect(run.stderr).toContain(`${path}: note: "model-un-crisis" is not a committee we know: judged as a General Assembly plenary paper (ga)`);
    expect(JSON.parse(run.stdout).files[0].committee).toBe("ga");
  });

  it("none at all is judged as a General Assembly plenary paper too, with a note (not silently as the HRC)", async () => {
    const path = join(folder({ "bare.json": json(undefined) }), "bare.json");
    const run = await inProcess(["lint", "--format", "json", path]);
    expect(run.stderr).toContain(`${path}: note: the paper names no committee: judged as a General Assembly plenary paper (ga)`);
    expect(JSON.parse(run.stdout).files[0].committee).toBe("ga");
  });
});
