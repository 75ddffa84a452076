/** Lints one imported paper and places each diagnostic in the file it came from. */
import { clauseModel, type ClauseInfo } from "@clausewise/schema";
import { Linter, resolveCommittee, UnknownCommitteeError, type Diagnostic } from "@clausewise/lint";
import type { CommitteeProfile } from "@clausewise/rulebook";
import { isUtf8, type LoadedPaper } from "./load.ts";
import { findTextStart, locate, type LineColumn } from "./locate.ts";

export interface PlacedDiagnostic {
  diagnostic: Diagnostic;
  /** Where the finding starts and ends in the file (1-based; see README for what line means per format). */
  start: LineColumn;
  end: LineColumn;
  /** The diagnostic's fixes as replacements of file ranges (used by SARIF for plain text files). */
  fixes: { label: string; replacements: { start: LineColumn; end: LineColumn; insert: string }[] }[];
}

export interface LintedPaper {
  path: string;
  committee: CommitteeProfile;
  diagnostics: Diagnostic[];
  placed: PlacedDiagnostic[];
  /** Can a fix's edits be written as replacements in the file? Only for plain text files. */
  fixableInFile: boolean;
  warnings: { line: number; message: string }[];
}

/**
 * The committee: the --committee flag, else what the importer found, else the document heading.
 * A paper that names none, or one no profile knows, is judged as a General Assembly plenary paper,
 * with a note (as the text importer does for .txt papers).
 */
export function committeeOf(paper: LoadedPaper, flag: string | undefined): CommitteeProfile {
  if (flag !== undefined) return resolveCommittee(flag);
  const stated = /\.json$/iu.test(paper.path) ? jsonCommittee(paper) : (paper.result.committee ?? paper.result.doc.firstChild!.attrs.committee);
  if (!stated) {
    if (/\.json$/iu.test(paper.path)) paper.result.warnings.push({ line: 0, message: "the paper names no committee: judged as a General Assembly plenary paper (ga); name one with --committee" });
    return resolveCommittee("ga");
  }
  try {
    return resolveCommittee(stated);
  } catch (error) {
    if (!(error instanceof UnknownCommitteeError)) throw error;
    paper.result.warnings.push({ line: 0, message: `"${stated}" is not a committee we know: judged as a General Assembly plenary paper (ga); name one with --committee` });
    return resolveCommittee("ga");
  }
}

/** The committee a JSON paper's heading states, read from the file (the schema fills in a default when it is absent). */
function jsonCommittee(paper: LoadedPaper): string | undefined {
  try {
    const json = JSON.parse(paper.source?.text ?? "") as { content?: { attrs?: { committee?: unknown } }[] };
    const committee = json.content?.[0]?.attrs?.committee;
    return typeof committee === "string" && committee.trim() ? committee : undefined;
  } catch {
    return paper.result.doc.firstChild!.attrs.committee as string;
  }
}

export function lintPaper(paper: LoadedPaper, committee: CommitteeProfile, linter: Linter): LintedPaper {
  linter.setCommittee(committee.id);
  const doc = paper.result.doc;
  const diagnostics = linter.lint(doc);
  const model = clauseModel(doc);
  const clauses = new Map<string, ClauseInfo>(model.clauses.map((c) => [c.id, c]));
  const starts = clauseStarts(paper, model.clauses);
  const placed = diagnostics.map((diagnostic) => {
    const clause = clauses.get(diagnostic.clause.id);
    const at = starts.get(diagnostic.clause.id) ?? { line: 1, column: 1 };
    const continuation = diagnostic.part === "continuation";
    const text = continuation ? (clause?.continuation?.text ?? "") : (clause?.text ?? "");
    const base = continuation ? (clause?.continuation?.from ?? 0) : (clause?.textFrom ?? 0);
    // A continuation follows its clause's sub-clauses, so it is looked for as far as it takes.
    const window = continuation ? Infinity : undefined;
    const place = (offset: number): LineColumn =>
      paper.source ? locate(paper.source, at, text, offset, window) : { line: at.line, column: at.column + offset };
    const fixes = diagnostic.fixes.map((fix) => ({
      label: fix.label,
      replacements: fix.edits.map((e) => ({ start: place(e.from - base), end: place(e.to - base), insert: e.insert })),
    }));
    return { diagnostic, start: place(diagnostic.offsets.start), end: place(diagnostic.offsets.end), fixes };
  });
  return {
    path: paper.path,
    committee,
    diagnostics,
    placed,
    // (UTF-8 only: SARIF's fixes are ranges of the file's characters, which a UTF-16 file does not share.)
    fixableInFile: paper.source !== null && /\.txt$/i.test(paper.path) && isUtf8(paper.bytes),
    warnings: paper.result.warnings,
  };
}

/**
 * Where each clause starts in the file: the importer's source map, or, for clauses it has no
 * position for (JSON files), the clause's text looked for in the file after the previous clause's.
 */
function clauseStarts(paper: LoadedPaper, clauses: readonly ClauseInfo[]): Map<string, LineColumn> {
  const starts = new Map<string, LineColumn>();
  let cursor = 0;
  for (const clause of clauses) {
    const known = paper.result.sources.get(clause.id);
    if (known) {
      starts.set(clause.id, known);
      if (paper.source) cursor = paper.source.indexOf(known);
      continue;
    }
    if (!paper.source) continue;
    const found = findTextStart(paper.source.text, cursor, clause.text, Infinity);
    if (found === null) continue;
    starts.set(clause.id, paper.source.positionOf(found));
    cursor = found + 1;
  }
  return starts;
}
