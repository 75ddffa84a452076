/**
 * format/preambular-opening and format/operative-opening: a preambular clause opens with a
 * participle or adjective, an operative clause with a verb in the present tense, third person.
 */
import { openingPhrase, type ClauseInfo } from "@clausewise/schema";
import { phrases } from "@clausewise/rulebook";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { buildVerbForms } from "./forms.ts";
import { WORD_END, alternation, matchCase } from "./text.ts";

const preambular = packRule("format/preambular-opening");
const operative = packRule("format/operative-opening");
const forms = buildVerbForms({ ...preambular.data.irregular, ...operative.data.irregular });

const before = alternation(phrases.modifiers.before);
/** A wrong form of an operative verb at the start of a text, after an optional modifier. */
const wrongOperativeForm = new RegExp(`^((?:(?:${before})\\s+)?)(${alternation([...forms.operativeFor.keys()])})${WORD_END}`, "iu");
/** An operative verb at the start of a text that has an accepted preambular participle. */
const operativeWithParticiple = new RegExp(`^((?:(?:${before})\\s+)?)(${alternation([...forms.preambularFor.keys()])})${WORD_END}`, "iu");

/**
 * "Taking into account …, decides that …": a participial introduction before the operative verb,
 * which UN texts use. The verb after the comma is what counts.
 */
const laterOperativeVerb = new RegExp(
  `,\\s+(?:(?:${alternation(phrases.modifiers.before.map((m) => m.toLowerCase()))})\\s+)?(?:${alternation(phrases.operative.map((p) => p.toLowerCase()))})${WORD_END}`,
  "u",
);

/** A text that opens with an elision mark ("[…] to continue …", in excerpts) has no opening to judge. */
const ELIDED = /^\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)/u;

/**
 * The first word of a text and where it stands (a text may start with spaces), without quotation
 * marks or punctuation around it ("The, not \"The).
 */
function firstWord(text: string): { word: string; start: number; end: number } {
  const m = /^(\s*)(\S*)/u.exec(text)!;
  const token = m[2]!;
  const inner = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]*[\p{L}\p{N}\p{M}])?/u.exec(token);
  if (!inner) return { word: token, start: m[1]!.length, end: m[0].length };
  const start = m[1]!.length + inner.index;
  return { word: inner[0], start, end: start + inner[0].length };
}

function replaceWordFix(label: string, start: number, end: number, insert: string) {
  return [{ label, edits: [{ part: "text" as const, start, end, insert }] }];
}

/**
 * Judges a text that starts with spaces as if they were not there (the opening phrase is found
 * after them), and moves the findings back to the text's offsets.
 */
function afterLeadingSpace(clause: ClauseInfo, check: (c: ClauseInfo) => Finding[]): Finding[] | null {
  const trimmed = clause.text.trimStart();
  const lead = clause.text.length - trimmed.length;
  if (lead === 0 || !trimmed) return null;
  const opening = clause.depth === 0 ? openingPhrase(trimmed, clause.section) : null;
  return check({ ...clause, text: trimmed, opening }).map((f) => ({
    ...f,
    start: f.start + lead,
    end: f.end + lead,
    fixes: f.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + lead, end: e.end + lead })) })),
  }));
}

