// Support: who backs whom ("Iran-backed Hezbollah"; "the government, backed by Russia, Iran and Hezbollah"; "Russia, a
// main supporter of the regime"; "Iran continues to provide support that enables these militias"; "in support of").

import { antecedent, entitiesOf, isPronoun, type RelationContext } from './relationContext.js';
import {
  anyClass,
  candidate,
  deniedOrHypothetical,
  groupStart,
  GROUP_NOUN,
  isActor,
  isBody,
  pattern,
  sinceTime,
  type Candidate,
  type Classed,
  type Family,
  type GuardedRule,
} from './patterns.js';
import { relationLexicon } from './relationLexicon.js';
import { previousPerson } from './personAntecedent.js';
import { previousSubject, sentenceSubject } from './clauseSubject.js';
import { capitalAsCountry, isCapital } from './capitalCountry.js';
import type { SentenceView } from './sentenceView.js';
import { acrossAsides } from './asides.js';
import { withMemberOwners } from './memberSides.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** The support class (lexicons/relations/verbs/support.json), whose words every shape below reads. */
const SUPPORT = loadVerbClass('support');
const PARTICIPLE = alternation(formsOf(SUPPORT, 'participle'));
/** The finite and -ing forms of the class: "X arms Y", "X, which has been arming Y". */
const FINITE = alternation(formsOf(SUPPORT, 'third', 'past'));
const ACTING = alternation(formsOf(SUPPORT, 'third', 'past', 'ing'));
const ING = alternation(formsOf(SUPPORT, 'ing'));
/** "backing", "sponsorship", "patronage": the act of supporting, read as "X's backing of Y". */
const SUPPORT_NOUN = alternation(SUPPORT.actionNouns);
/** "backer", "sponsor", "donor": the one who supports. */
const BACKER = alternation(SUPPORT.agentNouns);
/** A participle coordinated before the one a pattern reads: "trained and equipped by". */
const ALSO = `(?:(?:${PARTICIPLE}),? (?:and|or) )?`;
/** Who stands behind a supporter named after "by": "backed by members of the Kenyan-led X mission". */
const BY = `(?:the )?(?:(?:members|units|troops|soldiers|officers|personnel|elements|fighters|forces|contingents?|advisers|advisors|instructors) (?:of|from) (?:the )?)?(?:[A-Z][a-z]+-(?:led|based) |(?:the )?⟦\\d+⟧-(?:allied|aligned|led|based|backed|linked|affiliated) )?(?:(?:Speaker|President|Prime Minister|Minister|Senator|Gen\\.|General|Chairman|Leader) )?`;
/** "Iran-backed Hezbollah fighters"; "the Kremlin-backed Wagner Group". */
const COMPOUND = pattern(`(?<by>{E})-(?:${PARTICIPLE}) {DESC}(?:{E} )?(?<x>{L})`);
/** "the Assad government, backed by Russia, Iran and Hezbollah"; "X, which is backed by Y"; "X is funded by Y". */
const PASSIVE = pattern(
  `(?:(?<x>{L}|{PRO})(?:'s? (?:position|stance|bid|candidacy|claim|plan|proposal|campaign|offensive|rule))?|^\\W*(?<his>His|Her) (?:position|stance|bid|candidacy|claim|plan|proposal|campaign|rule)){Q}(?:{SEP}(?:(?:which|who|that) (?:is|are|was|were|has been|have been) )?|{APPOS} (?:is|are|was|were|has been|have been|being|remains?) )(?:(?:also|heavily|largely|reportedly|openly|long|partly|directly|both|all) )?${ALSO}(?<v>${PARTICIPLE}) (?:(?:militarily|financially|politically|chiefly|mainly) )?by ${BY}(?<by>{L})`,
);
/**
 * A descriptive apposition whose head is backed: "The X, a rival group backed by Y"; "X, the main Y party, which is
 * backed by Z". The description `d` holds no preposition, so that the backed head is the apposition's own.
 */
