// The shared vocabulary of relation patterns: slot and list templates compiled once, the candidate a pattern
// yields, and the checks every family needs (entity classes, negation and hypotheticals, the time of a clause).

import { PLACE_CLASSES, type AnnotatedDocument, type EntityClass, type RelationFact, type RelationKind, type TimeExpression, type When } from '../document.js';
import { timesIn } from '../spans.js';
import type { RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';

/** A relation family: reads one sentence's masked view (and the context) and returns what it states. */
export type Family = (view: SentenceView, ctx: RelationContext) => Candidate[];

/** A fact a pattern read in one sentence, before facts told several times are merged. */
export interface Candidate extends Omit<RelationFact, 'evidence'> {
  /** Offsets into the masked sentence of the words that state it. */
  start: number;
  end: number;
}

const SLOT = '⟦\\d+⟧';
/** An alias or acronym in parentheses after a name: "Bois Rouge SARLU (Bois Rouge)". */
const ALIAS = `(?: \\(${SLOT}\\))?`;
/** One item of a list, with a possessor that is not itself the item ("Iran's IRGC", "Shoigu's deputy Ivanov"). */
const ITEM = `(?:${SLOT}'s (?:[a-z]+ ){0,2})?${SLOT}${ALIAS}`;
const LIST = `${ITEM}(?:(?:,| and|, and|,? or|,? as well as|,? along with) (?:the )?${ITEM})*`;

/** A name no earlier stage recognized, known by the acronym after it: "Lashkar-e-Tayyiba (⟦LeT⟧)". */
const UNNAMED = `[A-Z][\\w'-]*(?: (?:[A-Z][\\w'-]*|[a-z]{1,3}(?:-[A-Za-z][\\w'-]*)?)){0,6} \\(${SLOT}\\)`;

const TOKENS: Record<string, string> = {
  // a name, with its acronym or alias in parentheses if one follows ("the IRGC-Qods Force (IRGC-QF)")
  E: `(?:${SLOT}${ALIAS}|${UNNAMED})`,
  L: LIST,
  // an optional quote mark around a name
  Q: `["']?`,
  // apposition: a comma, a dash or an opening parenthesis
  SEP: `["']?(?:,| [-–—]+| \\()["']?\\s*`,
  // a head noun for a group of actors, with an adjective or two, between a compound and the names it qualifies
  DESC: `(?:(?:[A-Z][a-z]+(?:n|i|ese|ish) )?(?:[a-z-]+ )?(?:militias?|groups?|fighters|forces|rebels?|government|regime|troops|prox(?:y|ies)|movements?|organi[sz]ations?|factions?|part(?:y|ies)|allies|insurgents?|separatists?|compan(?:y|ies)|firms?|militants?|paramilitar(?:y|ies)|units?|brigades?|networks?|outfits?) )?`,
  // words between a subject and its verb, never crossing a report ("the Treasury said the companies supplied")
  GAP: `(?:(?!(?:said|says|say|told|tells|that|added|stated|announced|claimed|claims|denied|denies|accused|accuses|alleged|alleges|reported)\\b)[\\w-]+ ){0,3}?`,
  // a pronoun or definite description that stands for an organization named before
  PRO: `(?:[Ii]t|[Tt]hey|[Tt]he (?:[a-z-]+ )?(?:group|organi[sz]ation|movement|militia|faction|network|company|outfit|regime|government|junta|administration))`,
  // a descriptive appositive ("Haftar, a former ally of Gaddafi,")
  DAPPOS: `(?:, (?:a|an|the) [^,;⟦]{0,50}(?:⟦\\d+⟧[^,;⟦]{0,50}){0,2},)?`,
  // an appositive between a subject and its verb ("JNIM, al-Qaida's affiliate in the Sahel, was designated")
  // (it may hold a list: "JNIM, an al-Qaida affiliate active in Mali, Niger and Chad, was designated")
  APPOS: `(?:, [^,;⟦]{0,50}(?:${LIST}[^,;⟦]{0,50}){0,2},)?`,
  // a number word, for "two companies" whose names the next sentence gives
  NUM: `(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)`,
  // a determiner
  DET: `(?:(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) )`,
  // one lower-case modifier word ("main", "Syrian" is allowed too when it is an adjective of place)
  W: `(?:[a-z][\\w'-]*|[A-Z][a-z]+(?:n|i|ian|ese|ish)) `,
  // a plural anaphor that points back at the last list named ("these groups", "all four of these militias")
  ANA: `(?:all (?:\\w+ )?(?:of )?)?(?:(?:these|those|the|both) (?:\\w+ )?(?:groups|organi[sz]ations|militias|entities|companies|individuals|firms|factions|movements)|(?:these|those|both) (?:\\w+ )?⟦\\d+⟧)`,
};

/** Compiles a pattern template whose {NAME} tokens are the building blocks above ({E} a name, {L} a list, ...). */
export function pattern(template: string, flags = 'gd'): RegExp {
  const source = template.replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
    const token = TOKENS[name];
    if (token === undefined) throw new Error(`newskg/relations/patterns: unknown token ${whole} in ${template}`);
    return token;
  });
  return new RegExp(source, flags);
}

