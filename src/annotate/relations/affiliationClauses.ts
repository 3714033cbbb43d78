// Affiliations read from their trigger outward, however long the asides between the sides: "X, which ..., is the
// armed wing of Y", "the authority whose armed wing is X", "X joined Y, an alliance of ...", "A joined B and C in an
// umbrella alliance, the D", "an armed group which formally reports to Y", "X, one of dozens of militias that fight
// under the banner of Y", "Among its largest factions are A and B".

import type { Entity } from '../document.js';
import { candidate, deniedOrHypothetical, isBody, isOrganization, type Candidate, type Family } from './patterns.js';
import { antecedent, type RelationContext } from './relationContext.js';
import { crowdOnly, nonStateUnderCountry, previousOrganization } from './affiliations.js';
import type { SentenceView } from './sentenceView.js';
import { nounAlternation, PART_GUARD, PART_NOUNS, REPORT_VERB } from './affiliationWords.js';
import { asBody, phraseAfter, readClauses, subjectBefore, type ClauseRule } from './triggerClauses.js';
import { matchesOf } from '../matchesOf.js';

/** A body that belongs to another: an organization, never a country, a person or a place. */
function body(e: Entity): boolean {
  return isOrganization(e);
}

/** A member that is a named body, no unnamed crowd ("fighters were integrated into the army" is no unit's tie). */
function namedBody(e: Entity): boolean {
  return isOrganization(e) && e.cls !== 'CollectiveActor';
}

/** A body others belong to: no unnamed crowd ("fighters"). */
function parentBody(e: Entity): boolean {
  return isOrganization(e) && e.cls !== 'CollectiveActor';
}

/** A splinter left its parent (lineage.ts reads it), so it is no unit word here. */
const UNIT = `${nounAlternation([...PART_NOUNS, 'member', 'battalion', 'brigade'])}|part`;
const COPULA = '(?:is|was|are|were|remains?|remained|became|has (?:long |always )?been|have (?:long |always )?been)';
const ADVERBS = '(?: (?:also|now|still|effectively|formally|officially|nominally|itself|widely seen as|considered|regarded as))*';

/** Where a body began: "had begun as Y's enforcement wing", "emerged as a faction of Y" (its origin, a tie the text states). */
const ORIGIN = '(?:began|begun|started|emerged|originated)(?: life)? as';
/** Verbs of counting a body among one's own: "counts itself part of Y", "considers X part of its province". */
const SEES = 'considers?|considered|regards?|regarded|counts?|counted|sees|see|saw|describes?|described';

/** The reading most triggers share: a body before the trigger is a member of the parent body after it. */
const MEMBER_OF_PARENT = {
  kind: 'affiliation',
  before: 'member',
  after: 'parent',
  acceptBefore: body,
  acceptAfter: parentBody,
} as const;

