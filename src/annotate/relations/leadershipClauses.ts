// Leaderships read from their trigger outward: "X, which has been led since 2016 by P", "P, who lives in exile, still
// heads the coalition", "Led by P, whom ..., the brigade has", "headed by P and his counterpart Q" (two leaders).

import type { AnnotatedDocument, Entity } from '../document.js';
import { mainClauseAt, relativeAt } from './clauses.js';
import { candidate, deniedOrHypothetical, isOrganization, isPerson, type Candidate, type Family } from './patterns.js';
import { entitiesOf, type RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';
import { phraseAfter, readClauses, subjectBefore, type ClauseRule } from './triggerClauses.js';
import { matchesOf } from '../matchesOf.js';
import { referenceAt } from '../entities/references.js';
import { countryEntity, storyOwners } from './roleOwners.js';
import { relationLexicon } from './relationLexicon.js';
import { listOf } from './sentenceView.js';
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
/** "has run the organization since 2002": participles a perfect's auxiliary makes active. */
const PERFECT = alternation(formsOf(LEAD, 'participle').filter((w) => !formsOf(LEAD, 'past').includes(w)));
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
    trigger: new RegExp(`\\b(?:${ACTIVE}|(?<=\\b(?:has|have|had) (?:(?:long|also) )?)(?:${PERFECT}))\\b`, 'g'),
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

/** "P, under whom X became ...", "P, under whose command X and Y carried out ...": the body after "whom" is led by P. */
const UNDER_WHOM = /⟦(?<p>\d+)⟧(?: \(⟦\d+⟧\))?(?:, (?:alias|known as|also known as|better known as|nicknamed) "?(?:⟦\d+⟧|[^,;⟦"]{1,40})"?)?(?:,"|",|,) under (?:whom|whose (?:(?:overall|direct) )?(?:command|leadership)) (?:the )?(?<o>⟦\d+⟧(?: \(⟦\d+⟧\))?(?:(?:,| and|, and) (?:the )?⟦\d+⟧(?: \(⟦\d+⟧\))?)*)/dg;

/** A second leader coordinated with the first as the first's counterpart: "headed by A and his Azerbaijani counterpart B". */
const COUNTERPART_AFTER = /^(?:,? (?:and|as well as|with) (?:his|her|their) (?:[A-Z][a-z]+ )?counterpart,? (?:(?:[A-Z][a-z]*\.? ){0,2})?)⟦(\d+)⟧/;

/** The offices a verb of heading names for its subject: "who heads X" is X's head, "commanded by P" its commander. */
const VERB_TITLE: readonly [RegExp, string][] = [
  [/^(?:heads?|headed)\b/, 'head'],
  [/^(?:commands?|commanded)\b/, 'commander'],
  [/^(?:chairs?|chaired)\b/, 'chairman'],
  [/^(?:co-chairs?|co-chaired)\b/, 'co-chair'],
];
/** Any title of office, to tell whether the text already names the person's office beside the verb. */
const TITLE_NEAR = new RegExp(relationLexicon.title, 'i');

/** Words of standing that are no office of the lexicon but give the person a role the text states: "his deputy, X". */
const STANDING = /\b(?:deputy|second-in-command|number two)\b/i;
/** A title right before a mention ("former President X", "his deputy, X"), or in an apposition after it ("X, the army chief"). */
const TITLE_BEFORE = new RegExp(`(?:${relationLexicon.title}|${STANDING.source})[^.;⟦]{0,12}$`, 'i');
const TITLE_AFTER = new RegExp(`^(?: \\([^()]{1,30}\\))?(?:, who [^,;.]{1,50},)?,? (?:(?:is|was|remains|became|serves as|served as) )?(?:the|a|an|its|their|[A-Z][\\w'-]*'s?) [^,.;]{0,40}?(?:${relationLexicon.title}|${STANDING.source})`, 'i');

/**
 * Whether the text gives the person an office somewhere (a title with one of its mentions): then the role that office
 * names is the person's, and a verb of heading adds no second one ("Bozize, who still heads the coalition" after
 * "former President Bozize").
 */
