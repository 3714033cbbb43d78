// Affiliations told by a clause rather than by a unit noun next to the two names: membership of a bloc named by a
// description ("is also a member of the bloc"), allegiance, designation grounds ("for being owned or controlled by"),
// umbrellas, incorporation, a subsidiary of the sentence's subject, and units of "the army" or "the ministry".

import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import { candidate, deniedOrHypothetical, groupStart, isOrganization, pattern, type Candidate, type Classed } from './patterns.js';
import { resolvedMentionsIn } from '../spans.js';
import type { SentenceView } from './sentenceView.js';
import type { Entity } from '../document.js';
import { matchesOf } from '../matchesOf.js';
import { nounAlternation, OATH_NOUN, OATH_VERB, PART_GUARD, PART_NOUNS } from './affiliationWords.js';

const UNIT = `${nounAlternation([...PART_NOUNS, 'member', 'battalion', 'brigade'])}|part`;
/** Plural nouns for the parts of a body ("one of the groups that make up X"). */
const PLURAL_PART = '(?:groups|members|factions|parties|militias|organi[sz]ations|units|components|brigades|movements|affiliates|branches|member groups|constituent groups)';
/** Nouns a body is called by once named ("the bloc", "the alliance"). */
const BODY_NOUN = 'bloc|alliance|coalition|federation|front|union|league|umbrella group|movement|party|network|fund|foundation|council|committee';

/**
 * "X, a small party, is also a member of the bloc"; "X, which was known as Y, is a branch of Z"; "X is the armed wing
 * of Y and is part of Z, together with A and B": the subject past an appositive or a first predicate, and the names
 * "together with" adds to it. The parent may be a description ("the bloc") of a body named before.
 */
