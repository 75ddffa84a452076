/**
 * mandate/binding-language: the committee imposing obligations it cannot impose. Reads who is
 * bound (States, parties, sanctions measures) and by what (a demand, a requirement, "decides that
 * … shall"), and leaves the committee's own procedure and reaffirmed treaty obligations alone.
 */
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { ClauseView, Finding } from "../../rule.ts";
import { bindingModal, existingObligation, isStateActor, isStateSubject, proceduralSubject, sanctions, softModal } from "./lexicon.ts";
import { GATE } from "./lexicon.ts";
import { findIn } from "./patterns.ts";
import { PhraseSet } from "./phrases.ts";
import { actorAtPosition, addressee, readClause, type ClauseReading, type Predicate } from "./reading.ts";
import { fix, locate, matchCase, quoteOf } from "./locate.ts";

const isParticiple = (verb: string) => /ing$/i.test(verb);
// "Decides that …", also with an aside first: "Decides, acting under Chapter VII, that …".
const thatLead = /^[\s,]*(?:(?:also|further)\s+)?(?:[^,;]{1,150},\s*)?that\s+/iu;
/** Verbs that order by themselves, and the act they order: "Orders the immediate withdrawal of". */
const orderVerb = /^(?:orders|ordering|commands|commanding|requires|requiring|compels|compelling)$/iu;
const actOrdered = /^\s+the\s+(?:(?:immediate|complete|full|unconditional|prompt|total|urgent)\s+(?:and\s+)?)*(?:withdrawal|release|cessation|halt|end|disarmament|dismantling|closure|evacuation|surrender|return|removal|suspension)\s+of\s/iu;
const toSanctionsLead = /^[\s,]*(?:(?:also|further)\s+)?to\s+(impose|reimpose|renew|extend|apply|maintain|establish)(?![\p{L}-])/iu;
const gerund: Record<string, string> = {
  impose: "imposing", reimpose: "reimposing", renew: "renewing", extend: "extending", apply: "applying", maintain: "maintaining", establish: "establishing",
};
/** Verbs that ban by themselves: a ban is law, whoever it names. */
const prohibitVerb = /^(?:forbids|forbidding|prohibits|prohibiting|bans|banning)$/iu;
const prohibitBase: Record<string, string> = { forbid: "forbid", prohib: "prohibit", ban: "ban" };
/**
 * An addressee the actor list does not know, then "to" or "from": "Requires employers to",
 * "Obliges destination countries to", "Forbids governments from". The committee's own bodies
 * ("Instructs its subsidiary bodies to", "Directs the Working Group to") are not bound by it.
 */