function titledSomewhere(doc: AnnotatedDocument, entity: string): boolean {
  return doc.mentions.some(
    (m) =>
      m.entity === entity &&
      (TITLE_NEAR.test(m.text) || TITLE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) || TITLE_AFTER.test(doc.text.slice(m.end, m.end + 80))),
  );
}

/** Members, units and actions of a body: what one leads when the body's name only modifies them ("led ⟦X⟧ fighters"). */
const OF_BODY = '(?:fighters|troops|soldiers|militants|members|gunmen|men|forces|units?|cells?|wings?|branch|battalions?|brigades?|detachments?|delegations?|teams?|convoys?|columns?|offensive|operations?|attacks?|assaults?|raids?|campaign|talks|negotiators)';
/** The name is followed by what it modifies: "commands a ⟦X⟧ unit", "led ⟦X⟧ fighters into". */
const MODIFIES = new RegExp(`^(?:'s)? (?:[a-z-]+ )?${OF_BODY}\\b`);
/** The name sits in a phrase headed by what belongs to it: "Fighters from the ⟦X⟧, led by", "an offensive by ⟦X⟧, led by". */
const HEADED_BY = new RegExp(`\\b${OF_BODY} (?:of|from|by|with|within) (?:the )?$`, 'i');

/** A mention whose last word is such a noun: "⟦Red Hand fighters⟧", "⟦Fighters⟧". */
const MEMBERS_LAST = new RegExp(`(?:^|\\s)${OF_BODY}$`, 'i');

/**
 * Whether the body a leadership names is only a modifier or a complement of what is led: its fighters, a unit, a
 * delegation or an operation of it ("P led ⟦X⟧ fighters into the town"; "Fighters of the ⟦X⟧, led by P"), which says
 * nothing of who leads the body itself.
 */
export function bodyOnlyModifies(view: SentenceView, org: string, start: number, end: number): boolean {
  const at = slotNear(view, org, start, end);
  if (at < 0) return false;
  const close = view.masked.indexOf('⟧', at) + 1;
  const own = view.slots[Number(view.masked.slice(at + 1, close - 1))];
  // a description the mention stage tied to the body ("⟦Red Hand fighters⟧") names its members, not the body
  if (own && own.mention.form === 'description' && MEMBERS_LAST.test(own.mention.text)) return true;
  if (MODIFIES.test(view.masked.slice(close, close + 40))) return true;
  // "Fighters from the ⟦X⟧, led by P": only where the participle follows the name at once; a relative after a further
  // apposition hangs on the name ("a unit of the ⟦X⟧, the largest of the groups, which is commanded by P")
  if (!/^,? ?$/.test(view.masked.slice(close, start))) return false;
  const before = view.masked.slice(Math.max(0, at - 40), at);
  const head = /⟦(\d+)⟧ (?:of|from|by|with|within) (?:the )?$/.exec(before);
  const headText = head ? view.slots[Number(head[1])]?.mention.text : undefined;
  return HEADED_BY.test(before) || (headText !== undefined && MEMBERS_LAST.test(headText));
}

/** The masked offset of the slot that names `entity` nearest to [start, end), or -1. */
function slotNear(view: SentenceView, entity: string, start: number, end: number): number {
  let best = -1;
  for (const s of view.slots) {
    if (s.entity !== entity) continue;
    const at = view.masked.indexOf(`⟦${s.index}⟧`);
    if (best < 0 || Math.abs(at - (start + end) / 2) < Math.abs(best - (start + end) / 2)) best = at;
  }
  return best;
}

/**
 * What the leaderships of the clause readers say besides: the office a verb of heading gives ("P, who commands the X"
 * holds the role of the X's commander) where no title is written beside the person, and the counterpart a passive
 * coordinates with its leader ("headed by A and his counterpart B" has two heads).
 */
