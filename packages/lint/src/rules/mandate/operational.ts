/**
 * mandate/operational-intervention: deploying, authorising or renewing forces and missions,
 * enforcement (interdiction, no-fly zones, "all necessary means"), and the United Nations itself
 * delivering relief or running elections; also when the opening verb is soft ("Recommends that
 * … forces be made available"). Fact-finding missions, country visits, consent-based technical
 * assistance and requests for reports are not operational.
 */
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { ClauseView, Finding } from "../../rule.ts";
import {
  consentMarker,
  creationVerb,
  forceManagement,
  missionTask,
  uniformedForce,
  deployVerb,
  sanctions,
  electionAction,
  forceNoun,
  isStateActor,
  mandateExtension,
  missionName,
  missionTasking,
  nonOperationalObject,
  operationalTerm,
  reliefAction,
} from "./lexicon.ts";
import { GATE } from "./lexicon.ts";
import { findAllIn, findIn, norm } from "./patterns.ts";
import { PhraseSet } from "./phrases.ts";
import { addressee, readClause, type ClauseReading, type Predicate } from "./reading.ts";
import { fix, locate, matchCase, quoteOf } from "./locate.ts";

interface Hit {
  start: number;
  end: number;
  what: string;
  /** Operational whoever is asked (forces, enforcement), or only when the UN itself acts. */
  kind: "force" | "un-action";
}

const missionKinds = new PhraseSet(["field mission", "monitoring mission", "observer mission", "peacekeeping mission", "peacekeeping operation", "peacekeeping force", "political mission", "special political mission", "verification mission", "stabilization mission", "protection force", "multinational force", "stabilization force", "intervention force", "emergency force", "interim force", "observer force"]);
const reportRequest = /^[\s,]*(?:(?:also|further)\s+)?(?:,[^,]{0,80},\s*)?to\s+(?:continue\s+to\s+|regularly\s+|also\s+)?(?:report|brief|inform|keep\s+(?:the\s+\p{L}+\s+)?(?:informed|apprised)|submit|include|present|provide\s+(?:a|an|regular)\s+(?:report|update|briefing|assessment))(?![\p{L}-])/iu;
const endingMission = new PhraseSet(["terminate", "terminates", "terminating", "termination", "closure", "close", "liquidation", "end the mandate", "ending of the mandate", "conclude the mandate", "completion of the mandate", "exit strategy"]);
const sanctionsLead = /^[\s,]*(?:(?:also|further)\s+)?(?:(?:[^,;]{1,150},\s*)?that\s+|to\s+(?:impose|reimpose|renew|extend|apply|maintain|establish)(?![\p{L}-]))/iu;
const committeeActs = new Set(["decide", "establish", "authorize", "deploy", "require", "demand", "impose"]);
const necessaryMeans = /^all\s+necessary\s+(?:means|measures)$/iu;
const authorisingContext = /(?:authoriz|authoris|to\s+use|using|employ|resort\s+to)[\p{L}\s,-]{0,60}$/iu;
const stateOwnTerms = new Set(["disarm", "public security", "drawdown", "draw-down", "safe zone", "safe zones", "humanitarian corridor", "humanitarian corridors", "buffer zone"]);
const makeAvailable = /(?<![\p{L}-])mak(?:e|es|ing)\s+(?:[\p{L}-]+\s+){1,5}?available(?![\p{L}-])/giu;
const forceHead = /^(?:\s+(?:force|forces|mission|missions|operation|operations|troops|units|personnel|component|contingents?))+/iu;
/** Extends "peacekeeping" to "peacekeeping force". */
const withHead = (text: string, end: number) => end + (forceHead.exec(text.slice(end, end + 40))?.[0].length ?? 0);
const passiveDeploy = /^[\s\p{L},-]{0,40}?(?:be|being|been|are|is)\s+(?:deployed|made\s+available|sent|dispatched|stationed)(?![\p{L}-])/iu;

