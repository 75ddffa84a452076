/**
 * Run-time access to the compiled rule data. The JSON is produced by `pnpm rules` from rules/;
 * browsers get plain JSON in the bundle and never a YAML parser. "#generated/rulebook.json" is a
 * package import (package.json "imports"): bundles for browsers resolve it to the copy without the
 * rules' docs and examples (rulebook.browser.json), Node (tests, CLI, doc generator) to the full one.
 * So `meta.docs` of the format, style and mandate rules is present in Node and absent in browsers.
 * The embeddable editor's bundle (condition "clausewise-embed") also leaves out each committee's
 * `mandate` texts (empty lists), `notes` (empty) and `powers.mayCreate[].source`: code that shows
 * those (the studio's mandate panel) must not be built with that condition.
 */
import data from "#generated/rulebook.json" with { type: "json" };
import type { CommitteeProfile, PhraseLists, Rulebook } from "./schema.ts";

import type { MandateEntities, MandateLexicon, MandateRulePack } from "./packs.ts";
import { withFieldsExpanded } from "./shared-fields.ts";

export type { CommitteeProfile, CommitteePowers, Mechanism, ReservedPhrase, PhraseLists, Rulebook, SourceQuote } from "./schema.ts";
export type { MandateEntities, MandateLexicon, MandateRulePack, RuleExample, ExampleClause, FormatPack } from "./packs.ts";
export type { FormatRuleData, FormatRuleId } from "./format-data.ts";

// The embed copy stores fields shared between committee profiles once (shared-fields.ts).
const stored = data as unknown as Rulebook;
export const rulebook: Rulebook = { ...stored, committees: withFieldsExpanded<CommitteeProfile>(stored.committees) };
export const rulebookVersion: string = rulebook.version;
export const phrases: PhraseLists = rulebook.phrases;
export const committees: readonly CommitteeProfile[] = rulebook.committees;

const byId = new Map(committees.map((c) => [c.id, c]));
const byAlias = new Map<string, CommitteeProfile>();
// Names and aliases first; the organ line last, because several committees share one
// ("The General Assembly," belongs to the plenary and all six Main Committees).
for (const keysOf of [
  (c: CommitteeProfile) => [c.id, c.name, c.shortName, ...c.aliases],
  (c: CommitteeProfile) => [c.organLine.replace(/^The\s+|,$/g, "")],
]) {
  for (const c of committees) {
    for (const key of keysOf(c)) {
      const k = normaliseCommitteeKey(key);
      if (!byAlias.has(k)) byAlias.set(k, c);
    }
  }
}

function normaliseCommitteeKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** The profile with this id, or undefined. */
export function getCommittee(id: string): CommitteeProfile | undefined {
  return byId.get(id);
}

/**
 * Finds a committee from what a heading says ("HRC", "Human Rights Council", "Third Committee",
 * "The Security Council,"). Returns undefined when nothing matches.
 */
export function findCommittee(name: string): CommitteeProfile | undefined {
  return byId.get(name) ?? byAlias.get(normaliseCommitteeKey(name));
}

/** A rule pack from rules/packs/ by its id, or undefined. */
export function packById(id: string): { id: string; [key: string]: unknown } | undefined {
  return rulebook.packs.find((p) => p.id === id);
}

function requiredPack<T>(id: string): T {
  const pack = packById(id);
  if (!pack) throw new Error(`rules/packs: the pack "${id}" is missing; run pnpm rules`);
  return pack as unknown as T;
}

/** The mandate rules' shared lexicon (rules/packs/mandate.yaml), validated at build time. */
export const mandateLexicon = (): MandateLexicon => requiredPack<MandateLexicon>("mandate");
/** Existing entities (rules/packs/mandate-entities.yaml). */
export const mandateEntities = (): MandateEntities => requiredPack<MandateEntities>("mandate-entities");
/** One mandate rule's description, docs and examples (rules/packs/mandate-*.yaml). */
export const mandateRulePack = (id: MandateRulePack["id"]): MandateRulePack => requiredPack<MandateRulePack>(id);
