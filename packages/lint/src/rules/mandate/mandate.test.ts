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

  it("finds case-sensitive phrases in texts whose lower case changes length, and phrases with a capital sigma", () => {
    const set = new PhraseSet(["UN Women", "ΣΥΡΙΖΑ Group"], true);
    // "İ" lowers to two characters, so this text's tokens take the slower exact-hash path.
    expect(set.find("İstanbul and UN Women")?.[0]).toBe("UN Women");
    expect(set.find("İstanbul and un women")).toBeNull();
    expect(set.find("the ΣΥΡΙΖΑ Group met")?.index).toBe(4);
    expect(set.find("the σύριζα group met")).toBeNull();
  });

  it("finds phrases of a list made after a text was tokenised", () => {
    const text = "Requests a quinquennial zyzzyva review";
    expect(tokensOf(text).start.length).toBe(5);
    expect(new PhraseSet(["zyzzyva review"]).find(text)?.index).toBe(24);
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

  it("leaves alone what a director would accept from the Human Rights Council", () => {
    // The "not" cases, in wording of our own: procedure, restated obligations, the Council's
    // own mechanisms, existing bodies, renewals, national institutions, fact-finding and visits,
    // consent-based assistance, requests for reports (also when sub-clauses list what to report on).
    const clauses = [
      "Decides to remain seized of the matter",
      "Decides to continue its consideration of this question under the same agenda item",
      "Decides that the Forum shall meet annually for two working days",
      "Reaffirms that all States must fulfil their obligations under the International Covenant on Civil and Political Rights",
      "Decides to establish, for a period of three years, the mandate of Special Rapporteur on the situation of human rights defenders",
      "Decides to dispatch urgently an independent international fact-finding mission, to be appointed by the President of the Council",
      "Decides to extend, for a period of one year, the mandate of the Commission of Inquiry",
      "Decides to appoint a Special Rapporteur on the right to privacy",
      "Urges all nations to set up national preventive mechanisms against torture",
      "Requests the Office of the High Commissioner to provide technical assistance to the Government, at its request, in implementing the recommendations",
      "Requests the Special Rapporteur to undertake country visits and to report to the Council",
      { text: "Requests the Secretary‑General to report to the Council, including on:", sub: ["the deployment of the Mission's troops and their protection of civilians", "progress in the disarmament of armed groups"] },
      "Requests the Advisory Committee to prepare a study on the feasibility of establishing a fund",
      "Welcomes the establishment of the Voluntary Fund for Technical Cooperation in the Field of Human Rights",
      "Calls upon States to strengthen the capacity of their armed forces to protect civilians in accordance with international humanitarian law",
      "Stresses that States have the primary responsibility to protect their populations",
      "We recognize that States bear the primary responsibility for their own development",
      "Decides to extend the provisions of its resolution 5/1 on institution-building to the new mechanism",
      "Takes note of the report of the United Nations Assistance Mission for Iraq on the human rights situation",
    ];
    expect(lint("hrc", clauses).map((d) => `${d.ruleId} ${d.clause.path}`)).toEqual([]);
  });

  it("handles a very long clause without failing", () => {
    const long = Array.from({ length: 4000 }, (_, i) => (i % 3 ? "and urges States to cooperate" : "demands that all parties comply")).join(", ");
    const out = lint("hrc", [long]);
    expect(out.filter((d) => d.ruleId === "mandate/binding-language")).toHaveLength(1334);
  });
});