const otherAddressee = /^\s+((?:all|every|each|any|the|those|such)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:(to)\s+(?!(?:the|a|an|all|any|its|their|this|these|those)\s)\p{L}|(from)\s+\p{L}+ing(?![\p{L}-]))/iu;
const ownBodies = /(?<![\p{L}-])(?:its|their|his|her)\s|Rapporteur|Expert|Group|Committee|Commission|Secretar|Office|Mechanism|Mission|Council|Assembly|Forum|Panel|Board|Special|Representative|Envoy|Coordinator|Commissioner|Agency|Programme|Fund|Administrator|Director|Department|Division|Unit|Entity|United Nations|UN(?![\p{L}-])/u;
/** A subject short enough to be who is bound ("developed states"), not a phrase about them ("the rights of migrants in …"). */
const shortSubject = /^(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+$/u;
const prepositionInside = /(?<![\p{L}-])(?:of|in|for|by|with|to|on|from|at|under|within)\s/iu;
/** The text declared binding ("shall be legally binding", "legally binding on all States"), not a binding instrument to be drafted. */
const bindingClaim = /(?<![\p{L}-])(?:(?:shall|will|to|should)\s+(?:be|become)|is|are|becomes?)\s+(?:legally\s+)?binding(?![\p{L}-])|(?<![\p{L}-])legally\s+binding\s+(?:on|upon)\s/iu;
const mandatoryFor = /^[\s,]*(makes?|making)\s+it\s+(?:mandatory|compulsory|obligatory)\s+for(?![\p{L}-])/iu;
const strictModal = /^(?:shall|must|are\s+obliged\s+to|is\s+obliged\s+to|are\s+required\s+to|is\s+required\s+to|are\s+obligated\s+to|shall\s+be\s+required\s+to)$/iu;
const assertiveVerbs = /^(?:stresses|stressing|emphasizes|emphasises|emphasizing|emphasising|underlines|underlining|underscores|underscoring|insists|insisting|highlights|highlighting)$/iu;

export function bindingFindings(view: ClauseView, committee: CommitteeProfile): Finding[] {
  if (committee.powers.bindingDecisions) return [];
  const r = readClause(view);
  if (!(r.gates & GATE.binding)) return [];
  const out: Finding[] = [];
  for (const p of r.predicates) {
    if (p.end <= r.ownStart) continue;
    const found = judge(r, p, committee);
    if (found) out.push(found);
  }
  return out;
}

function judge(r: ClauseReading, p: Predicate, committee: CommitteeProfile): Finding | null {
  // Before building anything for it; but "Declares the Guidelines legally binding on all States"
  // declares, it does not describe.
  if (p.verbClass === "describe" && !/^declar/iu.test(p.verb ?? "")) return null;
  const cite = committee.citations.binding;
  const body = r.text.slice(p.bodyStart, p.end);
  const verb = p.verb ?? "";
  const participle = isParticiple(verb);
  const finding = (
    start: number,
    end: number,
    severity: Finding["severity"],
    message: string,
    why: string,
    fixes: Finding["fixes"] = [],
  ): Finding | null => {
    const at = locate(r, start, end);
    if (!at) return null;
    return {
      ...at,
      severity,
      message,
      explanation: `${why} The ${committee.name} makes recommendations; it does not bind States: ${quoteOf(cite)}.`,
      mandate: cite,
      fixes,
    };
  };

  const claimed = claimOfBindingForce(r, p, committee, finding);
  if (claimed || p.verbClass === "describe") return claimed;

  switch (p.verbClass) {
    case "demand": {
      const strongly = /strongly/i.test(r.text.slice(p.adverbStart, p.verbStart));
      const soft = strongly ? (participle ? "urging" : "urges") : participle ? "strongly urging" : "strongly urges";
      return finding(
        p.verbStart,
        p.verbEnd,
        "error",
        `"${verb}" is binding language the ${committee.shortName} cannot use`,
        `A demand imposes an obligation on those it addresses.`,
        fix(r, `Replace with "${matchCase(verb, soft)}"`, p.verbStart, p.verbEnd, matchCase(verb, soft)),
      );
    }
    case "require": {
      const who = addressee(r.text, p);
      const that = thatLead.test(body);
      // "Orders the immediate withdrawal of …": an order with no one named is still an order.
      const orderOfAnAct = !who && !that && orderVerb.test(verb) && actOrdered.test(body);
      const other = !who && !that ? otherAddressee.exec(body) : null;
      const otherBound = other !== null && !ownBodies.test(other[0]);
      const prohibition = prohibitVerb.test(verb) && !(who && (who.cls === "mechanism" || who.cls === "mission"));
      if (!that && !orderOfAnAct && !otherBound && !prohibition && (!who || who.cls === "mechanism" || who.cls === "mission")) return null;
      const followedByTo = who ? /^\s*(?:,[^,]*,\s*)?to\s/iu.test(r.text.slice(who.end, p.end)) : otherBound && other![2] !== undefined;
      const why = `Requiring, ordering, obliging or prohibiting makes the text binding on those it addresses.`;
      const message = `"${verb}" imposes an obligation the ${committee.shortName} cannot impose`;
      // "Prohibits all internet shutdowns": a ban with no one named; States are asked to enact it.
      if (prohibition && !who && !that && !otherBound) {
        const base = Object.entries(prohibitBase).find(([k]) => verb.toLowerCase().startsWith(k))![1];
        const insert = `${matchCase(verb, participle ? "calling upon" : "calls upon")} all States to ${base}`;
        return finding(p.verbStart, p.verbEnd, "error", message, why, fix(r, `Replace with "${insert}"`, p.verbStart, p.verbEnd, insert));
      }
      // "Forbids governments from blocking" → "Strongly discourages governments from blocking".
      const from = otherBound && other![3] !== undefined;
      const soft = from
        ? participle ? "strongly discouraging" : "strongly discourages"
        : orderOfAnAct ? (participle ? "strongly urging" : "strongly urges") : followedByTo ? (participle ? "calling upon" : "calls upon") : participle ? "recommending" : "recommends";
      return finding(
        p.verbStart,
        p.verbEnd,
        "error",
        message,
        why,
        fix(r, `Replace with "${matchCase(verb, soft)}"`, p.verbStart, p.verbEnd, matchCase(verb, soft)),
      );
    }
    case "decide": {
      // "Declares that", "Determines that": the verb phrase has its "that" already.
      const lead = /that$/iu.test(verb) ? /^\s*/u.exec(body) : thatLead.exec(body);
      if (lead) {
        const subjectStart = p.bodyStart + lead[0].length;
        const modal = findIn(bindingModal, r.text, subjectStart, Math.min(p.end, subjectStart + 320));
        if (!modal) {
          // A decision about sanctions measures binds States even without a modal
          // ("Decides that … payments … are permitted and are not a violation of the asset freeze").
          if (proceduralSubject.test(r.text.slice(subjectStart, subjectStart + 60))) return null;
          const s = findIn(sanctions, r.text, subjectStart, p.end);
          if (!s) return null;
          return finding(
            p.verbStart,
            p.verbEnd,
            "error",
            `Deciding on sanctions ("${s[0]}") is binding: the ${committee.shortName} cannot decide it`,
            `Decisions on sanctions measures bind every State; only the Security Council takes them (Charter Art. 41).`,
          );
        }
        const subject = r.text.slice(subjectStart, modal.index).trim();
        if (!subject || proceduralSubject.test(subject)) return null;
        if (findIn(softModal, r.text, subjectStart, modal.index)) return null;
        const who = actorAtPosition(r.text, subjectStart, modal.index);
        const bindsStates =
          (who !== null && isStateActor(who.cls)) ||
          (who === null && shortSubject.test(subject) && !prepositionInside.test(subject) && isStateSubject(subject));
        const bindsBySanctions = !bindsStates && findIn(sanctions, r.text, subjectStart, modal.index) !== null;
        if (!bindsStates && !bindsBySanctions) return null;
        const modalEnd = modal.index + modal[0].length;
        // "States failing to comply shall face sanctions" threatens a penalty: "Calls upon … to face
        // sanctions" would be no better, so no wording is offered.
        const penalty = /^\s+(?:face|be\s+subject(?:ed)?\s+to|be\s+(?:sanctioned|suspended|penali[sz]ed|punished|excluded|expelled))(?![\p{L}-])/iu.test(r.text.slice(modalEnd, modalEnd + 30));
        const replacement = `${matchCase(verb, participle ? "calling upon" : "calls upon")} ${subject.replace(/,$/, "")} to`;
        return finding(
          p.verbStart,
          modalEnd,
          "error",
          `"${r.text.slice(p.verbStart, modalEnd)}" imposes a binding obligation`,
          bindsStates
            ? `Deciding what States "${modal[0]}" do is a binding decision, which only the Security Council takes (Charter Art. 25).`
            : `Deciding sanctions measures binds every State; only the Security Council does so (Charter Art. 41).`,
          bindsStates && !penalty ? fix(r, `Replace with "${replacement}"`, p.verbStart, modalEnd, replacement) : [],
        );
      }
      const toSanction = toSanctionsLead.exec(body);
      if (toSanction) {
        const s = findIn(sanctions, r.text, p.bodyStart, p.end);
        if (!s) return null;
        const infinitiveEnd = p.bodyStart + toSanction[0].length;
        const replacement = `${matchCase(verb, "recommends")} that the Security Council consider ${gerund[toSanction[1]!.toLowerCase()]}`;
        return finding(
          p.verbStart,
          s.index + s[0].length,
          "error",
          `Imposing sanctions is binding: the ${committee.shortName} cannot decide them`,
          `Sanctions bind every State; only the Security Council decides them (Charter Art. 41).`,
          fix(r, `Replace with "${replacement}"`, p.verbStart, infinitiveEnd, replacement),
        );
      }
      return null;
    }
    case "impose": {
      // "Freezes the assets of …" → "… consider freezing the assets of …".
      const gerund = /^freez/iu.test(verb) ? "freezing" : "imposing";
      const replacement = `${matchCase(verb, "recommends")} that the Security Council consider ${gerund}`;
      return finding(
        p.verbStart,
        p.verbEnd,
        "error",
        `"${verb}" imposes measures the ${committee.shortName} cannot impose`,
        `Imposing measures on States is a binding decision (Charter Arts. 25, 41).`,
        fix(r, `Replace with "${replacement}"`, p.verbStart, p.verbEnd, replacement),
      );
    }
    default:
      return obligationOnStates(r, p, finding) ?? subjunctiveDirective(r, p, finding);
  }
}

/** "Member States shall …", "Urges that States must …": an obligation put on States by modal. */
function obligationOnStates(
  r: ClauseReading,
  p: Predicate,
  finding: (s: number, e: number, sev: Finding["severity"], msg: string, why: string, fixes?: Finding["fixes"]) => Finding | null,
): Finding | null {
  const body = r.text.slice(p.bodyStart, p.end);
  // The subject must stand right before the modal: "States shall", "all Member States must".
  const m = /(?<![\p{L}-])((?:all\s+|each\s+|every\s+)?(?:Member\s+)?States(?:\s+Members|\s+parties)?|Governments|(?:all|the|both)\s+parties)\s+(shall|must|are\s+obliged\s+to|are\s+required\s+to|shall\s+be\s+required\s+to)(?![\p{L}-])/u.exec(body);
  if (!m || !strictModal.test(m[2]!)) return null;
  if (findIn(existingObligation, r.text, p.bodyStart, p.end)) return null;
  const start = p.bodyStart + m.index + m[1]!.length + 1;
  const end = p.bodyStart + m.index + m[0].length;
  const severity = p.verbClass === null ? "error" : "warning";
  if (p.verbClass !== null && assertiveVerbs.test(p.verb ?? "") && /must/i.test(m[2]!)) {
    // "Stresses that States must …" usually restates an existing duty; still worth a look.
    return finding(start, end, "info", `"${m[2]}" puts an obligation on States`, `"${m[2]}" with States as its subject reads as an obligation unless it restates one they already have.`, fix2(r, start, end));
  }
  return finding(start, end, severity, `"${m[2]}" puts a binding obligation on States`, `"${m[2]}" with States as its subject imposes an obligation.`, fix2(r, start, end));
}

/**
 * A directive to States through a bare subjunctive after an assertive verb: "Stresses that
 * countries with nuclear arsenals stop their manufacture", "Insists that all States cease …". The
 * subject is a State actor right after "that"; the verb is one of ceasing or renouncing (stop,
 * cease, halt, refrain, withdraw …) with no modal or "to" before it, so "Stresses that States have
 * the primary responsibility" and "Stresses that States should stop …" are not read as directives.
 */
function subjunctiveDirective(
  r: ClauseReading,
  p: Predicate,
  finding: (s: number, e: number, sev: Finding["severity"], msg: string, why: string, fixes?: Finding["fixes"]) => Finding | null,
): Finding | null {
  if (!assertiveVerbs.test(p.verb ?? "")) return null;
  const lead = /^[\s,]*(?:(?:also|further)\s+)?that\s+/iu.exec(r.text.slice(p.bodyStart, p.bodyStart + 30));
  if (!lead) return null;
  const subjectStart = p.bodyStart + lead[0].length;
  const who = actorAtPosition(r.text, subjectStart, p.end);
  if (!who || !isStateActor(who.cls)) return null;
  const stop = r.text.slice(who.end, Math.min(p.end, who.end + 100)).search(/[,;:]/u);
  const limit = stop < 0 ? Math.min(p.end, who.end + 100) : who.end + stop;
  const v = findIn(directiveVerb, r.text, who.end, limit);
  if (!v) return null;
  if (/(?<![\p{L}-])(?:to|should|would|could|may|might|will|can|shall|must|not|who|which|that)\s+$/iu.test(r.text.slice(Math.max(who.end, v.index - 8), v.index))) return null;
  const end = v.index + v[0].length;
  return finding(
    v.index,
    end,
    "warning",
    `"${r.text.slice(subjectStart, end)}" directs States through a bare subjunctive`,
    `Telling States to "${v[0]}" in the subjunctive after "${p.verb}" is a directive, not a recommendation.`,
    fix(r, `Replace with "should ${v[0]}"`, v.index, end, `should ${v[0]}`),
  );
}
// Each of these is also a gate word of the rule (lexicon.ts), so a clause with one is read.
const directiveVerb = new PhraseSet(["stop", "cease", "halt", "refrain", "desist", "withdraw", "dismantle", "destroy", "renounce", "abandon", "abolish", "immediately stop", "immediately cease", "immediately halt", "immediately withdraw"]);

const fix2 = (r: ClauseReading, start: number, end: number) => fix(r, `Replace with "should"`, start, end, "should");

/**
 * The text declared binding ("Decides that the present resolution shall be legally binding",
 * "…, which shall be legally binding", "Declares the Guidelines legally binding on all States") or
 * a duty made by fiat ("Makes it mandatory for all States to …"). A legally binding instrument
 * to be negotiated ("to elaborate a legally binding instrument") is not a claim of force.
 */
function claimOfBindingForce(
  r: ClauseReading,
  p: Predicate,
  committee: CommitteeProfile,
  finding: (s: number, e: number, sev: Finding["severity"], msg: string, why: string, fixes?: Finding["fixes"]) => Finding | null,
): Finding | null {
  const from = Math.max(p.bodyStart, r.ownStart);
  const mandatory = p.verb === null ? mandatoryFor.exec(r.text.slice(from, p.end)) : null;
  if (mandatory) {
    const start = from + mandatory[0].length - mandatory[0].trimStart().length;
    const end = from + mandatory[0].length;
    const insert = matchCase(mandatory[1]!, /ing$/iu.test(mandatory[1]!) ? "strongly encouraging" : "strongly encourages");
    return finding(
      start,
      end,
      "error",
      `"${r.text.slice(start, end)}" imposes an obligation the ${committee.shortName} cannot impose`,
      `Making something mandatory for States is a binding decision.`,
      fix(r, `Replace with "${insert}"`, start, end, insert),
    );
  }
  const claim = bindingClaim.exec(r.text.slice(from, p.end));
  if (!claim) return null;
  const start = from + claim.index;
  const end = start + claim[0].trimEnd().length;
  return finding(
    start,
    end,
    "error",
    `Declaring a text legally binding is beyond the ${committee.shortName}'s powers`,
    `"${r.text.slice(start, end)}": a resolution of this committee is a recommendation; declaring it or any text binding does not make it so, and claims a power only the Security Council (or a treaty States ratify) has.`,
  );
}
