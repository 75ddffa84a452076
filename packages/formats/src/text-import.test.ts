import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clauseModel } from "@clausewise/schema";
import { importText, clauseTextOf } from "./index.ts";
import { shape } from "./testing/shape.ts";

const lines = (...l: string[]) => l.join("\n");
const headingCode = (r: { doc: import("prosemirror-model").Node }) => (r.doc.child(0).attrs as { code: string }).code;
const messages = (r: { warnings: { line: number; message: string }[] }) => r.warnings.map((w) => `${w.line}: ${w.message}`);

describe("heading lines", () => {
  it("reads Code, Committee, Topic, Sponsors and Signatories", () => {
    const r = importText(lines(
      "Code: HRC/52/L.1",
      "Committee: Human Rights Council",
      "Topic: Rights of migrant workers",
      "Sponsors: Mexico, Philippines and Bosnia and Herzegovina",
      "Signatories: Chile; Korea, Republic of; Ghana",
      "",
      "The Human Rights Council,",
      "",
      "Recalling its resolution 5/1,",
      "",
      "1. Decides to remain seized of the matter.",
    ));
    expect(r.doc.firstChild!.attrs).toEqual({
      code: "HRC/52/L.1",
      committee: "hrc",
      topic: "Rights of migrant workers",
      sponsors: ["Mexico", "Philippines", "Bosnia and Herzegovina"],
      signatories: ["Chile", "Korea, Republic of", "Ghana"],
    });
    expect(r.committee).toBe("hrc");
    expect(r.warnings).toEqual([]);
  });

  it("reads the THIMUN variants: FORUM, QUESTION OF, SUBMITTED BY, CO-SUBMITTERS", () => {
    const r = importText(lines(
      "FORUM: Security Council",
      "QUESTION OF: The situation in the Sahel",
      "SUBMITTED BY: France",
      "CO-SUBMITTERS: Ghana, Niger, Mali",
      "",
      "THE SECURITY COUNCIL,",
      "",
      "1. Calls upon all parties to respect the ceasefire;",
    ));
    const h = r.doc.firstChild!.attrs;
    expect(h.committee).toBe("sc");
    expect(h.topic).toBe("The situation in the Sahel");
    expect(h.sponsors).toEqual(["France"]);
    expect(h.signatories).toEqual(["Ghana", "Niger", "Mali"]);
  });

  it("reads 'Question of …' without a colon and a field whose value is on the next line", () => {
    const r = importText(lines("Question of the rights of the child", "Sponsors:", "Norway, Brazil", "", "The Third Committee,", "", "1. Urges States to act;"));
    expect(r.doc.firstChild!.attrs.topic).toBe("the rights of the child");
    expect(r.doc.firstChild!.attrs.sponsors).toEqual(["Norway", "Brazil"]);
  });
});

describe("committee", () => {
  it("comes from the organ line when there is no Committee line", () => {
    expect(importText("The Human Rights Council,\n\n1. Decides;").committee).toBe("hrc");
    expect(importText("The Security Council,\n\n1. Decides;").committee).toBe("sc");
  });

  it("prefers the Committee line and warns when the organ line belongs to another body", () => {
    const r = importText("Committee: Third Committee\n\nThe Security Council,\n\n1. Decides;");
    expect(r.committee).toBe("ga-3");
    expect(messages(r).join("\n")).toMatch(/organ line names the Security Council/);
  });

  it("falls back to options.committee, then to null with a warning", () => {
    expect(importText("1. Decides to act;", { committee: "sc" }).committee).toBe("sc");
    expect(importText("1. Decides to act;", { committee: "Human Rights Council" }).committee).toBe("hrc");
    const r = importText("1. Decides to act;");
    expect(r.committee).toBeNull();
    expect(r.doc.firstChild!.attrs.committee).toBe("");
    expect(messages(r).join("\n")).toMatch(/no committee found/);
  });

  it("reads the organ line of a committee without a profile, named by the Committee line", () => {
    const r = importText("Committee: Historical Crisis Cabinet\n\nThe Historical Crisis Cabinet,\n\nRecalling the treaty,\n\n1. Decides.");
    expect(r.committee).toBeNull();
    expect(r.doc.firstChild!.attrs.topic).toBe("");
    expect(shape(r.doc).preamble).toEqual(["Recalling the treaty"]);
    expect(messages(r)).toContain('1: "Historical Crisis Cabinet" is not a committee we know');
  });

  it("takes the committee from a UN document symbol when nothing else names it", () => {
    expect(importText("A/HRC/RES/52/1\n\nRecalling its resolutions,\n\n1. Decides;").committee).toBe("hrc");
  });
});