function impliedFacts(view: SentenceView, doc: AnnotatedDocument, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const masked = view.masked;
  for (const c of found) {
    if (c.kind !== 'leadership' || (c.rule !== 'leadership:clause-leads' && c.rule !== 'leadership:clause-led-by')) continue;
    const leader = c.args['leader']!;
    const org = c.args['org']!;
    const at = slotNear(view, leader, c.start, c.end);
    if (at < 0) continue;
    const slot = /^⟦(\d+)⟧/.exec(masked.slice(at))!;
    const end = at + slot[0].length;
    const pair = COUNTERPART_AFTER.exec(masked.slice(end));
    const other = pair ? view.slots[Number(pair[1])] : undefined;
    if (pair && other && isPerson(other) && other.entity !== leader) {
      const span = Object.assign([masked.slice(c.start, end + pair[0].length)], { index: c.start }) as unknown as RegExpMatchArray;
      out.push(candidate('leadership', { leader: other.entity, org }, span, `${c.rule}:counterpart`, c.confidence));
    }
    const verb = masked.slice(c.start, c.end);
    const title = VERB_TITLE.find(([rx]) => rx.test(verb))?.[1];
    if (!title) continue;
    // the person's own words or the ones around it name an office ("Prime Minister P", "P, the army chief, who heads"): that title is the role
    const person = view.slots[Number(slot[1])];
    const around = c.rule === 'leadership:clause-leads' ? masked.slice(Math.max(0, at - 40), c.start) : masked.slice(Math.max(0, at - 40), at);
    // "and his Azerbaijani counterpart B" holds the office of the one before (roles.ts reads it), not a head's
    if (TITLE_NEAR.test(person?.mention.text ?? '') || TITLE_NEAR.test(around) || STANDING.test(around) || /\bcounterparts?,? $/.test(masked.slice(Math.max(0, at - 30), at))) continue;
    if (titledSomewhere(doc, leader)) continue;
    out.push({ ...c, kind: 'role', args: { person: leader, org }, rule: `role:verb-${title}`, title });
  }
  return out;
}

/** Leaderships told by "under whom" and "under whose command" after the leader's name. */
function underWhomFacts(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (const m of view.masked.includes('under who') ? matchesOf(UNDER_WHOM, view.masked) : []) {
    if (deniedOrHypothetical(view.masked, m.index)) continue;
    const leader = view.slots[Number(m.groups!['p'])];
    if (!leader || !isPerson(leader)) continue;
    for (const org of listOf(view, m.groups!['o'])) {
      if (ledUnder(org as unknown as Entity)) out.push(candidate('leadership', { leader: leader.entity, org: org.entity }, m, 'leadership:under-whom', 0.65));
    }
  }
  return out;
}

/**
 * A description no mention stands for right before a passive of leading: "the interim government headed by P",
 * "the ruling junta led by Gen. P", "Another faction, led by P". The clause readers would walk past it to a body
 * named earlier; the body led is the description's.
 */
const DESCRIPTION_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir) (?:[a-z-]+ ){0,3}?(?<head>government|junta|regime|administration|council|group|faction|militia|movement|gang|clan|party|network|cell|unit|force|wing|coalition|alliance|organi[sz]ation|outfit|front|army|affiliate|branch),? $/;
/** A name the description right after is said of: a predicate or an apposition ("⟦X⟧ is a", "⟦X⟧ (⟦Y⟧), a"). */
const PREDICATED = /⟦\d+⟧(?: \(⟦\d+⟧\))?(?:,| (?:is|was|are|were|remains|remained|became|has become|has been)) $/;
/** Heads of a state's rule, whose unresolved description is the government of the country named nearest, or the story's. */
const RULE_HEAD = /^(?:government|junta|regime|administration)$/;

/**
 * The body a passive's description stands for: the reference reading's entity; for a government the country the
 * sentence names last before it, else the story's country; undefined (read nothing) otherwise. Null where no
 * description stands right before the trigger, so the clause reader's reading holds.
 */