function checkPreambular(clause: ClauseInfo): Finding[] {
  const text = clause.text;
  if (clause.section !== "preamble" || !text.trim() || ELIDED.test(text)) return [];
  const shifted = afterLeadingSpace(clause, checkPreambular);
  if (shifted) return shifted;
  const opening = clause.opening;
  if (opening?.known) return [];
  if (opening) {
    return [
      {
        severity: "info",
        message: `"${opening.text}" is not among the accepted preambular phrases`,
        explanation:
          "Preambular clauses open with a participle or an adjective. This one looks like one but is not in the " +
          "accepted list; check the spelling, or ask the chair whether your conference accepts it (its list can be extended).",
        start: 0,
        end: opening.length,
      },
    ];
  }
  const asOperative = openingPhrase(text, "operative");
  if (asOperative?.known) {
    const m = operativeWithParticiple.exec(text);
    const fixes = m
      ? (() => {
          const start = m[1]!.length;
          const end = start + m[2]!.length;
          const participle = forms.preambularFor.get(m[2]!.toLowerCase())!;
          const insert = matchCase(participle, m[2]!);
          return replaceWordFix(`Change to "${insert}"`, start, end, insert);
        })()
      : [];
    return [
      {
        message: `"${asOperative.text}" is an operative phrase: a preambular clause opens with a participle or adjective`,
        explanation:
          "Preambular clauses give the background and open with a participle or an adjective (\"Recalling\", " +
          "\"Deeply concerned\"); verbs in the present tense (\"Requests\", \"Urges\") open operative clauses, " +
          "which say what the committee does. Reword the opening, or move the clause to the operative part.",
        start: 0,
        end: asOperative.length,
        fixes,
      },
    ];
  }
  const { word, start, end } = firstWord(text);
  return [
    {
      message: `A preambular clause opens with a participle or adjective, not "${word}"`,
      explanation:
        "Each preambular clause opens with a participle or an adjective from the accepted phrases (\"Recalling\", " +
        "\"Noting with concern\", \"Aware\"), so that the preamble reads as one sentence after the organ line.",
      start,
      end,
    },
  ];
}

function checkOperative(clause: ClauseInfo): Finding[] {
  const text = clause.text;
  if (clause.section !== "operative" || clause.depth !== 0 || !text.trim() || ELIDED.test(text)) return [];
  const shifted = afterLeadingSpace(clause, checkOperative);
  if (shifted) return shifted;
  const opening = clause.opening;
  if (opening?.known || laterOperativeVerb.test(text)) return [];
  const wrong = wrongOperativeForm.exec(text);
  if (wrong) {
    const start = wrong[1]!.length;
    const end = start + wrong[2]!.length;
    const third = forms.operativeFor.get(wrong[2]!.toLowerCase())!;
    const insert = matchCase(third, wrong[2]!);
    return [
      {
        message: `Operative clauses open with a verb in the present tense, third person: "${insert}", not "${wrong[2]}"`,
        explanation:
          "Operative clauses say what the committee does, in the present tense, third person singular " +
          "(\"Calls upon\", \"Requests\"). Participles (\"Calling upon\") open preambular clauses; the bare form " +
          "(\"Request\") is not UN style.",
        start,
        end,
        fixes: replaceWordFix(`Change to "${insert}"`, start, end, insert),
      },
    ];
  }
  if (opening) {
    return [
      {
        severity: "info",
        message: `"${opening.text}" is not among the accepted operative phrases`,
        explanation:
          "This clause opens with what looks like a verb in the third person but is not in the accepted " +
          "list; check the spelling, or ask the chair whether your conference accepts it (its list can be extended).",
        start: 0,
        end: opening.length,
      },
    ];
  }
  const asPreambular = openingPhrase(text, "preamble");
  const first = firstWord(text);
  const word = asPreambular?.text ?? first.word;
  return [
    {
      message: asPreambular
        ? `"${word}" is a preambular phrase: an operative clause opens with a verb such as "Requests"`
        : `An operative clause opens with a verb in the present tense, not "${word}"`,
      explanation:
        "Operative clauses say what the committee does and open with a verb in the present tense, third person " +
        "singular (\"Calls upon\", \"Requests\", \"Encourages\"). Background and reasons belong in the preamble.",
      start: asPreambular ? 0 : first.start,
      end: asPreambular ? asPreambular.length : first.end,
    },
  ];
}

export const preambularOpeningRule: Rule = {
  meta: preambular.meta,
  scope: "clause",
  check: ({ clause }) => checkPreambular(clause),
};

export const operativeOpeningRule: Rule = {
  meta: operative.meta,
  scope: "clause",
  check: ({ clause }) => checkOperative(clause),
};