const MEMBER_OF = pattern(
  `(?<m>{E}){APPOS} (?:(?:is|was|are|were|has been|remains?|became) [^⟦.;]{0,40}?(?:⟦\\d+⟧(?: \\(⟦\\d+⟧\\))?[^⟦.;]{0,12}?)?,? and )?(?:is|was|are|were|has been|have been|remains?|became) (?:(?:also|still|now|formally|itself) )*{DET}?(?:{W}){0,2}?(?:${UNIT}) (?:of|in|within) (?:the )?(?:(?:so-called|self-styled|self-declared|newly formed|new) )?(?:(?<p>{E})|(?<pd>${BODY_NOUN})\\b)(?:,? (?:together|along) with (?:the )?(?<m2>{L}))?`,
);
/** "its commanders have publicly pledged allegiance to ISIS"; "X, which swore loyalty to Y". */
const ALLEGIANCE = pattern(
  `(?:(?<m>{E})(?:(?!\\b(?:its|their)\\b)[^⟦.;]){0,40}?|\\b(?<its>[Ii]ts|[Tt]heir) (?:[a-z-]+ )?(?:commanders|leaders|leadership|fighters|members|founders?|leader|chief|emir)[^⟦.;]{0,40}?|\\b(?<pro>[Ii]t|[Tt]hey)(?: (?:later|also|formally|publicly|then|has|had|have|subsequently|eventually|quickly|reportedly))*) (?<v>${OATH_VERB}) (?:its |their |his |her |(?:the )?(?<owner>(?:group|movement|organi[sz]ation|militia|faction|network|outfit)|⟦\\d+⟧)'s? )?(?:formal )?(?:${OATH_NOUN}) to (?:the )?(?<p>{E})`,
);
/** "designating A, B and C for being owned or controlled by, or having acted for or on behalf of, the Government of X". */
const ON_BEHALF = pattern(
  `(?<m>{L}),? (?:(?:is|are|was|were) (?:being )?(?:designated|sanctioned|listed|targeted) )?(?:[^⟦.;]{0,30}? )?for (?:being|having been|having) (?<mid>[^⟦.;]{0,90}?)(?:by|of),? (?:(?:directly or indirectly|either directly or indirectly),? )?(?:the )?(?<p>{E})`,
);
const ON_BEHALF_GROUND = /owned|controlled|on behalf of|directed by/;
/** "the state-sanctioned umbrella of mostly Iran-backed militias". */
const UMBRELLA = pattern(
  `(?<p>{E}){Q}{SEP}{DET}(?:[\\w-]+ ){0,2}?umbrella(?: group| organi[sz]ation| body| coalition)? (?:of|for) (?:(?:[a-z-]+|⟦\\d+⟧-[a-z]+) ){0,3}?(?<m>{L})(?!-)`,
);
/** "It was formally incorporated into the state security forces"; "X was integrated into the army". */
const INCORPORATED = pattern(
  `(?<m>{E}|{PRO}) (?:(?:was|were|has been|had been|have been|is|are) )(?:(?:formally|officially|later|eventually|since|then|fully) )*(?<v>incorporated|integrated) into (?:the )?(?<p>{E})`,
);
/** "Dacia (Dacia Payment), a Chisinau-based subsidiary that ...": a part with no "of", belonging to the sentence's subject. */
const BARE_PART = pattern(
  `(?<m>{E}){Q}{SEP}{DET}(?:[\\w-]+ |⟦\\d+⟧-[\\w-]+ ){0,3}?(?:subsidiary|affiliate|front company|shell company)\\b(?! (?:of|to|for|in) )`,
);
/** "the army's 149 Battalion"; "the ministry's Directorate of X": a named unit of a body the text calls by its noun. */
const HEAD_POSSESSIVE = pattern(
  `\\b[Tt]he (?<head>army|military|navy|police|force|ministry|government|party|group|movement|alliance|coalition|bloc|fund|company|organi[sz]ation)'s (?:[a-z-]+ ){0,2}?(?<m>{E})`,
);
/** A unit's own name says it is one ("149 Battalion", "3rd Infantry Division", "Directorate of Intelligence"). */
const UNIT_NAME = /\b(?:battalion|brigade|division|regiment|corps|command|wing|unit|forces?|directorate|department|office|agency|bureau|service|committee|branch|section|cell|squadron|fleet|province|group|council|mission)\b/i;
/** "the NPA's Komiteng Rehiyon-Negros, Cebu, Bohol (KR-NCBS)": a name split at its commas, known by its acronym. */
const SPLIT_POSSESSED = pattern(`(?<p>{E})'s (?:⟦\\d+⟧|[A-Z][\\w-]*)(?:(?:,? |-)(?:⟦\\d+⟧|[A-Z][\\w-]*)){1,6} \\((?<m>⟦\\d+⟧)\\)`);
/** "X, which means 'Y', was formed in 2023 as an alliance between the A federation and B": the members of the alliance. */
const FORMED_AS_ALLIANCE = pattern(
  `(?<p>{E}){APPOS} (?:(?:was|were|is) (?:formed|created|founded|established|launched|set up)|(?:first )?(?:emerged|arose))[^⟦.;]{0,40}? as (?:a|an) (?:{W}){0,2}?(?:alliance|coalition|umbrella group|federation|bloc|pact) (?:of|between) (?:the )?(?:(?:⟦\\d+⟧'s |[a-z-]+(?:'s)? ){1,6}?[a-z-]+, (?:the )?)?(?<m>{L})`,
);
/** "X, a Y-affiliated group": the compound in an apposition after the member. */
const COMPOUND_APPOSITION = pattern(
  `(?<m>{E}){Q}{SEP}{DET}(?:[a-z-]+ )?(?<p>{E})-(?:linked|tied|connected|affiliated|associated|controlled|owned|run) (?:[a-z-]+ ){0,2}?(?:group|militia|faction|company|firm|network|outfit|organi[sz]ation|movement|gang|party|entity|front|unit|cell)\\b`,
);
/** "A and B, both members of the C"; "A is among the groups that make up C"; "A, one of C's member groups". */
const AMONG = pattern(
  `(?<m>{L}){Q}(?:{SEP}| (?:is|was|are|were|remains?) )(?:(?:both|all|each) (?:members?|parts?|affiliates?|factions?|components?|branch(?:es)?) (?:of|in) (?:the )?(?<p>{E})|(?:one of|among) (?:(?:the )?(?:[a-z-]+ ){0,2}?${PLURAL_PART} (?:in|of|that (?:make|made|form|formed) up|forming|within|belonging to|under) (?:the )?(?<p2>{E})|(?:the )?(?<p3>{E})'s? (?:[a-z-]+ ){0,2}?${PLURAL_PART}\\b))`,
);
/** "X, which operates under the C umbrella"; "X fights under the banner of C". */
const UNDER_BANNER = pattern(
  `(?<m>{E})(?:,? (?:which|that|who))? (?:(?:now|still|reportedly|also) )?(?<v>operates?|operating|operated|fights?|fighting|fought|acts?|acting) under the (?:(?<p>{E}) (?:umbrella|banner|flag)|(?:umbrella|banner|flag) of (?:the )?(?<p2>{E}))`,
);
/** "X, which Y set up as its armed wing". */
const WHICH_AS_PART = pattern(
  `(?<m>{E}),? (?:which|that) (?<p>{E}) (?:(?:had|has|later|first) )?(?:set up|created|formed|established|founded|launched|uses|used|runs|ran|controls|controlled|leads|led) as (?:its|their) (?:[a-z-]+ ){0,2}?(?:wing|arm|branch|affiliate|front|proxy|subsidiary|faction|unit)\\b`,
);
/** "X, which has close ties to Y"; "a firm with links to Y": a tie the text states, not a membership it names. */
const TIES = pattern(
  `(?<m>{L}){Q},? (?:(?:which|that|who) )?(?:(?:has|have|had|has had|with) )(?:(?:close|strong|long-standing|longstanding|deep|reported|alleged|direct|known) )?(?:ties|links|connections) (?:to|with) (?:the )?(?<p>{E})`,
);
/** "outlaw groups that hide inside the PMF"; "cells operating within the movement". */
const INSIDE = pattern(
  `(?<m>{E}){Q},? (?:(?:that|which|who) )?(?:[a-z]+ ){0,2}?(?<v>hide|hides|hid|hiding|operate|operates|operated|operating|embedded|nested|work|works|working) (?:inside|within|in the ranks of|among the ranks of) (?:the )?(?<p>{E})`,
);
/** "the Somali National Army and its U.S.-trained Danab special forces"; "the ministry said its special forces". */
const ITS_UNIT_NAME = pattern(
  `\\b(?<its>[Ii]ts|[Tt]heir) (?:(?![a-z]*(?:all(?:y|ies)|partners?|rivals?|enem(?:y|ies)|backers?)\\b|(?:to|of|with|from|by|for|on|in|into|against|and|or|as|at)\\b)(?:[a-z-]+|⟦\\d+⟧-[a-z]+) ){0,2}?(?<m>⟦\\d+⟧)(?!-)`,
);
/** "The TPLF dominated the EPRDF, the coalition that ruled Ethiopia": the leading member of a coalition. */
const DOMINATED = pattern(
  `(?<m>{E}) (?:(?:long|once|had|has) )?(?<v>dominated|dominates|led|leads|headed|heads) (?:the )?(?<p>{E}){Q}{SEP}(?:the|a|an) (?:[a-z-]+ ){0,2}?(?:coalition|alliance|bloc|umbrella group|federation)\\b`,
);

