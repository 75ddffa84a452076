/**
 * Reads a clause as a whole: its text after its ancestors' texts ("Requests the Secretary-General
 * to:" + "(a) establish a trust fund"), split into predications, each opened by a committee verb
 * ("Strongly condemns …, and demands that …"). Offsets into the combined text map back to the
 * clause's own textblocks; findings are only reported where they fall in the clause itself.
 */
import type { ClauseView } from "../../rule.ts";
import { actorAt, actorClass, actorRegex, classOfVerb, committeeVerb, gates, isStatesByKind, preambularAct, verbAdverb, type ActorClass, type VerbClass } from "./lexicon.ts";
import { tokensOf, type Tokens } from "./phrases.ts";
import { findAllIn } from "./patterns.ts";

export interface Predicate {
  /** The committee verb ("demands", "calls upon"); null for text before any verb. */
  verb: string | null;
  verbClass: VerbClass | null;
  /** Where the adverbs before the verb start (equal to verbStart without adverbs). */
  adverbStart: number;
  verbStart: number;
  verbEnd: number;
  /** The rest of the predication, up to the next committee verb. */
  bodyStart: number;
  end: number;
}

export interface Actor {
  cls: ActorClass;
  start: number;
  end: number;
}

export interface ClauseReading {
  /** Ancestors' texts, the clause text, and its continuation, joined by spaces. */
  text: string;
  /** "operative" also for a preamble recording the committee's own act (lexicon.ts, preambularAct). */
  section: "preamble" | "operative";
  /** A preamble read as the operative clause it amounts to ("Having decided to deploy …"). */
  preambularAct: boolean;
  /** Where the clause's own text starts in `text`. */
  ownStart: number;
  /** Where the continuation starts in `text` (text.length when there is none). */
  continuationStart: number;
  predicates: Predicate[];
  /** Which rules' gate words occur in the text (bits of GATE), found in one pass. */
  gates: number;
}

// The three rules read the same clause one after another: the last view's reading is kept.
let lastView: ClauseView | null = null;
let lastReading: ClauseReading | null = null;

export function readClause(view: ClauseView): ClauseReading {
  if (view !== lastView || !lastReading) {
    lastReading = new Reading(view);
    lastView = view;
  }
  return lastReading;
}

class Reading implements ClauseReading {
  readonly text: string;
  readonly section: "preamble" | "operative";
  readonly preambularAct: boolean;
  readonly ownStart: number;
  readonly continuationStart: number;
  private predicatesCache: Predicate[] | null = null;
  private gateMask = -1;

  constructor({ clause, ancestors }: ClauseView) {
    let text = "";
    for (const a of ancestors) text += a.text + " ";
    this.ownStart = text.length;
    text += clause.text;
    let continuationStart = text.length;
    if (clause.continuation) {
      text += " ";
      continuationStart = text.length;
      text += clause.continuation.text;
    }
    this.text = text;
    this.preambularAct = clause.section === "preamble" && preambularAct.test(clause.text);
    this.section = this.preambularAct ? "operative" : clause.section;
    this.continuationStart = continuationStart;
  }

  // Split lazily: most clauses never get past the rules' cheap trigger checks.
  get predicates(): Predicate[] {
    return (this.predicatesCache ??= predicates(this.text));
  }

  get gates(): number {
    if (this.gateMask < 0) this.gateMask = gates.maskOf(this.text);
    return this.gateMask;
  }
}

const conjunctions = ["and", "but"];
/** The committee naming itself: "The Council", "this Assembly", "the Human Rights Council", "the fourth committee". */
export const committeeSelf = /^(?:the|this)\s+(?:general\s+assembly|human\s+rights\s+council|economic\s+and\s+social\s+council|assembly|council|committee|commission|\p{L}+\s+committee)\s+(?:hereby\s+)?/iu;
// "the demands of", "requests for": nouns, not verbs.
const nounFollowers = ["of", "for", "from", "made", "placed", "by"];
const isAny = (t: Tokens, i: number, words: readonly string[]) => words.some((w) => t.is(i, w));
/** A comma, semicolon or colon token. */
const isBoundaryPunctuation = (t: Tokens, i: number) => {
  if (t.end[i]! - t.start[i]! !== 1) return false;
  const c = t.lowered.charCodeAt(t.start[i]!);
  return c === 44 || c === 59 || c === 58;
};

/**
 * "Calls upon States to protect borrowers, including by regulating interest rates, ensuring
 * transparent pricing and prohibiting coercive collection": a participle in a series begun by
 * "by …ing" is one more means of what those addressed are to do, not the committee's own verb.
 */
function meansInSeries(text: string, from: number, at: number, verb: string): boolean {
  if (!/ing$/iu.test(verb)) return false;
  const before = text.slice(from, at);
  return !/[;:]/u.test(before) && /(?<![\p{L}-])by\s+\p{L}+ing(?![\p{L}-])/iu.test(before);
}

/**
 * Splits text into predications at committee verbs: a verb (with any adverbs before it) at the
 * start of the text or after a comma, semicolon, colon or "and".
 */
