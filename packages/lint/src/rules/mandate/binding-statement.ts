/**
 * mandate/binding-language, for clauses written as statements (statement.ts): "Countries of
 * destination shall grant …", "… is hereby prohibited", "States that fail … will be suspended",
 * "There shall be a global ban on …". The committee's own bodies and procedure ("The working group
 * shall meet twice a year") and duties States already have stay unflagged.
 */
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { Finding } from "../../rule.ts";
import { actsOfLaw, existingObligation, independentAgency, proceduralSubject, sanctions } from "./lexicon.ts";
import { findIn } from "./patterns.ts";
import type { ClauseReading } from "./reading.ts";
import { fix } from "./locate.ts";
import { namesStates, strictStatementModal, unDoer, type Statement } from "./statement.ts";

/** Reports a finding over [start, end) of the reading's text, with the committee's citation. */
export type Report = (start: number, end: number, severity: Finding["severity"], message: string, why: string, fixes?: Finding["fixes"]) => Finding | null;
/**
 * Paying what the General Assembly apportions ("shall pay their assessed contributions within thirty
 * days"): the one duty to States an organ that apportions the expenses may state (Charter Art. 17 (2)).
 */
// ("… shall pay" as a chapeau: what is to be paid is in its sub-clauses, each read on its own.)
export const assessedPayment = /^\s+(?:(?:also|fully|promptly|duly)\s+)?(?:pay|remit|meet|settle|bear|make\s+(?:their\s+)?advances)(?:\s*:?\s*$|(?![\p{L}-])[^;]{0,80}?(?<![\p{L}-])(?:assessed\s+contributions?|assessments?|arrears|apportioned|share\s+of\s+the\s+expenses)(?![\p{L}-]))/iu;

/** Acts of law a statement declares done: "is hereby prohibited", "are to be abolished". */
const actOfLaw = new RegExp(String.raw`^\s+(?:(?:hereby|not)\s+)?(?:be\s+)?(${actsOfLaw}|imposed|removed|declared|ordered|required|obliged|suspended|expelled|dissolved|merged|nationali[sz]ed|confiscated|frozen|terminated|mandated|granted|given|turned|treated|prosecuted|punished|fined|extradited|destroyed|closed|released|recognized|recognised|guaranteed|entitled|held|sentenced)(?![\p{L}-])`, "iu");
/** Acts that are law whoever carries them out: "… are to be abolished", "… will be prohibited". */
const lawAct = new RegExp(`^(?:${actsOfLaw}|removed|dismantled|destroyed|closed|turned|sentenced|punished)$`, "iu");
/** What "… is hereby" may declare without binding anyone: the committee's own business. */
const ownDeclaration = /^(?:established|created|convened|adopted|requested|decided|invited|encouraged|set\s+up|launched|renewed|extended|appointed|approved|welcomed|noted|opened|closed)$/iu;
/** A passive's agent naming States: "by all States", "by the State concerned", "by their host States". */
const byStates = /(?<![\p{L}-])by\s+(?:all\s+|any\s+|the\s+|their\s+|its\s+|each\s+|every\s+|host\s+|member\s+|national\s+)*(?:[\p{L}-]+\s+)?(?:States?|Governments?|countries|country|(?<!United\s)nations?|authorities)(?![\p{L}-])/iu;
/** A penalty a statement threatens: "will be suspended from …", "will lose their vote", "will face sanctions". */
const penaltyThreat = /^\s+(?:be\s+(?:(?:named|listed|publicly\s+named)\s+and\s+)?(?:suspended|expelled|barred|excluded|removed|banned|sanctioned|penali[sz]ed|punished|fined|subject(?:ed)?\s+to|taken\s+before|brought\s+before|referred\s+to|deprived|made\s+to\s+pay|placed\s+under\s+(?:the\s+)?(?:supervision|administration|trusteeship|control)|placed\s+on\s+(?:a|the)\s+(?:public\s+)?(?:list|blacklist|register)|liable\s+to|(?:considered|deemed)\s+(?:to\s+be\s+)?in\s+breach)|have\s+(?:its|their)\s+[^;]{0,50}?suspended|be\s+(?:charged|held\s+liable)|forfeit|lose\s+(?:their|its|the|access|all)|incur\s+(?:a\s+)?(?:surcharge|penalty|fine)|face\s+(?:sanctions|penalties|fines|expulsion|suspension)|pay\s+(?:fines|a\s+fine|penalties|compensation|double))(?![\p{L}-])/iu;
/** A penalty as the subject: "Fines of up to 10 million dollars per day shall be imposed on States …". */
const penaltySubject = /(?<![\p{L}-])(?:fines?|penalt(?:y|ies)|surcharges?|sanctions)(?![\p{L}-])/iu;
const globalBan = /^\s*There\s+(?:shall|will|must)\s+be\s+(?:a|an)\s+(?:(?:global|worldwide|universal|total|complete|international|immediate|permanent|comprehensive)\s+)*(?:ban|prohibition|moratorium|embargo)(?![\p{L}-])/iu;
const itIsMandatory = /^\s*It\s+is\s+(?:hereby\s+)?(?:made\s+)?(?:mandatory|compulsory|obligatory|unlawful|illegal)\s+(?:for|to)(?![\p{L}-])/iu;
/** A treaty's force claimed by resolution: "shall apply to all Member States, whether or not they have ratified it". */
export const treatyForce = /(?<![\p{L}-])(?:(?:(?:shall|will|(?:is|are)\s+(?:also\s+)?to)\s+(?:enter\s+into\s+force|apply|be\s+binding)|enters\s+into\s+force)\s+(?:for|to|on|upon)\s+(?:the\s+[\p{L}\s]{1,30}?\s+of\s+)?(?:all|every)\s+(?:Member\s+)?(?:States?|countries|Governments?)|whether\s+or\s+not\s+(?:they|it|States)\s+(?:have|has)\s+(?:ratified|acceded|signed)|(?:including|even)\s+(?:those|States|the\s+States)\s+(?:that|which|who)\s+(?:have|has)\s+(?:not|never)\s+(?:yet\s+)?(?:ratified|signed|acceded))(?![\p{L}-])/iu;
const referredToCourt = /(?<![\p{L}-])(?:will|shall|is\s+to|are\s+to)\s+be\s+referred\s+to\s+the\s+(?:Prosecutor\s+of\s+the\s+)?(?:International\s+Criminal\s+Court|ICC)(?![\p{L}-])/iu;

