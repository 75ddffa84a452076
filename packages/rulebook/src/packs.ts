/**
 * Shapes of the rule packs in rules/packs/. The mandate packs are validated here; other packs
 * (the format pack) may bring their own schema through `packSchemas`.
 */
import { z } from "zod";
import { SourceQuote } from "./schema.ts";
import { formatRuleDataSchemas, isFormatRuleId } from "./format-data.ts";

const words = z.array(z.string().min(1)).min(1);

export const MandateLexicon = z.object({
  id: z.literal("mandate"),
  adverbs: words,
  verbs: z.object({
    demand: words,
    require: words,
    decide: words,
    impose: words,
    authorize: words,
    establish: words,
    deploy: words,
    request: words,
    describe: words,
  }),
  actors: z.object({
    secretariat: words,
    ohchr: words,
    organ: words,
    mission: words,
    un: words,
    mechanism: words,
    states: words,
  }),
  stateSubjectHeads: words,
  stateNames: words,
  independentAgencies: words,
  bindingModals: words,
  proceduralSubjects: words,
  sanctions: words,
  existingObligations: words,
  creationVerbs: z.array(z.object({ forms: words, gerund: z.string().min(1) })).min(1),
  bodyNouns: z.object({ strong: words, weak: words }),
  creationHedges: words,
  nationalQualifiers: words,
  deployVerbs: words,
  forceNouns: words,
  operationalTerms: words,
  unActions: z.object({ relief: words, elections: words, funding: words }),
  missionTasks: words,
  forceManagement: words,
  missionWords: words,
  missions: words,
  consentMarkers: words,
  nonOperationalObjects: words,
});
export type MandateLexicon = z.infer<typeof MandateLexicon>;

export const MandateEntities = z.object({
  id: z.literal("mandate-entities"),
  entities: words,
});
export type MandateEntities = z.infer<typeof MandateEntities>;

/** A clause as plain data in an example: text, or text with sub-clauses. */
export type ExampleClause = string | { text: string; sub?: ExampleClause[]; continuation?: string };
export const ExampleClause: z.ZodType<ExampleClause> = z.lazy(() =>
  z.union([
    z.string(),
    z.object({ text: z.string(), sub: z.array(ExampleClause).optional(), continuation: z.string().optional() }),
  ]),
);

export const RuleExample = z
  .object({
    committee: z.string().optional(),
    section: z.enum(["preamble", "operative"]).optional(),
    parents: z.array(z.string()).optional(),
    text: z.string().optional(),
    document: z
      .object({ preamble: z.array(ExampleClause).optional(), operative: z.array(ExampleClause).optional() })
      .optional(),
    note: z.string().optional(),
    expect: z.array(
      z.object({
        severity: z.enum(["error", "warning", "info", "hint"]).optional(),
        match: z.string().optional(),
        path: z.string().optional(),
        fixed: z.string().optional(),
      }),
    ),
  })
  .refine((e) => (e.text === undefined) !== (e.document === undefined), "an example has either text or document");
export type RuleExample = z.infer<typeof RuleExample>;

/** The data of one mandate rule: its description, docs and examples. */
export const MandateRulePack = z.object({
  id: z.enum(["mandate/binding-language", "mandate/new-body", "mandate/operational-intervention"]),
  category: z.enum(["binding", "new-body", "operational"]),
  severity: z.enum(["error", "warning", "info", "hint"]),
  description: z.string().min(1),
  purpose: z.string().min(1),
  severities: z.string().min(1),
  sources: z.array(SourceQuote).default([]),
  examples: z.array(RuleExample).min(2),
});
export type MandateRulePack = z.infer<typeof MandateRulePack>;

/**
 * The format and style packs (rules/packs/format.yaml, style.yaml): one entry per rule with its
 * description, docs and examples. Each rule's own `data` (phrase tables, dates) is validated here
 * against the rule's schema in format-data.ts, with its defaults filled in, so the rules read it
 * typed at run time without parsing it again.
 */
export const FormatRuleEntry = z
  .object({
    id: z.string().regex(/^(format|style)\/[a-z0-9-]+$/, "format pack rule ids are format/… or style/…"),
    category: z.enum(["format", "style"]),
    severity: z.enum(["error", "warning", "info", "hint"]),
    description: z.string().min(1),
    docs: z.object({
      purpose: z.string().min(1),
      severities: z.string().min(1).optional(),
      examples: z.array(RuleExample).min(2),
    }),
    data: z.unknown().optional(),
  })
  .transform((entry, ctx) => {
    if (!isFormatRuleId(entry.id)) return entry;
    const result = formatRuleDataSchemas[entry.id].safeParse(entry.data ?? {});
    if (result.success) return { ...entry, data: result.data };
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", message: `${entry.id}: ${issue.message}`, path: ["data", ...issue.path] });
    }
    return z.NEVER;
  });
export const FormatPack = z.object({
  id: z.enum(["format", "style"]),
  description: z.string().optional(),
  rules: z.array(FormatRuleEntry).min(1),
});
export type FormatPack = z.infer<typeof FormatPack>;

/** Pack ids (or id prefixes ending in "/") with a schema of their own. */
export const packSchemas: { match: (id: string) => boolean; schema: z.ZodType<unknown> }[] = [
  { match: (id) => id === "mandate", schema: MandateLexicon },
  { match: (id) => id === "mandate-entities", schema: MandateEntities },
  { match: (id) => id.startsWith("mandate/"), schema: MandateRulePack },
  { match: (id) => id === "format" || id === "style", schema: FormatPack },
];
