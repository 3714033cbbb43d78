// Affiliations: an organization that is a branch, wing, affiliate, unit, mission or member of another ("an al Qaeda
// affiliate called Jabhat al-Nusra"; "the Treasury's Office of Foreign Assets Control"; "troops working for the AU
// mission"; "two companies linked to Wagner"; "Wagner Group-linked companies, including A and B").

import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import {
  anyClass,
  candidate,
  deniedOrHypothetical,
  groupStart,
  isBody,
  isOrganization,
  isPerson,
  numberOf,
  pattern,
  type Candidate,
} from './patterns.js';
import { resolvedMentionsIn } from '../spans.js';
import { bodyCalled, extractMemberships } from './memberships.js';
import { asideViews, listOf, type SentenceView, type Slot } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';
import { nounAlternation, PART_GUARD, PART_NOUNS } from './affiliationWords.js';

const UNIT = nounAlternation([...PART_NOUNS, 'mission', 'force', 'contingent', 'front group']);
/** A splinter is a succession (lineage.ts), no part of the body it left: "a splinter group of Y", "a breakaway faction". */
const SPLINTER = /\b(?:splinter(?:ed|s)?|breakaway|break-away)\b/;
/** "rejected claims that it is an affiliate of Y", "denies being a front for Y": the tie is what the body denies. */
const CLAIM_DENIED = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing))\b[^;.]{0,40}$/;
/**
 * Parts a body names as its own ("its armed wing", "the cartel's media arm", "the group's special operations unit"): the
 * part nouns of lexicons/relations/verbs/affiliation.json but "province" and "organ"; no "forces", which any army has.
 */
