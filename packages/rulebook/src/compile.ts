/**
 * Build-time compiler for rules/: parses YAML, validates with zod, and writes one JSON file that
 * the runtime imports. Runs in Node only; nothing here is shipped to browsers.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { CommitteeProfile, PhraseLists, Rulebook } from "./schema.ts";
import { packSchemas } from "./packs.ts";
import { withSharedFields } from "./shared-fields.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
export const rulesDir = resolve(here, "../../../rules");
export const outputFile = resolve(here, "generated/rulebook.json");
/** The same rulebook without what only docs and the rule tester read: what browsers load. */
export const browserOutputFile = resolve(here, "generated/rulebook.browser.json");
/** The browser copy without what only the studio's mandate panel reads: what the embed bundle holds. */
export const embedOutputFile = resolve(here, "generated/rulebook.embed.json");

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** Parses and validates one file; errors name the file and the path inside it. */
function load<T>(file: string, schema: z.ZodType<T>, base = rulesDir): T {
  const name = relative(base, file);
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`rules/${name}: not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `  at ${issue.path.join(".") || "(top)"}: ${issue.message}`)
      .join("\n");
    throw new Error(`rules/${name} does not match its schema:\n${issues}`);
  }
  return result.data;
}

export function buildRulebook(dir = rulesDir): Rulebook {
  const files = yamlFiles(dir);
  const phrases = load(join(dir, "phrases.yaml"), PhraseLists, dir);
  const committees = yamlFiles(join(dir, "committees")).map((f) => load(f, CommitteeProfile, dir));
  const ids = new Set<string>();
  for (const c of committees) {
    if (ids.has(c.id)) throw new Error(`rules/committees: the id "${c.id}" is used twice`);
    ids.add(c.id);
  }
  const packs = yamlFiles(join(dir, "packs")).map((f) => {
    const pack = load(f, z.looseObject({ id: z.string() }), dir);
    // Packs with a schema of their own (the mandate lexicon and rules) are validated against it.
    const known = packSchemas.find((p) => p.match(pack.id));
    return known ? (load(f, known.schema, dir) as typeof pack) : pack;
  });
  const packIds = new Set<string>();
  for (const p of packs) {
    if (packIds.has(p.id)) throw new Error(`rules/packs: the pack id "${p.id}" is used twice`);
    packIds.add(p.id);
  }
  // The version changes whenever any rule data changes, so per-clause lint caches keyed on it
  // never serve results computed with other rules.
  const hash = createHash("sha256");
  for (const f of files) hash.update(relative(dir, f)).update("\0").update(readFileSync(f));
  const version = hash.digest("hex").slice(0, 12);
  return Rulebook.parse({ version, phrases, committees, packs });
}

/** Keys of a mandate rule pack that only the generated docs and the rule tester read. */
const mandateDocKeys = new Set(["purpose", "severities", "sources", "examples"]);

/**
 * The rulebook as browsers get it (package.json "imports", condition "browser"): every rule's
 * docs and examples left out, which the generated docs, the rule tester and the CLI's SARIF help
 * read in Node from the full file. What findings show stays: descriptions, data, the committee
 * profiles with their mandate texts and citations. About a quarter of the JSON.
 */
export function withoutDocs(rulebook: Rulebook): Rulebook {
  const packs = rulebook.packs.map((pack) => {
    if (pack.id.startsWith("mandate/")) {
      return Object.fromEntries(Object.entries(pack).filter(([key]) => !mandateDocKeys.has(key))) as typeof pack;
    }
    if ((pack.id === "format" || pack.id === "style") && Array.isArray(pack.rules)) {
      return { ...pack, rules: (pack.rules as { docs?: unknown }[]).map(({ docs: _docs, ...rule }) => rule) };
    }
    return pack;
  });
  return { ...rulebook, packs };
}

/**
 * The rulebook as the embeddable editor's single-file bundle holds it (condition
 * "clausewise-embed", set only by packages/editor/vite.config.ts): the browser copy without each
 * committee's mandate texts (`mandate.may` / `mayNot`), directors' notes and the sources of the
 * mechanisms it may create, and without the rules' one-line descriptions (rule metadata for docs,
 * settings and SARIF; the element never shows them, its findings carry their own messages). Only
 * the studio's "What may this committee do?" panel shows the mandate texts; the linter reads the
 * powers, citations (the quotes a finding shows), alternatives and reserved phrases, which stay.
 * Left-out texts become empty lists or strings, so every object keeps its shape. A profile's fields
 * equal to an earlier profile's are stored once (shared-fields.ts; index.ts puts them back).
 */
export function forEmbed(rulebook: Rulebook): Rulebook {
  const browser = withoutDocs(rulebook);
  const committees = browser.committees.map((c) => ({
    ...c,
    mandate: { may: [], mayNot: [] },
    notes: [],
    powers: { ...c.powers, mayCreate: c.powers.mayCreate.map(({ source: _source, ...mechanism }) => mechanism) },
  }));
  const packs = browser.packs.map((pack) => {
    const slim: typeof pack = "description" in pack ? { ...pack, description: "" } : { ...pack };
    if (Array.isArray(pack.rules)) slim.rules = (pack.rules as { description?: string }[]).map((rule) => ({ ...rule, description: "" }));
    return slim;
  });
  return { ...browser, committees: withSharedFields(committees) as unknown as Rulebook["committees"], packs };
}

export function compileRulebook(): string {
  const rulebook = buildRulebook();
  mkdirSync(resolve(outputFile, ".."), { recursive: true });
  writeFileSync(outputFile, JSON.stringify(rulebook) + "\n");
  writeFileSync(browserOutputFile, JSON.stringify(withoutDocs(rulebook)) + "\n");
  writeFileSync(embedOutputFile, JSON.stringify(forEmbed(rulebook)) + "\n");
  return `rules: ${rulebook.committees.length} committee profiles, ${rulebook.packs.length} packs, version ${rulebook.version}`;
}
