/**
 * The mandate lexicon (rules/packs/mandate.yaml, compiled by `pnpm rules`) as regexes, built once
 * at module load.
 */
import { mandateEntities, mandateLexicon } from "@clausewise/rulebook";
import { alternation, B, E, norm } from "./patterns.ts";
import { PhraseMask, PhraseSet } from "./phrases.ts";

const lex = mandateLexicon();

export type VerbClass = keyof typeof lex.verbs;
export type ActorClass = keyof typeof lex.actors | "named-authority";

const verbClass = new Map<string, VerbClass>();
// Later classes win for a form listed twice, so "describe" (the safest reading) is written last.
for (const [cls, forms] of Object.entries(lex.verbs) as [VerbClass, string[]][]) {
  for (const f of forms) verbClass.set(norm(f), cls);
}
/**
 * A lookup by norm(s) in a map whose keys are normalised. Most texts are written with single
 * spaces, so their lower case is already the key: tried first, it saves the whitespace regex.
 */
function byNorm<V>(map: ReadonlyMap<string, V>, s: string): V | undefined {
  return map.get(s.toLowerCase()) ?? map.get(norm(s));
}

export const classOfVerb = (v: string): VerbClass => byNorm(verbClass, v) ?? "request";


/** Committee verbs and the adverbs that may precede them, for splitting clauses into predications. */
export const committeeVerb = new PhraseSet(Object.values(lex.verbs).flat());
export const verbAdverb = new PhraseSet(lex.adverbs);
/** The first words of committee verbs and their adverbs, lower case: a quick "may open with a verb" test. */
export const verbFirstWords = new Set([...Object.values(lex.verbs).flat(), ...lex.adverbs].map((v) => norm(v).split(" ")[0]!));

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
/** The same, anchored where lastIndex points (sticky). */
export const actorAt = new RegExp(actorRegex.source, "uy");
/** Actor phrases are matched with case (so "the Office" is not "the office building")... */
export function actorClass(m: RegExpExecArray): ActorClass {
  if (m[2]) return "named-authority";
  return byNorm(actorClassOf, m[1]!) ?? "states";
}
/**
 * A preambular clause that records the committee's own act rather than its reasons: "Having
 * decided to deploy …", "Resolved that no State may …", "Determined to impose sanctions …",
 * "Establishing hereby a …". It is read as the operative clause it amounts to.
 */
export const preambularAct = /^(?:having\s+(?:decided|resolved|established|created|set\s+up|required|obliged|ordered|deployed|dispatched|sent|imposed|authori[sz]ed|made)|resolved|determined\s+to\s+(?:impose|deploy|send|establish|create|set\s+up)|establishing\s+hereby|hereby)(?![\p{L}-])/iu;
/** The Organization named: "UN", "United Nations", "U.N.". */
export const unNamed = /(?<![\p{L}-])(?:UN|United\s+Nations|U\.N\.)(?![\p{L}-])/u;
/**
 * Acts that make or unmake law ("prohibited", "repealed", "lifted"): the participles the binding
 * rule reads in statements and decisions ("… is hereby prohibited", "shall be abolished in all
 * Member States"). An alternation source, for the patterns built from it.
 */
export const actsOfLaw = "prohibited|banned|forbidden|outlawed|abolished|repealed|revoked|annulled|nullified|criminali[sz]ed|decriminali[sz]ed|legali[sz]ed|lifted";
export const isStateActor = (c: ActorClass | null) => c === "states" || c === "named-authority";

export const bindingModal = new PhraseSet(lex.bindingModals);
const stateHead = new RegExp(`${B}(?:${alternation(lex.stateSubjectHeads)})$`, "iu");
const stateName = new RegExp(`^(?:${alternation(lex.stateNames)})$`, "u");
/**
 * A subject that names States without being a listed actor: "destination States", "each member
 * state", "the military junta", "Libya". `subject` is trimmed.
 */