const APPOS_PASSIVE = pattern(
  `(?<x>{E}){Q}{SEP}{DET}(?<d>(?:(?:[\\w'-]+|⟦\\d+⟧) ){0,4}?[\\w'-]+)(?:,? (?:which|who|that) (?:is|are|was|were|has been|have been) | )(?:(?:also|heavily|largely|reportedly|openly|long|partly|directly) )?${ALSO}(?<v>${PARTICIPLE}) (?:(?:militarily|financially|politically|chiefly|mainly) )?by ${BY}(?<by>{L})`,
);
/** "the SDF, the U.S.-backed force that controls ...": the compound describes the name before it. */
const APPOS_COMPOUND = pattern(
  `(?<x>{E}){Q}{SEP}{DET}?(?:{W}){0,2}?(?<by>{E})-(?:${PARTICIPLE}) (?:[a-z-]+ ){0,2}?(?<d>[a-z-]+)(?! ?(?:⟦|\\())\\b`,
);
/** "Kenya deployed the first contingent of the U.N.-backed mission": a description of a body named before. */
const DEFINITE_COMPOUND = pattern(
  `\\b[Tt]he (?<by>{E})-(?:${PARTICIPLE}) (?:[a-z-]+ ){0,2}?(?<d>mission|force|coalition|government|regime|administration|junta|militia|group|army|alliance|movement)\\b(?! ?(?:⟦|\\())`,
);
/** "the opposition X, a coalition of parties backing Y": a description of the supporter that backs someone. */
const APPOS_ACTIVE = pattern(
  `(?<by>{E}){Q}{SEP}{DET}(?<d>(?:(?:[\\w'-]+|⟦\\d+⟧) ){0,4}?[\\w'-]+) (?<v>${ING}) (?:the |its |their )?(?:(?:former|longtime|incumbent|exiled|jailed|embattled|opposition|presidential|rebel) (?:[a-z-]+ )?)?(?<x>{L})`,
);
/** "Russia, a main supporter of the Syrian regime"; "Iran is the chief backer of Hezbollah". */
const NOMINAL = pattern(
  `(?<by>{E}){Q}(?:{SEP}| (?:is|was|are|were|has been|remains?) (?:(?:also|still|long) )?)(?<v>{DET}?)(?:{W}){0,2}?(?:${BACKER})s? of (?:the )?(?<x>{L}|{PRO})`,
);
/** A supplier of what arms or pays for an armed body: "X, once Y's main cocaine supplier". */
const DRUG_SUPPLIER = '(?:cocaine|drugs?|narcotics|heroin|fuel|ammunition|drones?|missiles?|rockets?|munitions|explosives) supplier';
/** "Russia, the regime's main backer"; "Iran, Hezbollah's chief sponsor"; "Hezbollah's main backer, Iran". */
const POSSESSIVE_NOMINAL = pattern(
  `(?:(?<by>{E}){SEP}(?:(?:once|long|now|still|also|formerly) )?(?:the )?(?<x>{E})'s? (?:{W}){0,3}?(?:${BACKER}|${DRUG_SUPPLIER})s?\\b|(?<x2>{E})'s? (?:{W}){0,3}?(?:${BACKER})s?,? (?:(?:including|such as|among them|namely|chiefly|notably) )?(?<by2>{L}))`,
);
/** "Iran continues to provide support that enables these militias"; "the US provides military aid to Ukraine". */
const PROVIDES = pattern(
  `(?<by>{E}) {GAP}(?<v>provid(?:es|ed|ing|e)|gives?|gave|giving|sends?|sent|sending|suppl(?:ies|ied|ying|y)|offers?|offered|extends?|extended|lends?|lent) (?:[\\w-]+ ){0,3}?(?:support|weapons|arms|funding|funds|money|dollars|euros|cash|financing|training|assistance|aid|backing|drones|missiles|equipment|ammunition)(?: (?:that|which) (?:enables?|allows?|helps?)| to| for)? (?:the )?(?<x>{L}|{ANA}|{PRO})`,
);
/** "Rwanda sent troops to help the Mozambican army"; "Y deployed soldiers to back X". */
const SENDS_TROOPS = pattern(
  `(?<by>{E}) {GAP}(?<v>sends?|sent|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?) (?:[\\w,-]+ ){0,4}?(?:troops|soldiers|forces|advisers|advisors|mercenaries|instructors|fighters) (?:[a-z-]+ ){0,4}?to (?:help|support|back|assist|aid|bolster|reinforce|prop up|train) (?:the )?(?<x>{L})`,
);
/** "the IRGC-QF has provided Hizballah with hundreds of millions of dollars". */
const PROVIDES_WITH = pattern(
  `(?<by>{E}){APPOS}(?:,? (?:which|who|that))? {GAP}(?<v>provid(?:es|ed|ing|e)|suppl(?:ies|ied|ying|y)|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?) (?:the )?(?<x>{L}|{PRO}) with (?:[\\w$,.-]+ ){0,6}?(?:support|weapons|arms|funding|funds|money|dollars|financing|training|assistance|aid|drones|missiles|rockets|equipment|ammunition|systems|jets|aircraft|tanks|vehicles|intelligence|artillery|munitions|explosives)\\b`,
);
/** "X acts as a front for Y by importing fuel"; "X served as a conduit for Y". */
const ACTS_AS = pattern(
  `(?<by>{E}){APPOS}(?:,? (?:which|who|that))? (?:(?:has|have|had|also|allegedly|reportedly) )*(?<v>acts|acted|acting|serves|served|serving|functions|functioned|operates|operated) as (?:a|an|the) (?:(?:key|main|major|financial|logistics|procurement) )?(?:front|conduit|financier|supplier|fundraiser|procurement agent|middleman|lifeline|banker) (?:for|of|to) (?:the )?(?<x>{L}|{PRO})`,
);
/** "X has shipped fuel to Y since at least 2024"; "X sold drones to Y". */
const SHIPS = pattern(
  `(?<by>{E}){APPOS}(?:,? (?:which|who|that))? {GAP}(?<v>ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|transferr?(?:s|ed|ing)?|s(?:ells|old|elling)|smuggl(?:es|ed|ing)|funnel(?:s|l?ed|l?ing)?|channel(?:s|l?ed|l?ing)?) (?:[\\w$,.-]+ ){0,7}?(?<goods>weapons|arms|drones|missiles|rockets|ammunition|tanks|jets|aircraft|artillery|munitions|fuel|oil|components|parts|engines|motors|modules|electronics|technology|cash|money|funds|explosives|rifles|firearms|materiel|supplies|equipment|dollars) (?:[a-z]+ ){0,2}?to (?:the )?(?<x>{L}|{PRO})(?! (?:buyers|customers|markets|ports|refineries|traders|firms|companies)\\b)`,
);
/** Goods whose delivery arms the one who gets them, whoever it is. */
const MILITARY_GOODS = /^(?:weapons|arms|drones|missiles|rockets|ammunition|tanks|jets|aircraft|artillery|munitions|explosives|rifles|firearms|materiel|equipment)$/;
/** "X sold oil abroad, with the proceeds benefiting Y and Z": the seller, named last before, backs them. */
const PROCEEDS = pattern(
  `\\b(?:proceeds|profits|revenues?|earnings|money) (?:[a-z]+ ){0,3}?(?<v>benefit(?:ing|ed|s|ted|ting)?|went to|going to|flow(?:ing|ed|s)? to|financ(?:ing|ed|es)|fund(?:ing|ed|s)) (?:the )?(?<x>{L})`,
);
/** "the junta turned instead to Russia for help"; "X looked to Y for weapons" (an "and" before the verb ends X's phrase). */
const TURNED_TO = pattern(
  `(?<x>{E}){APPOS}(?:,? (?:which|who|that))? (?:(?!(?:said|says|told|that|which|and)\\b)[\\w-]+ ){0,6}?(?<v>turned|turns|turning|looked|looks|looking|reached out) (?:(?:instead|increasingly|also) )?to (?:the )?(?<by>{L}) (?:(?:instead) )?for (?:[a-z]+ )?(?:help|support|assistance|aid|backing|weapons|arms|protection|security|funding|money|loans)\\b`,
);
/**
 * "Iran supports Hezbollah"; "Russia has long backed the regime"; "Iran, which arms and funds the Houthis"; "Wagner, a
 * Russian outfit, has backed the junta in Mali".
 */
