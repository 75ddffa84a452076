// The CLI as a user runs it: `node scripts/clausewise.mjs …` spawned from the repository root
// (what `pnpm clausewise` runs), on fixture files (.txt; .json and .docx generated from a document
// with the formats package), checking output lines, JSON, SARIF and exit codes. Small usage cases
// run main() in-process instead, to keep the suite quick.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Diagnostic } from "@clausewise/lint";
import { createDocument } from "@clausewise/schema";
import { exportDocx } from "@clausewise/formats";
import { main } from "../src/main.ts";
import { SarifLog } from "./sarif-schema.ts";
import { clausewise, fixtures, repoRoot, type Run } from "./run.ts";

const flawed = `${fixtures}/flawed-hrc.txt`;
const clean = `${fixtures}/clean-hrc.txt`;
const noHeading = `${fixtures}/no-heading.txt`;
const corrupt = `${fixtures}/corrupt.docx`;
const wrapped = `${fixtures}/wrapped-ga3.txt`;

/** A paper for the General Assembly's Third Committee, written as .json and .docx. */
const generated = createDocument({
  heading: { code: "A/C.3/80/L.1", committee: "ga-3", topic: "Rights of migrant workers", sponsors: ["Mexico"] },
  preamble: ["Recalling its resolution 48/141 of 20 December 1993", "Reaffirming its resolution 60/1 of 16 September 2005"],
  operative: ["Calling upon States to protect the rights of migrant workers", 'Requests the UN to report on "best practices"'],
});
const dir = mkdtempSync(join(tmpdir(), "clausewise-cli-"));
const jsonPaper = join(dir, "third-committee.json");
const docxPaper = join(dir, "third-committee.docx");

/** The spawned runs, started together (three at a time) once the generated files exist. */
const runs: Record<string, Promise<Run>> = {};
const plan: Record<string, string[]> = {
  help: ["--help"],
  badOption: ["lint", "--frobnicate", clean],
  flawedText: ["lint", flawed],
  cleanText: ["lint", clean],
  noHeadingText: ["lint", noHeading],
  json: ["lint", "--format", "json", flawed, noHeading],
  jsonSc: ["lint", "--format=json", "--committee", "Security Council", flawed],
  sarif: ["lint", "--format", "sarif", flawed, noHeading],
  corrupt: ["lint", clean, corrupt, noHeading],
  missing: ["lint", "--format", "json", "nowhere/paper.txt", clean],
  unsupported: ["lint", "packages/cli/README.md"],
  generated: ["lint", jsonPaper, docxPaper],
};

beforeAll(async () => {
  writeFileSync(jsonPaper, JSON.stringify(generated.toJSON(), null, 2));
  writeFileSync(docxPaper, await exportDocx(generated));
  // The first run builds the CLI bundle when the sources changed; the others then start from it.
  runs.help = clausewise(plan.help!);
  await runs.help;
  const slots: Promise<unknown>[] = [];
  for (const [name, args] of Object.entries(plan)) {
    if (runs[name]) continue;
    if (slots.length >= 3) await Promise.race(slots);
    const run = clausewise(args);
    runs[name] = run;
    const slot: Promise<unknown> = run.finally(() => slots.splice(slots.indexOf(slot), 1));
    slots.push(slot);
  }
  await Promise.all(Object.values(runs));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The finding lines of a text report whose rule id starts with one of the prefixes. */
const linesOf = (run: Run, ...prefixes: string[]) =>
  run.stdout.split("\n").filter((l) => prefixes.some((p) => new RegExp(` ${p}[\\w/-]*$`).test(l)));

/** Runs main() in this process: for the many small usage cases, without a process each. */
async function inProcess(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repoRoot });
  return { status, stdout, stderr };
}

