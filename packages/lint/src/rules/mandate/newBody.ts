/**
 * mandate/new-body: the committee creating an organ, fund, programme, office or post itself, or
 * asking the Secretariat, OHCHR or the UN system to, or recommending its creation; unless the
 * profile allows that kind of body, the body exists already, or States are asked to set up their
 * own national institutions.
 */
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { ClauseView, Finding } from "../../rule.ts";
import {
  bodyNoun,
  creationHedge,
  creationNouns,
  creationVerb,
  existingEntity,
  gerundOf,
  isStateActor,
  isStrongBody,
  singularBody,
  missionName,
  nonOperationalObject,
  nationalQualifier,
  pastParticiples,
} from "./lexicon.ts";
import { GATE } from "./lexicon.ts";
import { findAllIn, findIn, norm } from "./patterns.ts";
import { PhraseSet } from "./phrases.ts";
import { lastActorBefore, readClause, type ClauseReading, type Predicate } from "./reading.ts";
import { fix, locate, matchCase, quoteOf } from "./locate.ts";
import { escapeRegex } from "../format/text.ts";

/**
 * A "may create" phrase as a pattern: up to two words may stand between its words, as delegates
 * and the Council write them ("a team of three experts", "a commission of human rights experts").
 */
const allowedPhrase = (phrase: string) =>
  phrase
    .split(/\s+/)
    .map((w) => escapeRegex(w).replace(/-/g, "[\\s-]+"))
    .join("[\\s-]+(?:[\\p{L}\\p{N}'’-]+[\\s-]+){0,2}?");
/** Compiled "may create" phrases per profile, built once per profile. */
const allowedCache = new WeakMap<CommitteeProfile, RegExp | null>();
function allowedRegex(c: CommitteeProfile): RegExp | null {
  if (!allowedCache.has(c)) {
    const phrases = c.powers.mayCreate.flatMap((m) => m.match);
    allowedCache.set(
      c,
      phrases.length
        ? new RegExp(`(?<![\\p{L}-])(?:${phrases.sort((a, b) => b.length - a.length).map(allowedPhrase).join("|")})s?(?![\\p{L}-])`, "giu")
        : null,
    );
  }
  return allowedCache.get(c)!;
}