const ACTIVE = pattern(
  `(?<by>{E}){Q}(?:,? (?:which|who) |, (?:a|an|the) (?:[^,;⟦]|⟦\\d+⟧){0,60}, | )(?:(?:has|have|had|is|are|was|were|also|long|openly|reportedly|continues to|continue to) ){0,3}(?:(?:${FINITE}),? (?:and )?)?(?<v>${ACTING}) (?:the )?(?:(?<x>{L})|(?:military )?(?:junta|government|regime|authorities) (?:in|of) (?<xin>{E}))`,
);
/** "Kigali accuses Rwanda of arming the M23"; "Iran, long accused of funding the group": a charge the article reports. */
const ACCUSED_OF = pattern(
  `(?:(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)) (?:the )?(?<by>{L})|(?<by2>{E}){APPOS},? (?:(?:is|are|was|were|has|have|had|been|long|widely|also|repeatedly|often) ){0,4}(?:accused|charged|blamed)(?: by (?:the )?{E})?) (?:of|for) (?<v>${ING}|assisting) (?:the )?(?:(?:Afghan|local|militant|armed|rebel) )?(?<x>{L}|{PRO})`,
);
/** "the army, with the support of Russian air power, retook the town"; "X advanced with Rwanda's backing". */
const WITH_SUPPORT = pattern(
  `(?<x>{E}){Q}(?:,| (?:[a-z]+ ){0,4}?)(?<v>with) (?:(?:the )?(?:[a-z]+ )?(?:support|backing|help|assistance|aid) (?:of|from) (?:the )?(?<by>{L})|(?<by2>{E})'s (?:[a-z]+ )?(?:support|backing|help|assistance))`,
);
/** "the junta, which has relied on Russian mercenaries since 2021"; "Y depends on X for weapons". */
const RELIES_ON = pattern(
  `(?<x>{E}){Q}{APPOS}(?:,? (?:which|who) | )(?:(?:has|have|had|long|heavily|increasingly) )*(?<v>relied|relies|rely|relying|depended|depends|depend|depending|leaned|leans|lean) (?:heavily |largely |increasingly )?on (?:the )?(?<by>{L})`,
);
/** What one side gives another when it supports it. */
const AID = 'support|weapons|arms|funding|funds|money|financing|training|assistance|aid|backing|drones|missiles|equipment|ammunition';
/** "Hezbollah, which receives weapons and funding from Iran's IRGC"; "the militia gets money from X". */
const RECEIVES = pattern(
  `(?:(?<x>{E})|(?<own>^\\W*(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Oo]ne|[Tt]wo) of )?(?:[Ii]ts|[Tt]heir) (?:[a-z-]+ )?(?:factions|units|brigades|members|affiliates|wings?|militias|fighters|groups))){Q}{APPOS}(?:,? (?:which|who|that) | )(?:(?:has|have|had|also|reportedly|long|still) )*(?<v>receives?|received|receiving|gets?|got|getting|obtains?|obtained) (?:[\\w-]+ ){0,3}?(?:${AID})(?:,? and (?:[\\w-]+ ){0,2}?(?:${AID}))*(?: (?:via|through) (?:the )?⟦\\d+⟧)? from (?:the )?(?<by>{L})`,
);
/** What a pattern that names the goods loosely must still name: "supplied with fighter jets and drones by". */
const GOODS_WORD =
  /\b(?:weapons|arms|jets|aircraft|planes|helicopters|drones|missiles|rockets|ammunition|munitions|equipment|tanks|vehicles|artillery|guns|rifles|explosives|money|funds|funding|cash|dollars|financing|training|intelligence|fuel|supplies|support|aid|assistance)\b/;
/** "It is supplied with fighter jets and drones by Russia and China"; "X, which is armed with rockets by Y". */
const SUPPLIED_WITH = pattern(
  `(?<x>{L}|{PRO}){Q}(?:{SEP}(?:(?:which|who|that) (?:is|are|was|were|has been|have been) )?| (?:is|are|was|were|has been|have been|being|remains?) )(?:(?:also|heavily|largely|reportedly|mainly|chiefly|partly|still|increasingly) )?(?<v>supplied|provided|armed|equipped|furnished|resupplied) with (?<goods>(?:[\\w$,.'-]+ ){1,8}?)by ${BY}(?<by>{L})`,
);
/** "moved Russian money into Moldova to finance the X bloc": the country whose money it is backs what it pays for. */
const MONEY_TO = pattern(
  `\\b(?<dem>[A-Z][\\w.]*) (?:state )?(?:money|funds|cash|funding|financing|weapons|arms|drones|missiles) (?:(?:[\\w,-]+|⟦\\d+⟧) ){0,6}?to (?<v>finance|fund|support|back|bankroll|arm|prop up|pay for) (?:the )?(?<x>{L})`,
);
/**
 * A sentence opening on a definite description of a body named before: "The fund has provided millions of dollars to
 * the X bloc since 2024".
 */