const GUARD = /-(?:linked|tied|connected|affiliated|associated|controlled|owned|run) |\b(?:both|all|each|one of|among) |under the| as (?:its|their|a|an) |member|part\b|branch|affiliate|wing|arms?\b|unit|faction|component|division|chapter|subsidiar|allegiance|loyalty|fealty|bay'?ah|bayat|on behalf|owned|controlled|umbrella| (?:ties|links|connections) (?:to|with) | (?:inside|within|in the ranks of|among the ranks of) |\b(?:[Ii]ts|[Tt]heir) |incorporated|integrated|\b[Tt]he [a-z]+'s |'s (?:⟦|[A-Z])|dominat/;
/** The unit nouns MEMBER_OF needs, followed by "of", "in" or "within". */
const MEMBER_WORD = new RegExp(`\\b(?:${UNIT}) (?:of|in|within)\\b`);

/** Nouns for a state's armed force, which no armed group answers to. */
const STATE_FORCE_NOUN = /^(?:army|military|navy)$/;
/** Nouns any kind of body goes by. */
const GENERIC_BODY = /^(?:force|group|organi[sz]ation|movement)$/;
/** Classes that are no body's unit: a generic noun for a body picks among the others. */
function bodies(e: Entity | undefined): e is Entity {
  return e !== undefined && isOrganization(e) && e.cls !== 'CollectiveActor';
}

