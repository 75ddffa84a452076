/**
 * The lines above the first clause: heading fields ("Committee: …", "SUBMITTED BY: …"), the organ
 * line ("The Human Rights Council,"), a UN document symbol, and the masthead of published
 * resolutions ("Adopted by the Security Council at its 7116th meeting, on 22 February 2014").
 */
import { findCommittee, committees, type CommitteeProfile } from "@clausewise/rulebook";

export type HeadingField = "code" | "committee" | "topic" | "sponsors" | "signatories";

// Keys of the heading fields as conferences write them, lower-cased, spaces collapsed.
const FIELD_KEYS: Record<string, HeadingField> = {};
const keys: [HeadingField, string[]][] = [
  ["code", ["code", "document code", "doc code", "symbol", "document symbol", "document", "document number", "resolution", "resolution number", "reference", "draft resolution", "working paper"]],
  ["committee", ["committee", "council", "organ", "body", "forum", "commission", "commision", "assembly", "submitted to", "addressed to"]],
  ["topic", ["topic", "subject", "agenda item", "agenda", "question of", "question", "issue", "title", "theme", "topic area", "re", "regarding"]],
  ["sponsors", ["sponsor", "sponsors", "main sponsor", "main sponsors", "main submitter", "main submitters", "submitter", "submitters", "submitted by", "sponsored by", "proposed by", "author", "authors", "drafted by", "co-sponsor", "co-sponsors", "cosponsors", "co sponsors", "delegation", "country", "member state"]],
  ["signatories", ["signatory", "signatories", "signed by", "co-submitter", "co-submitters", "co submitters", "cosubmitters", "supporter", "supporters", "supported by"]],
];
for (const [field, names] of keys) for (const name of names) FIELD_KEYS[name] = field;

/** A heading line read as a field, e.g. {field: "sponsors", value: "France, Ghana"}. */
export function readHeadingField(text: string): { field: HeadingField; value: string } | null {
  const m = /^([A-Za-z][A-Za-z -]{0,30}?)\.?\s*[:：]\s*(.*)$/.exec(text);
  if (m) {
    const key = m[1]!.toLowerCase().replace(/\s+/g, " ").trim();
    const field = FIELD_KEYS[key];
    if (field) return { field, value: m[2]!.trim() };
  }
  // "QUESTION OF the rights of migrants", "Submitted by France and Ghana" without a colon.
  const q = /^(question of|submitted by|sponsored by|co-submitted by|signed by)\s+(.+)$/i.exec(text);
  if (q) {
    const key = q[1]!.toLowerCase();
    if (key === "question of") return { field: "topic", value: q[2]!.trim() };
    if (key === "co-submitted by" || key === "signed by") return { field: "signatories", value: q[2]!.trim() };
    return { field: "sponsors", value: q[2]!.trim() };
  }
  return null;
}

// Names of states that contain " and ": a sponsor list is never split inside them.
const AND_NAMES = [
  "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis",
  "Saint Vincent and the Grenadines", "Sao Tome and Principe", "São Tomé and Príncipe",
  "Trinidad and Tobago", "Wallis and Futuna", "Turks and Caicos Islands", "Heard Island and McDonald Islands",
];

/**
 * Splits a list of sponsors or signatories: on ";" when the list uses semicolons (so names such
 * as "Korea, Republic of" survive), else on "," — and on a final " and " unless that is part of a
 * state's name ("Bosnia and Herzegovina").
 */
export function splitNames(value: string): string[] {
  const parts = value.includes(";") ? value.split(";") : value.split(",");
  const out: string[] = [];
  for (const part of parts) out.push(...splitAnd(part.trim().replace(/\.$/, "").trim()));
  return out.filter(Boolean);
}

/** "Philippines and Bosnia and Herzegovina" → ["Philippines", "Bosnia and Herzegovina"]. */
function splitAnd(part: string): string[] {
  const clean = (s: string) => s.replace(/^\s*and\s+|\s+and\s*$/gi, "").trim();
  const lower = part.toLowerCase();
  const name = AND_NAMES.find((n) => lower.includes(n.toLowerCase()));
  if (name) {
    const at = lower.indexOf(name.toLowerCase());
    return [...splitAnd(clean(part.slice(0, at))), part.slice(at, at + name.length), ...splitAnd(clean(part.slice(at + name.length)))].filter(Boolean);
  }
  return part.split(/\s+and\s+/i).map(clean).filter(Boolean);
}