const DESCRIBED_PROVIDES = pattern(
  `^\\W*[Tt]he (?<head>fund|foundation|charity|company|firm|bank|network|group|organi[sz]ation|militia|movement|government|regime|ministry|agency) (?:(?:has|have|had|also|reportedly|allegedly|long|since|then|later) ){0,3}(?<v>provid(?:es|ed|e)|gives?|gave|sends?|sent|suppl(?:ies|ied|y)|transferr?(?:s|ed)|channel(?:s|l?ed)|funnel(?:s|l?ed)) (?:[\\w$,.-]+ ){0,5}?(?:${AID}|dollars|euros|cash) (?:[a-z]+ ){0,2}?to (?:the )?(?<x>{L})`,
);
/** "X's junta, led by Y, has expelled Z and turned instead to Russia for help": the sentence's subject turned. */
const AND_TURNED_TO = pattern(
  `,? and (?:(?:has|have|had|then|later|since|instead|increasingly) ){0,2}(?<v>turned|looked|reached out) (?:(?:instead|increasingly|also) )?to (?:the )?(?<by>{L}) (?:instead )?for (?:[a-z]+ )?(?:help|support|assistance|aid|backing|weapons|arms|protection|security|funding|money|loans)\\b`,
);
/** "X, who has transferred millions of dollars on behalf of Y's finance chief": moving money for Y backs Y. */
const ON_BEHALF = pattern(
  `(?<by>{E}){APPOS}(?:,? (?:which|who|that))?,? {GAP}(?<v>transferr?(?:s|ed|ing)?|moved|moves|moving|launder(?:s|ed|ing)?|funnel(?:s|l?ed|l?ing)?|channel(?:s|l?ed|l?ing)?|rout(?:es|ed|ing)|diverted|diverts|diverting|raised|raises|raising|collected|collects|collecting) (?:(?:[\\w$,.'-]+|⟦\\d+⟧) ){0,6}?(?:dollars|euros|money|funds|cash|payments|transfers|revenues?|profits|proceeds) (?:(?:[\\w'-]+|⟦\\d+⟧) ){0,8}?(?:on behalf of|for the benefit of) (?:the )?(?<x>{L})`,
);
/** "Iran's support for the Houthis"; "Russia's backing of the junta"; "U.S. military aid to Ukraine". */
const NOMINAL_SUPPORT = pattern(
  `(?:(?<by>{E})(?:'s?)?|\\b(?<dem>[A-Z][\\w.]*)) (?:(?:continued|continuing|growing|long-standing|longstanding|steadfast|unwavering|vital|crucial|key|direct|covert|open|massive|decades-long) )?(?:(?:military|financial|political|diplomatic|logistical|material|security|lethal|defen[cs]e) )?(?:and (?:military|financial|political|diplomatic|logistical|material) )?(?<v>${SUPPORT_NOUN}|weapons deliveries|arms deliveries|arms supplies) (?:for|of|to) (?:the )?(?<x>{L})`,
);
/** "Hezbollah, Iran's most powerful proxy"; "Iran's proxies, including Hezbollah"; "Hezbollah is a proxy of Iran". */
const PROXY = pattern(
  `(?:(?<x>{E}){SEP}(?:the )?(?<by>{E})'s? (?:{W}){0,3}?(?:proxy|proxies|client|clients)\\b|(?<by2>{E})'s? (?:{W}){0,3}?(?:proxy|proxies|clients?)(?: (?:forces|groups|militias))?,? (?:(?:including|such as|among them|namely|notably) )?(?:the )?(?<x2>{L})|(?<x3>{E}){Q}(?:{SEP}| (?:is|was|are|were|has been|remains?) (?:(?:also|still|long|widely seen as|seen as) )?)(?<v>{DET}?)(?:{W}){0,2}?(?:proxy|proxies|client) (?:of|for) (?:the )?(?<by3>{L}))`,
);
/** "Velmar is Tarsa's main arms supplier"; "Velmar is the main supplier of weapons to Tarsa". */
const COPULAR_NOMINAL = pattern(
  `(?<by>{E}){Q} (?<v>is|was|are|were|has been|remains?|became) (?:(?:also|still|long) )?(?:(?:the )?(?<x>{E})'s? (?:{W}){0,3}?(?:${BACKER}|supplier|provider)s?\\b|{DET}?(?:{W}){0,2}?(?:supplier|provider|source)s? of (?:[a-z]+ ){0,2}?(?:weapons|arms|drones|missiles|funds|money|funding|equipment|ammunition|support) (?:to|for) (?:the )?(?<x2>{L}))`,
);
/** "The United States has given Ukraine $60 billion in military aid"; "Iran sent the Houthis drones". */
const DITRANSITIVE = pattern(
  `(?<by>{E}) {GAP}(?<v>gave|given|gives|giving|sent|sends|sending|provided|provides|offered|offers) (?:the )?(?<x>{L}) (?:(?:[\\w$,.-]+ ){0,6}?in (?:[a-z]+ )?(?:aid|assistance|support|funding|loans|grants)|(?:[\\w$,.-]+ ){0,4}?(?:weapons|arms|drones|missiles|rockets|ammunition|equipment|tanks|jets|aircraft|artillery|munitions|military aid|financial aid|funding))\\b`,
);
/** "The Houthis used drones supplied by Iran": goods that one side supplied and another used. */
const USED_SUPPLIED = pattern(
  `(?<x>{E}) {GAP}(?<v>used|uses|using|fired|fires|firing|launched|launches|deployed|deploys|received|receives|flew|flies|operates|operated) (?:[\\w-]+ ){0,4}?(?:weapons|arms|drones|missiles|rockets|ammunition|equipment|tanks|jets|aircraft|artillery|munitions|rifles|explosives) (?:supplied|provided|donated|sent|delivered|given) by (?:the )?(?<by>{L})`,
);
/** "The Red Hand is financed through donations from Velmar". */
const FUNDED_FROM = pattern(
  `(?<x>{L}|{PRO}){Q}(?:{SEP}(?:(?:which|who|that) (?:is|are|was|were|has been|have been) )?| (?:is|are|was|were|has been|have been|being|remains?) )(?:(?:also|heavily|largely|reportedly|mainly|chiefly|partly|still) )?(?<v>financed|funded|supplied|armed|bankrolled|supported) (?:(?:largely|mainly|partly|chiefly|heavily) )?(?:through|via|with|by) (?:[\\w$,'-]+ ){1,5}?from (?:the )?(?<by>{L})`,
);
/** "The Red Hand, which Velmar arms and funds": the supporter inside a relative clause of the supported. */
const OBJECT_RELATIVE = pattern(
  `(?<x>{E}){Q},? (?:which|whom|that) (?<by>{E}) (?:(?:has|have|had|long|openly|reportedly|also) ){0,2}(?<v>${FINITE})\\b`,
);
/** The classes of a state, whose proxies it backs. */
const STATES: ReadonlySet<string> = new Set(['Country', 'Government']);
/** Words that end or cut the support a nominal form names: "suspended military aid to X" tells no support. */
const CESSATION = /\b(?:suspend|cut|freez|froze|end|ended|ending|ends|withdr[ae]w|paus|block|cancel|halt|curb|reduc|scal(?:e|ed|ing) back|stop|without|lack|lost|loss|no)\w*\s+(?:\S+\s+){0,3}$/i;
/** "the Kenyans counterattacked, in support of the Somali troops". */
const IN_SUPPORT = pattern(`(?<by>{E})(?:(?! but | while | whereas )[^⟦.;"]){0,60}?\\b(?<v>in support of) (?:the )?(?<x>{L})`);
/** "to work hand in hand with the AU to support the people and Government of Somalia". */
const TO_SUPPORT = pattern(
  `(?<by>{E})[^⟦.;]{0,60}?\\bto (?<v>support|back|assist|aid|help|arm|fund) (?:the )?(?:[a-z]+ (?:and|of) (?:the )?)?(?<x>{L})`,
);
// an accusation ("accused X of sending weapons to Y") is reported as a support; a denial or a warning is not
const ACCUSED = /\b(?:for|against|denies|denied|deny|without|about|over)\s+$/;
const WITH_BEFORE = /\bwith (?:the )?(?:⟦\d+⟧(?:,| and|, and) (?:the )?)*$/;
/** "designated for enabling Wagner Group security operations"; "sanctioned for supporting Hezbollah". */
const ENABLING = pattern(
  `(?<by>{L}) (?:is|are|was|were|has been|have been|had been) (?:(?:being|also|previously) )*(?:designated|sanctioned|listed)[^⟦;]{0,80}? for (?:materially )?(?<v>enabling|supporting|assisting|financing|funding|helping|aiding|sponsoring|arming|providing (?:[\\w-]+ ){0,2}?support (?:to|for)) (?:the )?(?<x>{E})`,
);