describe("clauses", () => {
  it("reads preambular and operative clauses, numbered 1. 1) or (1), wrapped over lines", () => {
    const r = importText(lines(
      "The General Assembly,",
      "Recalling its resolution 60/251 of 15 March 2006,",
      "Deeply concerned by the situation of migrants in",
      "transit and at borders,",
      "1. Calls upon States",
      "to protect migrants;",
      "2) Requests the Secretary-General to report;",
      "(3) Decides to remain seized of the matter.",
    ));
    expect(shape(r.doc).preamble).toEqual([
      "Recalling its resolution 60/251 of 15 March 2006",
      "Deeply concerned by the situation of migrants in transit and at borders",
    ]);
    expect(shape(r.doc).operative).toEqual([
      "Calls upon States to protect migrants",
      "Requests the Secretary-General to report",
      "Decides to remain seized of the matter",
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("gives sub-clauses their depth from the label kind: (a), (i), a., i.", () => {
    const r = importText(lines(
      "1. Requests the Office:",
      "(a) To prepare a report;",
      "(b) To consult with:",
      "(i) States:",
      "a. of origin:",
      "i. in particular;",
      "ii. in general;",
      "b. of transit;",
      "(ii) civil society;",
      "(c) To report back.",
    ), { committee: "hrc" });
    expect(shape(r.doc).operative).toEqual([
      {
        text: "Requests the Office",
        sub: [
          "To prepare a report",
          { text: "To consult with", sub: [{ text: "States", sub: [{ text: "of origin", sub: ["in particular", "in general"] }, "of transit"] }, "civil society"] },
          "To report back",
        ],
      },
    ]);
    expect(messages(r)).toEqual(['1: no organ line (such as "The Human Rights Council,") before the first clause']);
  });

  it("reads a) and i. styles too", () => {
    const r = importText("1. Urges States:\na) to ratify;\nb) to report:\ni. yearly;\nii. in public;\nc) to act.", { committee: "hrc" });
    expect(shape(r.doc).operative).toEqual([{ text: "Urges States", sub: ["to ratify", { text: "to report", sub: ["yearly", "in public"] }, "to act"] }]);
  });

  it("decides whether 'i' is a letter or a roman numeral from the sibling before it", () => {
    const letters = "abcdefgh".split("").map((l) => `(${l}) item ${l};`);
    const asLetter = importText(["1. Lists:", ...letters, "(i) item i;", "(j) item j."].join("\n"), { committee: "hrc" });
    const op = shape(asLetter.doc).operative[0] as { sub: unknown[] };
    expect(op.sub).toHaveLength(10);
    expect(op.sub[8]).toBe("item i");

    const asRoman = importText("1. Lists:\n(a) first;\n(b) second, namely:\n(i) one;\n(ii) two.", { committee: "hrc" });
    expect(shape(asRoman.doc).operative).toEqual([{ text: "Lists", sub: ["first", { text: "second, namely", sub: ["one", "two"] }] }]);
    const path = clauseModel(asRoman.doc).clauses.map((c) => c.path);
    expect(path).toEqual(["1", "1(a)", "1(b)", "1(b)(i)", "1(b)(ii)"]);
  });

  it("reads text that continues a clause after its sub-clauses", () => {
    const r = importText(lines(
      "1. Requests the Secretary-General:",
      "(a) to prepare a report;",
      "(b) to consult States;",
      "",
      "and to present both to the Council at its next session;",
      "2. Decides to remain seized of the matter.",
    ), { committee: "hrc" });
    expect(shape(r.doc).operative).toEqual([
      { text: "Requests the Secretary-General", sub: ["to prepare a report", "to consult States"], continuation: "and to present both to the Council at its next session" },
      "Decides to remain seized of the matter",
    ]);
  });

  it("keeps a line wrapped after a semicolon inside its sub-clause", () => {
    const r = importText(lines(
      "1. Decides that the Council shall:",
      "(a) Undertake a universal periodic review; the review shall be a cooperative mechanism;",
      "such a mechanism shall complement the work of treaty bodies;",
      "(b) Submit an annual report.",
    ), { committee: "hrc" });
    expect(shape(r.doc).operative).toEqual([
      {
        text: "Decides that the Council shall",
        sub: ["Undertake a universal periodic review; the review shall be a cooperative mechanism; such a mechanism shall complement the work of treaty bodies", "Submit an annual report"],
      },
    ]);
  });

  it("places a continuation by its indentation when there is some", () => {
    const r = importText(lines(
      "1. Requests:",
      "    (a) the Office:",
      "        (i) to report;",
      "        (ii) to consult;",
      "    after consulting States;",
      "and to act.",
    ), { committee: "hrc" });
    expect(shape(r.doc).operative).toEqual([
      { text: "Requests", sub: [{ text: "the Office", sub: ["to report", "to consult"], continuation: "after consulting States" }], continuation: "and to act" },
    ]);
  });

  it("reads bullets as sub-clauses in the operative part and as clauses in the preamble", () => {
    const r = importText(lines("The Human Rights Council,", "• Recalling its resolution 5/1,", "• Noting the report,", "1. Calls upon States:", "• to ratify;", "• to report;", "2. Decides."));
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 5/1", "Noting the report"]);
    expect(shape(r.doc).operative).toEqual([{ text: "Calls upon States", sub: ["to ratify", "to report"] }, "Decides"]);
    expect(messages(r).join("\n")).toMatch(/bullet read as a sub-clause of operative clause 1/);
  });

  it("warns about operative numbers out of sequence and derives them from position", () => {
    const r = importText("The Security Council,\n\n1. Decides;\n\n3. Requests;\n\n3. Urges.");
    expect(shape(r.doc).operative).toEqual(["Decides", "Requests", "Urges"]);
    // The second "3." is where a third clause belongs: no warning for it.
    expect(messages(r)).toEqual(["5: clause numbered 3 is operative clause 2: numbers are derived from position"]);
  });

  it("reads a number alone on its line with the text on the next", () => {
    const r = importText("The Security Council,\n\n1.\nDecides to act;\n\n2.\n\nRequests a report.");
    expect(shape(r.doc).operative).toEqual(["Decides to act", "Requests a report"]);
  });
});

describe("compilations past clause 999", () => {
  it("reads four-digit clause numbers in sequence, and a year opening a line stays text", () => {
    const body = Array.from({ length: 1003 }, (_, i) => `${i + 1}. Calls upon States to act on item ${i + 1};`).join("\n\n");
    const r = importText(lines("The Human Rights Council,", "", "Recalling its resolution 5/1,", "", body));
    const operative = clauseModel(r.doc).clauses.filter((c) => c.section === "operative" && c.depth === 0);
    expect(operative).toHaveLength(1003);
    expect(operative[1002]!.text).toBe("Calls upon States to act on item 1003");
    const year = importText(lines("The Human Rights Council,", "", "Recalling its resolution 5/1,", "", "1. Notes the report;", "", "2030. The year by which the Goals are to be met;"));
    const clauses = clauseModel(year.doc).clauses.filter((c) => c.section === "operative");
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.text).toContain("2030. The year");
  });

  it("reads five-digit clause numbers in sequence (a pasted 14,000-clause compilation lost 4,000 of them)", () => {
    const body = Array.from({ length: 10_002 }, (_, i) => `${i + 1}. Acts ${i + 1};`).join("\n");
    const r = importText(lines("The Human Rights Council,", "", body));
    const operative = clauseModel(r.doc).clauses.filter((c) => c.section === "operative" && c.depth === 0);
    expect(operative).toHaveLength(10_002);
    expect(operative[10_001]!.text).toBe("Acts 10002");
  });
});

describe("line breaks, hyphens and invisible characters", () => {
  it("joins words hyphenated at line ends but keeps compounds", () => {
    const r = importText(lines(
      "The Human Rights Council,",
      "Stressing the protec-",
      "tion of long-term residents and their long-",
      "term prospects, as the Secretary-",
      "General said, and self-",
      "determination,",
      "1. Decides.",
    ));
    expect(shape(r.doc).preamble).toEqual(["Stressing the protection of long-term residents and their long-term prospects, as the Secretary-General said, and self-determination"]);
  });

  it("keeps the hyphen of UN compounds split at a line end, and joins syllables of the same prefixes", () => {
    const pairs: string[][] = [
      ["follow-", "up to the conference,", "follow-up to the conference"],
      ["the co-", "sponsors of the draft,", "the co-sponsors of the draft"],
      ["counter-", "terrorism measures,", "counter-terrorism measures"],
      ["multi-", "stakeholder partnerships,", "multi-stakeholder partnerships"],
      ["socio-", "economic development,", "socio-economic development"],
      ["post-", "conflict situations,", "post-conflict situations"],
      ["anti-", "personnel mines,", "anti-personnel mines"],
      ["pre-", "trial detention,", "pre-trial detention"],
      ["inter-", "agency cooperation,", "inter-agency cooperation"],
      // The same first halves split at a syllable: one word.
      ["the follow-", "ing measures,", "the following measures"],
      ["co-", "operation and co-", "ordination,", "cooperation and coordination"],
      ["multi-", "lateral action,", "multilateral action"],
      ["inter-", "national law,", "international law"],
      ["pre-", "vention of conflict,", "prevention of conflict"],
      ["post-", "poned meetings,", "postponed meetings"],
      ["counter-", "parts and counter-", "feit goods,", "counterparts and counterfeit goods"],
      ["anti-", "bodies,", "antibodies"],
    ];
    for (const pair of pairs) {
      const expected = pair.at(-1)!;
      const r = importText(lines("The Human Rights Council,", `Noting ${pair[0]}`, ...pair.slice(1, -1), "1. Decides."));
      expect(shape(r.doc).preamble, pair.join(" | ")).toEqual([`Noting ${expected}`]);
    }
  });

  it("joins a soft hyphen at a line end without a hyphen", () => {
    const r = importText("The Human Rights Council,\nStressing the protec\u00AD\ntion of migrants,\n1. Decides.");
    expect(shape(r.doc).preamble).toEqual(["Stressing the protection of migrants"]);
  });

  it("handles CRLF, tabs, no-break and zero-width spaces", () => {
    const r = importText("The\u00A0Human Rights Council,\r\n\r\nRecalling\u200B its\u00A0resolution\t5/1,\r\n\r\n1.\tDecides\u2060 to act.\r\n");
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 5/1"]);
    expect(shape(r.doc).operative).toEqual(["Decides to act"]);
    expect(r.committee).toBe("hrc");
  });

  it("keeps quotation marks as typed by default and straightens them on request", () => {
    const text = "The Human Rights Council,\nWelcoming the report entitled “Our Common Agenda” and the Secretary-General’s note,\n1. Decides.";
    expect(shape(importText(text).doc).preamble).toEqual(["Welcoming the report entitled “Our Common Agenda” and the Secretary-General’s note"]);
    expect(shape(importText(text, { quotes: "straight" }).doc).preamble).toEqual([
      "Welcoming the report entitled \"Our Common Agenda\" and the Secretary-General's note",
    ]);
  });

  it("tolerates blank lines anywhere, including inside a wrapped clause", () => {
    const r = importText("\n\n\nThe Security Council,\n\n\n\nRecalling its resolution 2139 (2014) and\n\nits presidential statements,\n\n\n1. Demands that all parties\n\nallow access.\n\n\n");
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 2139 (2014) and its presidential statements"]);
    expect(shape(r.doc).operative).toEqual(["Demands that all parties allow access"]);
  });
});

describe("page furniture", () => {
  it("drops the paper's own symbol repeated as a page header, also inside a clause", () => {
    const r = importText(lines(
      "A/HRC/55/L.12",
      "",
      "Human Rights Council",
      "Fifty-fifth session",
      "",
      "The Human Rights Council,",
      "",
      "1. Decides to consider the question at its fifty-",
      "A/HRC/55/L.12",
      "sixth session;",
      "",
      "2. Decides to remain seized of the matter.",
      "A/HRC/55/L.12",
    ));
    expect(headingCode(r)).toBe("A/HRC/55/L.12");
    expect(shape(r.doc).operative).toEqual(["Decides to consider the question at its fifty-sixth session", "Decides to remain seized of the matter"]);
    const notes = messages(r).filter((m) => m.includes("symbol"));
    expect(notes).toEqual([
      '9: dropped "A/HRC/55/L.12": the paper\'s own symbol repeated as a page header',
      '13: dropped "A/HRC/55/L.12": the paper\'s own symbol repeated as a page header',
    ]);
  });

  it("drops a page header repeating the symbol given on a Code line, and keeps other symbols", () => {
    const r = importText(lines(
      "Code: A/C.3/78/L.5",
      "",
      "The General Assembly,",
      "",
      "Recalling its resolution",
      "A/C.3/78/L.5",
      "77/199,",
      "",
      "1. Takes note of document",
      "A/78/123;",
    ));
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 77/199"]);
    expect(shape(r.doc).operative).toEqual(["Takes note of document A/78/123"]);
    expect(messages(r)).toContain('6: dropped "A/C.3/78/L.5": the paper\'s own symbol repeated as a page header');
  });

  it("removes line numbers 1, 2, 3 … copied from a numbered PDF, with one warning", () => {
    const r = importText(lines(
      "1 The Human Rights Council,",
      "2 Recalling its resolution 5/1 of",
      "3 18 June 2007,",
      "4 1. Calls upon States to protect",
      "5 migrants;",
      "6 2. Decides to remain seized.",
    ));
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 5/1 of 18 June 2007"]);
    expect(shape(r.doc).operative).toEqual(["Calls upon States to protect migrants", "Decides to remain seized"]);
    expect(messages(r)).toEqual(["1: removed the line numbers of a numbered PDF from 6 lines (lines 1–6)"]);
    expect(r.sources.get(clauseModel(r.doc).clauses[1]!.id)).toEqual({ line: 4, column: 3 });
  });

  it("removes line numbers counted in fives, and restarting on each page", () => {
    const body = [
      "The Security Council,", "Recalling its resolutions,", "Reaffirming its commitment,", "Expressing concern,",
      "5 Noting the report,", "1. Demands access;", "2. Requests a report;", "3. Urges restraint;", "4. Calls for",
      "10 calm;", "5. Decides to", "remain", "seized of", "the", "15 matter.",
    ];
    const r = importText(body.join("\n"));
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolutions", "Reaffirming its commitment", "Expressing concern", "Noting the report"]);
    expect(shape(r.doc).operative).toEqual(["Demands access", "Requests a report", "Urges restraint", "Calls for calm", "Decides to remain seized of the matter"]);
    expect(messages(r)).toContain("5: removed the line numbers of a numbered PDF from 3 lines (lines 5–15)");

    const paged = importText(["1 The Security Council,", "2 Recalling its resolutions,", "3 1. Demands access;", "1 2. Requests a report;", "2 3. Decides."].join("\n"));
    expect(shape(paged.doc).operative).toEqual(["Demands access", "Requests a report", "Decides"]);
  });

  it("drops section headings and paragraphs an excerpt leaves out, with warnings", () => {
    const r = importText("The Security Council,\n\n13. Welcomes the progress made;\n\nArmed Groups\n\n14. Strongly condemns all armed groups;\n\n15. […]\n\n16. Decides to remain seized of the matter.");
    expect(shape(r.doc).operative).toEqual(["Welcomes the progress made", "Strongly condemns all armed groups", "Decides to remain seized of the matter"]);
    expect(messages(r)).toContain('5: dropped the section heading "Armed Groups": working papers have no headings between clauses');
    expect(messages(r)).toContain('9: dropped "15. […]": a paragraph left out of an excerpt');
  });

  it("does not take an operative list written '1 Calls upon' for line numbers", () => {
    const r = importText("The Security Council,\n\n1 Calls upon all parties;\n2 Requests a report;\n3 Decides to remain seized.");
    expect(messages(r).join("\n")).not.toMatch(/line numbers/);
  });

  it("drops 'Page 3 of 5', '- 4 -' and bare page numbers with a warning", () => {
    const r = importText(lines("The Security Council,", "Recalling its resolutions,", "Page 1 of 2", "1. Demands access for", "- 2 -", "humanitarian workers;", "2", "2. Decides."));
    expect(shape(r.doc).operative).toEqual(["Demands access for humanitarian workers", "Decides"]);
    expect(messages(r)).toEqual([
      '3: dropped "Page 1 of 2": a page header, footer, page number, meeting line or elision mark',
      '5: dropped "- 2 -": a page header, footer, page number, meeting line or elision mark',
      '7: dropped "2": a page header, footer, page number, meeting line or elision mark',
    ]);
  });
});

describe("end punctuation", () => {
  it("strips the one mark its position derives, whatever was typed", () => {
    const r = importText("The Security Council,\nRecalling its resolutions.\nNoting the report;\n1. Decides,\n2. Requests:\n(a) a report.\n3. Urges restraint");
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolutions", "Noting the report"]);
    expect(shape(r.doc).operative).toEqual(["Decides", { text: "Requests", sub: ["a report"] }, "Urges restraint"]);
  });

  it("drops '; and' silently and '; or' with a warning", () => {
    const r = importText("The Security Council,\n1. Requests:\n(a) a report; and\n(b) a briefing;\n2. Urges States:\n(a) to ratify; or\n(b) to accede.");
    expect(shape(r.doc).operative).toEqual([{ text: "Requests", sub: ["a report", "a briefing"] }, { text: "Urges States", sub: ["to ratify", "to accede"] }]);
    expect(messages(r)).toEqual(['6: "; or" at the end of the clause dropped: the end punctuation is derived; if the items are alternatives, say so in the clause above']);
    expect(clauseTextOf("the text of it etc.;")).toBe("the text of it etc.");
  });
});

describe("unusual papers", () => {
  it("reads a preamble without an organ line, with a warning", () => {
    const r = importText("Recalling its resolution 5/1,\nNoting the report,\n1. Decides.", { committee: "hrc" });
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 5/1", "Noting the report"]);
    expect(messages(r)).toEqual(['1: no organ line (such as "The Human Rights Council,") before the first clause']);
  });

  it("makes a valid document of a paper with no operative clauses, with a warning", () => {
    const r = importText("The Human Rights Council,\n\nRecalling its resolution 5/1,\n\nNoting the report,");
    expect(shape(r.doc).preamble).toHaveLength(2);
    expect(shape(r.doc).operative).toEqual([""]);
    r.doc.check();
    expect(messages(r)).toContain("0: no operative clauses: the paper has only a preamble so far");
  });

  it("keeps text it cannot place, with a warning: labels in the preamble, stray heading lines", () => {
    const r = importText("Our draft on migration\n\nThe Human Rights Council,\nNoting the following:\n(a) the report,\n1. Decides.");
    expect(r.doc.firstChild!.attrs.topic).toBe("Our draft on migration");
    expect(shape(r.doc).preamble).toEqual(["Noting the following: (a) the report"]);
    expect(messages(r)).toEqual([
      '1: "Our draft on migration" is not a heading field: read as the topic',
      '5: preambular clauses have no sub-clauses: "(a)" kept as text of the clause above',
    ]);
  });

  it("reads unnumbered operative clauses that open with an operative phrase", () => {
    const r = importText("The General Assembly,\n\nNoting the report,\n\nEncourages States to cooperate;\n\nUrges States to report.");
    expect(shape(r.doc).operative).toEqual(["Encourages States to cooperate", "Urges States to report"]);
    expect(messages(r)).toEqual([
      '5: unnumbered paragraph opening with "Encourages" read as operative clause 1',
      "7: unnumbered paragraph read as operative clause 2",
    ]);
  });

  it("keeps a preambular clause that opens with an operative verb in the preamble when it ends with a comma", () => {
    const r = importText("The Human Rights Council,\n\nRecalling its resolution 5/1,\n\nDecides that the report is timely,\n\n1. Requests a report.");
    expect(shape(r.doc).preamble).toEqual(["Recalling its resolution 5/1", "Decides that the report is timely"]);
    expect(shape(r.doc).operative).toEqual(["Requests a report"]);
  });

  it("keeps sub-clauses nested deeper than four levels at level four, with a warning", () => {
    const r = importText("1. Requests:\n(a) one:\n(i) two:\na. three:\ni. four:\n(A) five;", { committee: "hrc" });
    const depth = Math.max(...clauseModel(r.doc).clauses.map((c) => c.depth));
    expect(depth).toBeLessThanOrEqual(4);
    r.doc.check();
  });

  it("records where each clause starts, 1-based line and column", () => {
    const r = importText("The Security Council,\n\n  Recalling its resolutions,\n\n1. Decides:\n    (a) to act.");
    const model = clauseModel(r.doc);
    expect(model.clauses.map((c) => r.sources.get(c.id))).toEqual([
      { line: 3, column: 3 },
      { line: 5, column: 1 },
      { line: 6, column: 5 },
    ]);
  });
});

describe("never throws", () => {
  const fragments = [
    "", "\n", "\r\n", "\r", "1.", "(a)", "(i)", "i.", "a)", "•", "-", "Page 2 of 3", "The Human Rights Council,",
    "Committee:", "Sponsors: ,;", "Recalling", "Decides", "2 ", "10", "\u00AD", "\u200B", "\uFEFF", "\t", "“", "’",
    ";", ":", ",", ".", "; and", "protec-", "(((", "[…]", "<b>", "\u0000", "\uD800", "💥", "A/RES/1/1",
  ];
  it("on arbitrary strings, and always returns a valid document", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((a) => a.join(" \n"[a.length % 2]!))), (s) => {
        const r = importText(s);
        r.doc.check();
        for (const w of r.warnings) expect(w.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("on values that are not strings", () => {
    expect(() => importText(undefined as unknown as string)).not.toThrow();
    expect(() => importText(42 as unknown as string)).not.toThrow();
  });
});

describe("preambular clauses typed in lower case", () => {
  it("start a clause each when the paper opens its clauses in lower case, one to a line", () => {
    const r = importText(lines(
      "The Human Rights Council,",
      "concerned that persons with disabilities are disproportionately affected,",
      "recalling its resolution 5/1 of 18 June 2007,",
      "deeply concerned by the situation of migrants,",
      "1. Decides to remain seized of the matter.",
    ));
    expect(clauseModel(r.doc).clauses.filter((c) => c.section === "preamble").map((c) => c.text)).toEqual([
      "concerned that persons with disabilities are disproportionately affected",
      "recalling its resolution 5/1 of 18 June 2007",
      "deeply concerned by the situation of migrants",
    ]);
  });

  it("go on with a clause that opened with a capital, as a wrapped line after a comma does", () => {
    const r = importText(lines(
      "The Human Rights Council,",
      "Welcoming further the increased representation of women in Parliament,",
      "commending the Somali authorities for their efforts,",
      "1. Decides to remain seized of the matter.",
    ));
    expect(clauseModel(r.doc).clauses.filter((c) => c.section === "preamble").map((c) => c.text)).toEqual([
      "Welcoming further the increased representation of women in Parliament, commending the Somali authorities for their efforts",
    ]);
  });
});
