/**
 * mandate/binding-language: the committee imposing obligations it cannot impose. Reads who is
 * bound (States, parties, sanctions measures) and by what (a demand, a requirement, "decides that
 * … shall"), and leaves the committee's own procedure and reaffirmed treaty obligations alone.
 */
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { ClauseView, Finding } from "../../rule.ts";
import { actsOfLaw, bindingModal, existingEntity, existingObligation, independentAgency, isStateActor, isStateSubject, proceduralSubject, sanctions, softModal } from "./lexicon.ts";
import { GATE } from "./lexicon.ts";
import { findIn } from "./patterns.ts";
import { PhraseSet } from "./phrases.ts";
import { actorAtPosition, addressee, readClause, type ClauseReading, type Predicate } from "./reading.ts";
import { fix, locate, matchCase, quoteOf } from "./locate.ts";
import { statementOf } from "./statement.ts";
import { assessedPayment, impersonalLaw, statedObligation, treatyForce, type Report } from "./binding-statement.ts";

const isParticiple = (verb: string) => /ing$/i.test(verb);
// "Decides that …", also with an aside first: "Decides, acting under Chapter VII, that …".
// ("Having decided at its fifty-ninth session that …": a when without commas before the "that".)
const thatLead = /^[\s,]*(?:(?:also|further)\s+)?(?:[^,;]{1,150},\s*|(?:at|during|in)\s+its\s+[^,;]{1,40}?\s+(?:session|meeting)\s+)?that(?:\s*,)?\s+/iu;
/** Verbs that order by themselves, and the act they order: "Orders the immediate withdrawal of". */
const orderVerb = /^(?:orders|ordering|commands|commanding|requires|requiring|compels|compelling)$/iu;
const actOrdered = /^\s+the\s+(?:(?:immediate|complete|full|unconditional|prompt|total|urgent)\s+(?:and\s+)?)*(?:withdrawal|release|cessation|halt|end|disarmament|dismantling|closure|evacuation|surrender|return|removal|suspension|confiscation|seizure|destruction|repeal)\s+of\s/iu;
const toSanctionsLead = /^[\s,]*(?:(?:also|further)\s+)?to\s+(impose|reimpose|renew|extend|apply|maintain|establish)(?![\p{L}-])/iu;
const gerund: Record<string, string> = {
  impose: "imposing", reimpose: "reimposing", renew: "renewing", extend: "extending", apply: "applying", maintain: "maintaining", establish: "establishing",
};
/** Verbs that ban by themselves: a ban is law, whoever it names. */
const prohibitVerb = /^(?:forbids|forbidding|prohibits|prohibiting|bans|banning|abolishes|abolishing|repeals|repealing|outlaws|outlawing|annuls|annulling|revokes|revoking)$/iu;
const prohibitBase: Record<string, string> = { forbid: "forbid", prohib: "prohibit", ban: "ban", abolish: "abolish", repeal: "repeal", outlaw: "outlaw", annul: "annul", revok: "revoke" };
/**
 * An addressee the actor list does not know, then "to" or "from": "Requires employers to",
 * "Obliges destination countries to", "Forbids governments from". The committee's own bodies
 * ("Instructs its subsidiary bodies to", "Directs the Working Group to") are not bound by it.
 */
const otherAddressee = /^\s+((?:all|every|each|any|the|those|such)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,10}?(?:(to)\s+(?!(?:the|a|an|all|any|its|their|this|these|those)\s)\p{L}|(from)\s+\p{L}+ing(?![\p{L}-]))/iu;
const ownBodies = /(?<![\p{L}-])(?:its|their|his|her)\s|(?<![\p{L}-])(?:Rapporteur|Expert|Working\s+Group|Group\s+of|(?<=(?<![\p{L}-])the\s)Group|Committee|Commission|Secretar\p{L}*|Office|Mechanism|Mission|Council|Assembly|Forum|Panel|Board|Special|Representative|Envoy|Coordinator|Commissioner|Agency|Programme|Fund|Administrator|Director|Department|Division|Unit|Entity|United Nations|UN)(?![\p{L}-])/u;
/** A subject short enough to be who is bound ("developed states"), not a phrase about them ("the rights of migrants in …"). */
const shortSubject = /^(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}'’-]+$/u;
const prepositionInside = /(?<![\p{L}-])(?:of|in|for|by|with|to|on|from|at|under|within)\s/iu;
/** The text declared binding ("shall be legally binding", "legally binding on all States"), not a binding instrument to be drafted. */
const bindingClaim = new RegExp(
  [
    String.raw`(?:(?:shall|will|to|should)\s+(?:(?:henceforth|hereafter|now|also|immediately|automatically|thereby)\s+)?(?:be|become)|is|are|becomes?)\s+(?:(?:henceforth|hereafter|now|also|immediately|automatically|thereby)\s+)?(?:final\s+and\s+)?(?:legally\s+)?binding(?![\p{L}-])`,
    String.raw`binds?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?(?:all|every|each|any)\s`,
    String.raw`legally\s+binding\s+and\s+enforceable`,
    // (round 18) "the present resolution shall constitute an agreement among all Member States",
    // "which the Council hereby declares to be without legal effect"
    String.raw`(?:shall|will)\s+constitute\s+(?:an?\s+)?(?:binding\s+)?(?:agreement|treaty|convention)\s+(?:among|between)\s+(?:all\s+)?(?:Member\s+)?States`,
    String.raw`hereby\s+(?:declares?|rules?)\s+(?:it\s+|them\s+)?(?:to\s+be\s+)?(?:without\s+legal\s+effect|null\s+and\s+void|void|invalid|unlawful|illegal)`,
    // (round 17) "shall have the same binding force as a treaty", "will have the force of law"
    String.raw`(?:shall|will|is\s+to|are\s+to)\s+have\s+(?:the\s+same\s+)?(?:binding\s+force|legal\s+force|force\s+of\s+(?:a\s+treaty|law))`,
    String.raw`enforceable\s+against\s+(?:all\s+|every\s+)?(?:Member\s+)?States?`,
    String.raw`(?:authority|power|right)\s+to\s+legislate|legislat(?:e|es|ing)\s+for\s+(?:all|every)\s`,
    // "constitute binding international law", "will be applied as binding law by the courts", "Treat … as binding"
    String.raw`constitutes?\s+(?:legally\s+)?binding\s+(?:international\s+)?(?:law|obligations?)`,
    // "is hereby binding international law", "is hereby a binding obligation", "which the Assembly hereby makes binding", "enforceable before the Council"
    String.raw`(?:is|are)\s+hereby\s+(?:an?\s+)?(?:legally\s+)?binding`,
    String.raw`hereby\s+makes?\s+(?:it\s+)?(?:legally\s+)?binding`,
    String.raw`enforceable\s+(?:against\s+\p{L}+\s+)?before\s+the\s+(?:General\s+Assembly|Council|Committee|Commission)`,
    String.raw`(?:applied|treated|enforced)\s+(?:by\s+(?:all\s+)?(?:Member\s+)?States\s+)?as\s+(?:legally\s+)?binding`,
    String.raw`treat\s+[^;]{1,80}?\s+as\s+(?:legally\s+)?binding`,
    // "whose jurisdiction all States are deemed to have accepted"
    String.raw`(?:are|is)\s+deemed\s+to\s+have\s+(?:accepted|consented|agreed)`,
    // powers over States given by the committee: "the authority to annul national laws", "the power to fine States"
    String.raw`(?:authority|power|powers|right)\s+to\s+(?:annul|repeal|overturn|strike\s+down|invalidate|override|suspend)\s+(?:national\s+|domestic\s+|their\s+|its\s+)?(?:laws|legislation|decisions|judgments|decrees)`,
    String.raw`(?:authority|power|powers|right)\s+to\s+(?:fine|penali[sz]e|sanction)\s+(?:Member\s+)?(?:States|Governments|countries)`,
    String.raw`lay(?:s|ing)?\s+down[^;]{0,80}?(?:rules|law|laws|standards)[^;]{0,60}?\s(?:which|that)\s+(?:all|every)\s+[^;]{0,40}?(?:are\s+bound|must|shall|will\s+have\s+to|are\s+obliged|are\s+required)`,
    String.raw`(?:(?:is|are)\s+)?(?:hereby\s+)?made\s+liable\s+to`,
    String.raw`(?:is|are)\s+(?:henceforth\s+|now\s+|hereby\s+)?(?:directly\s+)?enforceable\s+(?:before|in|against)\s+(?:the\s+)?(?:courts|all|every)`,
    String.raw`(?:legally\s+)?binding\s+(?:on|upon)\s+(?:all\s+|the\s+|every\s+|each\s+)?(?:Member\s+)?(?:States?|Governments?|countries)(?![\p{L}-])`,
    String.raw`legally\s+binding\s+(?:on|upon)\s`,
    // "which shall become mandatory for all space-faring States", "shall be final and enforceable in the courts of every State"
    String.raw`(?:shall|will)\s+(?:(?:henceforth|hereafter|now|also|immediately|automatically)\s+)?(?:be|become)\s+(?:legally\s+)?(?:final\s+and\s+)?(?:mandatory|compulsory|obligatory|enforceable)\s+(?:for|on|upon|against|in|before)\s+(?:all|every|each|any|the|its|their)\s`,
    String.raw`(?:shall|will)\s+bind\s+(?:the|all|every|each|any)\s`,
    String.raw`(?:have|has|acquired|acquire|acquires|with)\s+(?:the\s+)?(?:binding\s+force|force\s+of\s+(?:a\s+treaty|law|an?\s+international\s+agreement))(?![\p{L}-])`,
    String.raw`(?:the\s+present|this)\s+resolution\s+makes?\s+(?:compulsory|mandatory|binding|obligatory)`,
    // A mechanism given power over States: "(d) Issue orders that States must follow"
    String.raw`(?:the\s+same\s+)?(?:legal|binding)\s+force\s+(?:for|on|upon|in)\s+(?:all|every|each)\s`,
    String.raw`as\s+(?:though|if)\s+it\s+had\s+(?:already\s+)?(?:entered\s+into\s+force|been\s+ratified)`,
    String.raw`(?:incorporated|transposed)\s+into\s+(?:the\s+)?(?:domestic|national)\s+laws?\s+of\s+(?:all|every|each)\s`,
    String.raw`with\s+compulsory\s+jurisdiction`,
    String.raw`(?:compulsory|mandatory)\s+(?:global\s+|international\s+)?(?:levy|levies|tax|taxes|surcharges?|fees|charges)(?![\p{L}-])`,
    String.raw`declar(?:e|es|ing)\s+(?:it\s+|them\s+)?(?:legally\s+)?(?:mandatory|binding|compulsory|obligatory)\s+(?:for|on|upon)\s+(?:all|every|each)\s`,
    // "Declares the agreement binding on all Members", "… to be in force for all members of the Council"
    String.raw`binding\s+(?:on|upon)\s+(?:all|every|each)\s+(?:the\s+)?(?:Members|members)(?![\p{L}-])`,
    String.raw`to\s+be\s+in\s+force\s+for\s+(?:all|every|each)\s`,
    String.raw`without\s+(?:the\s+)?(?:need\s+for\s+)?ratification`,
    String.raw`(?:licen[cs]e|authori[sz]ation|approval|permit)\s+(?:shall|will|must)\s+be\s+required\s+(?:for|of)\s+(?:any|every|all)\s`,
    String.raw`(?:deducted|seized|taken|withdrawn)\s+(?:automatically\s+)?from\s+(?:their|its|the)\s+(?:central\s+bank\s+)?(?:reserves|bank\s+accounts|assets)`,
    String.raw`(?:attach|seize|garnish|freeze)\s+(?:the\s+)?bank\s+accounts\s+of\s+(?:the\s+)?(?:permanent\s+missions|Member\s+States|States|Governments)`,
    String.raw`under\s+penalty\s+of`,
    String.raw`to\s+be\s+(?:capitali[sz]ed|financed|funded|paid\s+for)\s+by\s+(?:all\s+)?(?:Member\s+)?States\s+in\s+proportion\s+to`,
    String.raw`(?:authority|power|powers)\s+to\s+(?:license\s+and\s+close|close|shut\s+down|strike\s+down|order\s+the\s+(?:return|closure|release|seizure|destruction|deletion|dissolution))(?![\p{L}-])`,
    // "every treaty … which conflicts with the annex is hereby terminated": instruments of States ended by the text
    String.raw`(?:treaty|treaties|agreements?|contracts?|laws|concessions?)\b[^;]{0,160}?\s(?:is|are)\s+hereby\s+(?:terminated|void|invalid|annulled|revoked)`,
    String.raw`empowers?\s+(?:the\s+)?[^;]{0,60}?\s+to\s+(?:annul|revoke|cancel|overturn|invalidate)\s+(?:[\p{L}-]+\s+){0,2}?(?:concessions|licences|licenses|contracts|permits|laws|decisions|judgments)`,
    String.raw`issue\s+(?:binding\s+)?(?:orders|directives|instructions|rulings)\s+(?:that|which)\s+(?:all\s+|the\s+)?(?:Member\s+)?(?:States|Governments|countries)\s+(?:must|shall|are\s+bound\s+to|(?:will\s+)?have\s+to|are\s+obliged\s+to)`,
    String.raw`(?:sets?|fix(?:es)?|establish(?:es)?|imposes?)\s+(?:a\s+|an\s+)?binding\s+(?:ceiling|cap|limit|target|quota|floor|rate|deadline)s?(?![\p{L}-])`,
  ].map((alt) => `(?<![\\p{L}-])(?:${alt})`).join("|"),
  "iu",
);
/**
 * A modal and a passive of law, with every State as where or by whom: "shall be decriminalized in
 * all Member States", "shall be abolished by all States", "shall be extradited to any State".
 */
