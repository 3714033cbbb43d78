// Alliances: mutual ties ("Iran-aligned militia groups A, B and C"; "allied with"; "an ally of"; "work hand in hand
// with"; pacts and coalitions formed by two or more parties). The pair is unordered.

import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import {
  anyClass,
  candidate,
  deniedOrHypothetical,
  groupStart,
  GROUP_NOUN,
  isBody,
  pattern,
  sinceTime,
  timeOfClause,
  type Candidate,
  type Classed,
  type Family,
  type GuardedRule,
} from './patterns.js';
import type { When } from '../document.js';
import type { SentenceView } from './sentenceView.js';
import { acrossAsides } from './asides.js';
import { withMemberOwners } from './memberSides.js';
import { PEACE_AFTER, unsaid, withAllianceChecks } from './coalitions.js';
import { countryOf } from './supports.js';
import { capitalAsCountry, isCapital } from './capitalCountry.js';
import { namedBefore } from './clauseSubject.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** The alliance classes (lexicons/relations/verbs/alliance*.json), whose words feed the patterns below. */
const ALLY = loadVerbClass('alliance');
const ACTING_CLASS = loadVerbClass('alliance-alongside');
/** "allied", "aligned": read before "with" or "to", and in compounds ("Moscow-aligned"). */
const ALLIED = alternation(formsOf(ALLY, 'participle'));
/** "joined forces", "teamed up", "sided": taking up a common cause, read before "with" or after a list of both sides. */
const JOINED = alternation(formsOf(loadVerbClass('alliance-join'), 'past'));
/** "fought", "operates", "cooperating": acting, which "alongside" makes an alliance. */
const ACTING = alternation(formsOf(ACTING_CLASS, 'base', 'third', 'past', 'ing'));
/** "signed", "forged": making a pact; the pacts' nouns. */
const PACT_CLASS = loadVerbClass('alliance-pact');
const MADE = alternation(formsOf(PACT_CLASS, 'past'));

/** "Iran-aligned militia groups Harakat al-Nujaba, ..."; "Moscow-allied forces". */
const COMPOUND = pattern(`(?<a>{E})-(?:${ALLIED}) {DESC}(?:{E} )?(?<b>{L})`);
/**
 * "Hezbollah is allied with Iran"; "groups aligned with Tehran"; "X, a Ruritanian Hutu militia allied with Y"; "X,
 * armed pro-government groups allied with the ruling Y".
 */
const ALLIED_WITH = pattern(
  `(?<a>{L}){Q}(?:,? (?:which|who|that) (?:is|are|was|were) | (?:is|are|was|were|has been|have been|remains?|became|become) |{SEP}(?:{DET}(?<d>(?:(?:[A-Za-z][\\w'-]*|⟦\\d+⟧) ){0,3}?)|(?<d2>(?:[a-z][\\w'-]* ){0,3}?(?:groups|militias|factions|forces|parties|movements|gangs|fighters|units|brigades|networks|organi[sz]ations) ))?| )(?:(?:closely|formally|long|firmly|politically|militarily) )?(?<v>${ALLIED}) (?:itself |themselves )?(?:with|to) (?:the )?(?:(?:ruling|governing|main|opposition|former|exiled|local|regional|national|federal|central) )?(?:(?<b>{L})|(?<army>army|military|armed forces|government|regime|junta)\\b)`,
);
/**
 * A relative clause of a descriptive apposition: "X, an umbrella group of militants that is separate from but
 * closely allied with Y"; "X, a faction of Y that split from it in 2016 and is allied with Z".
 */
