// Designations read by clause structure around the act's verb, however long the asides and lists between its parts:
// the designee is the active verb's object or the passive verb's clause subject, the designator the active clause's
// subject or the passive's "by" list, and the category the "as ..." that closes the clause.

import type { Entity, When } from '../document.js';
import { timesIn } from '../spans.js';
import { objectOf, subjectOf } from './clauseArgs.js';
import { demandedAct } from './demanded.js';
import { deniedOrHypothetical, isActor, isBody, pattern, presentTime, timeOfClause, type Candidate } from './patterns.js';
import { entitiesOf, type RelationContext } from './relationContext.js';
import { relationLexicon } from './relationLexicon.js';
import type { SentenceView } from './sentenceView.js';

const CAT = relationLexicon.category;
const ADVERBS = '(?:(?:also|still|formally|officially|previously|now|itself|themselves|long|already|first|since|later|today|again|jointly|being) )*';
/** Words a listing verb may stand after without it being the act: "the designated", "a listed". */
const AUXILIARY = '(?:is|are|was|were|has been|have been|had been|remains?|remained|being)';

/** "designating A and B, ..., as FTOs": the verbs of an act whose object and category follow it. */
const ACTIVE_VERB = /\b(?:designat(?:ed|es|ing|e)|blacklist(?:ed|s|ing)?|proscrib(?:ed|es|ing|e)|declar(?:ed|es|ing|e)|brand(?:ed|s|ing)?|classif(?:ied|ies|y|ying))\b(?! by\b| as such\b)/g;
/** An auxiliary of the passive right before a verb: then it is the passive reader's. */
const PASSIVE_BEFORE = new RegExp(`\\b${AUXILIARY} ${ADVERBS}$`);
/**
 * The category that closes the clause of an active act, with a second one coordinated ("as FTOs and SDGTs") and the
 * times that date each ("as an SDGT in February 2024 and as an FTO on March 4, 2025").
 */
