// Cases of the format and style rules beyond their documented examples: the verb-form derivation,
// reading order, citation lists, acronym edge cases and the committee's reserved phrases.
import { describe, expect, it } from "vitest";
import { clauseModel, createDocument, type DocumentInput } from "@clausewise/schema";
import { lintDocument } from "../../linter.ts";
import type { Rule } from "../../rule.ts";
import { baseOf, buildVerbForms, participlesOf } from "./forms.ts";
import { textblocksInOrder } from "./blocks.ts";
import { resolutionCitationRule, ownResolutionRule } from "./citations.ts";
import { acronymDefinitionRule } from "./acronyms.ts";
import { reservedPhraseRule } from "./reserved.ts";
import { operativeOpeningRule, preambularOpeningRule } from "./opening.ts";
import { typedPunctuationRule, singleSubclauseRule, typedEndPunctuation, typedLabelPrefix } from "./numbering.ts";
import { formatRules } from "./index.ts";

const lint = (rule: Rule, input: DocumentInput, committee = "hrc") => {
  const doc = createDocument({ heading: { committee }, ...input });
  return lintDocument(doc, { rules: [rule], committee }).map((d) => ({ ...d, text: doc.textBetween(d.from, d.to) }));
};

describe("verb forms", () => {
  it("derives base forms and participles", () => {
    expect(["Requests", "Stresses", "Urges", "Notes", "Emphasises", "Applies"].map(baseOf)).toEqual([
      "request", "stress", "urge", "note", "emphasise", "apply",
    ]);
    expect(participlesOf("note")).toEqual(["noting"]);
    expect(participlesOf("regret")).toEqual(["regreting", "regretting"]);
  });

  it("maps wrong operative forms to the third person, and operative verbs to accepted participles", () => {
    const forms = buildVerbForms({});
    expect(forms.operativeFor.get("calling")).toBe("calls");
    expect(forms.operativeFor.get("request")).toBe("requests");
    expect(forms.operativeFor.get("regretting")).toBe("regrets");
    expect(forms.preambularFor.get("recalls")).toBe("recalling");
    expect(forms.preambularFor.get("notes")).toBe("noting");
    expect(forms.preambularFor.has("requests")).toBe(false);
  });

  it("keeps the case of the word it replaces", () => {
    const [d] = lint(operativeOpeningRule, { operative: ["CALLING upon States to act"] });
    expect(d!.fixes[0]!.edits[0]!.insert).toBe("Calls");
  });
});

describe("reading order", () => {
  it("reads a continuation after the sub-clauses it follows", () => {
    const model = clauseModel(
      createDocument({
        preamble: ["Recalling A"],
        operative: [{ text: "Requests B", sub: ["to c", { text: "to d", sub: ["e", "f"], continuation: "g" }], continuation: "h" }, "Urges i"],
      }),
    );
    expect(textblocksInOrder(model).map((b) => b.text)).toEqual(["Recalling A", "Requests B", "to c", "to d", "e", "f", "g", "h", "Urges i"]);
  });
});

describe("format/resolution-citation", () => {
  it("accepts a list dated at its end, and later citations without a date", () => {
    const found = lint(resolutionCitationRule, {
      preamble: [
        "Recalling its resolutions 5/1, 5/2 and 6/15 of 28 September 2007",
        "Recalling also its resolutions 5/1, on institution-building, and 16/21, on the review, of 25 March 2011",
      ],
      operative: ["Decides to act in accordance with resolution 5/1"],
    });
    expect(found).toEqual([]);
  });

  it("reports only the first undated citation of a number", () => {
    const found = lint(resolutionCitationRule, { preamble: ["Recalling resolution 60/251", "Recalling also resolution 60/251"] });
    expect(found.map((d) => [d.clause.path, d.text])).toEqual([["p1", "60/251"]]);
  });

  it("turns a Security Council symbol into its number with the year", () => {
    const [d] = lint(resolutionCitationRule, { preamble: ["Recalling S/RES/1325 (2000) on women and peace and security"] });
    expect(d!.fixes[0]!.edits[0]!.insert).toBe("Security Council resolution 1325 (2000)");
  });

  it("rewrites an ordinal date", () => {
    const [d] = lint(resolutionCitationRule, { preamble: ["Recalling resolution 60/251 of 15th March, 2006"] });
    expect(d!.text).toBe("15th March, 2006");
    expect(d!.fixes[0]!.edits[0]!.insert).toBe("15 March 2006");
  });

  it("finds citations in a continuation", () => {
    const [d] = lint(resolutionCitationRule, {
      operative: [{ text: "Requests the Secretary-General", sub: ["to report", "to act"], continuation: "as set out in resolution 77/998" }],
    });
    expect(d!.part).toBe("continuation");
    expect(d!.text).toBe("77/998");
  });
});