const RELATIVE_ALLIED = pattern(
  `(?<a>{E}){Q}{SEP}{DET}(?<d>[\\w'-]+(?: [\\w'-]+)?)(?:[^,;⟦()]|⟦\\d+⟧){0,60}? (?:that|which|who|and) (?:is|are|was|were|has been|have been|remains?|became) (?:[a-z]+ ){0,4}?(?<v>${ALLIED}) with (?:the )?(?<b>{L})`,
);
/** "the Hafiz group, a TTP ally"; "Ruritania, a key U.S. ally": the ally's partner named before "ally". */
const APPOS_ALLY = pattern(
  `(?<a>{E})(?: (?:group|movement|faction|network|militia|brigade))?{Q}{SEP}{DET}(?:(?:close|closest|key|main|staunch|staunchest|strategic|major|longtime|long-time|traditional|important|loyal|regional|firm|old|fellow|military) ){0,2}(?<b>{E}) (?:(?:military|security|defen[cs]e|strategic|regional) )?(?:ally|partner)\\b(?! of)`,
);
/** "Belarus, a close ally of Russia"; "Belarus is Russia's closest ally" is left to the possessive form below. */
const ALLY_OF = pattern(
  `(?<a>{E}){Q}(?:{SEP}| (?:is|was|are|were|has been|remains?) (?:(?:also|still|long) )?)(?<v>{DET}?)(?:{W}){0,2}?(?:ally|allies|partner|partners) of (?:the )?(?<b>{L})`,
);
/** "Russia's ally Belarus"; "Iran's partners Hezbollah and Hamas"; "Russia's allies, including Belarus". */
const POSSESSIVE = pattern(
  `(?<a>{E})'s (?:(?:closest|close|key|main|chief|regional|staunch|strategic) )?(?:ally|allies|partner|partners),? (?:(?:including|such as|notably|among them|namely) )?(?:the )?(?<b>{L})`,
);
/** "X works closely with its international partners, including Y": the owner of "its" is X, the clause's subject. */
const ITS_PARTNERS = pattern(
  `(?<a>{E}){APPOS} (?:(?:has|have|had|also|long|closely) )*(?<v>works?|worked|working|cooperates?|cooperated|cooperating|stands?|stood) (?:(?:closely|together|hand in hand|side by side) )?with (?:its|their) (?:(?:international|foreign|regional|Western|Arab|African|European|key|main|close|closest|traditional|security|military) ){0,2}(?:allies|partners),? (?:including|such as|notably|among them|namely) (?:the )?(?<b>{L})`,
);
/** "X, a network that U.S. officials describe as an ally of Y"; "X, widely seen as a close ally of Y". */
const DESCRIBED_ALLY = pattern(
  `(?<a>{E}){Q}(?:, (?:a|an|the) [^,;⟦]{0,60}? (?:that|which|whom) (?:(?:[\\w.'-]+|⟦\\d+⟧) ){1,4}?(?:describes?|described|calls?|called|considers?|considered|regards?|regarded|sees?|views?|viewed)|, (?:(?:widely|long|often|also) )?(?:described|seen|regarded|considered|viewed)) as (?:a|an|the) (?:(?:close|closest|key|main|staunch|strategic|major|longtime|long-time|loyal|regional|military) ){0,2}(?<v>ally|partner) of (?:the )?(?<b>{L})`,
);
/** "X, whose alliance with Y has kept ...": the relative's antecedent is the party (a title may stand before Y). */
const WHOSE_ALLIANCE = pattern(
  `(?<a>{E})(?: \\([^()]{1,40}\\))?{Q}, whose (?:(?:growing|deepening|close|longstanding|long-standing|military|strategic|electoral|political|formal) ){0,2}(?<v>alliance|partnership|pact|coalition) with (?:the )?(?:(?:President|Prime Minister|Premier|Chancellor|King|Emir|General|Gen\\.|Marshal|Leader|Chairman) )?(?<b>{L})`,
);
/** "X has forged close ties with Y": a bond made between two bodies (plain "ties" may be trade; the adjective says more). */
const FORGED_TIES = pattern(
  `(?<a>{E}|{PRO}){APPOS}(?:,? (?:which|who))? (?:(?:has|have|had|also|long|since|then|later) ){0,2}(?<v>forged|cultivated|built|developed|established|deepened|forging|cultivating|building) (?:(?:very|particularly) )?(?:close|closer|strong|deep|strategic|tight|operational) (?:ties|links|relations|bonds) with (?:the )?(?<b>{L})`,
);
/** "Mali's army and its Russian allies": a demonym names the allies' country. */
const DEMONYM_ALLIES = pattern(`(?<a>{E}) and (?:its|their) (?<dem>[A-Z][a-z]+(?:n|i|ian|ese|ish)) (?<v>allies|ally|partners?)\\b(?! of\\b| (?:⟦|the ⟦))`);
/** "The United States, Israel's main ally, ..." */
const POSSESSIVE_APPOSITION = pattern(
  `(?<b>{E})(?: (?:group|movement|faction|party|militia|network|organi[sz]ation))?{SEP}(?:the )?(?<a>{E})'s? (?:(?:closest|close|key|main|chief|staunchest|staunch|strategic|major|biggest|top|oldest|longtime|traditional|regional|military|most important|last|only|remaining|principal|steadfast|loyal) ){0,2}(?:[A-Z][a-z]+ )?(?:ally|partner)\\b`,
);
/** "the United Nations ... to work hand in hand with the African Union and AMISOM". */
const TOGETHER = pattern(
  `(?<a>{E})[^⟦.;]{0,40}?\\b(?<v>work|working|works|worked|cooperate|cooperating|cooperates|cooperated|fight|fighting|fought|operate|operating) (?:hand in hand|side by side|together|jointly|in partnership|in coordination|in concert) with (?:the )?(?<b>{L})(?: to (?:support|back|assist|aid|help) (?:the )?(?:[a-z]+ (?:and|of) (?:the )?)?(?<c>{L}))?`,
);
/** "Wagner has fought alongside Russian forces"; "X fought alongside government troops"; "X has worked alongside local gangs". */
const ALONGSIDE = pattern(
  `(?<a>{E}){APPOS},? {GAP}(?<v>${ACTING}) alongside (?:the )?(?:(?<army>(?:government|army|military|regime|junta) (?:troops|forces|soldiers)|army|military)\\b|(?:[a-z-]+ ){0,3}?(?:(?:known as|called|named) )?(?<b>{L}))`,
);
/** "A and B are bound by a 1951 Mutual Defense Treaty"; "Belarus stands with Russia". */
const BOUND = pattern(
  `(?<a>{L}) (?:are|were|have been|remain) (?:(?:closely|still) )?(?<v>bound|linked|tied|united) by (?:a |an |the |their )?(?:[\\w-]+ ){0,4}?(?:[Tt]reaty|[Pp]act|[Aa]lliance)`,
);
const STANDS_WITH = pattern(`(?<a>{E}) (?:[\\w-]+ ){0,2}?(?<v>stands|stood|standing) (?:firmly |shoulder to shoulder )?(?:with|by) (?:the |its (?:ally|allies|partner|partners) )?(?<b>{L})`);
/** "A and B signed a defense pact"; "A formed an alliance with B"; "A and B formed a coalition". */
const PACT = pattern(
  `(?<a>{L}) (?:(?:have|has|had) )?(?<v>${MADE}) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:alliance|pact|defen[cs]e treaty|coalition|partnership)(?: with (?:the )?(?<b>{L}))?`,
);
/** "A, B and C formed the Alliance of Sahel States in 2023": the members of a named alliance are allied pairwise. */
const NAMED_ALLIANCE = pattern(
  `(?<a>{L}){APPOS} (?:(?:have|has|had|jointly|later|then) )?(?<v>formed|founded|created|launched|established|set up|signed) (?:the |a |an )?(?:new )?(?<n>{E})`,
);
/** "X operates in alliance with Y"; "X, in coalition with Y, took the town". */
const IN_ALLIANCE = pattern(
  `(?<a>{E}){APPOS}(?:[^⟦.;]|(?<=\\b(?:to|through|of|in|from|across|into|at|near|via) (?:the )?)⟦\\d+⟧){0,80}?\\b(?<v>in (?:an? )?(?:close |loose |formal |military |tactical )?(?:alliance|coalition|partnership|league|cahoots) with) (?:the )?(?<b>{L})(?!['’]s )`,
);
/** "A joined forces with B"; "A teamed up with B". */
const JOINED_FORCES = pattern(
  `(?<a>{L}) (?:(?:have|has|had|later|then|also) ){0,2}(?<v>${JOINED}|forged an alliance|allied themselves|allied itself) with (?:the )?(?<b>{L})`,
);
/** "A and B are close allies"; "A and B have been strategic partners since 2010". */
const ARE_ALLIES = pattern(
  `(?<a>{L}) (?<v>are|were|have been|remain|became|become) (?:(?:close|longtime|long-time|staunch|strategic|traditional|military|key|firm|old|treaty|security|defen[cs]e) )*(?:allies|partners)\\b`,
);
/** "A and B are both allies of C"; "A and B, both partners of C". */
const ALLIES_OF = pattern(
  `(?<a>{L})(?: (?<v>are|were|have been|remain|became)|,? (?:both|all)) (?:(?:both|all|also|still|long|close|key|staunch|treaty|military|defen[cs]e|security|strategic|longtime|long-time|traditional|major|regional|fellow|important) )*(?:allies|partners) of (?:the )?(?<b>{L})`,
);
/**
 * "A is part of the N Alliance, together with B and C"; "A and B are members of the N coalition": the members of a
 * named alliance are allied pairwise. A first clause about A may stand between ("A is the armed wing of X and is part
 * of").
 */
