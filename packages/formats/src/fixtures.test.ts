/**
 * Real resolutions and student working papers (test/fixtures, sources in test/fixtures/SOURCES.md,
 * and the shared corpus in test/corpus/texts) read by the text importer.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { clauseModel, type ClauseInfo } from "@clausewise/schema";
import { importText, documentDifference } from "./index.ts";

const fixtures = new URL("../test/fixtures/", import.meta.url);
const corpus = new URL("../../../test/corpus/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), "utf8");

function summary(text: string) {
  const r = importText(text);
  const clauses = clauseModel(r.doc).clauses;
  const byPath = new Map(clauses.map((c) => [c.path, c]));
  return {
    r,
    clauses,
    preamble: clauses.filter((c) => c.section === "preamble").length,
    operative: clauses.filter((c) => c.section === "operative" && c.depth === 0).length,
    sub: clauses.filter((c) => c.depth > 0).length,
    at: (path: string) => byPath.get(path) as ClauseInfo,
  };
}

describe("real resolutions", () => {
  it("S/RES/2139 (2014): symbol line, 11 preambular and 18 operative clauses", () => {
    const s = summary(read("sc-res-2139-2014.txt"));
    expect(s.r.committee).toBe("sc");
    expect(s.r.doc.firstChild!.attrs.code).toBe("S/RES/2139 (2014)");
    expect([s.preamble, s.operative, s.sub]).toEqual([11, 18, 0]);
    expect(s.at("p1").text).toBe(
      "Recalling its resolutions 2042 (2012), 2043 (2012) and 2118 (2013), and its presidential statements of 3 August 2011, 21 March 2012, 5 April 2012 and 2 October 2013",
    );
    expect(s.at("2").text).toMatch(/^Demands that all parties immediately put an end to all forms of violence/);
    expect(s.at("18").text).toBe("Decides to remain actively seized of the matter");
    expect(s.at("18").end).toBe(".");
    expect(s.r.warnings).toEqual([]);
  });

  it("S/RES/1912 (2010): draft title read as topic, 16 preambular and 19 operative clauses", () => {
    const s = summary(read("sc-res-1912-2010.txt"));
    expect(s.r.committee).toBe("sc");
    expect([s.preamble, s.operative, s.sub]).toEqual([16, 19, 0]);
    expect(s.r.doc.firstChild!.attrs.topic).toMatch(/^Draft resolution on the situation in Timor-Leste/);
    expect(s.at("p1").text).toMatch(/^Reaffirming all its previous resolutions and statements on the situation in Timor‑Leste/);
    expect(s.at("1").text).toBe("Decides to extend the mandate of UNMIT until 26 February 2011 at the current authorized levels");
    expect(s.at("19").text).toBe("Decides to remain seized of the matter");
  });

  it("A/RES/60/251: masthead title, committee from the organ line, paragraph 5 with sub-clauses (a) to (j)", () => {
    const s = summary(read("ga-res-60-251.txt"));
    expect(s.r.committee).toBe("ga");
    expect([s.preamble, s.operative, s.sub]).toEqual([11, 11, 10]);
    expect(s.at("5").text).toBe("Decides that the Council shall, inter alia");
    expect(s.at("5").end).toBe(":");
    expect(s.at("5(a)").text).toMatch(/^Promote human rights education and learning as well as advisory services/);
    expect(s.at("5(j)").text).toBe("Submit an annual report to the General Assembly");
    expect(s.at("5(j)").end).toBe(";");
    // The excerpt skips paragraphs: the importer numbers by position and says so.
    expect(s.r.warnings.map((w) => w.message)).toContain("clause numbered 10 is operative clause 7: numbers are derived from position");
  });

  it("A/HRC/RES/16/6: title line as topic, elisions dropped, paragraph 9 with (a) to (g)", () => {
    const s = summary(read("hrc-res-16-6.txt"));
    expect(s.r.committee).toBe("hrc");
    expect(s.r.doc.firstChild!.attrs.topic).toBe("Mandate of the independent expert on minority issues");
    expect([s.preamble, s.operative, s.sub]).toEqual([8, 4, 7]);
    expect(s.at("4").text).toMatch(/^Decides to extend the mandate of the independent expert on minority issues for a period of three years/);
    expect(s.at("4(c)").text).toBe("To apply a gender perspective in his/her work");
    expect(s.r.warnings.filter((w) => /elision/.test(w.message))).toHaveLength(3);
  });

  it("A/RES/68/4 as extracted from its PDF: page header symbol, numbers alone on their lines, wrapped lines", () => {
    const s = summary(read("a-res-68-4-pdf-excerpt.txt"));
    expect(s.r.doc.firstChild!.attrs.code).toBe("A/RES/68/4");
    expect(s.r.committee).toBe("ga");
    expect([s.preamble, s.operative]).toEqual([0, 2]);
    expect(s.at("1").text).toBe("Recognize the need to strengthen synergies between international migration and development at the global, regional and national levels");
    expect(s.at("2").text).toMatch(/through different initiatives, both within the United Nations system and in other processes, particularly the Global Forum/);
    expect(s.at("2").text).toMatch(/expertise of the International Organization for Migration and other member agencies of the Global Migration Group$/);
  });
});

describe("real student working papers", () => {
  it("DISEC, Chile: Committee/Sponsor/Topic lines, loose committee name, a. as first sub-clause level", () => {
    const s = summary(read("student-disec-chile-sahel.txt"));
    expect(s.r.committee).toBe("ga-1");
    expect(s.r.doc.firstChild!.attrs.sponsors).toEqual(["The Republic of Chile"]);
    expect(s.r.doc.firstChild!.attrs.topic).toBe("Sahel Region of Africa");
    expect([s.preamble, s.operative, s.sub]).toEqual([8, 1, 1]);
    expect(s.at("p3").text).toBe("Affirming the principles of “consent of the parties, impartiality, and non-use of force” in the resolution S/RES/2164");
    expect(s.at("1(a)").text).toMatch(/^The Human Development Index \(HDI\)/);
    expect(s.r.warnings.map((w) => w.message)).toContain('no organ line (such as "The Human Rights Council,") before the first clause');
  });

  it("KITMUN 2003, Angola: COMMISION and Delegation lines, QUESTION OF, preamble only", () => {
    const s = summary(read("student-kitmun-2003-angola-firearms.txt"));
    expect(s.r.committee).toBe("ga-1");
    expect(s.r.doc.firstChild!.attrs.sponsors).toEqual(["Angola"]);
    expect(s.r.doc.firstChild!.attrs.topic).toBe("Reducing the availability of firearms to civilians and stopping the illegal trafficking of such.");
    expect(s.preamble).toBe(8);
    expect(s.at("p1").text).toBe("Defining Trafficking of illegal firearms as the trading of illegal firearms");
    expect(s.r.warnings.map((w) => w.message)).toContain("no operative clauses: the paper has only a preamble so far");
  });

  it("UNA-USA sample: symbol and organ line, unnumbered operative clauses found by their phrases", () => {
    const s = summary(read("student-unausa-sample-humanitarian.txt"));
    expect(s.r.committee).toBe("ga");
    expect([s.preamble, s.operative]).toEqual([4, 7]);
    expect(s.at("1").text).toMatch(/^Encourages all relevant agencies of the United Nations/);
    expect(s.at("6").text).toBe("Calls upon states to respond quickly and generously to consolidated appeals for humanitarian assistance");
    expect(s.at("7").end).toBe(".");
  });
});

/**
 * A clean text laid out like a PDF: wrapped at 70 columns, numbered lines, page footers. A line
 * never starts with a token that reads as a label ("(iii)", "2."): where a real PDF wraps right
 * before an inline "(i)" after a colon, the importer reads a sub-clause, as a reader would.
 */