const lawForAllStates = new RegExp(String.raw`^(?:shall|must|will|are\s+to|is\s+to)\s+(?:(?:henceforth|hereafter|immediately|also)\s+)?be\s+(?:${actsOfLaw}|removed|suspended|extradited|recognized|recognised|guaranteed|punishable|punished|sentenced|licensed|subject\s+to|granted|issued|approved|allowed|permitted|inspected|closed|registered|provided)(?![\p{L}-])[^;]{0,80}?(?:(?:in|by|to|for|throughout|of|from)\s+(?:all|every|each|any)\s+(?:Member\s+)?(?:States?|countries|jurisdictions?|nations?)|worldwide|universally)(?![\p{L}-])`, "iu");
/** "Decides that lethal autonomous weapons systems … are prohibited", "… parents who do so shall be punished": a prohibition or a punishment decided. */
const lawDecided = /^[^;:]{1,160}?\s(?:(?:are|is)\s+(?:hereby\s+)?(?:prohibited|banned|forbidden|outlawed|abolished|a\s+crime|null\s+and\s+void|void|invalid)|(?:shall|will|must|are\s+to|is\s+to)\s+(?:constitute\s+(?:a\s+)?(?:criminal\s+)?(?:offence|offense|crime)|have\s+no\s+legal\s+(?:effect|force|validity)|be\s+deemed\s+(?:an?\s+)?(?:national|citizen|to\s+have\s+entered\s+into\s+force|(?:legally\s+)?binding|lawful|unlawful|illegal|void)|apply\s+in\s+all\s+(?:Member\s+)?States|be\s+(?:prohibited|banned|forbidden|outlawed)\s+(?:for|to|in|from|throughout)\s+(?:all|every|each|any)(?=\s)(?![^;]{0,60}?(?:United\s+Nations|UN|premises|meetings|sessions|conference|Council|Assembly|Secretariat|staff)(?![\p{L}-])))|(?:shall|must|will|are\s+to|is\s+to)\s+be\s+(?:(?:automatically|immediately)\s+)?(?:(?:made\s+)?(?:compulsory|mandatory|obligatory)|unlawful|illegal|punished|punishable|sentenced|imprisoned|fined|penali[sz]ed|jailed|(?:null\s+and\s+)?void|annulled|invalid|inadmissible|frozen|confiscated|(?:a\s+)?(?:criminal\s+)?(?:offence|offense|crime)))(?![\p{L}-])/iu;
/**
 * One capitalised word that is not a State: cities where United Nations bodies meet ("Decides that
 * Geneva shall host …"), languages ("Decides that Arabic shall be a working language"), days.
 */
