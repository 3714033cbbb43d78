// Support read from its trigger word, with the two sides taken by clause structure (clauseSides.ts) rather than
// next to the trigger: "X, which ... since 2019, is armed and financed by A and B"; "It funds A and B".

import { entitiesOf, type RelationContext } from './relationContext.js';
import { candidate, deniedOrHypothetical, groupStart, isActor, isBody, pattern, sinceTime, type Candidate, type Family, type ShapedTrigger } from './patterns.js';
import type { SentenceView } from './sentenceView.js';
import { clauseObject, clauseSubject, predicateSubject, type Accept } from './clauseSides.js';
import { countryOf, MEDIATED, withoutPlaceModifiers } from './supports.js';
import { capitalAsCountry, isCapital } from './capitalCountry.js';
import { sentenceSubject } from './clauseSubject.js';
import { matchesOf } from '../matchesOf.js';
import { namedHeadSubject, withMemberOwners } from './memberSides.js';
import { referenceAt } from '../entities/references.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/**
 * How a trigger's sides are read. "active": the clause's subject supports what follows ("X arms Y"); "passive":
 * what follows supports the subject ("Y is armed by X", "Y relies on X for"); "nominal": the subject of a predicate
 * or the name an apposition follows supports what follows ("X, a key sponsor of Y"); "possessive": the same subject
 * supports the possessor ("X, Y's main backer"); "adverbial": what follows supports the subject of the verb the
 * phrase hangs on ("Y, with the backing of X, retook", "Y operates under the protection of X"); "on-behalf": the
 * subject of that verb supports what follows ("X's troops were operating in support of Y").
 */
type Shape = 'active' | 'passive' | 'nominal' | 'possessive' | 'adverbial' | 'on-behalf';

interface Trigger extends ShapedTrigger<Shape> {
  /** A word the sentence must hold before the guard is tried, where the guard itself is slow to fail. */
  needs?: string;
  /** What the clause must say after the trigger's object ("for help", "with weapons"). */
  after?: RegExp;
}

/** What one side gives another when it supports it. */
const GOODS =
  'weapons|arms|drones|missiles|rockets|explosives|ammunition|munitions|rifles|firearms|guns|artillery|tanks|jets|aircraft|equipment|materiel|training|funding|funds|money|cash|financing|support|assistance|aid|intelligence|advisers|advisors|instructors|mercenaries';
const GOODS_LIST = `(?:[\\w$,.'-]+ ){0,6}?(?:${GOODS})(?:,? (?:and|or) (?:[\\w-]+ ){0,2}?(?:${GOODS}))*`;
/** Past forms that say goods came from someone: "weapons supplied by Y", "money raised by supporters abroad". */
const SUPPLIED = alternation(formsOf(loadVerbClass('support-supply'), 'participle'));
/** What one side moves, buys or raises for another ("fuel, vehicles and ammunition for Y"); no aid, which anyone may carry. */
const LOGISTICS =
  'weapons|arms|drones|missiles|rockets|explosives|ammunition|munitions|rifles|firearms|guns|equipment|materiel|fuel|vehicles|motorcycles|trucks|components|parts|spare parts|supplies|recruits|fighters|mercenaries|personnel|money|cash|funds|revenue|financing|gold|oil|petroleum|dollars';
const LOGISTICS_LIST = `(?:[\\w$,.'-]+ ){0,6}?(?:${LOGISTICS})(?:,? (?:and|or) (?:[\\w-]+ ){0,2}?(?:${LOGISTICS}))*`;
/** The support class (lexicons/relations/verbs/support.json): its verbs' forms and its nouns feed every shape below. */
const SUPPORT = loadVerbClass('support');
const FINITE = alternation(formsOf(SUPPORT, 'third'));
const PAST = alternation(formsOf(SUPPORT, 'past', 'participle'));
const ING = alternation(formsOf(SUPPORT, 'ing'));
const BASE = alternation(formsOf(SUPPORT, 'base'));
const ADJ =
  '(?:(?:main|chief|key|principal|biggest|largest|staunchest|staunch|major|leading|only|last|top|most important|foremost|longtime|long-time|primary|traditional|powerful|military|financial|political|regional|foreign) )';
const BACKER = `(?:${alternation(SUPPORT.agentNouns)})`;

/** What one side's help is called after "with ... from Y": the help itself or goods that arm and pay for the other. */
const WITH_NOUN = '(?:backing|support|help|assistance|aid|protection|funding|financing|training|weapons|arms|money|cash|equipment)';
const WITH_GOODS = `${WITH_NOUN}(?:(?:,| and|, and|,? or) (?:(?:military|financial) )?${WITH_NOUN})*`;