describe("style/own-resolution", () => {
  it("knows the Third Committee speaks for the General Assembly", () => {
    const [d] = lint(ownResolutionRule, { preamble: ["Recalling General Assembly resolution 48/141 of 20 December 1993"] }, "ga-3");
    expect(d!.text).toBe("General Assembly resolution");
    expect(lint(ownResolutionRule, { preamble: ["Recalling General Assembly resolution 48/141 of 20 December 1993"] }, "hrc")).toEqual([]);
  });
});

describe("style/acronym-definition", () => {
  it("ignores roman numerals, document symbols and hyphenated names", () => {
    const found = lint(acronymDefinitionRule, {
      preamble: ["Acting under Chapter VII of the Charter", "Recalling A/HRC/RES/5/1 and UN-Women's work"],
      operative: ["Decides to remain seized of the matter"],
    });
    expect(found).toEqual([]);
  });

  it("takes a plural's full name from the table", () => {
    const [d] = lint(acronymDefinitionRule, { operative: ["Invites NGOs to contribute"] });
    expect(d!.fixes[0]!.edits[0]!.insert).toBe("non-governmental organizations (NGOs)");
  });

  it("reports each undefined acronym once", () => {
    const found = lint(acronymDefinitionRule, { operative: ["Invites OHCHR to assist", "Requests OHCHR to report"] });
    expect(found.map((d) => d.clause.path)).toEqual(["1"]);
  });
});

describe("style/reserved-phrase", () => {
  it("reads the committee profile's phrases, anywhere for a phrase in lower case, and quotes their source", () => {
    const found = lint(reservedPhraseRule, { operative: ["Further demands that States act", "Urges States to use all necessary means"] });
    expect(found.map((d) => d.text)).toEqual(["demands", "all necessary means"]);
    expect(found[0]!.explanation).toContain("Charter of the United Nations, Art. 25");
    expect(found[0]!.fixes[0]!.edits[0]!.insert).toBe("strongly urges");
  });

  it("finds a phrase spelt with the long s, as the case-insensitive match does, instead of throwing", () => {
    const found = lint(reservedPhraseRule, { operative: ["Urges States to use all neceſſary means"] });
    expect(found.map((d) => d.text)).toEqual(["all neceſſary means"]);
    expect(found[0]!.message).toContain("reserved to the Security Council");
  });

  it("leaves sub-clauses' openings alone and the Security Council free", () => {
    expect(lint(reservedPhraseRule, { operative: [{ text: "Calls upon States", sub: ["Demands x", "to y"] }] })).toEqual([]);
    expect(lint(reservedPhraseRule, { operative: ["Demands that all parties comply"] }, "sc")).toEqual([]);
  });
});

describe("opening rules", () => {
  it("find the opening phrase after leading spaces", () => {
    expect(lint(preambularOpeningRule, { preamble: ["  Recalling its resolution 5/1 of 18 June 2007"] })).toEqual([]);
    const [d] = lint(operativeOpeningRule, { operative: ["   Calling upon States to act"] });
    expect(d!.text).toBe("Calling");
    expect(d!.fixes[0]!.edits[0]!.insert).toBe("Calls");
  });

  it("quote and mark the first word without the quotation marks or punctuation around it", () => {
    const [pre] = lint(preambularOpeningRule, { preamble: ['"The Council will be responsible for promoting'] });
    expect(pre!.message).toBe('A preambular clause opens with a participle or adjective, not "The"');
    expect(pre!.text).toBe("The");
    const [op] = lint(operativeOpeningRule, { operative: ["(Pursuant, to our commitment"] });
    expect(op!.message).toBe('An operative clause opens with a verb in the present tense, not "Pursuant"');
    expect(op!.text).toBe("Pursuant");
    // Nothing word-like at all: the token as it stands.
    const [dash] = lint(preambularOpeningRule, { preamble: ["-- , something"] });
    expect(dash!.text).toBe("--");
  });

  it("do not judge sub-clauses or empty text", () => {
    const input = { preamble: [""], operative: [{ text: "Requests the Council", sub: ["to report", "(b) noting x"] }] };
    expect(lint(preambularOpeningRule, input)).toEqual([]);
    expect(lint(operativeOpeningRule, input)).toEqual([]);
  });
});

