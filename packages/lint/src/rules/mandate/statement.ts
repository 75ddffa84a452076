/**
 * An operative clause written as a statement of what shall be, rather than as the committee's act:
 * "Countries of destination shall grant …", "The UN will send …", "The testing of anti-satellite
 * weapons is hereby prohibited", "No State may …". Resolutions open every operative clause with the
 * committee's verb; delegates often state the outcome instead, and it binds or acts as much as
 * "Decides that …" would. Only the clause's own text is read, and only when it does not open with a
 * committee verb (or "to", a sub-clause continuing its parent's verb).
 */
import { actorAtPosition, committeeSelf, type Actor, type ClauseReading } from "./reading.ts";
import { committeeVerb, unNamed, verbFirstWords, independentAgency, isStateActor, isStateSubject, uniformedForce, unAgency, verbAdverb } from "./lexicon.ts";
import { findIn } from "./patterns.ts";
import { tokensOf } from "./phrases.ts";

export interface Statement {
  /** The subject, in reading coordinates: "Countries of destination", "The UN", "No State". */
  subjectStart: number;
  subjectEnd: number;
  subject: string;
  /** The subject's head, before any relative clause, participle or prepositional phrase ("Countries"). */
  head: string;
  /** A listed actor at the subject's start ("the United Nations", "Member States"), if any. */
  actor: Actor | null;
  /** The modal, lower case with single spaces: "shall", "will be required to", "are hereby". */
  modal: string;
  modalStart: number;
  modalEnd: number;
  /** "No State may …", "No journalist may be held …". */
  negative: boolean;
}

const modalAt =
  /(?<![\p{L}-])(?:(?:is|are)\s+hereby|(?:will|shall)\s+be\s+(?:legally\s+)?(?:required|obliged|obligated|bound)(?:,[^,;]{1,60},)?\s+to|(?:is|are)\s+(?:legally\s+)?(?:required|obliged|obligated|bound)(?:,[^,;]{1,60},)?\s+to|(?:is|are)\s+(?:hereby\s+)?(?:forbidden|prohibited|banned)(?:,[^,;]{1,60},)?\s+(?:to|from)|(?:will\s+)?(?:has|have)\s+to|(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed|instructed|compelled)\s+to|(?:has|have)\s+(?:an?|the)\s+(?:legal\s+|binding\s+)?(?:obligation|duty)\s+to|(?:is|are)\s+to|shall|must|will|may\s+(?:not|no\s+longer)|may|cannot|can\s+not|can)(?![\p{L}-])/iu;
/** Where a subject's head ends: a relative pronoun, a participle, a preposition. */
const headEnd = /\s+(?:that|which|who|whose|where|of|in|on|for|from|with|at|under|within|outside|to|by|during|\p{L}{3,}ing)(?![\p{L}-])/u;
const determiner = /^(?:all|every|each|any|no|those|such|the)\s+/iu;
/** A subject that is a clause's topic, not its doer: "It", "There", "This". */
const dummySubject = /^(?:it|there|this|these|that)$/iu;

/**
 * The clause as a statement, or null when it opens with the committee's verb or has no subject
 * and modal within its first sixteen words.
 */
export function statementOf(r: ClauseReading): Statement | null {
  // The binding and operational rules both ask, the latter once per predication: read once.
  if (read.has(r)) return read.get(r)!;
  const s = readStatement(r);
  read.set(r, s);
  return s;
}
const read = new WeakMap<ClauseReading, Statement | null>();

function readStatement(r: ClauseReading): Statement | null {
  if (r.section !== "operative") return null;
  const ownEnd = r.continuationStart;
  const own = r.text.slice(r.ownStart, Math.min(ownEnd, r.ownStart + 240));
  // Cheapest first: nearly every clause of a real resolution opens with a committee verb's first word.
  if (firstWordOfVerb(own)) return null;
  const m = modalAt.exec(own);
  if (!m || opensWithVerb(own)) return null;
  // A lead before the subject ends at its last comma: "In order to guarantee the right to health,
  // every State is to provide …", "in the event a State refuses …, UN personnel will be sent".
  const comma = own.slice(0, m.index).lastIndexOf(",");
  const lead = comma < 0 ? 0 : comma + 1;
  // "Henceforth no State may …", "…, and any State compelling disclosure will …": the subject after them.
  const skip = /^\s*(?:(?:and|henceforth|hereafter|forthwith|from\s+now\s+on|as\s+from\s+today|with\s+immediate\s+effect|it\s+is\s+(?:hereby\s+)?(?:decided|resolved|agreed|declared)\s+that)\s*,?\s+)+/iu.exec(own.slice(lead, m.index))?.[0].length ?? 0;
  const raw = own.slice(lead + skip, m.index);
  const subject = raw.trim();
  // "Will send a team …", "will dispatch …": the committee itself, unnamed.
  if (!subject && lead === 0 && /^(?:will|shall)$/iu.test(m[0])) {
    const at = r.ownStart + m.index;
    return { subjectStart: at, subjectEnd: at, subject: "", head: "", actor: null, modal: m[0].toLowerCase(), modalStart: at, modalEnd: at + m[0].length, negative: false };
  }
  if (!subject || /[;:]/u.test(own.slice(0, m.index)) || subject.split(/\s+/u).length > 24 || dummySubject.test(subject)) return null;
  if (lead > 0 && (/^(?:and|or|but|including|such\s+as|in\s+particular|especially|notably|which|who|that)(?![\p{L}-])/iu.test(subject) || opensWithVerb(own))) return null;
  const subjectStart = r.ownStart + lead + skip + (raw.length - raw.trimStart().length);
  const subjectEnd = subjectStart + subject.length;
  const cut = headEnd.exec(subject);
  const head = (cut ? subject.slice(0, cut.index) : subject).trim();
  const modalStart = r.ownStart + m.index;
  return {
    subjectStart,
    subjectEnd,
    subject,
    head,
    actor: actorOf(subject, subjectStart),
    // Without its aside: "are legally obliged, by virtue of this resolution, to" is "are legally obliged to".
    modal: m[0].toLowerCase().replace(/,[^,;]*,/u, "").replace(/\s+/gu, " "),
    modalStart,
    modalEnd: modalStart + m[0].length,
    negative: /^no\s/iu.test(subject),
  };
}