const budgetNouns = new Set(["fund", "trust fund", "voluntary fund", "post", "posts", "office", "secretariat", "unit", "agency", "programme", "program", "centre", "center", "facility", "peacebuilding fund"]);
/** Where an object noun phrase ends: punctuation, a relative or purpose clause. */
const objectEnd = /[;:,(]|\s(?:to|which|that|between|among|amongst|in\s+order|with\s+a\s+view|so\s+as|and\s+(?:to|requests|decides|calls|urges|invites|encourages))\s/iu;
const endowed = /(?<![\p{L}-])(?:shall|should|will)\s+have\s+(an?\s)/giu;
const constitutedLead = /^[\s,]*(?:(?:also|further)\s+)?that\s+(an?\s+)/iu;
const membership = new PhraseSet(["consisting of", "composed of", "comprising", "made up of"]);
const hostPreposition = /(?<![\p{L}-])(?:within|in|at|under|of|by|with|to|inside)\s/iu;
const passiveLead = /(?:\b(?:be|been|is|are|being)\s+(?:hereby\s+|herewith\s+)?)$/iu;

interface Creation {
  verbStart: number;
  verbEnd: number;
  form: string;
  objectStart: number;
  objectEnd: number;
  noun: { index: number; 0: string };
  /** What kind of body the noun names, in the singular, for messages ("fund", "peace operation"). */
  kind: string;
  /** The noun is plural ("open regional offices"). */
  plural?: boolean;
}

const article = (noun: string) => (/^[aeiou]/iu.test(noun) ? "an" : "a");
/** A noun's kind and number: "offices" → office, plural. */
const kindOf = (noun: string) => {
  const one = singularBody(noun);
  return one ? { kind: one, plural: true } : { kind: norm(noun) };
};

/**
 * Bodies only a treaty can make: a specialized agency (brought into relationship by agreement,
 * Charter Arts. 57, 63) and a court with jurisdiction over States or their nationals (which rests
 * on their consent). An organ free to create subsidiary organs (Art. 22) cannot create these.
 */
const treatyOnlyBody = /(?<![\p{L}-])(?:(?:establish|create|set\s+up|found|transform|convert)(?:es|s|ing)?\s+(?:an?\s+|the\s+)?[^;]{0,100}?(?:(?:(?:as|into|with\s+the\s+status\s+of)\s+|,\s+)an?\s+(?:(?:new|independent|fully-fledged)\s+)*(?:specialized\s+agency|treaty\s+body)|(?:Court|Tribunal)\b[^;]{0,80}?(?:(?:compulsory\s+)?jurisdiction\s+(?:over|to\s+try)\s+(?:sitting\s+)?(?:[\p{L}-]+\s+)?(?:heads|nationals|persons|individuals|States|Member\s+States|officials|crimes|any|all)|compulsory\s+jurisdiction|claims\s+against\s+(?:Member\s+)?States|power\s+to\s+strike\s+down|to\s+(?:decide|settle|adjudicate|rule\s+on)\s+(?:all\s+|any\s+)?disputes\s+between\s+(?:Member\s+)?States|to\s+which\s+(?:all\s+|every\s+)?(?:Member\s+)?States?\s+(?:are|is|shall\s+be|will\s+be)\s+(?:required|obliged|bound)|to\s+try\s+(?:[\p{L}-]+\s+){0,3}?(?:traffickers|suspects|perpetrators|offenders|persons|individuals|nationals|officials)|jurisdiction\s+(?:[\p{L}-]+\s+){0,3}?(?:will|shall)\s+be\s+(?:required|obliged|bound)\s+to\s+accept))|specialized\s+agency\s+(?:hereby\s+)?(?:created|established)|(?:to|into|as)\s+a\s+new\s+specialized\s+agency|with\s+the\s+status\s+of\s+an?\s+specialized\s+agency,?\s+(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:created|established|set\s+up)|with\s+its\s+own\s+constitution[^;]{0,80}?(?:will|shall|is\s+to|are\s+to)\s+be\s+brought\s+into\s+relationship\s+with\s+the\s+United\s+Nations)/iu;

/** "a draft convention establishing a tribunal …": the treaty creates it, as it should. */
const treatyCreates = /(?<![\p{L}-])(?:convention|treaty|statute|protocol|agreement|instrument)\s+(?:that\s+would\s+|which\s+would\s+|to\s+)?(?:establish|create|set\s+up|found)(?:es|s|ing)?(?![\p{L}-])/iu;
const byTreaty = (before: string) => /(?<![\p{L}-])(?:convention|treaty|statute|protocol|agreement|instrument)\s+(?:that\s+would\s+|which\s+would\s+|to\s+)?$/iu.test(before);

/** A body only a treaty can make, created in the clause's own text (for organs that may otherwise create bodies). */
function treatyOnlyFinding(r: ClauseReading, committee: CommitteeProfile): Finding | null {
  const found = treatyOnlyBody.exec(r.text.slice(r.ownStart, r.continuationStart));
  // A court that exists already ("… the jurisdiction of the International Court of Justice over …") is not created.
  const m = found && !/International\s+(?:Court\s+of\s+Justice|Criminal\s+Court)|Permanent\s+Court/u.test(found[0]) && !byTreaty(r.text.slice(Math.max(r.ownStart, r.ownStart + found.index - 60), r.ownStart + found.index)) && !treatyCreates.test(found[0]) ? found : null;
  const where = m ? locate(r, r.ownStart + m.index, r.ownStart + m.index + m[0].length) : null;
  if (!m || !where) return null;
  const agency = /specialized\s+agency|brought\s+into\s+relationship/u.test(m[0]);
  const cite = committee.citations.newBody;
  return {
    ...where,
    severity: "error",
    message: agency ? `Creates a new specialized agency, which only a treaty can create` : `Creates a court with jurisdiction over States or their nationals, which only a treaty can create`,
    explanation: `${agency ? "A specialized agency is founded by its own constitution, a treaty, and brought into relationship with the United Nations by agreement (Charter Arts. 57, 63)" : "A court's jurisdiction over States or their nationals rests on their consent, given by treaty (as in the Rome Statute) or by the Security Council acting under Chapter VII"}; the ${committee.shortName} may create subsidiary organs for its own functions (${quoteOf(cite)}), not this. Recommend that States negotiate a convention, or ask for a study of the options.`,
    mandate: cite,
    fixes: [],
  };
}

export function newBodyFindings(view: ClauseView, committee: CommitteeProfile): Finding[] {
  const powers = committee.powers;
  const r = readClause(view);
  if (!(r.gates & GATE.newBody)) return [];
  if (r.section === "preamble") return [];
  if (powers.newBodies === "any") {
    const treatyOnly = treatyOnlyFinding(r, committee);
    if (treatyOnly) return [treatyOnly];
    if (!powers.budgetReview) return [];
  }
  const out: Finding[] = [];
  for (const p of r.predicates) {
    if (p.end <= r.ownStart || p.verbClass === "describe") continue;
    for (const c of creations(r, p)) {
      if (c.noun.index + c.noun[0].length <= r.ownStart) continue; // in an ancestor: reported there
      const f = judge(r, p, c, committee);
      if (f) {
        out.push(f);
        break; // one finding per predication
      }
    }
  }
  return out;
}

/** Creation verbs in a predication with a body noun as their object. */
function creations(r: ClauseReading, p: Predicate): Creation[] {
  const out: Creation[] = [];
  const scanFrom = p.verbClass === "establish" ? p.verbStart : p.bodyStart;
  for (const m of findAllIn(creationVerb, r.text, scanFrom, p.end)) {
    const form = norm(m[0]);
    const verbStart = m.index;
    const verbEnd = m.index + m[0].length;
    let objectStart: number;
    let objectStop: number;
    // "set up" is also the infinitive ("Decides to set up a fund"): passive only after a passive lead.
    const passive = pastParticiples.has(form) && passiveLead.test(r.text.slice(Math.max(p.bodyStart, verbStart - 12), verbStart));
    // Not after "to" (or a modal: "The Council will set up …"), "set up" is a participle naming an existing body ("the group set up by resolution 5/1").
    // "Having established …" (a preamble recording the committee's own act, read as operative:
    // lexicon.ts, preambularAct) creates as "Establishes" does.
    const perfect = /(?<![\p{L}-])having\s+(?:(?:also|further|previously|already)\s+)?$/iu.test(r.text.slice(Math.max(0, verbStart - 26), verbStart));
    if (pastParticiples.has(form) && !passive && !perfect && (form !== "set up" || !/(?<![\p{L}-])(?:to|will|shall|must)\s+$/iu.test(r.text.slice(Math.max(0, verbStart - 6), verbStart)))) continue;
    if (passive) {
      // "a trust fund shall be established": the object stands before; "the Fund established by
      // resolution 46/122" is a reference to an existing body, not a creation.
      objectStart = Math.max(p.bodyStart, verbStart - 90);
      objectStop = verbStart;
      // "… shall be established by the Council": the agent, not what is established.
      if (!findIn(bodyNoun, r.text, objectStart, objectStop) && !/^\s+by(?![\p{L}-])/iu.test(r.text.slice(verbEnd, verbEnd + 4))) {
        // "There shall be established … an Interim Committee": the object follows.
        objectStart = verbEnd;
        objectStop = Math.min(p.end, verbEnd + 200);
      }
    } else if (creationNouns.has(form)) {
      const of = /^\s+of\s+/iu.exec(r.text.slice(verbEnd, verbEnd + 6));
      if (!of) continue;
      if (form === "appointment" && !/^(?:an?|one|new)\s/iu.test(r.text.slice(verbEnd + of[0].length, verbEnd + of[0].length + 5))) continue;
      objectStart = verbEnd + of[0].length;
      objectStop = Math.min(p.end, objectStart + 110);
    } else {
      // "open" creates only with an object ("open an office", "open regional offices"), not in
      // "remain open to", "open for signature", "kept open until".
      if (form.startsWith("open") && !/^\s+[\p{L}-]/u.test(r.text.slice(verbEnd, verbEnd + 3))) continue;
      if (form.startsWith("open") && /^\s+(?:to|for|until|and|or|in|at|on|during|by|with|as|up)(?![\p{L}-])/iu.test(r.text.slice(verbEnd, verbEnd + 10))) continue;
      // "in the form of a fund", "any form of": the noun, not the verb.
      if (form === "form" && (/^\s+of(?![\p{L}-])/iu.test(r.text.slice(verbEnd, verbEnd + 4)) || /(?<![\p{L}-])(?:the|a|an|any|this|that|its|their|in|every)\s+$/iu.test(r.text.slice(Math.max(0, verbStart - 8), verbStart)))) continue;
      // "appoint" creates a post only with "a"/"an" ("appoint a Special Envoy"); "appoint the
      // members of the Board" fills existing seats.
      if (form.startsWith("appoint") && !/^\s+(?:of\s+)?(?:an?|one|new)\s/iu.test(r.text.slice(verbEnd, verbEnd + 10))) continue;
      objectStart = verbEnd;
      // Skip a parenthetical right after the verb: "establish, as of 1 January 1951, a …".
      const aside = /^\s*,[^,;]{1,120},/u.exec(r.text.slice(verbEnd, verbEnd + 124));
      if (aside) objectStart += aside[0].length;
      objectStop = Math.min(p.end, objectStart + 110);
    }
    const stop = objectEnd.exec(r.text.slice(objectStart + 1, objectStop));
    if (stop && !passive) objectStop = objectStart + 1 + stop.index;
    const noun = findIn(bodyNoun, r.text, objectStart, objectStop);
    if (noun) {
      out.push({ verbStart, verbEnd, form, objectStart, objectEnd: objectStop, noun, ...kindOf(noun[0]) });
      continue;
    }
    // A peace operation or political mission by name ("the United Nations Assistance Mission for Iraq").
    const mission = findIn(missionName, r.text, objectStart, Math.min(p.end, objectStart + 80));
    if (mission && mission.index - objectStart < 8 && !findIn(nonOperationalObject, r.text, objectStart, mission.index + mission[0].length)) {
      out.push({ verbStart, verbEnd, form, objectStart, objectEnd: mission.index + mission[0].length, noun: mission, kind: "mission" });
    }
  }
  // "The Commission should have a standing Organizational Committee": a body given a new organ.
  for (const m of findAllIn(endowed, r.text, p.bodyStart, p.end)) {
    const objectStart = m.index + m[0].length - m[1]!.length;
    const noun = findIn(bodyNoun, r.text, objectStart, Math.min(p.end, objectStart + 60));
    if (noun && !/[,;:]|\s(?:of|for|to|in|on|with|by)\s/iu.test(r.text.slice(objectStart, noun.index))) {
      out.push({ verbStart: m.index, verbEnd: objectStart - 1, form: "endow", objectStart, objectEnd: noun.index + noun[0].length, noun, ...kindOf(noun[0]) });
    }
  }
  // "Decides that a Committee …, consisting of China, France, …, shall": a body constituted by
  // naming its members, with no creation verb.
  if (p.verbClass === "decide") {
    const lead = constitutedLead.exec(r.text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 40)));
    if (lead) {
      const objectStart = p.bodyStart + lead[0].length - lead[1]!.length;
      const noun = findIn(bodyNoun, r.text, objectStart, Math.min(p.end, objectStart + 50));
      const nounEnd = noun ? noun.index + noun[0].length : 0;
      if (noun && findIn(membership, r.text, nounEnd, Math.min(p.end, nounEnd + 80))) {
        out.push({ verbStart: objectStart, verbEnd: objectStart + lead[1]!.length, form: "establish", objectStart, objectEnd: nounEnd, noun, ...kindOf(noun[0]) });
      }
    }
  }
  return out;
}

