/**
 * mandate/operational-intervention: deploying, authorising or renewing forces and missions,
 * enforcement (interdiction, no-fly zones, "all necessary means"), and the United Nations itself
 * delivering relief or running elections; also when the opening verb is soft ("Recommends that
 * … forces be made available"). Fact-finding missions, country visits, consent-based technical
 * assistance and requests for reports are not operational.
 */
import type { CommitteeProfile } from "@clausewise/rulebook";
import type { ClauseView, Finding } from "../../rule.ts";
import {
  consentMarker,
  creationVerb,
  forceManagement,
  missionTask,
  uniformedForce,
  deployVerb,
  existingEntity,
  sanctions,
  unAgency,
  electionAction,
  fundingAction,
  forceNoun,
  isStateActor,
  mandateExtension,
  missionName,
  missionTasking,
  nonOperationalObject,
  operationalTerm,
  reliefAction,
  unNamed,
} from "./lexicon.ts";
import { GATE } from "./lexicon.ts";
import { findAllIn, findIn, norm } from "./patterns.ts";
import { PhraseSet } from "./phrases.ts";
import { addressee, readClause, type Actor, type ClauseReading, type Predicate } from "./reading.ts";
import { namesStates, statementOf, unDoer } from "./statement.ts";
import { fix, locate, matchCase, quoteOf } from "./locate.ts";

interface Hit {
  start: number;
  end: number;
  what: string;
  /** Operational whoever is asked (forces, enforcement), or only when the UN itself acts. */
  kind: "force" | "un-action";
  /** The predication that does it, when it is not the one the hit lies in (a task list's opening clause). */
  by?: Predicate;
}

const missionKinds = new PhraseSet(["field mission", "monitoring mission", "observer mission", "peacekeeping mission", "peacekeeping operation", "peacekeeping force", "political mission", "special political mission", "verification mission", "stabilization mission", "protection force", "multinational force", "stabilization force", "intervention force", "emergency force", "interim force", "observer force"]);
const reportRequest = /^[\s,]*(?:(?:also|further)\s+)?(?:,[^,]{0,80},\s*)?to\s+(?:continue\s+to\s+|regularly\s+|also\s+)?(?:report|brief|inform|keep\s+(?:the\s+\p{L}+\s+)?(?:informed|apprised)|submit|include|present|provide\s+(?:a|an|regular)\s+(?:report|update|briefing|assessment)|(?:prepare|produce|compile|draft|conduct|undertake)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|study|analysis|compilation|summary|overview|assessment|survey|update|guidance|guidelines|handbook|toolkit|manual))(?![\p{L}-])/iu;
const endingMission = new PhraseSet(["terminate", "terminates", "terminating", "termination", "closure", "close", "liquidation", "end the mandate", "ending of the mandate", "conclude the mandate", "completion of the mandate", "exit strategy"]);
const sanctionsLead = /^[\s,]*(?:(?:also|further)\s+)?(?:on\s+(?=an?\s|the\s)|(?:[^,;]{1,150},\s*)?that\s+|to\s+(?:impose|reimpose|renew|extend|apply|maintain|establish)(?![\p{L}-]))/iu;
const armsRestraint = /(?<![\p{L}-])refrain\s+from\s+(?:the\s+)?(?:introducing|supplying|selling|transferring|shipping|introduction|supply|sale|transfer|transfers|shipment|shipments)\s+(?:of\s+)?(?:any\s+)?(?:arms|weapons|military\s+goods|military\s+equipment|war\s+materials?|materiel)(?![\p{L}-])/iu;
const riskTest = /^[^;]{0,40}?(?:where|when|if)\s+there\s+is\s+(?:a\s+)?(?:clear\s+|substantial\s+|overriding\s+)?risk/iu;
const operationalHedge = new PhraseSet(["consider", "considering", "to consider", "explore", "exploring", "the possibility of", "the feasibility of", "options", "options for", "study ways", "ways and means", "examine", "examining", "assess", "assessing", "could be made"]);
const mainstreaming = /^[\s,]*(?:(?:also|further)\s+)?to\s+(?:continue\s+to\s+)?(?:take\s+(?:fully\s+)?into\s+(?:account|consideration)|mainstream|integrate)(?![\p{L}-])/iu;
const forceSupport = new PhraseSet(["logistical support package", "logistics support package", "logistical support", "logistics support", "support package"]);
const crossReferenceRenewal = /(^[\s,]*(?:(?:also|further)\s+)?to\s+)(?:extend|renew|prolong)\s+(?:the\s+)?(?:authori[sz]ations?|provisions|measures)\s+(?:as\s+)?(?:set\s+out\s+in|contained\s+in|imposed\s+by|of|in|under)\s+(?:(?:paragraphs?|sections?)\s+[\d\s,and()a-z]{1,30}?\s+of\s+)?resolution\s+\d+(?:\s*\(\d{4}\))?/iu;
/**
 * A peace operation's acronym by the United Nations' naming convention (UNAMET, UNMIBH, MINUGUA),
 * right at `pos`; agencies and other existing entities (UNHCR, UNDP) are not operations.
 */
const acronymAt = /^\s*(?:the\s+)?((?:UN|MINU|MONU|ONU|BINU)[A-Z]{2,})(?![\p{L}\p{N}-])/u;
function missionAcronymAt(r: ClauseReading, pos: number): { index: number; 0: string } | null {
  const m = acronymAt.exec(r.text.slice(pos, pos + 30));
  if (!m) return null;
  const index = pos + m[0].length - m[1]!.length;
  if (findIn(existingEntity, r.text, index, index + m[1]!.length) || findIn(unAgency, r.text, index, index + m[1]!.length)) return null;
  return { index, 0: m[1]! };
}

/** "Decides that the mandate of", "that the strategic priorities of": the operation's mandate decided. */
const ofTheMission = /^\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:mandate|mandates|tasks|priorities|objectives|functions|responsibilities)\s+of\s+$/iu;
const committeeActs = new Set(["decide", "establish", "authorize", "deploy", "require", "demand", "impose"]);
const necessaryMeans = /^all\s+necessary\s+(?:means|measures)$/iu;
const authorisingContext = /(?:authoriz|authoris|to\s+use|using|employ|resort\s+to)[\p{L}\s,-]{0,60}$/iu;
const stateOwnTerms = new Set(["disarm", "public security", "drawdown", "draw-down", "safe zone", "safe zones", "humanitarian corridor", "humanitarian corridors", "buffer zone"]);
const makeAvailable = /(?<![\p{L}-])mak(?:e|es|ing)\s+(?:[\p{L}-]+\s+){1,5}?available(?![\p{L}-])/giu;
/** What a deployment sends, as the finding says it: "a mission" ("a monitoring mission"), "monitors" ("ceasefire observers") or "forces". */
const deployed = (noun: string) =>
  /\b(?:missions?|operations?|presences?)\b/iu.test(noun) ? "deploys a mission" : /\b(?:monitors|observers)\b/iu.test(noun) ? "deploys monitors" : "deploys forces";
const forceHead = /^(?:\s+(?:force|forces|mission|missions|operation|operations|troops|units|personnel|component|contingents?))+/iu;
/** Extends "peacekeeping" to "peacekeeping force". */
const withHead = (text: string, end: number) => end + (forceHead.exec(text.slice(end, end + 40))?.[0].length ?? 0);
/** "continue to", "to continue its work to": an activity already under way, not a new one. */
const continuingWork = /(?<![\p{L}-])continu(?:e|es|ing)\s+(?:(?:its|their)\s+(?:work|efforts)\s+)?to\s+$/iu;
/**
 * States kept from force rather than sent to use it: "refrain from the use of force", "lift the
 * blockade", "cease … the deployment of armed forces against migrants", "the use of force by law
 * enforcement officials". How a State polices its own people is its conduct, which the committee
 * may address; it is no intervention by the United Nations.
 */