/**
 * The body a noun stands for at `at` ("the bloc", "the fund", "the army"): the latest earlier organization whose name
 * holds the noun or whose name the text follows with it ("the Victory bloc"); for "the army" or "the military" with
 * none so named, the one armed force of the document that is no branch or unit of another.
 */
export function bodyCalled(ctx: RelationContext, view: SentenceView, noun: string, at: number, exclude: readonly string[]): string | undefined {
  const word = new RegExp(`\\b${noun.replace(/s$/, '')}`, 'i');
  const after = new RegExp(`^\\s+${noun}\\b`, 'i');
  const end = view.docOffset(at);
  const mentions = resolvedMentionsIn(ctx.doc, { start: 0, end });
  // "the Philippine Army's 3rd Division" told before: "the army's 3rd Division" is that army's, not the latest army named
  for (let i = 1; i < mentions.length; i++) {
    const owner = mentions[i - 1]!;
    if (!exclude.includes(mentions[i]!.entity!) || !/^['’]s?\s+$/.test(ctx.doc.text.slice(owner.end, mentions[i]!.start))) continue;
    const e = ctx.doc.entities.get(owner.entity!);
    if (bodies(e) && !exclude.includes(e.key) && [e.label, ...e.names].some((n) => word.test(n))) return e.key;
  }
  // "the army's": a state's armed force, never an armed group whose name holds "Army" ("the MNDAA ... the army's
  // Northeastern Command")
  const state = STATE_FORCE_NOUN.test(noun);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const e = ctx.doc.entities.get(m.entity!);
    if (!e || e.cls === 'Person' || exclude.includes(e.key)) continue;
    // "the Victory bloc": the noun after a name makes it a body, whatever class an earlier stage gave it
    // ("⟦Myanmar⟧ army" names the country's army, which is not the country)
    if (after.test(ctx.doc.text.slice(m.end, m.end + noun.length + 2)) && !(state && e.cls === 'Country')) return e.key;
    if (bodies(e) && (!state || e.cls === 'MilitaryForce') && [e.label, ...e.names].some((n) => word.test(n))) return e.key;
  }
  // "the force's Teknaf battalion", "the group's": a generic noun stands for the latest body named before
  if (GENERIC_BODY.test(noun)) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const e = ctx.doc.entities.get(mentions[i]!.entity!);
      if (bodies(e) && !exclude.includes(e.key)) return e.key;
    }
  }
  if (!/^(?:army|military)$/.test(noun)) return undefined;
  const forces = [...ctx.doc.entities.values()].filter(
    (e) => e.cls === 'MilitaryForce' && !exclude.includes(e.key) && ![e.label, ...e.names].some((n) => /\b(?:air|naval|navy|coast|battalion|brigade|division|corps|task|special|police|guard|mission)\b/i.test(n)),
  );
  return forces.length === 1 ? forces[0]!.key : undefined;
}

