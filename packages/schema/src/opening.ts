/**
 * Recognises the opening phrase of a clause ("Recalling", "Further requests", "Taking note with
 * appreciation") so that it can be shown in italics and checked by the format rules.
 */
import { phrases } from "@clausewise/rulebook";

export type Section = "preamble" | "operative";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const alternation = (list: readonly string[]) =>
  [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

// One compiled alternation per section: a single regex over all phrases is an order of magnitude
// faster than a loop of per-phrase tests (anchors-engineering 9 #15).
function build(list: readonly string[]): RegExp {
  const before = alternation(phrases.modifiers.before);
  const after = alternation(phrases.modifiers.after);
  return new RegExp(
    `^(?:(?:${before})\\s+)?(?:${alternation(list)})(?:\\s+(?:${after}))?(?![\\p{L}\\p{N}-])`,
    "iu",
  );
}

const known: Record<Section, RegExp> = {
  preamble: build(phrases.preambular),
  operative: build(phrases.operative),
};

// Fallbacks for phrases outside the lists: a participle or adjective opening a preambular clause
// ("Cognisant", "Appalled"), or a third-person verb opening an operative clause ("Commissions").
// "United" before a capitalised word is a name ("United Arab Emirates", "United Nations"), not a
// participle: a PDF line wrapped before it must not start a clause.
const fallback: Record<Section, RegExp> = {
  preamble: /^(?:(?:Further|Also|Deeply|Fully|Gravely|Strongly)\s+)?(?!United\s+\p{Lu})\p{Lu}\p{Ll}+(?:ing|ed)(?![\p{L}\p{N}-])/u,
  operative: /^(?:(?:Further|Also|Strongly)\s+)?\p{Lu}\p{Ll}+s(?![\p{L}\p{N}-])/u,
};

export interface OpeningPhrase {
  /** The phrase as written in the clause. */
  text: string;
  /** Its length in characters from the start of the clause text. */
  length: number;
  /** True when the phrase is one of the accepted phrases in rules/phrases.yaml. */
  known: boolean;
}

/** The opening phrase of a clause text, or null when the text opens with none. */
export function openingPhrase(text: string, section: Section): OpeningPhrase | null {
  const m = known[section].exec(text);
  if (m) return { text: m[0], length: m[0].length, known: true };
  const f = fallback[section].exec(text);
  if (f) return { text: f[0], length: f[0].length, known: false };
  return null;
}