const TRIGGERS: readonly Trigger[] = [
  {
    // "X is armed and financed by A and B"; "X, which has long been funded by A"
    rx: new RegExp(
      `\\b(?<v>${PAST})(?:(?:,| and| or|, and) (?:${PAST}))* (?:(?:militarily|financially|politically|largely|mainly|chiefly|heavily|partly|directly|openly|primarily|jointly|reportedly) )?by `,
      'gd',
    ),
    rule: 'support:clause-passive',
    shape: 'passive',
    confidence: 0.75,
    guard: new RegExp(`(?:${PAST}) (?:\\w+ )?by `),
  },
  {
    // "X arms Y"; "X has armed and trained Y since 2020"; "X continues to back Y"; "X is arming Y"
    rx: new RegExp(
      `(?<!-)\\b(?<v>${FINITE}|${PAST}|${BASE}|${ING})(?:(?:,| and| or|, and) (?:${FINITE}|${PAST}|${BASE}|${ING}))* (?!(?:by|with|in|on|at|for|from|to|against|as|through|into)\\b)`,
      'gd',
    ),
    rule: 'support:clause-active',
    shape: 'active',
    confidence: 0.7,
    guard: new RegExp(`\\b(?:${FINITE}|${PAST}|${BASE}|${ING})\\b`),
  },
  {
    // "X has supplied explosives and training to the smaller Y"
    rx: new RegExp(
      `\\b(?<v>suppl(?:ies|ied|y|ying)|provid(?:es|ed|e|ing)|gives|gave|give|giving|sends|sent|send|sending|delivers|delivered|deliver|ships|shipped|sold|sells|transfer(?:s|red)?|extends|extended|offers|offered) ${GOODS_LIST} to `,
      'gd',
    ),
    rule: 'support:clause-supplies',
    shape: 'active',
    confidence: 0.7,
    guard: /\b(?:suppl|provid|give|gave|send|sent|deliver|ship|sold|sell|transfer|extend|offer)\w* [^;]*\bto /,
  },
  {
    // "A and B are listed for supplying fuel, motorcycles and phone credit to Y": goods that keep an armed body going
    // (not to a country, where fuel and vehicles are trade; see the filter below)
    rx: new RegExp(`\\b(?<v>suppl(?:ies|ied|y|ying)|provid(?:es|ed|e|ing)|deliver(?:s|ed|ing)?|sells|sold|selling) ${LOGISTICS_LIST}(?:,? (?:and |or )?[\\w-]+(?: [\\w-]+){0,2})? to `, 'gd'),
    rule: 'support:clause-supplies-logistics',
    shape: 'active',
    confidence: 0.65,
    guard: /\b(?:suppl|provid|deliver|sold|sell)\w* [^;]*\b(?:fuel|vehicles|trucks|components|parts|supplies|motorcycles|recruits|equipment)\b[^;]* to /,
  },
  {
    // "X continues to supply the gang with weapons and cash"
    rx: /\b(?<v>suppl(?:ies|ied|y|ying)|provid(?:es|ed|e|ing)|furnish(?:es|ed)?|equip(?:s|ped|ping)?|arm(?:s|ed|ing)?) (?!with\b)/dg,
    rule: 'support:clause-supplies-with',
    shape: 'active',
    confidence: 0.7,
    guard: / with /,
    after: new RegExp(`^[^;:]{0,80}? with ${GOODS_LIST}\\b`),
  },
  {
    // "X has been the main backer of Y"; "X, a key sponsor of Y"
    // (the determiner and adjectives before the trigger are read by `LEAD`, so the search starts on the noun)
    rx: new RegExp(`\\b(?<v>${BACKER})s? of `, 'gd'),
    rule: 'support:clause-nominal',
    shape: 'nominal',
    confidence: 0.7,
    guard: new RegExp(`${BACKER}s? of `),
  },
  {
    // "Algiers, the Polisario's main backer"; "Washington is Kyiv's biggest backer"
    rx: new RegExp(`\\b(?<v>${BACKER})s?\\b(?! of)`, 'gd'),
    rule: 'support:clause-possessive',
    shape: 'possessive',
    confidence: 0.7,
    guard: new RegExp(`'s? [^⟦]*${BACKER}`),
  },
  {
    // "The EU reiterated its full support to X"; "expressed its support for the government and Y"
    rx: /\b(?<v>reiterat\w*|reaffirm\w*|express\w*|pledg\w*|voic\w*|declar\w*|renew\w*|confirm\w*|offer\w*|extend\w*|underlin\w*|stress\w*|announc\w*) (?:its|their|his|her) (?:(?:full|unwavering|continued|continuing|strong|firm|steadfast|total|unconditional|solid) )?(?:(?:political|military|financial|diplomatic) )?(?:support|backing) (?:for|to) /dg,
    rule: 'support:clause-stance',
    shape: 'active',
    confidence: 0.65,
    guard: /(?:its|their|his|her) (?:\w+ ){0,2}(?:support|backing) (?:for|to) /,
  },
  {
    // "X has turned to Y for military help"
    rx: /\b(?<v>turned|turns|turning|looked|looks|looking|reached out) (?:(?:instead|increasingly|also) )?to /dg,
    rule: 'support:clause-turned-to',
    shape: 'passive',
    confidence: 0.65,
    guard: /(?:turn|look|reached out)\w* (?:\w+ )?to [^;]* for /,
    after: /^[^;:]{0,60}? (?:instead )?for (?:[a-z]+ ){0,2}(?:help|support|assistance|aid|backing|weapons|arms|protection|security|funding|money|loans|training)\b/,
  },
  {
    // "X relies on Y for weapons"
    rx: /\b(?<v>relie[sd]|rely|relying|depends?|depended|depending) (?:(?:heavily|largely|increasingly|mainly|chiefly|entirely) )?on /dg,
    rule: 'support:clause-relies-on',
    shape: 'passive',
    confidence: 0.65,
    guard: /(?:relie|rely|relying|depend)\w* (?:\w+ )?on /,
  },
  {
    // "X has relied heavily on armed drones supplied by A, B and C"; "X fired missiles provided by Y"
    rx: new RegExp(
      `\\b(?<v>relie[sd]|rely|relying|depends?|depended|used|uses|using|fired|fires|flew|flies|operates|operated|deployed|deploys|received|receives)(?: (?:heavily|largely|increasingly|mainly|chiefly))?(?: on)? ${GOODS_LIST} (?:${SUPPLIED}) by `,
      'gd',
    ),
    rule: 'support:clause-used-supplied',
    shape: 'passive',
    confidence: 0.65,
    guard: new RegExp(`(?:${SUPPLIED}) by `),
  },
  {
    // "X, which ..., receives weapons, training and funding from Y"
    rx: new RegExp(`\\b(?<v>receives?|received|receiving|gets|got|obtains?|obtained) ${GOODS_LIST} from `, 'gd'),
    rule: 'support:clause-receives',
    shape: 'passive',
    confidence: 0.7,
    guard: /(?:receiv|gets|got|obtain)\w* [^;]* from /,
  },
  {
    // "X, whose payments help fund Y"; "money that helped arm Y": a helping verb before a bare support verb
    rx: new RegExp(`\\b(?<v>help(?:s|ed|ing)?) (?:to )?(?:${BASE}) (?!(?:by|with|in|on|at|for|from|to|against|as|through|into)\\b)`, 'gd'),
    rule: 'support:clause-helps-fund',
    shape: 'active',
    confidence: 0.65,
    guard: new RegExp(`\\bhelp\\w* (?:to )?(?:${BASE})\\b`),
  },
  {
    // "X has helped the Y acquire drone parts": helping someone get what it fights with
    rx: /\b(?<v>help(?:s|ed|ing)?|assist(?:s|ed|ing)?|enabl(?:es|ed|ing)) (?=(?:the )?⟦)/dg,
    rule: 'support:clause-helped-acquire',
    shape: 'active',
    confidence: 0.65,
    guard: /\b(?:help|assist|enabl)\w* (?:the )?⟦\d+⟧[^;]{0,60}? (?:to )?(?:acquire|obtain|procure|buy|purchase|import|smuggle|source|finance|fund|arm|launder|evade)/,
    after: new RegExp(`^(?:the )?⟦\\d+⟧(?: \\([^()]{1,40}\\))? (?:to )?(?:acquire|obtain|procure|buy|purchase|import|smuggle|source|finance|fund|arm|launder|evade)\\b`),
  },
  {
    // "X, which moves fuel, vehicles and ammunition for Y"; "a network that raises money for Y" (smuggling "for" a
    // buyer is trade, not support: the round 4 spec keeps "smuggles fuel for the cartel" out)
    rx: new RegExp(
      `\\b(?<v>mov(?:e|es|ed|ing)|transport(?:s|ed|ing)?|ship(?:s|ped|ping)?|carr(?:y|ies|ied|ying)|ferr(?:y|ies|ied|ying)|procur(?:e|es|ed|ing)|buy(?:s|ing)?|bought|launder(?:s|ed|ing)?|rais(?:e|es|ed|ing)|collect(?:s|ed|ing)?|manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)) ${LOGISTICS_LIST} for `,
      'gd',
    ),
    rule: 'support:clause-moves-for',
    shape: 'active',
    confidence: 0.65,
    needs: ' for ',
    guard: /\b(?:mov|transport|ship|carr|ferr|procur|buy|bought|launder|rais|collect|manufactur|produc)\w* [^;]* for /,
  },
  {
    // "X sent troops to help Y"; "X deployed special forces to prop up Y"
    rx: /\b(?<v>sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|kept|keeps|keeping|station(?:s|ed|ing)?|maintain(?:s|ed|ing)?) (?:(?:[\w-]+|⟦\d+⟧) ){0,4}?(?:troops|soldiers|forces|fighters|mercenaries|advis[eo]rs|instructors|personnel|contingents?|units|jets|warplanes|drones|weapons|arms|⟦\d+⟧) (?:(?:[^;,⟦]|⟦\d+⟧){0,40} )?to (?:help|support|back|assist|bolster|prop up|reinforce|shore up|aid|defend|protect|fight for|fight alongside) (?!(?:fight|combat|defeat|battle|counter|attack|repel|push|retake|recapture|clear|drive|expel|hunt|track|crush|destroy|root|contain|evacuate|rescue)\b)/dg,
    rule: 'support:clause-sent-to-help',
    shape: 'active',
    confidence: 0.65,
    guard: /\b(?:sen[dt]|deploy|dispatch|kept|keep|station|maintain)\w* [^;]*to (?:help|support|back|assist|bolster|prop|reinforce|shore|aid|defend|protect|fight)/,
  },
  {
    // "the army, with the backing of X, retook the town"
    // "a network that operated with funding from Y"; "founded with training and weapons from Y"
    rx: new RegExp(`\\bwith (?:the )?(?:(?:full|active|tacit|military|financial|political|strong|direct) ){0,2}(?<v>${WITH_GOODS}) (?:of|from) `, 'dg'),
    rule: 'support:clause-with-backing',
    shape: 'adverbial',
    confidence: 0.6,
    guard: /with (?:[\w,]+ ){0,5}?(?:backing|support|help|assistance|aid|protection|funding|financing|training|weapons|arms|money|cash|equipment) (?:of|from) /,
  },
  {
    // "the troops had been deployed at the request of Z and were operating in support of Y"
    rx: /\b(?:operat\w*|deploy\w*|fought|fight\w*|act\w*|intervened|intervening|stationed|sent|serv\w*|work\w*) (?:(?:[a-z]+ ){0,3}?)(?<v>in support of) /dg,
    rule: 'support:clause-in-support-of',
    shape: 'on-behalf',
    confidence: 0.6,
    guard: /in support of /,
  },
  {
    // "X is on the payroll of Y"
    rx: /\bon the (?<v>payroll) of /dg,
    rule: 'support:clause-payroll',
    shape: 'adverbial',
    confidence: 0.6,
    guard: /on the payroll of /,
  },
  {
    // "where it enjoyed the protection of Y"; "X has long enjoyed the backing of Y": Y protects or backs the subject
    rx: /\b(?<v>enjoy(?:s|ed|ing)?) (?:the )?(?:(?:full|tacit|open|strong|active|firm|continued|military|political|financial|diplomatic) ){0,2}(?:protection|backing|support|patronage|sponsorship|sanctuary) of /dg,
    rule: 'support:clause-enjoyed',
    shape: 'passive',
    confidence: 0.6,
    guard: /enjoy\w* (?:[a-z]+ ){0,3}?(?:protection|backing|support|patronage|sponsorship|sanctuary) of /,
  },
  {
    // "X operates under the protection of Y"
    rx: /\bunder the (?:(?:direct|military|political) )?(?<v>protection|patronage|sponsorship|tutelage) of /dg,
    rule: 'support:clause-protection',
    shape: 'adverbial',
    confidence: 0.6,
    guard: /under the (?:\w+ )?(?:protection|patronage|sponsorship|tutelage) of /,
  },
];

