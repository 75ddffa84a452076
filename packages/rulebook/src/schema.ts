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

/** A mechanism a committee may create, recognised by any of its phrases (case-insensitive). */
export const Mechanism = z.object({
  name: z.string().min(1),
  /** Phrases naming it, e.g. "special rapporteur", "commission of inquiry". */
  match: z.array(z.string().min(1)).min(1),
  source: SourceQuote.optional(),
});
export type Mechanism = z.infer<typeof Mechanism>;

/** What the mandate rules read: the organ's powers as data. */
export const CommitteePowers = z.object({
  /** May the organ adopt decisions binding on States (Charter Art. 25 for the Security Council)? */
  bindingDecisions: z.boolean(),
  /** May it deploy, authorise or run operations (forces, missions, enforcement, relief delivery)? */
  operationalMeasures: z.boolean(),
  /** "any": it may create subsidiary organs at will; "listed": only the mechanisms in mayCreate. */
  newBodies: z.enum(["any", "listed"]),
  mayCreate: z.array(Mechanism).default([]),
  /**
   * True for committees whose texts go to the plenary with programme budget implications that the
   * Fifth Committee must review: creating a fund, post or office there is flagged as info.
   */
  budgetReview: z.boolean().default(false),
  /**
   * May it ask the United Nations' own agencies (UNHCR, UNICEF, OCHA) to deliver humanitarian
   * relief? True for the General Assembly and ECOSOC, to which those agencies report; such a
   * request is then not an operational intervention.
   */
  directsRelief: z.boolean().default(false),
  /**
   * Does it approve the budget and apportion the expenses among the Members (Charter Art. 17)? True
   * for the General Assembly and its Fifth Committee: "Decides that Member States shall pay their
   * assessed contributions …" is then the one obligation it may put on States, and granting money
   * from the regular budget is its own business, not funds it does not have.
   */
  apportionsExpenses: z.boolean().default(false),
});
export type CommitteePowers = z.infer<typeof CommitteePowers>;

/** The mandate texts a finding quotes, one per mandate rule. */
export const MandateCitations = z.object({
  binding: SourceQuote,
  newBody: SourceQuote,
  operational: SourceQuote,
  /** Quoted by the new-body rule's budget note (committees with budgetReview). */
  budget: SourceQuote.optional(),
});

/** A phrase only the Security Council uses, so a draft for this committee should not. */
export const ReservedPhrase = z.object({
  phrase: z.string().min(1),
  reservedTo: z.string().min(1),
  source: SourceQuote,
});
export type ReservedPhrase = z.infer<typeof ReservedPhrase>;

export const CommitteeProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "ids are lower-case letters, digits and hyphens"),
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** The line the resolution opens with, e.g. "The Human Rights Council,". */
    organLine: z.string().regex(/,$/, "the organ line ends with a comma"),
    /** Other ways a heading may name this committee ("HRC", "Third Committee"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** What the organ may and may not do, each with its source. */
    mandate: z.object({
      may: z.array(SourceQuote).min(1),
      mayNot: z.array(SourceQuote).default([]),
    }),
    powers: CommitteePowers,
    citations: MandateCitations,
    /** Who the fixes propose instead of overreach: "Requests <explore> to explore, within existing resources, …". */
    alternatives: z.object({
      explore: z.string().min(1),
      recommendTo: z.string().min(1),
    }),
    reservedPhrases: z.array(ReservedPhrase).default([]),
    /** Notes for directors on how the profile reads the mandate (shown in docs). */
    notes: z.array(z.string()).default([]),
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
