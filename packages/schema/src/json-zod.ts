/**
 * The zod schema of a working paper's JSON: the declarative description of the format, for Node
 * code and tools that want a zod schema (JSON Schema export, composition). Run-time validation
 * (`parseDocumentJSON`) uses the hand-written json-check.ts instead, so that browser bundles carry
 * no zod; json-check.test.ts checks that both accept and reject the same inputs, with the same
 * first problem.
 *
 * Written with zod/mini (zod 4's functional API, same package). Messages are zod's English ones.
 */
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { HEADING_LIMITS } from "./schema.ts";

const MarkJSON = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("em") }),
  z.strictObject({
    type: z.literal("comment"),
    attrs: z.strictObject({
      id: z.string().check(z.minLength(1)),
      author: z._default(z.string(), ""),
      body: z._default(z.string(), ""),
      created: z._default(z.string(), ""),
    }),
  }),
]);

const TextJSON = z.strictObject({
  type: z.literal("text"),
  text: z.string().check(z.minLength(1, "text nodes may not be empty")),
  marks: z.optional(z.array(MarkJSON)),
});

const TextblockJSON = (type: "clause_text" | "continuation") =>
  z.strictObject({ type: z.literal(type), content: z.optional(z.array(TextJSON)) });

const ClauseTextJSON = TextblockJSON("clause_text");
const ContinuationJSON = TextblockJSON("continuation");
const IdAttrs = z.optional(z.strictObject({ id: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64)))) }));

/** Checks the order clause_text (subclause+ continuation?)? and names the first misplaced child. */
function checkClauseOrder(children: { type: string }[], ctx: z.core.$RefinementCtx<{ type: string }[]>): void {
  const types = children.map((c) => c.type);
  if (types[0] !== "clause_text") {
    ctx.addIssue({ code: "custom", path: [0], message: "a clause starts with its clause_text" });
  }
  types.slice(1).forEach((t, i) => {
    const at = i + 1;
    if (t === "clause_text") ctx.addIssue({ code: "custom", path: [at], message: "a clause has one clause_text" });
    if (t === "continuation" && (at !== types.length - 1 || at === 1)) {
      ctx.addIssue({ code: "custom", path: [at], message: "a continuation comes last, after sub-clauses" });
    }
  });
}

// Recursive through a getter (zod 4's way), with a discriminated union so that errors point
// inside the offending child rather than at the whole union.
const SubclauseJSON = z.strictObject({
  type: z.literal("subclause"),
  attrs: IdAttrs,
  get content() {
    return ClauseChildren;
  },
});

const ClauseChildren: z.ZodMiniType<{ type: string }[]> = z
  .array(z.discriminatedUnion("type", [ClauseTextJSON, ContinuationJSON, SubclauseJSON]))
  .check(z.minLength(1, "a clause needs its clause_text"), z.superRefine(checkClauseOrder));

const OperativeClauseJSON = z.strictObject({
  type: z.literal("operative_clause"),
  attrs: IdAttrs,
  content: ClauseChildren,
});

const PreambularClauseJSON = z.strictObject({
  type: z.literal("preambular_clause"),
  attrs: IdAttrs,
  content: z.tuple([ClauseTextJSON]),
});

const HeadingJSON = z.strictObject({
  type: z.literal("heading"),
  attrs: z.optional(
    z.strictObject({
      code: z._default(z.string().check(z.maxLength(HEADING_LIMITS.code)), ""),
      committee: z._default(z.string().check(z.maxLength(HEADING_LIMITS.committee)), "hrc"),
      topic: z._default(z.string().check(z.maxLength(HEADING_LIMITS.topic)), ""),
      sponsors: z._default(z.array(z.string().check(z.maxLength(HEADING_LIMITS.name))).check(z.maxLength(HEADING_LIMITS.names)), []),
      signatories: z._default(z.array(z.string().check(z.maxLength(HEADING_LIMITS.name))).check(z.maxLength(HEADING_LIMITS.names)), []),
    }),
  ),
});

/** The zod schema of a working paper's JSON (ProseMirror's `doc.toJSON()` form). */
export const DocumentJSON = z.strictObject({
  type: z.literal("doc"),
  content: z.tuple([
    HeadingJSON,
    z.strictObject({ type: z.literal("preamble"), content: z.optional(z.array(PreambularClauseJSON)) }),
    z.strictObject({
      type: z.literal("operative"),
      content: z.array(OperativeClauseJSON).check(z.minLength(1, "the operative part needs at least one clause")),
    }),
  ]),
});
export type DocumentJSON = z.infer<typeof DocumentJSON>;

// zod/mini registers no locale of its own; keep a host page's choice if it made one.
if (!z.config().localeError) z.config(en());
