/**
 * Reads a clause as a whole: its text after its ancestors' texts ("Requests the Secretary-General
 * to:" + "(a) establish a trust fund"), split into predications, each opened by a committee verb
 * ("Strongly condemns …, and demands that …"). Offsets into the combined text map back to the
 * clause's own textblocks; findings are only reported where they fall in the clause itself.
 */
import type { ClauseView } from "../../rule.ts";
import { actorClass, actorRegex, classOfVerb, predicateStart, type ActorClass, type VerbClass } from "./lexicon.ts";
import { findIn } from "./patterns.ts";

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
  section: "preamble" | "operative";
  /** Where the clause's own text starts in `text`. */
  ownStart: number;
  /** Where the continuation starts in `text` (text.length when there is none). */
  continuationStart: number;
  predicates: Predicate[];
}

export function readClause({ clause, ancestors }: ClauseView): ClauseReading {
  let text = "";
  for (const a of ancestors) text += a.text + " ";
  const ownStart = text.length;
  text += clause.text;
  let continuationStart = text.length;
  if (clause.continuation) {
    text += " ";
    continuationStart = text.length;
    text += clause.continuation.text;
  }
  return { text, section: clause.section, ownStart, continuationStart, predicates: predicates(text) };
}

/** Splits text into predications at committee verbs. */
export function predicates(text: string): Predicate[] {
  const out: Predicate[] = [];
  predicateStart.lastIndex = 0;
  let m: RegExpExecArray | null;
  const starts: { adverbStart: number; verbStart: number; verbEnd: number; verb: string }[] = [];
  while ((m = predicateStart.exec(text))) {
    if (m[0].length === 0) {
      predicateStart.lastIndex++;
      continue;
    }
    const verb = m[2]!;
    const verbEnd = m.index + m[0].length;
    starts.push({ adverbStart: m.index, verbStart: verbEnd - verb.length, verbEnd, verb });
  }
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
  const m = findIn(actorRegex, text, at, p.end);
  if (!m || m.index !== at) return null;
  return { cls: actorClass(m), start: m.index, end: m.index + m[0].length };
}

/** The last actor mentioned in text[from, to), the likeliest doer of what follows. */
export function lastActorBefore(text: string, from: number, to: number): Actor | null {
  let found: Actor | null = null;
  actorRegex.lastIndex = from;
  for (let m = actorRegex.exec(text); m && m.index < to; m = actorRegex.exec(text)) {
    if (m.index + m[0].length <= to) found = { cls: actorClass(m), start: m.index, end: m.index + m[0].length };
  }
  return found;
}
