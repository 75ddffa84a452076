/**
 * The essentials of the SARIF 2.1.0 schema (docs.oasis-open.org/sarif/sarif/v2.1.0) that code-review
 * tools rely on, as zod: version, $schema, runs[].tool.driver (name, rules with ids), results with
 * ruleId, level, message.text and physical locations with 1-based regions, and fixes.
 */
import { z } from "zod";

const Region = z.object({
  startLine: z.number().int().min(1),
  startColumn: z.number().int().min(1).optional(),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
});

const ArtifactLocation = z.object({ uri: z.string().min(1), uriBaseId: z.string().optional(), index: z.number().int().min(0).optional() });

const Message = z.object({ text: z.string().min(1) });

const ReportingDescriptor = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  shortDescription: Message.optional(),
  fullDescription: Message.optional(),
  help: Message.optional(),
  helpUri: z.url().optional(),
  defaultConfiguration: z.object({ level: z.enum(["none", "note", "warning", "error"]) }).optional(),
});

const Fix = z.object({
  description: Message.optional(),
  artifactChanges: z
    .array(
      z.object({
        artifactLocation: ArtifactLocation,
        replacements: z.array(z.object({ deletedRegion: Region, insertedContent: z.object({ text: z.string() }).optional() })).min(1),
      }),
    )
    .min(1),
});

const Result = z.object({
  ruleId: z.string().min(1),
  ruleIndex: z.number().int().min(0).optional(),
  level: z.enum(["none", "note", "warning", "error"]),
  message: Message,
  locations: z
    .array(z.object({ physicalLocation: z.object({ artifactLocation: ArtifactLocation, region: Region }) }))
    .min(1),
  fixes: z.array(Fix).optional(),
});

export const SarifLog = z.object({
  $schema: z.url(),
  version: z.literal("2.1.0"),
  runs: z
    .array(
      z.object({
        tool: z.object({ driver: z.object({ name: z.string().min(1), version: z.string().optional(), rules: z.array(ReportingDescriptor) }) }),
        artifacts: z.array(z.object({ location: ArtifactLocation })).optional(),
        invocations: z
          .array(z.object({ executionSuccessful: z.boolean(), toolExecutionNotifications: z.array(z.object({ message: Message })).optional() }))
          .optional(),
        results: z.array(Result),
      }),
    )
    .min(1),
});
export type SarifLog = z.infer<typeof SarifLog>;