const RULES: readonly ClauseRule[] = [
  {
    rule: 'affiliation:clause-unit-of',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b${COPULA}${ADVERBS} (?:(?:a|an|the|one of the) )?(?:[a-z-]+ ){0,2}?(?:${UNIT}) (?:of|within)\\b`, 'g'),
    shape: 'active',
    confidence: 0.7,
  },
  {
    rule: 'affiliation:clause-unit-of',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b${COPULA}${ADVERBS} (?:the )?(?<p>⟦\\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:${UNIT})\\b`, 'dg'),
    shape: 'active',
    confidence: 0.7,
  },
  {
    rule: 'affiliation:clause-began-as',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b${ORIGIN} (?:(?:a|an|the) )?(?:[a-z-]+ ){0,2}?(?:${UNIT}) of\\b`, 'g'),
    shape: 'active',
    confidence: 0.65,
  },
  {
    rule: 'affiliation:clause-began-as',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b${ORIGIN} (?:the )?(?<p>⟦\\d+⟧)'s? (?:[a-z-]+ ){0,2}?(?:${UNIT})\\b`, 'dg'),
    shape: 'active',
    confidence: 0.65,
  },
  {
    rule: 'affiliation:clause-counts-itself',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b(?:${SEES}) (?:itself|themselves) (?:as |to be )?(?:(?:a|an|one) )?(?:[a-z-]+ )?(?:${UNIT}) of\\b`, 'g'),
    shape: 'active',
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-backbone',
    ...MEMBER_OF_PARENT,
    trigger: /\b(?:forms?|formed|forming|makes? up|made up|making up) the (?:backbone|core|bulk|nucleus|main component) of\b/g,
    shape: 'active',
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-whose-unit',
    kind: 'affiliation',
    trigger: new RegExp(`\\bwhose (?:[a-z-]+ ){0,2}?(?:${UNIT})(?: (?:is|are|was|were|include|includes|included)\\b|,)`, 'g'),
    shape: 'active',
    before: 'parent',
    after: 'member',
    acceptBefore: parentBody,
    acceptAfter: body,
    confidence: 0.65,
  },
  {
    rule: 'affiliation:clause-reports-to',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b(?:${REPORT_VERB}) (?:directly )?to\\b`, 'g'),
    shape: 'active',
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-controlled-by',
    ...MEMBER_OF_PARENT,
    // "run by ⟦Y⟧ operative ⟦P⟧": a body that only qualifies the person who runs it owns nothing
    trigger: /\b(?:controlled|overseen|(?:wholly |majority[- ]|partly |partially )?owned) by\b|\b(?:run|operated|administered) by(?= (?:the )?⟦\d+⟧(?: \([^()]{1,60}\))?(?:[,.;:)]|$| (?:which|that|since|in|and|until|with|to|from|for|as)\b))/g,
    shape: 'passive',
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-under-banner',
    ...MEMBER_OF_PARENT,
    trigger: /\b(?:fights?|fought|fighting|operates?|operated|operating) under the (?:banner|umbrella|flag) of\b/g,
    shape: 'active',
    confidence: 0.65,
  },
  {
    // "X falls under the umbrella of Y", "X, which comes under the authority of Y", "X is placed under the control of Y"
    rule: 'affiliation:clause-under-authority',
    ...MEMBER_OF_PARENT,
    trigger:
      /\b(?:falls?|fell|fallen|falling|comes?|came|coming|sits?|sat|sitting|works?|worked|working|(?:was|were|is|are|has been|have been) (?:placed|brought|put)) under the (?:(?:direct|overall|operational|administrative|formal|nominal) )?(?:umbrella|banner|flag|authority|control|command|supervision|oversight|auspices|jurisdiction) of\b/g,
    shape: 'active',
    confidence: 0.6,
  },
  {
    // "X falls under the Ministry of Y": a body's place in a state's or group's structure
    rule: 'affiliation:clause-falls-under',
    ...MEMBER_OF_PARENT,
    trigger: /\b(?:falls?|fell|fallen|falling) (?:directly )?under\b(?! the (?:[a-z]+ )?(?:umbrella|banner|flag|authority|control|command|supervision|oversight|auspices|jurisdiction) of\b)/g,
    shape: 'active',
    confidence: 0.6,
  },
  {
    // "X operates under the Ministry of Y": the body a name directly follows (not "under pressure", "under P's command")
    rule: 'affiliation:clause-operates-under',
    ...MEMBER_OF_PARENT,
    trigger: /\b(?:operates?|operated|operating) (?:directly )?under(?= (?:the )?⟦\d+⟧(?!'|-))/g,
    shape: 'active',
    confidence: 0.6,
  },
  {
    // "X forms part of Y", "A and B make up part of Y"
    rule: 'affiliation:clause-forms-part',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(`\\b(?:forms?|formed|forming|makes? up|made up|making up|constitutes?|constituted) (?:(?:a|an|the) )?(?:[a-z-]+ )?(?:part|${nounAlternation(PART_NOUNS)}) of\\b`, 'g'),
    shape: 'active',
    confidence: 0.6,
  },
  {
    // "since 2019 X has operated as part of Y"; "X, which fights as part of Y": a body that works as part of another
    rule: 'affiliation:clause-as-part',
    ...MEMBER_OF_PARENT,
    trigger: /\b(?:operates?|operated|operating|serves?|served|serving|acts?|acted|acting|functions?|functioned|functioning|fights?|fought|fighting|works?|worked|working) as (?:an? )?part of\b/g,
    shape: 'active',
    confidence: 0.6,
  },
  {
    // "X was admitted to Y in 2018", "X was formally accepted into Y as a member"
    rule: 'affiliation:clause-admitted',
    ...MEMBER_OF_PARENT,
    trigger: /\b(?:was|were|has been|have been|had been|is|are) (?:formally |officially |later )?(?:admitted|accepted|inducted|welcomed) (?:as an? (?:full |associate )?members? )?(?:to|into)\b/g,
    shape: 'active',
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-absorbed',
    kind: 'affiliation',
    // "folded/absorbed into" is a merger (lineage.ts) and "incorporated into" memberships.ts's
    trigger: /\b(?:enrolled|enlisted|registered) (?:as (?:a |an )?(?:[a-z-]+ )?(?:units?|members?|brigades?|factions?) )?(?:in|with)\b/g,
    shape: 'active',
    before: 'member',
    after: 'parent',
    acceptBefore: namedBody,
    acceptAfter: parentBody,
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-recognized-as',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(
      `\\b(?:recogni[sz]ed|considered|regarded|counted|claimed|described|seen) by(?= (?:the )?⟦\\d+⟧(?: group| movement)? as (?:(?:one of )?(?:its|their) (?:[a-z-]+ )?|(?:a|an|the) (?:[a-z-]+ )?)(?:${UNIT})\\b)`,
      'g',
    ),
    shape: 'passive',
    confidence: 0.6,
  },
  {
    rule: 'affiliation:clause-front-for',
    ...MEMBER_OF_PARENT,
    trigger: new RegExp(
      `\\b(?:${COPULA}${ADVERBS}|(?:serves?|served|serving|acts?|acted|acting|operates?|operated|operating) as) (?:(?:a|an|the|both|all) )?(?:[a-z-]+ )?fronts? for\\b`,
      'g',
    ),
    shape: 'active',
    confidence: 0.6,
  },
  {
    // "⟦Chad⟧ is a member of the ⟦Task Force⟧": a country is a member of a body as an organization is
    rule: 'affiliation:clause-member-of',
    kind: 'affiliation',
    trigger: new RegExp(`\\b${COPULA}${ADVERBS} (?:(?:a|an|one of the) )?(?:(?:full|founding|core|permanent|key) )?members? of\\b`, 'g'),
    shape: 'active',
    before: 'member',
    after: 'parent',
    acceptBefore: isBody,
    acceptAfter: parentBody,
    confidence: 0.6,
  },
  {
    // "the ⟦Task Force⟧, a regional force that includes troops from A, B and C": the countries are its members
    rule: 'affiliation:clause-troops-from',
    kind: 'affiliation',
    trigger: /\b(?:includes?|included|comprises?|comprised|is made up of|was made up of|draws?|drew) (?:troops|soldiers|forces|contingents|personnel|units) from\b/g,
    shape: 'active',
    before: 'parent',
    after: 'member',
    acceptBefore: parentBody,
    acceptAfter: isBody,
    confidence: 0.6,
  },
];