/** The organization the sentence is about where its opening words are "The fund ..." or a name. */
function sentenceSubject(ctx: RelationContext, view: SentenceView, exclude: readonly string[]): string | undefined {
  const opening = /^\W*(?:[Tt]he (?<head>[a-z]+) |⟦(?<slot>\d+)⟧)/.exec(view.masked);
  if (opening?.groups?.['head']) return bodyCalled(ctx, view, opening.groups['head'], opening.index + 1, exclude);
  const slot = view.slots[Number(opening?.groups?.['slot'] ?? -1)];
  return slot && isOrganization(slot) && !exclude.includes(slot.entity) ? slot.entity : undefined;
}

/** The body named first in the sentence, where the sentence opens on it ("The ⟦X⟧ was set up ..."). */
function openingBody(ctx: RelationContext, view: SentenceView): string | undefined {
  const slot = view.slots[Number(/^\W*(?:[Tt]he )?⟦(\d+)⟧/.exec(view.masked)?.[1] ?? -1)];
  return slot && bodies(ctx.doc.entities.get(slot.entity)) ? slot.entity : undefined;
}

/**
 * The body the paragraph opens on: the first earlier sentence of the text block that begins with a body's name ("The
 * ADF began in the mid-1990s as ... It was formed by ... leadership passed to P, who pledged the group's allegiance").
 */
function paragraphTopic(ctx: RelationContext, view: SentenceView): string | undefined {
  const here = view.sentence;
  for (const s of ctx.doc.sentences) {
    if (s.index >= here.index) break;
    if (s.block !== here.block) continue;
    const first = resolvedMentionsIn(ctx.doc, s)[0];
    if (!first || !/^\W*(?:the\s+)?$/i.test(ctx.doc.text.slice(s.start, first.start))) continue;
    const e = ctx.doc.entities.get(first.entity!);
    if (bodies(e) && e.cls !== 'Country') return e.key;
  }
  return undefined;
}

/** The subject of the sentence before, for a pronoun that opens this one ("It was formally incorporated into ..."). */
function openingPronoun(ctx: RelationContext, view: SentenceView, at: number, previousSubject: () => string | undefined, opening = /^\W*$/): string | undefined {
  return opening.test(view.masked.slice(0, at)) ? previousSubject() : antecedent(ctx, view, at, isOrganization);
}

/** Words before a pronoun that still leave it the clause's opening subject: "In 2019 it", "Two years later, they". */
const OPENING_ADVERBIAL = /^\W*(?:(?:[Ii]n|[Bb]y|[Ss]ince) (?:(?:early|late|mid-?) )?(?:\d{4}|[A-Z][a-z]+(?: \d{4})?)|[A-Za-z]+ (?:years?|months?|weeks?) later|[Ll]ater|[Tt]hen|[Ss]oon after)?,? ?$/;

