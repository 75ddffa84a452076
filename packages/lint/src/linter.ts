/**
 * The engine: runs rules over a document's clause model and turns their clause-relative findings
 * into Diagnostics with document positions.
 *
 * Clause rules are cached. A clause's findings depend only on the committee, the rule data (fixed
 * for the life of the module), its section and depth, its text and continuation, and its
 * ancestors' texts, so that is the cache key (see lru.ts);
 * the cached findings are relative to the clause's textblocks and are mapped to positions on every
 * call, from the clause's current textFrom / continuation.from. A clause that moves (a clause
 * inserted above it) is therefore a cache hit with correct positions and a fresh clause ref.
 */
import type { Node } from "prosemirror-model";
import { clauseModel, type ClauseInfo, type ClauseModel } from "@clausewise/schema";
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { Diagnostic, TextEdit } from "./diagnostic.ts";
import type { ClauseEdit, Finding, Rule, RuleMeta } from "./rule.ts";
import { allRules } from "./registry.ts";
import { resolveCommittee } from "./committee.ts";
import { ClauseCache } from "./lru.ts";

export interface LinterOptions {
  /** Committee id, name or alias; when absent, the document heading's committee is used. */
  committee?: string;
  /** The rules to run; defaults to allRules. */
  rules?: readonly Rule[];
  /** How many clauses' findings to keep (least recently used are dropped); default 10,000. */
  cacheSize?: number;
}

/** A finding with the rule that made it, relative to its clause. */
interface RuleFinding {
  meta: RuleMeta;
  finding: Finding;
}

export class Linter {
  private rules: readonly Rule[];
  private clauseRules: readonly Extract<Rule, { scope: "clause" }>[];
  private documentRules: readonly Extract<Rule, { scope: "document" }>[];
  private committeeName: string | undefined;
  private readonly cache: ClauseCache<RuleFinding[]>;
  private readonly clauseIndex = new WeakMap<ClauseModel, Map<string, ClauseInfo>>();

  constructor(options: LinterOptions = {}) {
    this.rules = options.rules ?? allRules;
    this.clauseRules = this.rules.filter((r): r is Extract<Rule, { scope: "clause" }> => r.scope === "clause");
    this.documentRules = this.rules.filter((r): r is Extract<Rule, { scope: "document" }> => r.scope === "document");
    this.committeeName = options.committee;
    if (this.committeeName !== undefined) resolveCommittee(this.committeeName); // fail early on a typo
    this.cache = new ClauseCache(options.cacheSize ?? 10_000);
  }

  /** Fixes the committee (id, name or alias); undefined goes back to the document heading's. */
  setCommittee(id: string | undefined): void {
    if (id !== undefined) resolveCommittee(id);
    this.committeeName = id;
  }

  /** The profile a model is linted against: the fixed committee, else the heading's. */
  committeeFor(model: ClauseModel): CommitteeProfile {
    const name = this.committeeName ?? model.heading.committee;
    // Resolved once per name: clauseDiagnostics asks for every clause.
    if (this.resolved?.name !== name) this.resolved = { name, profile: resolveCommittee(name) };
    return this.resolved.profile;
  }
  private resolved: { name: string; profile: CommitteeProfile } | null = null;

  /** Cache statistics, for tests and the editor's debug panel. */
  get cacheStats(): { size: number; hits: number; misses: number; capacity: number } {
    const { size, hits, misses, capacity } = this.cache;
    return { size, hits, misses, capacity };
  }

  clearCache(): void {
    this.cache.clear();
  }

  /** Every finding of every rule on a document, sorted by position. */
  lint(doc: Node): Diagnostic[] {
    return this.lintModel(clauseModel(doc));
  }