/** "X is one of three members of Y, together with A and B": A and B are members of Y too. */
const TOGETHER_WITH = /\b(?:members?|part|one of (?:the )?(?:[a-z-]+ )?members) of (?:the )?(?<p>⟦\d+⟧)(?: \([^()]{1,60}\))?,? (?:together with|along with|alongside)\b/dg;

function togetherFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(TOGETHER_WITH, view.masked)) {
    if (deniedOrHypothetical(view.masked, m.index)) continue;
    const parent = view.slots[Number(m.groups!['p']!.slice(1, -1))]?.entity;
    const e = parent ? ctx.doc.entities.get(parent) : undefined;
    if (!e || !parentBody(e)) continue;
    for (const member of phraseAfter(ctx, view, m.index + m[0].length, body)) {
      if (member !== e.key) out.push(candidate('affiliation', { member, parent: e.key }, m, 'affiliation:clause-together-with', 0.6));
    }
  }
  return out;
}

/**
 * "X, a militia loyal to Y", "X, which remains loyal to Y", "X is loyal to Y": a body loyal to another, the body
 * named right before; "fighters loyal to Y" and "clashed with forces loyal to Y" name no member.
 */
const LOYAL_TO =
  /(?<m>⟦\d+⟧)(?: \([^()]{1,60}\))?(?:, (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:group|militia|faction|force|movement|party|brigade|unit|organi[sz]ation|wing|network|gang|coalition)s?,?|,? (?:which|that|who) (?:is|are|was|were|remains?|remained|has remained|have remained|stayed)| (?:is|are|was|were|remains?|remained|has remained|have remained)) (?:(?:still|firmly|fiercely|staunchly|largely|nominally) )?(?:loyal|allegiant|beholden) to (?:the )?(?<p>⟦\d+⟧)/dg;

function loyalFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(LOYAL_TO, view.masked)) {
    if (deniedOrHypothetical(view.masked, m.index + m[0].indexOf('loyal'))) continue;
    const entity = (g: string): Entity | undefined => ctx.doc.entities.get(view.slots[Number(m.groups![g]!.slice(1, -1))]?.entity ?? '');
    const member = entity('m');
    const parent = entity('p');
    if (!member || !parent || !namedBody(member) || !parentBody(parent) || member.key === parent.key) continue;
    // a state's loyalists are its proxies at most (support reads that), no unit of it
    if (nonStateUnderCountry(ctx, member.key, parent.key)) continue;
    out.push(candidate('affiliation', { member: member.key, parent: parent.key }, m, 'affiliation:clause-loyal-to', 0.55));
  }
  return out;
}

/** "joined": a body that joins a coalition becomes its member; joining talks, forces or a fight is no membership. */
const JOINED = /\b(?:joined|rejoined|has joined|formally joined)\b/g;
/** The words after a joined body that say it is a coalition: ", an umbrella of six groups", ", an alliance of". */
const COALITION_APPOSITION = /^(?: \([^()]{1,60}\))?, (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:alliance|coalition|umbrella|bloc|federation|grouping|front)\b/;
const COALITION_NAME = /\b(?:alliance|coalition|bloc|federation|front|union|league|council|platform|umbrella)\b/i;
/** "A joined B and C in an umbrella alliance, the D": all three are members of D. */
const IN_COALITION = /^(?: \([^()]{1,60}\))? in (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:alliance|coalition|umbrella|bloc|federation|grouping|front)(?: group)?(?:,| (?:called|known as|named)|, (?:called|known as|named)) /;
/** "Among its largest factions are A and B". */
const AMONG_ITS = new RegExp(`\\b[Aa]mong (?:(?<its>its|their)|(?:the )?(?<p>⟦\\d+⟧)'s?) (?:[a-z-]+ ){0,2}?(?:${UNIT}|members|groups) (?:are|were|is|was)\\b`, 'dg');

/** What follows a joined body when the joining was an act done together: "joined Y in attacking", "in a raid on". */
const CO_ACTION = /^,? (?:in|on|for) (?:(?:a|an|the|its|their) )?(?:[a-z-]+ ){0,2}?(?:[a-z]+ing|attacks?|assaults?|offensive|raids?|operations?|campaign|fight|fighting|battle|war|struggle|statement|call|calls|protests?|boycott|talks|condemnation|demands?)\b|^ (?:to|against)\b/;
/** Bodies one can belong to by joining them: armed groups, coalitions and international bodies, no state or ministry. */
const JOINABLE: ReadonlySet<string> = new Set(['ArmedGroup', 'InternationalOrganization', 'Organization']);

