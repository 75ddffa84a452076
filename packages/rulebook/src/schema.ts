/**
 * The shapes of the data in rules/. Written once with zod: the compiler validates every YAML file
 * against them, and the TypeScript types used at run time are inferred from them.
 */
import { z } from "zod";

/** A quotation of the text that gives or limits a power, with where it comes from. */
export const SourceQuote = z.object({
  quote: z.string().min(1),
  source: z.string().min(1),
});
export type SourceQuote = z.infer<typeof SourceQuote>;

export const CommitteeProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "ids are lower-case letters, digits and hyphens"),
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** The line the resolution opens with, e.g. "The Human Rights Council,". */
    organLine: z.string().regex(/,$/, "the organ line ends with a comma"),
    /** Other ways a heading may name this committee ("HRC", "Third Committee"). */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .loose();
export type CommitteeProfile = z.infer<typeof CommitteeProfile>;

export const PhraseLists = z.object({
  preambular: z.array(z.string().min(1)).min(1),
  operative: z.array(z.string().min(1)).min(1),
  modifiers: z.object({
    before: z.array(z.string().min(1)),
    after: z.array(z.string().min(1)),
  }),
});
export type PhraseLists = z.infer<typeof PhraseLists>;

export const Rulebook = z.object({
  version: z.string(),
  phrases: PhraseLists,
  committees: z.array(CommitteeProfile).min(1),
  packs: z.array(z.looseObject({ id: z.string() })).default([]),
});
export type Rulebook = z.infer<typeof Rulebook>;
