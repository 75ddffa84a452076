/**
 * The `data` of each format and style rule (rules/packs/format.yaml, style.yaml), by rule id.
 * `pnpm rules` validates every entry's data against its schema here (FormatPack in packs.ts), fills
 * in the defaults, and writes the result into the compiled rulebook; the rules in
 * packages/lint/src/rules/format read it typed through `FormatRuleData`, without zod at run time.
 */
import { z } from "zod";

const phrase = z.string().min(1);
const noData = z.object({});
const verbData = z.object({
  /** Irregular pairs the derivation misses, third person → participle. */
  irregular: z.record(z.string(), z.string()).default({}),
});

export const formatRuleDataSchemas = {
  "style/acronym-definition": z.object({
    /** Acronyms UN texts use without spelling them out ("HIV", "COVID-19"). */
    allowed: z.array(z.string().min(2)).default([]),
    /** Abbreviations UN texts never use: every use is replaced by the full name ("UN" → "United Nations"). */
    spellOut: z.record(z.string(), z.string()).default({}),
    /** Full names of common acronyms, for the fix when the paper never defines them. */
    expansions: z.record(z.string(), z.string()).default({}),
  }),
  "format/capitalisation": noData,
  "format/resolution-citation": z.object({
    /** Document symbol prefixes and the organ whose resolutions they are. */
    symbols: z.array(z.object({ prefix: phrase, organ: phrase })).min(1),
    /** Adoption dates of often-cited resolutions, so a missing date can be filled in. */
    dates: z.record(z.string(), z.string().regex(/^\d{1,2} [A-Z][a-z]+ \d{4}$/, "dates are written 15 March 2006")).default({}),
  }),
  "style/own-resolution": z.object({
    /** Organs whose resolutions a clause may cite; naming another one beside the own organ is a contrast, not a slip. */
    organs: z.array(phrase).min(1),
  }),
  "format/typed-label": noData,
  "format/typed-punctuation": z.object({
    /** Abbreviations whose final full stop is part of the text ("etc."), without that stop. */
    abbreviations: z.array(phrase).default([]),
  }),
  "format/empty-clause": noData,
  "format/single-subclause": noData,
  "format/preambular-opening": verbData,
  "format/operative-opening": verbData,
  "style/reserved-phrase": z.object({
    /** Committee id → extra reserved phrases; "*" applies to every committee but the one they are reserved to. */
    committees: z.record(z.string(), z.array(phrase)).default({}),
    /** The committee the phrases in `committees` are reserved to. */
    reservedTo: z.string().default("sc"),
    /** Suggested replacements, by reserved phrase. */
    replacements: z.record(z.string(), z.string()).default({}),
  }),
  "style/un-terms": z.object({
    /** Terms as UN texts write them; any other capitalisation of one is flagged and fixed to it. */
    terms: z.array(
      z.object({
        write: phrase,
        /** Other wordings always replaced by `write` ("this resolution" → "the present resolution"). */
        for: z.array(phrase).default([]),
        /** Committees whose own texts use the other wordings (the Security Council: "paragraph 8 of this resolution"). */
        exempt: z.array(z.string()).default([]),
      }),
    ).min(1),
  }),
  "style/repeated-opening": z.object({
    /** Committees whose own texts repeat opening verbs in a row (the Security Council: "Decides …; Decides …"). */
    exempt: z.array(z.string()).default([]),
  }),
} satisfies Record<string, z.ZodType>;

/** The ids of the format and style rules whose data has a schema. */
export type FormatRuleId = keyof typeof formatRuleDataSchemas;
/** The validated data of each format and style rule, defaults filled in. */
export type FormatRuleData = { [Id in FormatRuleId]: z.output<(typeof formatRuleDataSchemas)[Id]> };

export function isFormatRuleId(id: string): id is FormatRuleId {
  return Object.hasOwn(formatRuleDataSchemas, id);
}
