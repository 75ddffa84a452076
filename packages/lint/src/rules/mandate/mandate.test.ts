import { describe, expect, it } from "vitest";
import { createDocument } from "@clausewise/schema";
import { lintDocument } from "../../linter.ts";
import { mandateRules } from "./index.ts";
import { PhraseSet, tokensOf } from "./phrases.ts";
import { predicates } from "./reading.ts";

const lint = (committee: string, operative: NonNullable<Parameters<typeof createDocument>[0]>["operative"]) =>
  lintDocument(createDocument({ heading: { committee }, operative }), { rules: mandateRules });

describe("word tokens and phrase sets", () => {
  it("keeps hyphenated and apostrophised words whole and finds the longest phrase", () => {
    const t = tokensOf("The Secretary-General’s office, in Timor‑Leste; and");
    // Typographic hyphens (U+2011 here) read as "-", so phrases written with "-" match them.
    expect(t.lower).toEqual(["the", "secretary-general’s", "office", ",", "in", "timor-leste", ";", "and"]);
    expect(new PhraseSet(["Timor-Leste"], true).find("in Timor‑Leste")?.[0]).toBe("Timor‑Leste");
    const set = new PhraseSet(["the office", "office", "the Office of the High Commissioner"]);
    const text = "Requests the Office of the High Commissioner and the office";
    expect(set.findAll(text).map((m) => m[0])).toEqual(["the Office of the High Commissioner", "the office"]);
    // The long phrase does not end inside the range, so the shorter one is found.
    expect(set.find(text, 9, 20)?.[0]).toBe("the Office");
  });

  it("matches case-sensitive sets with case", () => {
    const set = new PhraseSet(["UN Women"], true);
    expect(set.find("un women")).toBeNull();
    expect(set.find("for UN Women")?.index).toBe(4);
  });
});

describe("predications", () => {
  it("splits a clause at committee verbs after commas and 'and', skipping nouns", () => {
    const text = "Strongly condemns the attacks, urges the parties to cease fire, and demands that all parties meet the demands of the people";
    expect(predicates(text).map((p) => [p.verb, p.verbClass])).toEqual([
      ["condemns", "describe"],
      ["urges", "request"],
      ["demands", "demand"],
    ]);
  });
});

describe("mandate rules on whole clauses", () => {
  it("reads a sub-clause with its parent and reports it on the sub-clause only", () => {
    const out = lint("hrc", [{ text: "Requests the Secretary-General to:", sub: ["establish a trust fund for victims", "report to the Council at its next session"] }]);
    expect(out.map((d) => [d.ruleId, d.clause.path])).toEqual([["mandate/new-body", "1(a)"]]);
  });

  it("reports nothing under the Security Council profile for binding and operational language", () => {
    const out = lint("sc", [
      "Demands that all parties immediately cease hostilities",
      "Decides that all States shall freeze without delay the funds of the individuals designated by the Committee",
      "Authorizes Member States to use all necessary means to protect civilians",
    ]);
    expect(out).toEqual([]);
  });

  it("checks a General Assembly Main Committee for binding language but not for bodies without budget", () => {
    const out = lint("ga-3", ["Demands that States end child labour", "Decides to establish an ad hoc committee on the question"]);
    expect(out.map((d) => d.ruleId)).toEqual(["mandate/binding-language"]);
  });

  it("underlines only the offending words and explains with the profile's citation", () => {
    const [d] = lint("hrc", ["Welcomes the report, and demands that the authorities release all journalists"]);
    expect(d!.offsets).toEqual({ start: 25, end: 32 });
    expect(d!.mandate?.source).toMatch(/NMUN/);
    expect(d!.explanation).toContain("adopt legally binding resolutions or decisions");
  });

  it("handles a very long clause without failing", () => {
    const long = Array.from({ length: 4000 }, (_, i) => (i % 3 ? "and urges States to cooperate" : "demands that all parties comply")).join(", ");
    const out = lint("hrc", [long]);
    expect(out.filter((d) => d.ruleId === "mandate/binding-language")).toHaveLength(1334);
  });
});