/**
 * A statement that binds: States told what they shall, must or are to do ("Countries of destination
 * shall grant …", "No State may …", "Every nation is obliged to …"), a law declared ("… is hereby
 * prohibited", "… are to be abolished", "There shall be a global ban on …"), a penalty threatened
 * ("States that fail … will be suspended"), an agency directed, a treaty given force. The
 * committee's own bodies and procedure ("The working group shall meet twice a year") are its own.
 */
export function statedObligation(r: ClauseReading, s: Statement, committee: CommitteeProfile, finding: Report): Finding | null {
  const end = r.continuationStart;
  const rest = r.text.slice(s.modalEnd, end);
  const message = (span: string) => `"${span}" states a binding obligation the ${committee.shortName} cannot impose`;
  const why = "An operative clause written as a statement (\"States shall …\", \"… is hereby prohibited\") reads as law; the committee's clauses recommend, call upon or encourage.";
  const court = referredToCourt.exec(r.text.slice(s.subjectStart, end));
  if (court) {
    const at = s.subjectStart + court.index;
    return finding(at, at + court[0].length, "error", "Only the Security Council can refer a situation to the International Criminal Court", `A referral to the Court by a United Nations organ is the Security Council's, acting under Chapter VII (Rome Statute of the International Criminal Court, Art. 13 (b)); the ${committee.shortName} may recommend that the Council consider one.`);
  }
  const force = treatyForce.exec(r.text.slice(s.subjectStart, end));
  if (force) {
    const at = s.subjectStart + force.index;
    return finding(at, at + force[0].length, "error", `A treaty binds only the States that ratify it`, `"${force[0]}": a treaty binds the States that consent to it (Vienna Convention on the Law of Treaties, Arts. 11, 34); a resolution cannot give it force for others.`);
  }
  if (findIn(existingObligation, r.text, s.subjectStart, end)) return null;
  if (proceduralSubject.test(s.subject.replace(/^The\s/u, "the "))) return null;
  const span = (to: number) => r.text.slice(s.subjectStart, to);
  if (s.modal.endsWith("hereby")) {
    const act = actOfLaw.exec(rest);
    if (!act || ownDeclaration.test(act[1]!)) return null;
    const to = s.modalEnd + act[0].length;
    return finding(s.modalStart, to, "error", message(r.text.slice(s.modalStart, to)), `${why} Declaring something prohibited, abolished or imposed "hereby" legislates for every State.`, askStates(r, s, to, act[1]!));
  }
  // "Vestmark is ordered to restore …": an order, whoever receives it (not the Organization's own staff).
  if (/^(?:is|are) (?:hereby )?(?:ordered|directed|instructed|compelled) to$/u.test(s.modal) && unDoer(s) === null) {
    return finding(s.modalStart, s.modalEnd, "error", message(span(s.modalEnd)), why);
  }
  const states = namesStates(s);
  const agency = !states ? findIn(independentAgency, s.subject) : null;
  const strict = strictStatementModal.test(s.modal) || (s.negative && /^(?:may|shall|can|must)$/u.test(s.modal)) || /^(?:may not|cannot|can not)$/u.test(s.modal);
  const passive = /^\s+(?:not\s+)?be\s/iu.test(rest);
  const penalty = states && /^(?:will|shall|are to|is to|must)$/u.test(s.modal) ? penaltyThreat.exec(rest) : null;
  if (penalty) {
    // "States that fail … will be suspended": no softer wording makes a threat a recommendation.
    const to = s.modalEnd + penalty[0].length;
    return finding(s.subjectStart, to, "error", `"${span(to)}" threatens States with a penalty the ${committee.shortName} cannot impose`, `A penalty on States (suspension, expulsion, sanctions, loss of a vote, a court case) is for the Charter's procedures, the Security Council or a treaty, not for a resolution of this committee.`);
  }
  if (states && !passive) {
    if (committee.powers.apportionsExpenses && assessedPayment.test(rest)) return null;
    // "All States will destroy …" states an obligation; "States will benefit from …" a hope.
    const willDo = s.modal === "will" && !/^\s+(?:not\s+)?(?:continue|remain|benefit|have|be|need|receive|gain|want|seek|find|face|see)(?![\p{L}-])/iu.test(rest);
    if (!strict && !willDo) return null;
    // The modal ("shall", "have an obligation to", "No State may") becomes "should": "Governments should connect …".
    return finding(s.modalStart, s.modalEnd, strict ? "error" : "warning", message(span(s.modalEnd)), why, fix(r, `Replace with "should"`, s.modalStart, s.modalEnd, "should"));
  }
  if (agency && strict && !passive) {
    return finding(s.subjectStart, s.modalEnd, "error", `"${span(s.modalEnd)}" directs an organization the ${committee.shortName} cannot direct`, `${agency[0]} has its own members and governing bodies; the United Nations coordinates the specialized agencies through consultation and recommendations (Charter Arts. 57, 58, 63).`);
  }
  if (!passive) return null;
  if (penaltySubject.test(s.subject) && /^\s+(?:not\s+)?be\s+(?:imposed|levied|charged|applied)(?![\p{L}-])/iu.test(rest)) {
    const to = s.modalEnd + /^\s+(?:not\s+)?be\s+\p{L}+/u.exec(rest)![0].length;
    return finding(s.subjectStart, to, "error", `"${span(to)}": a penalty the ${committee.shortName} cannot impose`, `A fine or penalty is imposed by a State's law or by a court; a resolution of this committee cannot impose one, on States or on anyone else.`);
  }
  // "All brokering of arms shall be subject to licensing in every Member State": a law for every State.
  const everywhere = /^\s+(?:(?:henceforth|hereafter|now)\s+)?be\s+[^;]{0,60}?(?:in|throughout|before)\s+(?:all|every|each|any)\s+(?:Member\s+)?(?:States?|countries|jurisdictions?|(?:national\s+)?courts?)(?![\p{L}-])/iu.exec(rest);
  if (everywhere && (strict || s.modal === "will") && unDoer(s) === null) {
    const to = s.modalEnd + everywhere[0].length;
    return finding(s.modalStart, to, "error", message(r.text.slice(s.modalStart, to)), `${why} A rule laid down for every State binds them all.`);
  }
  // "Stateless persons are to be given passports by their host States", "… are to be abolished by
  // 2028", "No journalist may be held by any State": a duty put on States in the passive.
  const act = actOfLaw.exec(rest);
  const agent = byStates.exec(rest);
  if (!act || ownDeclaration.test(act[1]!)) return null;
  if (/^(?:may|can)$/u.test(s.modal) && !(s.negative && agent)) return null;
  // Without States named as the agent, only acts of law bind by themselves: "are to be abolished",
  // not "is to be given by the United Nations".
  if (!agent && (!(strict || s.modal === "will") || !lawAct.test(act[1]!))) return null;
  const to = s.modalEnd + act[0].length;
  return finding(s.modalStart, to, "error", message(r.text.slice(s.modalStart, to)), `${why} A duty put on States in the passive ("${r.text.slice(s.modalStart, to)}${agent ? ` … ${agent[0]}` : ""}") binds them all the same.`, agent ? [] : askStates(r, s, to, act[1]!));
}