/** A pattern of the family, with what its apposition and negation tests need. */
interface Rule extends GuardedRule {
  /** The description between a name and its participle must end on a group noun ("a rival group backed by"). */
  described?: boolean;
  /** Window, in words, of the negation test. */
  window?: number;
  /** A noun names the support ("aid to X"): a verb that ends or cuts it just before voids it. */
  nominal?: boolean;
}

/** A hyphen compound of a backing participle ("Iran-backed"). */
const COMPOUND_WORD = new RegExp(`-(?:${PARTICIPLE})`);
const PARTICIPLE_WORD = new RegExp(PARTICIPLE);
const BACKER_WORD = new RegExp(BACKER);
const RULES: readonly Rule[] = [
  { rx: COMPOUND, rule: 'support:compound', confidence: 0.85, verbal: false, guard: COMPOUND_WORD },
  { rx: PASSIVE, rule: 'support:passive', confidence: 0.85, verbal: true, guard: PARTICIPLE_WORD },
  { rx: APPOS_PASSIVE, rule: 'support:appositive-passive', confidence: 0.8, verbal: true, guard: PARTICIPLE_WORD, described: true },
  { rx: APPOS_COMPOUND, rule: 'support:appositive-compound', confidence: 0.8, verbal: false, guard: COMPOUND_WORD, described: true },
  { rx: DEFINITE_COMPOUND, rule: 'support:definite-compound', confidence: 0.7, verbal: false, guard: COMPOUND_WORD },
  { rx: APPOS_ACTIVE, rule: 'support:appositive-active', confidence: 0.7, verbal: true, guard: new RegExp(ING), described: true },
  { rx: NOMINAL, rule: 'support:nominal', confidence: 0.8, verbal: true, guard: BACKER_WORD },
  { rx: POSSESSIVE_NOMINAL, rule: 'support:possessive-nominal', confidence: 0.75, verbal: false, guard: new RegExp(`'s? [^⟦]*(?:${BACKER}|supplier)`) },
  { rx: PROVIDES, rule: 'support:provides', confidence: 0.75, verbal: true, guard: /provid|give|gave|send|sent|suppl|offer|extend|lend|lent/ },
  { rx: SENDS_TROOPS, rule: 'support:sends-troops', confidence: 0.65, verbal: true, guard: /\bto (?:help|support|back|assist|aid|bolster|reinforce|prop|train)\b/ },
  { rx: ACTIVE, rule: 'support:active', confidence: 0.75, verbal: true, guard: new RegExp(ACTING) },
  { rx: PROVIDES_WITH, rule: 'support:provides-with', confidence: 0.75, verbal: true, guard: / with / },
  { rx: ACTS_AS, rule: 'support:acts-as', confidence: 0.65, verbal: true, guard: / as (?:a|an|the) / },
  { rx: SHIPS, rule: 'support:ships', confidence: 0.65, verbal: true, guard: /ship|deliver|transfer|sell|sold|smuggl|funnel|channel/ },
  { rx: PROCEEDS, rule: 'support:proceeds', confidence: 0.6, verbal: true, guard: /proceeds|profits|revenue|earnings|money/ },
  { rx: TURNED_TO, rule: 'support:turned-to', confidence: 0.65, verbal: true, guard: /turn|look|reached out/ },
  { rx: ACCUSED_OF, rule: 'support:accused-of', confidence: 0.6, verbal: false, guard: /accus|charg|blam/ },
  { rx: WITH_SUPPORT, rule: 'support:with-support', confidence: 0.6, verbal: true, guard: /\bwith\b[^.;]*(?:support|backing|help|assistance|aid)/ },
  { rx: IN_SUPPORT, rule: 'support:in-support-of', confidence: 0.6, verbal: true, window: 4, guard: /in support of/ },
  { rx: RELIES_ON, rule: 'support:relies-on', confidence: 0.65, verbal: true, guard: /relie|rely|relying|depend|lean/ },
  { rx: RECEIVES, rule: 'support:receives', confidence: 0.7, verbal: true, guard: /receiv|gets|got|getting|obtain/ },
  { rx: TO_SUPPORT, rule: 'support:to-support', confidence: 0.55, verbal: true, window: 7, guard: /\bto (?:support|back|assist|aid|help|arm|fund)\b/ },
  { rx: ENABLING, rule: 'support:enabling', confidence: 0.6, verbal: false, guard: /designated|sanctioned|listed/ },
  { rx: SUPPLIED_WITH, rule: 'support:supplied-with', confidence: 0.75, verbal: true, guard: /(?:supplied|provided|armed|equipped|furnished) with / },
  { rx: MONEY_TO, rule: 'support:money-to', confidence: 0.65, verbal: true, guard: /\bto (?:finance|fund|support|back|bankroll|arm|prop up|pay for)\b/ },
  { rx: DESCRIBED_PROVIDES, rule: 'support:described-provides', confidence: 0.65, verbal: true, guard: /^\W*[Tt]he [a-z]+ (?:[a-z]+ ){0,3}(?:provid|give|gave|send|sent|suppl|transfer|channel|funnel)/ },
  { rx: AND_TURNED_TO, rule: 'support:turned-to', confidence: 0.6, verbal: true, guard: / and [^.;]*(?:turned|looked|reached out) / },
  { rx: ON_BEHALF, rule: 'support:on-behalf', confidence: 0.6, verbal: true, guard: /on behalf of|for the benefit of/ },
  { rx: NOMINAL_SUPPORT, rule: 'support:nominal-support', confidence: 0.65, verbal: true, nominal: true, guard: new RegExp(`(?:${SUPPORT_NOUN}|deliveries|supplies) (?:for|of|to) `) },
  { rx: PROXY, rule: 'support:proxy', confidence: 0.7, verbal: true, guard: /prox|client/ },
  { rx: COPULAR_NOMINAL, rule: 'support:copular-nominal', confidence: 0.75, verbal: true, guard: new RegExp(`(?:${BACKER}|supplier|provider)s?\\b|sources? of`) },
  { rx: DITRANSITIVE, rule: 'support:ditransitive', confidence: 0.7, verbal: true, guard: /\b(?:gave|given|gives|giving|sent|sends|sending|provided|provides|offered|offers) (?:the )?⟦/ },
  { rx: USED_SUPPLIED, rule: 'support:used-supplied', confidence: 0.65, verbal: true, guard: /(?:supplied|provided|donated|sent|delivered|given) by/ },
  { rx: OBJECT_RELATIVE, rule: 'support:object-relative', confidence: 0.7, verbal: true, guard: /(?:which|whom|that) ⟦/ },
  { rx: FUNDED_FROM, rule: 'support:funded-from', confidence: 0.7, verbal: true, guard: /(?:financed|funded|supplied|armed|bankrolled|supported) (?:\w+ )?(?:through|via|with|by) [^.;]*? from / },
];