/** A slot or an entity: anything with a class, and the name it goes by where one is known. */
/** A pattern of a relation family, run only on sentences its cheap keyword test accepts. */
export interface GuardedRule {
  rx: RegExp;
  rule: string;
  confidence: number;
  /** Whether a negation or a modal just before the trigger voids it. */
  verbal: boolean;
  guard: RegExp;
}

/**
 * A trigger of a clause reader (support, alliance): its words, its rule name, how its sides are read, and the cheap
 * test a sentence must pass before it is tried.
 */
export interface ShapedTrigger<Shape extends string> {
  rx: RegExp;
  rule: string;
  shape: Shape;
  confidence: number;
  guard: RegExp;
}

export interface Classed {
  cls: EntityClass;
  label?: string;
  mention?: { text: string };
}

/** Names that are institutions whatever class an earlier stage gave them ("the Council", "the Office"). */
const INSTITUTION =
  /^(?:[A-Z][\w.-]* )*(?:Council|Commission|Committee|Ministry|Department|Office|Treasury|Parliament|Assembly|Senate|Congress|Agency|Bureau|Secretariat|Authority|Court|Tribunal|Government|Cabinet|Presidency)$/;

/** The class a relation pattern reads: an institution typed as a person is read as an organization. */
function classOf(x: Classed): EntityClass {
  const name = x.label ?? x.mention?.text;
  return x.cls === 'Person' && name !== undefined && INSTITUTION.test(name) ? 'Organization' : x.cls;
}

/** Persons. */
export function isPerson(slot: Classed): boolean {
  return classOf(slot) === 'Person';
}

/** Anything that can act: persons, organizations and countries, not places. */
export function isActor(slot: Classed): boolean {
  return !PLACE_CLASSES.has(slot.cls);
}

/** Organizations and countries. */
export function isBody(slot: Classed): boolean {
  return classOf(slot) !== 'Person' && !PLACE_CLASSES.has(slot.cls);
}

/** Organizations proper (not countries, persons or places). */
export function isOrganization(slot: Classed): boolean {
  return isBody(slot) && slot.cls !== 'Country';
}

// "would not lift", "is in no way involved", "never backed", "if ... designates", "plans to sanction".
const NEGATION =
  /\b(?:not|never|no longer|neither|nor|in no way|refused? to|refuses to|declined? to|denied|denies|deny|without|rather than|instead of|stop|stopped|stops|cease|ceased|halt|halted)\b|n't\b/i;
// case-sensitive, so that the month "May" is no modal; a sentence seldom opens on one of these
const HYPOTHETICAL =
  /\b(?:would|could|might|may|should|will|shall|[Ii]f|[Uu]nless|[Ww]hether|plans? to|planned to|planning to|threaten(?:s|ed)? to|consider(?:s|ed|ing)?|propos(?:e|es|ed|ing) to|call(?:s|ed)? (?:on|for)|urged?|urges|demand(?:s|ed)?|want(?:s|ed)? to|seeks? to|sought to|calls? for)\b/;

/** The clause before a trigger: back to the last comma, semicolon, dash or colon, at most `words` words. */
function clauseBefore(masked: string, at: number, words: number): string {
  const before = masked.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' —'), before.lastIndexOf(':'));
  const clause = before.slice(cut + 1);
  return clause.trim().split(/\s+/).slice(-words).join(' ');
}

/**
 * Whether the few words just before a trigger deny it or make it a plan, a wish or a condition ("would not
 * lift", "has never backed", "plans to designate"). The window is short so that a negation governing another
 * verb ("will not diminish the resolve ... to work with") does not reach the trigger.
 */
export function deniedOrHypothetical(masked: string, at: number, words = 4): boolean {
  const clause = clauseBefore(masked, at, words);
  return NEGATION.test(clause) || HYPOTHETICAL.test(clause);
}