export function operationalFindings(view: ClauseView, committee: CommitteeProfile): Finding[] {
  if (committee.powers.operationalMeasures) return [];
  const r = readClause(view);
  if (!(r.gates & GATE.operational)) return [];
  if (r.section === "preamble") return [];
  const out: Finding[] = [];
  for (const p of r.predicates) {
    if (p.end <= r.ownStart || p.verbClass === "describe") continue;
    const hit = firstHit(r, p, committee);
    if (!hit) continue;
    const f = toFinding(r, p, hit, committee);
    if (f) out.push(f);
  }
  return out;
}

function overlapsExempt(r: ClauseReading, start: number, end: number, committee: CommitteeProfile): boolean {
  for (const m of findAllIn(nonOperationalObject, r.text, Math.max(0, start - 40), Math.min(r.text.length, end + 40))) {
    if (m.index < end && m.index + m[0].length > start) return true;
  }
  void committee;
  return false;
}

function firstHit(r: ClauseReading, p: Predicate, committee: CommitteeProfile): Hit | null {
  const who = addressee(r.text, p);
  if (who && who.cls === "mechanism") return null; // the committee's own Special Procedures and commissions
  const whoMission = !who && findIn(missionName, r.text, p.bodyStart, Math.min(p.end, p.bodyStart + 60));
  const stateAsked = who !== null && isStateActor(who.cls);
  // In a sub-clause the predication may open in a parent: only the clause's own words are
  // searched, and checks anchored on the verb apply only when the verb is the clause's own.
  const from = Math.max(p.bodyStart, r.ownStart);
  const ownVerb = p.verbStart >= r.ownStart;
  // Requests for reports and briefings are not operational, whatever they report on.
  const afterWho = who ? r.text.slice(who.end, Math.min(p.end, who.end + 60)) : r.text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 60));
  if (reportRequest.test(afterWho)) return null;
  // Ending a mission is not an intervention.
  if (findIn(endingMission, r.text, from, p.end)) return null;

  // A task in a peace operation's mandate list: the parent announces the mission's tasks.
  if (r.ownStart > 0 && p.verbStart <= r.ownStart + 1) {
    const parent = r.text.slice(0, r.ownStart);
    const mission = findIn(missionName, parent) ?? /(?<![\p{L}-])the\s+(?:Mission|Force)(?![\p{L}-])/u.exec(parent);
    if (mission && missionTasking.test(parent) && !findIn(consentMarker, r.text, 0, r.ownStart) && !overlapsExempt(r, mission.index, mission.index + mission[0].length, committee) && !/^\s*\S*\s*report/iu.test(r.text.slice(r.ownStart))) {
      const end = Math.min(r.continuationStart, r.ownStart + Math.max(1, r.text.slice(r.ownStart).search(/[,;:]|$/)));
      return { start: r.ownStart, end: Math.min(end, r.ownStart + 80), what: "tasks a peace operation under its mandate", kind: "force" };
    }
  }

  // Imposing or renewing sanctions: their enforcement is operational.
  if (p.verbClass === "decide" || p.verbClass === "impose") {
    const lead = sanctionsLead.exec(r.text.slice(p.bodyStart, p.end));
    const s = lead || p.verbClass === "impose" ? findIn(sanctions, r.text, from, p.end) : null;
    if (s) return { start: s.index, end: s.index + s[0].length, what: "imposes or renews sanctions, whose enforcement is operational", kind: "force" };
  }
  // "Decides that MONUSCO shall …": tasking a peace operation.
  if (ownVerb && p.verbClass === "decide" && /^[\s,]*(?:(?:also|further)\s+)?that\s/iu.test(r.text.slice(p.bodyStart, p.bodyStart + 20))) {
    const that = r.text.indexOf("that", p.bodyStart) + 4;
    const m = findIn(missionName, r.text, that, Math.min(p.end, that + 50)) ?? (/^\s+the\s+(?:Mission|Force)(?![\p{L}-])/u.exec(r.text.slice(that, that + 20)) ? { index: that + 1, 0: r.text.slice(that + 1, that + 1 + r.text.slice(that + 1).search(/\s(?:shall|will|is|are)\s|$/)) } : null);
    if (m && m.index - that < 8 && !overlapsExempt(r, m.index, m.index + m[0].length, committee)) {
      return { start: p.verbStart, end: m.index + m[0].length, what: "tasks a peace operation", kind: "force" };
    }
  }
  // A peace operation asked to protect civilians, monitor a ceasefire, disarm …
  if ((who && who.cls === "mission") || whoMission) {
    const t = findIn(missionTask, r.text, from, p.end);
    if (t) return { start: t.index, end: t.index + t[0].length, what: "tasks a peace operation with security work", kind: "force" };
  }
  // Commanding, composing or organising a force; creating one.
  if (!stateAsked || p.verbClass !== "request") {
    for (const f of findAllIn(uniformedForce, r.text, from, p.end)) {
      if (/Task\s+$/u.test(r.text.slice(Math.max(0, f.index - 6), f.index))) continue;
      const mg = findIn(forceManagement, r.text, Math.max(p.bodyStart, f.index - 80), f.index);
      const cv = findIn(creationVerb, r.text, Math.max(p.bodyStart, f.index - 40), f.index);
      if ((mg || cv) && !overlapsExempt(r, f.index, f.index + f[0].length, committee)) {
        const from = (mg ?? cv)!.index;
        return { start: from, end: f.index + f[0].length, what: "organises or commands a force", kind: "force" };
      }
    }
  }
  if (ownVerb && p.verbClass === "authorize") {
    return { start: p.verbStart, end: p.verbEnd, what: "authorises action", kind: "force" };
  }
  // Establishing a mission or an operation: "Decides to establish the United Nations Mission in …".
  for (const cv of stateAsked ? [] : findAllIn(creationVerb, r.text, from, p.end)) {
    const after = cv.index + cv[0].length;
    const m = findIn(missionName, r.text, after, Math.min(p.end, after + 60)) ?? findIn(missionKinds, r.text, after, Math.min(p.end, after + 40));
    if (m && !/(?<![\p{L}-])(?:to|with|for|on|by|against|within)\s/iu.test(r.text.slice(after, m.index)) && !overlapsExempt(r, m.index, m.index + m[0].length, committee)) {
      return { start: cv.index, end: withHead(r.text, m.index + m[0].length), what: "establishes a mission or force", kind: "force" };
    }
  }
  // Renewing or extending a peace operation's mandate.
  for (const ext of findAllIn(mandateExtension, r.text, p.verbClass === "establish" && ownVerb ? p.verbStart : from, p.end)) {
    const after = ext.index + ext[0].length;
    const mission = findIn(missionName, r.text, after, Math.min(p.end, after + 100));
    if (mission && mission.index - after < 12 && !overlapsExempt(r, mission.index, mission.index + mission[0].length, committee)) {
      return { start: ext.index, end: mission.index + mission[0].length, what: "renews a peace operation's mandate", kind: "force" };
    }
  }
  // Forces deployed or made available, whoever is asked.
  for (const m of findAllIn(makeAvailable, r.text, from, p.end)) {
    const f = findIn(forceNoun, r.text, m.index, m.index + m[0].length);
    if (f) return { start: m.index, end: m.index + m[0].length, what: "makes forces available", kind: "force" };
  }
  for (const d of findAllIn(deployVerb, r.text, p.verbClass === "deploy" && ownVerb ? p.verbStart : from, p.end)) {
    const after = d.index + d[0].length;
    // "countries contributing troops" names troop contributors; it deploys nothing.
    if (/ing$/i.test(d[0]) && /(?:countries|States|nations|those|contributors)\s+$/u.test(r.text.slice(Math.max(0, d.index - 14), d.index))) continue;
    const f = findIn(forceNoun, r.text, after, Math.min(p.end, after + 60));
    if (f && !/(?<![\p{L}-])(?:to|of|with|in|for|on|by|against)\s/iu.test(r.text.slice(after, f.index)) && f.index - after < 45) {
      if (!overlapsExempt(r, f.index, f.index + f[0].length, committee)) {
        return { start: d.index, end: withHead(r.text, f.index + f[0].length), what: "deploys forces", kind: "force" };
      }
    }
    if (/^\s+of\s/iu.test(r.text.slice(after, after + 4))) {
      const m = findIn(missionName, r.text, after, Math.min(p.end, after + 80)) ?? findIn(forceNoun, r.text, after, Math.min(p.end, after + 50));
      if (m && !overlapsExempt(r, m.index, m.index + m[0].length, committee)) {
        return { start: d.index, end: m.index + m[0].length, what: "deploys forces or a mission", kind: "force" };
      }
    }
  }
  for (const f of findAllIn(forceNoun, r.text, from, p.end)) {
    if (passiveDeploy.test(r.text.slice(f.index + f[0].length, p.end))) {
      const m = passiveDeploy.exec(r.text.slice(f.index + f[0].length, p.end))!;
      return { start: f.index, end: f.index + f[0].length + m[0].length, what: "makes forces available", kind: "force" };
    }
  }
  // Enforcement and peace-operation vocabulary.
  for (const t of findAllIn(operationalTerm, r.text, from, p.end)) {
    const term = norm(t[0]);
    if (necessaryMeans.test(term) && !authorisingContext.test(r.text.slice(Math.max(p.bodyStart, t.index - 80), t.index))) continue;
    if (stateAsked && stateOwnTerms.has(term)) continue;
    if (overlapsExempt(r, t.index, t.index + t[0].length, committee)) continue;
    return { start: t.index, end: t.index + t[0].length, what: `"${t[0]}"`, kind: "force" };
  }
  // The United Nations itself delivering relief or running elections.
  const unActs =
    (!who && committeeActs.has(p.verbClass ?? "")) ||
    whoMission ||
    (who !== null && (who.cls === "secretariat" || who.cls === "un" || who.cls === "mission" || who.cls === "ohchr"));
  if (unActs) {
    const a = findIn(reliefAction, r.text, from, p.end) ?? findIn(electionAction, r.text, from, p.end);
    // Electoral or relief assistance at the State's request is consent-based assistance.
    if (a && !findIn(consentMarker, r.text, p.bodyStart, p.end)) return { start: a.index, end: a.index + a[0].length, what: `has the United Nations ${norm(a[0])}`, kind: "un-action" };
  }
  return null;
}

