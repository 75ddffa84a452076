// `clausewise lint --fix` on copies of fixture papers: what is rewritten, what is left as it was,
// and what is refused. One run is spawned as a user runs it; the rest run main() in-process.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDocument } from "@clausewise/schema";
import { exportDocx, importJson } from "@clausewise/formats";
import { parseArgs, UsageError } from "../src/args.ts";
import { clausewise, fixtures, inProcess as inProcessAt, repoRoot } from "./run.ts";

const dir = mkdtempSync(join(tmpdir(), "clausewise-fix-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of `text` (or bytes) as a file named `name` in the temporary directory. */
function paperFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${++copies}-${name}`);
  writeFileSync(path, content);
  return path;
}

const inProcess = (args: string[]) => inProcessAt(args, dir);

const flawed = readFileSync(join(repoRoot, fixtures, "flawed-hrc.txt"), "utf8");

describe("--fix on a plain text paper", () => {
  it("rewrites each fixable finding where it is, leaves every other byte, and reports what is left (spawned)", async () => {
    const path = paperFile("flawed.txt", flawed);
    const run = await clausewise(["lint", "--fix", path]);
    const fixed = readFileSync(path, "utf8");
    expect(fixed).toBe(
      flawed
        .replace("resolution 60/251,", "resolution 60/251 of 15 March 2006,")
        .replace("Deeply Concerned", "Deeply concerned")
        .replace("2. Calling upon", "2. Calls upon")
        .replace("the UPR;", "the Universal Periodic Review (UPR);"),
    );
    expect(run.stderr).toBe(`clausewise: ${path}: fixed 4 findings\n`);
    // What is left is the mandate finding on "Demands" and the style finding on the same word,
    // whose fix ("Strongly urges") would change what the clause asks for: the delegate decides.
    expect(run.stdout).toBe(
      `${path}:11:4 error "Demands" is binding language the HRC cannot use mandate/binding-language\n` +
        `${path}:11:4 warning "Demands" is reserved to the Security Council style/reserved-phrase\n` +
        "1 file: 1 error, 1 warning, 0 info, 0 hints; by category: binding 1, new-body 0, operational 0, format 0, style 1\n",
    );
    expect(run.status).toBe(1);
  });

  it("never applies a mandate fix, and a second run changes nothing", async () => {
    const text = "The Human Rights Council,\n\n1. Establishes a voluntary fund for migrant workers;\n\n2. Requests the UN to report;\n";
    const path = paperFile("mandate.txt", text);
    const first = await inProcess(["lint", "--fix", "-q", path]);
    const once = readFileSync(path, "utf8");
    expect(once).toBe(text.replace("the UN to", "the United Nations to"));
    expect(first.stdout).toContain("mandate/new-body");
    expect(first.status).toBe(1);
    const second = await inProcess(["lint", "--fix", "-q", path]);
    expect(readFileSync(path, "utf8")).toBe(once);
    expect(second.stderr).toBe("");
    expect(second.stdout).toBe(first.stdout);
  });

  it("keeps a byte-order mark, Windows line ends, wrapped lines and the file's permissions", async () => {
    const text = "\uFEFFThe Human Rights Council,\r\n\r\nDeeply Concerned by the situation\r\n   of migrant workers,\r\n\r\n1. Calling upon States to act;\r\n";
    const path = paperFile("windows.txt", text);
    chmodSync(path, 0o640);
    const run = await inProcess(["lint", "--fix", path]);
    expect(run.stderr).toBe(`clausewise: ${path}: fixed 2 findings\n`);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toBe(text.replace("Deeply Concerned", "Deeply concerned").replace("Calling upon", "Calls upon"));
    expect(statSync(path).mode & 0o777).toBe(0o640);
    // Written by renaming a new file over the old: nothing is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes(".clausewise-"))).toEqual([]);
  });

  it("leaves a fix out when the file's text there is not the paper's (an invisible character), and reports the finding", async () => {
    const text = "The Human Rights Council,\n\nDeeply Con\u200Bcerned by the situation,\n\n1. Calling upon States to act;\n";
    const path = paperFile("invisible.txt", text);
    const run = await inProcess(["lint", "--fix", "-q", path]);
    expect(readFileSync(path, "utf8")).toBe(text.replace("Calling upon", "Calls upon"));
    expect(run.stderr).toBe(`clausewise: ${path}: fixed 1 finding\n`);
    expect(run.stdout).toContain('warning Write the opening phrase "Deeply concerned" format/capitalisation');
  });

  it("refuses a text file that is not UTF-8, and changes nothing", async () => {
    const latin1 = Buffer.from("The Human Rights Council,\n\n1. Calling upon States to protect the caf\xe9 workers;\n", "latin1");
    const path = paperFile("latin1.txt", latin1);
    const run = await inProcess(["lint", "--fix", "-q", path]);
    expect(readFileSync(path).equals(latin1)).toBe(true);
    expect(run.stderr).toBe(`clausewise: ${path}: not fixed: --fix rewrites only UTF-8 text files; save the file as UTF-8 to fix it\n`);
    expect(run.stdout).toContain("format/operative-opening");
  });
});

describe("--fix on .json and .docx papers", () => {
  const paper = createDocument({
    heading: { code: "A/C.3/80/L.1", committee: "ga-3", topic: "Rights of migrant workers", sponsors: ["Mexico"] },
    preamble: ["Recalling its resolution 48/141 of 20 December 1993"],
    operative: ["Calling upon States to protect the rights of migrant workers", "Requests the UN to report"],
  });

  it("writes a .json paper again from the fixed document, in the form the studio downloads", async () => {
    const path = paperFile("paper.json", JSON.stringify(paper.toJSON()));
    const run = await inProcess(["lint", "--fix", path]);
    expect(run.stderr).toBe(`clausewise: ${path}: fixed 2 findings\n`);
    const written = readFileSync(path, "utf8");
    expect(written).toMatch(/^\{\n {2}"type": "doc",[^]*\n\}\n$/);
    const operative = importJson(written).doc.lastChild!;
    expect(operative.textContent).toBe("Calls upon States to protect the rights of migrant workersRequests the United Nations to report");
    expect(run.stdout).toBe("1 file: 0 errors, 0 warnings, 0 info, 0 hints; by category: binding 0, new-body 0, operational 0, format 0, style 0\n");
  });

  it("does not rewrite a .docx, says so, and still reports its findings", async () => {
    const bytes = await exportDocx(paper);
    const path = paperFile("paper.docx", bytes);
    const run = await inProcess(["lint", "--fix", path]);
    expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true);
    expect(run.stderr).toBe(
      `clausewise: ${path}: not fixed: --fix does not rewrite .docx files: fix them in the studio (Fix all), or lint the paper as .txt\n`,
    );
    expect(run.stdout).toContain("format/operative-opening");
  });
});

describe("--fix usage", () => {
  it("goes with lint only", () => {
    expect(parseArgs(["lint", "--fix", "a.txt"])).toMatchObject({ kind: "lint", fix: true, files: ["a.txt"] });
    expect(parseArgs(["lint", "a.txt"])).toMatchObject({ kind: "lint", fix: false });
    expect(() => parseArgs(["list-committees", "--fix"])).toThrow(UsageError);
  });
});
