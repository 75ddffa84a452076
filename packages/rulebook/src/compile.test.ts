import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildRulebook, embedOutputFile, forEmbed, rulesDir, withoutDocs } from "./compile.ts";
import { rulebook } from "./index.ts";
import { withFieldsExpanded, withSharedFields } from "./shared-fields.ts";

let dir = "";
const copyRules = () => {
  dir = mkdtempSync(join(tmpdir(), "clausewise-rules-"));
  cpSync(rulesDir, dir, { recursive: true });
  return dir;
};
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

describe("committee profiles as data", () => {
  it("accepts a new committee from a YAML file alone", () => {
    const d = copyRules();
    // A conference's own committee: the HRC profile's mandate data under a new id and name.
    const hrc = readFileSync(join(d, "committees/hrc.yaml"), "utf8")
      .replace(/^id: hrc$/m, "id: unea")
      .replace(/^name: .*$/m, 'name: "United Nations Environment Assembly"')
      .replace(/^shortName: .*$/m, "shortName: UNEA")
      .replace(/^organLine: .*$/m, 'organLine: "The United Nations Environment Assembly,"')
      .replace(/^aliases:\n(?:  - .*\n)+/m, 'aliases:\n  - "Environment Assembly"\n');
    writeFileSync(join(d, "committees/unea.yaml"), hrc);
    const book = buildRulebook(d);
    const unea = book.committees.find((c) => c.id === "unea")!;
    expect(unea.powers).toMatchObject({ bindingDecisions: false, operationalMeasures: false, newBodies: "listed" });
    expect(unea.aliases).toEqual(["Environment Assembly"]);
  });

  it("rejects a profile without powers, naming the file and the field", () => {
    const d = copyRules();
    writeFileSync(join(d, "committees/bad.yaml"), 'id: bad\nname: "Bad"\nshortName: B\norganLine: "The Bad Council,"\n');
    expect(() => buildRulebook(d)).toThrow(/rules\/committees\/bad\.yaml does not match its schema:[\s\S]*at powers/);
  });

  it("validates the mandate packs and rejects an unknown lexicon key's absence", () => {
    const d = copyRules();
    const lexicon = readFileSync(join(d, "packs/mandate.yaml"), "utf8").replace(/^bindingModals: .*$/m, "");
    writeFileSync(join(d, "packs/mandate.yaml"), lexicon);
    expect(() => buildRulebook(d)).toThrow(/packs\/mandate\.yaml does not match its schema:[\s\S]*at bindingModals/);
  });

  it("rejects a format rule's malformed data, naming the file, the rule and the path in its data", () => {
    const d = copyRules();
    const format = readFileSync(join(d, "packs/format.yaml"), "utf8").replace('"48/134": 20 December 1993', '"48/134": 1993-12-20');
    writeFileSync(join(d, "packs/format.yaml"), format);
    expect(() => buildRulebook(d)).toThrow(
      /rules\/packs\/format\.yaml does not match its schema:\n  at rules\.\d+\.data\.dates\.48\/134: format\/resolution-citation: dates are written 15 March 2006/,
    );
  });

  it("rejects a style rule's data of the wrong type and fills in the defaults of data left out", () => {
    const d = copyRules();
    const style = readFileSync(join(d, "packs/style.yaml"), "utf8").replace(/^      organs:\n(?:        - .*\n)+/m, "      organs: General Assembly\n");
    writeFileSync(join(d, "packs/style.yaml"), style);
    expect(() => buildRulebook(d)).toThrow(/rules\/packs\/style\.yaml does not match its schema:\n  at rules\.\d+\.data\.organs: style\/own-resolution: /);

    const book = buildRulebook();
    const format = book.packs.find((p) => p.id === "format") as unknown as { rules: { id: string; data?: unknown }[] };
    // format/capitalisation has no data in the YAML; typed-punctuation's defaults come from its schema.
    expect(format.rules.find((r) => r.id === "format/capitalisation")?.data).toEqual({});
    expect(format.rules.find((r) => r.id === "format/typed-punctuation")?.data).toMatchObject({ abbreviations: expect.any(Array) });
  });

  it("compiles the shipped rules with every committee's citations and the three mandate rule packs", () => {
    const book = buildRulebook();
    for (const c of book.committees) expect(c.citations.binding.quote.length).toBeGreaterThan(10);
    expect(book.packs.map((p) => p.id)).toEqual(expect.arrayContaining(["mandate", "mandate-entities", "mandate/binding-language", "mandate/new-body", "mandate/operational-intervention"]));
  });
});