const AS_CATEGORY = pattern(
  `\\b(?<!such |known |referred to |refer to |described |seen |regarded |considered )(?:as|to be) (?:an? )?(?<c>${CAT})\\b(?: \\([A-Z]{2,6}s?\\))?(?<d1> (?:in|on|since) [^,;.⟦]{3,25}?(?=,? (?:and|as well as) ))?(?:,? (?:and|as well as) (?:as )?(?:an? )?(?<c2>${CAT})\\b(?: \\([A-Z]{2,6}s?\\))?)?`,
  'gd',
);
/** What may not stand between an act's verb and its category: another clause. */
const CLAUSE_BREAK = /[;:]|\s[—–]\s|, and (?:has|have|had|is|are|was|were|then|later|the|it|they)\b|\b(?:said|says|told)\b|⟦\d+⟧ (?:has|have|had|is|are|was|were|designat|list|ban|proscrib)/;
/** "X has been listed by Y as an SDGT since 2019"; "which ... and is designated a terrorist group by A, B and C". */
const PASSIVE = pattern(
  `\\b${AUXILIARY} ${ADVERBS}(?<v>designated|listed|blacklisted|proscribed|banned|outlawed)(?: by (?:the )?(?<by>{L}))?(?: (?:as |to be )?(?:an? )?(?<c>${CAT})\\b(?: \\([A-Z]{2,6}s?\\))?)?(?: by (?:the )?(?<by2>{L}))?`,
  'gd',
);
/** A category for a ban or proscription that names none. */
/** What a ban lists: groups and parties, not persons, companies, states or places. */
const OUTLAWABLE = new Set<string>(['ArmedGroup', 'Organization', 'MilitaryForce']);
const OUTLAWED_CATEGORY: Record<string, string> = { proscribed: 'proscribed organization', banned: 'banned organization', outlawed: 'banned organization' };
/** A recommendation, request or debate before the verb: no act ("an expert panel recommended listing X"). */
const UNDECIDED = /\b(?:recommend\w*|propos\w*|mull\w*|weigh\w*|debat\w*|push\w* for|lobb\w*|ask\w*|request\w*|seek\w*|sought|pressed for|in favou?r of)\s+(?:\w+\s+){0,2}$/i;
/** "revoked the designation of", "lifted the ban on": an end, not an act. */
const REVOKED = /\b(?:revok|rescind|lift|remov|cancel|withdr[ae]w|revers|delist)\w*\s+(?:[\w'⟦⟧-]+\s+){0,3}$/i;
/** "A, B and C among them": the items a counted description before them covers. */
const AMONG_THEM = /^(⟦\d+⟧)(?: \([^()]*\))?, (.*) among them\b/;
/** A title before a person's name: a head of state designates for the state ("President X declared ..., designating"). */
const TITLED = new RegExp(`\\b(?:${relationLexicon.title}) $`);


/** Whether the words before a designation verb only recommend, request or debate it. */
export function undecided(masked: string, at: number): boolean {
  return UNDECIDED.test(masked.slice(Math.max(0, at - 60), at));
}

function voided(masked: string, at: number): boolean {
  const before = masked.slice(Math.max(0, at - 60), at);
  return deniedOrHypothetical(masked, at) || demandedAct(masked, at) || UNDECIDED.test(before) || REVOKED.test(before);
}

/** A time right after `end` that dates the words before it ("as terrorist organisations in 2021", "since July 2019"). */
function closingTime(ctx: RelationContext, view: SentenceView, end: number): When | undefined {
  const at = view.docOffset(end);
  return timesIn(ctx.doc, view.sentence).find((t) => t.start >= at && /^,? (?:in|on|since)? ?$/.test(ctx.doc.text.slice(at, t.start)))?.when;
}

/** Whether a person is named with a title in the sentence ("President ⟦2⟧"). */
function titled(view: SentenceView, key: string): boolean {
  return view.slots.some((s) => s.entity === key && TITLED.test(view.masked.slice(0, view.masked.indexOf(`⟦${s.index}⟧`))));
}

/** The designator of an active act: its clause's subject; for a participle (", designating"), the main clause's. */
function designatorOf(ctx: RelationContext, view: SentenceView, at: number): string[] {
  const accept = (e: Entity): boolean => isBody(e) || (e.cls === 'Person' && titled(view, e.key));
  const direct = subjectOf(view, at, ctx, accept);
  if (direct.length > 0 || !/,["']? $/.test(view.masked.slice(0, at))) return direct;
  // "President X declared an emergency, designating ...": the subject before the main clause's first verb
  const clause = view.masked.slice(0, at);
  const main = /(?:^|; |, )(?:and )?(?:the )?(?:(?:[A-Z][\w.]*|⟦\d+⟧'s) ){0,3}(⟦\d+⟧)(?: \([^()]*\))? (?:(?:also|then|later|formally) )?[a-z]+(?:ed|s)\b/g;
  let last: RegExpExecArray | undefined;
  for (const m of clause.matchAll(main)) last = m;
  if (!last) return [];
  return entitiesOf(ctx, view, last[1], last.index + last[0].indexOf(last[1]!), (x) => accept(x as Entity));
}

/**
 * The name a comma-relative clause ending at the trigger hangs on, where the clause holds no other name: "an extension
 * of the ⟦4⟧ (⟦5⟧), which has waged an insurgency since 1984 and is designated" → ⟦4⟧.
 */
const RELATIVE_HEAD = /(⟦\d+⟧)(?: \([^()]*\))?, (?:which|who) ([^;:⟦"]{0,200})$/;

function relativeHead(ctx: RelationContext, view: SentenceView, at: number, fits: (e: Entity) => boolean): string[] {
  const m = RELATIVE_HEAD.exec(view.masked.slice(0, at));
  if (!m || /\b(?:which|who|that|said|says)\b/.test(m[2]!)) return [];
  return entitiesOf(ctx, view, m[1], m.index, (x) => fits(x as Entity));
}

/** The designees after an active verb: its object, or the named items of "a counted description, A and B among them". */
function designeesAfter(ctx: RelationContext, view: SentenceView, end: number): string[] {
  const rest = view.masked.slice(end).replace(/^ (?:the )?/, '');
  const among = AMONG_THEM.exec(rest);
  if (among) {
    const items = [...among[2]!.matchAll(/⟦\d+⟧/g)].map((m) => m[0]);
    return items.flatMap((slot) => entitiesOf(ctx, view, slot, end + rest.indexOf(slot), isActor));
  }
  return objectOf(view, end, ctx, (e) => isActor(e));
}

function fact(args: Record<string, string>, start: number, end: number, rule: string, category: string, when: When | undefined): Candidate {
  const c: Candidate = { kind: 'designation', args, start, end, rule, confidence: 0.7, category };
  if (when) c.when = when;
  return c;
}

function push(out: Candidate[], designees: string[], designators: string[], start: number, end: number, rule: string, category: string, when: When | undefined): void {
  for (const designee of designees) {
    for (const by of designators.length > 0 ? designators : [undefined]) {
      if (by === designee) continue;
      out.push(fact(by ? { designee, designator: by } : { designee }, start, end, rule, category, when));
    }
  }
}

/** "Today, the Department of State is designating A and B, the two largest ..., as FTOs and SDGTs." */
function activeActs(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  const masked = view.masked;
  for (const v of masked.matchAll(ACTIVE_VERB)) {
    const at = v.index;
    const end = at + v[0].length;
    // "is designated" is the passive reader's; "is designating" is active
    if ((/ed$/.test(v[0]) && PASSIVE_BEFORE.test(masked.slice(0, at))) || voided(masked, at)) continue;
    AS_CATEGORY.lastIndex = end;
    const c = AS_CATEGORY.exec(masked);
    if (!c || c.index - end > 220 || CLAUSE_BREAK.test(masked.slice(end, c.index))) continue;
    const designees = designeesAfter(ctx, view, end);
    if (designees.length === 0) continue;
    const designators = designatorOf(ctx, view, at);
    const cEnd = c.index + c[0].length;
    const first = relationLexicon.categoryLabel(c.groups!['c']!);
    const second = c.groups?.['c2'] ? relationLexicon.categoryLabel(c.groups['c2']) : undefined;
    // "as an SDGT in February 2024 and as an FTO on March 4, 2025": each category its own time
    const d1 = c.groups?.['d1'] !== undefined;
    const ownTime = d1 ? closingTime(ctx, view, (c.indices?.groups?.['c']?.[1] ?? cEnd)) : undefined;
    const clauseTime = closingTime(ctx, view, cEnd) ?? timeOfClause(ctx.doc, view, at) ?? presentTime(ctx.doc, masked, at);
    if (first) push(out, designees, designators, at, cEnd, 'designation:clause-active', first, ownTime ?? clauseTime);
    if (second && second !== first) push(out, designees, designators, at, cEnd, 'designation:clause-active', second, d1 ? closingTime(ctx, view, cEnd) : clauseTime);
  }
}

/** "X (PKK), which has waged an insurgency since 1984 and is designated a terrorist group by A, B and C." */
function passiveActs(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  const masked = view.masked;
  for (const m of masked.matchAll(PASSIVE)) {
    const g = m.groups ?? {};
    const verb = g['v']!;
    const at = m.indices?.groups?.['v']?.[0] ?? m.index;
    const byText = g['by'] ?? g['by2'];
    const category = g['c'] ? relationLexicon.categoryLabel(g['c']) : byText ? OUTLAWED_CATEGORY[verb] : undefined;
    if (!category || voided(masked, m.index)) continue;
    // a ban with no category lists groups only, and "banned ... from entering" bars, it does not list
    const banned = !g['c'];
    if (banned && / from\b/.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const fits = (e: Entity): boolean => (banned ? OUTLAWABLE.has(e.cls) : isActor(e));
    // a relative clause that ends at the verb names its subject before its pronoun, whatever precedes it
    const head = relativeHead(ctx, view, at, fits);
    const designees = head.length > 0 ? head : subjectOf(view, at, ctx, fits);
    if (designees.length === 0) continue;
    const byAt = m.indices?.groups?.[g['by'] ? 'by' : 'by2']?.[0] ?? at;
    const designators = byText ? entitiesOf(ctx, view, byText, byAt, isBody) : [];
    const end = m.index + m[0].length;
    // "is designated" tells a standing state, undated unless a time closes it; "was designated in 2010" an act
    const present = /^(?:is|are|remains?|being)\b/.test(m[0]);
    const when = closingTime(ctx, view, end) ?? (present ? undefined : timeOfClause(ctx.doc, view, at));
    push(out, designees, designators, m.index, end, 'designation:clause-passive', category, when);
  }
}

const WORD = /designat|blacklist|proscri|declar|brand|classif|banned|outlawed|listed/;
const NAMED = new RegExp(CAT);

/**
 * The designations a sentence states by clause structure: active acts whose object and "as" category follow the
 * verb across asides and lists, and passive ones whose subject stands before them across asides, relative clauses,
 * coordinated verbs and pronouns. Callers keep those the adjacency patterns did not read.
 */
export function designationClauses(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  if (!WORD.test(view.masked) || !NAMED.test(view.masked) && !/proscri|banned|outlawed/.test(view.masked)) return out;
  activeActs(view, ctx, out);
  passiveActs(view, ctx, out);
  return out;
}

