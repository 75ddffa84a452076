/**
 * `clausewise`: lints working papers from the command line. `main` takes the arguments and two
 * output sinks and returns the exit status, so tests can run it in-process as well as spawned.
 */
import { fileURLToPath } from "node:url";
import { committees } from "@clausewise/rulebook";
import { Linter } from "@clausewise/lint";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, UsageError, USAGE, type Command } from "./args.ts";
import { expandPaths, FileProblem, loadPaper } from "./load.ts";
import { committeeOf, lintPaper, type LintedPaper } from "./lint.ts";
import { fixPaper } from "./fix.ts";
import { writeFileAtomically } from "./write.ts";
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { LoadedPaper } from "./load.ts";
import { isBlankPaper } from "@clausewise/schema";
import { textLines, textSummary } from "./report-text.ts";
import { jsonReport } from "./report-json.ts";
import { sarifReport } from "./report-sarif.ts";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_USAGE = 2;

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`clausewise: ${error.message}\n${USAGE.split("\n\n")[0]}\nRun "clausewise --help" for more.\n`);
    return EXIT_USAGE;
  }
  switch (command.kind) {
    case "help":
      io.stdout(USAGE + "\n");
      return EXIT_OK;
    case "version":
      io.stdout(`clausewise ${pkg.version}\n`);
      return EXIT_OK;
    case "list-committees":
      return listCommittees(command.format === "json" ? "json" : "text", io);
    case "lint":
      return lint(command, io);
  }
}

function listCommittees(format: "text" | "json", io: Io): number {
  if (format === "json") {
    const list = committees.map((c) => ({ id: c.id, name: c.name, shortName: c.shortName, organLine: c.organLine, aliases: c.aliases }));
    io.stdout(JSON.stringify({ committees: list }, null, 2) + "\n");
    return EXIT_OK;
  }
  const width = Math.max(...committees.map((c) => c.id.length));
  for (const c of committees) {
    const aliases = c.aliases.filter((a) => a !== c.name);
    io.stdout(`${c.id.padEnd(width)}  ${c.name}${aliases.length ? ` (${aliases.join(", ")})` : ""}\n`);
  }
  return EXIT_OK;
}

async function lint(command: Extract<Command, { kind: "lint" }>, io: Io): Promise<number> {
  const linter = new Linter();
  if (command.committee !== undefined) {
    // A wrong --committee is bad usage, found before any file is read.
    try {
      linter.setCommittee(command.committee);
    } catch (error) {
      io.stderr(`clausewise: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  const papers: LintedPaper[] = [];
  const expanded = await expandPaths(command.files, io.cwd);
  const problems: FileProblem[] = [];
  const report = (problem: FileProblem) => {
    problems.push(problem);
    io.stderr(`clausewise: ${problem.path}: ${problem.message}\n`);
  };
  expanded.problems.forEach(report);
  if (!command.quiet) {
    for (const { folder, files } of expanded.skipped) {
      const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, and ${files.length - 5} more` : "");
      io.stderr(`clausewise: ${folder}: note: ${files.length} file${files.length === 1 ? "" : "s"} of other types not checked: ${shown}\n`);
    }
  }
  for (const file of expanded.files) {
    try {
      let loaded = await loadPaper(file, io.cwd);
      if (isBlankPaper(loaded.result.doc)) throw new FileProblem(file, "the file holds no text to lint");
      const committee = committeeOf(loaded, command.committee);
      if (command.fix) loaded = await fixFile(loaded, committee, linter, io, report);
      papers.push(lintPaper(loaded, committee, linter));
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      report(error);
    }
  }
  for (const paper of command.quiet ? [] : papers) {
    for (const w of paper.warnings) io.stderr(`clausewise: ${paper.path}${w.line ? `:${w.line}` : ""}: note: ${w.message}\n`);
  }

  if (command.format === "json") io.stdout(JSON.stringify(jsonReport(papers, problems), null, 2) + "\n");
  else if (command.format === "sarif") {
    io.stdout(JSON.stringify(sarifReport(papers, problems, { cwd: io.cwd, repoRoot, version: pkg.version }), null, 2) + "\n");
  } else {
    const lines = papers.flatMap(textLines);
    io.stdout(lines.map((l) => l + "\n").join("") + textSummary(papers, problems) + "\n");
  }

  if (problems.length) return EXIT_USAGE;
  return papers.some((p) => p.diagnostics.some((d) => d.severity === "error")) ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/**
 * `--fix` for one file: the fixed paper, written back in one step (a new file renamed over the
 * old, so an interrupted write leaves the old one whole). What was fixed goes to stderr; the
 * findings left are reported like any others.
 */
async function fixFile(loaded: LoadedPaper, committee: CommitteeProfile, linter: Linter, io: Io, report: (p: FileProblem) => void): Promise<LoadedPaper> {
  const result = await fixPaper(loaded, committee, linter);
  if (result.refused) {
    io.stderr(`clausewise: ${loaded.path}: not fixed: ${result.refused}\n`);
    return loaded;
  }
  if (!result.bytes) return loaded;
  try {
    await writeFileAtomically(resolve(io.cwd, loaded.path), result.bytes);
  } catch (error) {
    // The file stays as it was: its findings are reported as it is, and the run ends with status 2.
    report(new FileProblem(loaded.path, `not fixed: cannot write the fixed file: ${(error as Error).message}`));
    return loaded;
  }
  io.stderr(`clausewise: ${loaded.path}: fixed ${result.applied} finding${result.applied === 1 ? "" : "s"}\n`);
  return result.paper;
}