function describedLed(view: SentenceView, ctx: RelationContext, start: number): string | undefined | null {
  const before = DESCRIPTION_BEFORE.exec(view.masked.slice(Math.max(0, start - 60), start));
  if (!before) return null;
  const at = Math.max(0, start - 60) + before.index;
  // "The ⟦X⟧ is a leading armed group led by P", "⟦X⟧, a coalition led by P": the description is said of the name
  if (PREDICATED.test(view.masked.slice(Math.max(0, at - 40), at))) return null;
  const ref = referenceAt(ctx.doc, view.docOffset(at));
  if (ref?.entity) return ref.entity;
  if (ref?.tie || !RULE_HEAD.test(before.groups!['head']!)) return undefined;
  const country = [...view.slots]
    .filter((s) => s.cls === 'Country' && view.masked.indexOf(`⟦${s.index}⟧`) < at)
    .sort((a, b) => view.masked.indexOf(`⟦${b.index}⟧`) - view.masked.indexOf(`⟦${a.index}⟧`))[0];
  return country?.entity ?? storyOwners(ctx.doc).home?.key;
}

/** What an active verb of leading governs when its object is a possessive: "oversees the faction's weapons purchases". */
const POSSESSED_OBJECT = /^ (?:the |its |their |his |her )?(?:(?:[a-z-]+ )?(?:⟦\d+⟧|[a-z-]+)'s?|its|their|his|her) /;

/**
 * The clause readers' leaderships, read again where their body is misplaced: a description right before a passive
 * names the body led; an active verb whose object is another's part or activity ("heads the group's Macina wing",
 * "oversees the faction's purchases") leads that part, not the owner (named after the possessive, it is the slot read).
 */
function placed(view: SentenceView, ctx: RelationContext, read: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of read) {
    // describedFacts reads these
    if (c.rule === 'leadership:clause-led-by' && describedLed(view, ctx, c.start) !== null) continue;
    if (c.rule === 'leadership:clause-leads' && POSSESSED_OBJECT.test(view.masked.slice(c.end, c.end + 60))) {
      const at = slotNear(view, c.args['org']!, c.start, c.end);
      const possessive = c.end + (POSSESSED_OBJECT.exec(view.masked.slice(c.end))?.[0].length ?? 0);
      if (at < possessive) continue;
    }
    out.push(c);
  }
  return out;
}

/** The passive trigger of leading ("headed by", "led since 2016 by"). */
const PASSIVE_TRIGGER = new RegExp(`\\b(?:${PASSIVE})${BEFORE_BY} by\\b`, 'g');

/** Leaderships of a body a description names right before a passive: "the ruling junta led by Gen. P". */
function describedFacts(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(PASSIVE_TRIGGER, view.masked)) {
    if (deniedOrHypothetical(view.masked, m.index)) continue;
    const org = describedLed(view, ctx, m.index);
    const e = org ? ctx.doc.entities.get(org) : undefined;
    if (!org || !e || !(ledBody(e) || e.cls === 'Country')) continue;
    for (const leader of phraseAfter(ctx, view, m.index + m[0].length, isPerson)) {
      if (leader !== org) out.push(candidate('leadership', { org, leader }, m, 'leadership:clause-led-by', 0.7));
    }
  }
  return out;
}

/** The cheap test: a sentence with none of these words states no leadership these triggers read. */
const GUARD = new RegExp(`\\b(?:${alternation([LEAD, MANAGE].flatMap((c) => formsOf(c, 'base', 'third', 'past', 'participle')))}|under|charge)`, 'i');

/** Every leadership a sentence states through a trigger and the clause around it. */
export const extractLeadershipClauses: Family = (view: SentenceView, ctx: RelationContext): Candidate[] => {
  if (!GUARD.test(view.masked) || !view.slots.some(isPerson)) return [];
  const read = [...placed(view, ctx, readClauses(view, ctx, RULES)), ...describedFacts(view, ctx)].filter(
    (c) => !bodyOnlyModifies(view, c.args['org']!, c.start, c.end),
  );
  return [...read, ...impliedFacts(view, ctx.doc, read), ...adverbialFacts(view, ctx), ...underWhomFacts(view)];
};