describe("usage", () => {
  it("--help prints the usage and exits 0 (spawned)", async () => {
    const run = await runs.help!;
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: clausewise lint \[--committee <id>\] \[--format text\|json\|sarif\] \[--fix\] \[--quiet\] FILE\.\.\./);
    expect(run.stdout).toContain("Exit status: 0 no errors found, 1 errors found, 2 bad usage");
  });

  it("an unknown option exits 2 with a message (spawned)", async () => {
    const run = await runs.badOption!;
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('clausewise: unknown option "--frobnicate"');
    expect(run.stdout).toBe("");
  });

  it.each([
    [["lint", "--format", "xml", clean], 'clausewise: unknown format "xml" for --format: use text, json or sarif'],
    [["lint", "--format"], "clausewise: --format needs a value: text, json or sarif"],
    [["lint", "--committee"], "clausewise: --committee needs a committee id (see: clausewise list-committees)"],
    [["lint"], "clausewise: lint needs at least one file"],
    [[], "clausewise: no command given"],
    [["check", clean], 'clausewise: unknown command "check": use lint or list-committees'],
    [["list-committees", "extra"], 'clausewise: list-committees takes no files (got "extra")'],
  ])("%j is bad usage: exit 2 and a message", async (args, message) => {
    const run = await inProcess(args);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(message);
    expect(run.stdout).toBe("");
  });

  it("an unknown --committee is bad usage, named with the known ids", async () => {
    const run = await inProcess(["lint", "--committee", "unicorn", clean]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^clausewise: Unknown committee "unicorn"\. Known committees: .*\bhrc\b/);
  });

  it("prints the importer's notes on stderr, unless --quiet", async () => {
    const noisy = await inProcess(["lint", wrapped]);
    expect(noisy.stderr.split("\n")[0]).toBe(
      `clausewise: ${wrapped}:8: note: clause numbered 3 is operative clause 1: numbers are derived from position`,
    );
    const quiet = await inProcess(["lint", "--quiet", wrapped]);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toBe(noisy.stdout);
  });

  it("lints the papers under a directory, in name order", async () => {
    const run = await inProcess(["lint", "--format", "json", "--quiet", fixtures]);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([clean, flawed, noHeading, wrapped]);
    expect(report.errors).toEqual([{ path: corrupt, message: expect.stringContaining("damaged") }]);
    expect(run.status).toBe(2);
  });

  it("list-committees lists the profile ids", async () => {
    const run = await inProcess(["list-committees"]);
    expect(run.status).toBe(0);
    const ids = run.stdout.trim().split("\n").map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(expect.arrayContaining(["hrc", "ga", "ga-3", "ecosoc", "sc"]));
    expect(run.stdout).toMatch(/^hrc\s+Human Rights Council/m);
    const json = JSON.parse((await inProcess(["list-committees", "--format", "json"])).stdout);
    expect(json.committees.map((c: { id: string }) => c.id)).toEqual(ids);
  });
});

describe("text output", () => {
  it("prints one line per finding, file:line:column severity message ruleId, and a summary; exit 1 on errors", async () => {
    const run = await runs.flawedText!;
    expect(run.status).toBe(1);
    expect(linesOf(run, "format/", "style/")).toEqual([
      `${flawed}:7:39 warning Give the date at the first citation: "resolution 60/251 of 15 March 2006" format/resolution-citation`,
      `${flawed}:9:1 warning Write the opening phrase "Deeply concerned" format/capitalisation`,
      `${flawed}:11:4 warning "Demands" is reserved to the Security Council style/reserved-phrase`,
      `${flawed}:13:4 warning Operative clauses open with a verb in the present tense, third person: "Calls", not "Calling" format/operative-opening`,
      `${flawed}:13:46 warning Spell out "UPR" at its first use style/acronym-definition`,
    ]);
    // The mandate rule's wording belongs to its own tests; here only where and how severe.
    expect(linesOf(run, "mandate/binding-language")).toEqual([expect.stringMatching(new RegExp(`^${flawed}:11:4 error .+ mandate/binding-language$`))]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^1 file: 1 error, \d+ warnings?, \d+ info, \d+ hints?; by category: binding 1, new-body \d+, operational \d+, format 3, style 2$/);
  });

  it("exits 0 on a clean paper and still prints the summary", async () => {
    const run = await runs.cleanText!;
    expect(run.stdout).toBe(
      "1 file: 0 errors, 0 warnings, 0 info, 0 hints; by category: binding 0, new-body 0, operational 0, format 0, style 0\n",
    );
    expect(run.status).toBe(0);
  });

  it("places a finding on a wrapped line, and takes the committee from a heading alias", async () => {
    const run = await inProcess(["lint", wrapped]);
    expect(run.stdout).toBe(
      `${wrapped}:9:4 warning Spell out "OHCHR" at its first use style/acronym-definition\n` +
        "1 file: 0 errors, 1 warning, 0 info, 0 hints; by category: binding 0, new-body 0, operational 0, format 0, style 1\n",
    );
    const json = JSON.parse((await inProcess(["lint", "--format", "json", wrapped])).stdout);
    expect(json.files[0].committee).toBe("ga-3");
  });

  it("exits 0 when there are warnings but no errors", async () => {
    const run = await runs.noHeadingText!;
    expect(run.stdout.split("\n")[0]).toBe(`${noHeading}:5:4 warning Write the opening phrase "Further requests" format/capitalisation`);
    expect(run.status).toBe(0);
  });
});

describe("json output", () => {
  let report: { files: { path: string; committee: string; diagnostics: unknown[] }[] };
  beforeAll(async () => {
    const run = await runs.json!;
    expect(run.status).toBe(1);
    report = JSON.parse(run.stdout);
  });

  it("has the shape {files: [{path, committee, diagnostics}]}", () => {
    expect(Object.keys(report)).toEqual(["files"]);
    expect(report.files.map((f) => Object.keys(f))).toEqual([
      ["path", "committee", "diagnostics"],
      ["path", "committee", "diagnostics"],
    ]);
    expect(report.files.map((f) => f.path)).toEqual([flawed, noHeading]);
  });

  it("takes the committee from the heading, or from the organ line", () => {
    expect(report.files.map((f) => f.committee)).toEqual(["hrc", "ga"]);
  });

  it("writes each diagnostic exactly as the Diagnostic schema", () => {
    const all = report.files.flatMap((f) => f.diagnostics);
    expect(all.length).toBeGreaterThan(5);
    for (const d of all) expect(Diagnostic.strict().parse(d)).toEqual(d);
    const citation = all.map((d) => Diagnostic.parse(d)).find((d) => d.ruleId === "format/resolution-citation")!;
    expect(citation.clause).toMatchObject({ section: "preamble", path: "p1" });
    expect(citation.fixes[0]!.label).toBe('Add "of 15 March 2006"');
  });

  it("--committee overrides the heading for every file", async () => {
    const run = await runs.jsonSc!;
    const sc = JSON.parse(run.stdout);
    expect(sc.files[0].committee).toBe("sc");
    expect(sc.files[0].diagnostics.some((d: Diagnostic) => d.ruleId === "style/reserved-phrase")).toBe(false);
  });
});