/** The actor opening the subject. Actors are listed with a lower-case "the" ("the United Nations"), as they stand inside a clause. */
function actorOf(subject: string, subjectStart: number): Actor | null {
  const probe = subject.replace(/^The\s/u, "the ");
  const a = actorAtPosition(probe, 0, probe.length);
  return a ? { ...a, start: a.start + subjectStart, end: a.end + subjectStart } : null;
}

/** The clause's first word starts a committee verb or its adverb ("Requests", "Further", "Calls"). */
function firstWordOfVerb(own: string): boolean {
  const first = /^\s*(\p{L}+)/u.exec(own);
  return first !== null && verbFirstWords.has(first[1]!.toLowerCase());
}

function opensWithVerb(own: string): boolean {
  if (/^\s*(?:\([\p{L}\p{N}]+\)\s*)?to\s/iu.test(own)) return true;
  if (firstWordOfVerb(own)) return true;
  // "The Council prohibits …" opens with the committee's verb after its name.
  const self = committeeSelf.exec(own.trimStart());
  const rest = self ? own.trimStart().slice(self[0].length) : own;
  const t = tokensOf(rest);
  let j = 0;
  for (let a = verbAdverb.matchAt(t, j); a && j < t.start.length; a = verbAdverb.matchAt(t, j)) j += a;
  return j < t.start.length && committeeVerb.matchAt(t, j) > 0;
}

/** The subject names States: an actor ("Member States"), a kind ("Countries of destination"), "Every nation". */
export function namesStates(s: Statement): boolean {
  if (s.actor && isStateActor(s.actor.cls) && s.actor.end >= s.subjectStart + s.head.length - 1) return true;
  const head = s.head.replace(determiner, "").replace(determiner, "");
  if (/United\s+Nations$/iu.test(head)) return false;
  // "credit rating agencies": a compound the head cut at "rating"; the whole short subject names them.
  const whole = s.subject.replace(determiner, "").replace(determiner, "").replace(/\s+(?:everywhere|worldwide)$/iu, "");
  if (whole.split(/\s+/u).length <= 4 && !/(?<![\p{L}-])(?:of|in|on|for|from|with|at|by|to|that|which|who)\s/iu.test(whole) && isStateSubject(whole)) return true;
  return isStateSubject(head) || /^(?:nation|parties|party|member\s+state)$/iu.test(head) || /(?<![\p{L}-])(?:parties|nations)$/iu.test(head);
}

/** Modals that make an obligation by themselves (not "will", "may", "can"). */
export const strictStatementModal = /^(?:shall|must|is to|are to|has to|have to|will have to|may no longer|(?:is|are) (?:hereby )?(?:ordered|directed|instructed|compelled) to|(?:will|shall) be (?:legally )?(?:required|obliged|obligated|bound) to|(?:is|are) (?:legally )?(?:required|obliged|obligated|bound) to|(?:is|are) (?:hereby )?(?:forbidden|prohibited|banned) (?:to|from)|(?:has|have) (?:an?|the) (?:legal |binding )?(?:obligation|duty) to)$/u;

/**
 * Who a statement has act, when it is the United Nations side: "the committee" itself ("The Human
 * Rights Council will fund …", "The Council will rescue …"), a force ("Peacekeepers will escort …",
 * "UN forces will intercept …"), or the Organization, its Secretariat, offices and agencies ("The
 * UN will …", "UNICEF will run …", "The Secretary-General will be tasked with …", "WHO will take over …").
 */
export function unDoer(s: Statement): "committee" | "force" | "un" | null {
  const subject = s.subject.replace(/^The\s/u, "the ");
  if (!subject) return "committee";
  // "The Council's investigators will …", "the committee's staff will …": the committee's own people.
  if (/^(?:the|this)\s+(?:\p{L}+\s+){0,3}?(?:Council|Committee|Assembly|Commission)['’]s\s/iu.test(subject)) return "un";
  if (/^(?:the|this)\s+(?:Human\s+Rights\s+)?(?:Council|Committee|Assembly|Commission)$/u.test(subject) || /^(?:the|this)\s+(?:General\s+Assembly|Economic\s+and\s+Social\s+Council)$/u.test(subject)) return "committee";
  if (findIn(uniformedForce, s.subject.charAt(0).toLowerCase() + s.subject.slice(1)) || /(?<![\p{L}-])(?:UN|United\s+Nations)\s+(?:forces|troops|soldiers|peacekeepers)(?![\p{L}-])/u.test(s.subject)) return "force";
  if (s.actor && (s.actor.cls === "un" || s.actor.cls === "secretariat" || s.actor.cls === "ohchr")) return "un";
  if (unNamed.test(s.subject) || /(?<![\p{L}-])(?:Secretariat|OHCHR)(?![\p{L}-])/u.test(s.subject) || findIn(unAgency, s.subject) || findIn(independentAgency, s.subject)) return "un";
  return null;
}