  /** The same as lint() for an already derived clause model. */
  lintModel(model: ClauseModel): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const clause of model.clauses) this.addClauseDiagnostics(model, clause, out);
    for (const d of this.documentDiagnostics(model)) out.push(d);
    return sortDiagnostics(out);
  }

  /** The clause rules' findings on one clause, from the cache when its content is unchanged. */
  clauseDiagnostics(model: ClauseModel, clause: ClauseInfo): Diagnostic[] {
    const out: Diagnostic[] = [];
    this.addClauseDiagnostics(model, clause, out);
    return out;
  }

  private addClauseDiagnostics(model: ClauseModel, clause: ClauseInfo, out: Diagnostic[]): void {
    if (this.clauseRules.length === 0) return;
    const committee = this.committeeFor(model);
    const ancestors = this.ancestorsOf(model, clause);
    const key = {
      committee: committee.id,
      section: clause.section,
      depth: clause.depth,
      text: clause.text,
      continuation: clause.continuation ? clause.continuation.text : null,
      ancestors,
    };
    let findings = this.cache.get(key);
    if (!findings) {
      findings = [];
      const ctx = { committee };
      const view = { clause, ancestors };
      for (const rule of this.clauseRules) {
        for (const finding of rule.check(view, ctx)) findings.push({ meta: rule.meta, finding });
      }
      this.cache.set(key, findings);
    }
    for (const { meta, finding } of findings) out.push(toDiagnostic(meta, finding, clause));
  }

  /** The document rules' findings (numbering, sequences, acronyms): cheap, run every time. */
  documentDiagnostics(model: ClauseModel): Diagnostic[] {
    if (this.documentRules.length === 0) return [];
    const ctx = { committee: this.committeeFor(model) };
    const index = this.indexOf(model);
    const out: Diagnostic[] = [];
    for (const rule of this.documentRules) {
      for (const finding of rule.check(model, ctx)) {
        const clause = index.get(finding.clauseId);
        if (!clause) throw new Error(`rule ${rule.meta.id} reported a finding on unknown clause "${finding.clauseId}"`);
        out.push(toDiagnostic(rule.meta, finding, clause));
      }
    }
    return out;
  }

  private indexOf(model: ClauseModel): Map<string, ClauseInfo> {
    let index = this.clauseIndex.get(model);
    if (!index) {
      index = new Map();
      for (const c of model.clauses) if (!index.has(c.id)) index.set(c.id, c);
      this.clauseIndex.set(model, index);
    }
    return index;
  }

  private ancestorsOf(model: ClauseModel, clause: ClauseInfo): ClauseInfo[] {
    if (clause.parentId === null) return [];
    const index = this.indexOf(model);
    const chain: ClauseInfo[] = [];
    let parentId: string | null = clause.parentId;
    while (parentId !== null) {
      const parent = index.get(parentId);
      if (!parent || chain.includes(parent)) break;
      chain.unshift(parent);
      parentId = parent.parentId;
    }
    return chain;
  }
}

/** Lints a document once. The committee comes from the option, else the document heading. */
export function lintDocument(doc: Node, options: { committee?: string; rules?: readonly Rule[] } = {}): Diagnostic[] {
  return new Linter(options).lint(doc);
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.from - b.from || a.to - b.to || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

function baseOf(clause: ClauseInfo, part: "text" | "continuation"): { from: number; length: number } {
  if (part === "continuation") {
    if (!clause.continuation) throw new Error(`a finding on clause ${clause.path} names a continuation it does not have`);
    return { from: clause.continuation.from, length: clause.continuation.text.length };
  }
  return { from: clause.textFrom, length: clause.text.length };
}

function toTextEdit(clause: ClauseInfo, edit: ClauseEdit): TextEdit {
  const base = baseOf(clause, edit.part);
  const start = clamp(edit.start, base.length);
  const end = clamp(Math.max(edit.end, edit.start), base.length);
  return { from: base.from + start, to: base.from + end, insert: edit.insert };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/** A rule's finding as a Diagnostic with positions from the clause's current place. */
export function toDiagnostic(meta: RuleMeta, finding: Finding, clause: ClauseInfo): Diagnostic {
  const part = finding.part ?? "text";
  const base = baseOf(clause, part);
  const start = clamp(finding.start, base.length);
  const end = clamp(Math.max(finding.end, finding.start), base.length);
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: finding.severity ?? meta.severity,
    message: finding.message,
    explanation: finding.explanation,
    mandate: finding.mandate ?? null,
    clause: { section: clause.section, index: clause.index, path: clause.path, id: clause.id },
    part,
    offsets: { start, end },
    from: base.from + start,
    to: base.from + end,
    fixes: (finding.fixes ?? []).map((fix) => ({ label: fix.label, edits: fix.edits.map((e) => toTextEdit(clause, e)) })),
  };
}