export const isStateSubject = (subject: string) => !/United\s+Nations$/iu.test(subject) && (stateHead.test(subject) || stateName.test(subject.replace(/^The\s/u, "the ")));
/** The specialized agencies and related organizations, which the committee may not direct. */
export const independentAgency = new PhraseSet(lex.independentAgencies, true);
/** States by kind, not by name: "nuclear-weapon States", "troop-contributing countries". */
export const isStatesByKind = (subject: string) => stateHead.test(subject) && !stateName.test(subject.replace(/^(?:all|the)\s+/iu, "the "));
export const softModal = new PhraseSet(["should", "may", "could", "might", "would", "are encouraged to", "is encouraged to", "are invited to", "consider"]);
export const proceduralSubject = new RegExp(`^(?:${alternation(lex.proceduralSubjects)})${E}`, "iu");
export const sanctions = new PhraseSet(lex.sanctions);
export const existingObligation = new PhraseSet(lex.existingObligations);

const creationGerund = new Map<string, string>();
for (const v of lex.creationVerbs) for (const f of v.forms) creationGerund.set(norm(f), v.gerund);
export const gerundOf = (form: string) => byNorm(creationGerund, form) ?? "establishing";
const creationForms = lex.creationVerbs.flatMap((v) => v.forms);
/** Creation verbs and nouns ("establish", "the creation of"). Group 1 = the form. */
export const creationVerb = new PhraseSet(creationForms);
export const creationNouns = new Set(["appointment", "development", "establishment", "creation", "setting up", "setting-up", "set-up", "formation", "founding", "launching", "opening"]);
export const pastParticiples = new Set(["established", "created", "launched", "founded", "constituted", "set up"]);

const strong = new Set(lex.bodyNouns.strong.map(norm));
export const bodyNoun = new PhraseSet([...lex.bodyNouns.strong, ...lex.bodyNouns.weak]);
export const isStrongBody = (noun: string) => strong.has(noun.toLowerCase()) || strong.has(norm(noun));
const anyBody = new Set([...lex.bodyNouns.strong, ...lex.bodyNouns.weak].map(norm));
/** A plural body noun's singular when the lexicon has it ("offices" → "office", "bodies" → "body"), else null. */
export function singularBody(noun: string): string | null {
  const n = norm(noun);
  for (const one of [n.replace(/ies$/, "y"), n.replace(/s$/, "")]) if (one !== n && anyBody.has(one)) return one;
  return null;
}
export const creationHedge = new PhraseSet([...lex.creationHedges, "assist", "assisting", "help", "helping", "facilitate", "facilitating", "encourage", "encouraging", "advise", "advising", "promote", "promoting", "mapping", "map"]);
export const nationalQualifier = new PhraseSet(lex.nationalQualifiers);

export const deployVerb = new PhraseSet(lex.deployVerbs);
export const forceNoun = new PhraseSet(lex.forceNouns);
export const operationalTerm = new PhraseSet(lex.operationalTerms);
export const reliefAction = new PhraseSet(lex.unActions.relief);
export const electionAction = new PhraseSet(lex.unActions.elections);
export const fundingAction = new PhraseSet(lex.unActions.funding);
export const missionName = new RegExp(
  `${B}(?:${alternation(lex.missions)})${E}|(?<![\\p{L}-])(?:United\\s+Nations|African\\s+Union|UN|AU|EU|NATO|ECOWAS|Multinational|International|Regional)(?:\\s+[\\p{Lu}][\\p{L}-]*|\\s+(?:and|for|in|of|the|on)){0,8}?\\s+(?:${alternation(lex.missionWords)})${E}`,
  "gu",
);
export const consentMarker = new PhraseSet(lex.consentMarkers);
export const missionTask = new PhraseSet(lex.missionTasks);
export const forceManagement = new PhraseSet(lex.forceManagement);
/** Forces as such (not "entry into force", "labour force", "security forces" of a State). */
export const uniformedForce = new PhraseSet(["troops", "peacekeepers", "peacekeeping force", "peacekeeping forces", "military personnel", "contingents", "military observers", "police component", "military component", "formed police units", "such forces", "these forces", "the forces", "armed forces of Members", "air, sea, or land forces", "air, sea or land forces", "multinational force", "stabilization force", "protection force", "intervention force", "emergency force", "United Nations Force", "Force"], true);
/** The United Nations' own agencies and programmes (actors.un), which are not peace operations. */
export const unAgency = new PhraseSet(lex.actors.un, true);
export const nonOperationalObject = new PhraseSet(lex.nonOperationalObjects);