describe("sarif output", () => {
  let log: SarifLog;
  let run: Run;
  beforeAll(async () => {
    run = await runs.sarif!;
    log = SarifLog.parse(JSON.parse(run.stdout));
  });

  it("is SARIF 2.1.0 with the tool and its rules", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe("clausewise");
    const ids = driver.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["mandate/binding-language", "format/preambular-opening", "style/acronym-definition"]));
    for (const rule of driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^file:///.+/docs/rules/${rule.id.replace("/", "-")}\\.md$`));
      expect(existsSync(fileURLToPath(rule.helpUri!)), rule.helpUri).toBe(true);
      expect(rule.help?.text).toBeTruthy();
    }
  });

  it("has one result per finding, with level, message, file region and rule index", () => {
    const results = log.runs[0]!.results;
    const driver = log.runs[0]!.tool.driver;
    expect(results.length).toBe(run.stdout.match(/"ruleId"/g)!.length);
    const date = results.find((r) => r.ruleId === "format/resolution-citation")!;
    expect(date.level).toBe("warning");
    expect(date.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: flawed, uriBaseId: "SRCROOT", index: 0 },
      region: { startLine: 7, startColumn: 39, endLine: 7, endColumn: 45 },
    });
    expect(driver.rules[date.ruleIndex!]!.id).toBe(date.ruleId);
    expect(results.find((r) => r.ruleId === "mandate/binding-language")!.level).toBe("error");
  });

  it("carries fixes as replacements in the text file", () => {
    const date = log.runs[0]!.results.find((r) => r.ruleId === "format/resolution-citation")!;
    expect(date.fixes).toEqual([
      {
        description: { text: 'Add "of 15 March 2006"' },
        artifactChanges: [
          {
            artifactLocation: { uri: flawed, uriBaseId: "SRCROOT", index: 0 },
            replacements: [{ deletedRegion: { startLine: 7, startColumn: 45, endLine: 7, endColumn: 45 }, insertedContent: { text: " of 15 March 2006" } }],
          },
        ],
      },
    ]);
  });
});

describe("unreadable input", () => {
  it("reports a corrupt file on stderr, still lints the others, and exits 2", async () => {
    const run = await runs.corrupt!;
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^clausewise: ${corrupt}: .+`, "m"));
    expect(run.stdout).toContain(`${noHeading}:5:4 warning`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^3 files \(1 with a problem named above\): /);
  });

  it("names a missing file", async () => {
    const run = await runs.missing!;
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("clausewise: nowhere/paper.txt: cannot read it: no such file or folder\n");
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([clean]);
    expect(report.errors).toEqual([{ path: "nowhere/paper.txt", message: "cannot read it: no such file or folder" }]);
  });

  it("refuses a file type it cannot read", async () => {
    const run = await runs.unsupported!;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unsupported file type ".md": clausewise reads .txt, .docx and .json files');
  });
});

describe(".json and .docx papers", () => {
  it("lints both, with the committee from the paper and lines in each file", async () => {
    const run = await runs.generated!;
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = linesOf(run, "format/", "style/");
    // In a .json file, line and column are where the clause's text stands in the JSON source.
    expect(lines.filter((l) => l.startsWith(jsonPaper))).toEqual([
      `${jsonPaper}:${lineOf(jsonText(), "Calling upon")}:${columnOf(jsonText(), "Calling upon")} warning Operative clauses open with a verb in the present tense, third person: "Calls", not "Calling" format/operative-opening`,
      `${jsonPaper}:${lineOf(jsonText(), "the UN")}:${columnOf(jsonText(), "the UN") + 4} info Write "United Nations" in full, not "UN" style/acronym-definition`,
    ]);
    // A .docx has no text lines of its own: line is the line of its text as imported (one paragraph a line).
    expect(lines.filter((l) => l.startsWith(docxPaper)).map((l) => l.replace(/:\d+:\d+ /, ":L:C "))).toEqual([
      `${docxPaper}:L:C warning Operative clauses open with a verb in the present tense, third person: "Calls", not "Calling" format/operative-opening`,
      `${docxPaper}:L:C info Write "United Nations" in full, not "UN" style/acronym-definition`,
    ]);
  });
});

const jsonText = () => JSON.stringify(generated.toJSON(), null, 2);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
const columnOf = (text: string, needle: string) => text.indexOf(needle) - text.lastIndexOf("\n", text.indexOf(needle));