function judge(r: ClauseReading, p: Predicate, c: Creation, committee: CommitteeProfile): Finding | null {
  const object = r.text.slice(c.objectStart, c.objectEnd);
  const nounText = c.noun[0];
  const nounIndex = c.noun.index;
  // The profile's own mechanisms: "establish a working group", "a commission of inquiry".
  const allowed = allowedRegex(committee);
  if (committee.powers.newBodies === "listed" && allowed) {
    const nounEnd = nounIndex + nounText.length;
    for (const a of findAllIn(allowed, r.text, c.objectStart, c.objectEnd)) {
      if (a.index < nounEnd && a.index + a[0].length > c.noun.index) return null;
    }
  }
  // An existing entity named as the host ("a focal point within the Office of the High
  // Commissioner") is not a new body; one named as the object itself is re-created, and said so.
  let existing: string | null = null;
  for (const e of findAllIn(existingEntity, r.text, c.objectStart, c.objectEnd)) {
    const nounEnd = nounIndex + nounText.length;
    // The body noun inside the entity's name: the entity itself is the object ("establish a
    // multi-year standing Peacebuilding Fund"). The entity after the noun hosts it ("a unit within
    // the Office of the High Commissioner").
    if (e.index <= c.noun.index && e.index + e[0].length >= nounEnd) {
      if (hostPreposition.test(r.text.slice(c.objectStart, e.index))) return null;
      existing = e[0];
    }
    else if (e.index < nounEnd && e.index + e[0].length > c.noun.index) return null;
  }
  // Who creates: the last actor named before the creation verb, else the committee itself.
  const actor = lastActorBefore(r.text, p.bodyStart, c.verbStart);
  // A State's own institution: "national human rights institutions"; a regional one too, unless
  // the United Nations is to open it ("Requests the Office … to open regional offices").
  const qualifier = findIn(nationalQualifier, r.text, c.objectStart, nounIndex + nounText.length);
  const unCreates = actor === null ? p.verbClass === "establish" || p.verbClass === "decide" : ["secretariat", "ohchr", "un"].includes(actor.cls);
  // Not when it qualifies people in the body's name ("a Domestic Workers' Fund", "a Local Journalists Fund").
  const qualifiesPeople = qualifier !== null && /^\s+\p{Lu}[\p{L}-]*s['’]?(?=\s)/u.test(r.text.slice(qualifier.index + qualifier[0].length, nounIndex));
  if (qualifier && !qualifiesPeople && !(unCreates && /regional/iu.test(qualifier[0]))) return null;
  // Hedged: "consider establishing", "explore the feasibility of creating", "assist States in setting up".
  const hedgeFrom = p.verbClass === "establish" ? p.verbEnd : p.bodyStart;
  if (c.verbStart > hedgeFrom && findIn(creationHedge, r.text, hedgeFrom, c.verbStart)) return null;
  if (actor && isStateActor(actor.cls)) return null;
  if (/^\s*(?:national|domestic)/iu.test(object)) return null;
  // Another principal organ asked or recommended to create it (the General Assembly may, Art. 22):
  // that is the alternative the rule itself suggests, unless the organ named is the committee.
  // Only an organ that acts: "A Commission of the Security Council is hereby established" names
  // the organ inside what is created.
  const active = c.objectStart >= c.verbEnd;
  if (actor && active && actor.cls === "organ" && !isCommitteeItself(r.text.slice(actor.start, actor.end), committee)) return null;
  // Someone outside the United Nations asked to create it ("Encourages the private sector to create
  // a fund", "Invites the African Union to set up an observatory"): their decision, not the committee's.
  if (!actor && p.verbClass !== "establish" && p.verbClass !== "decide" && p.verbClass !== null && outsideAddressee(r, p, c)) return null;

  const self = !actor && (p.verbClass === "establish" || p.verbClass === "decide" || p.verbClass === null);
  const strong = c.kind === "mission" || isStrongBody(nounText);
  // The creation and its body noun, in either order ("a fund shall be established").
  const where = locate(r, Math.min(c.verbStart, nounIndex), Math.max(c.verbEnd, nounIndex + nounText.length));
  if (!where) return null;

  if (committee.powers.newBodies === "any") {
    // GA Main Committees: funds, posts and offices carry programme budget implications.
    if (!budgetNouns.has(c.kind) || !(self || actor?.cls === "secretariat")) return null;
    const cite = committee.citations.budget ?? committee.citations.newBody;
    return {
      ...where,
      severity: "info",
      message: `Creating ${article(c.kind)} ${c.kind} has programme budget implications for the Fifth Committee`,
      explanation: `The General Assembly may create subsidiary organs, but a draft that creates ${article(c.kind)} ${c.kind} goes to the Fifth Committee for its budget implications before the plenary votes: ${quoteOf(cite)}.`,
      mandate: cite,
      fixes: [],
    };
  }

  const cite = committee.citations.newBody;
  // The Secretariat and OHCHR serve the committee: what it asks them to create, it creates. An
  // agency with its own governing body (UNDP, ILO, UNESCO) decides for itself, so asking it is
  // worth a look, not an error.
  const byProxy = actor !== null && actor.cls !== "organ" && actor.cls !== "un";
  const severity: Finding["severity"] = self || byProxy ? (strong ? "error" : "warning") : "warning";
  const actorText = actor ? r.text.slice(actor.start, actor.end) : "";
  const whoText = self ? `The ${committee.shortName} itself creates` : actor ? `The clause asks ${actorText} to create` : `The clause calls for creating`;
  const what = c.plural ? `new ${norm(nounText)}` : `a new ${c.kind}`;
  const fixes = fixesFor(r, p, c, committee, self);
  return {
    ...where,
    severity,
    message: self
      ? `Creates ${what}: the ${committee.shortName} does not create new bodies`
      : actor
        ? `Asks ${actorText} to create ${what}: the ${committee.shortName} does not create new bodies`
        : `Calls for ${what}: the ${committee.shortName} does not create new bodies`,
    explanation: `${existing ? `"${existing}" exists already: to strengthen or extend it, say so; as written, ` : ""}${whoText} a new ${c.kind} ("${object.trim()}"), which is not among the mechanisms the ${committee.name} may create (${committee.powers.mayCreate.map((m) => m.name).join("; ") || "none"}): ${quoteOf(cite)}. Strengthen an existing body, or ask for the option to be explored.`,
    mandate: cite,
    fixes,
  };
}

function fixesFor(r: ClauseReading, p: Predicate, c: Creation, committee: CommitteeProfile, self: boolean): Finding["fixes"] {
  const gerund = gerundOf(c.form);
  const { explore, recommendTo } = committee.alternatives;
  if (c.form === "endow") return []; // no one wording fits "X should have a Y"
  const nounForm = creationNouns.has(c.form);
  if (self) {
    // Replace the committee's own act ("Establishes", "Decides to establish") as a whole.
    const start = p.verbStart;
    const end = p.verbClass === "establish" ? p.verbEnd : c.verbEnd;
    const verbText = r.text.slice(start, end);
    const a = `${matchCase(verbText, "requests")} ${explore} to explore, within existing resources, the feasibility of ${gerund}`;
    const b = `${matchCase(verbText, "recommends")} that ${recommendTo} consider ${gerund}`;
    return [...(fix(r, `Ask ${explore} to explore it`, start, end, a) ?? []), ...(fix(r, `Recommend it to ${recommendTo}`, start, end, b) ?? [])];
  }
  if (nounForm) {
    const insert = `consideration of the ${c.form}`;
    return fix(r, `Ask for consideration instead`, c.verbStart, c.verbEnd, insert);
  }
  const insert = `explore, within existing resources, the feasibility of ${gerund}`;
  return fix(r, `Ask to explore the option within existing resources`, c.verbStart, c.verbEnd, insert);
}

/** Whether an organ named in a clause is the committee itself ("the Council" in a Human Rights Council paper). */
function isCommitteeItself(organ: string, committee: CommitteeProfile): boolean {
  const name = organ.replace(/^the\s+/iu, "").toLowerCase();
  return name === "council" || committee.name.toLowerCase() === name || committee.aliases.some((a) => a.toLowerCase() === name);
}

/**
 * An addressee before the creation verb that is neither a listed actor nor a United Nations body:
 * "Encourages the World Bank to create", "Invites the African Union to set up". Names with
 * "United Nations", an office or a programme in them stay the United Nations' own.
 */
const addresseeThenTo = /^[\s,]*(?:(?:also|further|strongly)\s+)?((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,7}?)\s*,?\s+to\s+(?:[\p{L}-]+\s+){0,2}$/iu;
function outsideAddressee(r: ClauseReading, p: Predicate, c: Creation): boolean {
  const m = addresseeThenTo.exec(r.text.slice(p.bodyStart, c.verbStart));
  if (!m) return false;
  const who = m[1]!;
  if (/^(?:the\s+)?(?:creation|establishment|setting|development|launch|feasibility|possibility|need)(?![\p{L}-])/iu.test(who)) return false;
  // The United Nations' own (agencies listed as actors are caught before this).
  return !/(?<![\p{L}-])(?:United\s+Nations|UN|Secretar\p{L}*|High\s+Commissioner|Office|Special|Rapporteur|Expert|Programme|Fund|Agency|Commission|Council|Assembly)(?![\p{L}-])/u.test(who);
}