function toFinding(r: ClauseReading, p: Predicate, hit: Hit, committee: CommitteeProfile): Finding | null {
  const at = locate(r, hit.start, hit.end);
  if (!at) return null;
  const cite = committee.citations.operational;
  const own = committeeActs.has(p.verbClass ?? "");
  const severity: Finding["severity"] = hit.kind === "un-action" ? "warning" : own ? "error" : "warning";
  const usable = recommendToCouncil(r, p);
  return {
    ...at,
    severity,
    message: `Operational intervention: the clause ${hit.what}`,
    explanation: `${own ? `The ${committee.shortName} itself` : "The clause, even with its soft opening verb,"} ${hit.what}, which is operational action outside the ${committee.name}'s mandate: ${quoteOf(cite)}. Ask for a report, an assessment or technical assistance with the consent of the State concerned, or recommend that the Security Council consider it.`,
    mandate: cite,
    fixes: usable,
  };
}

const toGerund = (v: string) => (/[^e]e$/i.test(v) ? v.slice(0, -1) : v) + "ing";
const decideTo = /^\s*(?:(?:also|further)\s+)?to\s+(\p{L}+)(?![\p{L}-])/iu;

/** "Authorizes …" / "Deploys …" / "Decides to deploy …" → "Recommends that the Security Council consider authorizing …". */
function recommendToCouncil(r: ClauseReading, p: Predicate): Finding["fixes"] {
  if (!p.verb) return [];
  let end = p.verbEnd;
  let base: string;
  if (p.verbClass === "authorize" || p.verbClass === "deploy") {
    const v = p.verb.toLowerCase();
    base = v.startsWith("authoris") ? "authorise" : v.startsWith("authoriz") ? "authorize" : v.startsWith("dispatch") ? "dispatch" : v.startsWith("send") ? "send" : "deploy";
  } else if (p.verbClass === "decide") {
    const m = decideTo.exec(r.text.slice(p.bodyStart, p.end));
    if (!m) return [];
    base = m[1]!;
    end = p.bodyStart + m[0].length;
  } else return [];
  const insert = `${matchCase(p.verb, "recommends")} that the Security Council consider ${toGerund(base.toLowerCase())}`;
  return fix(r, "Recommend it to the Security Council", p.verbStart, end, insert);
}
