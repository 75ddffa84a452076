import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildRulebook, rulesDir } from "./compile.ts";

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

  it("compiles the shipped rules with every committee's citations and the three mandate rule packs", () => {
    const book = buildRulebook();
    for (const c of book.committees) expect(c.citations.binding.quote.length).toBeGreaterThan(10);
    expect(book.packs.map((p) => p.id)).toEqual(expect.arrayContaining(["mandate", "mandate-entities", "mandate/binding-language", "mandate/new-body", "mandate/operational-intervention"]));
  });
});