const MEMBER_OF_NAMED = pattern(
  `(?<a>{L}){Q}{APPOS}(?: (?:is|are|was|were) (?:[\\w'-]+ |⟦\\d+⟧ ){1,8}?and)? (?:(?<v>is|are|was|were|has been|have been|remains?|remained|became) (?:(?:also|now|still|both|all) )?(?:part|members?|a member|founding members?|a founding member|components?|one) of|(?<v2>belongs|belong|belonged) to) (?:the )?(?:⟦\\d+⟧'s )?(?:so-called )?(?<n>{E}){Q}(?:(?:,? (?:together with|along with|alongside|which (?:also )?(?:includes?|included|comprises?)|whose other members (?:are|include))| with) (?:the )?(?<b>{L}))?`,
);
/** "the N Alliance, made up of A, B and C"; "the N coalition, which groups A and B". */
const NAMED_MEMBERS = pattern(
  `(?<n>{E}){Q}(?:{SEP}| )(?:(?:which|that) )?(?<v>comprising|comprises|comprised of|made up of|consisting of|consists of|includes|including|grouping|groups|brings together|bringing together|unites|uniting) (?:the )?(?<a>{L})`,
);
/**
 * "A and B fought side by side"; "A and B have joined forces against C": the parties of one list, allied pairwise
 * (working together is an alliance only against someone or to fight: not "worked together on the report").
 */
