// Alliance read from its trigger word, with the two sides taken by clause structure (clauseSides.ts) rather than
// next to the trigger: "X, which was set up in 2016 and is aligned with Y"; "It has since partnered with A and B".

import type { RelationContext } from './relationContext.js';
import {
  candidate,
  deniedOrHypothetical,
  groupStart,
  isActor,
  isBody,
  sinceTime,
  type Candidate,
  type Family,
  type ShapedTrigger,
} from './patterns.js';
import type { EntityClass, When } from '../document.js';
import { timesIn } from '../spans.js';
import { cutView, type SentenceView } from './sentenceView.js';
import { clauseObject, clauseSubject, predicateSubject } from './clauseSides.js';
import { clauseWords, FORMER, leadPatterns, spanThrough, withLead } from './supportClauses.js';
import { sentenceSubject } from './clauseSubject.js';
import { subjectOf } from './clauseArgs.js';
import { matchesOf } from '../matchesOf.js';
import { PEACE_AFTER, withAllianceChecks } from './coalitions.js';
import { namedHeadSubject, withMemberOwners } from './memberSides.js';
import { capitalAsCountry, isCapital } from './capitalCountry.js';
import { countryOf } from './supports.js';
import { alternation, formsOf, loadVerbClass, VERB_FORMS } from './verbClass.js';

/**
 * How a trigger's sides are read. "verbal": the clause's subject and what follows ("X is allied with Y"); "nominal":
 * the subject of a predicate or the name an apposition follows, and what follows ("X, a close ally of Y");
 * "possessive": the same subject and the possessor ("X, long Y's closest ally"); "joint": the members of the subject
 * list, pairwise ("A and B waged a joint offensive"); "relative": the antecedent of "with which" and the sentence's
 * subject ("X leans on Y, with which it signed a pact").
 */
type Shape = 'verbal' | 'nominal' | 'possessive' | 'joint' | 'relative';

interface Trigger extends ShapedTrigger<Shape> {
  /** Whether the clause's time dates the alliance's start ("signed a pact in 2021"); "since" only a time after "since". */
  dated?: boolean | 'since';
  /** Words one of which the sentence must hold before the guard is tried (a plain substring test, cheaper than any regex). */
  needs?: readonly string[];
}

const ADJ =
  '(?:(?:close|closest|key|main|chief|principal|staunch|staunchest|strategic|major|longtime|long-time|traditional|important|most important|loyal|regional|firm|old|oldest|fellow|military|local|foremost|top|biggest|only|last|remaining|steadfast|natural) )';
const LEADS = leadPatterns(ADJ);
/** The adjectives of "its closest ally", without the parentheses of `ADJ`'s own group. */
const ALLY_ADJ = ADJ;
/** The alliance classes (lexicons/relations/verbs/alliance*.json), whose words feed the triggers below. */
const ALLY = loadVerbClass('alliance');
const JOIN = loadVerbClass('alliance-join');
const ALONGSIDE = loadVerbClass('alliance-alongside');
const PACTS = loadVerbClass('alliance-pact');
/** "allied", "aligned": the state of being allied, read before "with" or "to". */
const ALLIED = alternation(formsOf(ALLY, 'participle'));
/** "partnered", "joins forces", "teamed up": taking up a common cause, read before "with". */
const JOINED = alternation(formsOf(JOIN, 'third', 'past', 'ing'));
/** "fought", "operates": acting, which "alongside" makes an alliance. */
const ACTING = alternation(formsOf(ALONGSIDE, ...VERB_FORMS));
/** "signed", "forged": making a pact. */
const MADE = alternation(formsOf(PACTS, 'past'));
const PACT = `(?:${alternation(PACTS.actionNouns)})`;
/** The pacts' nouns with a quote mark allowed between their words ('treaty of "alliance'). */
const PACT_QUOTED = `(?:${alternation(PACTS.actionNouns).replace(/ /g, ' ["“]?')})`;
const AGENT = alternation(ALLY.agentNouns);
/** The head nouns of the pacts ("treaty", "agreement"), for the cheap guards. */
const PACT_HEAD = alternation(PACTS.actionNouns.map((n) => n.split(' ').at(-1) ?? n));

/** A fight two sides wage together: "joined in the offensive by Y". */
const OPERATION = '(?:operations?|attacks?|assaults?|offensives?|raids?|fighting|incursions?|battles?|campaigns?|push|ambush(?:es)?|counter-?offensives?)\\b';