/** The act a passive of law names, as States are asked to do it: "prohibited" → "prohibit". */
const baseOfAct: Record<string, string> = {
  prohibited: "prohibit", banned: "ban", forbidden: "forbid", outlawed: "outlaw", abolished: "abolish", repealed: "repeal", revoked: "revoke",
  annulled: "annul", nullified: "nullify", criminalized: "criminalize", criminalised: "criminalise", decriminalized: "decriminalize",
  decriminalised: "decriminalise", legalized: "legalize", legalised: "legalise", lifted: "lift", removed: "remove", dismantled: "dismantle",
  destroyed: "destroy", closed: "close",
};

/**
 * "The testing of anti-satellite weapons is hereby prohibited" → "Calls upon all States to prohibit
 * the testing of anti-satellite weapons"; "An arms embargo is hereby imposed on …" → "Recommends
 * that the Security Council consider imposing an arms embargo on …". Offered for an operative
 * clause of its own (a sub-clause continues its parent's sentence, which no opening verb fits).
 */
function askStates(r: ClauseReading, s: Statement, to: number, act: string): Finding["fixes"] {
  if (r.ownStart !== 0 || s.subjectStart !== 0) return [];
  const subject = /^\p{Lu}\p{Ll}/u.test(s.subject) ? s.subject.charAt(0).toLowerCase() + s.subject.slice(1) : s.subject;
  const base = baseOfAct[act.toLowerCase()];
  const insert = /^imposed$/iu.test(act) && findIn(sanctions, s.subject)
    ? `Recommends that the Security Council consider imposing ${subject}`
    : base ? `Calls upon all States to ${base} ${subject}` : null;
  return insert ? fix(r, `Replace with "${insert}"`, s.subjectStart, to, insert) : [];
}