const TOGETHER_LIST = pattern(
  `(?<a>{L}) (?:(?:have|has|had|also|then|later|often|long|reportedly|previously) ){0,2}(?<v>(?:fought|fight|fighting|operated|operate|operating) (?:together|side by side|jointly|in tandem|shoulder to shoulder)|(?:worked|work|working|cooperated|cooperate|cooperating) (?:together|side by side|jointly|in tandem) (?=against|to (?:fight|attack|defend|seize|capture|defeat|counter|smuggle|kidnap|control))|${JOINED}|allied themselves)\\b(?! with\\b)`,
);
/** "the Russia-Iran alliance"; "the Velmar–Tarsa axis". */
const HYPHEN_PAIR = pattern(
  `(?<a>{E})[-–/](?<b>{E}) (?:(?:military|strategic|defen[cs]e|security|political) )?(?<v>alliance|axis|partnership|pact|coalition|entente)\\b`,
);
/** "Russia's alliance with Iran"; "Velmar's strategic partnership with Tarsa". */
const POSSESSIVE_WITH = pattern(
  `(?<a>{E})'s? (?:(?:growing|deepening|close|longstanding|long-standing|military|strategic|defen[cs]e|security|political|formal) ){0,2}(?<v>alliance|partnership|pact|coalition|axis|military cooperation|security cooperation|defen[cs]e cooperation) with (?:the )?(?<b>{L})`,
);
/** "Russia and its allies Belarus and Iran"; "the junta and its partners, including X". */
const ITS_ALLIES = pattern(
  `(?<a>{E}) and (?:its|their) (?:(?:close|closest|key|main|regional|staunch|traditional|Western|Arab|Gulf|foreign) )?(?<v>allies|ally|partners?),? (?:(?:including|such as|notably|among them|namely) )?(?:the )?(?<b>{L})`,
);
/** "Russia and China have a 'no limits' partnership"; "A and B share a strategic alliance". */
const SHARED_PARTNERSHIP = pattern(
  `(?<a>{L}) (?:(?:have|has|had|also|long) )?(?<v>share|shares|shared|maintain|maintains|maintained|enjoy|enjoys|enjoyed|forged|built|declared|announced|deepened|strengthened|expanded|upgraded|have|has|had) (?:a |an |their |its )?(?:(?:close|closer|longstanding|long-standing|deep|deepening|growing|so-called) )?(?:"[^"]{1,24}" |(?:strategic|military|defen[cs]e|security|comprehensive) )(?:partnership|alliance|pact)\\b`,
);
/** "an alliance between A and B"; "the alliance of A, B and C". */
const ALLIANCE_OF = pattern(`(?:alliance|pact|coalition|partnership) (?:between|of) (?:the )?(?<a>{L})`);