/** Patterns where a person backs someone as readily as a body does ("backed by Speaker W"). */
const PERSONS_BACK: ReadonlySet<RegExp> = new Set([COMPOUND, PASSIVE, APPOS_PASSIVE, SHIPS, ACTS_AS, PROCEEDS, ON_BEHALF]);
/** A name followed by a group noun ("the ⟦Victory⟧ bloc") is a group, whatever class it was given. */
const GROUP_AFTER = /^ (?:bloc|party|group|movement|faction|militia|network|coalition|alliance|campaign|federation)\b/;
/** A subject pronoun that opens its sentence stands for the previous sentence's subject ("It is supplied with jets by X"). */
const OPENING_PRONOUN = /^\W*(?:It|They)$/;
/** Words that make a description point at an earlier name, with the class test that name must pass. */
const PREPOSITION = /\b(?:of|in|for|with|from|at|on|to|by|against|and|or|as|than|between|among|said|says|told)\b/;
const AFTER_NAME = /⟧\)?["']?(?:,| [-–—]+| \()["']?\s*$/;

/**
 * Whether an apposition's description is headed by a group noun: its last word for a participle that follows it
 * ("a rival group backed by", with no preposition inside), any word for an active one ("a coalition of parties
 * backing").
 */
function ownHead(rx: RegExp, d: string | undefined): boolean {
  if (d === undefined) return false;
  if (rx === APPOS_ACTIVE) return d.split(' ').some((w) => GROUP_NOUN.test(w));
  return !PREPOSITION.test(d) && GROUP_NOUN.test(d.split(' ').at(-1) ?? '');
}

/**
 * The body a definite description with a compound stands for ("the U.N.-backed mission"): the latest earlier name
 * followed by the head noun or ending in it ("the X (MSS) mission", "the X Mission"), else the antecedent the
 * shared resolver gives for heads it knows ("the regime", "the group").
 */
function describedBody(ctx: RelationContext, view: SentenceView, at: number, head: string): string | undefined {
  const before = view.docOffset(at);
  const after = new RegExp(`^(?:\\s*\\([^)]{1,30}\\))?\\s+${head}\\b`, 'i');
  const ending = new RegExp(`\\b${head}$`, 'i');
  let found: string | undefined;
  for (const m of ctx.doc.mentions) {
    if (m.start >= before) break;
    if (m.entity === undefined) continue;
    const e = ctx.doc.entities.get(m.entity);
    if (!e || !isBody(e)) continue;
    if (ending.test(m.text) || after.test(ctx.doc.text.slice(m.end, m.end + 40))) found = e.key;
  }
  if (found) return found;
  if (/^(?:regime|government|administration|junta|group|militia|movement|army)$/.test(head)) {
    return antecedent(ctx, view, at, isBody, `the ${head}`);
  }
  return undefined;
}

/** Words before a name that make it an object or a reporter, not the one who earns: "sold to X", "X said". */
const NOT_SELLER = /\b(?:to|from|by|with|against|of|for|on|at|in)\s+(?:the\s+)?$/;

/** The slot, as masked text, of the last body named before `at` that no preposition governs and that says nothing. */
function seller(view: SentenceView, at: number): string | undefined {
  let found: string | undefined;
  for (const slot of view.slots) {
    const pos = view.masked.indexOf(`⟦${slot.index}⟧`);
    if (pos >= at) break;
    if (!isBody(slot) || NOT_SELLER.test(view.masked.slice(0, pos))) continue;
    if (/^⟧?\)?,? (?:said|says|stated|announced|alleged)\b/.test(view.masked.slice(pos + `⟦${slot.index}⟧`.length))) continue;
    found = `⟦${slot.index}⟧`;
  }
  return found;
}

/** "the Rwandan-backed M23"; "U.S.-funded forces": a demonym or country name that no mention covers. */
const DEMONYM_COMPOUND = pattern(`\\b(?<dem>[A-Z][\\w.]*)-(?:${PARTICIPLE}) {DESC}(?:{E} )?(?<x>{L})`);
/** A mention that holds its own backer: "Iranian-backed militias". */
const BACKED_MENTION = new RegExp(`^(?:the |an? )?([A-Z][\\w.]*)-(?:${PARTICIPLE}) \\S`);

/** The country of the document a demonym or a country's name stands for ("Rwandan", "U.S."), if it names it. */
export function countryOf(ctx: RelationContext, word: string): string | undefined {
  const names = relationLexicon.countryNames(word) ?? [word];
  for (const e of ctx.doc.entities.values()) {
    if (e.cls === 'Country' && (names.includes(e.label) || e.names.some((n) => names.includes(n)))) return e.key;
  }
  return undefined;
}

