/**
 * Numbers, labels and end punctuation are derived from position by the document model, so they
 * cannot be wrong as such. What can still go wrong: labels or punctuation typed into the text
 * (printed twice), an empty clause, and a clause with a single sub-clause.
 */
import type { ClauseModel } from "@clausewise/schema";
import type { Finding, Rule } from "../../rule.ts";
import { packRule } from "./pack.ts";
import { alternation } from "./text.ts";

const typedLabel = packRule("format/typed-label");
const typedPunctuation = packRule("format/typed-punctuation");
const emptyClause = packRule("format/empty-clause");
const singleSubclause = packRule("format/single-subclause");

// "1.", "1)", "(1)", "(a)", "a.", "a)", "(iv)", "iv.", or a bullet, typed before the text.
const LABEL = /^\s*(?:\((?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})\)\s*|(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+|[-–—•*·▪◦]\s+)/iu;

const abbreviation = new RegExp(
  `(?:^|[\\s(])(?:${alternation(typedPunctuation.data.abbreviations.map((a) => a.replace(/\.$/, "")))})\\.\\s*$`,
  "iu",
);

/** Initials with full stops, whose last stop is part of them: "U.N.", "U.S.A.", "i.e.". */
const initialism = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;

/**
 * The number, label or bullet typed at the start of a text ("1. ", "(a) ", "- "), with the white
 * space around it, or null. The editor reads the same prefix as the delegate types it.
 */
export function typedLabelPrefix(text: string): string | null {
  return LABEL.exec(text)?.[0] ?? null;
}

function labelFinding(text: string, part: "text" | "continuation"): Finding[] {
  const prefix = typedLabelPrefix(text);
  if (prefix === null || prefix.length === text.length) return [];
  const typed = prefix.trim();
  return [
    {
      message: `Remove the typed label "${typed}": numbers and labels are added automatically`,
      explanation:
        "Clause numbers (1., 2.) and sub-clause labels ((a), (i)) follow from the clause's position and are " +
        "printed before its text; a label typed into the text is printed twice and goes wrong as soon as a " +
        "clause is moved. Use Enter and Tab to make a new clause or sub-clause instead.",
      part,
      start: prefix.length - prefix.trimStart().length,
      end: prefix.length - prefix.trimStart().length + typed.length,
      fixes: [{ label: `Remove "${typed}"`, edits: [{ part, start: 0, end: prefix.length, insert: "" }] }],
    },
  ];
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\u00a0" || /\s/u.test(c);
const isEndPunctuation = (c: string) => c === ";" || c === "," || c === "." || c === ":";

/**
 * The typed end punctuation of a text: [start, end) of the punctuation run before any trailing
 * white space, and where the white space before it begins. Scanned from the end by hand: a regex
 * such as /\s*[;,.:]+\s*$/ retries from every position and is quadratic on long runs of spaces.
 */
function trailingPunctuation(text: string): { spaceFrom: number; start: number; end: number } | null {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isEndPunctuation(text[start - 1]!)) start--;
  if (start === end || start === 0) return null;
  let spaceFrom = start;
  while (spaceFrom > 0 && isSpace(text[spaceFrom - 1]!)) spaceFrom--;
  return spaceFrom === 0 ? null : { spaceFrom, start, end };
}

/**
 * End punctuation typed at the end of a text, as this rule reads it: the typed run [start, end),
 * and where removing it starts (the spaces before it included) to the end of the text; null when
 * there is none (an ellipsis, the full stop of "etc.", a text of punctuation alone). The editor's
 * Enter removes the same.
 */