/** The words that lead a nominal trigger's noun phrase: a determiner and adjectives, or a possessor and adjectives. */
export interface Leads {
  plain: RegExp;
  possessor: RegExp;
}

/** The lead patterns for a family's adjectives ("main", "closest"), compiled once by the module that uses them. */
export function leadPatterns(adjective: string): Leads {
  return {
    plain: new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) )?${adjective}{0,3}$`),
    possessor: new RegExp(`(?:\\b[Tt]he )?(⟦\\d+⟧)'s? ${adjective}{0,3}$`),
  };
}
const LEADS = leadPatterns(ADJ);

/**
 * A nominal or possessive match widened back over its noun phrase's determiner, adjectives and possessor, so that
 * its index is where the noun phrase starts; null for a possessive trigger no possessor leads ("the Polisario's main").
 */
export function withLead(m: RegExpMatchArray, masked: string, leads: Leads, possessive: boolean): RegExpMatchArray | null {
  const at = m.index ?? 0;
  const from = Math.max(0, at - 90);
  const lead = (possessive ? leads.possessor : leads.plain).exec(masked.slice(from, at));
  if (!lead) return null;
  const start = from + lead.index;
  const widened = Object.assign([masked.slice(start, at + m[0].length)], { index: start, indices: m.indices, groups: { ...m.groups } });
  if (possessive) widened.groups['poss'] = lead[1]!;
  return widened as unknown as RegExpMatchArray;
}

