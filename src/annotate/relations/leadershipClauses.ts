// Leaderships read from their trigger outward: "X, which has been led since 2016 by P", "P, who lives in exile, still
// heads the coalition", "Led by P, whom ..., the brigade has", "headed by P and his counterpart Q" (two leaders).

import type { Entity } from '../document.js';
import { isOrganization, isPerson, type Candidate, type Family } from './patterns.js';
import type { RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';
import { readClauses, type ClauseRule } from './triggerClauses.js';
import { alternation, formsOf, loadVerbClass } from './verbClass.js';

/** A body a person can lead: an organization, never a country (a head of state holds a role) or a place. */
function ledBody(e: Entity): boolean {
  return isOrganization(e) && e.cls !== 'Country';
}

/** Adverbials a passive may hold before its agent: "led since 2016 by", "led since his death by". */
const BEFORE_BY = "(?: (?:since|from|until|in|during|for|after) [^,;⟦]{1,25}?| (?:jointly|together|briefly))?";
/** Verbs of leading (lexicons/relations/verbs/leadership.json) and of managing, which lead only a body. */
const LEAD = loadVerbClass('leadership');
const MANAGE = loadVerbClass('leadership-manage');
const PASSIVE = alternation([...formsOf(LEAD, 'participle'), ...formsOf(MANAGE, 'participle')]);
const ACTIVE = alternation([...formsOf(LEAD, 'third', 'past'), ...formsOf(MANAGE, 'third')]);
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
];

/** The cheap test: a sentence with none of these words states no leadership these triggers read. */
const GUARD = new RegExp(`\\b(?:${alternation([LEAD, MANAGE].flatMap((c) => formsOf(c, 'base', 'third', 'past', 'participle')))})`, 'i');

/** Every leadership a sentence states through a trigger and the clause around it. */
export const extractLeadershipClauses: Family = (view: SentenceView, ctx: RelationContext): Candidate[] =>
  GUARD.test(view.masked) && view.slots.some(isPerson) ? readClauses(view, ctx, RULES) : [];