/** Existing entities: matched with case, as whole words. */
export const existingEntity = new PhraseSet(mandateEntities().entities, true);

/** Mandate extension or change of a named operation: "extend the mandate of UNMIT", "change the mandate of MINUSCA". */
export const mandateExtension = /(?<![\p{L}-])(?:extend|extends|extending|extension\s+of|renew|renews|renewing|renewal\s+of|prolong|prolongs|prolonging|change|changes|changing|modify|modifies|modifying|amend|amends|amending|expand|expands|expanding|revise|revises|revising|adjust|adjusts|adjusting)\s*,?\s*(?:(?:until|for|by|through)\s+[^;]{1,60}?,?\s+)?(?:the\s+|its\s+)?mandates?\s+of\s+/giu;
/** A mission's mandate or tasks announced in a parent clause ("the mandate of MONUSCO shall include the following tasks:"). */
export const missionTasking = /(?<![\p{L}-])(?:mandate|mandates|tasks|tasked|authori[sz]es|authori[sz]ed|shall\s+include|the\s+following)(?![\p{L}-])/iu;

/**
 * Cheap gates: one scan of the clause decides whether a rule needs to read it at all. Each lists
 * every word the rule's checks start from, so a clause without any of them has no finding.
 */
const bindingTriggerWords = ([...lex.verbs.demand, ...lex.verbs.require, ...lex.verbs.decide, ...lex.verbs.impose, "shall", "must", "obliged", "obligated", "required",
  // penalties the committee sets ("Fines companies that …", "Decides to fine …")
  "fines", "fine", "penalizes", "penalises", "penalize", "penalise",
  "binding", "mandatory", "compulsory", "obligatory", "mandated", "moratorium", "ban", "prohibition", "International Criminal Court", "ICC",
  // acts reserved by the Charter (expulsion, admission, suspension, the veto)
  "expel", "expels", "expelling", "admit", "admits", "admitting", "suspend", "suspends", "suspending", "veto", "Charter", "expanded", "enlarged", "debt", "debts", "tax", "taxes", "levy", "carbon price", "minimum wage", "tariff", "tariffs",
  // bare-subjunctive directives ("Stresses that countries … stop …")
  "stop", "cease", "halt", "refrain", "desist", "withdraw", "dismantle", "destroy", "renounce", "abandon", "abolish",
  // outcomes stated rather than decided ("… is hereby prohibited"); other statements ("No State may …",
  // "Governments have an obligation to …") are found by their modal (statement.ts), not by a word here
  "hereby",
  // (round 13) legal force claimed, treaties applied as if in force, levies and capital by proportion, powers to annul
  "hereby terminated", "treated by", "strike down", "made compulsory", "confiscation", "company",
  "declares", "declaring", "in force for", "ratification", "be required for", "deducted", "bank accounts", "under penalty", "mandatory fees", "levy", "data broker", "data brokers", "holders of patents", "buyers", "recruitment agency", "recruitment agencies",
  "legal force", "as though", "as if it had", "incorporated into", "transposed into", "capitalized", "capitalised", "in proportion to", "empowers", "empower", "frozen",
  // binding force claimed, penalties the committee sets, asset freezes (binding.ts)
  "bind", "binds", "hereinafter", "inadmissible", "force of law", "final and binding", "a crime", "punished", "ordered", "charged", "forfeit", "interest", "lay down", "lays down", "legislate", "liable", "punishable", "prohibited", "has to", "have to", "bound", "fined", "incur", "strips", "deprives", "mandatory", "compulsory", "sanction", "abolished", "repealed", "decriminalized", "decriminalised", "enforceable", "force of", "binding force", "surcharge", "levied", "penalty", "penalties", "interest", "freeze", "embargo", "embargoes", "null and void",
  // "It is hereby made unlawful for …", "Makes it illegal for …"; a treaty's force claimed ("shall enter into force for all Member States")
  "made unlawful", "made illegal", "unlawful for", "illegal for", "enter into force for", "apply to all",
  // a penalty list, debts declared cancelled, sanctions by new names (round 8)
  "authority to", "power to", "powers to", "constitute binding", "constitutes binding", "as binding", "deemed to have", "penalized", "penalised", "banned from", "blacklisted", "disqualified", "criminal offence", "criminal offense", "have not ratified", "has not ratified", "never ratified",
  "will lose", "lose its", "lose their", "hereby binding", "makes binding", "enforceable before", "void",
  "will have to", "no longer", "null and void", "lose access", "enters into force", "are also to", "void",
  "placed on", "cancelled", "canceled", "written off", "blacklist", "blacklists", "blacklisting", "bank accounts", "travel bans", "denied entry", "air links", "Olympic Games", "sporting competitions"]);