describe("readings added for the delegate sets and their held-out sets (2026-12-07, third round on)", () => {
  const codes = (committee: string, text: string) => [...new Set(lint(committee, [text]).filter((d) => d.severity === "error" || d.severity === "warning").map((d) => d.ruleId.split("/")[1]))].sort();
  const B = "binding-language";
  const N = "new-body";
  const O = "operational-intervention";

  it.each([
    // The General Assembly apportions the expenses (Art. 17): paying them is the one duty it states.
    ["ga-5", "Decides that member states shall pay their assessed contributions within thirty days of receipt of the communication", []],
    ["ga", "Member States shall pay their arrears in full by the end of the year", []],
    ["hrc", "Decides that member states shall pay their assessed contributions within thirty days of receipt of the communication", [B]],
    ["ga-5", "Decides that Member States shall increase their official development assistance to 0.7 per cent of gross national income", [B]],
    ["ga-5", "Allocates 4 million dollars from the regular budget to the Special Rapporteur on the situation of human rights in Myanmar", []],
    ["hrc", "Provides 30 million dollars from the Council's resources to relocate coastal communities", [O]],
    ["hrc", "Funds digital security training for activists", [O]],
    ["hrc", "Encourages States to fund digital security training for activists", []],
    // Authorising the Secretary-General is administration; what he is to do is still read.
    ["ga-5", "Authorizes the Secretary-General to enter into commitments not exceeding 10 million dollars for unforeseen and extraordinary expenses", []],
    ["ga-5", "Authorizes the Secretary-General to deploy 2,000 additional peacekeepers to the Mission", [O]],
    // Penalties the committee sets.
    ["hrc", "Fines companies that fail to carry out human rights due diligence 2 per cent of their annual turnover", [B]],
    ["ga-5", "Decides to fine Member States in arrears 5 per cent a month", [B]],
    ["hrc", "Calls upon States to introduce sanctions, fines and imprisonment for traffickers", []],
    ["hrc", "Fines collected from traffickers should go to the victims", []],
    // Membership is suspended on the Security Council's recommendation (Art. 5).
    ["ga-5", "Decides to suspend from the United Nations any Member State that has not paid its contributions for three years", [B]],
    ["ga", "Decides to suspend the rights of membership in the Human Rights Council of the country concerned", []],
    // Who is bound, read past a relative clause, a number or a company's name.
    ["ga-5", "Decides that member states which do not pay on time shall lose their seat in the Security Council", [B]],
    ["hrc", "Member states are obligated to close all secret detention sites immediately", [B]],
    ["hrc", "The top ten emitters are obligated to pay reparations to small island States", [B]],
    ["hrc", "Requires all companies with more than 500 employees to publish annual human rights reports", [B]],
    ["hrc", "Orders the NSO Group to stop selling spyware", [B]],
    ["hrc", "Directs the Working Group to pay particular attention to supply chains", []],
    // Someone named is ordered: the act is theirs, not the United Nations'.
    ["hrc", "Requires the European Union to resume search and rescue operations in the Mediterranean", [B]],
    // People and craft the United Nations sends in.
    ["hrc", "Sends a team of UN doctors to treat torture victims in detention centres", [O]],
    ["hrc", "The UN will send coast guard vessels to rescue migrants", [O]],
    ["hrc", "Decides to send police from other countries to protect protesters", [O]],
    ["hrc", "Decides to urgently dispatch a team of three independent experts to investigate violations", []],
    ["hrc", "Requests the Office of the High Commissioner to deploy, at the request of the Government, a team of human rights officers", []],
    ["ga-3", "Requests UNICEF to send medical teams to the camps", []],
    // Coercion by the United Nations, and acting without consent.
    ["hrc", "Decides to shut down the servers of spyware companies", [O]],
    ["ga-6", "Requests the Secretary-General to arrest and transfer to the Court persons indicted by it", [O]],
    ["hrc", "Requests UNODC to assist Member States to seize and confiscate the proceeds of trafficking", []],
    ["hrc", "Requests the Office of the High Commissioner to inspect factories without the consent of the Government", [O]],
    ["hrc", "Requests the Office of the High Commissioner to support victims of sterilization carried out without their consent", []],
    // Relief words as a topic, and rescue by the United Nations.
    ["hrc", "Decides to convene an intersessional panel discussion on search and rescue and the right to life", []],
    ["hrc", "Requests OHCHR to charter rescue ships to operate in the Aegean Sea", [O]],
    // New bodies by other names, and a peace operation's mandate changed.
    ["hrc", "Establishes a UN Prison Inspectorate", [N]],
    ["hrc", "Sets up a UN helpline for victims of spyware", [N]],
    ["ga-5", "Decides to change the mandate of MINUSCA to include the protection of mining sites", [O]],
    // The eighth round: duties in a relative clause, law stated impersonally, sanctions by new names,
    // work on the ground in rarer verbs, people the committee makes act.
    ["ga", "Adopts the Charter annexed hereto, which every national parliament is required to apply to its debates", [B]],
    ["hrc", "Urges States to adopt laws under which every employer is required to carry out due diligence", []],
    ["ga", "It is hereby made unlawful to use a hand-held mobile phone while driving anywhere in the world", [B]],
    ["ga", "Declares all debts owed by Ketterby cancelled with immediate effect", [B]],
    ["hrc", "Blacklists the mining companies named in the annex", [B, O].sort()],
    ["ga-2", "Encourages States to consider travel bans on officials responsible for hoarding food", []],
    ["hrc", "Decides that United Nations engineers will dredge the contaminated riverbeds downstream of the mine", [O]],
    ["ga", "Will see to it that peacekeepers patrol the protected forests of host countries", [O]],
    ["ga-2", "Requests UNDP to survey mineral deposits with or without the permission of the Governments concerned", [O]],
    ["hrc", "Requests the Office of the High Commissioner to train labour inspectors to identify forced labour on board vessels", []],
    // The ninth round: a second "and that", States as "each of them", "will have to", consent by other names.
    ["ga-3", "Decides that pre-trial detention can in no case exceed six months, and that States exceeding this limit will have to pay compensation to each detainee", [B]],
    ["hrc", "Urges developed States to scale up climate finance, and decides that each of them is to transfer 0.1 per cent of its income every year", [B]],
    ["hrc", "Urges developed States to scale up climate finance, and stresses that the Working Group shall meet twice a year", []],
    ["ga-5", "Decides that the national airlines of Member States must offer discounted fares to United Nations staff", [B]],
    ["ga-4", "Requests the Secretary-General to set up UN radio transmitters so that UN programmes can be broadcast there without authorization", [O]],
    ["ga-4", "Requests the Secretary-General to ensure that protection capacities are not lost during mission drawdown", []],
    ["ga-3", "Requests UNHCR to take over the administration of the camps and to provide security there with its own armed guards", [O]],
    ["ecosoc", "Creates a Global Youth Jobs Fund, financed by a levy that all multinational enterprises will have to pay", [B, N].sort()],
    ["hrc", "Recalling its resolution 5/1, and stressing that all mandate holders shall discharge their duties in accordance with it", []],
    // The tenth round: penalties threatened, powers over States given, rules for what is in every
    // State, the Arms Trade Treaty's risk test, UN offices by title, mechanisms that coerce.
    ["ecosoc", "Decides that statistical offices shall obtain consent, and offices that fail to do so will be penalized", [B]],
    ["hrc", "Urges States to adopt laws under which employers that fail to pay wages will be fined", []],
    ["ga-2", "Declares that the principles annexed to the present resolution constitute binding international law", [B]],
    ["hrc", "Entrusts the Special Rapporteur with the authority to annul national laws that restrict online assemblies", [B]],
    ["hrc", "Decides that every care home in every Member State shall be inspected at least twice a year", [B]],
    ["ga-1", "Urges arms-exporting States to refrain from transferring weapons where there is a clear risk that they could be used to commit serious violations of international humanitarian law", []],
    ["ecosoc", "Requests the Development Coordination Office to take control of the budgets of national planning ministries", [O]],
    ["ecosoc", "Requests the Development Coordination Office to report on the budgets of national planning ministries", []],
    ["hrc", "Requests the Special Rapporteur on human rights and the environment to halt mining operations that harm Indigenous communities", [O]],
    ["ga-3", "Requests the Secretary-General to place UN disability inclusion officers inside national labour ministries", [O]],
    ["ga-6", "Decides that UN hydrologists will be stationed at all major shared aquifers", [O]],
    // The eleventh round: force claimed "hereby", threats in conditions, a date before the subject.
    ["ga", "Declares that the Olympic Truce is hereby binding international law for every Member State", [B]],
    ["hrc", "Warns that, should a State continue to arrest people for sleeping in public, it will lose its right to vote in the Council", [B]],
    ["hrc", "Decides that, from 1 January 2027, no State shall allow the sale of smartphones to children under twelve", [B]],
    ["ga-4", "Decides to place the Esmeral Islands under temporary United Nations administration until the referendum has taken place", [O]],
    ["ga-4", "Requests the Department of Global Communications to set up its own radio stations without applying for national broadcasting licences", [O]],
    ["hrc", "Requests that United Nations technical experts be stationed in police control rooms during protests", [O]],
    ["ga-4", "Requests the Department of Global Communications to open information centres in countries that ask for them", []],
    // The sixteenth round: each "that" of a decision, levies, rules for everything everywhere,
    // towns and federations bound, take-overs of a State's registers and prosecutions, treaty-only bodies.
    ["ga-6", "Decides that immunity shall not apply to officials accused of torture, and that the courts of all Member States must prosecute them", [B]],
    ["hrc", "Decides that the panel discussion shall be held in Geneva, and that the Office shall prepare a summary of it", []],
    ["ga-2", "Decides that a fee of two dollars per passenger is to be collected from every airline and paid to the United Nations", [B]],
    ["ga-2", "Decides that the fee for the registration of participants shall be paid to the secretariat of the Conference", []],
    ["ga-2", "Decides that the price of insulin anywhere in the world is to be capped at ten dollars a vial", [B]],
    ["ga-3", "Decides that every city with more than half a million inhabitants shall open a shelter for homeless persons", [B]],
    ["ga-3", "Encourages cities and municipalities to open shelters for homeless persons and to share good practices", []],
    ["ga-2", "Calls upon States to protect borrowers, including by capping interest rates, ensuring transparent pricing and prohibiting coercive collection", []],
    ["ga-5", "Decides, in this regard, that Member States shall pay", []],
    ["ecosoc", "Requests UNODC to send international prosecutors to take over the prosecution of corruption cases in Ostravia", [O]],
    ["hrc", "Decides that OHCHR staff will accompany the police on their patrols in the capital", [O]],
    ["hrc", "Decides that the fact-finding mission shall enter the country whether or not the Government grants it access", [O]],
    ["ga", "Requests that United Nations peacekeepers escort the delegation across the front line", [O]],
    ["ga", "Commends United Nations peacekeepers who protect civilians in difficult conditions", []],
    ["ga-2", "Decides to create a Global Water Authority, a specialized agency of the United Nations", [N]],
    ["ga-6", "Establishes a tribunal to settle disputes between States on the succession of States", [N]],
    ["ga-6", "Decides to establish an ad hoc committee to elaborate a draft convention establishing a tribunal to settle disputes between States", []],
    // The seventeenth round: treaty force claimed, laws for every market and vessel, duties on
    // donors, courts and faculties, "which they shall do", take-overs "in place of" a ministry.
    ["ga-6", "Decides that any memorandum of understanding registered with the Secretariat shall have the same binding force as a treaty", [B]],
    ["ga-2", "Decides that single-use plastic cutlery is to be banned from the markets of all Member States", [B]],
    ["ga", "Decides that bottom trawling in the high seas will be banned for all vessels from 2028", [B]],
    ["ga-5", "Decides that smoking shall be prohibited in all United Nations premises", []],
    ["ecosoc", "Declares that the destruction of edible food by retailers shall constitute a criminal offence in all Member States", [B]],
    ["ecosoc", "Decides that development partners shall maintain their assistance to graduating countries for ten years", [B]],
    ["ga-6", "Decides that every law faculty in Member States shall teach a course in international humanitarian law", [B]],
    ["hrc", "Calls upon States to cap the price of insulin, which they shall do no later than 2027", [B]],
    ["hrc", "Encourages States to ratify the Convention, under which they shall report every four years to the Committee", []],
    ["ga-5", "Decides that Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments", []],
    ["ga", "Decides that a United Nations Antarctic Authority, with the status of a specialized agency, will be created", [N]],
    ["ga-5", "Decides that the Procurement Division will manage the contracts of the national road programme in place of its Ministry of Public Works", [O]],
    ["ga-2", "Requests the Secretary-General to send United Nations customs officers to run the border crossing between the two countries", [O]],
    ["ga-3", "Requests UNHCR to run reception centres in place of the national authorities", [O]],
    ["ga-3", "Requests UNHCR to run reception centres for refugees at the request of the host Government", []],
    ["ga-6", "Authorizes the Secretary-General to enforce arbitral awards made against host States by seizing State property", [O]],
    ["ga-6", "Decides to send United Nations lecturers to the military academies of the country, whether or not its Ministry of Defence agrees", [O]],
    // The eighteenth round: duties in the passive with States as the agent, acts "hereby", rights
    // laid down everywhere, courts to try individuals, UN people with powers or in ministries.
    ["ecosoc", "Decides that every riverside village must be provided by the State with a flood warning siren", [B]],
    ["ga-5", "Decides that the costs of the Office shall be borne by Member States as apportioned by the General Assembly", []],
    ["hrc", "Decides that the costs of the Forum shall be borne by Member States", [B]],
    ["ecosoc", "Decides that Carrowland and Tamsor shall conclude an agreement on the shared river", [B]],
    ["ga-2", "Hereby caps at five per cent the interest rate on loans to least developed countries", [B]],
    ["hrc", "Hereby requests the Secretary-General to report to the Council at its next session", []],
    ["ga-3", "Declares that widows throughout the world are entitled to inherit half of the marital property", [B]],
    ["ecosoc", "Declares that a child whose birth has not been registered shall be deemed a national of the State of birth", [B]],
    ["ga-6", "Decides that the present resolution shall constitute an agreement among all Member States on submarine cables", [B]],
    ["hrc", "Calls upon the Government to repeal the decree, which the Council hereby declares to be without legal effect", [B]],
    ["ga-5", "Decides that the governing bodies of the specialized agencies shall implement the recommendations of the Unit", [B]],
    ["ga-3", "Decides to establish an International Wildlife Crimes Tribunal to try traffickers", [N]],
    ["ga-5", "Decides to transfer the system to a new specialized agency for digital services", [N]],
    ["ga-3", "Requests UN-Women to open offices in the villages with the power to reinstate evicted widows in their homes", [O]],
    ["ga-5", "Decides that inspectors of the Unit will be posted in the ministries of finance of the largest recipient countries", [O]],
    ["hrc", "Decides that United Nations human rights officers will accompany police patrols in the capital", [O]],
  ] as [string, string, string[]][])("%s: %s", (committee, text, expected) => {
    expect(codes(committee, text)).toEqual(expected);
  });

  it("reads a preamble that records the committee's own act as that act, with no operative fix", () => {
    const doc = createDocument({
      heading: { committee: "hrc" },
      preamble: [
        "Having decided to deploy human rights monitors to the border zone whether or not the authorities agree",
        "Determined to impose targeted sanctions on the members of the Emergency Council",
        "Establishing hereby a Global Observatory on the Right to a Healthy Environment",
        "Determined to promote the right to a healthy environment",
        "Having considered the report of the Special Rapporteur",
        "Having established at its previous session the Global Fund for Human Rights Defenders",
        "Having established the mandate of the Special Rapporteur on the right to privacy by its resolution 28/16",
      ],
      operative: ["Takes note of the report"],
    });
    const found = lintDocument(doc, { rules: mandateRules }).filter((d) => d.severity !== "info");
    expect(found.map((d) => [d.clause.path, d.ruleId.split("/")[1]]).sort()).toEqual([
      ["p1", "operational-intervention"],
      ["p2", "binding-language"],
      ["p2", "operational-intervention"],
      ["p3", "new-body"],
      ["p6", "new-body"],
    ]);
    // The fixes would write "Recommends that …" into a preamble.
    expect(found.flatMap((d) => d.fixes)).toEqual([]);
  });

  it("reads a sub-clause as continuing its chapeau's \"to\"", () => {
    const out = lint("ga", [{ text: "Requests the Secretary-General to:", sub: ["prepare a report on disaster risk", "take command of the national disaster management agencies of affected States"] }]);
    expect(out.filter((d) => d.severity !== "info").map((d) => [d.ruleId, d.clause.path])).toEqual([["mandate/operational-intervention", "1(b)"]]);
  });

  it("turns a law stated impersonally into a call on States to make it, not its opposite", () => {
    const [d] = lint("hrc", ["It is hereby made unlawful for any Government to dismiss a professor for her research"]);
    expect(d!.fixes[0]!.label).toBe('Replace with "Calls upon all States to make it"');
    expect(d!.fixes[0]!.edits[0]!.insert).toBe("Calls upon all States to make it ");
  });

  it("offers a fine's fix only when States are not the ones fined", () => {
    const [onCompanies] = lint("hrc", ["Fines companies that fail to carry out due diligence"]);
    expect(onCompanies!.fixes[0]?.edits?.[0]).toBeDefined();
    const [onStates] = lint("ga-5", ["Fines member states 5 per cent of their arrears for every month of late payment"]);
    expect(onStates!.fixes).toEqual([]);
  });
});