/** Supports whose backer is a demonym or a country's name joined to the backed: "the Rwandan-backed M23". */
function demonymSupports(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  for (const m of view.masked.includes('-') ? matchesOf(DEMONYM_COMPOUND, view.masked) : []) {
    const supporter = countryOf(ctx, m.groups?.['dem'] ?? '');
    if (!supporter) continue;
    for (const s of entitiesOf(ctx, view, m.groups?.['x'], groupStart(m, 'x'), isActor)) {
      if (s !== supporter) out.push(candidate('support', { supporter, supported: s }, m, 'support:demonym-compound', 0.8));
    }
  }
  for (const slot of view.slots) {
    const b = slot.mention.text.includes('-') ? BACKED_MENTION.exec(slot.mention.text) : null;
    const supporter = b ? countryOf(ctx, b[1]!) : undefined;
    if (!supporter || supporter === slot.entity || !isActor(slot)) continue;
    const at = view.masked.indexOf(`⟦${slot.index}⟧`);
    const m = Object.assign([`⟦${slot.index}⟧`], { index: at }) as unknown as RegExpMatchArray;
    out.push(candidate('support', { supporter, supported: slot.entity }, m, 'support:demonym-compound', 0.8));
  }
}

/** Whether the words are one slot an earlier stage read as a description ("the group"), not a name. */
function descriptionSlot(view: SentenceView, text: string | undefined): boolean {
  const at = text === undefined ? null : /^⟦(\d+)⟧$/.exec(text);
  return at !== null && view.slots[Number(at[1])]?.mention.form === 'description';
}

/** Patterns that read a hyphen compound, where a capital is a place ("the U.N.-supported Tripoli suburbs"). */
const COMPOUNDS: ReadonlySet<RegExp> = new Set([COMPOUND, APPOS_COMPOUND, DEFINITE_COMPOUND]);
/** A deal, talks or an exchange that the help after it brought about: mediation, not support of a side. */
export const MEDIATED = /\b(?:ceasefire|cease-fire|truce|peace|deal|agreement|accord|talks|negotiat\w*|release|exchange|swap|evacuat\w*|mediat\w*|broker\w*|dialogue|reconciliation)\b[^;]{0,60}$/;
/** Words inside a match that deny it ("Armenia is not an ally of", "X has never backed"). */
const NEGATED_INSIDE = /\b(?:not|never|no longer)\b|n't\b/;
/** A speech verb after a name: the name reports, it takes no part ("..., Israeli officials say"). */
const REPORTS_AFTER = /^\)?,?\s*(?:say|says|said|told|tell|claim|claims|claimed|allege|alleges|alleged|report|reports|reported|believe|believes)\b/;

/**
 * Whether the named entity stands in the list only as the subject of a speech verb that follows it. The first item
 * stays: "a coalition backing ⟦X⟧, says it won" ends the apposition, not a list.
 */
function reports(view: SentenceView, text: string | undefined, key: string): boolean {
  if (text === undefined) return false;
  for (const s of [...matchesOf(/⟦(\d+)⟧/g, text)].slice(1)) {
    const slot = view.slots[Number(s[1])];
    if (slot?.entity !== key) continue;
    const at = view.masked.indexOf(s[0]) + s[0].length;
    if (REPORTS_AFTER.test(view.masked.slice(at))) return true;
  }
  return false;
}

/** The entities of a side with the national capitals in it ("Washington", "Kyiv") read as their countries. */
function capitalsAsCountries(ctx: RelationContext, view: SentenceView, text: string | undefined, at: number, keys: string[]): string[] {
  if (text === undefined || !text.includes('⟦')) return keys;
  const capitals = entitiesOf(ctx, view, text, at, isCapital).map((k) => capitalAsCountry(ctx, k));
  return capitals.length === 0 ? keys : [...new Set([...keys, ...capitals])];
}

/** How the supported side must be classed: any class when a group noun follows it ("the ⟦Victory⟧ bloc"). */
function xFits(view: SentenceView, m: RegExpMatchArray): (x: Classed) => boolean {
  const end = m.indices?.groups?.['x']?.[1];
  return end !== undefined && GROUP_AFTER.test(view.masked.slice(end)) ? anyClass : isActor;
}

/**
 * The sides that the words of a match do not name but point at: the country of a demonym ("Russian money"), the
 * body a definite description stands for ("The fund has provided"), the subject of the sentence ("X's junta ... and
 * turned to Y") or of the one before ("It is supplied ... by Y"; "Several of its factions receive ...").
 */
function impliedSides(rx: RegExp, m: RegExpMatchArray, view: SentenceView, ctx: RelationContext): { supporters?: string[]; supported?: string[] } {
  const g = m.groups ?? {};
  const one = (key: string | undefined): string[] => (key ? [key] : []);
  if (rx === MONEY_TO || (rx === NOMINAL_SUPPORT && g['dem'] !== undefined)) return { supporters: one(countryOf(ctx, g['dem'] ?? '')) };
  if (rx === DESCRIBED_PROVIDES) return { supporters: one(describedBody(ctx, view, m.index ?? 0, g['head'] ?? '')) };
  if (rx === AND_TURNED_TO) return { supported: one(sentenceSubject(ctx, view)) };
  if (g['own'] !== undefined) {
    const subject = previousSubject(ctx, view);
    return { supported: one(subject === undefined ? antecedent(ctx, view, groupStart(m, 'own'), isBody) : subject ?? undefined) };
  }
  // "backed the junta in Mali": the country whose rulers they are
  if (g['xin'] !== undefined) return { supported: entitiesOf(ctx, view, g['xin'], groupStart(m, 'xin'), (e) => isBody(e) || isCapital(e)) };
  const x = g['x'];
  if (x !== undefined && OPENING_PRONOUN.test(view.masked.slice(0, groupStart(m, 'x')) + x)) {
    // a previous sentence that opens on a subject no name resolves leaves the pronoun unresolved, not guessed
    const subject = previousSubject(ctx, view);
    if (subject !== undefined) return { supported: one(subject ?? undefined) };
  }
  return {};
}