const notAStateName = /^(?:Arabic|Chinese|English|French|Russian|Spanish|Portuguese|German|Swahili|Hindi|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Geneva|Vienna|Nairobi|Bonn|Rome|Paris|Bangkok|Beirut|Santiago|Addis|Doha|Montreal|Madrid|Copenhagen|Lisbon|Hague|Istanbul|Incheon|Turin|Tokyo|Panama|Brussels|Dakar|Manila|Belem|Baku|Cairo)$/u;
/** "Decides that all persons serving sentences for possession shall be released": freeing people only States can free. */
const personsFreed = /^[^;:]{0,120}?(?:persons|prisoners|detainees|people|children|journalists|migrants|individuals|defenders|women|men|those)(?![\p{L}-])[^;:]{0,120}?\s(?:shall|must|will|are\s+to)\s+be\s+(?:immediately\s+|unconditionally\s+)?(?:released|freed|pardoned|amnestied)(?![\p{L}-])/iu;
const lawNowForAllStates = new RegExp(String.raw`(?<![\p{L}-])(?:are|is)\s+(?:hereby\s+)?(?:a\s+crime|unlawful|illegal|${actsOfLaw}|suspended)(?![\p{L}-])[^;]{0,80}?(?:(?:in|by|throughout)\s+(?:all|every|each|any)\s+(?:Member\s+)?(?:States?|countries|jurisdictions?)|worldwide|universally)(?![\p{L}-])`, "iu");
/** "widows throughout the world are entitled to …": a right laid down in every State's law. */
const entitledEverywhere = /^[^;]{0,120}?(?:(?<![\p{L}-])(?:throughout\s+the\s+world|worldwide|in\s+(?:all|every)\s+(?:Member\s+)?States?)[^;]{0,40}?\s(?:are|is)\s+(?:hereby\s+)?entitled|\s(?:are|is)\s+(?:hereby\s+)?entitled(?:,[^,;]{0,40},)?\s+to[^;]{0,80}?(?:throughout\s+the\s+world|worldwide|in\s+(?:all|every)\s+(?:Member\s+)?States?))(?![\p{L}-])/iu;
/** The resolution speaking of its own force or penalties: "under the present resolution", "set out below". */
const selfReference = /(?<![\p{L}-])(?:(?:the\s+present|this)\s+resolution|annexed\s+hereto|hereinafter|its\s+(?:own\s+)?(?:previous\s+|earlier\s+|past\s+)?resolutions|herein|hereby|set\s+out\s+below|laid\s+down\s+(?:herein|below))(?![\p{L}-])/iu;
/** Said of the resolution's own measures: "the measures set out below are mandatory for all creditors". */
const selfForce = /(?<![\p{L}-])(?:(?:is|are|be|become)\s+(?:legally\s+)?(?:mandatory|compulsory|obligatory|binding|enforceable)|obligations\s+binding|(?:is|are|be)\s+(?:legally\s+)?(?:obliged|required|obligated|bound)(?:,[^,;]{1,80},)?\s+to)(?![\p{L}-])/iu;
/** A penalty the resolution says follows from it: "will incur a surcharge", "will be fined". */
const selfPenalty = /(?<![\p{L}-])(?:will|shall)\s+(?:(?:also|then)\s+)?(?:be\s+(?:fined|penali[sz]ed|sanctioned|expelled)|incur\s+(?:a\s+)?(?:surcharge|penalty|fine)|have\s+their\s+[^;]{0,40}?suspended)/iu;
/** A fine or penalty the committee itself sets: "fines set by the fourth committee", "a fine, levied by the Council". */
const penaltyByCommittee = /(?<![\p{L}-])(?:fines?|penalt(?:y|ies)|surcharges?|reparations|compensation|interest|(?:a\s+)?sanctions?)(?![\p{L}-])[^;]{0,60}?(?:levied|set|imposed|determined|fixed|decided|charged)\s+by\s+(?:the|this|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:Council|Committee|Assembly|Commission)(?![\p{L}-])/iu;
const declaredLaw = /^(?:declares?|declaring)\s+(?:[^;]{0,80}?\s)?null\s+and\s+void|^(?:declares?|declaring)\s+(?:all\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,6}?debts?\s+(?:[^;]{0,120}?\s)?(?:cancell?ed|annulled|extinguished|void|written\s+off)(?![\p{L}-])|^(?:declares?|declaring)\s+(?:a|an)\s+(?:(?:compulsory|mandatory|binding|global|worldwide|universal|general|immediate|total|complete|permanent|[\p{N}]+-year|[\p{L}]+-year)\s+)*(?:moratorium|ban|prohibition|embargo)(?![\p{L}-])/iu;
/** Other penalties a clause sets: "shall be liable to fines", "the fine which the Assembly hereby imposes", "will be fined". */
const penaltySet = /(?<![\p{L}-])(?:(?:Council|Assembly|Committee|Commission|United\s+Nations)\s+(?:will|shall)\s+fine|liable\s+to\s+(?:pay\s+)?(?:a\s+)?(?:fines?|penalt(?:y|ies)|financial\s+penalties|reparations|compensation)|(?:fines?|penalt(?:y|ies))\s+(?:which|that)\s+the\s+(?:Assembly|Council|Committee|Commission)\s+(?:hereby\s+)?(?:imposes|sets|levies|fixes)|(?:will|shall)\s+be\s+fined)(?![\p{L}-])/iu;
/** An asset freeze the United Nations carries out itself: a sanctions measure (Art. 41). */
const assetFreeze = /(?<![\p{L}-])(?:(?:to|will|shall|and)\s+freeze\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:assets|accounts|funds)|(?:orders|ordering)\s+the\s+freezing\s+of\s+(?:all\s+)?(?:its\s+|their\s+)?(?:funds|assets|accounts))(?![\p{L}-])/iu;
const mandatoryFor = /^[\s,]*(makes?|making)\s+it\s+(?:mandatory|compulsory|obligatory|unlawful|illegal)\s+for(?![\p{L}-])/iu;
/** Who fails, refuses or exceeds, then the penalty: "offices that fail to do so will be penalized", "providers exceeding this limit will be banned". */
const penaltyThreatened = /(?<![\p{L}-])(?:(?:that|which|who)\s+(?:fail|fails|refuse|refuses|do\s+not|does\s+not|exceed|exceeds|violate|violates|breach|breaches|break|breaks)|(?:failing|refusing|exceeding|violating|breaching|breaking)|(?:if|should|unless)\s+[^;]{1,120}?,)(?![\p{L}-])[^;]{0,100}?\s(?:will|shall)\s+(?:(?:also|then|immediately|automatically)\s+)?(?:be\s+(?:[\p{L}]+\s+and\s+)?(?:penali[sz]ed|fined|banned|barred|suspended|excluded|expelled|blacklisted|sanctioned|closed|disqualified|struck\s+off)|lose|forfeit|face\s+(?:sanctions|penalties|fines)|suspend\s+(?:its|their)\s+(?:membership|voting|rights))(?![\p{L}-])/iu;
/**
 * A duty in a relative clause: "…, which every national parliament is required to apply", "under
 * which every State is to abolish", "a levy that all enterprises will have to pay" ("stressing that
 * all mandate holders shall …" is a statement the verb reports, not a relative clause).
 */