const restraintBefore = /(?<![\p{L}-])(?:refrain(?:s|ing)?\s+from|ceas(?:e|es|ing)|end(?:s|ing)?|halt(?:s|ing)?|stop(?:s|ping)?|avoid(?:s|ing)?|lift(?:s|ing)?|withdraw(?:s|ing)?|prevent(?:s|ing)?|prohibit(?:s|ing)?|not|no|without|limit(?:s|ing)?|restrict(?:s|ing)?|regulat(?:e|es|ing)|excessive|disproportionate|unlawful|lethal|arbitrary|unnecessary|control|oversight|accountability)\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;
const regulatedAfter = /^\s+(?:and\s+firearms\s+)?(?:by|against|during|complies|comply|in\s+the\s+context\s+of)(?![\p{L}-])/iu;
const stateConductTerms = new Set(["use of force", "use force", "blockade", "naval blockade", "interdiction", "interdict", "interdicting", "military action", "military operations", "military operation"]);
function stateRestrained(r: ClauseReading, from: number, start: number, end: number): boolean {
  return restraintBefore.test(r.text.slice(Math.max(from, start - 90), start)) || regulatedAfter.test(r.text.slice(end, end + 40));
}
/** Running or watching over elections, with words between: "monitor the upcoming presidential elections". */
const electionWork = /(?<![\p{L}-])(?:(?:monitor|observe|oversee|supervise|conduct|organi[sz]e|administer|run|certify)(?:s|es|ing)?\s+(?:the\s+)?(?:(?!(?:until|before|after|when|once)\s)[\p{L}-]+\s+){0,3}?(?:elections?|polls|referendum|electoral\s+process)|(?:elections?|polls|referendum)\s+[^;]{0,60}?under\s+(?:the\s+)?(?:supervision|control|auspices)\s+of\s+the\s+(?:UN|United\s+Nations))(?![\p{L}-])/iu;
/**
 * People and craft the United Nations sends into a State to act there (not experts sent to
 * investigate, nor a fact-finding mission): operational when the committee, the Secretariat, OHCHR
 * or an agency sends them without the State's consent.
 */
const sentPersonnel = new PhraseSet(["monitors", "human rights monitors", "observers", "inspectors", "weapons inspectors", "inspection teams", "inspection team", "technicians", "engineers", "doctors", "medical teams", "medical team", "medical staff", "nurses", "police", "police officers", "security officers", "security guards", "guards", "officers", "vessels", "ships", "boats", "fleet", "aircraft", "helicopters", "drones", "warships", "rescue teams", "mobile clinics", "field hospitals", "demining teams", "auditors", "judges", "units", "armed escorts", "escorts", "deminers", "personnel", "security personnel", "bodyguards", "armed bodyguards", "armed guards", "lawyers", "enforcement teams", "protection teams", "child protection teams", "verification teams", "security units", "rangers", "forest rangers", "patrols", "survey teams", "enumerators", "social workers", "response teams", "cyber response teams", "child protection officers", "debt managers"]);
const reliefWorkers = new Set(["doctors", "medical teams", "medical team", "medical staff", "nurses", "rescue teams", "engineers"]);
const sendVerb = /^(?:deploy|deploys|deploying|dispatch|dispatches|dispatching|send|sends|sending|station|stations|stationing|send\s+in)$/iu;
/**
 * Coercion by the United Nations itself inside a State: a raid, an arrest, a seizure, a shutdown,
 * taking control of a State's functions, freeing prisoners. Only as what is done ("to arrest and
 * transfer", "shall take over the collection of"), not as a State's act the clause is about
 * ("decisions to arrest journalists").
 */
const coercion = /(?<![\p{L}-])(?:(?:(?:to:?|shall|will|may|(?<!search\s)and)\s+|(?<=(?<![\p{L}-])(?:police|peacekeepers|personnel|staff|officers|troops|vessels|boats|engineers|technicians|teams|officials|judges|observers|monitors|soldiers|guards)\s))(?:(?:forcibly|immediately|physically|directly|remotely|itself|themselves)\s+)?(?:raid|arrest|seize|confiscate|storm|detain|rescue|intercept|shoot\s+down|disable|patrol|inspect|shut\s+down|take\s+custody\s+of|freeze\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:accounts|assets|funds|transactions)|enforce\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:lockdowns?|quarantines?|curfews?|ban|embargo|ceasefire|cease-fire)|destroy\s+(?:the\s+|all\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:stockpiles?|weapons|arsenals?|mines|munitions)|capture|requisition|occupy|neutrali[sz]e|(?:halt|stop|suspend)\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:operations|projects|construction|works)|take\s+(?:[^;]{1,60}?\s)?into\s+(?:UN\s+|United\s+Nations\s+)?(?:protective\s+)?custody|take\s+over\s+the\s+[\p{L}-]+(?:\s+and\s+[\p{L}-]+)?(?=\s+of\s)|(?:run|govern)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:country|territory|government|State|provinces?|regions?|valley|area|areas|islands?|city|zone|border\s+(?:crossings?|posts?|checkpoints?)|crossings?|ports?|airports?|customs)|give\s+(?:binding\s+)?(?:instructions|orders)\s+to\s+(?:the\s+)?(?:national|local)\s+[\p{L}-]+|administer\s+[^;,]{1,40}?\s+as\s+(?:an?\s+)?(?:interim|transitional|trust)\s+territory|board\s+(?:[\p{L}-]+\s+){0,2}?(?:ships|vessels|boats)|jam\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:broadcasts|signals|transmissions|transmitters)|take\s+down\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:websites|sites|accounts|pages)|enter\s+(?:the\s+)?premises|intervene,?\s+(?:with\s+force|militarily|by\s+force)|search\s+(?:its|the|their|all|any)\s+(?:[\p{L}-]+\s+)?(?:homes|houses|premises|facilities|vessels|offices)|(?:conduct|carry\s+out)\s+(?:unannounced\s+|surprise\s+|on-site\s+|challenge\s+){0,2}(?:raids|searches|inspections|arrests)|close\s+(?:any|the|all)\s+(?:facility|facilities|premises|factory|factories|plants?|offices?)|collect\s+(?:the\s+)?(?:taxes|revenue|customs\s+duties)|(?:physically|forcibly)\s+(?:prevent|stop|block)|shut\s+(?:them|it)\s+down|force\s+(?:their|its|a)\s+way|(?:take|assume)\s+(?:the\s+)?(?:direct\s+|full\s+|effective\s+|operational\s+)?(?:control|command|charge|administration|management)\s+of|take\s+over\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:administration|management|collection|running|operation|control|security|policing|governance|system|systems|ministry|ministries|government|courts|customs|arrests|detentions|equipment|stations|facilities|premises|offices?|investigations?|screening|registration|functions|commissions?|services|schemes|registries|registry|registers?|agency|agencies|prosecutions?|procurement|payments?|benefits)|assume\s+the\s+(?:functions|powers|duties)\s+of|administer\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:provinces?|territory|territories|country|regions?|cities|city|zones?|courts|prisons|banks?|treasury|ministry|ministries|settlements|camps|districts|(?:civil\s+)?affairs)|assume\s+(?:all\s+)?(?:(?:executive|legislative|judicial|governmental|police|security)(?:,?\s+(?:and\s+)?)?)+(?:functions|powers|authority)|arrange\s+for\s+the\s+(?:arrest|detention|capture|seizure)(?:\s+and\s+[\p{L}-]+)?\s+of|(?:free|liberate)\s+(?:all\s+|any\s+|the\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:prisoners|detainees|hostages|workers|victims)|(?:run|manage|take\s+charge\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,4}?of\s+(?:the\s+)?(?:national\s+)?(?:Ministry|Ministries|Government|Member\s+States)(?![\p{L}-])|(?:collect|levy),?\s+[^;]{0,80}?(?:import|export|customs)\s+duties|(?:accompany|join)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:police|soldiers|troops|security\s+forces)\s+on\s+(?:their\s+)?patrols|release\s*,?\s+(?:[^,;]{1,40},\s+)?(?:all\s+|any\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:prisoners|detainees|hostages))|(?:with|by)\s+(?:raiding|arresting|seizing|confiscating|detaining|rescuing|intercepting|shooting\s+down|capturing|taking\s+over|escorting|securing\s+the\s+release|(?:running|managing|taking\s+charge\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?of\s+(?:the\s+)?(?:national\s+)?(?:Ministry|Ministries|Government)(?![\p{L}-]))|takes\s+over\s+the\s+(?:running|administration|management|control)\s+of|(?:with\s+(?:the\s+)?powers?|empowered|authori[sz]ed)\s+to\s+(?:reinstate|evict|arrest|detain|enforce|seize|halt|stop|close|search|confiscate)|accompany\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:police|military|army)\s+patrols|in\s+place\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:Ministry|Ministries|Government|national\s+authorities|judges|courts|officials|civil\s+servants)|powers?\s+(?:of|to)\s+arrest|arrest\s+suspects|(?:physically|forcibly)\s+(?:remove|evict|expel|relocate)|(?:deliver|distribute|enter)\s+[^;]{0,40}?\sby\s+force)(?![\p{L}-])/iu;
/**
 * Physical work on the ground the United Nations does itself: building, repairing, running
 * schools or health systems, issuing papers, registering births, relocating people, handing out
 * goods. Like relief, the General Assembly and ECOSOC may direct the agencies that do it.
 */