const PART = `${nounAlternation(PART_NOUNS.filter((n) => !/^(?:province|organ|member |constituent)/.test(n)))}|news agency|media (?:arm|wing|outlet)|missions?|(?:special operations|special forces|intelligence|security|suicide|assassination) (?:units?|squads?)`;
const DENIED = /\b(?:not|never|no longer|neither|nor)\b|n't\b/;
/** Bodies that list, sanction or watch armed groups rather than own them. */
const REGULATOR = new Set(['InternationalOrganization', 'GovernmentAgency']);
/** What follows a name that is only the first words of a longer one: "ISIL (Da'esh) and Al-Qaida Sanctions Committee". */
const NAME_GOES_ON = /^(?: \([^()]{1,30}\))?(?: and (?:⟦\d+⟧|[A-Z][\w'-]*))?(?: [A-Z][\w'-]*)+/;
/** The description of a part that split and stays a part of the body: "a faction of Y that split from it". */
const PART_NOUN = /\b(?:factions?|wings?|branch(?:es)?|units?|cells?|chapters?|arm)\b/;
const LINKED = 'linked|tied|connected|affiliated|associated';

/** "an al Qaeda Syrian affiliate called Jabhat al-Nusra"; "the group's Syrian branch, known as X"; "An AU force, X,". */
const CALLED = pattern(
  `{DET}?(?<p>{E})(?:'s)? (?:{W}){0,2}?(?:${UNIT})(?: in {E})?(?:,? (?:called|named|known as|dubbed) |, ){Q}(?:the )?(?<m>{E})`,
);
/** "Nusrah Front, an al Qaeda affiliate in Syria"; "X is the Islamic State's Central Africa province". */
const APPOSITION = pattern(
  `(?<m>{E})(?:{SEP}| (?:is|was|are|were|became|remains?|ha(?:s|ve) (?:long |always )?been) )(?:(?:formerly|previously|originally|now|once|still) )?(?:{DET}(?<p>{E})(?:-(?:${LINKED})|'s?)?|(?<p2>{E})'s?) (?:(?:{W}){0,2}?|(?:[A-Z][\\w-]* ){1,3})(?:${UNIT})\\b`,
);
/**
 * "X is the armed wing of Y"; "A and B, units of Y"; "The group is part of Y"; "X, the arm of Iran's Y" (Y, the body
 * owned); "X, the largest party in parliament and the main constituent of Y".
 */
const UNIT_OF = pattern(
  `(?<m>{L}|{PRO})(?:{SEP}(?:(?:the|a|an) [A-Za-z ]{1,50}? and )?(?!(?:is|was|are|were|has|have|had)\\b)| (?:is|was|are|were|became|remains?|ha(?:s|ve) (?:long |always )?been) (?:(?:widely|largely|often|generally|long|also) )?(?:(?:seen|regarded|considered|viewed|described) as )?)(?:(?:formerly|previously|now|still) )?{DET}?(?:{W}){0,2}?(?:${UNIT}|member|part)(?: (?:group|organi[sz]ation|party|faction)s?)?(?: and (?:${UNIT}))? (?:of|for) (?:the )?(?:(?:ruling|governing|banned|outlawed|opposition|main|larger|wider|broader) )?(?:{E}'s? |{E}-[a-z]+ (?:[a-z-]+ ){0,4}?)?(?<p>{E})(?!-[a-z])`,
);
/** "Hamas was founded in 1987 as an offshoot of the Muslim Brotherhood". */
const FOUNDED_AS = pattern(
  `(?<m>{E}) (?:was|were) (?:founded|formed|created|established|set up|launched|born)[^⟦.;]{0,20}? as {DET}?(?:{W}){0,2}?(?:${UNIT}) of (?:the )?(?<p>{E})`,
);
/** "the Department of the Treasury's Office of Foreign Assets Control"; "the Department's Rewards for Justice program". */
const POSSESSIVE = pattern(
  `(?<p>{E})'s?(?: \\(⟦\\d+⟧\\))? (?:(?!(?:of|to|for|with|on|in|by|against|and|or|from|at|as|that|which|who|rivals?|enem(?:y|ies)|foes?|opponents?|adversar(?:y|ies)|all(?:y|ies)|partners?|backers?|patrons?|sponsors?|neighbou?rs?|targets?|victims?)\\b)[a-z][\\w-]* ){0,3}?(?<m>{E})`,
);
/** "Gazprom and its subsidiary Gazprom Neft". */
const ITS_UNIT = pattern(`(?<p>{E}) and its (?:{W}){0,1}?(?:${UNIT}),? (?<m>{E})`);
/** "claimed the raid through its Amaq news agency"; "their Red Youth wing": a named part of the body "its" stands for. */
const ITS_NAMED_UNIT = pattern(
  `\\b(?<its>[Ii]ts|[Tt]heir) (?<m>{E}) (?:news agency|(?:radio |television |TV )?(?:station|channel|network)|media (?:arm|wing|outlet)|(?:armed |military |political |youth |media )?(?:wing|arm|branch|affiliate|subsidiary))\\b`,
);
/** "Its armed wing, the People's Defence Forces (HPG)"; "the cartel's armed wing, known as Grupo Elite". */
const DESCRIBED_PART = pattern(
  `(?:\\b(?<its>[Ii]ts|[Tt]heir)|\\b[Tt]he (?<head>[a-z-]+)'s?) (?:{W}){0,2}?(?:${PART})(?:,? (?:called|named|known as|dubbed) |, |— | \\()(?:the )?(?<m>{E})`,
);
/** "the ISPR, the military's media wing"; "Grupo Sur, the gang's armed wing": the member named first. */
const PART_APPOSITION = pattern(
  `(?<m>{E})(?: news agency| station)?{Q}{SEP}(?:(?<its>[Ii]ts|[Tt]heir)|the (?<head>[a-z-]+)'s?|(?:the )?(?<owner>{E})(?: group| movement)?'s?) (?:{W}){0,2}?(?:${PART})\\b`,
);
/**
 * "X, a faction of Y that broke away from it"; "X, a wing that split from Y": a part described as such. A bare "X
 * split from Y" is a succession only (lineage.ts).
 */
const SPLIT_FROM = pattern(
  `(?<m>{E}){Q}(?:{SEP}{DET}(?<d>(?:[^,;⟦()]|⟦\\d+⟧){0,50}?) (?:that|which|who) )(?:(?:has|had|was|were|later|itself|reportedly) )*(?<v>split|splintered|broke away|broken away|broke off|broken off|seceded|defected) from (?:the )?(?<p>{E}|{PRO})`,
);
/**
 * Members of a coalition named with it: "X, a coalition of A, B and C"; "X was formed in 2023 as an alliance between
 * A and B"; "the X alliance, which includes A and B"; "X's member groups include A and B".
 */
const COALITION_OF = pattern(
  `(?<p>{E})(?: (?:alliance|coalition|bloc|federation|front|umbrella group))?(?:{SEP}{DET}(?:{W}){0,2}?(?:coalition|alliance|umbrella (?:group|organi[sz]ation)|federation|grouping|bloc) (?:of|between)| (?:was|were|is) (?:formed|created|founded|established|launched|set up)[^⟦.;]{0,40}? as (?:a|an) (?:{W}){0,2}?(?:alliance|coalition|umbrella group|federation|bloc) (?:of|between)|(?:{SEP}| )(?:(?:which|that) )?(?:includes|included|comprises|comprised|is made up of|was made up of|consists of|brings together|brought together|groups|unites(?! (?:against|with|behind|in|under|to|for|around)\\b))|{SEP}{DET}(?:{W}){0,2}?(?:coalition|alliance|umbrella(?: group| organi[sz]ation| body)?|federation|grouping|bloc) (?:that|which) (?:includes|included|comprises|comprised|brings together|brought together|unites|groups)| (?:is|was) (?:a|an) (?:{W}){0,2}?(?:coalition|alliance|umbrella(?: group| organi[sz]ation| body)?|federation|grouping|bloc) (?:of|for|between)|'s (?:[a-z]+ )?members?(?: groups| organi[sz]ations| parties| factions)? (?:include|included|are|were)) (?:the )?(?:(?![a-z]+ing\\b)[a-z-]+ ){0,2}?(?<m>{L})`,
);
/**
 * "A and B formed the X coalition"; "A joined the X alliance in 2019"; "the three groups formed an umbrella alliance, the
 * X" (the groups the sentence before listed); "A and B formed a coalition known as X".
 */
const FORMED_COALITION = pattern(
  `(?<m>{L}|\\b{ANA}) (?:(?:have|has|had|later|then|also|formally|together) ){0,2}(?<v>formed|founded|created|launched|set up|joined|rejoined) (?:a |an |the )?(?:new )?(?:(?<pre>(?:(?:umbrella|loose|new|broader|joint|rival|political|military|political-military) )?(?:alliance|coalition|umbrella group|umbrella|federation|bloc))(?:,? (?:called|named|known as)|,)? (?:the )?)?(?<p>{E})(?<u> (?:alliance|coalition|umbrella group|federation|bloc|front))?`,
);
/** What follows the bodies a subject "joined" when it joined them in a coalition rather than joined them. */
const JOINED_WITH = /^(?: \([^()]{1,40}\)|,? and (?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?)* in (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:alliance|coalition|umbrella|bloc|federation|grouping|front)\b/;
/** A coalition's own name says what it is ("the Congo River Alliance"). */
const COALITION_NAME = /\b(?:alliance|coalition|bloc|federation|front|union|league|council|platform|movement|committee)\b/i;

/** "X, a force that answers to Russia's Defense Ministry"; "X is under the command of Y". */
const ANSWERS_TO = pattern(
  `(?<m>{E}){Q}(?:{SEP}{DET}(?:[^,;⟦()]|⟦\\d+⟧){0,40}? (?:that|which|who) |,? (?:which|that|who) | )(?:(?:is|are|was|were|directly|formally|ultimately|nominally|reportedly|now|operates|operated|operating|placed|brought|put) )*(?:(?<v>answers|answer|answered|subordinate|subordinated|accountable|belongs|belonged|belonging) (?:directly )?to|under the (?:direct )?(?:command|control|authority) of) (?:the )?(?<p>{L})`,
);
/** "X, one of the groups in the Y alliance"; "X is one of the factions that make up Y". */
const ONE_OF = pattern(
  `(?<m>{E}){Q}(?:{SEP}| (?:is|was|are|were|remains) )one of (?:the )?(?:[a-z-]+ ){0,2}?(?:groups|members|factions|parties|militias|organi[sz]ations|units|components|brigades|movements) (?:in|of|that (?:make|made) up|forming|within|belonging to) (?:the )?(?<p>{E})`,
);
/** "X serves as Y's armed wing"; "X acts as the armed wing of Y"; "Y, which leads X as its armed wing". */
const AS_PART = pattern(
  `(?:(?<m>{E}){APPOS}(?:,? (?:which|who|that))? (?:(?:has|have|had|also|long|now) )*(?:serves|served|serving|acts|acted|acting|functions|functioned|operates|operated) as (?:the |a |an )?(?:(?<p>{E})'s? )?(?:{W}){0,2}?(?:${PART})\\b(?: (?:of|for) (?:the )?(?<p3>{E}))?|(?<p2>{E}){APPOS}(?:,? (?:which|who|that))? (?:(?:has|have|had|also|now) )*(?:leads|led|controls|controlled|runs|ran|oversees|oversaw|commands|commanded|uses|used) (?:the )?(?<m2>{E}) as (?:its|their) (?:{W}){0,2}?(?:${PART})\\b)`,
);

/** "X is part of an umbrella coalition of insurgent groups known as Y": a member of a coalition named after its description. */
const PART_OF_CALLED = pattern(
  `(?<m>{E}){APPOS}(?:,? (?:which|that))?(?: (?:(?:is|was|are|were|has been|have been|remains|became) (?:also |now |still |formally )?)?| (?:also |now )?)(?:part|a member|one of the members|a constituent) of (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:coalition|alliance|umbrella(?: group| organi[sz]ation| body)?|bloc|federation|front|network|grouping)(?: of (?:[A-Za-z-]+ ){0,4}?(?:groups|organi[sz]ations|parties|militias|factions|movements|rebels|insurgents))?,? (?:known as|called|named|dubbed) (?:the )?(?<p>{E})`,
);
/**
 * A body that carries a coalition: "X, which now anchors the Y coalition"; "Y, the alliance spearheaded by the Kurdish X
 * militia". The coalition must say it is one, by its name or the noun beside it.
 */
const ANCHORS = pattern(
  `(?:(?<m>{E}){APPOS}(?:,? (?:which|that))? (?:(?:now|also|still|effectively) )?(?:anchors|anchored|spearheads|spearheaded) (?:the )?(?<p>{E})(?<u> (?:coalition|alliance|bloc|front|umbrella))?|(?<p2>{E})(?: \\(⟦\\d+⟧\\))?{SEP}(?:the|a|an) (?<d>(?:[^,;⟦]|⟦\\d+⟧){0,80}?)(?:spearheaded|anchored|dominated) by (?:the )?(?:[A-Za-z-]+ ){0,2}?(?<m2>{E}))`,
);
/** "Kenyan troops working for the African Union mission". */
const WORKING_FOR = pattern(
  `(?<m>{E}) (?:working|serving|deployed|operating|fighting) (?:for|with|under|as part of) (?:the )?(?<p>{E})`,
);
/** A source the tie is told through, inside the relative clause: "that officials say is linked to Y", "which analysts believe is". */
const SAY_CLAUSE = '(?:(?:[A-Z][a-z]+ )?(?:⟦\\d+⟧|[a-z]+)(?: [a-z]+)? (?:say|says|said|believe|believes|believed) )';
/** "companies that are linked to Wagner"; "A and B, both linked to Y"; "X, a militia affiliated with Y". */
const LINKED_TO = pattern(
  `(?<m>{L}){Q},? (?:(?:a|an) (?:[a-z-]+ ){0,2}?(?:group|militia|faction|organi[sz]ation|network|company|firm|outfit|movement|party|cell|unit)s? )?(?:(?:that|which|who|both|all) )?(?:${SAY_CLAUSE})?(?:(?:are|is|were|was|have been|has been) )?(?:(?:closely|reportedly|allegedly|directly) )?(?:${LINKED}) (?:to|with) (?:the )?[^⟦.;]{0,40}?(?<p>{E})`,
);
/** "two companies that are linked to the Private Military Company Wagner": the next sentence names them. */
const COUNTED_LINKED = pattern(
  `(?<n>{NUM}) (?:[a-z-]+ )?(?:companies|groups|entities|firms|individuals|organi[sz]ations|militias|persons|people|businesses) (?:(?:that|which|who) )?(?:(?:are|were) )?(?:${LINKED}) (?:to|with) (?:the )?[^⟦.;]{0,40}?(?<p>{E})`,
);
/** "Wagner Group-linked companies in CAR, including A, B and C". */
const COMPOUND_INCLUDING = pattern(
  `(?<p>{E})-(?:${LINKED}|controlled|owned|run) [^⟦.;]{0,40}?(?:{E}[^⟦.;]{0,20}?){0,2},? (?:including|such as|among them|namely) (?<m>{L})`,
);
/** "The Islamic State claims X as part of its Central Africa Province"; "Y counts X among its affiliates". */
const CLAIMS_AS = pattern(
  `(?<p>{E}) (?:(?:has|have|had|also|now|publicly|formally) )*(?:(?:claims?|claimed|considers?|considered|regards?|regarded|recogni[sz]es|recogni[sz]ed|describes|described) (?:the )?(?<m>{L}) as (?:(?:a|an|one) )?(?:part|members?|branch(?:es)?|affiliates?|provinces?|wings?|factions?|units?)(?: of)? (?:its|their)|(?:counts?|counted|lists?|listed) (?:the )?(?<m2>{L}) among (?:its|their) (?:{W}){0,2}?(?:${UNIT}|members))\\b`,
);
/** The nouns for a body others sit under: "umbrella organisation", "parent company". */
const OVER = '(?:umbrella|parent)(?: (?:organi[sz]ation|group|body|movement|alliance|coalition|company|structure|front))?';
/**
 * A body named as another's umbrella, the owner a member of it: "the PKK's umbrella organisation, the KCK"; "the KCK,
 * the PKK's umbrella body"; "X's parent company, Y".
 */
const OWNER_UMBRELLA = pattern(
  `(?:(?<m>{E})'s? (?:(?:own|main|political) )?${OVER}(?:,| —| \\(|,? (?:called|known as|named|dubbed)) (?:the )?(?<p>{E})|(?<p2>{E}){Q}{SEP}(?:the )?(?<m2>{E})'s? (?:(?:own|main|political) )?${OVER}\\b)`,
);
/** "the ⟦5th Brigade⟧ of the ⟦Orla Army⟧", "⟦Battalion No. 1⟧ of the ⟦X⟧": a name that says it is a unit, of the body after it. */
const UNIT_NAME_OF = /(?<m>⟦\d+⟧)(?: \(⟦\d+⟧\))? of (?:the )?(?:former )?(?<p>⟦\d+⟧)(?!'|-)/dg;
/** Head nouns of a unit's own name. */
const UNIT_HEAD = /\b(?:brigades?|division|battalion|regiment|corps|command|unit|wing|squad(?:ron)?|detachment|front|committee|bureau|directorate|branch|section)\b/i;
/** "Members of the Y include A and B". */
const MEMBERS_INCLUDE = pattern(`\\b[Mm]embers of (?:the )?(?<p>{E}) (?:include|included|are|were) (?:the )?(?<m>{L})`);
/** "Hezbollah-affiliated Al-Qard Al-Hassan". */
const COMPOUND = pattern(`(?<p>{E})-(?:${LINKED}|controlled|owned|run) (?:[a-z-]+ ){0,2}(?<m>{L})`);

/**
 * Unit words that make a name a part of the organization whose name it starts with ("African Union Mission"), with
 * up to three words before them ("African Union Support and Stabilization Mission in Somalia").
 */
const PART_NAME = new RegExp(
  `^\\s+(?:[A-Z][\\w-]*\\s+(?:and\\s+)?){0,3}(?:${['mission', 'office', 'command', 'wing', 'branch', 'division', 'program', 'programme', 'bureau', 'directorate', 'secretariat', 'agency', 'brigade']
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}`)
    .join('|')})\\b`,
);

const UNIT_AFTER = /^ (mission|office|command|wing|branch|program|programme|bureau|force|forces|contingent)\b/i;

/**
 * The organization a name stands for where a unit word follows it: "the African Union mission" is the entity named
 * "African Union Mission ...", if the document has one; with no such entity the phrase names no known organization.
 */
function headOf(ctx: RelationContext, view: SentenceView, text: string | undefined, after: number): string | undefined {
  const slot = listOf(view, text)[0];
  if (!slot || !isOrganization(slot)) return undefined;
  const unit = UNIT_AFTER.exec(view.masked.slice(after));
  if (!unit) return slot.entity;
  const phrase = `${slot.mention.text} ${unit[1]!}`.toLowerCase();
  for (const e of ctx.doc.entities.values()) {
    if (e.key !== slot.entity && isOrganization(e) && [e.label, ...e.names].some((n) => n.toLowerCase().startsWith(phrase))) return e.key;
  }
  return undefined;
}

/** Words before a name that make it an object, not the subject: "is listed by X", "against X". */
const OBLIQUE_BEFORE = /\b(?:by|from|against|with|to|of|on|at|in|into|for)\s+(?:the\s+)?$/i;

/**
 * The first organization of the sentence before this one that no preposition governs, taken for that sentence's
 * subject (clauseSubject.previousSubject reads the subject by clause structure instead).
 */
export function previousOrganization(ctx: RelationContext, view: SentenceView): string | undefined {
  const previous = ctx.doc.sentences[view.sentence.index - 1];
  if (!previous) return undefined;
  for (const m of resolvedMentionsIn(ctx.doc, previous)) {
    const e = ctx.doc.entities.get(m.entity!);
    if (!e || !isOrganization(e)) continue;
    if (!OBLIQUE_BEFORE.test(ctx.doc.text.slice(Math.max(previous.start, m.start - 20), m.start))) return e.key;
  }
  return undefined;
}

/** Descriptions whose head the shared resolver reads by class ("the group", "the regime"). */
const CLASS_HEAD = /^(?:group|organi[sz]ation|movement|militia|faction|network|outfit|company|regime|government|junta|administration)$/;

/**
 * The organization a possessive description stands for: "its"/"their" the antecedent; "the cartel's" the latest
 * organization, in the sentence before it or in earlier ones, whose name holds the head noun ("Cartel de X"); a
 * generic head ("the group's") what the shared resolver reads. "the military's" with no military named is no one.
 */
function describedParent(ctx: RelationContext, view: SentenceView, m: RegExpMatchArray, members: readonly string[]): string | undefined {
  const at = groupStart(m, m.groups?.['its'] !== undefined ? 'its' : 'head');
  if (m.groups?.['its'] !== undefined) {
    // "Its armed wing, ..." opening a sentence: the subject of the sentence before, not the last name it gave
    return (/^\W*$/.test(view.masked.slice(0, at)) && previousOrganization(ctx, view)) || antecedent(ctx, view, at, isOrganization);
  }
  const head = m.groups?.['head'];
  if (!head) return undefined;
  const word = new RegExp(`\\b${head.replace(/s$/, '')}`, 'i');
  // "X, the group's regional branch": any organization before, other than X, stands for "the group"
  const generic = CLASS_HEAD.test(head);
  const named = (key: string): boolean => {
    const e = ctx.doc.entities.get(key);
    return e !== undefined && isOrganization(e) && !members.includes(key) && (generic || [e.label, ...e.names].some((n) => word.test(n)));
  };
  let found: string | undefined;
  for (const slot of view.slots) {
    if (view.masked.indexOf(`⟦${slot.index}⟧`) >= at) break;
    if (named(slot.entity)) found = slot.entity;
  }
  for (let i = ctx.recent.length - 1; i >= 0 && !found; i--) if (named(ctx.recent[i]!)) found = ctx.recent[i];
  return found;
}

/** The cheap test before the patterns built on a unit word. */
const UNIT_WORD = /affiliate|province|agency|outlet|mission|force|contingent|front|branch|wing|offshoot|franchise|faction|prox|subsidiar|arm\b|arms\b|division|chapter|cell|unit|component|splinter|breakaway|member|part\b/;

/** A unit word anywhere in a name: the cheap test before looking for the organization the name starts with. */
const PART_WORD = /\b(?:mission|office|command|wing|branch|division|program|programme|bureau|directorate|secretariat|agency|brigade)\b/i;

/** The organizations whose name a slot's name starts with, followed by a unit word ("African Union" + "Mission in X"). */
function partOf(ctx: RelationContext, slot: Slot): string[] {
  const text = slot.mention.text.replace(/^the\s+/i, '');
  const out: string[] = [];
  for (const other of ctx.doc.entities.values()) {
    if (other.key === slot.entity || !isOrganization(other)) continue;
    if (other.names.some((n) => text.startsWith(n) && PART_NAME.test(text.slice(n.length)))) out.push(other.key);
  }
  return out;
}

/** The slot a pattern group holds when it is exactly one name. */
function slotAt(view: SentenceView, text: string | undefined): Slot | undefined {
  const one = text === undefined ? null : /^⟦(\d+)⟧/.exec(text);
  return one ? view.slots[Number(one[1])] : undefined;
}

/** Whether one of an entity's names holds a noun ("Department of State" holds "department"). */
function nameHolds(ctx: RelationContext, key: string, noun: string): boolean {
  const e = ctx.doc.entities.get(key);
  const word = new RegExp(`\\b${noun}`, 'i');
  return e !== undefined && [e.label, ...e.names].some((n) => word.test(n));
}

/** Whether a person's name and a comma stand just before `at` ("Ambassador X, the Department's ..."). */
function personBefore(view: SentenceView, at: number): boolean {
  const before = /⟦(\d+)⟧, (?:the )?$/.exec(view.masked.slice(Math.max(0, at - 12), at));
  const slot = before ? view.slots[Number(before[1])] : undefined;
  return slot !== undefined && isPerson(slot);
}

/**
 * The body a named part belongs to when its description pointed back at the part itself: an earlier organization
 * whose name opens the part's name ("Islamic State" of "Islamic State Khorasan Province"), else the latest other one.
 */
function parentOfNamed(ctx: RelationContext, view: SentenceView, member: string, at: number): string | undefined {
  const names = [ctx.doc.entities.get(member)?.label ?? '', ...(ctx.doc.entities.get(member)?.names ?? [])];
  const earlier = [...ctx.recent, ...view.slots.filter((sl) => view.masked.indexOf(`⟦${sl.index}⟧`) < at).map((sl) => sl.entity)];
  let latest: string | undefined;
  for (const key of earlier) {
    const e = ctx.doc.entities.get(key);
    if (!e || key === member || !isOrganization(e)) continue;
    if ([e.label, ...e.names].some((n) => n.length > 2 && names.some((x) => x.length > n.length && x.startsWith(`${n} `)))) return key;
    latest = key;
  }
  return latest;
}

/**
 * Runs a family on the sentence, then on the sentence with its asides taken out ("X, which ... in 2017, is a branch
 * of Y"), keeping from the second reading only facts of the given kinds that the first did not state.
 */
export function alsoWithoutAsides(
  family: (view: SentenceView, ctx: RelationContext) => Candidate[],
  kinds: readonly string[],
  view: SentenceView,
  ctx: RelationContext,
): Candidate[] {
  const out = family(view, ctx);
  const views = asideViews(view);
  if (views.length === 0) return out;
  const keyOf = (c: Candidate): string => `${c.kind} ${JSON.stringify(c.args)}`;
  const seen = new Set(out.map(keyOf));
  // the second reading must not leave facts for the next sentence twice
  const pending = ctx.pending.length;
  for (const reduced of views) {
    for (const c of family(reduced, ctx)) {
      if (!kinds.includes(c.kind) || seen.has(keyOf(c))) continue;
      seen.add(keyOf(c));
      out.push({ ...c, start: reduced.outerOffset(c.start), end: reduced.outerOffset(c.end) });
    }
  }
  ctx.pending.length = pending;
  return out;
}

/** Every affiliation a sentence states, read also across the asides between its two sides. */
export function extractAffiliations(view: SentenceView, ctx: RelationContext): Candidate[] {
  return alsoWithoutAsides(affiliationsIn, ['affiliation'], view, ctx);
}

/** The rank and file of a body named by a bare plural: "the group's fighters" are no unit of it. */
const CROWD = /^(?:(?:the |its |their |(?:dozens|hundreds|thousands|scores) of )?(?:[a-z-]+ )?(?:fighters|militants|members|supporters|loyalists|gunmen|men|recruits|followers|operatives|insurgents)|(?:dozens|hundreds|scores) of (?:[a-z-]+ )?(?:militias|groups))$/i;

/** Whether every mention of a member in the sentence is a bare plural for a crowd ("fighters", "its militants"). */
export function crowdOnly(view: SentenceView, member: string): boolean {
  const slots = view.slots.filter((sl) => sl.entity === member);
  return slots.length > 0 && slots.every((sl) => sl.cls === 'CollectiveActor' && CROWD.test(sl.mention.text));
}

/** Members no state owns as its unit: an armed group or company that "answers to Tehran" is no branch of Iran. */
const NON_STATE = new Set(['ArmedGroup', 'Company', 'CollectiveActor']);

/** Whether a tie would make a non-state body a unit of a country (the country backs or hosts it; support.ts reads that). */
export function nonStateUnderCountry(ctx: RelationContext, member: string, parent: string): boolean {
  return ctx.doc.entities.get(parent)?.cls === 'Country' && NON_STATE.has(ctx.doc.entities.get(member)?.cls ?? '');
}

/** Every affiliation a sentence states. */
function affiliationsIn(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray, rule: string, confidence: number, member: string, parent: string): void => {
    // a group that "answers to Tehran" is its proxy only where the text says so ("a proxy of Iran" stays)
    if (rule === 'affiliation:answers-to' && nonStateUnderCountry(ctx, member, parent)) return;
    // "a clan headed by P acts as Y's logistics arm": the name before the verb is the clan's head, no part of Y (a
    // part introduced by its name, "its armed wing, known as X", stays whatever class an earlier stage gave X)
    const e = ctx.doc.entities.get(member);
    if (rule === 'affiliation:as-part' && e && isPerson(e)) return;
    if (member !== parent && !crowdOnly(view, member)) out.push(candidate('affiliation', { member, parent }, m, rule, confidence));
  };
  const run = (rx: RegExp, rule: string, confidence: number, parentFits = isBody): void => {
    for (const m of matchesOf(rx, view.masked)) {
      // "is not part of", "no longer a member of": the tie is denied or over
      if (DENIED.test(m[0])) continue;
      if (rule !== 'affiliation:split-from' && SPLINTER.test(m[0])) continue;
      if (CLAIM_DENIED.test(view.masked.slice(Math.max(0, (m.index ?? 0) - 50), m.index))) continue;
      const g = m.groups ?? {};
      if (rule === 'affiliation:split-from' && !PART_NOUN.test(g['d'] ?? '')) continue;
      const pAt = groupStart(m, g['p'] !== undefined ? 'p' : 'p2');
      // "Ambassador X, the Department's Coordinator for Y": a title in apposition to a person, no part of the body
      if (rule === 'affiliation:possessive' && personBefore(view, pAt)) continue;
      // "the Security Council's ISIL (Da'esh) and Al-Qaida Sanctions Committee": the name is a modifier inside a longer
      // name no stage recognized, and the body possessed is that one
      if (rule === 'affiliation:possessive' && g['m'] !== undefined && NAME_GOES_ON.test(view.masked.slice(groupStart(m, 'm') + g['m'].length))) continue;
      let parents = entitiesOf(ctx, view, g['p'] ?? g['p2'], pAt, parentFits);
      const members = entitiesOf(ctx, view, g['m'], groupStart(m, 'm'), isOrganization);
      // "ISIS-K, the group's regional branch" with "the group" read as ISIS-K itself: the body it branched from
      const described = slotAt(view, g['p'] ?? g['p2']);
      // "the Department's X" with "the Department" read as a body of another name: the Department named before
      const noun = described?.mention.form === 'description' ? /^the ([a-z]+)$/i.exec(described.mention.text)?.[1]?.toLowerCase() : undefined;
      if (noun && parents.length === 1 && !nameHolds(ctx, parents[0]!, noun)) {
        const named = bodyCalled(ctx, view, noun, pAt, members);
        if (named && nameHolds(ctx, named, noun)) parents = [named];
      }
      if (described?.mention.form === 'description' && members.length === 1 && parents.includes(members[0]!)) {
        const other = parentOfNamed(ctx, view, members[0]!, pAt);
        parents = other ? [other] : [];
      }
      for (const p of parents) {
        // "the Security Council's ISIL (Da'esh) and Al-Qaida Sanctions Committee", "the Treasury's ISIS designations": an
        // armed group an agency or an international body names is what it acts on, never a part of it
        if (rule === 'affiliation:possessive' && REGULATOR.has(ctx.doc.entities.get(p)?.cls ?? '')) {
          for (const member of members) if (ctx.doc.entities.get(member)?.cls !== 'ArmedGroup') push(m, rule, confidence, member, p);
          continue;
        }
        for (const member of members) push(m, rule, confidence, member, p);
      }
    }
  };
  const masked = view.masked;
  const units = UNIT_WORD.test(masked) || PART_GUARD.test(masked);
  if (units) {
    run(CALLED, 'affiliation:called', 0.8);
    run(APPOSITION, 'affiliation:apposition', 0.8);
    run(UNIT_OF, 'affiliation:unit-of', 0.8);
    run(ITS_UNIT, 'affiliation:its-unit', 0.75);
    run(FOUNDED_AS, 'affiliation:founded-as', 0.75);
    // "its armed wing, the X"; "X, the military's media wing": the parent is a description
    for (const rx of [DESCRIBED_PART, PART_APPOSITION]) {
      for (const m of matchesOf(rx, masked)) {
        if (DENIED.test(masked.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length))) continue;
        const members = entitiesOf(ctx, view, m.groups?.['m'], groupStart(m, 'm'), anyClass);
        const owner = m.groups?.['owner'];
        const parent = owner ? entitiesOf(ctx, view, owner, groupStart(m, 'owner'), isOrganization)[0] : describedParent(ctx, view, m, members);
        const rule = rx === DESCRIBED_PART ? 'affiliation:described-part' : 'affiliation:part-apposition';
        if (parent) for (const member of members) push(m, rule, 0.65, member, parent);
      }
    }
  }
  if (/answer|subordinat|accountable|belong|under the (?:direct )?(?:command|control|authority)/.test(masked)) run(ANSWERS_TO, 'affiliation:answers-to', 0.65);
  if (/ as (?:the |a |an |its |their )?/.test(masked) && units) {
    for (const m of matchesOf(AS_PART, masked)) {
      if (DENIED.test(m[0])) continue;
      const g = m.groups ?? {};
      const pKey = g['p'] !== undefined ? 'p' : g['p3'] !== undefined ? 'p3' : 'p2';
      const mKey = g['m'] !== undefined ? 'm' : 'm2';
      const parents = entitiesOf(ctx, view, g[pKey], groupStart(m, pKey), isBody);
      const members = entitiesOf(ctx, view, g[mKey], groupStart(m, mKey), anyClass);
      for (const p of parents) for (const member of members) push(m, 'affiliation:as-part', 0.65, member, p);
    }
  }
  if (masked.includes('one of ')) run(ONE_OF, 'affiliation:one-of', 0.7);
  if (/ (?:known as|called|named|dubbed) /.test(masked) && /\b(?:part|member|members|constituent) of /.test(masked)) run(PART_OF_CALLED, 'affiliation:part-of-called', 0.7);
  if (/anchor|spearhead|dominated by/.test(masked)) {
    for (const m of matchesOf(ANCHORS, masked)) {
      if (DENIED.test(m[0]) || deniedOrHypothetical(masked, m.index ?? 0)) continue;
      const g = m.groups ?? {};
      const pKey = g['p'] !== undefined ? 'p' : 'p2';
      const mKey = g['m'] !== undefined ? 'm' : 'm2';
      const parents = entitiesOf(ctx, view, g[pKey], groupStart(m, pKey), isBody);
      const members = entitiesOf(ctx, view, g[mKey], groupStart(m, mKey), isOrganization);
      const coalition = (k: string): boolean => g['u'] !== undefined || /\b(?:coalition|alliance|bloc|umbrella|front|federation)\b/.test(g['d'] ?? '') || COALITION_NAME.test(ctx.doc.entities.get(k)?.label ?? '');
      for (const p of parents) if (coalition(p)) for (const member of members) push(m, 'affiliation:anchors', 0.65, member, p);
    }
  }
  if (/ among (?:its|their) | as (?:(?:a|an|one) )?(?:part|member|branch|affiliate|province|wing|faction|unit)/.test(masked)) {
    for (const m of matchesOf(CLAIMS_AS, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'p') + (m.groups?.['p']?.length ?? 0) + 1)) continue;
      const mKey = m.groups?.['m'] !== undefined ? 'm' : 'm2';
      const parents = entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), isBody);
      const members = entitiesOf(ctx, view, m.groups?.[mKey], groupStart(m, mKey), isOrganization);
      for (const p of parents) for (const member of members) push(m, 'affiliation:claims-as', 0.65, member, p);
    }
  }
  if (/\b(?:split|splintered|broke|broken|seceded|defected) /.test(masked)) run(SPLIT_FROM, 'affiliation:split-from', 0.65);
  if (/alliance|coalition|bloc|federation|grouping|umbrella|includ|compris|made up|consists|together|groups|members?|unites/.test(masked)) {
    run(COALITION_OF, 'affiliation:coalition-of', 0.7);
  }
  if (/formed|founded|created|launched|set up|joined/.test(masked)) {
    for (const m of matchesOf(FORMED_COALITION, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
      // "A joined B and C in an umbrella alliance, D": B is a fellow member, D the coalition (affiliationClauses.ts)
      if (JOINED_WITH.test(masked.slice((m.index ?? 0) + m[0].length))) continue;
      const g = m.groups ?? {};
      const parents = entitiesOf(ctx, view, g['p'], groupStart(m, 'p'), isOrganization);
      // only a coalition: "A joined the talks" or "A founded the company" is no membership
      const coalitions = parents.filter((p) => g['u'] !== undefined || g['pre'] !== undefined || COALITION_NAME.test(ctx.doc.entities.get(p)?.label ?? ''));
      const members = entitiesOf(ctx, view, g['m'], groupStart(m, 'm'), isOrganization);
      for (const p of coalitions) for (const member of members) push(m, 'affiliation:formed-coalition', 0.65, member, p);
    }
  }
  if (/'s? /.test(masked)) run(POSSESSIVE, 'affiliation:possessive', 0.65, isOrganization);
  if (/'s? (?:(?:own|main|political) )?(?:umbrella|parent)\b/.test(masked)) {
    for (const m of matchesOf(OWNER_UMBRELLA, masked)) {
      if (DENIED.test(masked.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length))) continue;
      const g = m.groups ?? {};
      const [pKey, mKey] = g['p'] !== undefined ? ['p', 'm'] : ['p2', 'm2'];
      const parents = entitiesOf(ctx, view, g[pKey], groupStart(m, pKey), isOrganization);
      const members = entitiesOf(ctx, view, g[mKey], groupStart(m, mKey), isOrganization);
      for (const p of parents) for (const member of members) push(m, 'affiliation:owner-umbrella', 0.7, member, p);
    }
  }
  for (const m of /\b(?:[Ii]ts|[Tt]heir) /.test(masked) ? matchesOf(ITS_NAMED_UNIT, masked) : []) {
    if (DENIED.test(view.masked.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
    const its = groupStart(m, 'its');
    // with no organization before "its" in the sentence, the body is the subject of the sentence before
    const before = view.slots.some((sl) => isOrganization(sl) && view.masked.indexOf(`⟦${sl.index}⟧`) < its);
    const parent = (!before && previousOrganization(ctx, view)) || antecedent(ctx, view, its, isOrganization);
    const members = entitiesOf(ctx, view, m.groups?.['m'], groupStart(m, 'm'), anyClass);
    if (parent) for (const member of members) push(m, 'affiliation:its-named-unit', 0.65, member, parent);
  }
  for (const m of /working|serving|deployed|operating|fighting/.test(masked) ? matchesOf(WORKING_FOR, masked) : []) {
    // "troops working for the African Union mission": the parent is the mission, when the text names it elsewhere
    const g = m.groups ?? {};
    const parent = headOf(ctx, view, g['p'], (m.index ?? 0) + m[0].length);
    const members = entitiesOf(ctx, view, g['m'], groupStart(m, 'm'), isOrganization);
    if (parent) for (const member of members) push(m, 'affiliation:working-for', 0.6, member, parent);
  }
  const linked = /linked|tied|connected|affiliated|associated|controlled|owned|run/.test(masked);
  if (linked) {
    run(LINKED_TO, 'affiliation:linked-to', 0.7, isOrganization);
    run(COMPOUND_INCLUDING, 'affiliation:compound-including', 0.75, isOrganization);
    run(COMPOUND, 'affiliation:compound', 0.7, isOrganization);
  }

  for (const m of linked ? matchesOf(COUNTED_LINKED, masked) : []) {
    const count = numberOf(m.groups?.['n'] ?? '');
    const parent = entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), isOrganization)[0];
    if (count === undefined || !parent) continue;
    const c = candidate('affiliation', { parent }, m, 'affiliation:counted-linked', 0.6);
    ctx.pending.push({ count, role: 'member', candidate: c, docStart: view.docOffset(c.start), docEnd: view.docOffset(c.end) });
  }

  if (masked.includes(' of ')) {
    for (const m of matchesOf(UNIT_NAME_OF, masked)) {
      const member = view.slots[Number(m.groups!['m']!.slice(1, -1))];
      const parent = view.slots[Number(m.groups!['p']!.slice(1, -1))];
      if (!member || !parent || !isOrganization(member) || !isOrganization(parent) || !UNIT_HEAD.test(member.mention.text)) continue;
      push(m, 'affiliation:unit-name-of', 0.65, member.entity, parent.entity);
    }
  }
  if (/[Mm]embers of /.test(masked)) run(MEMBERS_INCLUDE, 'affiliation:members-include', 0.65, isOrganization);
  // a name that is another organization's name followed by a unit word: "African Union Mission in Somalia"
  for (const slot of view.slots) {
    if (!isOrganization(slot) || !PART_WORD.test(slot.mention.text)) continue;
    for (const parent of partOf(ctx, slot)) {
      const at = view.masked.indexOf(`⟦${slot.index}⟧`);
      const m = Object.assign([`⟦${slot.index}⟧`], { index: at }) as unknown as RegExpMatchArray;
      push(m, 'affiliation:part-name', 0.7, slot.entity, parent);
    }
  }
  out.push(
    ...extractMemberships(view, ctx, () => previousOrganization(ctx, view)).filter(
      (c) => !crowdOnly(view, c.args['member'] ?? ''),
    ),
  );
  return out;
}