/** Every affiliation a sentence states through a clause (see the patterns above). */
export function extractMemberships(view: SentenceView, ctx: RelationContext, previousSubject: () => string | undefined): Candidate[] {
  const masked = view.masked;
  const out: Candidate[] = [];
  if (!GUARD.test(masked) && !PART_GUARD.test(masked)) return out;
  const push = (m: RegExpMatchArray, rule: string, confidence: number, members: readonly string[], parents: readonly (string | undefined)[]): void => {
    for (const parent of parents) {
      if (parent === undefined) continue;
      for (const member of members) if (member !== parent) out.push(candidate('affiliation', { member, parent }, m, rule, confidence));
    }
  };
  const orgs = (m: RegExpMatchArray, name: string): string[] => entitiesOf(ctx, view, m.groups?.[name], groupStart(m, name), isOrganization);
  const denied = (m: RegExpMatchArray): boolean => /\b(?:not|never|no longer|neither|nor)\b|n't\b/.test(m[0]);

  if (MEMBER_WORD.test(masked)) {
    for (const m of matchesOf(MEMBER_OF, masked)) {
      if (denied(m)) continue;
      const members = [...orgs(m, 'm'), ...orgs(m, 'm2')];
      const pd = m.groups?.['pd'];
      const parents = pd ? [bodyCalled(ctx, view, pd, groupStart(m, 'pd'), members)] : entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), isOrganization);
      push(m, 'affiliation:member-of', 0.75, members, parents);
    }
  }
  for (const m of /subsidiary|affiliate|front company|shell company/.test(masked) ? matchesOf(BARE_PART, masked) : []) {
    if (denied(m)) continue;
    const members = orgs(m, 'm');
    push(m, 'affiliation:bare-part', 0.6, members, [sentenceSubject(ctx, view, members)]);
  }
  if (/allegiance|loyalty|fealty|bay'?ah|bayat/.test(masked)) {
    for (const m of matchesOf(ALLEGIANCE, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
      // "fighters of the X pledged": the fighters, not X; "its commanders": the body before, not a collective
      if (m.groups?.['m'] !== undefined && m.groups['owner'] === undefined && /(?:\b(?:of|from|among|with|by) (?:the )?|, or )$/.test(masked.slice(0, groupStart(m, 'm')))) continue;
      const g = m.groups ?? {};
      const body = (x: Classed): boolean => bodies(x as Entity);
      // "P pledged the group's allegiance to Y": the body whose oath it was, not the one who swore it; "the group" is
      // the body the sentence or its paragraph opens on (not the latest body named, often an aside's)
      const owner = g['owner'];
      const ownerSlot = owner?.startsWith('⟦') ? view.slots[Number(owner.slice(1, -1))] : undefined;
      const members = owner
        ? ownerSlot && ownerSlot.mention.form !== 'description'
          ? orgs(m, 'owner')
          : [openingBody(ctx, view) ?? paragraphTopic(ctx, view)].filter((k): k is string => !!k)
        : g['its'] !== undefined
          ? [antecedent(ctx, view, groupStart(m, 'its'), body)].filter((k): k is string => !!k)
          : g['pro'] !== undefined
            ? // "In 2019 it pledged allegiance to Y": the subject of the sentence before when the pronoun opens the clause
              [openingPronoun(ctx, view, groupStart(m, 'pro'), previousSubject, OPENING_ADVERBIAL)].filter((k): k is string => !!k)
            : orgs(m, 'm');
      push(m, 'affiliation:allegiance', 0.7, members, entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), isOrganization));
    }
  }
  if (/on behalf|owned|controlled|directed by/.test(masked)) {
    for (const m of matchesOf(ON_BEHALF, masked)) {
      if (!ON_BEHALF_GROUND.test(m[0]) || denied(m)) continue;
      push(m, 'affiliation:on-behalf', 0.65, orgs(m, 'm'), entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), (x) => x.cls !== 'Person' && x.cls !== 'CollectiveActor'));
    }
  }
  if (/ as (?:a|an) /.test(masked)) {
    // "formed as an alliance": the subject is a body, whatever class an earlier stage gave it
    for (const m of matchesOf(FORMED_AS_ALLIANCE, masked)) push(m, 'affiliation:formed-as-alliance', 0.65, orgs(m, 'm'), entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), (x) => x.cls !== 'Place'));
  }
  if (/-(?:linked|tied|connected|affiliated|associated|controlled|owned|run) /.test(masked)) {
    for (const m of matchesOf(COMPOUND_APPOSITION, masked)) push(m, 'affiliation:compound-apposition', 0.7, orgs(m, 'm'), orgs(m, 'p'));
  }
  if (/\b(?:(?:both|all|each) (?:members?|parts?|affiliates?|factions?|components?|branch)|one of|among) /.test(masked)) {
    for (const m of matchesOf(AMONG, masked)) {
      if (denied(m)) continue;
      const pKey = m.groups?.['p'] !== undefined ? 'p' : m.groups?.['p2'] !== undefined ? 'p2' : 'p3';
      push(m, 'affiliation:among', 0.7, orgs(m, 'm'), orgs(m, pKey));
    }
  }
  if (/ under the /.test(masked)) {
    for (const m of matchesOf(UNDER_BANNER, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
      push(m, 'affiliation:under-banner', 0.65, orgs(m, 'm'), orgs(m, m.groups?.['p'] !== undefined ? 'p' : 'p2'));
    }
  }
  if (/ as (?:its|their) /.test(masked)) {
    // "which Iran set up as its proxy": a state may own a proxy
    for (const m of matchesOf(WHICH_AS_PART, masked)) push(m, 'affiliation:which-as-part', 0.65, orgs(m, 'm'), entitiesOf(ctx, view, m.groups?.['p'], groupStart(m, 'p'), (x) => x.cls !== 'Person' && x.cls !== 'Place'));
  }
  if (/ (?:ties|links|connections) (?:to|with) /.test(masked)) {
    for (const m of matchesOf(TIES, masked)) {
      if (denied(m)) continue;
      push(m, 'affiliation:ties', 0.6, orgs(m, 'm'), orgs(m, 'p'));
    }
  }
  if (/ (?:inside|within|in the ranks of|among the ranks of) /.test(masked)) {
    for (const m of matchesOf(INSIDE, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v')) || /\bno $/.test(masked.slice(0, m.index))) continue;
      push(m, 'affiliation:inside', 0.6, orgs(m, 'm'), orgs(m, 'p'));
    }
  }
  for (const m of /\b(?:[Ii]ts|[Tt]heir) /.test(masked) ? matchesOf(ITS_UNIT_NAME, masked) : []) {
    const slot = view.slots[Number(/\d+/.exec(m.groups?.['m'] ?? '')?.[0] ?? -1)];
    if (!slot || !bodies(ctx.doc.entities.get(slot.entity)) || !UNIT_NAME.test(slot.mention.text)) continue;
    const its = groupStart(m, 'its');
    // with no body before "its" in the sentence, the body is the subject of the sentence before
    const before = view.slots.some((sl) => isOrganization(sl) && view.masked.indexOf(`⟦${sl.index}⟧`) < its);
    const parent = before ? antecedent(ctx, view, its, (x) => bodies(x as Entity)) : previousSubject();
    push(m, 'affiliation:its-unit-name', 0.6, [slot.entity], [parent]);
  }
  if (masked.includes('umbrella')) {
    for (const m of matchesOf(UMBRELLA, masked)) push(m, 'affiliation:umbrella', 0.7, orgs(m, 'm'), orgs(m, 'p'));
  }
  if (/incorporated|integrated/.test(masked)) {
    for (const m of matchesOf(INCORPORATED, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
      const text = m.groups?.['m'] ?? '';
      const members = text.startsWith('⟦') ? orgs(m, 'm') : [openingPronoun(ctx, view, groupStart(m, 'm'), previousSubject)].filter((k): k is string => !!k);
      push(m, 'affiliation:incorporated', 0.65, members, orgs(m, 'p'));
    }
  }
  if (/\b[Tt]he [a-z]+'s /.test(masked)) {
    for (const m of matchesOf(HEAD_POSSESSIVE, masked)) {
      const slot = view.slots[Number(/\d+/.exec(m.groups?.['m'] ?? '')?.[0] ?? -1)];
      if (!slot || !isOrganization(slot) || !UNIT_NAME.test(slot.mention.text)) continue;
      push(m, 'affiliation:head-possessive', 0.65, [slot.entity], [bodyCalled(ctx, view, m.groups!['head']!, m.index ?? 0, [slot.entity])]);
    }
  }
  if (/'s /.test(masked) && masked.includes(' (⟦')) {
    for (const m of matchesOf(SPLIT_POSSESSED, masked)) push(m, 'affiliation:split-possessed', 0.6, orgs(m, 'm'), orgs(m, 'p'));
  }
  if (/dominat|\bled\b|leads|headed|heads/.test(masked) && /coalition|alliance|bloc|umbrella group|federation/.test(masked)) {
    for (const m of matchesOf(DOMINATED, masked)) {
      if (deniedOrHypothetical(masked, groupStart(m, 'v'))) continue;
      push(m, 'affiliation:dominated', 0.6, orgs(m, 'm'), orgs(m, 'p'));
    }
  }
  return out;
}