/**
 * The committee named by an organ line ("The Human Rights Council,", "THE GENERAL ASSEMBLY,"),
 * or undefined when the line is not one.
 */
export function readOrganLine(text: string): { profile: CommitteeProfile | undefined; name: string } | null {
  const m = /^the\s+(.{3,80}?)\s*[,:;.]?$/i.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const profile = findCommittee(name);
  if (profile) return { profile, name };
  // An organ line naming an organ we have no profile for: "The Model Council,".
  if (/,$/.test(text) && /^(?:[A-Z][\w'’-]*\s?){1,8}$/.test(name) && /(Council|Assembly|Committee|Commission|Conference|Organization|Board|Forum)$/i.test(name)) {
    return { profile: undefined, name };
  }
  return null;
}

/** The committee a UN document symbol belongs to: "S/RES/2139 (2014)" → sc, "A/HRC/RES/52/1" → hrc. */
export function committeeFromSymbol(code: string): CommitteeProfile | undefined {
  const c = code.toUpperCase();
  const id = /^S\//.test(c) ? "sc" : /^A\/HRC\//.test(c) ? "hrc" : /^E\//.test(c) ? "ecosoc" : /^A\/C\.(\d)\//.exec(c)?.[1] ? `ga-${/^A\/C\.(\d)\//.exec(c)![1]}` : /^A\//.test(c) ? "ga" : "";
  return committees.find((p) => p.id === id);
}

/** A UN document symbol on a line by itself: "S/RES/2139 (2014)", "A/HRC/RES/52/1", "A/C.3/78/L.12". */
export function isDocumentSymbol(text: string): boolean {
  return /^[A-Z]{1,4}(?:\/[A-Z0-9.-]+){1,6}(?:\s*\(\d{4}\))?(?:\*)?$/.test(text);
}

/** Lines of a published resolution's masthead that are not part of the text of the paper. */
export function isMasthead(text: string): boolean {
  return (
    /^Adopted (?:by|at|without)\b/i.test(text) ||
    /^Resolution adopted by\b/i.test(text) ||
    isDateLine(text) ||
    /^Resolution \d+\s*\(\d{4}\)$/i.test(text) ||
    /^Distr\.?\s*:/i.test(text) ||
    /^Original\s*:/i.test(text) ||
    /^United Nations$/i.test(text) ||
    /^(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4})$/.test(text) ||
    /^\w+(?:-\w+)?\s+session$/i.test(text) ||
    /^Agenda items? [\d, and]+$/i.test(text)
  );
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DATE_LINE = new RegExp(`^(?:[\\d\\s–—,.-]|and|${MONTH})+$`, "i");

/** A line that is only a date or a range of dates: "20 December 1993", "6–23 June 2017". */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text) && new RegExp(MONTH, "i").test(text) && /\d/.test(text);
}

/**
 * The title line of a published resolution, "28/20. The continuing grave deterioration …",
 * "Resolution 6/15. Forum on Minority Issues", "2333 (XXII). Creation of the post …": its title.
 */
export function readTitleLine(text: string): string | null {
  const m = /^(?:Resolution\s+)?(?:\d{1,3}\/\d{1,4}|\d{1,5}\s*\([IVXLC]+\))\.?\s+(\S.*)$/.exec(text);
  return m ? m[1]!.trim() : null;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * The committee a heading names, also when it names it loosely: "Disarmament and International
 * Security" or "Disarmament" for the First Committee. Exact names and aliases first (findCommittee),
 * then the one profile whose name contains the words given, or whose name the words contain.
 */
export function lookupCommittee(value: string): CommitteeProfile | undefined {
  const exact = findCommittee(value) ?? findCommittee(value.split(/[:;(]/)[0]!.trim());
  if (exact) return exact;
  const key = normalise(value.split(/[:;]/)[0]!);
  if (key.length < 5) return undefined;
  const within = committees.filter((c) => normalise(c.name).includes(key));
  if (within.length === 1) return within[0];
  const around = committees.filter((c) => [c.name, ...c.aliases].some((n) => normalise(n).length >= 5 && key.includes(normalise(n))));
  return around.length === 1 ? around[0] : undefined;
}