const fieldWork = /(?<![\p{L}-])(?:(?:build|rebuild|construct|repair|restore)\s+(?:the\s+|all\s+|new\s+|temporary\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:schools?|wells?|shelters?|houses|housing|homes|hospitals?|clinics?|roads?|bridges?|infrastructure|places\s+of\s+worship|learning\s+spaces|camps?|water\s+(?:supply|systems?)|(?:mini-)?grids?|(?:power|desalination|water\s+treatment|treatment)\s+plants?|dams?|pipelines?|ports?|harbours?|airports?|railways?)|run(?:ning)?\s+(?:the\s+|their\s+)?(?:(?!of\s)[\p{L}-]+\s+){0,2}?(?:shelters|school\s+system|health\s+system|justice\s+systems?|judicial\s+systems?|schools|hospitals|(?:health\s+)?clinics|health\s+(?:centres|centers|facilities|services)|prisons|camps|centres|centers|border\s+posts|ports|harbours?|airports?|checkpoints|ministries|polling\s+stations|radio\s+stations?|newspapers?|markets|(?:food\s+)?distribution\s+points|food\s+banks|border\s+crossing(?:\s+points)?|crossing\s+points|(?:payment|benefit|pension|tax|customs|border)\s+systems?)|(?:issue|hand\s+out|give\s+out)\s+(?:[\p{L}-]+\s+){0,3}?(?:licences|licenses|trading\s+permits|identity\s+documents|identity\s+cards|identity\s+papers|land\s+titles|title\s+deeds|textbooks|passports|birth\s+certificates|travel\s+documents)|register\s+(?:the\s+)?births|relocate\s+(?:the\s+|their\s+|all\s+)?(?:residents|families|communities|people|populations?)|distribute\s+(?:[\p{L}-]+\s+){0,3}?(?:tablets|kits|vaccines|supplies|sunscreen|food|water|medicines?|rations|cash|newspapers|leaflets)|(?:open|manage|operate)\s+(?:and\s+(?:manage|run|operate)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:distribution\s+points|food\s+banks|markets)|open\s+(?:and\s+(?:manage|run|operate)\s+)?(?:a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:shelters?|clinics?|safe\s+houses?|feeding\s+centres?|feeding\s+centers?)|pay\s+(?:the\s+)?salaries|administer\s+the\s+distribution\s+of|(?:dredge|demine|de-mine)\s+(?:the\s+)?\p{L}+|(?:vaccinate|immuni[sz]e)\s+(?:every|all|the)\s+\p{L}+|lay\s+(?:[\p{L}-]+\s+){0,2}?(?:cables|pipes|pipelines)|install\s+(?:[\p{L}-]+\s+){0,3}?(?:hubs|panels|pumps|cables|networks|antennas|towers|generators|systems)|staffs?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ministries|ministry|courts|prisons)|test\s+and\s+treat|(?:lend|pay|give)\s+(?:money\s+|cash\s+|loans\s+|grants\s+)?directly\s+to\s+(?:[\p{L}-]+\s+){0,2}?(?:households|families|individuals|people|farmers|workers|borrowers)|audit\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:servers|databases|computers)|(?:place|station|post|embed)\s+(?:[\p{L}-]+\s+){0,4}?(?:advisers|advisors|officers|observers|monitors|staff|personnel|experts|inspectors|managers|officials|specialists|teams|workers)\s+(?:inside|in|within|at|on)\s+(?:the\s+|all\s+|every\s+|major\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ministries|ministry|police\s+stations|prisons|courts|sites?|nursing\s+homes|care\s+homes|ports|airports|border\s+crossings|recruitment\s+centres|recruitment\s+centers|detention\s+centres|schools|hospitals|vessels|control\s+rooms)|place\s+[^;]{1,60}?\s+under\s+(?:temporary\s+|interim\s+|direct\s+)?(?:UN|United\s+Nations)\s+(?:administration|control|trusteeship)|placed\s+under\s+the\s+(?:direct\s+)?control\s+of\s+the\s+(?:Department|Secretariat|United\s+Nations)|issue\s+(?:the\s+)?(?:visas|press\s+cards)|placed\s+under\s+(?:UN|United\s+Nations)\s+(?:control|administration|supervision|custody)|(?:provide|send|deploy|place|use|bring\s+in)\s+(?:its|their)\s+own\s+(?:armed\s+)?(?:lawyers|guards|investigators|inspectors|staff|teams|police|judges|doctors|security|equipment)|provide\s+armed\s+(?:bodyguards|guards|escorts|protection)|provide\s+(?:[\p{L}-]+\s+){0,2}?safe\s+houses|under\s+the\s+(?:direct\s+)?(?:administration|control)\s+of\s+(?:a\s+|the\s+)?(?:UN|United\s+Nations)(?![\p{L}-])|(?:guard|escort)\s+(?!against(?![\p{L}-])|the\s+(?:rights|interests|principles)(?![\p{L}-]))\p{L}+)(?![\p{L}-])/iu;
/**
 * The coercion in text[from, end): where its match starts (`at`, its modal included) and the act
 * itself, after the modal ("will patrol") or right after the people who do it ("peacekeepers
 * patrol"). `continued`: the text continues a chapeau's "to:", read as if "to " stood before it.
 */
function coercionIn(text: string, from: number, end: number, continued: boolean): { at: number; start: number; end: number } | null {
  const lead = continued ? "to " : "";
  const m = coercion.exec(lead + text.slice(from, end));
  if (!m) return null;
  const at = from + m.index - lead.length;
  return { at, start: at + (/^(?:to:?|shall|will|may|and)\s+/iu.exec(m[0])?.[0].length ?? 0), end: at + m[0].length };
}

