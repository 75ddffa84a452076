/**
 * The SARIF 2.1.0 report, for code-review tools: one run, the rules as reportingDescriptors with
 * help text and a link to their documentation, one result per finding with its file region, and
 * fixes as SARIF fixes for plain text files (a .docx cannot be patched by text replacement, and
 * a replacement inside a JSON string would need escaping, so those carry the fix in properties only).
 */
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ruleMetadata, type Severity } from "@clausewise/lint";
import type { LintedPaper } from "./lint.ts";
import type { FileProblem } from "./load.ts";

/** docs/rules/<file> of a rule, as the rule-doc generator names it: "format/typed-label" → "format-typed-label.md". */
export const ruleDocFile = (id: string) => `${id.replace(/[^a-z0-9]+/gi, "-")}.md`;

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

type SarifLevel = "error" | "warning" | "note" | "none";
/** SARIF has no "info" or "hint": both are notes; the severity itself is kept in properties. */
export const sarifLevel: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note", hint: "note" };

export interface SarifOptions {
  /** The directory paths are made relative to (SRCROOT). */
  cwd: string;
  /** The repository root, where docs/rules/ lives. */
  repoRoot: string;
  version: string;
}

/** A relative URI under SRCROOT for files below the working directory, else an absolute file URI. */
function artifactUri(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, resolve(cwd, path));
  if (rel.startsWith("..") || resolve(rel) === rel) return { uri: pathToFileURL(resolve(cwd, path)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" };
}

export function sarifReport(papers: readonly LintedPaper[], problems: readonly FileProblem[], options: SarifOptions) {
  const rules = ruleMetadata();
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const docsBase = pathToFileURL(resolve(options.repoRoot, "docs/rules") + "/").href;
  const paths = [...papers.map((p) => p.path), ...problems.map((p) => p.path)];
  const artifactIndex = new Map(paths.map((p, i) => [p, i]));
  const location = (path: string) => ({ ...artifactUri(path, options.cwd), index: artifactIndex.get(path)! });

  const results = papers.flatMap((paper) =>
    paper.placed.map(({ diagnostic: d, start, end, fixes }) => ({
      ruleId: d.ruleId,
      ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId)! } : {}),
      level: sarifLevel[d.severity],
      message: { text: d.explanation ? `${d.message}. ${d.explanation}` : d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location(paper.path),
            region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
          },
          logicalLocations: [{ name: d.clause.path, fullyQualifiedName: `${d.clause.section}/${d.clause.path}`, kind: "member" }],
        },
      ],
      ...(paper.fixableInFile && fixes.length
        ? {
            fixes: fixes.map((fix) => ({
              description: { text: fix.label },
              artifactChanges: [
                {
                  artifactLocation: location(paper.path),
                  replacements: fix.replacements.map((r) => ({
                    deletedRegion: { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column },
                    insertedContent: { text: r.insert },
                  })),
                },
              ],
            })),
          }
        : {}),
      properties: {
        severity: d.severity,
        category: d.category,
        committee: paper.committee.id,
        clause: d.clause,
        ...(d.mandate ? { mandate: d.mandate } : {}),
        ...(!paper.fixableInFile && d.fixes.length ? { fixes: d.fixes.map((f) => f.label) } : {}),
      },
    })),
  );

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [
      {
        tool: {
          driver: {
            name: "clausewise",
            version: options.version,
            informationUri: pathToFileURL(resolve(options.repoRoot, "packages/cli/README.md")).href,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: r.docs?.purpose ?? r.description },
              help: { text: [r.description, r.docs?.purpose, r.docs?.severities].filter(Boolean).join("\n\n") },
              helpUri: docsBase + ruleDocFile(r.id),
              defaultConfiguration: { level: sarifLevel[r.severity] },
              properties: { category: r.category, scope: r.scope },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(options.cwd + sep).href } },
        artifacts: paths.map((p) => ({ location: artifactUri(p, options.cwd) })),
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({
              level: "error" as const,
              message: { text: `${p.path}: ${p.message}` },
              locations: [{ physicalLocation: { artifactLocation: location(p.path) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
}