describe("the rulebook browsers load", () => {
  type Pack = { id: string; rules?: { id: string; docs?: unknown; data?: unknown; description: string }[]; [key: string]: unknown };
  const full = buildRulebook();
  const slim = withoutDocs(full);
  const packs = (book: typeof full) => book.packs as Pack[];

  it("leaves out every rule's docs and examples and keeps what findings show", () => {
    for (const pack of packs(slim)) {
      for (const key of ["purpose", "severities", "sources", "examples"]) expect(pack, pack.id).not.toHaveProperty(key);
      for (const rule of pack.rules ?? []) {
        expect(rule, rule.id).not.toHaveProperty("docs");
        expect(rule.description.length, rule.id).toBeGreaterThan(0);
      }
    }
    const format = packs(slim).find((p) => p.id === "format")!;
    expect(format.rules!.find((r) => r.id === "format/resolution-citation")!.data).toEqual(
      packs(full).find((p) => p.id === "format")!.rules!.find((r) => r.id === "format/resolution-citation")!.data,
    );
    expect(slim.committees).toEqual(full.committees);
    expect(slim.phrases).toEqual(full.phrases);
    expect(packs(slim).find((p) => p.id === "mandate/new-body")).toMatchObject({ description: expect.any(String), severity: expect.any(String) });
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length * 0.85);
  });

  it("is not what Node loads: tests, the CLI and the doc generator get the docs", () => {
    const style = (rulebook.packs as Pack[]).find((p) => p.id === "style")!;
    for (const rule of style.rules!) expect(rule.docs, rule.id).toMatchObject({ purpose: expect.any(String), examples: expect.any(Array) });
    expect((rulebook.packs as Pack[]).find((p) => p.id === "mandate/binding-language")).toHaveProperty("examples");
  });
});

describe("the rulebook the embed bundle holds", () => {
  const full = buildRulebook();
  const browser = withoutDocs(full);
  const stored = forEmbed(full);
  const embed = { ...stored, committees: withFieldsExpanded<(typeof full.committees)[number]>(stored.committees) };

  it("is the browser copy without the committees' mandate texts, notes and mechanism sources and the rules' descriptions, and nothing else", () => {
    expect(embed.phrases).toEqual(browser.phrases);
    type Described = { description?: string; rules?: { description?: string }[] };
    const undescribed = (packs: unknown[]) =>
      (packs as Described[]).map((p) => ({ ...p, description: undefined, rules: p.rules?.map((r) => ({ ...r, description: undefined })) }));
    expect(undescribed(embed.packs)).toEqual(undescribed(browser.packs));
    for (const pack of embed.packs as Described[]) {
      if ("description" in pack) expect(pack.description).toBe("");
      for (const rule of pack.rules ?? []) expect(rule.description).toBe("");
    }
    expect(embed.committees.map((c) => c.id)).toEqual(browser.committees.map((c) => c.id));
    for (const [i, c] of embed.committees.entries()) {
      const b = browser.committees[i]!;
      expect(c.mandate, c.id).toEqual({ may: [], mayNot: [] });
      expect(c.notes, c.id).toEqual([]);
      for (const m of c.powers.mayCreate) expect(m, c.id).not.toHaveProperty("source");
      // What the linter and the element read is untouched.
      const kept = ({ mandate: _m, notes: _n, powers, ...rest }: typeof c) => ({ ...rest, powers: { ...powers, mayCreate: powers.mayCreate.map(({ source: _s, ...m }) => m) } });
      expect(kept(c), c.id).toEqual(kept(b));
      expect(c.citations, c.id).toEqual(b.citations);
      expect(c.citations.binding.quote.length, c.id).toBeGreaterThan(10);
    }
  });

  it("stores the fields committees share once, and gives them all back", () => {
    const ga3 = stored.committees.find((c) => c.id === "ga-3") as unknown as Record<string, unknown>;
    expect(ga3.like).toBe("ga-1");
    expect(ga3).not.toHaveProperty("citations");
    expect(JSON.parse(JSON.stringify(withFieldsExpanded(withSharedFields(full.committees))))).toEqual(JSON.parse(JSON.stringify(full.committees)));
    expect(JSON.stringify(stored.committees).length).toBeLessThan(JSON.stringify(embed.committees).length * 0.7);
  });

  it("is what the compiler writes for the condition clausewise-embed", () => {
    expect(JSON.parse(readFileSync(embedOutputFile, "utf8"))).toEqual(JSON.parse(JSON.stringify(stored)));
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(browser).length * 0.8);
  });
});