export function predicates(text: string): Predicate[] {
  const t = tokensOf(text);
  const n = t.start.length;
  const starts: { adverbStart: number; verbStart: number; verbEnd: number; verb: string }[] = [];
  let boundary = true;
  for (let i = 0; i < n; i++) {
    if (isBoundaryPunctuation(t, i) || isAny(t, i, conjunctions)) {
      boundary = true;
      continue;
    }
    if (boundary) {
      let j = i;
      // "The Council prohibits …", "the general assembly hereby abolishes …": the committee names
      // itself before its verb.
      const self = committeeSelf.exec(text.slice(t.start[i]!, t.start[i]! + 60));
      if (self) {
        const after = t.start[i]! + self[0].length;
        let k = i;
        while (k < n && t.start[k]! < after) k++;
        if (k < n && committeeVerb.matchAt(t, k)) j = k;
      }
      for (let a = verbAdverb.matchAt(t, j); a && j < n; a = verbAdverb.matchAt(t, j)) j += a;
      const v = j < n ? committeeVerb.matchAt(t, j) : 0;
      const next = j + v;
      // "the demands of": a one-word verb followed by "of" is a noun; "Takes note of" is a verb.
      if (v && !(v === 1 && next < n && isAny(t, next, nounFollowers)) && !(t.is(next, "on") && t.is(next + 1, "the") && t.is(next + 2, "part")) && !meansInSeries(text, starts.at(-1)?.verbEnd ?? 0, t.start[j]!, text.slice(t.start[j]!, t.end[j + v - 1]!))) {
        const verbStart = t.start[j]!;
        const verbEnd = t.end[j + v - 1]!;
        starts.push({ adverbStart: t.start[i]!, verbStart, verbEnd, verb: text.slice(verbStart, verbEnd) });
        i = j + v - 1;
        boundary = false;
        continue;
      }
    }
    boundary = false;
  }
  const out: Predicate[] = [];
  if (starts.length === 0 || starts[0]!.adverbStart > 0) {
    const end = starts[0]?.adverbStart ?? text.length;
    out.push({ verb: null, verbClass: null, adverbStart: 0, verbStart: 0, verbEnd: 0, bodyStart: 0, end });
  }
  starts.forEach((s, i) => {
    out.push({
      verb: s.verb,
      verbClass: classOfVerb(s.verb),
      adverbStart: s.adverbStart,
      verbStart: s.verbStart,
      verbEnd: s.verbEnd,
      bodyStart: s.verbEnd,
      end: starts[i + 1]?.adverbStart ?? text.length,
    });
  });
  return out;
}

/**
 * The actor a predication addresses or makes its subject: "Requests the Secretary-General to",
 * "Decides that all States shall", "Recommends that the General Assembly". Looks at the first
 * words of the body only.
 */
export function addressee(text: string, p: Predicate): Actor | null {
  const lead = /^[\s,]*(?:that\s+|to\s+)?(?:(?:also|further|again|once\s+again|strongly)\s+)?/iu.exec(text.slice(p.bodyStart, p.bodyStart + 40));
  const at = p.bodyStart + (lead?.[0].length ?? 0);
  actorAt.lastIndex = at;
  const m = actorAt.exec(text);
  if (m && m.index + m[0].length <= p.end) return { cls: actorClass(m), start: m.index, end: m.index + m[0].length };
  // A United Nations office or department by its title, which the actor list does not name: "the
  // Development Coordination Office to", "the Department of Global Communications to".
  const titled = unTitle.exec(text.slice(at, Math.min(p.end, at + 120)));
  if (titled) return { cls: "un", start: at, end: at + titled[1]!.length };
  // States by a kind the actor list does not name: "all nuclear-weapon States to",
  // "troop-contributing countries to", "developed countries shall". A State by name stays
  // unnamed here: "Requests the United States to designate the commander of such forces" asks
  // one State to command a United Nations force, which is not its own affair.
  const np = namedStates.exec(text.slice(at, Math.min(p.end, at + 90)));
  // "to send police from other countries to …" is an act, not States addressed: no preposition inside.
  if (np && isStatesByKind(np[1]!) && !/(?<![\p{L}-])(?:from|of|in|with|by|for|on|at|into)\s/iu.test(np[1]!)) return { cls: "states", start: at, end: at + np[1]!.length };
  return null;
}
const unTitle = /^(the\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|for|of|on|the)\s+)*){0,6}?(?:Office|Department|Division|Programme|Agency|Unit|Service|Centre|Center|Team|Secretariat|Entity)(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|for|of|on))?){1,6})?)\s+to\s+\p{L}/u;
const namedStates = /^((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s*,?\s+(?:to|shall|must|should|are|is)(?![\p{L}-])/u;

/** The last actor mentioned in text[from, to), the likeliest doer of what follows. */
export function lastActorBefore(text: string, from: number, to: number): Actor | null {
  const all = findAllIn(actorRegex, text, from, to);
  const m = all[all.length - 1];
  return m ? { cls: actorClass(m), start: m.index, end: m.index + m[0].length } : null;
}

/** The actor starting exactly at `pos` (and ending by `end`), or null. */
export function actorAtPosition(text: string, pos: number, end: number): Actor | null {
  actorAt.lastIndex = pos;
  const m = actorAt.exec(text);
  if (!m || m.index + m[0].length > end) return null;
  return { cls: actorClass(m), start: m.index, end: m.index + m[0].length };
}
