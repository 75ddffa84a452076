/**
 * The mandate lexicon (rules/packs/mandate.yaml, compiled by `pnpm rules`) as regexes, built once
 * at module load.
 */
import { mandateEntities, mandateLexicon } from "@clausewise/rulebook";
import { alternation, B, E, norm, phraseRegex } from "./patterns.ts";

const lex = mandateLexicon();

export type VerbClass = keyof typeof lex.verbs;
export type ActorClass = keyof typeof lex.actors | "named-authority";

const verbClass = new Map<string, VerbClass>();
// Later classes win for a form listed twice, so "describe" (the safest reading) is written last.
for (const [cls, forms] of Object.entries(lex.verbs) as [VerbClass, string[]][]) {
  for (const f of forms) verbClass.set(norm(f), cls);
}
export const classOfVerb = (v: string): VerbClass => verbClass.get(norm(v)) ?? "request";

const allVerbs = alternation(Object.values(lex.verbs).flat());
const adverbs = alternation(lex.adverbs);

/**
 * A committee verb opening a predication: at the start of the text or after a comma, semicolon,
 * colon or "and"; optionally preceded by adverbs ("Further", "also"). Nouns that look like verbs
 * ("the demands of", "requests for") are excluded by what follows.
 * Groups: 1 = adverbs, 2 = verb.
 */
export const predicateStart = new RegExp(
  `(?:^|(?<=[,;:]\\s*(?:and\\s+|but\\s+)?)|(?<=\\s(?:and|but)\\s+))(?:((?:${adverbs})(?:\\s+(?:${adverbs}))*)\\s+)?(${allVerbs})${E}(?!\\s+(?:of|for|from|made|placed|by|on\\s+the\\s+part)${E})`,
  "giu",
);

const actorClassOf = new Map<string, ActorClass>();
for (const [cls, phrases] of Object.entries(lex.actors) as [ActorClass, string[]][]) {
  for (const p of phrases) if (!actorClassOf.has(norm(p))) actorClassOf.set(norm(p), cls);
}
// "the Syrian authorities", "the Malian Government": a State by its adjective.
const namedAuthority = "the\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:authorities|Government|Governments|armed\\s+forces|security\\s+forces)";
/** An actor phrase anywhere (global). Group 1 = a listed actor, group 2 = a named authority. */
export const actorRegex = new RegExp(
  `${B}(?:(${alternation(Object.values(lex.actors).flat())})|(${namedAuthority}))${E}`,
  "gu",
);
/** Actor phrases are matched with case (so "the Office" is not "the office building")... */
export function actorClass(m: RegExpExecArray): ActorClass {
  if (m[2]) return "named-authority";
  return actorClassOf.get(norm(m[1]!)) ?? "states";
}
export const isStateActor = (c: ActorClass | null) => c === "states" || c === "named-authority";

export const bindingModal = new RegExp(`${B}(?:${alternation(lex.bindingModals)})${E}`, "giu");
export const softModal = /(?<![\p{L}\p{N}-])(?:should|may|could|might|would|are encouraged to|is encouraged to|are invited to|consider)(?![\p{L}\p{N}-])/giu;
export const proceduralSubject = new RegExp(`^(?:${alternation(lex.proceduralSubjects)})${E}`, "iu");
export const sanctions = phraseRegex(lex.sanctions);
export const existingObligation = phraseRegex(lex.existingObligations);

const creationGerund = new Map<string, string>();
for (const v of lex.creationVerbs) for (const f of v.forms) creationGerund.set(norm(f), v.gerund);
export const gerundOf = (form: string) => creationGerund.get(norm(form)) ?? "establishing";
const creationForms = lex.creationVerbs.flatMap((v) => v.forms);
/** Creation verbs and nouns ("establish", "the creation of"). Group 1 = the form. */
export const creationVerb = new RegExp(`${B}(${alternation(creationForms)})${E}`, "giu");
export const creationNouns = new Set(["establishment", "creation", "setting up", "setting-up", "set-up", "formation", "founding", "launching", "opening"]);
export const pastParticiples = new Set(["established", "created", "launched", "founded", "constituted", "set up"]);

const strong = new Set(lex.bodyNouns.strong.map(norm));
export const bodyNoun = phraseRegex([...lex.bodyNouns.strong, ...lex.bodyNouns.weak]);
export const isStrongBody = (noun: string) => strong.has(norm(noun));
export const creationHedge = phraseRegex([...lex.creationHedges, "assist", "assisting", "help", "helping", "facilitate", "facilitating", "encourage", "encouraging", "advise", "advising", "promote", "promoting", "mapping", "map"]);
export const nationalQualifier = phraseRegex(lex.nationalQualifiers);

export const deployVerb = phraseRegex(lex.deployVerbs);
export const forceNoun = phraseRegex(lex.forceNouns);
export const operationalTerm = phraseRegex(lex.operationalTerms);
export const reliefAction = phraseRegex(lex.unActions.relief);
export const electionAction = phraseRegex(lex.unActions.elections);
export const missionName = new RegExp(
  `${B}(?:${alternation(lex.missions)})${E}|(?<![\\p{L}-])(?:United\\s+Nations|African\\s+Union|UN|AU|EU|NATO|ECOWAS|Multinational|International|Regional)(?:\\s+[\\p{Lu}][\\p{L}-]*|\\s+(?:and|for|in|of|the|on)){0,8}?\\s+(?:${alternation(lex.missionWords)})${E}`,
  "gu",
);
export const consentMarker = phraseRegex(lex.consentMarkers);
export const nonOperationalObject = phraseRegex(lex.nonOperationalObjects);

/** Existing entities: matched with case, as whole words. */
export const existingEntity = new RegExp(`${B}(?:${alternation(mandateEntities().entities)})${E}`, "gu");

/** Mandate extension of a named operation: "extend the mandate of UNMIT". */
export const mandateExtension = /(?<![\p{L}-])(?:extend|extends|extending|extension\s+of|renew|renews|renewing|renewal\s+of|prolong|prolongs|prolonging)\s+(?:the\s+|its\s+)?mandates?\s+of\s+/giu;