/** "was reorganised under Turkish sponsorship": the country of a demonym protects the subject. */
const UNDER_DEMONYM = /\bunder (?<dem>[A-Z][\w.]+) (?:(?:military|political) )?(?<v>protection|patronage|sponsorship|tutelage)\b/dg;
/** "operates under X's protection", "is on X's payroll": the possessor supports the subject of the verb. */
const UNDER_POSSESSOR = /\b(?:under|on) (?:the )?(?<by>⟦\d+⟧)'s? (?:(?:direct|military|political|effective|secret) )?(?<v>protection|patronage|sponsorship|tutelage|payroll)\b/dg;
/** "set up with U.S. funding and training", "fought with Rwanda's backing": a country's or body's help the subject had. */
const WITH_OWNER = new RegExp(
  `\\bwith (?:the )?(?:(?<by>⟦\\d+⟧)(?:'s?)?|(?<dem>[A-Z][\\w.]+)) (?:(?:military|financial|political|logistical|direct|covert) )?(?<v>${WITH_GOODS})\\b(?! (?:of|from|to|for)\\b)`,
  'dg',
);
/**
 * An object relative: "X, a militia that Y armed and paid to fight"; "the Janjaweed, the militias that the government
 * armed". The antecedent is the name the relative follows, or the name a group-noun apposition before it describes.
 */
const OBJECT_RELATIVE = new RegExp(
  `(?<x>⟦\\d+⟧)(?: \\([^()]{1,40}\\))?(?:, (?:an?|the) [^;,⟦]{0,60}?\\b(?:militias?|groups?|factions?|forces?|movements?|networks?|gangs?|brigades?|units?|rebels|fighters|organi[sz]ations?|part(?:y|ies)|compan(?:y|ies))(?: (?:led|headed|run|commanded|founded) by (?:[a-z]+ ){0,2}⟦\\d+⟧)?)?,? (?:that|which|whom) (?:the )?(?<by>⟦\\d+⟧)(?: of (?:[a-z]+ ){0,3}⟦\\d+⟧)? (?:(?:has|have|had|also|long|reportedly|allegedly|secretly|once|later|then) )*(?<v>${PAST})(?:(?:,| and|, and) [a-z]+)*(?= to |,| in | for | during | since |;|\\.|$)`,
  'dg',
);

/** Words before a participle that make it an adjective or a passive, not the verb of an active clause. */
const ATTRIBUTIVE_BEFORE =
  /(?:\b(?:a|an|the|its|their|his|her|is|are|was|were|be|been|being|well|heavily|lightly|poorly|newly|foreign|state|U\.S\.|-)|[-⟧])\s*$/;
/** What stands before a past form that is the verb of its clause ("X armed", "which has long backed", "recruited and trained"). */
const FINITE_BEFORE = /(?:⟧(?: \([^()]{1,40}\))?|\b(?:[Ii]t|[Tt]hey|which|who|that|has|have|had|also|long|reportedly|openly|allegedly|secretly|once|later|then|and|or)|,)\s*$/;
/** A charge or a denial whose object the trigger is ("accused X of arming", "denied arming"). */
const CHARGED = /\b(?:accus\w*|charg\w*|blam\w*|suspect\w*|alleg\w*|denie[sd]|deny\w*)\b[^;]{0,80}$/;