describe("numbering rules", () => {
  it("leave an abbreviation's full stop and an ellipsis alone, but not punctuation after them", () => {
    const found = lint(typedPunctuationRule, { operative: ["Encourages NGOs, States, etc.", "Notes that…", "Urges etc.;"] });
    expect(found.map((d) => [d.clause.path, d.text])).toEqual([["3", ";"]]);
  });

  it("report a single sub-clause at any depth", () => {
    const found = lint(singleSubclauseRule, {
      operative: [{ text: "Requests", sub: [{ text: "to a", sub: ["i"] }, "to b"] }],
    });
    expect(found.map((d) => d.clause.path)).toEqual(["1(a)(i)"]);
  });
});

describe("hostile input", () => {
  it("stays linear on long runs of spaces, capitals, dots and commas", () => {
    const long = [
      "Urges " + " ".repeat(200_000) + "x",
      "Notes " + "A".repeat(100_000) + "/",
      "Recalls " + ".".repeat(100_000) + "a",
      "Requests" + ", ".repeat(50_000) + "resolution",
      "Decides " + " ;".repeat(50_000),
    ];
    for (const rule of formatRules) {
      const found = lint(rule, { preamble: ["Recalling " + " ".repeat(100_000) + "x"], operative: long });
      for (const d of found) expect(d.to).toBeGreaterThanOrEqual(d.from);
    }
  });
});

describe("the pack", () => {
  it("has unique rule ids in the format/ and style/ namespaces", () => {
    const ids = formatRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of formatRules) expect(rule.meta.id.split("/")[0]).toBe(rule.meta.category);
  });
});

describe("what the editor reads as it is typed", () => {
  it("typed end punctuation: the run, and where removing it starts, spaces before it included", () => {
    expect(typedEndPunctuation("Calls upon States;")).toEqual({ start: 17, end: 18, deleteFrom: 17 });
    expect(typedEndPunctuation("Calls upon States ,;: ")?.deleteFrom).toBe("Calls upon States".length);
    expect(typedEndPunctuation("Decides to remain seized.")?.deleteFrom).toBe("Decides to remain seized".length);
    expect(typedEndPunctuation("Notes the reports, etc.")).toBeNull();
    expect(typedEndPunctuation("Urges etc.;")).toEqual({ start: 10, end: 11, deleteFrom: 10 });
    // Initials keep their last full stop; only what was typed after them goes.
    expect(typedEndPunctuation("Welcomes the work of the U.N.")).toBeNull();
    expect(typedEndPunctuation("Notes the policy of the U.S.A.;")).toEqual({ start: 30, end: 31, deleteFrom: 30 });
    expect(typedEndPunctuation("Decides to remain seized of Annex A.")?.deleteFrom).toBe("Decides to remain seized of Annex A".length);
    expect(typedEndPunctuation("Notes that…")).toBeNull();
    expect(typedEndPunctuation("Calls upon States")).toBeNull();
    expect(typedEndPunctuation(" ; ")).toBeNull();
    expect(typedEndPunctuation("")).toBeNull();
  });

  it("a typed label: the prefix with its spaces, also when nothing follows it yet", () => {
    expect(typedLabelPrefix("(a) to act")).toBe("(a) ");
    expect(typedLabelPrefix("2. ")).toBe("2. ");
    expect(typedLabelPrefix("- ")).toBe("- ");
    expect(typedLabelPrefix("2030 Agenda")).toBeNull();
    expect(typedLabelPrefix("Item 2. ")).toBeNull();
  });
});