/** Every support a sentence states. */
function supportsIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  // every form names at least one side; a sentence without a name states none
  if (view.slots.length === 0) return out;
  const masked = view.masked;
  demonymSupports(view, ctx, out);
  for (const r of RULES) {
    if (!r.guard.test(masked)) continue;
    for (const m of matchesOf(r.rx, masked)) {
      const v = groupStart(m, 'v');
      if (r.verbal && deniedOrHypothetical(masked, v, r.window ?? 8)) continue;
      // "sanctions on Iran for supplying drones", "warned China against providing weapons": a charge, not a fact
      // (a designation's stated grounds, "designated for enabling X", are the designator's finding and stay)
      if (r.rx !== ENABLING && ACCUSED.test(masked.slice(0, v)) && /ing$/.test(m.groups?.['v'] ?? '')) continue;
      // in "A works with B and C to support D" the supporter is A, not the partners named last
      if (r.rx === TO_SUPPORT && WITH_BEFORE.test(masked.slice(0, m.index))) continue;
      const g = m.groups ?? {};
      const d = g['d'];
      // the description must be the named one's own head ("a rival group backed by"), not a noun inside a phrase
      // ("the leader of a militia backed by")
      if (r.described && !ownHead(r.rx, g['d'])) continue;
      // "the U.N.-backed mission" right after a name is that name's apposition, read by APPOS_COMPOUND
      if (r.rx === DEFINITE_COMPOUND && AFTER_NAME.test(masked.slice(0, m.index))) continue;
      if (r.nominal && CESSATION.test(masked.slice(0, m.index))) continue;
      if (r.rx === WITH_SUPPORT && MEDIATED.test(masked.slice(0, v))) continue;
      if (r.verbal && NEGATED_INSIDE.test(m[0])) continue;
      const byName = ['by', 'by2', 'by3'].find((k) => g[k] !== undefined);
      const byText = byName ? g[byName] : r.rx === PROCEEDS ? seller(view, m.index ?? 0) : undefined;
      const byAt = byName ? groupStart(m, byName) : 0;
      const xName = ['x', 'x2', 'x3'].find((k) => g[k] !== undefined) ?? 'x';
      const xText = g[xName];
      const xAt = groupStart(m, xName);
      if (r.rx === SUPPLIED_WITH && !GOODS_WORD.test(g['goods'] ?? '')) continue;
      let supporters = entitiesOf(ctx, view, byText, byAt, r.rx === APPOS_ACTIVE ? anyClass : PERSONS_BACK.has(r.rx) ? isActor : isBody);
      let supported: string[];
      if (r.rx === DEFINITE_COMPOUND) {
        const key = describedBody(ctx, view, m.index ?? 0, d ?? '');
        supported = key ? [key] : [];
      } else supported = entitiesOf(ctx, view, xText, xAt, r.described && r.rx !== APPOS_ACTIVE ? anyClass : xFits(view, m));
      const implied = impliedSides(r.rx, m, view, ctx);
      supporters = implied.supporters ?? supporters;
      supported = implied.supported ?? supported;
      // "Washington is Kyiv's biggest backer": a national capital stands for its country
      // (not in a compound: "the U.N.-supported Tripoli suburbs" names a place)
      if (!COMPOUNDS.has(r.rx)) {
        supporters = capitalsAsCountries(ctx, view, byText, byAt, supporters);
        supported = capitalsAsCountries(ctx, view, xText, xAt, supported);
      }
      // "Qatar has long funded Hamas, Israeli officials say": the list ends before the ones who report it
      supported = supported.filter((k) => !reports(view, xText, k));
      // "His position is backed by X" opening a sentence: the person the sentence before is about
      if (g['his'] !== undefined) {
        const person = previousPerson(ctx, view);
        supported = person ? [person] : [];
      }
      // selling fuel to a country is trade; to an armed group or a body it is support
      if (r.rx === SHIPS && !MILITARY_GOODS.test(g['goods'] ?? '')) supported = supported.filter((k) => ctx.doc.entities.get(k)?.cls !== 'Country');
      // a proxy of a state is backed by it; a proxy of another organization is its affiliate (the affiliation family's)
      if (r.rx === PROXY) supporters = supporters.filter((k) => STATES.has(ctx.doc.entities.get(k)?.cls ?? 'Person'));
      // "X, which supplies the group with weapons": "the group" is someone X deals with, not X itself
      // ("Y traffics cocaine for X, which supplies the group with weapons": the group is Y, the sentence's subject)
      if (supporters.length === 1 && supported.length === 1 && supported[0] === supporters[0] && (isPronoun(xText) || descriptionSlot(view, xText))) {
        const subject = view.slots.find((sl) => isBody(sl) && sl.entity !== supporters[0] && view.masked.indexOf(`⟦${sl.index}⟧`) < (m.index ?? 0));
        const other = subject?.entity ?? (isPronoun(xText) ? ctx.lastOrganization : undefined);
        supported = other ? [other] : [];
      }
      const when = sinceTime(ctx.doc, view, m);
      for (const supporter of supporters) {
        for (const s of supported) {
          if (s !== supporter) out.push(candidate('support', { supporter, supported: s }, m, r.rule, r.confidence, when ? { when } : {}));
        }
      }
    }
  }
  return out;
}


/** A name that only says where a body sits: "the Rosario-based gang", "a Dubai-registered firm" ("Iran-made" names a maker). */
const PLACE_MODIFIER = /^-(?:based|registered|headquartered)\b/;

/**
 * A family whose support and alliance sides are never a name that only modifies another ("partnered with the Nairobi-
 * based X" ties no one to Nairobi): a side whose every slot in the sentence is such a modifier is dropped.
 */
export function withoutPlaceModifiers(family: Family): Family {
  return (view: SentenceView, ctx: RelationContext): Candidate[] => {
    const out = family(view, ctx);
    if (out.length === 0 || !view.masked.includes('⟧-')) return out;
    const modifiers = new Set<string>();
    for (const slot of view.slots) {
      const mark = `⟦${slot.index}⟧`;
      if (PLACE_MODIFIER.test(view.masked.slice(view.masked.indexOf(mark) + mark.length))) modifiers.add(slot.entity);
    }
    for (const slot of view.slots) {
      const mark = `⟦${slot.index}⟧`;
      if (!PLACE_MODIFIER.test(view.masked.slice(view.masked.indexOf(mark) + mark.length))) modifiers.delete(slot.entity);
    }
    if (modifiers.size === 0) return out;
    return out.filter((c) => (c.kind !== 'support' && c.kind !== 'alliance') || !Object.values(c.args).some((k) => modifiers.has(k)));
  };
}

/** The supports a sentence states, read also with each aside between a side and its verb left out. */
export const extractSupports: Family = withoutPlaceModifiers(withMemberOwners(acrossAsides(supportsIn)));