/**
 * Whether joining `parent` makes `member` its member: an armed group joining an armed group or body, an organization a
 * body that is no armed group (a party that "joined al-Qaida" is told as a group).
 */
function joinsAsMember(member: Entity | undefined, parent: Entity): boolean {
  if (!member || !JOINABLE.has(parent.cls)) return false;
  return member.cls === 'ArmedGroup' || (member.cls === 'Organization' && parent.cls !== 'ArmedGroup');
}

function joinedFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(JOINED, view.masked)) {
    const at = m.index;
    const end = at + m[0].length;
    if (deniedOrHypothetical(view.masked, at)) continue;
    const objects = phraseAfter(ctx, view, end, parentBody);
    if (objects.length === 0) continue;
    const members = subjectBefore(ctx, view, at, body);
    if (members.length === 0) continue;
    // what follows the last name of the object list
    const last = objects[objects.length - 1]!;
    const marks = view.slots.filter((s) => s.entity === last).map((s) => `⟦${s.index}⟧`);
    const lastAt = Math.max(...marks.map((k) => view.masked.indexOf(k, end) + k.length));
    // the last object's acronym closes its parenthesis: "the ⟦B⟧ (⟦BB⟧) in an umbrella alliance"
    const closing = lastAt > end && view.masked[lastAt] === ')' ? 1 : 0;
    const after = lastAt > end ? view.masked.slice(lastAt + closing) : '';
    const inCoalition = IN_COALITION.exec(after);
    if (inCoalition) {
      // "in an umbrella alliance, the ⟦X⟧": the text calls X a body, whatever class an earlier stage gave it
      for (const p of phraseAfter(ctx, view, lastAt + closing + inCoalition[0].length, asBody(parentBody))) {
        for (const member of [...members, ...objects]) if (member !== p) out.push(candidate('affiliation', { member, parent: p }, m, 'affiliation:clause-joined-in', 0.6));
      }
      continue;
    }
    if (objects.length !== 1) continue;
    const parent = objects[0]!;
    const named = ctx.doc.entities.get(parent);
    if (!named) continue;
    const coalition = COALITION_NAME.test(named.label) || COALITION_APPOSITION.test(after);
    // "X formally joined al-Qaida in 2012": a body that joins another body it can belong to becomes its member; "joined
    // Y in attacking Z" or "joined Y in a statement" is an act done together (alliances read it)
    if (!coalition && (CO_ACTION.test(after) || !members.every((k) => joinsAsMember(ctx.doc.entities.get(k), named)))) continue;
    for (const member of members) if (member !== parent) out.push(candidate('affiliation', { member, parent }, m, coalition ? 'affiliation:clause-joined' : 'affiliation:clause-joined-body', 0.65));
  }
  return out;
}

function amongFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(AMONG_ITS, view.masked)) {
    const g = m.groups ?? {};
    const pSlot = g['p'] ? view.slots[Number(g['p'].slice(1, -1))] : undefined;
    // "Among its factions" opening a sentence: "its" is the subject of the sentence before
    const opening = /^\W*$/.test(view.masked.slice(0, m.index));
    const parent = pSlot ? pSlot.entity : (opening && previousOrganization(ctx, view)) || antecedent(ctx, view, m.index, (x) => parentBody(x as Entity));
    const e = parent ? ctx.doc.entities.get(parent) : undefined;
    if (!e || !parentBody(e)) continue;
    for (const member of phraseAfter(ctx, view, m.index + m[0].length, body)) {
      if (member !== e.key) out.push(candidate('affiliation', { member, parent: e.key }, m, 'affiliation:clause-among', 0.6));
    }
  }
  return out;
}