/** A relative clause right after a list of places a noun is "in": its antecedent is that noun, which no slot names. */
const LOCATIVE_RELATIVE =
  /\b(?:in|from|across|based in) (?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?(?:(?:,| and|, and) (?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?)* (?:that|which|who) (?:(?:has|have|had|also|reportedly|allegedly) )*$/;

/** A tie that is over: "was once allied with", "formerly backed". */
export const FORMER = /\b(?:once|formerly|previously|used to|no longer|until recently)\b/;
const GERUND_AFTER = /\b(?:against|of|for|from|about|over|without|by|on)\s+$/;
/** Goods that arm whoever gets them, country or not. */
const MILITARY = /\b(?:weapons|arms|drones|missiles|rockets|explosives|ammunition|munitions|rifles|firearms|guns|materiel|fighters|mercenaries)\b/;
/** The grounds of a listing or a designation: "are listed for supplying", "was sanctioned for providing". */
const GROUNDS = /\b(?:listed|designated|sanctioned|targeted|added|included)\b[^;]{0,40}\bfor\s+$/;

/** The last few words of the clause before masked offset `at`. */
export function clauseWords(masked: string, at: number, words = 5): string {
  const before = masked.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return before.slice(cut + 1).trim().split(/\s+/).slice(-words).join(' ');
}

/** A relative clause's verb and the place or time phrase after it, right before an adverbial phrase. */
const RELATIVE_VERB =
  /\b(?:that|which|who) (?:(?:has|have|had|is|are|was|were|been|now|also|still|long)\s+)*([a-z][\w-]*(?: (?:in|on|at|near|across|from|inside|throughout|along|for|since|during) (?:the )?(?:[a-z-]+ ){0,2}(?:[a-z-]+|⟦\d+⟧))?)\s+$/;

/** The offset of the verb (with its auxiliaries) an adverbial phrase at `at` hangs on: "was reorganised under". */
function verbBefore(masked: string, at: number): number {
  // "a network that operated in the north with": the relative's verb, past the place phrase after it
  const from = Math.max(0, at - 120);
  const relative = RELATIVE_VERB.exec(masked.slice(from, at));
  if (relative) return from + relative.index + relative[0].indexOf(relative[1]!);
  const m = /(?:(?:has|have|had|is|are|was|were|been|being|now|also|still)\s+)*[a-z][\w-]*(?:\s+(?:up|out|off|down))?\s+$/.exec(masked.slice(0, at));
  return m ? m.index : at;
}

/** The subject an adverbial phrase at `at` belongs to: through a comma aside ("Y, with the backing of X, retook"). */
function adverbialSubject(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] {
  const before = view.masked.slice(0, at);
  // "Founded in 2009 with weapons from Y, the ⟦X⟧ ...": an opening participle's phrase describes the subject after it
  if (OPENING_PARTICIPLE.test(before)) {
    const after = MAIN_SUBJECT.exec(view.masked.slice(at));
    const slot = after ? view.slots[Number(after[1])] : undefined;
    const e = slot ? ctx.doc.entities.get(slot.entity) : undefined;
    return e && accept(e) ? [e.key] : [];
  }
  if (/,\s*$/.test(before)) return clauseSubject(view, at, ctx, accept);
  return clauseSubject(view, verbBefore(view.masked, at), ctx, accept);
}

/** A sentence that opens on a participle's phrase ("Founded in 2009 with ..."), with no comma yet. */
const OPENING_PARTICIPLE = /^\W*(?:[A-Z][a-z]+(?:ed|en|t)|Set up|Built|Formed|Created|Founded)\b[^,;⟦]*(?:⟦\d+⟧[^,;⟦]*)?$/;
/** The subject right after the opening phrase's comma: "..., the ⟦X⟧ is led by". */
const MAIN_SUBJECT = /^[^;]*?, (?:the )?⟦(\d+)⟧(?: \([^()]{1,40}\))? (?!\(|and\b|or\b)/;

/** "the forces of X", "the troops of X": a body's forces stand for the body the support goes to. */
const FORCES_OF = /^\s*(?:the |its |their )?(?:(?:armed|security|regular|national) )?(?:forces|troops|soldiers|units|army|militias|police|fighters|ranks) of /;

/** "X, a trader that ... and whose payments help": the name a "whose" relative (or its apposition) hangs on. */
const WHOSE_OWNER = /(⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:(?:an?|the) [^;]*?\b)?whose (?:[a-z-]+ ){1,3}$/;
/** "X and its allies rely on": a body with its companions, who share its support. */
const WITH_COMPANIONS = /(⟦\d+⟧)(?: \([^()]{1,40}\))? and (?:its|their) (?:[a-z-]+ ){0,2}?(?:allies|fronts|affiliates|proxies|partners|branches|members|units|wings|factions|offshoots|fighters|cells) (?:(?:has|have|had|also|long|largely|heavily|still) )*$/;

const PLACED_OWNER =
  /(⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:an?|the) [^;⟦]*?\b(?:in|from|near|outside) (?:the )?(⟦\d+⟧),? (?:which|that) (?:(?:has|have|had|also|now|still|reportedly) )*$/;
/** "their presence is funded by", "X's bid was backed by": what is backed belongs to its possessor. */
const POSSESSED_SUBJECT =
  /(?:(⟦\d+⟧)'s?|\b([Ii]ts|[Tt]heir)) (?:[a-z-]+ ){0,2}?(?:presence|operations|mission|deployment|activities|salaries|budget|campaign|war effort|programm?e|bid|candidacy|offensive|insurgency|rebellion|rule) (?:[^,;⟦]{0,40} )?(?:is|are|was|were|has been|have been|had been|is being|are being|remains?) (?:(?:also|partly|largely|mainly|heavily|openly|reportedly|long|still) )*$/;

/** The possessor of a passive's subject ("their presence is funded by"), or undefined when the subject is no possession. */
function possessedSubject(view: SentenceView, v: number, ctx: RelationContext): string[] | undefined {
  const m = POSSESSED_SUBJECT.exec(view.masked.slice(0, v));
  if (!m) return undefined;
  if (m[1]) {
    const slot = view.slots[Number(m[1].slice(1, -1))];
    return slot && isActor(slot) ? [slot.entity] : [];
  }
  // a possessive pronoun stands for the body the sentence opens on
  const opening = sentenceSubject(ctx, view);
  return opening ? [opening] : [];
}

/**
 * A relative clause whose subject is a report about its antecedent: "X, which U.N. experts say is backed by Y"; "X,
 * which officials believe has armed Y". The antecedent, not the reporters, is the clause's subject.
 */
const REPORTED_RELATIVE =
  /(⟦\d+⟧)(?: \([^()]{1,40}\))?,? (?:which|who|that) (?:(?:[\w.'-]+|⟦\d+⟧) ){1,4}?(?:say|says|said|believe|believes|believed|claim|claims|claimed|allege|alleges|alleged|suspect|suspects|suspected|think|thinks) (?:(?:is|are|was|were|has|have|had|been|being|also|long|still) )*$/;

/** The listed parties whose grounds a gerund gives: "A and B are listed for supplying" (the whole list). */
const LISTED_SUBJECT = pattern(
  `(?<s>{L}){APPOS} (?:is|are|was|were|has been|have been|had been|is being|are being) (?:also )?(?:listed|designated|sanctioned|targeted|added|included)\\b[^;⟦]{0,40}\\bfor $`,
  'd',
);

/** The subject of a trigger's clause: the clause reader's, or a "whose" owner, or a body named with its companions. */
function ownSubject(view: SentenceView, v: number, ctx: RelationContext): string[] {
  const before = view.masked.slice(0, v);
  const listed = before.endsWith('for ') ? LISTED_SUBJECT.exec(before) : null;
  if (listed) {
    const keys = entitiesOf(ctx, view, listed.groups?.['s'], groupStart(listed, 's'), isActor);
    if (keys.length > 0) return keys;
  }
  const reported = REPORTED_RELATIVE.exec(before.slice(-160));
  const head = reported ? view.slots[Number(reported[1]!.slice(1, -1))] : undefined;
  if (head && isActor(head)) return [head.entity];
  const owner = WHOSE_OWNER.exec(before) ?? WITH_COMPANIONS.exec(before);
  const slot = owner ? view.slots[Number(owner[1]!.slice(1, -1))] : undefined;
  if (slot && isActor(slot)) return [slot.entity];
  const headed = namedHeadSubject(view, v);
  if (headed) return [headed];
  const read = clauseSubject(view, v, ctx, isActor);
  if (read.length > 0) return read;
  // "X, a company based in P, which moves": the relative passes the place to the noun the place qualifies
  const placed = PLACED_OWNER.exec(before);
  const host = placed ? view.slots[Number(placed[1]!.slice(1, -1))] : undefined;
  const place = placed ? view.slots[Number(placed[2]!.slice(1, -1))] : undefined;
  return host && place && isActor(host) && !isActor(place) ? [host.entity] : [];
}

/** A name that only modifies the next one: "backed by the government-allied X militia" is backed by X. */
const NAME_MODIFIER = /^\s*(?:the )?⟦\d+⟧-(?:allied|aligned|led|based|backed|linked|affiliated|trained|funded) (?=(?:[a-z-]+ ){0,2}⟦)/;

/** The length of a name-modifier standing at masked offset `end`, 0 when there is none. */
function modifierLength(masked: string, end: number): number {
  return NAME_MODIFIER.exec(masked.slice(end))?.[0].length ?? 0;
}

/** "arms its fighters", "trains the group's soldiers": the body whose members the object names. */
const MEMBERS_OF_OWNER = /^(?:the )?(?:(⟦\d+⟧)'s?|its|their) (?:[a-z-]+ ){0,2}?(?:(⟦\d+⟧)|(?:fighters|forces|troops|soldiers|militiamen|members|units|ranks|recruits|police|officers)\b)/;
const MEMBERS = /\b(?:fighters|forces|troops|soldiers|militiamen|members|units|ranks|recruits|police|officers)$/;

/** The owner of the members an object names ("its fighters"), or undefined when the object names no one's members. */
function membersOwner(view: SentenceView, end: number, v: number, supporters: string[]): string[] | undefined {
  const m = MEMBERS_OF_OWNER.exec(view.masked.slice(end));
  if (!m) return undefined;
  if (m[2] !== undefined && !MEMBERS.test(view.slots[Number(m[2].slice(1, -1))]?.mention.text ?? '')) return undefined;
  if (m[1] !== undefined) {
    const owner = view.slots[Number(m[1].slice(1, -1))];
    return owner && isBody(owner) ? [owner.entity] : undefined;
  }
  // "its": the last body named before the verb that is not the one who gives
  let owner: string | undefined;
  for (const slot of view.slots) {
    if (view.masked.indexOf(`⟦${slot.index}⟧`) >= v) break;
    if (isBody(slot) && !supporters.includes(slot.entity)) owner = slot.entity;
  }
  return owner === undefined ? undefined : [owner];
}

/** An object that is a person's cause or bid: "backed his push for autonomy" backs him. */
const PERSONAL_CAUSE = /^(?:his|her) (?:[a-z-]+ ){0,2}?(?:push|bid|campaign|claim|candidacy|drive|efforts?|cause|agenda|policies|plans?|rule|presidency|government|movement|party)\b/;

/**
 * The person a possessive pronoun at masked offset `at` stands for: the entities stage's salience reading, else the
 * last person the sentence names before it; none where the reading is a tie.
 */
function personalOwner(view: SentenceView, ctx: RelationContext, at: number): string[] | undefined {
  const read = referenceAt(ctx.doc, view.docOffset(at));
  if (read?.tie) return undefined;
  const e = read?.entity === undefined ? undefined : ctx.doc.entities.get(read.entity);
  if (e) return e.cls === 'Person' ? [e.key] : undefined;
  let person: string | undefined;
  for (const slot of view.slots) {
    if (view.masked.indexOf(`⟦${slot.index}⟧`) >= at) break;
    if (slot.cls === 'Person') person = slot.entity;
  }
  return person === undefined ? undefined : [person];
}

/** The supported of an active trigger: its object, or the body whose forces the object names. */
function activeObject(view: SentenceView, end: number, ctx: RelationContext, v = end, supporters: string[] = []): string[] {
  const owner = membersOwner(view, end, v, supporters);
  if (owner) return owner;
  if (PERSONAL_CAUSE.test(view.masked.slice(end))) return personalOwner(view, ctx, end) ?? [];
  const found = clauseObject(view, end, ctx, isActor);
  if (found.length > 0) return found;
  const forces = FORCES_OF.exec(view.masked.slice(end));
  return forces ? clauseObject(view, end + forces[0].length, ctx, isActor) : [];
}

/** The supporters and the supported a trigger's match names. */
function sides(t: Trigger, m: RegExpMatchArray, view: SentenceView, ctx: RelationContext): [string[], string[]] {
  const v = groupStart(m, 'v');
  const end = (m.index ?? 0) + m[0].length;
  switch (t.shape) {
    case 'active': {
      const supporters = ownSubject(view, v, ctx);
      return [supporters, activeObject(view, end, ctx, v, supporters)];
    }
    case 'passive':
      return [clauseObject(view, end + modifierLength(view.masked, end), ctx, isActor), possessedSubject(view, v, ctx) ?? ownSubject(view, v, ctx)];
    case 'nominal':
      return [predicateSubject(view, m.index ?? 0, ctx, isActor), clauseObject(view, end, ctx, isActor)];
    case 'possessive': {
      const poss = view.slots[Number(/\d+/.exec(m.groups?.['poss'] ?? '')?.[0])];
      return [predicateSubject(view, m.index ?? 0, ctx, isActor), poss && isActor(poss) ? [poss.entity] : []];
    }
    case 'adverbial': {
      // "with funding from Belgrade": a national capital stands for its country
      const by = clauseObject(view, end, ctx, (x) => isActor(x) || isCapital(x)).map((k) => capitalAsCountry(ctx, k));
      return [[...new Set(by)], adverbialSubject(view, m.index ?? 0, ctx, isActor)];
    }
    case 'on-behalf':
      return [adverbialSubject(view, m.index ?? 0, ctx, isActor), clauseObject(view, end, ctx, isActor)];
  }
}

const PAST_WORD = new RegExp(`^(?:${PAST})$`);
const ING_WORD = new RegExp(`^(?:${ING})$`);
const BASE_WORD = new RegExp(`^(?:${BASE})$`);

/** Whether the trigger word stands where it is no verb of its clause ("an armed group", "the Iran-backed militia"). */
function attributive(t: Trigger, m: RegExpMatchArray, masked: string): boolean {
  if (t.rule !== 'support:clause-active') return false;
  const word = m.groups?.['v'] ?? '';
  const before = masked.slice(0, groupStart(m, 'v'));
  // a past form is a verb only after its subject, an auxiliary, a relative pronoun or a coordination
  if (PAST_WORD.test(word)) return ATTRIBUTIVE_BEFORE.test(before) || !FINITE_BEFORE.test(before);
  // "-ing" and base forms read only after an auxiliary or a verb of continuing ("is arming", "continues to back")
  // "remains committed to supporting X" tells a standing policy, not a plan
  if (ING_WORD.test(word)) return !/\b(?:is|are|was|were|been|began|begun|started|continued|continues|keeps|kept|committed to)\s+$/.test(before);
  if (BASE_WORD.test(word)) return !/\b(?:continues?|continued|began|begun|started|keeps|kept) to\s+$/.test(before);
  return false;
}

/** The match stretched over the names of the side read after it, so that a "since 2020" after them dates the fact. */
export function spanThrough(view: SentenceView, m: RegExpMatchArray, keys: string[]): RegExpMatchArray {
  const start = m.index ?? 0;
  let end = start + m[0].length;
  const limit = end + 200;
  for (const slot of view.slots) {
    const mark = `⟦${slot.index}⟧`;
    const at = view.masked.indexOf(mark);
    if (at >= end && at < limit && keys.includes(slot.entity) && !/[;]/.test(view.masked.slice(end, at))) end = at + mark.length;
  }
  // an alias in parentheses right after the last name belongs to it
  const alias = /^ \([^()]{1,40}\)/.exec(view.masked.slice(end));
  if (alias) end += alias[0].length;
  return Object.assign([view.masked.slice(start, end)], { index: start }) as unknown as RegExpMatchArray;
}

/** Every support a sentence's triggers state. */
function supportClausesIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  // a side may come from the sentence before ("It funds X"), so one name is enough
  if (view.slots.length === 0) return out;
  const masked = view.masked;
  for (const t of TRIGGERS) {
    if ((t.needs !== undefined && !masked.includes(t.needs)) || !t.guard.test(masked)) continue;
    t.rx.lastIndex = 0;
    for (const found of matchesOf(t.rx, masked)) {
      const m = t.shape === 'nominal' || t.shape === 'possessive' ? withLead(found, masked, LEADS, t.shape === 'possessive') : found;
      if (!m) continue;
      const v = groupStart(m, 'v');
      if (attributive(t, m, masked)) continue;
      if (deniedOrHypothetical(masked, v, 6) || CHARGED.test(masked.slice(0, v)) || FORMER.test(clauseWords(masked, v))) continue;
      // a gerund after a preposition is a warning's or a charge's object: "warned X against providing"
      // (a listing's stated grounds, "listed for supplying X", are the lister's finding and stay)
      if (/ing$/.test(m.groups?.['v'] ?? '') && GERUND_AFTER.test(masked.slice(0, v)) && !GROUNDS.test(masked.slice(0, v))) continue;
      if (t.after && !t.after.test(masked.slice((m.index ?? 0) + m[0].length))) continue;
      // "agreed a ceasefire with the help of Y": help in making peace or a deal is mediation, not support of a side
      if (t.shape === 'adverbial' && MEDIATED.test(masked.slice(0, m.index ?? 0))) continue;
      // "entities in A, B and C that have helped Y": the relative belongs to the noun the places qualify, not to them
      if (t.shape === 'active' && LOCATIVE_RELATIVE.test(masked.slice(0, v))) continue;
      const [supporters, read] = sides(t, m, view, ctx);
      // fuel or vehicles sold to a country is trade; to an armed body or a group it is support
      const supported = t.rule === 'support:clause-supplies-logistics' && !MILITARY.test(m[0]) ? read.filter((k) => ctx.doc.entities.get(k)?.cls !== 'Country') : read;
      if (supporters.length === 0 || supported.length === 0) continue;
      const span = spanThrough(view, m, t.shape === 'active' || t.shape === 'nominal' ? supported : supporters);
      const when = sinceTime(ctx.doc, view, span);
      for (const supporter of supporters) {
        for (const s of supported) {
          if (s !== supporter) out.push(candidate('support', { supporter, supported: s }, span, t.rule, t.confidence, when ? { when } : {}));
        }
      }
    }
  }
  for (const m of masked.includes('under ') ? matchesOf(UNDER_DEMONYM, masked) : []) {
    const supporter = countryOf(ctx, m.groups?.['dem'] ?? '');
    if (!supporter || deniedOrHypothetical(masked, groupStart(m, 'v'), 6)) continue;
    for (const s of adverbialSubject(view, m.index ?? 0, ctx, isActor)) {
      if (s !== supporter) out.push(candidate('support', { supporter, supported: s }, m, 'support:clause-protection', 0.6));
    }
  }
  for (const m of masked.includes('⟧') && /(?:under|on) (?:the )?⟦/.test(masked) ? matchesOf(UNDER_POSSESSOR, masked) : []) {
    const slot = view.slots[Number(/\d+/.exec(m.groups?.['by'] ?? '')?.[0])];
    if (!slot || !isActor(slot) || deniedOrHypothetical(masked, groupStart(m, 'v'), 6)) continue;
    for (const s of adverbialSubject(view, m.index ?? 0, ctx, isActor)) {
      if (s !== slot.entity) out.push(candidate('support', { supporter: slot.entity, supported: s }, m, 'support:clause-protection', 0.6));
    }
  }
  for (const m of masked.includes('with ') ? matchesOf(WITH_OWNER, masked) : []) {
    const v = groupStart(m, 'v');
    if (deniedOrHypothetical(masked, v, 6) || MEDIATED.test(masked.slice(0, m.index ?? 0))) continue;
    const g = m.groups ?? {};
    const slot = g['by'] === undefined ? undefined : view.slots[Number(/\d+/.exec(g['by'])?.[0])];
    const supporter = slot ? (isActor(slot) || isCapital(slot) ? capitalAsCountry(ctx, slot.entity) : undefined) : countryOf(ctx, g['dem'] ?? '');
    if (supporter === undefined) continue;
    for (const s of adverbialSubject(view, m.index ?? 0, ctx, isActor)) {
      if (s !== supporter) out.push(candidate('support', { supporter, supported: s }, m, 'support:clause-with-backing', 0.6));
    }
  }
  for (const m of / (?:that|which|whom) (?:the )?⟦/.test(masked) ? matchesOf(OBJECT_RELATIVE, masked) : []) {
    const v = groupStart(m, 'v');
    if (deniedOrHypothetical(masked, v, 6) || CHARGED.test(masked.slice(0, v)) || FORMER.test(clauseWords(masked, v))) continue;
    const x = view.slots[Number(/\d+/.exec(m.groups?.['x'] ?? '')?.[0])];
    const by = view.slots[Number(/\d+/.exec(m.groups?.['by'] ?? '')?.[0])];
    if (!x || !by || !isActor(x) || x.cls === 'Person' || !isActor(by) || x.entity === by.entity) continue;
    const when = sinceTime(ctx.doc, view, m);
    out.push(candidate('support', { supporter: by.entity, supported: x.entity }, m, 'support:clause-object-relative', 0.65, when ? { when } : {}));
  }
  return out;
}

/** The supports a sentence states, read from each trigger with its sides taken by clause structure. */
export const extractSupportClauses: Family = withoutPlaceModifiers(withMemberOwners(supportClausesIn));