export function typedEndPunctuation(text: string): { start: number; end: number; deleteFrom: number } | null {
  // "to prepare a report; and": the legislative habit of joining list items. The semicolon is
  // derived, and UN lists do not carry the "and", so both go, as the importer drops them.
  const joined = /[;,]\s*(?:and|or)\s*$/u.exec(text);
  if (joined && joined.index > 0 && /\S/u.test(text.slice(0, joined.index))) {
    let spaceFrom = joined.index;
    while (spaceFrom > 0 && isSpace(text[spaceFrom - 1]!)) spaceFrom--;
    return { start: joined.index, end: joined.index + joined[0].trimEnd().length, deleteFrom: spaceFrom };
  }
  const run = trailingPunctuation(text);
  if (!run || text.slice(run.start, run.end).startsWith("...")) return null;
  let { start } = run;
  // The full stop of "etc." belongs to the text; only what follows it was typed as punctuation.
  if (text[start] === "." && (abbreviation.test(text.slice(Math.max(0, start - 12), start + 1)) || initialism.test(text.slice(Math.max(0, start - 24), start + 1)))) start++;
  if (start === run.end) return null;
  return { start, end: run.end, deleteFrom: start === run.start ? run.spaceFrom : start };
}

function punctuationFinding(text: string, part: "text" | "continuation"): Finding[] {
  const found = typedEndPunctuation(text);
  if (!found) return [];
  const { start, deleteFrom } = found;
  const typed = text.slice(start, found.end);
  return [
    {
      message: `Remove the typed "${typed}": end punctuation is added automatically`,
      explanation:
        "A clause's end punctuation follows from its position (a comma after a preambular clause, a colon before " +
        "sub-clauses, a semicolon after an operative clause, a full stop at the very end) and is printed after " +
        "its text, so punctuation typed at the end is printed twice.",
      part,
      start,
      end: found.end,
      fixes: [{ label: `Remove "${typed}"`, edits: [{ part, start: deleteFrom, end: text.length, insert: "" }] }],
    },
  ];
}

export const typedLabelRule: Rule = {
  meta: typedLabel.meta,
  scope: "clause",
  check({ clause }) {
    const out = labelFinding(clause.text, "text");
    if (clause.continuation) out.push(...labelFinding(clause.continuation.text, "continuation"));
    return out;
  },
};

export const typedPunctuationRule: Rule = {
  meta: typedPunctuation.meta,
  scope: "clause",
  check({ clause }) {
    const out = punctuationFinding(clause.text, "text");
    if (clause.continuation) out.push(...punctuationFinding(clause.continuation.text, "continuation"));
    return out;
  },
};

export const emptyClauseRule: Rule = {
  meta: emptyClause.meta,
  scope: "clause",
  check({ clause }) {
    const out: Finding[] = [];
    if (!clause.text.trim()) {
      out.push({
        message: clause.depth > 0 ? "This sub-clause is empty" : "This clause is empty",
        explanation:
          "An empty clause is printed as a bare number or label. Write its text, or delete it (Backspace at its start " +
          "joins it with the clause before).",
        start: 0,
        end: clause.text.length,
      });
    }
    if (clause.continuation && !clause.continuation.text.trim()) {
      out.push({
        message: "The text after the sub-clauses is empty",
        explanation: "The continuation after the sub-clauses is printed as a line with only punctuation. Write it, or delete it.",
        part: "continuation",
        start: 0,
        end: clause.continuation.text.length,
      });
    }
    return out;
  },
};

/** A document rule: whether a clause has one sub-clause is not part of a clause's cached content. */
export const singleSubclauseRule: Rule = {
  meta: singleSubclause.meta,
  scope: "document",
  check(model: ClauseModel) {
    const out: (Finding & { clauseId: string })[] = [];
    const byId = new Map(model.clauses.map((c) => [c.id, c]));
    for (const parent of model.clauses) {
      if (parent.childIds.length !== 1) continue;
      const only = byId.get(parent.childIds[0]!);
      if (!only) continue;
      out.push({
        clauseId: only.id,
        message: `${only.label} is the only sub-clause of ${parent.path}: add another, or write it into the clause`,
        explanation:
          "Sub-clauses divide a clause into a list, and a list has at least two items: a single (a) reads as a " +
          "layout mistake. Add a second sub-clause, or join the text of this one to the clause it belongs to.",
        start: 0,
        end: only.text.length,
      });
    }
    return out;
  },
};