const relativeDuty = /(?<![\p{L}-])(?:which|(?<!(?:and|or|but|stress|emphasi[sz]|underlin|underscor|recogni[sz]|affirm|decid|not|recall|consider|convinced|concerned|aware|mindful|declar|believ|agree|insist|reiterat|acknowledg|observ|find|found|determin)\p{L}*\s)that|whereby|under\s+which|by\s+which|so\s+that|to\s+which)\s+(?:(?:all|every|each|any)\s+(?:[\p{L}'’-]+\s+){0,4}?|(?<=to\s+which\s+)(?:the\s+)?(?:Member\s+)?States\s+)(?:(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+|legally\s+)?(?:required|obliged|obligated|bound|to)|will\s+have\s+to|(?:have|has)\s+to|must|shall)\s+(?!(?:be\s+(?:encouraged|invited|entitled|free|eligible)|(?:have|enjoy)\s+(?:the|a)\s+right)(?![\p{L}-]))\p{L}+/giu;
/** "It is mandated that developed countries provide …": an impersonal order; group 1 is the subject. */
const impersonalOrder = /^[\s,]*It\s+is\s+(?:hereby\s+)?(?:mandated|required|ordered|decided|resolved|compulsory|mandatory|obligatory)\s+that\s+((?:[\p{L}'’-]+\s+){1,6})/u;
/** "Decides to impose a moratorium on deportations": a ban decided, whoever it binds. */
const banDecided = /^[\s,]*(?:(?:also|further)\s+)?to\s+(impose|introduce|establish|declare|enact)\s+(?:a\s+|an\s+)?(?:global\s+|worldwide\s+|universal\s+|total\s+|complete\s+|immediate\s+|export\s+|import\s+|trade\s+)*(?:moratorium|ban|prohibition|embargo)(?![\p{L}-])/iu;
const charterArticle = /(?<![\p{L}-])(?:in\s+accordance\s+with|under|pursuant\s+to|as\s+provided\s+(?:for\s+)?in)\s+Articles?\s+\d+[^;]{0,40}?\s+of\s+the\s+Charter/iu;
/**
 * A referral to the International Criminal Court: only the Security Council refers a situation
 * (Rome Statute, Art. 13 (b)); States parties refer through the Prosecutor, not through a resolution.
 */
const iccReferral = /^[\s,]*(?:(?:also|further)\s+)?(?:to\s+refer\s+)?(?:the\s+situation|situations?|the\s+case|the\s+crimes?|[^;:]{0,80}?)\s+(?:in|of|concerning|regarding|committed\s+in)?[^;:]{0,100}?\s+to\s+the\s+(?:Prosecutor\s+of\s+the\s+)?(?:International\s+Criminal\s+Court|ICC)(?![\p{L}-])/iu;
const referVerb = /^(?:refers|referring|decides\s+to\s+refer)$/iu;
/**
 * "member states which do not pay on time", "states using facial recognition": the subject's head
 * before a relative clause or a participle phrase, read as who is bound.
 */
// (Not a bare article before a participle: "a receiving State which …" has the head "a receiving State".)
const relativeHead = /^(.+?)(?<!^(?:a|an|the|any|every|each|all|some|its|their))\s*,?\s+(?:which|that|who|whose|listed|found|named|identified|designated|deemed|known|(?!(?:being|having|during|including|concerning|regarding|according)(?![\p{L}-]))\p{Ll}{2,}ing)(?![\p{L}-])/u;
/** "Fines companies that …", "Penalizes States that …": a penalty the committee sets itself ("Fines collected …" is a noun). */
const finesLead = /^[\s,]*(?:(?:also|further|hereby)\s+)?(fines|penali[sz]es)\s+(?!(?:and|or|of|for|to|from|shall|will|are|is|should|may|must|\p{L}+ed)(?![\p{L}-]))/iu;
const decideToFine = /^[\s,]*(?:(?:also|further)\s+)?to\s+(fine|penali[sz]e|charge\s+(?:interest|a\s+surcharge|surcharges|a\s+penalty|penalties))\s/iu;
const statesNext = /^\s+(?:all\s+|the\s+|any\s+)?(?:member\s+)?(?:states|countries|governments|nations)(?![\p{L}-])/iu;
const strictModal = /^(?:shall|must|(?:are|is)\s+(?:hereby\s+)?(?:legally\s+)?(?:obliged|required|obligated|bound)(?:,[^,;]{1,60},)?\s+to|are\s+obliged\s+to|is\s+obliged\s+to|are\s+required\s+to|is\s+required\s+to|are\s+obligated\s+to|shall\s+be\s+required\s+to)$/iu;
const assertiveVerbs = /^(?:stresses|stressing|emphasizes|emphasises|emphasizing|emphasising|underlines|underlining|underscores|underscoring|insists|insisting|highlights|highlighting)$/iu;


export function bindingFindings(view: ClauseView, committee: CommitteeProfile): Finding[] {
  if (committee.powers.bindingDecisions) return [];
  const r = readClause(view);
  // "Countries of destination shall grant …": the outcome stated instead of decided. Found by its
  // modal ("No State may", "will"), which no gate word lists: real resolutions never write one.
  const statement = statementOf(r);
  if (!(r.gates & GATE.binding) && !statement) return [];
  // A statement later in the clause ("…, and failure to submit shall …") does not hide an impersonal law at its start.
  const stated = (statement ? statedObligation(r, statement, committee, reporter(r, committee)) : null) ?? impersonalLaw(r, committee, reporter(r, committee)) ?? actByFiat(r, committee);
  if (stated) return [stated];
  const out: Finding[] = [];
  for (const p of r.predicates) {
    if (p.end <= r.ownStart) continue;
    const found = judge(r, p, committee);
    if (found) out.push(found);
  }
  return out;
}

/**
 * "Hereby caps at two per cent the interest rate …", "Hereby amends all existing bilateral
 * investment treaties …": an operative clause that does, by its own word, what only law or a
 * treaty can. After "Hereby" (an adverb to the reading) the committee's own verbs ("Hereby
 * requests …") start a predication and are left to the rest; any other verb does not.
 */
function actByFiat(r: ClauseReading, committee: CommitteeProfile): Finding | null {
  if (r.section !== "operative") return null;
  const first = r.predicates.find((q) => q.end > r.ownStart);
  if (!first || first.verb !== null) return null;
  const m = /^\s*Hereby\s+\p{L}+s(?![\p{L}-])/u.exec(r.text.slice(r.ownStart));
  if (!m) return null;
  const start = r.ownStart + m[0].length - m[0].trimStart().length;
  return reporter(r, committee)(start, r.ownStart + m[0].length, "error", `"${m[0].trim()}" acts by the committee's own word, as only a law or a treaty can`, `An operative clause that caps, amends or imposes "hereby" legislates for every State.`);
}

function reporter(r: ClauseReading, committee: CommitteeProfile): Report {
  const cite = committee.citations.binding;
  return (start, end, severity, message, why, fixes = []) => {
    const at = locate(r, start, end);
    if (!at) return null;
    return {
      ...at,
      severity,
      message,
      explanation: `${why} The ${committee.name} makes recommendations; it does not bind States: ${quoteOf(cite)}.`,
      mandate: cite,
      fixes,
    };
  };
}

function judge(r: ClauseReading, p: Predicate, committee: CommitteeProfile): Finding | null {
  // Before building anything for it; but "Declares the Guidelines legally binding on all States"
  // declares, it does not describe.
  if (p.verbClass === "describe" && !/^declar/iu.test(p.verb ?? "")) return ownForceDescribed(r, p, committee);
  const body = r.text.slice(p.bodyStart, p.end);
  const verb = p.verb ?? "";
  const participle = isParticiple(verb);
  const finding = reporter(r, committee);

  const claimed = claimOfBindingForce(r, p, committee, finding);
  if (claimed || p.verbClass === "describe") return claimed;

  const reserved = reservedAct(r, p, committee, finding);
  if (reserved) return reserved;

  // "Refers the situation in Myanmar to the International Criminal Court", "Decides to refer …".
  const referring = referVerb.test(verb) || (p.verbClass === "decide" && /^\s+to\s+refer(?![\p{L}-])/iu.test(body));
  if (referring && iccReferral.test(body)) {
    const end = referVerb.test(verb) ? p.verbEnd : p.bodyStart + /^\s+to\s+refer/iu.exec(body)![0].length;
    const insert = `${matchCase(verb, participle ? "recommending" : "recommends")} that the Security Council consider referring`;
    return finding(
      p.verbStart,
      end,
      "error",
      `Only the Security Council can refer a situation to the International Criminal Court`,
      `A referral to the Court by a United Nations organ is the Security Council's, acting under Chapter VII (Rome Statute of the International Criminal Court, Art. 13 (b)); the ${committee.shortName} may recommend that the Council consider one.`,
      fix(r, `Replace with "${insert}"`, p.verbStart, end, insert),
    );
  }


  switch (p.verbClass) {
    case "demand": {
      const strongly = /strongly/i.test(r.text.slice(p.adverbStart, p.verbStart));
      const soft = strongly ? (participle ? "urging" : "urges") : participle ? "strongly urging" : "strongly urges";
      return finding(
        p.verbStart,
        p.verbEnd,
        "error",
        `"${verb}" is binding language the ${committee.shortName} cannot use`,
        `A demand imposes an obligation on those it addresses.`,
        fix(r, `Replace with "${matchCase(verb, soft)}"`, p.verbStart, p.verbEnd, matchCase(verb, soft)),
      );
    }
    case "require": {
      const who = addressee(r.text, p);
      const that = thatLead.test(body);
      // "Orders the immediate withdrawal of …": an order with no one named is still an order.
      const orderOfAnAct = !who && !that && orderVerb.test(verb) && actOrdered.test(body);
      const other = !who && !that ? otherAddressee.exec(body) : null;
      // An agency outside the committee's command is bound like a State ("Instructs the International Monetary Fund to").
      // The members of the Council or the Assembly are States ("Obliges every member of the Council to …").
      const otherBound = other !== null && (!ownBodies.test(other[0]) || findIn(independentAgency, other[0]) !== null || /^\s*(?:every|each|all|the)?\s*members?\s+of\s+the\s+(?:Council|Assembly|Committee|Commission)(?![\p{L}-])/iu.test(other[0]));
      // "troop-contributing countries" are listed with the peace operations, but they are States.
      const operationBody = who !== null && (who.cls === "mechanism" || (who.cls === "mission" && !/countries$/iu.test(r.text.slice(who.start, who.end))));
      const prohibition = prohibitVerb.test(verb) && !operationBody;
      if (!that && !orderOfAnAct && !otherBound && !prohibition && (!who || operationBody)) return null;
      // "Instructs the High Commissioner to …", "Directs the Office for Outer Space Affairs to …": the
      // Organization's own staff and offices, told what to do, bind no State (what they are told to do is read by the other rules).
      if (!that && !prohibition && who && (who.cls === "secretariat" || who.cls === "ohchr" || (who.cls === "un" && !findIn(independentAgency, r.text, who.start, who.end)))) return null;
      const followedByTo = who ? /^\s*(?:,[^,]*,\s*)?to\s/iu.test(r.text.slice(who.end, p.end)) : otherBound && other![2] !== undefined;
      const why = `Requiring, ordering, obliging or prohibiting makes the text binding on those it addresses.`;
      const message = `"${verb}" imposes an obligation the ${committee.shortName} cannot impose`;
      // "Prohibits all internet shutdowns": a ban with no one named; States are asked to enact it.
      if (prohibition && !who && !that && !otherBound) {
        const base = Object.entries(prohibitBase).find(([k]) => verb.toLowerCase().startsWith(k))![1];
        const insert = `${matchCase(verb, participle ? "calling upon" : "calls upon")} all States to ${base}`;
        return finding(p.verbStart, p.verbEnd, "error", message, why, fix(r, `Replace with "${insert}"`, p.verbStart, p.verbEnd, insert));
      }
      // "Forbids governments from blocking" → "Strongly discourages governments from blocking".
      const from = (otherBound && other![3] !== undefined) || (who !== null && /^\s*(?:,[^,]*,\s*)?from\s+\p{L}+ing(?![\p{L}-])/iu.test(r.text.slice(who.end, p.end)));
      const soft = from
        ? participle ? "strongly discouraging" : "strongly discourages"
        : orderOfAnAct ? (participle ? "strongly urging" : "strongly urges") : followedByTo ? (participle ? "calling upon" : "calls upon") : participle ? "recommending" : "recommends";
      return finding(
        p.verbStart,
        p.verbEnd,
        "error",
        message,
        why,
        fix(r, `Replace with "${matchCase(verb, soft)}"`, p.verbStart, p.verbEnd, matchCase(verb, soft)),
      );
    }
    case "decide": {
      // "Decides that … shall be decriminalized in all Member States" and its kin: one finding for all of them.
      const lawForEveryState = (start: number, end: number) =>
        finding(start, end, "error", `"${r.text.slice(start, end)}" lays down a law for every State`, `Deciding what the law of every State shall be is a binding decision, which only the Security Council takes (Charter Art. 25); the committee may call upon States to change their laws.`);
      // "Declares that", "Determines that": the verb phrase has its "that" already.
      const lead = /that$/iu.test(verb) ? /^\s*/u.exec(body) : thatLead.exec(body);
      // What one "that" decides, read from where its subject starts.
      // A later "that" is reported from its own subject ("the courts of all Member States must").
      const decidedThat = (subjectStart: number, from: number): Finding | null => {
        // "Decides that no State may invoke immunity …": a prohibition on every State.
        const noStateMay = /^(?:no|not\s+any)\s+(?:Member\s+)?(?:State|country|Government|Party)\s+(?:may|can|is\s+(?:allowed|permitted)\s+to)(?![\p{L}-])/iu.exec(r.text.slice(subjectStart, subjectStart + 60));
        if (noStateMay) return lawForEveryState(from, subjectStart + noStateMay[0].length);
        const modal = findIn(bindingModal, r.text, subjectStart, Math.min(p.end, subjectStart + 320));
        if (!modal) {
          // "decides that registration fees are abolished in all Member States": a law laid down for every State, in the present tense.
          const law = lawNowForAllStates.exec(r.text.slice(subjectStart, p.end)) ?? lawDecided.exec(r.text.slice(subjectStart, Math.min(p.end, subjectStart + 200))) ?? entitledEverywhere.exec(r.text.slice(subjectStart, p.end));
          if (law && !proceduralSubject.test(r.text.slice(subjectStart, subjectStart + 60))) {
            const end = subjectStart + law.index + law[0].length;
            return lawForEveryState(from, end);
          }
          // A decision about sanctions measures binds States even without a modal
          // ("Decides that … payments … are permitted and are not a violation of the asset freeze").
          if (proceduralSubject.test(r.text.slice(subjectStart, subjectStart + 60))) return null;
          const s = findIn(sanctions, r.text, subjectStart, p.end);
          if (!s) return null;
          return finding(
            from,
            p.verbEnd,
            "error",
            `Deciding on sanctions ("${s[0]}") is binding: the ${committee.shortName} cannot decide it`,
            `Decisions on sanctions measures bind every State; only the Security Council takes them (Charter Art. 41).`,
          );
        }
        // "Decides that detention can in no case exceed six months, and that States exceeding it will
        // have to …": the modal's subject starts after the last "and that".
        const andThat = lastAndThat(r.text, subjectStart, modal.index);
        // "Decides that, from 1 January 2027, no State shall …": the date before the subject is not it.
        const subject = r.text.slice(andThat ?? subjectStart, modal.index).trim().replace(/^,?\s*(?:from|as\s+of|as\s+from|by|after|until|with\s+effect\s+from)\s+[^,]{1,40},\s*/iu, "");
        if (!subject || proceduralSubject.test(subject)) return null;
        // "… shall lose their vote in accordance with Article 19 of the Charter": the Charter binds, not the clause.
        if (charterArticle.test(r.text.slice(subjectStart, p.end))) return null;
        if (findIn(softModal, r.text, subjectStart, modal.index)) return null;
        const who = actorAtPosition(r.text, subjectStart, modal.index);
        // "Decides that the Security Council shall …": another principal organ, which the committee may only recommend to (Arts. 10-12).
        if (who !== null && who.cls === "organ" && /Security\s+Council/u.test(r.text.slice(who.start, who.end)) && who.end >= modal.index - 1 && strictModal.test(modal[0])) {
          const insert = `${matchCase(verb, participle ? "recommending" : "recommends")} that the Security Council`;
          return finding(
            from,
            modal.index + modal[0].length,
            "error",
            `"${r.text.slice(from, modal.index + modal[0].length)}" directs the Security Council`,
            `The Security Council is a principal organ with its own functions and procedure (Charter Arts. 24-30); the ${committee.shortName} may make recommendations to it (Arts. 10-12), not decide what it does.`,
            fix(r, `Replace with "${insert}"`, from, modal.index + modal[0].length, insert),
          );
        }
        // "landlords in all Member States": who is bound, before where.
        const head = who === null ? (relativeHead.exec(subject)?.[1] ?? /^(.+?)\s+(?:in|throughout|of)\s+(?:(?:all|every|each|any)\s+)?(?:Member\s+)?(?:States?|countries)$/iu.exec(subject)?.[1] ?? /^(.+?)\s+of\s/u.exec(subject)?.[1] ?? /^(.+?)\s+(?:with|above|over|holding|operating)\s/u.exec(subject)?.[1]) : undefined;
        const bindsStates =
          (who !== null && (isStateActor(who.cls) || (who.cls === "mission" && /countries$/iu.test(r.text.slice(who.start, who.end))))) ||
          (who === null && shortSubject.test(subject) && !prepositionInside.test(subject) && isStateSubject(subject)) ||
          // "Urges developed States to …, and decides that each of them is to …": States named by a pronoun.
          (who === null && statesPronoun.test(subject) && statesAddressedBefore(r, p)) ||
          (head !== undefined && shortSubject.test(head) && !prepositionInside.test(head) && isStateSubject(head)) ||
          // A State by a name the list does not know (a fictional one: "Decides that Belgarde shall …"):
          // one capitalised word that names no actor or existing entity.
          (who === null && /^\p{Lu}\p{Ll}{3,}$/u.test(subject) && !notAStateName.test(subject) && !findIn(existingEntity, subject) && !proceduralSubject.test(subject)) ||
          // Two of them: "Decides that Carrowmere and Tamsorra shall conclude an agreement".
          (who === null && ((m) => m !== null && [m[1]!, m[2]!].every((n) => !notAStateName.test(n) && !findIn(existingEntity, n)))(/^(\p{Lu}\p{Ll}{3,})\s+and\s+(\p{Lu}\p{Ll}{3,})$/u.exec(subject)));
        // (Only States pay assessments: companies told to pay into the budget are bound all the same.)
        const statesPay = /(?<![\p{L}-])(?:States?|Members?|countries|Governments?)(?![\p{L}-])/iu.test(subject);
        if (bindsStates && statesPay && committee.powers.apportionsExpenses && assessedPayment.test(r.text.slice(modal.index + modal[0].length, p.end))) return null;
        // "… will be subject to a travel ban and to the freezing of their assets": sanctions put on whoever the subject is.
        const subjectTo = /^\s+(?:be\s+(?:made\s+)?subject\s+to|face|incur)\s/iu.test(r.text.slice(modal.index + modal[0].length, modal.index + modal[0].length + 30));
        const bindsBySanctions = !bindsStates && (findIn(sanctions, r.text, subjectStart, modal.index) !== null || (subjectTo && findIn(sanctions, r.text, modal.index, p.end) !== null));
        // "the governing bodies of the specialized agencies": who governs them is as independent as they are.
        const governed = /^(?:the\s+)?(?:governing\s+bodies|executive\s+heads|executive\s+boards?|secretariats|members)\s+of\s+(.+)$/iu.exec(subject)?.[1];
        const agency = !bindsStates && !bindsBySanctions && (shortSubject.test(subject) || (governed !== undefined && shortSubject.test(governed))) ? findIn(independentAgency, governed ?? subject) : null;
        if (agency) {
          const insert = `${matchCase(verb, participle ? "recommending" : "recommends")} that ${subject}`;
          return finding(
            from,
            modal.index + modal[0].length,
            "error",
            `"${r.text.slice(from, modal.index + modal[0].length)}" directs an organization the ${committee.shortName} cannot direct`,
            `${agency[0]} has its own members and governing bodies; the United Nations coordinates the specialized agencies through consultation and recommendations (Charter Arts. 57, 58, 63).`,
            /^\s+(?:be|have|lose|face)(?![\p{L}-])/iu.test(r.text.slice(modal.index + modal[0].length, modal.index + modal[0].length + 6)) ? [] : fix(r, `Replace with "${insert}"`, from, modal.index + modal[0].length, insert),
          );
        }
        if (!bindsStates && !bindsBySanctions) {
          // "Decides that possession of cannabis … shall be decriminalized in all Member States": a law laid down for every State.
          // "Decides that a worldwide moratorium on all evictions shall enter into force …": a ban as the subject.
          const decided = lawDecided.exec(r.text.slice(subjectStart, Math.min(p.end, subjectStart + 200))) ?? personsFreed.exec(r.text.slice(subjectStart, Math.min(p.end, subjectStart + 260)));
          if (decided && !proceduralSubject.test(subject)) {
            const end = subjectStart + decided.index + decided[0].length;
            return lawForEveryState(from, end);
          }
          // "Decides that every care home in every Member State shall be inspected …": a rule for what is in every State.
          // "Decides that the interest rate on any microloan anywhere in the world is to be capped …": a rule for everything everywhere.
          const everywhere = /(?<![\p{L}-])(?:(?:anywhere|everywhere)\s+in\s+the\s+world|around\s+the\s+world|worldwide)$/iu.test(subject) && /^(?:is|are)\s+to$/iu.test(modal[0]) && /^\s+be\s/iu.test(r.text.slice(modal.index + modal[0].length, modal.index + modal[0].length + 4));
          if ((everywhere || (strictModal.test(modal[0]) && /(?<![\p{L}-])(?:in|of|throughout)\s+(?:(?:all|every|each|any)\s+(?:Member\s+)?(?:States?|countries)|Member\s+States)$/iu.test(subject))) && !proceduralSubject.test(subject)) {
            const end = modal.index + modal[0].length;
            return lawForEveryState(from, end);
          }
          // "Decides that a fee of one dollar per tonne … is to be collected from every ship", "…
          // agencies will pay a levy of five per cent …": a levy set by decision, which only States (by law) can set.
          const after = r.text.slice(modal.index + modal[0].length, Math.min(p.end, modal.index + modal[0].length + 160));
          const onEveryone = /(?<![\p{L}-])(?:(?:from|on|by)\s+(?:every|all|any|each)|(?:to|into)\s+the\s+(?:United\s+Nations|UN))(?![\p{L}-])/iu.test(after);
          const levy = onEveryone && ((/^(?:an?\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:levy|fee|tax|surcharge|duty|charge)(?![\p{L}-])/iu.test(subject) && /^\s+(?:be\s+)?(?:collected|levied|charged|imposed|paid|deducted)(?![\p{L}-])/iu.test(after))
            || /^\s+pay\s+(?:an?\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:levy|fee|tax|surcharge|duty)(?![\p{L}-])/iu.test(after));
          if (levy && !proceduralSubject.test(subject)) return lawForEveryState(from, modal.index + modal[0].length);
          // "… must be provided by the State with …", "… shall be seized by Member States": a duty on States in the passive.
          const byStates = /^\s+be\s+(?:[\p{L}-]+\s+){1,2}?by\s+(?:the\s+|each\s+|every\s+|all\s+|its\s+|their\s+)?(?:State|States|Member\s+States|Government|Governments|national\s+authorities)(?:\s+of\s+(?:their|its)\s+nationality)?(?![\p{L}-])/iu.exec(r.text.slice(modal.index + modal[0].length, p.end));
          // (Expenses "borne by Member States" are apportioned, which the Assembly does: Art. 17.)
          const apportioned = committee.powers.apportionsExpenses && /^\s+be\s+(?:borne|met|paid|covered|shared|financed|apportioned)(?![\p{L}-])/iu.test(r.text.slice(modal.index + modal[0].length, p.end));
          if (byStates && !apportioned && strictModal.test(modal[0].replace(/^(?:are|is)\s+to$/iu, "shall")) && !proceduralSubject.test(subject)) return lawForEveryState(from, modal.index + modal[0].length + byStates[0].length);
          const banSubject = /(?<![\p{L}-])(?:moratorium|ban|prohibition)(?![\p{L}-])/iu.test(subject) && !/(?<![\p{L}-])(?:treaty|convention|instrument|negotiat\p{L}*)(?![\p{L}-])/iu.test(subject);
          const law = lawForAllStates.exec(r.text.slice(modal.index, p.end)) ?? (banSubject ? /^\S+(?:\s+\S+)?/u.exec(r.text.slice(modal.index, p.end)) : null);
          if (!law || proceduralSubject.test(subject)) return null;
          const end = modal.index + law[0].length;
          return lawForEveryState(from, end);
        }
        const modalEnd = modal.index + modal[0].length;
        // "States failing to comply shall face sanctions" threatens a penalty: "Calls upon … to face
        // sanctions" would be no better, so no wording is offered.
        const penalty = /^\s+(?:face|lose|forfeit|be\s+subject(?:ed)?\s+to|be\s+(?:sanctioned|suspended|penali[sz]ed|punished|excluded|expelled|deprived))(?![\p{L}-])/iu.test(r.text.slice(modalEnd, modalEnd + 30));
        const replacement = `${matchCase(verb, participle ? "calling upon" : "calls upon")} ${subject.replace(/,$/, "")} to`;
        return finding(
          from,
          modalEnd,
          "error",
          `"${r.text.slice(from, modalEnd)}" imposes a binding obligation`,
          bindsStates
            ? `Deciding what States "${modal[0]}" do is a binding decision, which only the Security Council takes (Charter Art. 25).`
            : `Deciding sanctions measures binds every State; only the Security Council does so (Charter Art. 41).`,
          bindsStates && !penalty ? fix(r, `Replace with "${replacement}"`, from, modalEnd, replacement) : [],
        );
      };
      if (lead) {
        // "Decides that immunity shall not apply …, and that the courts of all Member States must
        // prosecute …": each "that" is read in turn, and the first one that binds is reported.
        // A later one gets no rewording: "calls upon …" would not fit after "and that".
        const [first, ...later] = thatStarts(r.text, p.bodyStart + lead[0].length, p.end);
        const found = decidedThat(first!, p.verbStart);
        if (found) return found;
        for (const subjectStart of later) {
          const next = decidedThat(subjectStart, subjectStart);
          if (next) return { ...next, fixes: [] };
        }
        return null;
      }
      const toSanction = toSanctionsLead.exec(body);
      if (toSanction) {
        const s = findIn(sanctions, r.text, p.bodyStart, p.end);
        if (!s) return null;
        const infinitiveEnd = p.bodyStart + toSanction[0].length;
        const replacement = `${matchCase(verb, "recommends")} that the Security Council consider ${gerund[toSanction[1]!.toLowerCase()]}`;
        return finding(
          p.verbStart,
          s.index + s[0].length,
          "error",
          `Imposing sanctions is binding: the ${committee.shortName} cannot decide them`,
          `Sanctions bind every State; only the Security Council decides them (Charter Art. 41).`,
          fix(r, `Replace with "${replacement}"`, p.verbStart, infinitiveEnd, replacement),
        );
      }
      return null;
    }
    case "impose": {
      // "Freezes the assets of …" → "… consider freezing the assets of …". Sanctions are the
      // Security Council's to consider; a tax or a tariff is for Member States to.
      const gerund = /^freez/iu.test(verb) ? "freezing" : "imposing";
      const byCouncil = gerund === "freezing" || findIn(sanctions, r.text, p.bodyStart, p.end) !== null;
      const replacement = `${matchCase(verb, "recommends")} that ${byCouncil ? "the Security Council" : "Member States"} consider ${gerund}`;
      return finding(
        p.verbStart,
        p.verbEnd,
        "error",
        `"${verb}" imposes measures the ${committee.shortName} cannot impose`,
        `Imposing measures on States is a binding decision (Charter Arts. 25, 41).`,
        fix(r, `Replace with "${replacement}"`, p.verbStart, p.verbEnd, replacement),
      );
    }
    default:
      return obligationOnStates(r, p, committee, finding) ?? subjunctiveDirective(r, p, finding);
  }
}

/** "Member States shall …", "Urges that States must …": an obligation put on States by modal. */
function obligationOnStates(
  r: ClauseReading,
  p: Predicate,
  committee: CommitteeProfile,
  finding: Report,
): Finding | null {
  const body = r.text.slice(p.bodyStart, p.end);
  const listed = listedSubject.exec(body);
  const m: SubjectModal | null = listed ? { modalStart: listed.index + listed[0].length - listed[2]!.length, modal: listed[2]! } : statedSubjectModal(body, ((a) => a !== null && isStateActor(a.cls))(addressee(r.text, p)));
  if (!m || !strictModal.test(m.modal)) return null;
  // "in accordance with their obligations under …" restates a duty; "in accordance with the
  // present resolution" is the resolution's own.
  const existing = findIn(existingObligation, r.text, p.bodyStart, p.end);
  if (existing && !/^\s+(?:the\s+present|this)\s+resolution/iu.test(r.text.slice(existing.index + existing[0].length, existing.index + existing[0].length + 30))) return null;
  if (committee.powers.apportionsExpenses && assessedPayment.test(body.slice(m.modalStart + m.modal.length))) return null;
  const start = p.bodyStart + m.modalStart;
  const end = start + m.modal.length;
  const modal = m.modal;
  const severity = p.verbClass === null ? "error" : "warning";
  if (p.verbClass !== null && assertiveVerbs.test(p.verb ?? "") && /must/i.test(modal)) {
    // "Stresses that States must …" usually restates an existing duty; still worth a look.
    return finding(start, end, "info", `"${modal}" puts an obligation on States`, `"${modal}" with States as its subject reads as an obligation unless it restates one they already have.`, fix2(r, start, end));
  }
  return finding(start, end, severity, `"${modal}" puts a binding obligation on States`, `"${modal}" with States as its subject imposes an obligation.`, fix2(r, start, end));
}
// The subject must stand right before the modal: "States shall", "all Member States must".
const listedSubject = /(?<![\p{L}-])((?:all\s+|each\s+|every\s+)?(?:Member\s+)?States(?:\s+Members|\s+parties)?|Governments|(?:all|the|both)\s+parties)\s+(shall|must|are\s+obliged\s+to|are\s+required\s+to|shall\s+be\s+required\s+to)(?![\p{L}-])/u;
/** A modal put on States, at `modalStart` in the predication's body. */
interface SubjectModal {
  modalStart: number;
  modal: string;
}

/**
 * A directive to States through a bare subjunctive after an assertive verb: "Stresses that
 * countries with nuclear arsenals stop their manufacture", "Insists that all States cease …". The
 * subject is a State actor right after "that"; the verb is one of ceasing or renouncing (stop,
 * cease, halt, refrain, withdraw …) with no modal or "to" before it, so "Stresses that States have
 * the primary responsibility" and "Stresses that States should stop …" are not read as directives.
 */
function subjunctiveDirective(
  r: ClauseReading,
  p: Predicate,
  finding: Report,
): Finding | null {
  if (!assertiveVerbs.test(p.verb ?? "")) return null;
  const lead = /^[\s,]*(?:(?:also|further)\s+)?that\s+/iu.exec(r.text.slice(p.bodyStart, p.bodyStart + 30));
  if (!lead) return null;
  const subjectStart = p.bodyStart + lead[0].length;
  const who = actorAtPosition(r.text, subjectStart, p.end);
  if (!who || !isStateActor(who.cls)) return null;
  const stop = r.text.slice(who.end, Math.min(p.end, who.end + 100)).search(/[,;:]/u);
  const limit = stop < 0 ? Math.min(p.end, who.end + 100) : who.end + stop;
  const v = findIn(directiveVerb, r.text, who.end, limit);
  if (!v) return null;
  if (/(?<![\p{L}-])(?:to|should|would|could|may|might|will|can|shall|must|not|who|which|that)\s+$/iu.test(r.text.slice(Math.max(who.end, v.index - 8), v.index))) return null;
  const end = v.index + v[0].length;
  return finding(
    v.index,
    end,
    "warning",
    `"${r.text.slice(subjectStart, end)}" directs States through a bare subjunctive`,
    `Telling States to "${v[0]}" in the subjunctive after "${p.verb}" is a directive, not a recommendation.`,
    fix(r, `Replace with "should ${v[0]}"`, v.index, end, `should ${v[0]}`),
  );
}
// Each of these is also a gate word of the rule (lexicon.ts), so a clause with one is read.
const directiveVerb = new PhraseSet(["stop", "cease", "halt", "refrain", "desist", "withdraw", "dismantle", "destroy", "renounce", "abandon", "abolish", "immediately stop", "immediately cease", "immediately halt", "immediately withdraw"]);

/** Where the subject of a second "… and that …" complement starts, in text[from, to), or null. */
/** Where the subject of each "that" a decision names starts: the first, then each after "and that". */
function thatStarts(text: string, first: number, to: number): number[] {
  const starts = [first];
  for (const m of text.slice(first, to).matchAll(/[,;]?\s+and\s+(?:also\s+|further\s+)?that\s+/giu)) starts.push(first + m.index + m[0].length);
  return starts;
}

/** Where the subject after the last "and that" in text[from, to) starts, if there is one. */
function lastAndThat(text: string, from: number, to: number): number | null {
  const starts = thatStarts(text, from, to);
  return starts.length > 1 ? starts.at(-1)! : null;
}
const statesPronoun = /^(?:they|each\s+of\s+them|all\s+of\s+them|these\s+States|those\s+States|such\s+States)$/iu;
/** An earlier predication of the clause addressed States ("Urges developed States to …, and decides that they …"). */
function statesAddressedBefore(r: ClauseReading, p: Predicate): boolean {
  return r.predicates.some((q) => q.end <= p.adverbStart && q.verb !== null && ((a) => a !== null && isStateActor(a.cls))(addressee(r.text, q)));
}

/**
 * A modal after a subject that names States another way: "Developed countries shall provide",
 * "All member states are required to", "The Russian Federation is required to", "the
 * administering Powers are required to".
 */
function statedSubjectModal(body: string, statesAddressed = false): SubjectModal | null {
  for (const m of body.matchAll(anyStrictModal)) {
    // "… municipalities have to …, and that national authorities are required to …": the duty
    // that binds, not the first modal met.
    if (!strictModal.test(m[0])) continue;
    const from = Math.max(0, m.index - 60);
    const subject = /((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+$/u.exec(body.slice(from, m.index));
    if (!subject) continue;
    const lead = /^(?:(?:that|and|but|which|whereby|where)\s+)*/iu.exec(subject[1]!)![0];
    const words = subject[1]!.slice(lead.length);
    // "Calls upon States to cap the price of insulin, which they shall do by 2027": the States addressed.
    const pronoun = statesAddressed && lead !== "" && /^(?:they|each\s+of\s+them|all\s+of\s+them)$/iu.test(words);
    if (!words || prepositionInside.test(words) || (!pronoun && !isStateSubject(words.replace(/^(?:all|each|every)\s+/iu, "")))) continue;
    return { modalStart: m.index, modal: m[0] };
  }
  return null;
}
const anyStrictModal = /(?<![\p{L}-])(?:shall|must|(?:will\s+)?(?:have|has)\s+to|may\s+no\s+longer|(?:are|is)\s+(?:hereby\s+)?(?:legally\s+)?(?:obliged|required|obligated|bound)(?:,[^,;]{1,60},)?\s+to|shall\s+be\s+required\s+to)(?![\p{L}-])/giu;

const fix2 = (r: ClauseReading, start: number, end: number) => fix(r, `Replace with "should"`, start, end, "should");

/**
 * The text declared binding ("Decides that the present resolution shall be legally binding",
 * "…, which shall be legally binding", "Declares the Guidelines legally binding on all States") or
 * a duty made by fiat ("Makes it mandatory for all States to …"). A legally binding instrument
 * to be negotiated ("to elaborate a legally binding instrument") is not a claim of force.
 */
function claimOfBindingForce(
  r: ClauseReading,
  p: Predicate,
  committee: CommitteeProfile,
  finding: Report,
): Finding | null {
  const from = Math.max(p.bodyStart, r.ownStart);
  const mandatory = p.verb === null ? mandatoryFor.exec(r.text.slice(from, p.end)) : null;
  if (mandatory) {
    const start = from + mandatory[0].length - mandatory[0].trimStart().length;
    const end = from + mandatory[0].length;
    const insert = matchCase(mandatory[1]!, /ing$/iu.test(mandatory[1]!) ? "strongly encouraging" : "strongly encourages");
    return finding(
      start,
      end,
      "error",
      `"${r.text.slice(start, end)}" imposes an obligation the ${committee.shortName} cannot impose`,
      `Making something mandatory for States is a binding decision.`,
      fix(r, `Replace with "${insert}"`, start, end, insert),
    );
  }
  // "Fines companies that fail …", "Decides to fine States in arrears …": a penalty set by the committee.
  const fine = p.verb === null ? finesLead.exec(r.text.slice(from, p.end)) : p.verbClass === "decide" ? decideToFine.exec(r.text.slice(p.bodyStart, p.end)) : null;
  if (fine) {
    const at = p.verb === null ? from : p.bodyStart;
    const start = p.verb === null ? at + fine[0].length - fine[0].trimStart().length : p.verbStart;
    const end = at + fine[0].trimEnd().length;
    // "Fines companies that …" → "Calls upon States to consider fining companies that …"; a fine
    // put on States themselves has no such wording.
    const gerund = /^fin/iu.test(fine[1]!) ? "fining" : /^penalis/iu.test(fine[1]!) ? "penalising" : /^penaliz/iu.test(fine[1]!) ? "penalizing" : null;
    const insert = `${matchCase(r.text.slice(start, end), "calls upon")} States to consider ${gerund}`;
    return finding(
      start,
      end,
      "error",
      `"${r.text.slice(start, end)}" sets a penalty the ${committee.shortName} cannot impose`,
      `A fine or penalty is imposed by a State's law or by a court; a resolution of this committee cannot impose one, on States or on anyone else.`,
      !gerund || statesNext.test(r.text.slice(end, end + 40)) ? [] : fix(r, `Replace with "${insert}"`, start, end, insert),
    );
  }
  // "Declares null and void every land title …", "Declares a compulsory moratorium on …": the committee's own act of law.
  const voided = p.verb === null || /^declar/iu.test(p.verb) ? declaredLaw.exec(r.text.slice(p.verb === null ? from : p.verbStart, p.end)) : null;
  if (voided) {
    const start = (p.verb === null ? from : p.verbStart) + voided.index;
    return finding(start, start + voided[0].length, "error", `"${voided[0]}" declares law the ${committee.shortName} cannot make`, `Annulling titles, elections or laws, or declaring a moratorium for every State, is a binding act; a resolution of this committee can only call upon those concerned to act.`);
  }
  // Each long pattern below runs only when its key word is there (a lower-case scan is cheaper than a failing regex).
  const said = r.text.slice(from, p.end).toLowerCase();
  // "Urges States to adopt laws under which employers … will be fined": the penalty is in the law States are asked for.
  const inStatesLaw = /(?:law|laws|legislation|regulations?|rules|codes?)\s+(?:under\s+which|whereby|that|which|providing)/.test(said) && ((a) => a !== null && isStateActor(a.cls))(addressee(r.text, p));
  const levied = !inStatesLaw && /fine|penalt|surcharge|sanction|reparation|compensation|liable|interest/.test(said) ? penaltyByCommittee.exec(r.text.slice(from, p.end)) ?? penaltySet.exec(r.text.slice(from, p.end)) : null;
  if (levied) {
    const start = from + levied.index;
    return finding(start, start + levied[0].length, "error", `"${levied[0]}": a penalty the ${committee.shortName} cannot set`, `A fine or penalty is imposed by a State's law or by a court; a resolution of this committee cannot set one, on States or on anyone else.`);
  }
  const freeze = said.includes("freez") ? assetFreeze.exec(r.text.slice(from, p.end)) : null;
  const freezeAsked = freeze ? addressee(r.text, p) : null;
  if (freeze && !(freezeAsked && isStateActor(freezeAsked.cls))) {
    const start = from + freeze.index + freeze[0].indexOf("freeze");
    return finding(start, from + freeze.index + freeze[0].length, "error", `An asset freeze is a sanctions measure the ${committee.shortName} cannot decide`, `Freezing assets is a sanctions measure binding on every State; only the Security Council decides it (Charter Art. 41). The committee may call upon States to act under their own law, or recommend that the Council consider it.`);
  }
  const impersonal = p.verb === null ? impersonalOrder.exec(r.text.slice(from, p.end)) : null;
  // The subject is the shortest run of words after "that" naming States ("developed countries"),
  // with a bare verb after it ("provide"), not a modal, which the modal check reads.
  const words = impersonal ? impersonal[1]!.trim().split(/\s+/u) : [];
  const namesStates = words.some(
    (_, k) => k + 1 < words.length && isStateSubject(words.slice(0, k + 1).join(" ").replace(/^(?:all|each|every)\s+/iu, "")) && !/^(?:shall|must|should|may|will|are|is|be)$/iu.test(words[k + 1]!),
  );
  if (impersonal && namesStates) {
    const start = from + impersonal[0].length - impersonal[0].trimStart().length;
    const end = start + impersonal[0].trimStart().length - impersonal[1]!.length - 1;
    return finding(
      start,
      end,
      "error",
      `"${r.text.slice(start, end)}" imposes an obligation the ${committee.shortName} cannot impose`,
      `An order put impersonally still binds those it names.`,
    );
  }
  if (p.verbClass === "decide") {
    const ban = banDecided.exec(r.text.slice(p.bodyStart, p.end));
    if (ban && !findIn(sanctions, r.text, p.bodyStart, p.end)) {
      const end = p.bodyStart + ban[0].length;
      // "Decides to impose a moratorium" → "Calls upon all States to introduce a moratorium".
      const act = ban[1]!.toLowerCase() === "impose" ? "introduce" : ban[1]!.toLowerCase();
      const what = ban[0].slice(ban[0].indexOf(ban[1]!) + ban[1]!.length); // " a moratorium"
      const insert = `${matchCase(p.verb ?? "", /ing$/iu.test(p.verb ?? "") ? "calling upon" : "calls upon")} all States to ${act}${what}`;
      return finding(
        p.verbStart,
        end,
        "error",
        `Deciding a ${/moratorium/iu.test(ban[0]) ? "moratorium" : "ban"} is binding: the ${committee.shortName} cannot decide it`,
        `A moratorium or ban decided by resolution would bind every State; only the Security Council takes binding decisions (Charter Art. 25). The committee may call upon States to introduce one.`,
        fix(r, `Replace with "${insert}"`, p.verbStart, end, insert),
      );
    }
  }
  // "decides that the Pandemic Agreement shall apply to all Member States, whether or not they have ratified it".
  const force = treatyForce.exec(r.text.slice(from, p.end));
  if (force) {
    const start = from + force.index;
    return finding(start, start + force[0].length, "error", `A treaty binds only the States that ratify it`, `"${force[0]}": a treaty binds the States that consent to it (Vienna Convention on the Law of Treaties, Arts. 11, 34); a resolution cannot give it force for others.`);
  }
  // "Adopts the guidelines annexed hereto, under which every State is to abolish …": the duty is
  // laid down by the committee's own act (not by a law States are asked to pass).
  // Matched in the whole text, so that the verb before "that" is seen ("stressing that …").
  relativeDuty.lastIndex = from;
  // Only where a relative or "so that" opens a duty on all or every …: nearly every clause has " to ".
  const duty = /which|whereby|so that|that (?:all|every|each|any)\s/.test(said) && !addressee(r.text, p) ? relativeDuty.exec(r.text) : null;
  if (duty && duty.index + duty[0].length <= p.end) {
    const start = duty.index;
    return finding(start, start + duty[0].length, "error", `"${duty[0]}" lays a duty on States the ${committee.shortName} cannot lay`, `A duty put on every State by the committee's own text is a binding decision; a resolution of this committee can recommend that States take it on.`);
  }
  // "…, and offices that fail to do so will be penalized", "providers exceeding this limit will be
  // banned": a penalty the committee's own text threatens (not one in a law States are asked to pass).
  const threat = /will|shall/.test(said) && /fail|refus|exceed|violat|breach|break|do not|does not|if |should |unless /.test(said) && !addressee(r.text, p) ? penaltyThreatened.exec(r.text.slice(from, p.end)) : null;
  if (threat) {
    const start = from + threat.index + threat[0].length - threat[0].trimStart().length;
    return finding(start, from + threat.index + threat[0].length, "error", `"${r.text.slice(start, from + threat.index + threat[0].length)}" threatens a penalty the ${committee.shortName} cannot impose`, `A penalty for not complying is an enforcement measure; a resolution of this committee can recommend, and only the Security Council decides measures that bind (Charter Arts. 25, 41).`);
  }
  const claim = /bind|bound|mandatory|compulsory|obligatory|enforceable|force of|legislat|lay down|lays down|laying down|liable|obliged|required|obligated|deemed|authority|power|right to|orders|directives|instructions|rulings|force|incorporated|transposed|jurisdiction|levy|levies|tax|surcharge|capitali|financed|funded|paid for|empower|fees|charges|declar|ratification|be required|deducted|seized|taken from|withdrawn|bank accounts|penalty|hereby|treated|strike|constitute an agreement/.test(said)
    ? bindingClaim.exec(r.text.slice(from, p.end)) ?? (selfReference.test(said) ? selfForce.exec(r.text.slice(from, p.end)) : null)
    : null;
  if (!claim) return null;
  const start = from + claim.index;
  const end = start + claim[0].trimEnd().length;
  return finding(
    start,
    end,
    "error",
    `Declaring a text legally binding is beyond the ${committee.shortName}'s powers`,
    `"${r.text.slice(start, end)}": a resolution of this committee is a recommendation; declaring it or any text binding does not make it so, and claims a power only the Security Council (or a treaty States ratify) has.`,
  );
}

/**
 * A clause that only notes or affirms ("Affirming that …", "Noting that …") still claims force when
 * it speaks of the resolution itself: "the provisions of the present resolution create obligations
 * binding on all Member States", "under the present resolution, States paying late will incur a
 * surcharge". Describing others' obligations ("Recalling that Security Council decisions are
 * binding") is not read.
 */
function ownForceDescribed(r: ClauseReading, p: Predicate, committee: CommitteeProfile): Finding | null {
  const from = Math.max(p.bodyStart, r.ownStart);
  const text = r.text.slice(from, p.end);
  // "Affirms that … is directly enforceable before the courts of all Member States" claims force by itself.
  // So does "Convinced that the Assembly has the authority to legislate for all Member States".
  const enforceable = /enforceable|legislat|force of law/iu.test(text) ? /(?<![\p{L}-])(?:(?:is|are)\s+(?:henceforth\s+|now\s+|hereby\s+)?(?:directly\s+)?enforceable\s+(?:before|in|against)\s+(?:the\s+)?(?:courts|all|every|Member\s+States)|force\s+of\s+law\s+(?:in|for)\s+(?:all|every)|(?:authority|power|right)\s+to\s+legislate|legislat(?:e|es|ing)\s+for\s+(?:all|every))/iu.exec(text) : null;
  if (!enforceable && (!/resolution|here|below/iu.test(text) || !selfReference.test(text))) return null;
  const claim = enforceable ?? bindingClaim.exec(text) ?? selfPenalty.exec(text) ?? selfForce.exec(text);
  if (!claim) return null;
  const start = from + claim.index;
  return reporter(r, committee)(start, start + claim[0].length, "error", `"${claim[0]}": the resolution claims a force the ${committee.shortName} cannot give it`, `A resolution of this committee is a recommendation; saying that it binds States or penalises them does not make it so.`);
}

/**
 * Acts the Charter gives to a procedure no resolution can replace: expelling or admitting a
 * Member, suspending its rights (on the Security Council's recommendation, Arts. 4-6), and changing
 * the Security Council or the veto (an amendment ratified by two thirds of the Members, including
 * the permanent members, Art. 108). Delegates on Council reform write them as decisions.
 */
const reservedActs: { pattern: RegExp; what: string; why: string }[] = [
  {
    pattern: /^(?:[\s,]*(?:to\s+)?)(?:expel|expels|expelling)(?![\p{L}-])/iu,
    what: "Expelling a Member needs the Security Council's recommendation (Charter Art. 6)",
    why: "A Member is expelled by the General Assembly only upon the recommendation of the Security Council (Charter Art. 6).",
  },
  {
    pattern: /^(?:[\s,]*(?:to\s+)?)(?:admit|admits|admitting)\s[^;]{0,80}?\s(?:as\s+(?:a\s+|the\s+)?(?:new\s+)?(?:\d+\w*\s+)?Member|to\s+(?:membership\s+(?:in|of)\s+)?the\s+United\s+Nations)(?![\p{L}-])/iu,
    what: "Admitting a Member needs the Security Council's recommendation (Charter Art. 4)",
    why: "Admission is by a decision of the General Assembly upon the recommendation of the Security Council (Charter Art. 4 (2)).",
  },
  {
    pattern: /^(?:[\s,]*(?:to\s+)?)(?:suspend|suspends|suspending)\s[^;]{0,80}?(?:rights\s+and\s+privileges|voting\s+rights|right\s+to\s+vote|(?:from|of)\s+(?:(?:its\s+)?membership\s+(?:in|of)\s+)?the\s+(?:United\s+Nations|Organi[sz]ation))(?![\p{L}-])/iu,
    what: "Suspending a Member's rights needs the Security Council's recommendation (Charter Art. 5)",
    why: "A Member's rights and privileges are suspended by the General Assembly upon the recommendation of the Security Council (Charter Art. 5); only arrears suspend a vote by themselves (Art. 19).",
  },
  {
    pattern: /(?:abolish|abolishes|abolishing|eliminate|eliminates|remove|removes)\s+(?:the\s+)?(?:right\s+of\s+)?veto|(?:the\s+)?Security\s+Council\s+(?:shall|will)\s+be\s+(?:expanded|enlarged|increased|reformed|composed)|(?:the\s+)?Security\s+Council\s+(?:shall|will)\s+(?:take|adopt)\s[^;]{0,80}?without\s+(?:the\s+)?(?:right\s+of\s+)?veto|(?:amend|amends|amending)\s+(?:Article\s+\d+\s+of\s+)?the\s+Charter|(?:the\s+)?permanent\s+members\s+shall\s+(?:lose|no\s+longer|not\s+have)/iu,
    what: "Changing the Security Council or the veto needs an amendment of the Charter (Art. 108)",
    why: "The Council's membership and the veto are set by the Charter (Arts. 23, 27): changing them takes an amendment adopted by two thirds of the General Assembly and ratified by two thirds of the Members, including all the permanent members (Art. 108).",
  },
  {
    pattern: /(?:strips?|stripping|deprives?|depriving)\s[^;]{0,80}?\sof\s+(?:the\s+|its\s+|their\s+)?(?:right\s+to\s+(?:speak|vote)|rights\s+and\s+privileges|voting\s+rights|vote|seat)(?![\p{L}-])/iu,
    what: "Suspending a Member's rights needs the Security Council's recommendation (Charter Art. 5)",
    why: "A Member's rights and privileges are suspended by the General Assembly upon the recommendation of the Security Council (Charter Art. 5); only arrears suspend a vote by themselves (Art. 19).",
  },
  {
    pattern: /(?:the\s+)?Secretary-General\s+(?:shall|will)\s+be\s+(?:appointed|elected|chosen|selected)\s+by\s+the\s+General\s+Assembly\s+(?:alone|only|directly|without)/iu,
    what: "Appointing the Secretary-General needs the Security Council's recommendation (Charter Art. 97)",
    why: "The Secretary-General is appointed by the General Assembly upon the recommendation of the Security Council (Charter Art. 97); changing that takes an amendment of the Charter (Art. 108).",
  },
  {
    pattern: /^(?:[\s,]*(?:to\s+)?)(?:cancels?|cancelling|canceling|forgives?|forgiving|writes?\s+off|writing\s+off)\s[^;]{0,80}?(?<![\p{L}-])debts?(?![\p{L}-])/iu,
    what: "Cancelling debts is for the creditors to decide",
    why: "A resolution cannot cancel debts owed to States, banks or the international financial institutions; their creditors decide, and the committee may recommend relief.",
  },
  {
    pattern: /^(?:[\s,]*(?:to\s+)?)(?:establish|establishes|set|sets|fix|fixes|impose|imposes|introduce|introduces)\s+(?:a\s+|an\s+|the\s+)?(?:global|worldwide|universal|international|uniform|binding)\s+(?:minimum\s+)?(?:corporate\s+)?(?:tax|taxes|tax\s+rate|levy|carbon\s+price|carbon\s+tax|minimum\s+wage|tariffs?)(?![\p{L}-])/iu,
    what: "Setting a tax, price or wage for all States is theirs to legislate",
    why: "Taxes, prices and wages are set by each State's law or by a treaty States join; a resolution can only recommend them.",
  },
];

function reservedAct(
  r: ClauseReading,
  p: Predicate,
  committee: CommitteeProfile,
  finding: Report,
): Finding | null {
  // Only what the committee itself does: "Decides to expel …", "Expels …" (an opening the lexicon
  // does not know), not "Calls upon the Security Council to consider …".
  if (p.verbClass !== null && p.verbClass !== "decide" && p.verbClass !== "establish" && p.verbClass !== "impose" && !(p.verbClass === "require" && prohibitVerb.test(p.verb ?? ""))) return null;
  const from = p.verbClass === null ? Math.max(p.bodyStart, r.ownStart) : p.verbClass === "decide" ? p.bodyStart : p.verbStart;
  const text = r.text.slice(from, p.end);
  for (const act of reservedActs) {
    const m = act.pattern.exec(text);
    if (!m) continue;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    return finding(
      p.verb ? p.verbStart : start,
      from + m.index + m[0].length,
      "error",
      act.what,
      `${act.why} The ${committee.shortName} may recommend it or call for it; deciding it by resolution has no effect.`,
    );
  }
  return null;
}

