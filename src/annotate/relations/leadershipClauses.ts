// Leaderships read from their trigger outward: "X, which has been led since 2016 by P", "P, who lives in exile, still
// heads the coalition", "Led by P, whom ..., the brigade has", "headed by P and his counterpart Q" (two leaders).

import type { Entity } from '../document.js';
import { mainClauseAt, relativeAt } from './clauses.js';
import { candidate, deniedOrHypothetical, isOrganization, isPerson, type Candidate, type Family } from './patterns.js';
import { entitiesOf, type RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';
import { phraseAfter, readClauses, subjectBefore, type ClauseRule } from './triggerClauses.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** A body a person can lead: an organization, never a country (a head of state holds a role) or a place. */
function ledBody(e: Entity): boolean {
  return isOrganization(e) && e.cls !== 'Country';
}

/** A body "under" a person is led by that person; a state's government under its president holds a role, and a crowd no body. */
function ledUnder(e: Entity): boolean {
  return ledBody(e) && e.cls !== 'Government' && e.cls !== 'CollectiveActor';
}

/** Adverbials a passive may hold before its agent: "led since 2016 by", "led since his death by". */
const BEFORE_BY = "(?: (?:since|from|until|in|during|for|after) [^,;⟦]{1,25}?| (?:jointly|together|briefly))?";
/** Verbs of leading (lexicons/relations/verbs/leadership.json) and of managing, which lead only a body. */
const LEAD = loadVerbClass('leadership');
const MANAGE = loadVerbClass('leadership-manage');
const PASSIVE = alternation([...formsOf(LEAD, 'participle'), ...formsOf(MANAGE, 'participle')]);
const ACTIVE = alternation([...formsOf(LEAD, 'third', 'past'), ...formsOf(MANAGE, 'third')]);
/** "took the helm of", "assumed command of", "took over the leadership of": the nouns of holding a body's lead. */
const TAKEN = alternation(LEAD.actionNouns);
/** "Led by", "Headed by": a participle opening the sentence. */
const FRONTED = alternation(formsOf(LEAD, 'participle').map((w) => w[0]!.toUpperCase() + w.slice(1)));

/** The reading most triggers share: the body before the trigger is led by the person after it. */
const ORG_LED_BY = {
  kind: 'leadership',
  before: 'org',
  after: 'leader',
  acceptBefore: ledBody,
  acceptAfter: isPerson,
} as const;

const RULES: readonly ClauseRule[] = [
  {
    rule: 'leadership:clause-led-by',
    ...ORG_LED_BY,
    trigger: new RegExp(`\\b(?:${PASSIVE})${BEFORE_BY} by\\b`, 'g'),
    shape: 'passive',
    confidence: 0.7,
  },
  {
    rule: 'leadership:clause-fronted',
    ...ORG_LED_BY,
    trigger: new RegExp(`^\\W*(?:${FRONTED})${BEFORE_BY} by\\b`, 'g'),
    shape: 'fronted',
    confidence: 0.65,
  },
  {
    rule: 'leadership:clause-leads',
    kind: 'leadership',
    trigger: new RegExp(`\\b(?:${ACTIVE})\\b`, 'g'),
    shape: 'active',
    before: 'leader',
    after: 'org',
    acceptBefore: isPerson,
    acceptAfter: ledBody,
    confidence: 0.7,
  },
  {
    rule: 'leadership:clause-under-command',
    ...ORG_LED_BY,
    trigger: /\b(?:(?:fights?|fought|fighting|operates?|operated|operating|serves?|served|serving|is|are|was|were|remains?) )?under (?:the )?(?:direct |overall |nominal )?(?:command|leadership) of\b/g,
    shape: 'passive',
    confidence: 0.65,
  },
  {
    rule: 'leadership:clause-under-command',
    ...ORG_LED_BY,
    trigger: /\bunder (?<p>⟦\d+⟧)'s? (?:direct |overall )?(?:command|leadership)\b/dg,
    shape: 'passive',
    confidence: 0.65,
  },
  {
    // "P assumed command of X", "took over the leadership of X", "took the helm of X"
    rule: 'leadership:clause-took-command',
    kind: 'leadership',
    trigger: new RegExp(
      `\\b(?:took|takes|taken|taking|assumed|assumes|assuming|inherited|inherits)(?: over)? (?:the )?(?:(?:overall|interim|sole|day-to-day|operational|military|political) )?(?:${TAKEN}) of\\b`,
      'g',
    ),
    shape: 'active',
    before: 'leader',
    after: 'org',
    acceptBefore: isPerson,
    acceptAfter: ledBody,
    confidence: 0.65,
  },
];

/** "a faction under the late P", "seized power in 2023 under General P": P leads the body; not "under P's orders". */
const UNDER = /(?<=[\w⟧,] )under (?:(?:the|late|former|slain|jailed|exiled|then|veteran|self-styled|[A-Z][a-z]*\.?) ){0,4}(?<p>⟦\d+⟧)(?!'s?\s|-[a-z]|\s?\()/dg;
/** "P, who is at the helm of X", "took power at the head of a military council", "in overall command of X". */
const AT_HEAD = /\b(?:at the (?:head|helm) of|in (?:overall |sole |direct )?(?:charge|command) of)\b/g;
/** A name right before "under" that is the body placed under the person: "An ⟦X⟧ faction under", "the ⟦X⟧, under". */
const NAME_BEFORE = /(?:^\W*|, |\b(?:[Aa]n?|[Tt]he) )(?:[A-Z]?[a-z-]+ )?⟦(\d+)⟧(?: \([^()]{1,40}\))?(?: (?:faction|wing|unit|brigade|battalion|cell|group|militia|movement|forces?))?,? $/;

/** The slots of the subject of the clause that holds masked offset `at`: its relative clause's, else its main clause's. */
function clauseSubjectAt(view: SentenceView, at: number): number[] {
  return relativeAt(view, at)?.subjectSlots ?? mainClauseAt(view, at)?.subjectSlots ?? [];
}

function keysOf(ctx: RelationContext, view: SentenceView, slots: readonly number[], accept: (e: Entity) => boolean): string[] {
  return slots.flatMap((i) => entitiesOf(ctx, view, `⟦${i}⟧`, view.masked.indexOf(`⟦${i}⟧`), (x) => accept(x as Entity)));
}

/** Leaderships told by a preposition phrase, whose other side is the subject of the clause the phrase sits in. */
function adverbialFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const masked = view.masked;
  for (const m of masked.includes('under') ? matchesOf(UNDER, masked) : []) {
    if (deniedOrHypothetical(masked, m.index)) continue;
    const leader = view.slots[Number(m.groups!['p']!.slice(1, -1))];
    if (!leader || !isPerson(leader)) continue;
    const near = NAME_BEFORE.exec(masked.slice(Math.max(0, m.index - 80), m.index));
    const orgs = near ? keysOf(ctx, view, [Number(near[1])], ledUnder) : keysOf(ctx, view, clauseSubjectAt(view, m.index), ledUnder);
    for (const org of orgs) out.push(candidate('leadership', { leader: leader.entity, org }, m, 'leadership:clause-under', 0.6));
  }
  for (const m of /\b(?:head|helm|charge|command) of\b/.test(masked) ? matchesOf(AT_HEAD, masked) : []) {
    if (deniedOrHypothetical(masked, m.index)) continue;
    const orgs = phraseAfter(ctx, view, m.index + m[0].length, ledBody);
    if (orgs.length === 0) continue;
    const said = subjectBefore(ctx, view, m.index, isPerson);
    const leaders = said.length > 0 ? said : keysOf(ctx, view, clauseSubjectAt(view, m.index), isPerson);
    for (const leader of leaders) for (const org of orgs) out.push(candidate('leadership', { leader, org }, m, 'leadership:clause-at-head', 0.6));
  }
  return out;
}

/** The cheap test: a sentence with none of these words states no leadership these triggers read. */
const GUARD = new RegExp(`\\b(?:${alternation([LEAD, MANAGE].flatMap((c) => formsOf(c, 'base', 'third', 'past', 'participle')))}|under|charge)`, 'i');

/** Every leadership a sentence states through a trigger and the clause around it. */
export const extractLeadershipClauses: Family = (view: SentenceView, ctx: RelationContext): Candidate[] =>
  GUARD.test(view.masked) && view.slots.some(isPerson) ? [...readClauses(view, ctx, RULES), ...adverbialFacts(view, ctx)] : [];