/** A name followed by a group noun ("the ⟦Hafiz⟧ group") is a group, whatever class it was given. */
const GROUP_AFTER = /^ (?:group|movement|faction|network|militia|brigade|organi[sz]ation)\b/;
/** An apposition that calls the body before it an alliance: ", an umbrella alliance of Baloch groups". */
const ALLIANCE_APPOSITION = /^["']?(?: \([^()]{1,40}\))?, (?:an?|the) (?:[a-z-]+ ){0,3}?(?:alliance|coalition|umbrella (?:group|organi[sz]ation|body|alliance)|bloc|axis|confederation)\b/;
/** A name that says the body is an alliance of its members. */
const ALLIANCE_NAME = /\b(?:alliance|pact|coalition|confederation|league|bloc|axis|entente|partnership)\b/i;
/** Partners of a kind that is no alliance: "a trading partner". */
const NOT_ALLY = /\b(?:trad(?:e|ing)|business|economic|commercial|negotiating|energy|investment|fishing|grain|gas|oil|peace|ceasefire|truce|non-aggression|border|prisoner|swap|development|humanitarian|implementing|aid|donor|research|dialogue) (?:ally|allies|partners?|partnerships?|pacts?|deals?|agreements?)\b/;

/** Which entities fit a side: any class where the words around it say it is a group, else organizations and countries. */
function sideFits(view: SentenceView, m: RegExpMatchArray, side: string): (x: Classed) => boolean {
  const at = m.indices?.groups?.[side];
  if (at && GROUP_AFTER.test(view.masked.slice(at[1]))) return anyClass;
  const d = (m.groups?.['d'] ?? m.groups?.['d2'])?.trim();
  if (side === 'a' && d && GROUP_NOUN.test(d.split(' ').at(-1) ?? '')) return anyClass;
  return isBody;
}

/** Patterns that name an ally of a named partner, which may be a person's ally ("Karan, a close Dodik ally"). */
const PERSON_PAIRS: ReadonlySet<RegExp> = new Set([APPOS_ALLY, ALLY_OF, POSSESSIVE_APPOSITION]);
/** Patterns whose words found the alliance, so that the time of their clause is its start. */
const DATED: ReadonlySet<RegExp> = new Set([BOUND, PACT, NAMED_ALLIANCE]);

const RULES: readonly GuardedRule[] = [
  { rx: COMPOUND, rule: 'alliance:compound', confidence: 0.8, verbal: false, guard: new RegExp(`-(?:${ALLIED})`) },
  { rx: ALLIED_WITH, rule: 'alliance:allied-with', confidence: 0.85, verbal: true, guard: new RegExp(`(?:${ALLIED}) `) },
  { rx: RELATIVE_ALLIED, rule: 'alliance:relative-allied', confidence: 0.75, verbal: true, guard: new RegExp(`(?:${ALLIED}) with`) },
  { rx: ALLY_OF, rule: 'alliance:ally-of', confidence: 0.8, verbal: true, guard: /(?:ally|allies|partners?) of/ },
  { rx: APPOS_ALLY, rule: 'alliance:appositive-ally', confidence: 0.7, verbal: false, guard: /⟧ (?:[a-z]+ )?(?:ally|partner)\b/ },
  { rx: POSSESSIVE, rule: 'alliance:possessive', confidence: 0.75, verbal: false, guard: /'s [^⟦]*(?:ally|allies|partner)/ },
  { rx: ITS_PARTNERS, rule: 'alliance:its-partners', confidence: 0.65, verbal: true, guard: /(?:its|their) (?:[A-Za-z]+ ){0,2}(?:allies|partners),? (?:including|such as|notably|among them|namely) / },
  { rx: DESCRIBED_ALLY, rule: 'alliance:described-ally', confidence: 0.65, verbal: true, guard: / as (?:a|an|the) (?:[a-z-]+ ){0,2}(?:ally|partner) of / },
  { rx: WHOSE_ALLIANCE, rule: 'alliance:whose-alliance', confidence: 0.7, verbal: true, guard: /, whose (?:[a-z-]+ ){0,2}(?:alliance|partnership|pact|coalition) with / },
  { rx: FORGED_TIES, rule: 'alliance:forged-ties', confidence: 0.6, verbal: true, guard: /(?:ties|links|relations|bonds) with / },
  { rx: DEMONYM_ALLIES, rule: 'alliance:demonym-allies', confidence: 0.65, verbal: false, guard: /⟧ and (?:its|their) [A-Z][a-z]+ (?:allies|ally|partners?)\b/ },
  { rx: POSSESSIVE_APPOSITION, rule: 'alliance:possessive-apposition', confidence: 0.75, verbal: false, guard: /'s [^⟦]*(?:ally|partner)/ },
  { rx: TOGETHER, rule: 'alliance:together', confidence: 0.65, verbal: true, guard: /hand in hand|side by side|together|jointly|in partnership|in coordination|in concert/ },
  { rx: PACT, rule: 'alliance:pact', confidence: 0.75, verbal: true, guard: /alliance|pact|treaty|coalition|partnership/ },
  { rx: ALONGSIDE, rule: 'alliance:alongside', confidence: 0.65, verbal: true, guard: /alongside/ },
  { rx: BOUND, rule: 'alliance:bound', confidence: 0.75, verbal: true, guard: / by / },
  { rx: STANDS_WITH, rule: 'alliance:stands-with', confidence: 0.6, verbal: true, guard: /st(?:and|ood)/ },
  { rx: NAMED_ALLIANCE, rule: 'alliance:named-alliance', confidence: 0.7, verbal: true, guard: /formed|founded|created|launched|established|set up|signed/ },
  { rx: IN_ALLIANCE, rule: 'alliance:in-alliance-with', confidence: 0.7, verbal: true, guard: /in (?:an? )?(?:[a-z]+ )?(?:alliance|coalition|partnership|league|cahoots) with/ },
  { rx: JOINED_FORCES, rule: 'alliance:joined-forces', confidence: 0.7, verbal: true, guard: new RegExp(`${JOINED}|forged|allied (?:them|it)sel`) },
  { rx: ALLIES_OF, rule: 'alliance:allies-of', confidence: 0.75, verbal: true, guard: /(?:allies|partners) of/ },
  { rx: ARE_ALLIES, rule: 'alliance:are-allies', confidence: 0.75, verbal: true, guard: /allies|partners/ },
  { rx: ALLIANCE_OF, rule: 'alliance:alliance-of', confidence: 0.7, verbal: false, guard: /alliance|pact|coalition|partnership/ },
  { rx: TOGETHER_LIST, rule: 'alliance:together-list', confidence: 0.65, verbal: true, guard: new RegExp(`together|side by side|jointly|in tandem|shoulder to shoulder|${JOINED}|allied themselves`) },
  { rx: HYPHEN_PAIR, rule: 'alliance:hyphen-pair', confidence: 0.7, verbal: true, guard: /⟧[-–/]⟦/ },
  { rx: POSSESSIVE_WITH, rule: 'alliance:possessive-with', confidence: 0.7, verbal: true, guard: /(?:alliance|partnership|pact|coalition|axis|cooperation) with/ },
  { rx: ITS_ALLIES, rule: 'alliance:its-allies', confidence: 0.7, verbal: true, guard: /⟧ and (?:its|their) (?:\w+ )?(?:allies|ally|partners?)\b/ },
  { rx: SHARED_PARTNERSHIP, rule: 'alliance:shared-partnership', confidence: 0.65, verbal: true, guard: /partnership|alliance|pact/ },
  { rx: MEMBER_OF_NAMED, rule: 'alliance:member-of-named', confidence: 0.7, verbal: true, guard: /(?:(?:part|members?|components?|one) of|belong\w* to) (?:the )?⟦/ },
  { rx: NAMED_MEMBERS, rule: 'alliance:named-members', confidence: 0.65, verbal: false, guard: /⟧["')]?,? (?:(?:which|that) )?(?:comprising|comprises|comprised of|made up of|consisting of|consists of|includes|including|grouping|groups|brings together|bringing together|unites|uniting) (?:the )?⟦/ },
];
/** Patterns that name an alliance and its members: every two of the members are allied. */
const MEMBERSHIP: ReadonlySet<RegExp> = new Set([MEMBER_OF_NAMED, NAMED_MEMBERS]);
/** An alliance the words after it end: "the A-B alliance collapsed in 2019". */
const ENDED_AFTER = /^[^.;]{0,20}?\b(?:has |had |have )?(?:since |later |then |finally )?(?:collapsed|ended|broken down|broke down|broke up|dissolved|fell apart|crumbled|unravell?ed)\b/;
/** A side governed by a preposition is no subject: "took up arms against the ⟦X⟧, fighting alongside". */
const GOVERNED = /\b(?:against|with|from|by|of|to|on|at|in|into|over|towards?|for)\s+(?:the\s+)?$/;

/** "Iranian-aligned militias" as one mention; "the Russian-allied X": a demonym no mention covers. */
const DEMONYM_COMPOUND = pattern(`\\b(?<dem>[A-Z][\\w.]*)-(?:${ALLIED}) {DESC}(?:{E} )?(?<b>{L})`);
const ALIGNED_MENTION = new RegExp(`^(?:the |an? )?([A-Z][\\w.]*)-(?:${ALLIED}) \\S`);

/** Alliances whose side is a demonym or a country's name joined to the other: "Iranian-aligned militias". */
function demonymAlliances(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  for (const m of view.masked.includes('-') ? matchesOf(DEMONYM_COMPOUND, view.masked) : []) {
    const a = countryOf(ctx, m.groups?.['dem'] ?? '');
    for (const b of a ? entitiesOf(ctx, view, m.groups?.['b'], groupStart(m, 'b'), isBody) : []) {
      if (a !== b) out.push(candidate('alliance', { a: a!, b }, m, 'alliance:demonym-compound', 0.75));
    }
  }
  for (const slot of view.slots) {
    const d = slot.mention.text.includes('-') ? ALIGNED_MENTION.exec(slot.mention.text) : null;
    const a = d ? countryOf(ctx, d[1]!) : undefined;
    if (!a || a === slot.entity || !isBody(slot)) continue;
    const m = Object.assign([`⟦${slot.index}⟧`], { index: view.masked.indexOf(`⟦${slot.index}⟧`) }) as unknown as RegExpMatchArray;
    out.push(candidate('alliance', { a, b: slot.entity }, m, 'alliance:demonym-compound', 0.75));
  }
}

/** The entities of a side, a national capital read as its country ("allies of Washington"). */
function sideEntities(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray, side: string): string[] {
  const fits = sideFits(view, m, side);
  const keys = entitiesOf(ctx, view, unsaid(view, m, side), groupStart(m, side), (x) => fits(x) || isCapital(x));
  return [...new Set(keys.map((k) => capitalAsCountry(ctx, k)))];
}

/** Pairs the members of the alliance a match names, if its name says it is one ("the Three Brotherhood Alliance"). */
function members(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray, keys: string[], pair: (a: string, b: string) => void): void {
  const end = m.indices?.groups?.['n']?.[1] ?? 0;
  // "belongs to the X (XY), an umbrella alliance of armed groups": the apposition calls it an alliance, whatever
  // class an earlier stage gave the unfamiliar name
  const called = ALLIANCE_APPOSITION.test(view.masked.slice(end));
  const named = entitiesOf(ctx, view, m.groups?.['n'], groupStart(m, 'n'), called ? anyClass : isBody)[0];
  if (named === undefined || !(called || ALLIANCE_NAME.test(ctx.doc.entities.get(named)?.label ?? ''))) return;
  const all = [...new Set(keys)].filter((k) => k !== named);
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) pair(all[i]!, all[j]!);
}

/** Every alliance a sentence states. */
function alliancesIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  // every form names at least one side; a sentence without a name states none
  if (view.slots.length === 0) return out;
  demonymAlliances(view, ctx, out);
  let when: When | undefined;
  const pair = (m: RegExpMatchArray, rule: string, confidence: number, a: string, b: string): void => {
    if (a !== b) out.push(candidate('alliance', { a, b }, m, rule, confidence, when ? { when } : {}));
  };
  for (const { rx, rule, confidence, verbal, guard } of RULES) {
    if (!guard.test(view.masked)) continue;
    for (const m of matchesOf(rx, view.masked)) {
      if (verbal && deniedOrHypothetical(view.masked, groupStart(m, 'v'))) continue;
      if ((verbal && /\b(?:not|never|no longer)\b|n't\b/.test(m[0])) || NOT_ALLY.test(m[0]) || ENDED_AFTER.test(view.masked.slice((m.index ?? 0) + m[0].length))) continue;
      if ((rx === PACT || rx === ALLIANCE_OF) && PEACE_AFTER.test(view.masked.slice((m.index ?? 0) + m[0].length))) continue;
      const g = m.groups ?? {};
      // "allied since 2014"; a pact dates the alliance it makes ("signed a defense pact in 1951", "a 1951 treaty")
      when = sinceTime(ctx.doc, view, m) ?? (DATED.has(rx) ? timeOfClause(ctx.doc, view, groupStart(m, 'v')) : undefined);
      if (rx === ALONGSIDE && GOVERNED.test(view.masked.slice(0, groupStart(m, 'a')))) continue;
      let as = sideEntities(ctx, view, m, 'a');
      let bs = sideEntities(ctx, view, m, 'b');
      // "Mali's army and its Russian allies": the country the demonym names
      if (rx === DEMONYM_ALLIES) {
        const country = countryOf(ctx, g['dem'] ?? '');
        bs = country ? [country] : [];
      }
      // "P, a close Q ally": two people named as allies are a political alliance of their own
      // (a person's "partner" may be his wife or his business partner: only "ally" says it)
      if (PERSON_PAIRS.has(rx) && (as.length === 0 || bs.length === 0) && /\bally\b/.test(m[0])) {
        const person = (x: Classed): boolean => x.cls === 'Person';
        const pa = entitiesOf(ctx, view, g['a'], groupStart(m, 'a'), person);
        const pb = entitiesOf(ctx, view, g['b'], groupStart(m, 'b'), person);
        if (pa.length > 0 && pb.length > 0) [as, bs] = [pa, pb];
      }
      // "a militia allied with the army": the army or government the sentence or the ones before it name; "fought
      // alongside government troops": the one a name before holds the word of ("Somali government forces")
      if (g['army'] !== undefined) {
        const key =
          rx === ALONGSIDE
            ? namedBefore(ctx, view.docOffset(groupStart(m, 'army')), g['army'])
            : antecedent(ctx, view, groupStart(m, 'a'), isBody, `the ${g['army'] === 'armed forces' ? 'army' : g['army']}`);
        bs = key ? [key] : [];
      }
      // standing with a people is solidarity, not an alliance
      if (rx === STANDS_WITH) bs = bs.filter((k) => ctx.doc.entities.get(k)?.cls !== 'CollectiveActor');
      if (MEMBERSHIP.has(rx)) {
        members(ctx, view, m, [...as, ...bs], (a, b) => pair(m, rule, confidence, a, b));
        continue;
      }
      // "A works hand in hand with B to support C": A supports C (B's part is left to the support family)
      for (const supported of entitiesOf(ctx, view, g['c'], groupStart(m, 'c'), isBody)) {
        for (const a of as) if (a !== supported) out.push(candidate('support', { supporter: a, supported }, m, rule, confidence));
      }
      // a named alliance: "formed the Alliance of X States" (not "formed a company"); the members and no one else
      if (g['n'] !== undefined) {
        const named = entitiesOf(ctx, view, g['n'], groupStart(m, 'n'), isBody)[0];
        const label = named === undefined ? '' : ctx.doc.entities.get(named)?.label ?? '';
        if (!ALLIANCE_NAME.test(label) || as.length < 2) continue;
      }
      if (bs.length > 0) {
        for (const a of as) for (const b of bs) pair(m, rule, confidence, a, b);
      } else if (g['b'] === undefined && g['army'] === undefined) {
        // the parties of a pact or alliance named as one list are allied pairwise
        for (let i = 0; i < as.length; i++) for (let j = i + 1; j < as.length; j++) pair(m, rule, confidence, as[i]!, as[j]!);
      }
    }
  }
  return out;
}

/** The alliances a sentence states, read also with each aside between a side and its verb left out. */
export const extractAlliances: Family = withAllianceChecks(withMemberOwners(acrossAsides(alliancesIn)));