const operationalTriggerWords = ([
  ...lex.verbs.authorize, ...lex.verbs.deploy, ...lex.deployVerbs, ...lex.forceNouns, ...lex.operationalTerms,
  ...lex.unActions.relief, ...lex.unActions.elections, ...lex.unActions.funding, ...lex.missions, ...lex.sanctions, ...lex.missionWords,
  "mandate", "mandates", "available", "Mission", "Force", "Operation",
  // election work with words between ("monitor the upcoming presidential elections", operational.ts)
  "election", "elections", "referendum", "polls", "electoral process", "authorizations", "authorisations", "provisions", "refrain", "logistical support", "logistics support", "support package",
  // coercion by the United Nations, acting without consent, and money granted (operational.ts)
  "raid", "arrest", "seize", "confiscate", "storm", "shut down", "take control", "assume control", "take over", "free", "liberate",
  "consent", "agreement", "approval", "permission",
  "detain", "rescue", "intercept", "shoot down", "disable", "patrol", "inspect", "custody", "freeze", "enforce", "destroy", "arresting", "raiding", "seizing", "confiscating", "detaining", "rescuing", "intercepting",
  // the United Nations doing work on the ground itself, and people it sends (operational.ts)
  // (by their rarer words: "run the school system" by "school system", "issue passports" by "passports")
  "build", "rebuild", "construct", "repair", "relocate", "distribute", "salaries", "guard", "escort", "school system", "health system", "schools", "hospitals", "prisons",
  "identity documents", "identity cards", "passports", "birth certificates", "travel documents", "births", "shelters", "clinics", "safe houses", "bodyguards", "deminers", "demining teams",
  // (multi-word where a word alone is common in real resolutions: "administration of justice", "formed police units")
  "neutralize", "neutralise", "raids", "searches", "search its", "search the", "search their", "unannounced", "collect taxes", "collect the taxes", "physically prevent", "forcibly prevent",
  "evacuation centres", "feeding centres", "whatever the position", "notwithstanding", "irrespective of whether", "regardless of whether", "assume the administration", "assume the management", "take charge", "airdropped",
  "requisition", "occupy", "premises", "bypassing", "wishes", "irrespective of the", "regardless of the", "intervene", "takes over", "invited or not", "bypassing", "even if", "wishes of", "position of",
  "capture", "direct control", "full control", "effective control", "take command", "assume command", "command of", "take charge", "shut", "administer",
  "assume police", "assume all", "assume executive", "assume legislative", "assume security", "assume governmental", "mobile clinics", "field hospitals", "arrange for", "by force", "force their way", "force its way", "physically", "forcibly", "awaiting", "whether or not", "refused",
  // work on the ground and coercion in rarer verbs (round 8): "dredge the harbours", "run the border posts", "board fishing ships"
  // (building ports and handing out rations are found by "build" and "distribute" above)
  "customs duties", "without prior notice", "without notice", "without authorization", "without authorisation", "has not given", "have not given", "its own", "their own", "release", "be stationed", "be deployed", "be posted",
  // (round 10) mechanisms halting work, custody, take-overs by title, people placed inside a State's institutions
  "without applying", "bypassing", "visas", "press cards", "radio stations", "distribution points", "food banks", "markets", "newspapers", "under temporary", "be sent", "be stationed",
  "halt", "into custody", "protective custody", "take over the", "takes over the", "interim territory", "transitional territory", "inside", "embed", "stationed", "under UN control", "under United Nations control", "need for any", "without requiring", "supervision of the United Nations", "supervision of the UN",
  "dredge", "demine", "de-mine", "vaccinate", "immunize", "immunise", "cables", "install", "staffs", "staff the", "test and treat", "run the", "run their",
  "board the", "board fishing", "board ships", "board vessels", "board any", "jam", "take down", "bank accounts", "blacklist", "blacklists", "blacklisting", "travel bans", "denied entry", "air links", "Olympic Games", "sporting competitions",
  // (round 12) UN forces and monitors at work, consent overridden, papers handed out, a State told to take in a force
  "UN monitors", "UN observers", "UN troops", "UN peacekeepers", "UN forces", "UN soldiers", "UN police", "UN inspectors", "United Nations monitors", "United Nations observers", "United Nations troops", "United Nations peacekeepers", "United Nations forces",
  "refrain from", "assume the", "shelters", "running the", "licences", "licenses", "safe houses", "direct administration", "authorization of", "authorisation of", "having authorized", "having authorised",
  "surprise inspections", "surprise searches", "carry out inspections", "conduct inspections", "involvement of", "lend money", "directly to", "audit the", "escorting", "securing the release", "grants it", "grants access", "having deployed", "having dispatched", "having sent",
  "on-site", "challenge inspections", "taking over", "without their", "national authorities", "valley", "safe house", "land titles", "title deeds", "textbooks", "site", "sites", "be present",
  // (round 16) UN staff on police patrols, places under armed UN guard
  "patrols", "armed United Nations", "armed UN",
  // (round 17) a State's work done in its place, its duties collected
  "in place of", "import duties", "export duties",
  // (round 18) powers to act, operational control, UN people posted in ministries
  "with the power", "with powers", "empowered to", "operational control", "posted in", "stationed in", "embedded in", "police patrols",
  "overriding", "hand out", "give out", "identity papers", "desalination plants", "treatment plants", "give instructions", "give orders", "give binding", "run the country", "govern the", "accept a", "accept the", "host a", "admit a", "allow the deployment",
  "will fund", "shall fund", "will finance", "shall finance", "will pay", "fund the", "finance the", "pay for", "funds", "finances", "bankrolls", "subsidizes", "subsidises", "pays for", "dollars", "euros", "USD", "EUR", "francs", "million", "billion", "resources", "budget", "reserves", "coffers",
]);
export const GATE = { binding: 1, newBody: 2, operational: 4 } as const;
export const gates = new PhraseMask()
  .add(GATE.binding, bindingTriggerWords)
  .add(GATE.newBody, creationForms)
  .add(GATE.newBody, ["consisting of", "composed of", "comprising", "made up of", "shall have a", "should have a", "will have a", "shall have an", "should have an", "will have an"])
  // (round 16) an office turned into a specialized agency ("convert … into an independent specialized agency")
  .add(GATE.newBody, ["specialized agency"])
  // (round 18) an office turned into a court ("convert the Unit into an Audit Court with compulsory jurisdiction")
  .add(GATE.newBody, ["compulsory jurisdiction"])
  .add(GATE.operational, operationalTriggerWords);