/** Field work that is force or control rather than relief: guarding, escorting, taking over, the Organization's own armed people. */
// (Running a State's borders, ports, ministries, prisons, courts or its payment and tax systems is
// its government's work, not relief an agency is directed to give.)
const forceLike = /^(?:guard|escort|take\s+over|provide\s+armed|(?:provide|send|deploy|place|use|bring\s+in)\s+(?:its|their)\s+own|(?:place|station|post|embed)\s|placed\s+under|run(?:ning)?\s+(?:the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:border|ports?|harbours?|airports?|checkpoints|ministries|customs|payment|benefit|pension|tax|justice|judicial|prisons))/iu;
const unPeoplePlaced = /(?<![\p{L}-])(?:(?:inspectors|staff|officers|officials|experts|advisers|auditors)\s+(?:[^;]{0,40}?\s)?(?:will|shall|are\s+to)\s+be\s+(?:posted|stationed|placed|embedded)\s+(?:in|inside|within)\s+(?:the\s+)?(?:national\s+)?ministries|(?:UN|United\s+Nations)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}{3,}s|personnel|staff|police)\s+(?:(?:will|shall|are\s+to|would)\s+)?be\s+(?:stationed|deployed|posted|placed|sent|present)|(?:placed\s+)?under\s+the\s+(?:armed\s+)?protection\s+of\s+armed\s+(?:UN|United\s+Nations)\s+(?:guards|troops|forces|peacekeepers|police|personnel|soldiers))(?![\p{L}-])/iu;
const unForcesAct = /(?<![\p{L}-])(?:UN|United\s+Nations)\s+(?:[\p{L}-]+\s+)?(?:troops|peacekeepers|forces|soldiers|monitors|observers|police|inspectors|blue\s+helmets)\s+(?:(?:will|shall|are\s+to|must|would)\s+(?:then\s+|also\s+|immediately\s+)?(?!be\s|have\s|not\s|continue|respect|comply|abide|receive|undergo|report|brief|submit|refrain|cooperate)\p{L}+|(?:escort|guard|protect|secure|patrol|disarm|evacuate)(?=\s))/iu;
const missionTakenIn = /(?<![\p{L}-])(?:accept|host|admit|allow\s+the\s+deployment\s+of)\s+(?:an?\s+|the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:[\p{L}-]+\s+)?(?:peacekeeping|stabili[sz]ation|protection|intervention)\s+(?:mission|force|operation)s?(?![\p{L}-])/iu;
/** A State or its officers named before the act: "to assist States to seize …" is the States' act. */
const stateDoer = /(?<![\p{L}-])(?:States?|countries|Governments?|authorities|cities|city|towns?|municipalit(?:y|ies)|(?<!United\s)nations|(?<!(?:UN|United\s+Nations)\s(?:[\p{L}-]+\s){0,2})police|(?<!(?:international|UN|United\s+Nations)\s)prosecutors|courts)(?![\p{L}-])/iu;
/** The part of text[from, at) since its last comma or semicolon: who does what is said there ("…, and to shut down" is the agency's own). */
const nearestPart = (text: string, from: number, at: number) => {
  const part = text.slice(from, at);
  const cut = Math.max(part.lastIndexOf(","), part.lastIndexOf(";"));
  // A State after a preposition is whom the act concerns, not its doer ("awards made against host
  // States by seizing …"); "by States" names the doer and stays.
  return (cut < 0 ? part : part.slice(cut + 1)).replace(statesAsObject, " ");
};
const statesAsObject = /(?<![\p{L}-])(?:against|on|upon|over|from|with|to|of|in)\s+(?:the\s+|all\s+|any\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:States?|countries|Governments?)(?![\p{L}-])/giu;
/** A coercion that is a take-over of what a State runs ("run the border crossing", "administer the Central Bank"). */
const takenOver = /^(?:(?:with|by)\s+)?(?:run|running|administer|take\s+over|takes\s+over|taking\s+over|manage|managing|take\s+charge|taking\s+charge|(?:take|assume)\s+(?:the\s+)?(?:direct\s+|full\s+|effective\s+)?(?:control|administration|management)|assume\s+the\s+(?:functions|powers|duties)|in\s+place\s+of|govern|collect|levy)(?![\p{L}-])/iu;
const coercionOfOthers = /(?<![\p{L}-])(?:decisions?|attempts?|plans?|efforts?|rights?|powers?|orders?|threats?|campaigns?|polic(?:y|ies)|practices?|authority|failure|refusal)\s+$/iu;
/** Acting in a State without its consent, said outright ("irrespective of the consent of the Government"). */
const withoutConsent = /(?<![\p{L}-])(?:with\s+or\s+without\s+(?:the\s+|their\s+|its\s+|any\s+)?(?:prior\s+)?(?:consent|agreement|approval|permission)|(?:irrespective|regardless)\s+of\s+(?:the\s+|their\s+|its\s+|any\s+)?(?:prior\s+)?(?:consent|agreement|approval|permission)|without\s+(?:the\s+|any\s+)?(?:prior\s+)?(?:consent|agreement|approval|permission|authori[sz]ation)\s+of\s+(?:the\s+)?(?:national\s+|host\s+|territorial\s+|local\s+|\p{Lu}[\p{L}-]+\s+)?(?:State|States|Government|Governments|host|authorities|country|countries|parties|party)|(?<=,\s{0,3})without\s+their\s+(?:prior\s+)?(?:consent|agreement|approval|permission)|without\s+(?:its|the\s+(?:host\s+)?(?:State's|Government's))\s+(?:prior\s+)?(?:consent|agreement|approval|permission)|without\s+(?:the\s+)?need\s+for\s+(?:any\s+|the\s+)?(?:authori[sz]ation|consent|permission|approval|agreement)|without\s+(?:awaiting|waiting\s+for|seeking|obtaining|asking\s+for|requiring)\s+(?:the\s+|its\s+|their\s+|any\s+|an?\s+)?(?:prior\s+)?(?:[\p{L}-]+\s+)?(?:consent|permission|agreement|approval|request|invitation)|without\s+(?:any\s+)?(?:prior\s+|advance\s+)?(?:notice|notification|authori[sz]ation)|even\s+(?:where|when|if)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:has|have)\s+not\s+(?:given|granted)|whether\s+or\s+not\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:agrees?|consents?|accepts?|approves?|requests?|(?:grants?|gives?)\s+(?:it\s+|them\s+)?(?:access|permission|consent|entry)|allows?\s+(?:it|them)|ha(?:ve|s)\s+(?:requested|agreed|consented|asked|granted|given))|without\s+(?:applying\s+for|obtaining|seeking)\s+(?:any\s+)?(?:national\s+)?(?:[\p{L}-]+\s+)?(?:licences?|licenses?|permits?|authori[sz]ations?)|bypassing\s+(?:the\s+)?(?:national\s+)?(?:ministries|ministry)|(?:that|which)\s+(?:has|have)\s+refused\s+(?:a\s+|the\s+|any\s+)?(?:visit|visits|access|entry|cooperation)|(?:irrespective|regardless)\s+of\s+whether\s+(?:the\s+|those\s+|these\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:have|has|had)\s+(?:asked|requested|agreed|consented)|whatever\s+the\s+(?:position|positions|view|views|objections?|wishes)\s+of|(?:irrespective|regardless)\s+of\s+(?:the\s+)?(?:wishes|position|positions|objections?|views?)\s+of|(?:irrespective|regardless)\s+of\s+whether\s+[^;,]{0,60}?(?:granted|given|agreed|consented|asked|requested|invited|grants?|gives?|agrees?|consents?|accepts?|allows?)|without\s+(?:waiting\s+for|awaiting)\s+an\s+invitation|whether\s+invited\s+or\s+not|even\s+if\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:objects?|refuses?|opposes?)|bypassing\s+(?:the\s+)?(?:national\s+)?(?:authorities|Government|Governments)|(?:the\s+)?objections?\s+of\s+[^;]{0,80}?\snotwithstanding|notwithstanding\s+(?:the\s+)?objections?|without\s+the\s+involvement\s+of\s+(?:the\s+)?(?:national\s+|local\s+|host\s+)?(?:authorities|Governments?|State)|overriding\s+(?:the\s+|any\s+)?(?:national|local|host|domestic)\s+(?:[\p{L}-]+\s+)?(?:authorities|Governments?|courts|laws?|legislation|decisions?|objections?))(?![\p{L}-])/iu;
/** A relief or election phrase named as a subject ("a panel discussion on search and rescue"), not done. */
const asTopic = /(?<![\p{L}-])(?:on|about|concerning|regarding|relating\s+to|related\s+to)\s+(?:the\s+)?$/iu;
/**
 * Money the committee grants itself: a sum ("Provides 30 million dollars to …"), an opening that
 * funds ("Funds training for …"), or "from the Council's resources".
 */