const TRIGGERS: readonly Trigger[] = [
  {
    // "X is allied with Y"; "X, which was set up in 2016 and is aligned with Y"
    rx: new RegExp(`\\b(?<v>${ALLIED}) (?:(?:itself|themselves|closely) )?(?:with|to) `, 'dg'),
    rule: 'alliance:clause-allied',
    shape: 'verbal',
    confidence: 0.75,
    guard: new RegExp(`(?:${ALLIED}) `),
  },
  {
    // "where it has partnered with Y"; "X joined forces with Y"; "X teamed up with Y"
    rx: new RegExp(`\\b(?<v>${JOINED}) with `, 'dg'),
    rule: 'alliance:clause-partnered',
    shape: 'verbal',
    confidence: 0.7,
    needs: [' with '],
    guard: new RegExp(JOINED),
  },
  {
    // "X fought alongside Y"; "X works hand in glove with Y"
    rx: new RegExp(
      `\\b(?<v>${ACTING}) (?:(?:in|near|around|across|inside|on|at|for|during|throughout) (?:(?!against\\b)[^,;]){1,50}? )?(?:(?:side by side|shoulder to shoulder) )?(?:alongside|beside|together with|in concert with|hand in glove with|hand in hand with|side by side with|shoulder to shoulder with|in tandem with)(?:, (?:and|or) [^,;⟦]{1,40},)? `,
      'dg',
    ),
    rule: 'alliance:clause-alongside',
    shape: 'verbal',
    confidence: 0.65,
    needs: ['alongside', 'beside', ' with '],
    guard: /alongside|beside|together with|in concert with|hand in glove|hand in hand|side by side|shoulder to shoulder|in tandem/,
  },
  {
    // "X signed a mutual defence pact with Y in 2021"; "X has formed a loose alliance with Y"
    // (a quoted name of the pact: 'signed a treaty of "alliance and integration" with Y', 'a "strategic partnership"
    // agreement with Y')
    rx: new RegExp(
      `\\b(?<v>${MADE}) (?:a |an |the )?(?:[\\w-]+ ){0,3}?["“]?${PACT_QUOTED}(?:(?: [\\w-]+){1,3}["”]|["”])?(?: (?:agreement|accord|treaty|deal))? with `,
      'dg',
    ),
    rule: 'alliance:clause-pact',
    shape: 'verbal',
    confidence: 0.7,
    needs: [' with '],
    guard: new RegExp(`(?:${PACT_HEAD})["”]?(?: [\\w-]+){0,3}["”]? with `),
    dated: true,
  },
  {
    // "X cooperates closely with Y against Z": close cooperation in fighting (plain or close cooperation is also police
    // work, investigations, talks and aid: "collaborated closely with investigators during the inquiry")
    rx: /\b(?<v>(?:cooperat|collaborat|coordinat)(?:e|es|ed|ing)) (?:(?:very|increasingly) )?(?:closely|tightly|militarily) with (?=[^;.]{0,80}?\b(?:against|to (?:fight|attack|defeat|seize|capture|counter|repel)|in (?:(?:the|their) )?(?:attacks|operations|fighting|fight|war|offensives?|battles?))\b)/dg,
    rule: 'alliance:clause-cooperates-closely',
    shape: 'verbal',
    confidence: 0.6,
    needs: [' with '],
    guard: /(?:closely|tightly|militarily) with /,
  },
  {
    // "X has long cooperated with Y against Z": cooperation against a common enemy, however close
    rx: /\b(?<v>(?:cooperat|collaborat)(?:e|es|ed|ing)) with (?=(?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?(?:(?:,| and|, and) (?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?)* (?:against|to (?:fight|defeat|counter|crush|combat)|in the (?:fight|war|battle|struggle) against)\b)/dg,
    rule: 'alliance:clause-cooperates-against',
    shape: 'verbal',
    confidence: 0.6,
    needs: [' with '],
    guard: /(?:cooperat|collaborat)\w* with [^;]*(?:against|to (?:fight|defeat|counter|crush|combat))/,
  },
  {
    // "The army is hunting the attackers together with Y"; "X raided the camp jointly with Y": fighting beside another
    rx: /\b(?<v>(?:hunt|fight|attack|pursu|track|clear|retak|recaptur|storm|assault|raid|chas|strik|bomb|shell|ambush|battl|push)\w*) (?:(?:the |a |an |their |its )?(?:[a-z-]+ ){0,3}?(?:[a-z-]+|⟦\d+⟧) )?(?:together|jointly|in tandem) with (?=(?:the )?⟦)/dg,
    rule: 'alliance:clause-together-with',
    shape: 'verbal',
    confidence: 0.6,
    needs: [' with '],
    guard: /(?:together|jointly|in tandem) with (?:the )?⟦/,
  },
  {
    // "A and B were joined in Thursday's operation by C"; "A was joined by C in the assault": fighting beside another
    rx: new RegExp(
      `\\b(?<v>joined) (?:(?:in|on|for|during) (?:the |a |an |its |their |this |last |[A-Z][a-z]+day's )?(?:[a-z-]+ ){0,2}?${OPERATION} |(?=by (?:the )?⟦\\d+⟧(?: \\([^()]{1,40}\\))?(?:,[^,;]{0,60},)? (?:in|on|for|during) (?:the |a |an |its |their |this |last |[A-Z][a-z]+day's )?(?:[a-z-]+ ){0,2}?${OPERATION}))by `,
      'dg',
    ),
    rule: 'alliance:clause-joined-by',
    shape: 'verbal',
    confidence: 0.6,
    needs: ['joined '],
    guard: /\bjoined (?:[\w']+ ){0,5}?by /,
  },
  {
    // "X is close to Y"; "X, seen as close to Y": closeness between two bodies (a person close to a body is a follower)
    rx: /(?<=\b(?:is|are|was|were|remains?|remained|has been|have been|has long been|seen as|considered|regarded as|long|politically|ideologically) (?:(?:very|particularly|politically|ideologically|militarily) )?)(?<v>close to) /dg,
    rule: 'alliance:clause-close-to',
    shape: 'nominal',
    confidence: 0.6,
    needs: ['close to '],
    guard: /close to /,
  },
  {
    // "X operates in alliance with Y"
    rx: /\b(?<v>in (?:an? )?(?:(?:close|loose|formal|military|tactical|strategic) )?(?:alliance|coalition|league|partnership)) with /dg,
    rule: 'alliance:clause-in-alliance',
    shape: 'verbal',
    confidence: 0.65,
    guard: /in (?:an? )?(?:\w+ )?(?:alliance|coalition|league|partnership) with /,
  },
  {
    // "X is an ally of Y"; "X, the principal ally in the north of Y"; "X became the main local partner of Y"
    rx: new RegExp(`\\b(?<v>(?:${AGENT})s?|allies)(?: in (?:the )?(?:[a-z]+|⟦\\d+⟧))? of `, 'dg'),
    rule: 'alliance:clause-ally-of',
    shape: 'nominal',
    confidence: 0.7,
    guard: new RegExp(`(?:(?:${AGENT})s?|allies)(?: in (?:the )?\\S+)? of `),
  },
  {
    // "X, long Y's closest ally in the region"; "X became Y's main partner in the fight against Z"
    rx: new RegExp(`\\b(?<v>${AGENT}|allies|partners)\\b(?! of)`, 'dg'),
    rule: 'alliance:clause-possessive',
    shape: 'possessive',
    confidence: 0.7,
    guard: new RegExp(`'s? (?:[a-z-]+ ){0,3}(?:${AGENT}|allies|partners)\\b`),
  },
  {
    // "X has an alliance with Y"; "X maintains a strategic partnership with Y"
    rx: /\b(?<v>(?:has|have|had|having|maintains?|maintained|maintaining|enjoys?|enjoyed|keeps?|kept) (?:an?|its|their) (?:(?:close|closer|formal|informal|loose|longstanding|long-standing|strategic|military|tactical|security|defen[cs]e) ){0,2}(?:alliance|partnership|pact)) with /dg,
    rule: 'alliance:clause-has-alliance',
    shape: 'verbal',
    confidence: 0.65,
    needs: [' with '],
    guard: /(?:alliance|partnership|pact) with /,
  },
  {
    // "X, backed by its ally Y"; "Russia sent troops to help its ally Belarus": the owner of "its" is the clause's subject
    // ("X is fighting the army and its allies, Y": "its" is the army's, which the conjunct pattern of alliances.ts reads)
    rx: new RegExp(`(?<!⟧(?: \\([^()]{1,40}\\))? and )\\b(?:its|their) (?:${ALLY_ADJ}){0,2}(?<v>${AGENT}|allies|partners),? (?=(?:the )?⟦)`, 'dg'),
    rule: 'alliance:clause-its-ally',
    shape: 'verbal',
    confidence: 0.65,
    needs: [' ally', ' allies', ' partner'],
    guard: /\b(?:its|their) (?:[a-z-]+ ){0,2}(?:ally|allies|partners?),? (?:the )?⟦/,
  },
  {
    // "A and B, allies in the fight against C, met": a list that an apposition calls allies
    rx: new RegExp(`(?<list>⟦\\d+⟧(?: \\([^()]{1,40}\\))?(?:(?:,| and|, and) (?:the )?⟦\\d+⟧(?: \\([^()]{1,40}\\))?)+), (?:(?:both|all|long|longtime|long-time|close|staunch|old|firm|traditional|strategic|military) ){0,2}(?<v>allies)\\b(?! of)`, 'dg'),
    rule: 'alliance:clause-list-allies',
    shape: 'joint',
    confidence: 0.65,
    needs: [' allies'],
    guard: /⟧, (?:[a-z-]+ ){0,2}allies\b/,
  },
  {
    // "A and B have waged a joint offensive against C"
    rx: /\b(?<v>waged|launched|conducted|carried out|mounted|began|begun|started|led|run|ran|fought) (?:a |an )?joint (?:military )?(?:offensive|operations?|campaign|patrols?|assault|counter-offensive|counteroffensive)s?\b/dg,
    rule: 'alliance:clause-joint',
    shape: 'joint',
    confidence: 0.65,
    guard: /\bjoint /,
    // a joint offensive dates itself, not the alliance, unless the clause says since when they have fought together
    dated: 'since',
  },
  {
    // "X leans on Y, with which it signed a mutual defence pact"
    rx: new RegExp(
      `(?<ante>⟦\\d+⟧)(?: \\([^()]{1,40}\\))?, with (?:which|whom) (?:it|they|⟦\\d+⟧) (?:(?:has|have|had|also) )?(?<v>${MADE}) (?:a |an |the )?(?:[\\w-]+ ){0,3}?${PACT}`,
      'dg',
    ),
    rule: 'alliance:clause-with-which',
    shape: 'relative',
    confidence: 0.65,
    guard: /with (?:which|whom) /,
    dated: true,
  },
  {
    // "A and the smaller B, headed by Z, signed a pact to coordinate attacks": the members of the subject, pairwise
    rx: new RegExp(`\\b(?<v>${MADE}) (?:a |an |the )?(?:[\\w-]+ ){0,3}?${PACT}\\b(?! with\\b| between\\b| of\\b)`, 'dg'),
    rule: 'alliance:clause-joint-pact',
    shape: 'joint',
    confidence: 0.65,
    guard: new RegExp(`(?:${PACT_HEAD})\\b`),
    dated: true,
  },
  {
    // "A, B and C, whose juntas are allied in the Sahel Alliance"; "A and B are partners in the Y coalition"
    rx: /\b(?:are|were|remain|remained|have been|had been|became|become) (?:(?:closely|formally|now|also|all|both) )?(?<v>allied|aligned|united|partners|allies) (?:in|within|through|under) (?:the )?⟦\d+⟧/dg,
    rule: 'alliance:clause-allied-in',
    shape: 'joint',
    confidence: 0.65,
    guard: /\b(?:allied|aligned|united|partners|allies) (?:in|within|through|under) /,
  },
  {
    // "X counts itself part of the Y axis alongside Z"; "X is a member of the Y coalition together with Z"
    rx: /\b(?<v>(?:(?:is|are|was|were|remains?|remained|became|becomes|counts?|counted|considers?|considered|sees|saw) (?:(?:itself|themselves|now|also|still) )*(?:an? )?)?(?:part|members?|one)) of (?:the |an? )?(?:[^,;]{0,40}?)⟦\d+⟧"?(?: \([^()]{1,40}\))? (?:alongside|together with|along with) /dg,
    rule: 'alliance:clause-part-alongside',
    shape: 'verbal',
    confidence: 0.65,
    guard: /\b(?:alongside|together with|along with) /,
  },
];

/** "the pro-Y group X", "X, a pro-Y militia": a body that declares for another is allied with it. */
const PRO_COMPOUND = /\bpro-(?<a>⟦\d+⟧) (?:[a-z-]+ ){0,3}?(?:groups?|militias?|factions?|movements?|part(?:y|ies)|outfits?|rebels|fighters|forces|gangs?|networks?|organi[sz]ations?|brigades?|battalions?|units?) (?:(?:known as|called|named) )?(?<b>⟦\d+⟧)/dg;
const PRO_APPOSITION = /(?<b>⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:an?|the) (?:[a-z-]+ )?pro-(?<a>⟦\d+⟧) (?:[a-z-]+ ){0,2}?(?:group|militia|faction|movement|party|outfit|gang|network|organi[sz]ation|brigade|battalion|unit)\b/dg;
/** "X (XA), the Y-aligned militia led by Z": an apposition that calls a body aligned with another. */
const ALIGNED_APPOSITION = new RegExp(String.raw`(?<b>⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:an?|the) (?:[a-z-]+ )?(?<a>⟦\d+⟧)-(?:${ALLIED}) (?:[a-z-]+ ){0,2}?(?:groups?|militias?|factions?|movements?|part(?:y|ies)|outfits?|rebels|forces|gangs?|networks?|organi[sz]ations?|brigades?|battalions?|units?)\b`, 'dg');
const ALIGNED_AFTER_NAME = new RegExp(`⟧-(?:${ALLIED})`);
/** "X, an Iranian ally": an apposition that calls a body the ally of the country a demonym names. */
const DEMONYM_ALLY = new RegExp(`(?<b>⟦\\d+⟧)(?: \\([^()]{1,40}\\))?, (?:an?|the) (?:${ADJ}){0,2}(?<dem>[A-Z][\\w.]+) (?:(?:military|security|strategic|regional) )?(?<v>${AGENT})\\b(?! of)`, 'dg');
/** "Together with Z, the two factions formed a coalition": the list and the subject are allied pairwise. */
const TOGETHER_FORMED = new RegExp(
  `\\b(?:[Tt]ogether|[Aa]long) with (?<list>(?:the )?⟦\\d+⟧(?: \\([^()]{1,40}\\))?(?:(?:,| and|, and) (?:the )?⟦\\d+⟧(?: \\([^()]{1,40}\\))?)*), [^;]{0,60}?\\b(?<v>formed|founded|created|set up|launched|established|forged|signed) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:${PACT}|front|bloc|umbrella|⟦\\d+⟧)`,
  'dg',
);

/** "X, a group close to Y": an apposition of a body that is close to another. */
const CLOSE_TO = /\b(?:a|an) (?:[a-z-]+ )?(?:group|party|faction|militia|movement|organi[sz]ation|outfit|network|collective) (?:(?:seen as|considered|widely seen as) )?(?<v>close to) /dg;
/** Partners of a kind that is no alliance: "a trading partner". */
const NOT_ALLY = /\b(?:trad(?:e|ing)|business|economic|commercial|negotiating|energy|investment|sparring|coalition|development|humanitarian|implementing|aid|donor|research|dialogue|peace) (?:ally|allies|partners?)\b/;
/** Pacts that bind no allies: "a trade pact", "a non-aggression pact", "a ceasefire agreement". */
const NOT_PACT = /\b(?:trade|trading|economic|commercial|business|investment|energy|fishing|grain|gas|oil|peace|ceasefire|truce|non-aggression|swap|exchange|border)\b/;
/** Hostile words that make "alongside" no alliance: "fought against X alongside the river". */
const AGAINST_BEFORE = /\bagainst\b[^,;]{0,40}$/;
/** A name that says the body is an alliance of its members: "formed the Sahel Union in 2023". */
const FORMED_NAMED = /\b(?<v>formed|founded|created|launched|established|set up) (?:the |a |an )?(?:new )?(?<n>⟦\d+⟧)/dg;
const ALLIANCE_NAME = /\b(?:alliance|pact|coalition|confederation|league|bloc|axis|entente|partnership|union)\b/i;

/**
 * The time of the clause a match stands in, leaving out times beyond a comma after it (an apposition of the object:
 * "with Y, a group that first appeared around 2018") or before a comma ahead of it, unless the clause opens on them
 * ("Since late 2021, A and B have waged").
 */
function ownTime(ctx: RelationContext, view: SentenceView, span: RegExpMatchArray, sinceOnly = false): When | undefined {
  const start = view.docOffset(span.index ?? 0);
  const end = view.docOffset((span.index ?? 0) + span[0].length);
  const text = ctx.doc.text;
  let best: When | undefined;
  let distance = Infinity;
  for (const t of timesIn(ctx.doc, view.sentence)) {
    if (sinceOnly && !/^since\b/i.test(t.text) && !/\bsince\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
    let d: number;
    if (t.start >= end) {
      const between = text.slice(end, t.start);
      if (/[,;]/.test(between) || between.length > 50) continue;
      d = between.length;
    } else if (t.end <= start) {
      const between = text.slice(t.end, start);
      const opens = /^\W*$/.test(text.slice(view.sentence.start, t.start).replace(/\b(?:[Ss]ince|[Ii]n|[Oo]n|[Ll]ate|[Ee]arly|[Mm]id)\s*$/, ''));
      if ((/[;]/.test(between) || /,/.test(between)) && !opens) continue;
      d = between.length;
    } else d = 0;
    if (d < distance) {
      best = t.when;
      distance = d;
    }
  }
  return best;
}

/** A list of names a "whose" relative hangs on, right before a trigger: "A, B and C, whose juntas are". */
const WHOSE_LIST = /((?:⟦\d+⟧(?: \([^()]{1,40}\))?(?:,| and|, and) )+⟦\d+⟧(?: \([^()]{1,40}\))?), whose (?:[a-z-]+ ){1,3}$/;
/** The name an apposition describes, when the trigger's "which" or "itself" closes it: "X, a group ... Z, which". */
const APPOSITION_HOST = /(⟦\d+⟧)(?: \([^()]{1,40}\))?, (?:an?|the) [^;]*?, (?:which |(?:[a-z]+ ){0,2})(?:(?:has|have|had|is|are|was|were|also|now|still|long|often) )*[a-z]*$/;
/** A relative "which" opening the trigger's clause. */
const WHICH_BEFORE = /\bwhich (?:(?:has|have|had|is|are|was|were|also|now|still|long|often|reportedly|has long|once) )*$/;

/** The entity of a key, for a class test ("Person" for an unknown one, which no body test takes). */
function entity(ctx: RelationContext, key: string): { cls: EntityClass } {
  return ctx.doc.entities.get(key) ?? { cls: 'Person' };
}

/** A participle's aside between a list and its verb: "A and B (B), headed by P, signed". */
const TRAILING_ASIDE = /, (?:headed|led|founded|commanded|run|based|backed|created|formed|set up) (?:[^,;⟦]|⟦\d+⟧){1,80}, $/;

/** A sentence opening on a count of bodies ("The two groups", "Both militias"), read up to a trigger. */
const COUNTED_OPENING = /^\W*(?:[Tt]he |[Aa]ll |[Tt]hese )?([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth) (?:[a-z-]+ )?(?:groups|militias|factions|movements|countries|states|governments|armies|organi[sz]ations|allies|sides|gangs|cartels|parties)\b/;
const COUNTS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5 };

/** Every pair of a list, each once. */
function pairs(keys: string[]): [string, string][] {
  const all = [...new Set(keys)];
  const out: [string, string][] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) out.push([all[i]!, all[j]!]);
  return out;
}

/** The pairs a trigger's match names. */
function sides(t: Trigger, m: RegExpMatchArray, view: SentenceView, ctx: RelationContext): [string, string][] {
  const v = groupStart(m, 'v');
  const end = (m.index ?? 0) + m[0].length;
  const cross = (as: string[], bs: string[]): [string, string][] => as.flatMap((a) => bs.map((b): [string, string] => [a, b]));
  switch (t.shape) {
    case 'verbal': {
      // a warlord or a commander may ally as his group does ("Z has formed a loose alliance with Y"), beside a body;
      // but "which" never stands for a person ("X, ... now led by his brother Z, which fights alongside Y")
      // and a body's "itself" or "its" says the subject is no person either ("..., counts itself part of")
      const reflexive = /\b(?:itself|its)\b/.test(m[0]);
      const bodyOnly = reflexive || WHICH_BEFORE.test(view.masked.slice(0, v));
      const headed = namedHeadSubject(view, v);
      const read = headed ? [headed] : clauseSubject(view, v, ctx, isActor);
      let subjects = bodyOnly ? read.filter((k) => isBody(entity(ctx, k))) : read;
      // a person read where only a body can stand: the body the sentence opens on, past the aside that named him
      if (bodyOnly && subjects.length === 0 && (read.length > 0 || reflexive)) {
        const host = APPOSITION_HOST.exec(view.masked.slice(0, v));
        const slot = host ? view.slots[Number(host[1]!.slice(1, -1))] : undefined;
        const opening = slot && isBody(slot) ? slot.entity : sentenceSubject(ctx, view);
        subjects = opening ? [opening] : [];
      }
      // "The two groups ... were joined by Y": a count the reading does not meet is a list misread, not the groups
      const counted = COUNTED_OPENING.exec(view.masked.slice(0, v));
      if (counted && !headed && new Set(subjects).size !== (COUNTS[counted[1]!.toLowerCase()] ?? 0)) subjects = [];
      return cross(subjects, clauseObject(view, end, ctx, isActor)).filter(([a, b]) => isBody(entity(ctx, a)) || isBody(entity(ctx, b)));
    }
    case 'nominal':
      return cross(predicateSubject(view, m.index ?? 0, ctx, isBody), clauseObject(view, end, ctx, isBody));
    case 'possessive': {
      const poss = view.slots[Number(/\d+/.exec(m.groups?.['poss'] ?? '')?.[0])];
      return cross(predicateSubject(view, m.index ?? 0, ctx, isBody), poss && isBody(poss) ? [poss.entity] : []);
    }
    case 'joint': {
      // "A, B and C, whose juntas are allied in Y": the list "whose" hangs on
      const listed = m.groups?.['list'];
      if (listed !== undefined) return pairs([...matchesOf(/⟦(\d+)⟧/g, listed)].map((x) => view.slots[Number(x[1])]).filter((x) => x !== undefined && isBody(x)).map((x) => x!.entity));
      const whose = WHOSE_LIST.exec(view.masked.slice(0, v));
      if (whose) return pairs([...matchesOf(/⟦(\d+)⟧/g, whose[1]!)].map((x) => view.slots[Number(x[1])]).filter((x) => x !== undefined && isBody(x)).map((x) => x!.entity));
      // "A and B, headed by P, signed a pact": the list is read with the participle's aside left out
      const aside = TRAILING_ASIDE.exec(view.masked.slice(0, v));
      if (aside) {
        const cut = cutView(view, [[aside.index, v - 1]]);
        return pairs(clauseSubject(cut, v - (v - 1 - aside.index), ctx, isBody));
      }
      // the shared reader keeps a list whose second member is modified ("A and the smaller B") when this one does not
      const own = clauseSubject(view, v, ctx, isBody);
      const shared = own.length < 2 ? subjectOf(view, v, ctx, isBody) : [];
      return pairs(shared.length > own.length ? shared : own);
    }
    case 'relative': {
      const ante = view.slots[Number(/\d+/.exec(m.groups?.['ante'] ?? '')?.[0])];
      const own = sentenceSubject(ctx, view);
      return ante && isBody(ante) && own ? [[own, ante.entity]] : [];
    }
  }
}

/** Every alliance a sentence's triggers state. */
function allianceClausesIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  // a side may come from the sentence before ("It has partnered with X"), so one name is enough
  if (view.slots.length === 0) return out;
  const masked = view.masked;
  const push = (m: RegExpMatchArray, rule: string, confidence: number, found: [string, string][], dated: boolean | 'since'): void => {
    const span = spanThrough(view, m, found.map(([, b]) => b));
    const when = sinceTime(ctx.doc, view, span) ?? (dated ? ownTime(ctx, view, span, dated === 'since') : undefined);
    for (const [a, b] of found) if (a !== b) out.push(candidate('alliance', { a, b }, span, rule, confidence, when ? { when } : {}));
  };
  for (const t of TRIGGERS) {
    if ((t.needs !== undefined && !t.needs.some((w) => masked.includes(w))) || !t.guard.test(masked)) continue;
    for (const found of matchesOf(t.rx, masked)) {
      const m = t.shape === 'nominal' || t.shape === 'possessive' ? withLead(found, masked, LEADS, t.shape === 'possessive') : found;
      if (!m) continue;
      const v = groupStart(m, 'v');
      if (deniedOrHypothetical(masked, v, 6) || FORMER.test(clauseWords(masked, v)) || NOT_ALLY.test(masked.slice(Math.max(0, v - 30), v + 20))) continue;
      if (t.rule === 'alliance:clause-alongside' && AGAINST_BEFORE.test(masked.slice(0, m.index))) continue;
      if ((t.rule === 'alliance:clause-joint-pact' || t.rule === 'alliance:clause-pact' || t.rule === 'alliance:clause-with-which') && NOT_PACT.test(m[0])) continue;
      // a pact to end the parties' own fight is peace between enemies; the words after the pact and its partner tell
      if ((t.rule === 'alliance:clause-joint-pact' || t.rule === 'alliance:clause-pact') && PEACE_AFTER.test(masked.slice((m.index ?? 0) + m[0].length).replace(/^(?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?/, ''))) continue;
      push(m, t.rule, t.confidence, sides(t, m, view, ctx), t.dated ?? false);
    }
  }
  if (/close to /.test(masked)) {
    for (const m of matchesOf(CLOSE_TO, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v'), 6)) continue;
      const end = (m.index ?? 0) + m[0].length;
      const found = predicateSubject(view, m.index ?? 0, ctx, isBody).flatMap((a) =>
        clauseObject(view, end, ctx, isBody).map((b): [string, string] => [a, b]),
      );
      push(m, 'alliance:clause-close-to', 0.6, found, false);
    }
  }
  if (masked.includes('pro-⟦') || ALIGNED_AFTER_NAME.test(masked)) {
    for (const rx of [PRO_COMPOUND, PRO_APPOSITION, ALIGNED_APPOSITION]) {
      for (const m of matchesOf(rx, masked)) {
        const a = view.slots[Number(/\d+/.exec(m.groups?.['a'] ?? '')?.[0])];
        const b = view.slots[Number(/\d+/.exec(m.groups?.['b'] ?? '')?.[0])];
        // a capital stands for its country ("a Tehran-aligned group")
        if (!a || !b || !(isBody(a) || isCapital(a)) || !isBody(b) || deniedOrHypothetical(masked, m.index ?? 0, 6)) continue;
        push(m, rx === ALIGNED_APPOSITION ? 'alliance:clause-aligned-apposition' : 'alliance:clause-pro', 0.65, [[b.entity, capitalAsCountry(ctx, a.entity)]], false);
      }
    }
  }
  for (const m of (masked.includes(' ally') || masked.includes(' partner')) && /⟧, (?:an?|the) /.test(masked) ? matchesOf(DEMONYM_ALLY, masked) : []) {
    const b = view.slots[Number(/\d+/.exec(m.groups?.['b'] ?? '')?.[0])];
    const a = countryOf(ctx, m.groups?.['dem'] ?? '');
    if (!a || !b || !isBody(b) || deniedOrHypothetical(masked, groupStart(m, 'v'), 6) || NOT_ALLY.test(m[0])) continue;
    push(m, 'alliance:clause-demonym-ally', 0.65, [[b.entity, a]], false);
  }
  // "Together with Z, the breakaway factions formed a coalition": Z and each member of the subject, pairwise
  for (const m of /[Tt]ogether with|[Aa]long with/.test(masked) ? matchesOf(TOGETHER_FORMED, masked) : []) {
    const v = groupStart(m, 'v');
    if (deniedOrHypothetical(masked, v, 6)) continue;
    const listed = [...matchesOf(/⟦(\d+)⟧/g, (m.groups?.['list'] ?? ''))].map((x) => view.slots[Number(x[1])]).filter((x) => x !== undefined && isBody(x));
    const members = clauseSubject(view, v, ctx, isBody);
    if (members.length === 0 || listed.length === 0) continue;
    push(m, 'alliance:clause-together-formed', 0.65, pairs([...listed.map((x) => x!.entity), ...members]), true);
  }
  // "Together they formed the Sahel Union": the members of a named alliance that a pronoun or count stands for
  for (const m of /formed|founded|created|launched|established|set up/.test(masked) ? matchesOf(FORMED_NAMED, masked) : []) {
    const n = view.slots[Number(/\d+/.exec(m.groups?.['n'] ?? '')?.[0])];
    if (!n || !ALLIANCE_NAME.test(ctx.doc.entities.get(n.entity)?.label ?? '')) continue;
    if (deniedOrHypothetical(masked, groupStart(m, 'v'), 6)) continue;
    const members = clauseSubject(view, groupStart(m, 'v'), ctx, isBody).filter((k) => k !== n.entity);
    if (members.length >= 2) push(m, 'alliance:clause-formed-named', 0.65, pairs(members), true);
  }
  return out;
}

/** The alliances a sentence states, read from each trigger with its sides taken by clause structure. */
export const extractAllianceClauses: Family = withAllianceChecks(withMemberOwners(allianceClausesIn));