/** Words that end one clause and start another: a time beyond them dates the other clause. */
const CLAUSE_BREAK = /;|\bbut\b|\bwhile\b|\bwhereas\b|\band (?:has|have|had|is|are|was|were|then|later|will)\b/;

const SPEECH = /\b(?:said|says|say|told|tells|added|adds|announced|stated|wrote|noted|explained)\s+(?:\w+\s+){0,2}$/i;

/**
 * The time of the clause a trigger stands in: the sentence's time expression nearest the trigger, leaving out
 * times that date a speech act ("said Monday"), which tell when it was said, not when it happened.
 */
export function timeOfClause(doc: AnnotatedDocument, view: SentenceView, at: number): When | undefined {
  const trigger = view.docOffset(at);
  let best: TimeExpression | undefined;
  let bestDistance = Infinity;
  for (const t of timesIn(doc, view.sentence)) {
    const before = doc.text.slice(Math.max(view.sentence.start, t.start - 30), t.start);
    if (SPEECH.test(before.replace(/\bon\s+$/, ''))) continue;
    const between = t.start > trigger ? doc.text.slice(trigger, t.start) : doc.text.slice(t.end, trigger);
    if (CLAUSE_BREAK.test(between)) continue;
    const distance = t.start > trigger ? t.start - trigger : trigger - t.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best?.when;
}

/**
 * The time of a clause told in the present or present progressive ("is designating", "are being designated"):
 * the publication day, as for "today". Undefined for other tenses or an undated article.
 */
export function presentTime(doc: AnnotatedDocument, masked: string, at: number): When | undefined {
  const published = doc.article.published;
  if (!published) return undefined;
  const before = masked.slice(Math.max(0, at - 16), at);
  return /\b(?:is|are|am)(?: being)? $/.test(before) ? { value: published, precision: 'day' } : undefined;
}

/**
 * The start of a standing tie, where the words right after the match say "since 2021" ("has relied on Russian
 * mercenaries since 2021"). Other times of the sentence date other things and are left alone.
 */
export function sinceTime(doc: AnnotatedDocument, view: SentenceView, m: RegExpMatchArray): When | undefined {
  const end = view.docOffset((m.index ?? 0) + m[0].length);
  for (const t of timesIn(doc, view.sentence)) {
    if (t.start < end || t.start - end > 24) continue;
    const between = doc.text.slice(end, t.start) + t.text;
    if (/^\W*(?:\w+\W+){0,2}?since\b/i.test(between) || /^since\b/i.test(t.text)) return t.when;
  }
  return undefined;
}

/** Offset of a named group of a match made with the "d" flag, or of the whole match. */
export function groupStart(m: RegExpExecArray | RegExpMatchArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index ?? 0;
}

/** A candidate spanning a whole match. */
export function candidate(
  kind: RelationKind,
  args: Record<string, string>,
  m: RegExpMatchArray,
  rule: string,
  confidence: number,
  extra: Partial<Pick<Candidate, 'category' | 'title' | 'when' | 'lifted'>> = {},
): Candidate {
  const start = m.index ?? 0;
  const c: Candidate = { kind, args, start, end: start + m[0].length, rule, confidence };
  if (extra.category !== undefined) c.category = extra.category;
  if (extra.title !== undefined) c.title = extra.title;
  if (extra.when !== undefined) c.when = extra.when;
  if (extra.lifted !== undefined) c.lifted = extra.lifted;
  return c;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** The number a number word or digits stand for. */
export function numberOf(word: string): number | undefined {
  const n = NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

/**
 * A noun that heads a description of a group of people ("a rival group", "the armed wing", "a coalition"): an
 * apposition so headed tells that the name it describes is a group, whatever class an earlier stage gave the name.
 */
export const GROUP_NOUN =
  /^(?:groups?|forces?|militias?|factions?|part(?:y|ies)|coalitions?|alliances?|movements?|organi[sz]ations?|networks?|outfits?|army|armies|governments?|regimes?|administrations?|juntas?|missions?|rebels?|insurgents?|brigades?|battalions?|units?|wings?|branch(?:es)?|affiliates?|offshoots?|splinters?|cartels?|gangs?|compan(?:y|ies)|firms?|federations?|umbrella|paramilitar(?:y|ies)|prox(?:y|ies)|fronts?|blocs?|unions?)$/;

/** Any entity: for a name whose class the words around it settle ("X, an armed faction funded by Y"). */
export function anyClass(): boolean {
  return true;
}