/** "The group considers the ADF part of its Central Africa Province": X is a part of the province, the province the subject's. */
const CONSIDERS_PART = new RegExp(
  `\\b(?:${SEES}) (?:the )?(?<m>⟦\\d+⟧)(?: \\([^()]{1,40}\\))? (?:as |to be )?(?:(?:a|an|one) )?(?:${UNIT}) of (?:its|their) (?:[a-z-]+ ){0,2}?(?<p>⟦\\d+⟧)`,
  'dg',
);

function considersFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(CONSIDERS_PART, view.masked)) {
    if (deniedOrHypothetical(view.masked, m.index)) continue;
    const slot = (g: string): Entity | undefined => ctx.doc.entities.get(view.slots[Number(m.groups![g]!.slice(1, -1))]?.entity ?? '');
    const member = slot('m');
    const part = slot('p');
    const owners = subjectBefore(ctx, view, m.index, (e) => parentBody(e) && e.cls !== 'Country');
    // "its Central Africa Province": a group's province is a unit of it, whatever class an earlier stage gave the name
    if (!member || !part || !body(member) || !(parentBody(part) || (owners.length > 0 && part.cls !== 'Person'))) continue;
    out.push(candidate('affiliation', { member: member.key, parent: part.key }, m, 'affiliation:clause-considers', 0.6));
    for (const owner of owners) {
      if (owner !== part.key && owner !== member.key) out.push(candidate('affiliation', { member: part.key, parent: owner }, m, 'affiliation:clause-considers', 0.6));
    }
  }
  return out;
}

/** Ties that make no non-state body a unit of a country ("answers to Tehran"); "a proxy of Iran" says so and stays. */
const UNDER_STATE = new Set([
  'affiliation:clause-reports-to',
  'affiliation:clause-controlled-by',
  'affiliation:clause-absorbed',
  'affiliation:clause-recognized-as',
  'affiliation:clause-under-authority',
  'affiliation:clause-falls-under',
]);

/** The cheap test: a sentence with none of these words states no affiliation these triggers read. */
const GUARD = /(?:run|operated|administered) by|loyal|allegiant|beholden|under the|falls? under|fell under|part of|admitted|accepted|inducted|welcomed|enrol|enlist|registered|recogni|fronts? for|(?:troops|soldiers|forces|contingents|personnel|units) from|together with|along with|alongside|backbone|core of|bulk of|nucleus|began|begun|started|emerged|originated|consider|regard|count|sees|saw|describe|affiliate|branch|wing|\barms?\b|unit|faction|component|division|chapter|cell|province|member|part\b|subsidiar|offshoot|franchise|prox|front|battalion|brigade|report|answer|controlled|overseen|banner|umbrella|joined|owned by|operat\w* (?:directly )?under/;

/** Every affiliation a sentence states through a trigger and the clause around it. */
export const extractAffiliationClauses: Family = (view: SentenceView, ctx: RelationContext): Candidate[] => {
  if (!GUARD.test(view.masked) && !PART_GUARD.test(view.masked)) return [];
  // "one of dozens of local militias that fight under the banner of Y": the crowd is no member, the name it describes is
  const out = readClauses(view, ctx, RULES).filter(
    (c) => !crowdOnly(view, c.args['member'] ?? '') && !(UNDER_STATE.has(c.rule) && nonStateUnderCountry(ctx, c.args['member'] ?? '', c.args['parent'] ?? '')),
  );
  if (view.masked.includes('joined')) out.push(...joinedFacts(view, ctx));
  if (/loyal|allegiant|beholden/.test(view.masked)) out.push(...loyalFacts(view, ctx));
  if (/together|along/.test(view.masked)) out.push(...togetherFacts(view, ctx));
  if (/\b[Aa]mong /.test(view.masked)) out.push(...amongFacts(view, ctx));
  if (/\b(?:consider|regard|count|sees|saw|describe)/.test(view.masked)) out.push(...considersFacts(view, ctx));
  return out;
};