function asPdf(text: string): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const label = /^(?:\(?[a-z]{1,5}[.)]|\(\d+\)|\d+[.)])$/.test(word);
      if (line && line.length + word.length + 1 > 70 && !label) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  const pages: string[] = [];
  for (let i = 0; i < out.length; i += 40) {
    pages.push(...out.slice(i, i + 40).map((l, k) => `${k + 1} ${l}`.trimEnd()), "", `Page ${i / 40 + 1} of ${Math.ceil(out.length / 40)}`, "");
  }
  return pages.join("\n");
}

describe("the shared corpus, clean and laid out like a PDF", () => {
  const dir = new URL("texts/", corpus);
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")) : [];

  it("has texts to read", () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it("reads nearly every complete corpus text into exactly the clauses its labels list, in order", () => {
    const results: { name: string; same: boolean; detail: string }[] = [];
    for (const name of names) {
      const labelFile = new URL(`labels/${name.replace(/\.txt$/, ".json")}`, corpus);
      if (!existsSync(labelFile)) continue;
      const labels = JSON.parse(readFileSync(labelFile, "utf8")) as { complete?: boolean; clauses: { section: string; text: string }[] };
      if (!labels.complete) continue;
      const r = importText(readFileSync(new URL(name, dir), "utf8"));
      const got = clauseModel(r.doc).clauses.map((c) => `${c.section}: ${c.text}`);
      const want = labels.clauses.map((c) => `${c.section}: ${c.text}`);
      const at = want.findIndex((w, i) => got[i] !== w);
      const same = at === -1 && got.length === want.length;
      results.push({ name, same, detail: same ? "" : `${name} differs at clause ${at === -1 ? want.length : at}: ${got[at] ?? "(none)"}` });
    }
    // The corpus grows while this is written; the labels read some drafts differently (for
    // example unnumbered items under a chapeau as separate clauses). Most must match exactly.
    expect(results.length).toBeGreaterThanOrEqual(5);
    const matched = results.filter((r) => r.same).length;
    expect(matched / results.length, results.filter((r) => !r.same).map((r) => r.detail).join("\n")).toBeGreaterThanOrEqual(0.8);
  });

  it("reads the same document from a text as from its PDF layout (wrapped, line-numbered, paged)", () => {
    let compared = 0;
    for (const name of names) {
      const text = readFileSync(new URL(name, dir), "utf8");
      const clean = importText(text);
      // Without an organ line (telegrams quoting drafts, 1940s texts opening "Whereas") nothing
      // marks where the heading ends once lines are wrapped; those are read, but not compared.
      if (clean.committee === null || clean.warnings.some((w) => /no organ line/.test(w.message))) continue;
      compared++;
      const pdf = importText(asPdf(text));
      expect(documentDifference(pdf.doc, clean.doc), name).toBeNull();
      expect(pdf.warnings.map((w) => w.message).join("\n"), name).toMatch(/removed the line numbers of a numbered PDF/);
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });
});