const sumGranted = /(?<![\p{L}-])(?:provides?|providing|grants?|granting|allocates?|allocating|gives?|giving|donates?|donating|transfers?|transferring|disburses?|disbursing|awards?|awarding|pays?|paying|spends?|spending)\s+(?:an?\s+(?:amount|sum)\s+of\s+|up\s+to\s+)?(?:(?:US\s?\$|\$|€|USD\s?|EUR\s?)\d[\d,.]*(?:\s+(?:million|billion|thousand))?|\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:United\s+States\s+dollars|US\s+dollars|dollars|USD|euros|EUR|Swiss\s+francs))/iu;
const fundingOpener = /^[\s,]*(?:(?:also|further|hereby)\s+)?(?:funds?|finances?|bankrolls?|subsidi[sz]es|subsidi[sz]e|pays?\s+for|pay\s+(?:the\s+)?salaries\s+of)\s+(?!(?:and|or|of|for|to|from|shall|will|are|is|should|may|must)(?![\p{L}-]))/iu;
const ownPurse = /(?<![\p{L}-])from\s+(?:the\s+)?(?:Council's|Committee's|Commission's|Assembly's|its|our)\s+(?:own\s+)?(?:resources|budget|funds|reserves|coffers)(?![\p{L}-])/iu;
/** "Requires the European Union to resume …": someone named is ordered; what follows is theirs, not the United Nations'. */
const orderedAddressee = /^\s+((?:[\p{L}\p{N}'’-]+\s+){1,7}?)to\s+\p{L}/u;
const passiveDeploy = /^[\s\p{L},-]{0,40}?(?:be|being|been|are|is)\s+(?:deployed|made\s+available|sent|dispatched|stationed)(?![\p{L}-])/iu;

export function operationalFindings(view: ClauseView, committee: CommitteeProfile): Finding[] {
  if (committee.powers.operationalMeasures) return [];
  const r = readClause(view);
  // A statement of what the United Nations will do is read whatever its words ("The UN will …").
  if (!(r.gates & GATE.operational) && !((s) => s !== null && unDoer(s) !== null)(statementOf(r))) return [];
  if (r.section === "preamble") return [];
  const out: Finding[] = [];
  const inherited = missionTaskFromAncestors(r, committee);
  if (inherited === "heading") return [];
  if (inherited) {
    const p = inherited.by ?? r.predicates.find((q) => q.end > r.ownStart)!;
    const f = toFinding(r, p, inherited, committee);
    if (f) return [f];
  }
  for (const p of r.predicates) {
    if (p.end <= r.ownStart || p.verbClass === "describe") continue;
    const hit = firstHit(r, p, committee);
    if (!hit) continue;
    // Asked about, not done: "to consider the deployment of", "options for a reduction of the Force".
    if (findIn(operationalHedge, r.text, Math.max(p.bodyStart, r.ownStart), hit.start)) continue;
    const f = toFinding(r, p, hit, committee);
    if (f) out.push(f);
  }
  return out;
}

function overlapsExempt(r: ClauseReading, start: number, end: number, committee: CommitteeProfile): boolean {
  for (const m of findAllIn(nonOperationalObject, r.text, Math.max(0, start - 40), Math.min(r.text.length, end + 40))) {
    if (m.index < end && m.index + m[0].length > start) return true;
  }
  void committee;
  return false;
}

/**
 * A task in a peace operation's mandate list: an ancestor announces the operation's tasks ("the
 * mandate of MONUSCO shall include the following tasks:", "authorizes the Mission to pursue the
 * following tasks:"), so each task under it is the operation's, whatever the ancestor's clause goes
 * on to say ("…, bearing in mind that …"). Short noun-phrase sub-headings ("Protection of
 * civilians") group tasks and are not tasks themselves; a report asked for under the list is not one.
 */
function missionTaskFromAncestors(r: ClauseReading, committee: CommitteeProfile): Hit | "heading" | null {
  if (r.ownStart === 0) return null;
  const parent = r.text.slice(0, r.ownStart);
  if (!missionTasking.test(parent)) return null;
  const mission = findIn(missionName, parent) ?? /(?<![\p{L}-])the\s+(?:Mission|Force)(?![\p{L}-])/u.exec(parent);
  if (!mission || findIn(consentMarker, r.text, 0, r.ownStart) || overlapsExempt(r, mission.index, mission.index + mission[0].length, committee)) return null;
  // The list must be the committee's act ("Decides that the mandate of … shall include"), not a
  // description of an operation's existing mandate ("Welcomes the work of …, whose mandate includes").
  const announcing = r.predicates.find((q) => q.adverbStart <= mission.index && mission.index < q.end);
  if (!announcing || announcing.verbClass === "describe") return null;
  // Requests for reports in an ancestor ("Requests the Secretary-General to report … including on:"),
  // and lists of what the Secretariat, OHCHR, another organ or States are asked to do (a strategic
  // review of the operation): the tasks are theirs, not the operation's.
  for (const p of r.predicates) {
    if (p.verbStart >= r.ownStart) break;
    const who = addressee(r.text, p);
    if (who && (who.cls === "secretariat" || who.cls === "ohchr" || who.cls === "organ" || isStateActor(who.cls))) return null;
    if (reportRequest.test(who ? r.text.slice(who.end, Math.min(p.end, who.end + 60)) : r.text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 60)))) return null;
  }
  const own = r.text.slice(r.ownStart, r.continuationStart);
  if (/^\s*(?:(?:to|also|further|regularly)\s+)?report/iu.test(own)) return null;
  if (isSubheading(own)) return "heading";
  const end = Math.min(r.continuationStart, r.ownStart + Math.max(1, own.search(/[,;:]|$/)));
  return { start: r.ownStart, end: Math.min(end, r.ownStart + 80), what: "tasks a peace operation under its mandate", kind: "force", by: announcing };
}

/** Where the first task after a report request starts (", and to deploy …"), or -1: reports asked for in a row stay reports. */
function laterTask(text: string, from: number, end: number): number {
  const part = /[,;]\s*(?:and\s+)?(?:(?:also|further)\s+)?(?=to\s+\p{L})/gu;
  part.lastIndex = from;
  for (let m = part.exec(text); m && m.index < end; m = part.exec(text)) {
    const at = m.index + m[0].length;
    if (!reportRequest.test(text.slice(at, Math.min(end, at + 60)))) return at;
  }
  return -1;
}

/** A short noun phrase heading a group of tasks: "Protection of civilians", "Stabilisation and DDR". */
function isSubheading(own: string): boolean {
  if (own.includes(",")) return false;
  const words = own.trim().split(/\s+/);
  return words.length <= 14 && nominalHead.test(words[0] ?? "");
}
const nominalHead = /(?:tion|sion|ment|ance|ence|ity|ure|ship)$/iu;

function firstHit(r: ClauseReading, p: Predicate, committee: CommitteeProfile): Hit | null {
  // "The UN will …", "Peacekeepers will …": the doer a statement names acts as if it were asked to.
  const stated = p.verb === null && p.bodyStart <= r.ownStart ? statementOf(r) : null;
  const doer = stated ? unDoer(stated) : null;
  if (stated && doer === "committee") {
    // "The Human Rights Council will fund …": the committee's own act, read like "Funds …".
    const money = committee.powers.apportionsExpenses ? null : moneyGranted(r.text, stated.modalEnd, p.end, true);
    if (money) return { ...money, what: `grants money ("${r.text.slice(money.start, money.end)}") from a budget it does not have`, kind: "un-action" };
  }
  // A force as the subject is tasked like a peace operation; States as the subject are asked, like
  // "Calls upon States to …" (their own conduct, not the United Nations acting).
  const statedWho: Actor | null = !stated ? null : doer === "force" ? { cls: "mission", start: stated.subjectStart, end: stated.subjectEnd } : namesStates(stated) ? { cls: "states", start: stated.subjectStart, end: stated.subjectEnd } : null;
  if (stated && /hereby$/u.test(stated.modal) && /^\s+imposed(?![\p{L}-])/iu.test(r.text.slice(stated.modalEnd, stated.modalEnd + 10))) {
    // "An arms embargo is hereby imposed on …": sanctions decided, whose enforcement is operational.
    const sanction = findIn(sanctions, r.text, stated.subjectStart, stated.subjectEnd);
    if (sanction) return { start: sanction.index, end: sanction.index + sanction[0].length, what: "imposes sanctions, whose enforcement is operational", kind: "force" };
  }
  const who: Actor | null = statedWho ?? addressee(r.text, p);
  // The committee's own Special Procedures and commissions, unless sent in without the State's consent.
  if (who && who.cls === "mechanism") {
    const nc = withoutConsent.exec(r.text.slice(p.bodyStart, p.end));
    if (nc) return { start: p.bodyStart + nc.index, end: p.bodyStart + nc.index + nc[0].length, what: `acts in a State "${nc[0]}"`, kind: "force" };
    // "Requests the Special Rapporteur to halt mining operations", "Mandates the Working Group to rescue …".
    const c = coercionIn(r.text, Math.max(p.bodyStart, r.ownStart), p.end, false);
    return c ? { start: c.start, end: c.end, what: `has the Council's own mechanism coerce inside a State ("${r.text.slice(c.start, c.end)}")`, kind: "force" } : null;
  }
  // The General Assembly gets action by asking the Security Council for it (Charter Arts. 10,
  // 11 (2)); other organs (the Human Rights Council, ECOSOC) recommend to the Assembly, and asking
  // the Council to act still needs the hedge the fix offers ("consider authorizing").
  if (who && who.cls === "organ" && /Security\s+Council/u.test(r.text.slice(who.start, who.end)) && /Security\s+Council/u.test(committee.alternatives.recommendTo)) return null;
  const whoMission = !who && findIn(missionName, r.text, p.bodyStart, Math.min(p.end, p.bodyStart + 60));
  const stateAsked = who !== null && isStateActor(who.cls);
  // In a sub-clause the predication may open in a parent: only the clause's own words are
  // searched, and checks anchored on the verb apply only when the verb is the clause's own.
  let from = Math.max(p.bodyStart, r.ownStart);
  const ownVerb = p.verbStart >= r.ownStart;
  // Requests for reports and briefings are not operational, whatever they report on; a further
  // task in the same request ("to prepare a study …, and to deploy …") is read on its own.
  const afterWho = who ? r.text.slice(who.end, Math.min(p.end, who.end + 60)) : r.text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 60));
  if (reportRequest.test(afterWho)) {
    const next = laterTask(r.text, who ? who.end : p.bodyStart, p.end);
    if (next < 0) return null;
    from = Math.max(from, next);
  }
  // Instructions on how an operation works inside ("to take fully into account child protection").
  if (mainstreaming.test(whoMission ? r.text.slice(whoMission.index + whoMission[0].length, Math.min(p.end, whoMission.index + whoMission[0].length + 60)) : afterWho)) return null;
  // Ending a mission is not an intervention.
  // "for a period terminating on 21 June" dates a renewal; it ends nothing.
  const ending = findIn(endingMission, r.text, from, p.end);
  // Only an operation's end: "refuses to close its coal plants" ends no mission.
  if (ending && !/(?<![\p{L}-])(?:period|term)\s+$/iu.test(r.text.slice(Math.max(0, ending.index - 8), ending.index)) && (findIn(missionName, r.text, from, p.end) || /(?<![\p{L}-])(?:mission|missions|operation|operations|force|forces|presence|mandate|mandates|UN[A-Z]{2,}|MINU[A-Z]+|MONU[A-Z]+)(?![\p{L}-])/u.test(r.text.slice(from, p.end)))) return null;

  // Imposing or renewing sanctions: their enforcement is operational.
  if (p.verbClass === "decide" || p.verbClass === "impose") {
    const lead = sanctionsLead.exec(r.text.slice(p.bodyStart, p.end));
    const s = lead ? findIn(sanctions, r.text, from, p.end) : p.verbClass === "impose" ? findIn(sanctions, r.text, Math.max(p.verbStart, r.ownStart), p.end) : null;
    // "… will be referred to the Security Council for sanctions": the Council's to impose, not the committee's.
    const referred = s !== null && /Security\s+Council/u.test(r.text.slice(Math.max(from, s.index - 60), s.index));
    if (s && !referred) return { start: s.index, end: s.index + s[0].length, what: "imposes or renews sanctions, whose enforcement is operational", kind: "force" };
  }
  // "Decides that MONUSCO shall …": tasking a peace operation.
  if (ownVerb && p.verbClass === "decide" && /^[\s,]*(?:(?:also|further)\s+)?that\s/iu.test(r.text.slice(p.bodyStart, p.bodyStart + 20))) {
    const that = r.text.indexOf("that", p.bodyStart) + 4;
    const m = findIn(missionName, r.text, that, Math.min(p.end, that + 50)) ?? (/^\s+the\s+(?:Mission|Force)(?![\p{L}-])/u.exec(r.text.slice(that, that + 20)) ? { index: that + 1, 0: r.text.slice(that + 1, that + 1 + r.text.slice(that + 1).search(/\s(?:shall|will|is|are)\s|$/)) } : null);
    const gap = m ? r.text.slice(that, m.index) : "";
    if (m && (m.index - that < 8 || ofTheMission.test(gap)) && !overlapsExempt(r, m.index, m.index + m[0].length, committee)) {
      return { start: p.verbStart, end: m.index + m[0].length, what: "tasks a peace operation", kind: "force" };
    }
  }
  // A peace operation asked to protect civilians, monitor a ceasefire, disarm …, or to deploy
  // anything (units, assets, capabilities): its deployments are operational.
  // Troop- and police-contributing countries are listed with the operations, but they are States.
  if ((who && who.cls === "mission" && !/countries$/iu.test(r.text.slice(who.start, who.end))) || whoMission) {
    const t = findIn(missionTask, r.text, from, p.end);
    if (t) return { start: t.index, end: t.index + t[0].length, what: "tasks a peace operation with security work", kind: "force" };
    const d = findAllIn(deployVerb, r.text, from, p.end).find((m) => /^(?:deploy|deploying|redeploy|station|stationing|dispatch|dispatching)$/iu.test(m[0]));
    if (d) return { start: d.index, end: d.index + d[0].length, what: "has a peace operation deploy", kind: "force" };
  }
  // Commanding, composing or organising a force; creating one.
  if (!stateAsked || p.verbClass !== "request") {
    for (const f of findAllIn(uniformedForce, r.text, from, p.end)) {
      if (/Task\s+$/u.test(r.text.slice(Math.max(0, f.index - 6), f.index))) continue;
      const mg = findIn(forceManagement, r.text, Math.max(p.bodyStart, f.index - 80), f.index);
      const cv = findIn(creationVerb, r.text, Math.max(p.bodyStart, f.index - 40), f.index);
      if ((mg || cv) && !overlapsExempt(r, f.index, f.index + f[0].length, committee)) {
        const from = (mg ?? cv)!.index;
        return { start: from, end: f.index + f[0].length, what: "organises or commands a force", kind: "force" };
      }
    }
  }
  // Authorising the Secretary-General ("to enter into commitments not exceeding …") is
  // administration; what he is authorised to do is read below like any request to him.
  if (ownVerb && p.verbClass === "authorize" && !(who && who.cls === "secretariat")) {
    return { start: p.verbStart, end: p.verbEnd, what: "authorises action", kind: "force" };
  }
  // Establishing a mission or an operation: "Decides to establish the United Nations Mission in …".
  for (const cv of stateAsked ? [] : findAllIn(creationVerb, r.text, from, p.end)) {
    const after = cv.index + cv[0].length;
    const m = findIn(missionName, r.text, after, Math.min(p.end, after + 60)) ?? findIn(missionKinds, r.text, after, Math.min(p.end, after + 40));
    if (m && !/(?<![\p{L}-])(?:to|with|for|on|by|against|within)\s/iu.test(r.text.slice(after, m.index)) && !overlapsExempt(r, m.index, m.index + m[0].length, committee)) {
      return { start: cv.index, end: withHead(r.text, m.index + m[0].length), what: "establishes a mission or force", kind: "force" };
    }
  }
  // Renewing or extending a peace operation's mandate.
  for (const ext of findAllIn(mandateExtension, r.text, p.verbClass === "establish" && ownVerb ? p.verbStart : from, p.end)) {
    const after = ext.index + ext[0].length;
    const mission = findIn(missionName, r.text, after, Math.min(p.end, after + 100)) ?? missionAcronymAt(r, after);
    if (mission && mission.index - after < 12 && !overlapsExempt(r, mission.index, mission.index + mission[0].length, committee)) {
      return { start: ext.index, end: mission.index + mission[0].length, what: /^(?:extend|extension|renew|prolong)/iu.test(ext[0]) ? "renews a peace operation's mandate" : "changes a peace operation's mandate", kind: "force" };
    }
  }
  // Renewing Council measures by cross-reference: "Decides to extend the authorizations set out in
  // resolution 2526", "to renew the provisions of resolution 1409".
  if (ownVerb && (p.verbClass === "decide" || p.verbClass === "request")) {
    const x = crossReferenceRenewal.exec(r.text.slice(p.bodyStart, p.end));
    if (x) return { start: p.bodyStart + x.index + x[1]!.length, end: p.bodyStart + x.index + x[0].length, what: "renews measures or authorisations of an earlier resolution by reference", kind: "force" };
  }
  // States asked or told to refrain from supplying arms to an area or a party: an arms embargo by
  // recommendation ("refrain from introducing military goods in the area of hostilities").
  const restraint = armsRestraint.exec(r.text.slice(from, p.end));
  // "refrain from transferring weapons where there is a clear risk that …": the Arms Trade Treaty's risk test, not an embargo.
  if (restraint && riskTest.test(r.text.slice(from + restraint.index + restraint[0].length, Math.min(p.end, from + restraint.index + restraint[0].length + 80)))) {
    // nothing: judged case by case, as the treaty asks
  } else if (restraint && p.verbClass === "request" && /Security\s+Council/u.test(committee.alternatives.recommendTo)) {
    // The General Assembly recommending that States withhold arms is its own business (Arts. 10,
    // 11; it has done so since 1951); deciding or requiring it is not, nor for other organs.
  } else if (restraint) return { start: from + restraint.index, end: from + restraint.index + restraint[0].length, what: "restrains the supply of arms, as an arms embargo does", kind: "force" };
  // Forces deployed or made available, whoever is asked.
  for (const m of findAllIn(makeAvailable, r.text, from, p.end)) {
    const f = findIn(forceNoun, r.text, m.index, m.index + m[0].length);
    if (f) return { start: m.index, end: m.index + m[0].length, what: "makes forces available", kind: "force" };
  }
  for (const d of findAllIn(deployVerb, r.text, p.verbClass === "deploy" && ownVerb ? p.verbStart : from, p.end)) {
    const after = d.index + d[0].length;
    // "rapid deployment forces": a kind of force named by a compound, not a deployment.
    if (norm(d[0]) === "deployment" && /^\s+$/u.test(r.text.slice(after, findIn(forceNoun, r.text, after, Math.min(p.end, after + 30))?.index ?? after))) continue;
    // "countries contributing troops" names troop contributors; it deploys nothing.
    if (/ing$/i.test(d[0]) && /(?:countries|States|nations|those|contributors)\s+$/u.test(r.text.slice(Math.max(0, d.index - 14), d.index))) continue;
    const f = findIn(forceNoun, r.text, after, Math.min(p.end, after + 60));
    if (f && !/(?<![\p{L}-])(?:to|of|with|in|for|on|by|against)\s/iu.test(r.text.slice(after, f.index)) && f.index - after < 45) {
      if (stateAsked && stateRestrained(r, from, d.index, withHead(r.text, f.index + f[0].length))) continue;
      if (!overlapsExempt(r, f.index, f.index + f[0].length, committee)) {
        const end = withHead(r.text, f.index + f[0].length);
        return { start: d.index, end, what: deployed(r.text.slice(f.index, end)), kind: "force" };
      }
    }
    if (/^\s+of\s/iu.test(r.text.slice(after, after + 4))) {
      const m = findIn(missionName, r.text, after, Math.min(p.end, after + 80)) ?? findIn(forceNoun, r.text, after, Math.min(p.end, after + 50));
      if (m && stateAsked && stateRestrained(r, from, d.index, m.index + m[0].length)) continue;
      if (m && !overlapsExempt(r, m.index, m.index + m[0].length, committee)) {
        return { start: d.index, end: m.index + m[0].length, what: deployed(m[0]), kind: "force" };
      }
    }
  }
  for (const f of findAllIn(forceNoun, r.text, from, p.end)) {
    if (passiveDeploy.test(r.text.slice(f.index + f[0].length, p.end))) {
      const m = passiveDeploy.exec(r.text.slice(f.index + f[0].length, p.end))!;
      return { start: f.index, end: f.index + f[0].length + m[0].length, what: "makes forces available", kind: "force" };
    }
  }
  // Enforcement and peace-operation vocabulary.
  for (const t of findAllIn(operationalTerm, r.text, from, p.end)) {
    const term = norm(t[0]);
    if (necessaryMeans.test(term) && !authorisingContext.test(r.text.slice(Math.max(p.bodyStart, t.index - 80), t.index))) continue;
    if (stateAsked && stateOwnTerms.has(term)) continue;
    // "capacities are not lost during mission drawdown": when, not what is asked.
    if (/^draw-?down$/iu.test(term) && /(?<![\p{L}-])(?:during|after|before|throughout)\s+(?:the\s+|its\s+|a\s+)?(?:[\p{L}-]+\s+)?$/iu.test(r.text.slice(Math.max(0, t.index - 30), t.index))) continue;
    // "forced labour on board vessels": where, not boarding.
    if (/^board/u.test(term) && /(?<![\p{L}-])on\s+$/iu.test(r.text.slice(Math.max(0, t.index - 4), t.index))) continue;
    // The Secretariat or an agency helping, at the State's request, a programme of the State's own
    // ("to assist, upon request, national programmes to disarm ex-combatants").
    if (who && (who.cls === "secretariat" || who.cls === "un" || who.cls === "ohchr") && stateOwnTerms.has(term) && findIn(consentMarker, r.text, p.bodyStart, p.end)) continue;
    // Restrained, or capitalised inside a title ("the Basic Principles on the Use of Force and Firearms").
    if (stateAsked && stateConductTerms.has(term) && (stateRestrained(r, from, t.index, t.index + t[0].length) || (t.index > from && /^\p{Lu}/u.test(t[0])))) continue;
    // "Calls upon Halvenia and Ostryn to refrain from the threat or use of force": whoever is asked to refrain.
    if (stateConductTerms.has(term) && /(?<![\p{L}-])refrain(?:s|ing)?\s+from\s+(?:[\p{L}'’-]+\s+){0,5}$/iu.test(r.text.slice(Math.max(from, t.index - 60), t.index))) continue;
    // Guidance on "the use of force and firearms by border officials": others' conduct, whoever is asked.
    if (/^use\s+of\s+force$/iu.test(term) && regulatedAfter.test(r.text.slice(t.index + t[0].length, t.index + t[0].length + 40)) && !authorisingContext.test(r.text.slice(Math.max(from, t.index - 80), t.index))) continue;
    if (overlapsExempt(r, t.index, t.index + t[0].length, committee)) continue;
    return { start: t.index, end: t.index + t[0].length, what: `calls for "${t[0]}", an enforcement measure`, kind: "force" };
  }
  // The committee granting money: "Provides direct funding to NGOs", "Decides to fund …". An
  // opening the lexicon does not know ("Provides", "Allocates") is the committee's own verb.
  const ordered = !who && (p.verbClass === "require" || p.verbClass === "demand") ? orderedAddressee.exec(r.text.slice(p.bodyStart, p.end)) : null;
  const ordersOthers = ordered !== null && !unNamed.test(ordered[1]!) && !/(?<![\p{L}-])OHCHR(?![\p{L}-])/u.test(ordered[1]!);
  const committeeOpens = !who && !ordersOthers && (committeeActs.has(p.verbClass ?? "") || (p.verb === null && p.bodyStart === 0 && r.ownStart === 0));
  // An organ that approves the budget (Charter Art. 17) grants money as its own business.
  if (committeeOpens && !committee.powers.apportionsExpenses) {
    const listed = findIn(fundingAction, r.text, from, p.end);
    const money = listed ? { start: listed.index, end: listed.index + listed[0].length } : moneyGranted(r.text, from, p.end, p.verb === null && p.bodyStart === 0);
    if (money) {
      const said = r.text.slice(money.start, money.end);
      return { ...money, what: `grants money ("${said}") from a budget it does not have`, kind: "un-action" };
    }
  }
  // The United Nations itself delivering relief or running elections.
  const unActs =
    (!who && !ordersOthers && committeeActs.has(p.verbClass ?? "")) ||
    // "Calls for UN surveyors to be sent in …": the United Nations' own people asked for.
    (!who && p.verbClass === "request" && /^\s*(?:for\s+)?(?:the\s+)?(?:UN|United\s+Nations)\s/iu.test(r.text.slice(p.bodyStart, p.bodyStart + 30))) ||
    (p.verb === null && !who && p.bodyStart === 0 && r.ownStart === 0) ||
    whoMission ||
    (who !== null && (who.cls === "secretariat" || who.cls === "un" || who.cls === "mission" || who.cls === "ohchr")) ||
    (who !== null && who.cls === "organ" && !/Security\s+Council/u.test(r.text.slice(who.start, who.end))) ||
    // "Migrants … will be evacuated by United Nations aircraft": the United Nations as the passive's agent.
    (p.verb === null && /(?<![\p{L}-])by\s+(?:the\s+)?(?:UN|United\s+Nations)(?![\p{L}-])/u.test(r.text.slice(from, p.end)));
  if (unActs) {
    // The United Nations supplying a force: "a logistical support package for AMISOM".
    const support = findIn(forceSupport, r.text, from, p.end);
    if (support) {
      const after = support.index + support[0].length;
      const lead = /^\s*(?:for|to)\s+/iu.exec(r.text.slice(after, after + 8))?.[0].length ?? 0;
      const force = findIn(missionName, r.text, after, Math.min(p.end, after + 40)) ?? missionAcronymAt(r, after + lead);
      if (force) return { start: support.index, end: force.index + force[0].length, what: "has the United Nations support a force", kind: "force" };
    }
    // Consent refused or not waited for ("without awaiting the consent of the host State") is no consent.
    const refused = /consent|permission|agree|approv|whether|whatever|objection|refused|notwithstanding|awaiting|irrespective|regardless|invit|bypass|even if|notice|authori|request|licen|asked|overrid/iu.test(r.text.slice(from, p.end)) ? withoutConsent.exec(r.text.slice(from, p.end)) : null;
    const consented = !refused && findIn(consentMarker, r.text, p.bodyStart, p.end) !== null;
    const found = findIn(reliefAction, r.text, from, p.end) ?? findIn(electionAction, r.text, from, p.end) ?? findIn(electionWork, r.text, from, p.end) ?? findIn(fieldWork, r.text, from, p.end);
    // Named as a subject, not done; or work States are asked to do ("for all countries to rebuild every school").
    const a = found && (asTopic.test(r.text.slice(Math.max(from, found.index - 30), found.index)) || (fieldWork.test(found[0]) && stateDoer.test(nearestPart(r.text, who ? who.end : from, found.index)))) ? null : found;
    // Electoral or relief assistance at the State's request is consent-based assistance; an
    // agency encouraged to "continue to deliver food assistance" goes on with its own work.
    const continuing = a !== null && continuingWork.test(r.text.slice(Math.max(p.bodyStart, a.index - 30), a.index));
    // The General Assembly and ECOSOC direct the agencies that deliver relief (they report to them).
    const relief = a !== null && (findIn(reliefAction, r.text, a.index, a.index + a[0].length) !== null || fieldWork.test(a[0]));
    // Only an agency is directed: an organ ("Decides that ECOSOC will send teams of engineers") would act itself.
    // Nor the Organization as a whole ("Decides that the United Nations will …"): the Assembly directs named agencies.
    const agencyAsked = who !== null && who.cls !== "organ" && !/^(?:the\s+)?(?:UN|United\s+Nations)$/iu.test(r.text.slice(who.start, who.end));
    // Guarding, escorting, taking over a State's services or bringing in its own people is not the
    // relief the Assembly directs.
    const directed = a !== null && agencyAsked && committee.powers.directsRelief && relief && !forceLike.test(a[0]);
    // A take-over or guard duty that reads as coercion is said as coercion below.
    const saidAsCoercion = a !== null && forceLike.test(a[0]) && coercion.test(r.text.slice(from, p.end));
    if (a && !continuing && !directed && !consented && !saidAsCoercion) {
      const what = !relief
        ? `has the United Nations run or watch over elections ("${a[0]}")`
        : fieldWork.test(a[0]) ? `has the United Nations itself do work on the ground ("${a[0]}")` : `has the United Nations itself deliver relief ("${a[0]}")`;
      return { start: a.index, end: a.index + a[0].length, what, kind: "un-action" };
    }
    // A sub-clause continues its chapeau's "to:": "(b) Take command of …" reads as "to take command of".
    const c = coercionIn(r.text, from, p.end, from === r.ownStart && p.verbStart < r.ownStart);
    // Inspections are what the IAEA and the OPCW do under their States' own safeguards and treaty.
    const inspectorate = who !== null && /IAEA|Atomic\s+Energy|OPCW/u.test(r.text.slice(who.start, who.end));
    const coerces = c && !(inspectorate && /inspect/iu.test(r.text.slice(c.start, c.end))) && !coercionOfOthers.test(r.text.slice(Math.max(from, c.at - 20), c.at)) && !stateDoer.test(nearestPart(r.text, who ? who.end : from, c.at)) ? c : null;
    // Relief an agency is directed to give is the Assembly's to direct, unless the same clause has
    // it take custody of people or take over a State's work ("… and to run reception centres in
    // place of the national authorities").
    if ((consented || (directed && !coerces)) && !refused) return null;
    // People or craft sent in: "Sends a team of UN doctors to …", "The UN will send coast guard vessels".
    for (const d of findAllIn(deployVerb, r.text, p.verbClass === "deploy" && ownVerb ? p.verbStart : from, p.end)) {
      if (!sendVerb.test(norm(d[0])) || stateDoer.test(nearestPart(r.text, who ? who.end : from, d.index))) continue;
      const after = d.index + d[0].length;
      const n = findIn(sentPersonnel, r.text, after, Math.min(p.end, after + 60));
      if (!n || /(?<![\p{L}-])(?:to|with|for|on|by|against|in|at|from)\s/iu.test(r.text.slice(after, n.index)) || overlapsExempt(r, n.index, n.index + n[0].length, committee)) continue;
      // An agency the General Assembly or ECOSOC directs may be asked to send relief workers.
      if (agencyAsked && committee.powers.directsRelief && reliefWorkers.has(norm(n[0]))) continue;
      return { start: d.index, end: n.index + n[0].length, what: `sends ${n[0]} into a State`, kind: "un-action" };
    }
    if (coerces) {
      const c = coerces;
      const said = r.text.slice(c.start, c.end);
      const what = takenOver.test(said) ? `has the United Nations take over a State's own work ("${said}")` : `has the United Nations coerce inside a State ("${said}")`;
      return { start: c.start, end: c.end, what, kind: "force" };
    }
    const nc = refused;
    if (nc) return { start: from + nc.index, end: from + nc.index + nc[0].length, what: `acts in a State "${nc[0]}"`, kind: "force" };
  }
  // "UN observers will be stationed in all logging concessions": the Organization's people placed in
  // a State, whoever the clause addresses (it names the United Nations itself).
  const placed = unPeoplePlaced.exec(r.text.slice(from, p.end));
  if (placed) return { start: from + placed.index, end: from + placed.index + placed[0].length, what: `places United Nations personnel in States ("${placed[0]}")`, kind: "un-action" };
  // "Decides that UN troops will secure the border crossings": the Organization's forces or monitors
  // at work in a State presuppose their deployment.
  const acting = unForcesAct.exec(r.text.slice(from, p.end));
  if (acting) return { start: from + acting.index, end: from + acting.index + acting[0].length, what: `has United Nations forces or monitors act in a State ("${acting[0]}")`, kind: "un-action" };
  // "Orders Halvoria to accept a UN peacekeeping mission": a State told to take in a force is one deployed.
  if (stateAsked || p.verbClass === "require" || p.verbClass === "demand") {
    const taken = missionTakenIn.exec(r.text.slice(from, p.end));
    if (taken) return { start: from + taken.index, end: from + taken.index + taken[0].length, what: "deploys a mission", kind: "force" };
  }
  return null;
}

/** A sum granted, an opening that funds (only at the clause's start) or "from the Council's resources", in text[from, end). */
function moneyGranted(text: string, from: number, end: number, atOpening: boolean): { start: number; end: number } | null {
  const own = text.slice(from, end);
  for (const re of atOpening ? [sumGranted, fundingOpener, ownPurse] : [sumGranted, ownPurse]) {
    const m = re.exec(own);
    if (m) return { start: from + m.index + (m[0].length - m[0].trimStart().length), end: from + m.index + m[0].trimEnd().length };
  }
  return null;
}

function toFinding(r: ClauseReading, p: Predicate, hit: Hit, committee: CommitteeProfile): Finding | null {
  const at = locate(r, hit.start, hit.end);
  if (!at) return null;
  const cite = committee.citations.operational;
  const own = committeeActs.has(p.verbClass ?? "");
  const severity: Finding["severity"] = hit.kind === "un-action" ? "warning" : own ? "error" : "warning";
  // Force is the Security Council's to consider; relief, elections and money go to the organ the
  // committee recommends to (the General Assembly for ECOSOC and the Human Rights Council).
  const usable = recommendToCouncil(r, p, hit.kind === "force" ? "the Security Council" : committee.alternatives.recommendTo);
  return {
    ...at,
    severity,
    message: `Operational intervention: the clause ${hit.what}`,
    explanation: `${own ? `The ${committee.shortName} itself` : p.verb === null ? "The clause" : "The clause, even with its soft opening verb,"} ${hit.what}, which is operational action outside the ${committee.name}'s mandate: ${quoteOf(cite)}. Ask for a report, an assessment or technical assistance with the consent of the State concerned, or recommend that the Security Council consider it.`,
    mandate: cite,
    fixes: usable,
  };
}

const toGerund = (v: string) => (/[^e]e$/i.test(v) ? v.slice(0, -1) : v) + "ing";
const decideTo = /^\s*(?:(?:also|further)\s+)?to\s+(\p{L}+)(?![\p{L}-])/iu;

/** "Authorizes …" / "Deploys …" / "Decides to deploy …" → "Recommends that [organ] consider authorizing …". */
function recommendToCouncil(r: ClauseReading, p: Predicate, organ: string): Finding["fixes"] {
  if (!p.verb) return [];
  let end = p.verbEnd;
  let base: string;
  if (p.verbClass === "authorize" || p.verbClass === "deploy") {
    const v = p.verb.toLowerCase();
    base = v.startsWith("authoris") ? "authorise" : v.startsWith("authoriz") ? "authorize" : v.startsWith("dispatch") ? "dispatch" : v.startsWith("send") ? "send" : "deploy";
  } else if (p.verbClass === "decide") {
    const m = decideTo.exec(r.text.slice(p.bodyStart, p.end));
    if (!m) return [];
    base = m[1]!;
    end = p.bodyStart + m[0].length;
  } else return [];
  const insert = `${matchCase(p.verb, "recommends")} that ${organ} consider ${toGerund(base.toLowerCase())}`;
  return fix(r, `Recommend it to ${organ.replace(/^the\s+/u, "the ")}`, p.verbStart, end, insert);
}