/** "There shall be a global ban on …", "It is mandatory for all countries to …": law stated without a subject. */
export function impersonalLaw(r: ClauseReading, committee: CommitteeProfile, finding: Report): Finding | null {
  if (r.section !== "operative") return null;
  const own = r.text.slice(r.ownStart, r.continuationStart);
  const m = globalBan.exec(own) ?? itIsMandatory.exec(own);
  if (!m) return null;
  const start = r.ownStart + (m[0].length - m[0].trimStart().length);
  const end = r.ownStart + m[0].length;
  // "There shall be a global ban on" → "Calls upon all States to introduce a global ban on";
  // "It is mandatory for all countries to" → "Calls upon all countries to".
  const said = r.text.slice(start, end);
  // "It is hereby made unlawful for any employer to …" → "Calls upon all States to make it unlawful for any employer to …".
  const unlawful = /^(It\s+is\s+(?:hereby\s+)?(?:made\s+)?)(?:unlawful|illegal)/iu.exec(said);
  const lead = unlawful ? [unlawful[1]!] : /^There\s+\S+\s+be\s+/iu.exec(said) ?? /^It\s+is\s+(?:hereby\s+)?(?:made\s+)?\S+\s+for/iu.exec(said);
  if (!lead) return finding(start, end, "error", `"${said}" states a binding obligation the ${committee.shortName} cannot impose`, "A ban or a duty stated as law binds every State; the committee may call upon States to introduce one.");
  const insert = unlawful ? "Calls upon all States to make it " : /^There/iu.test(said) ? "Calls upon all States to introduce " : "Calls upon";
  const fixes = r.ownStart === 0 ? fix(r, `Replace with "${insert.trim()}"`, start, start + lead[0]!.length, insert) : [];
  return finding(start, end, "error", `"${said}" states a binding obligation the ${committee.shortName} cannot impose`, "A ban or a duty stated as law binds every State; the committee may call upon States to introduce one.", fixes);
}
