/**
 * Verb forms derived from the accepted phrase lists (rules/phrases.yaml), so that a wrong form can
 * be fixed: "Calling upon" or "Call upon" opening an operative clause becomes "Calls upon";
 * "Recalls" opening a preambular clause becomes "Recalling" when "Recalling" is an accepted
 * preambular phrase. Built once, at load; irregular forms come from the pack data.
 */
import { phrases } from "@clausewise/rulebook";

const VOWELS = "aeiou";

/** Base forms of a third-person verb: "requests" → "request", "stresses" → "stress", "urges" → "urge". */
export function baseOf(third: string): string {
  const v = third.toLowerCase();
  if (/(?:ss|x|z|ch|sh)es$/.test(v)) return v.slice(0, -2);
  if (/[^aeiou]ies$/.test(v)) return v.slice(0, -3) + "y";
  return v.endsWith("s") ? v.slice(0, -1) : v;
}

/** Present participles a base form may take: "note" → "noting", "regret" → "regretting" and "regreting". */
export function participlesOf(base: string): string[] {
  const out = new Set<string>();
  if (base.endsWith("e") && !base.endsWith("ee")) out.add(base.slice(0, -1) + "ing");
  else out.add(base + "ing");
  // Consonant-vowel-consonant endings may double ("regret" → "regretting"); keep both spellings.
  const [a, b, c] = base.slice(-3);
  if (a && b && c && !VOWELS.includes(a) && VOWELS.includes(b) && !"aeiouwxy".includes(c)) out.add(base + c + "ing");
  return [...out];
}

/** The first word of a phrase that is not a modifier ("Further requests" → "requests"). */
function verbOf(phrase: string, modifiers: ReadonlySet<string>): string {
  const words = phrase.split(/\s+/);
  const verb = words.find((w) => !modifiers.has(w.toLowerCase()));
  return (verb ?? words[0]!).toLowerCase();
}

export interface VerbForms {
  /** Wrong forms of operative verbs (participle or base form, lower case) → the third-person verb. */
  operativeFor: Map<string, string>;
  /** Operative verbs (lower case) → the participle that opens an accepted preambular phrase. */
  preambularFor: Map<string, string>;
}

/**
 * @param irregular extra pairs from the pack data, third person → participle ("has" → "having").
 */
export function buildVerbForms(irregular: Record<string, string>): VerbForms {
  const modifiers = new Set(phrases.modifiers.before.map((m) => m.toLowerCase()));
  const operativeVerbs = new Set(phrases.operative.map((p) => verbOf(p, modifiers)));
  const preambularVerbs = new Set(phrases.preambular.map((p) => verbOf(p, modifiers)));
  const operativeFor = new Map<string, string>();
  const preambularFor = new Map<string, string>();
  const pair = (third: string, participle: string, base?: string) => {
    if (!operativeVerbs.has(third) && !Object.hasOwn(irregular, third)) return;
    if (!operativeVerbs.has(participle)) operativeFor.set(participle, third);
    if (base && base !== third && !operativeVerbs.has(base)) operativeFor.set(base, third);
    if (preambularVerbs.has(participle)) preambularFor.set(third, participle);
  };
  for (const third of operativeVerbs) {
    const base = baseOf(third);
    for (const participle of participlesOf(base)) pair(third, participle, base);
  }
  for (const [third, participle] of Object.entries(irregular)) pair(third.toLowerCase(), participle.toLowerCase());
  return { operativeFor, preambularFor };
}
