// Designations read by clause structure around the act's verb, however long the asides and lists between its parts:
// the designee is the active verb's object or the passive verb's clause subject, the designator the active clause's
// subject or the passive's "by" list, and the category the "as ..." that closes the clause.

import type { Entity, EntityClass, When } from '../document.js';
import { timesIn } from '../spans.js';
import { objectOf, subjectOf } from './clauseArgs.js';
import { demandedAct } from './demanded.js';
import { enumerated } from './enumerated.js';
import { deniedOrHypothetical, isActor, isBody, pattern, presentTime, timeOfClause, type Candidate, type Classed } from './patterns.js';
import { antecedent, entitiesOf, type RelationContext } from './relationContext.js';
import { relationLexicon } from './relationLexicon.js';
import { cutView, type SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';
import { bodiesOf, capitalAsCountry, isCapital } from './capitalCountry.js';
import { ACT_VERB, DEEM_FORMS, LISTED_OR_BANNED } from './listingVerbs.js';

const CAT = relationLexicon.category;
const ADVERBS = '(?:(?:also|still|formally|officially|previously|now|itself|themselves|long|already|first|since|later|today|again|jointly|being) )*';
/** Words a listing verb may stand after without it being the act: "the designated", "a listed". */
const AUXILIARY = '(?:is|are|was|were|(?:has|have|had) (?:(?:also|long|already|previously|since|itself) )?been|remains?|remained|being)';

/**
 * "designating A and B, ..., as FTOs": the verbs of an act whose object and category follow it. Those of opinion or
 * naming (DEEM_FORMS: "considers X a terrorist organization", "named its leader, Y, an SDGT") list only with a
 * designator and their category right after their object: an opinion or an appointment otherwise.
 */
const ACTIVE_VERB = new RegExp(`\\b(?:${ACT_VERB})\\b(?! by\\b| as such\\b)`, 'g');
/** An auxiliary of the passive right before a verb: then it is the passive reader's. */
const PASSIVE_BEFORE = new RegExp(`\\b${AUXILIARY} ${ADVERBS}$`);
/**
 * A category with no "as", right after the object it names: "designated the ⟦X⟧ a foreign terrorist organization",
 * "declared both groups terrorist organizations", "named its leader, ⟦Y⟧, a Specially Designated Global Terrorist". After a
 * comma a description is an apposition ("designated ⟦X⟧, a militia ..."), so the object must close without one.
 */
const BARE_AFTER = `(?<=(?:⟦\\d+⟧["”']?(?: \\([^()]{1,40}\\))?|, ⟦\\d+⟧,|\\b(?:it|them|him|her|groups|organi[sz]ations|movements|militias|factions|networks|brigades|designated|declared|named|branded|considers?|considered)) )`;
/**
 * The category that closes the clause of an active act, with a second one coordinated ("as FTOs and SDGTs") and the
 * times that date each ("as an SDGT in February 2024 and as an FTO on March 4, 2025").
 */
const AS_CATEGORY = pattern(
  `(?:\\b(?<!such |known |referred to |refer to |described |seen |regarded |considered )(?:as|to be) |${BARE_AFTER})["“]?(?:an? )?["“]?(?<c>${CAT})\\b["”]?(?: \\([A-Z]{2,6}s?\\))?(?<d1> (?:in|on|since) [^,;.⟦]{3,25}?(?=,? (?:and|as well as) ))?(?:,? (?:and|as well as) (?:as )?(?:an? )?["“]?(?<c2>${CAT})\\b["”]?(?: \\([A-Z]{2,6}s?\\))?)?`,
  'gd',
);
/** A listing verb right before a category named with no "as". */
const VERB_BEFORE = /\b(?:designated|declared|named|branded|considers?|considered) "?$/;
/** What may not stand between an act's verb and its category: another clause. */
const CLAUSE_BREAK = /[;:]|\s[—–]\s|, and (?:has|have|had|is|are|was|were|then|later|the|it|they)\b|\b(?:said|says|told)\b|⟦\d+⟧ (?:has|have|had|is|are|was|were|designat|list|ban|proscrib)/;
/** "X has been listed by Y as an SDGT since 2019"; "which ... and is designated a terrorist group by A, B and C"; "banned in X as ...". */
const PASSIVE = pattern(
  `\\b${AUXILIARY} ${ADVERBS}(?<v>${LISTED_OR_BANNED})(?: by (?:the )?(?<by>{L})| in (?:the )?(?<in>{E}))?(?: (?:as |to be )?"?(?:an? )?"?(?<c>${CAT})\\b"?(?: \\([A-Z]{2,6}s?\\))?| as (?:an? )?(?<pc>proscribed|banned|outlawed) (?:[a-z]+ )?(?:organi[sz]ations?|groups?)\\b)?(?: by (?:the )?(?<by2>{L}))?`,
  'gd',
);
/** A category for a ban or proscription that names none. */
/** What a ban lists: groups and parties, not persons, companies, states or places. */
const OUTLAWABLE = new Set<string>(['ArmedGroup', 'Organization', 'MilitaryForce']);
const OUTLAWED_CATEGORY: Record<string, string> = { proscribed: 'proscribed organization', banned: 'banned organization', outlawed: 'banned organization' };
/** A recommendation, request or debate before the verb: no act ("an expert panel recommended listing X"). */
const UNDECIDED = /\b(?:consider\w*|recommend\w*|propos\w*|mull\w*|weigh\w*|debat\w*|push\w* for|lobb\w*|ask\w*|request\w*|seek\w*|sought|pressed for|in favou?r of)\s+(?:\w+\s+){0,2}$/i;
/** "revoked the designation of", "lifted the ban on": an end, not an act. */
const REVOKED = /\b(?:revok|rescind|lift|remov|cancel|withdr[ae]w|revers|delist)\w*\s+(?:[\w'⟦⟧-]+\s+){0,3}$/i;
/** "A, B and C among them": the items a counted description before them covers. */
const AMONG_THEM = /^(⟦\d+⟧)(?: \([^()]*\))?, (.*) among them\b/;
/** A title before a person's name: a head of state designates for the state ("President X declared ..., designating"). */
const TITLED = new RegExp(`\\b(?:${relationLexicon.title}) $`);


/** "The Department is also designating", "are today listing": a release's act of its own day. */
const PROGRESSIVE = /\b(?:is|are)(?: (?:also|today|now|hereby|further|formally))* $/;

function releaseAct(ctx: RelationContext, masked: string, at: number, verb: string): When | undefined {
  const published = ctx.doc.article.published;
  return published && /ing$/.test(verb) && PROGRESSIVE.test(masked.slice(Math.max(0, at - 40), at)) ? { value: published, precision: 'day' } : undefined;
}

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
  const accept = (e: Entity): boolean => isBody(e) || isCapital(e) || (e.cls === 'Person' && titled(view, e.key));
  const direct = subjectOf(view, at, ctx, accept).map((k) => capitalAsCountry(ctx, k));
  if (direct.length > 0 || !/,["']? $/.test(view.masked.slice(0, at))) return direct;
  // "President X declared an emergency, designating ...": the subject before the main clause's first verb
  const clause = view.masked.slice(0, at);
  const main = /(?:^|; |, )(?:and )?(?:the )?(?:(?:[A-Z][\w.]*|⟦\d+⟧'s) ){0,3}(⟦\d+⟧)(?: \([^()]*\))? (?:(?:also|then|later|formally) )?[a-z]+(?:ed|s)\b/g;
  let last: RegExpExecArray | undefined;
  for (const m of matchesOf(main, clause)) last = m;
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

/**
 * The antecedent of a relative clause whose object is the designee: "⟦X⟧, the Iran-backed militia that the Department
 * designated", "⟦X⟧, which it first designated", "⟦X⟧ (KH), whom ⟦Y⟧ has designated". The relative's own subject
 * stands between the pronoun and the verb; a description between the name and the pronoun describes the name.
 */
const RELATIVE_OBJECT = new RegExp(
  `(⟦\\d+⟧)(?: \\([^()]{1,40}\\))?(?:, (?:the|an?) [^,;:]{0,80}?)?,? (?:which|that|whom) (?:the )?(⟦\\d+⟧|it|they|[A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3}) ${ADVERBS}(?:(?:has|have|had) ${ADVERBS})?$`,
);

interface RelativeObject {
  designees: string[];
  /** The relative clause's own subject: a named body, or the body "it"/"they" stands for (never the designee). */
  designators: string[];
}

function relativeObject(ctx: RelationContext, view: SentenceView, at: number): RelativeObject {
  const from = Math.max(0, at - 200);
  const m = RELATIVE_OBJECT.exec(view.masked.slice(from, at));
  if (!m) return { designees: [], designators: [] };
  const designees = entitiesOf(ctx, view, m[1], from + m.index, (x) => isActor(x as Entity));
  const subject = m[2]!;
  const subjectAt = from + m.index + m[0].lastIndexOf(subject);
  const named = /^⟦/.test(subject) ? bodiesOf(ctx, view, subject, subjectAt) : [];
  // "it" in the relative stands for the sentence's earlier subject; with a body named before the antecedent it could
  // be that body or another ("in a statement carried by ⟦paper⟧, it said ... ⟦X⟧, which it designated"): no guess
  const bodyBefore = view.slots.some((slot) => isBody(slot) && view.masked.indexOf(`⟦${slot.index}⟧`) < from + m.index);
  const pronoun = /^(?:it|they)$/.test(subject) && !bodyBefore ? antecedent(ctx, view, from + m.index, isBody) : undefined;
  return { designees, designators: (pronoun ? [pronoun] : named).filter((k) => !designees.includes(k)) };
}

/** The designees after an active verb: its object, or the named items of "a counted description, A and B among them". */
function designeesAfter(ctx: RelationContext, view: SentenceView, end: number, category: number): string[] {
  const rest = view.masked.slice(end).replace(/^ (?:the )?/, '');
  const among = AMONG_THEM.exec(rest);
  if (among) {
    const items = [...matchesOf(/⟦\d+⟧/g, among[2]!)].map((m) => m[0]);
    return items.flatMap((slot) => entitiesOf(ctx, view, slot, end + rest.indexOf(slot), isActor));
  }
  // "designating the group's leader, ⟦X⟧, as": the person the title names, not the title's owner
  const titled = OWNER_TITLED.exec(rest);
  if (titled) return entitiesOf(ctx, view, titled[1], end + rest.indexOf(titled[1]!), (x) => isActor(x as Entity));
  // "designated both groups as": the two groups the sentence before names (none where it names more)
  const plural = PLURAL_OBJECT.test(view.masked.slice(end)) ? twoGroupsBefore(ctx, view) : undefined;
  if (plural) return plural;
  const object = objectOf(view, end, ctx, (e) => isActor(e));
  if (object.length > 0) return object;
  // "designated the ⟦X⟧ a foreign terrorist organization", "named its then leader, ⟦Y⟧, an SDGT": the names the
  // category follows with no "as" (the object reader stops at a bare noun phrase after the name)
  const between = view.masked.slice(end, category);
  if (!BARE_OBJECT.test(between)) return [];
  return [...matchesOf(/⟦\d+⟧(?!'s)/g, between)].flatMap((slot) => entitiesOf(ctx, view, slot[0], end + slot.index, (x) => isActor(x as Entity)));
}

/** The noun of a plural reference to groups: "both groups", "the two organisations". */
export const GROUP_NOUN = /\b(?:groups|organi[sz]ations|militias|movements|factions|outfits|entities)$/;
/** The classes "both groups" can stand for. */
const GROUP_CLASSES = new Set<string>(['ArmedGroup', 'Organization']);

/** The two groups the previous sentence names, in order, when it names exactly two; none when it names more. */
export function twoGroupsBefore(ctx: RelationContext, view: SentenceView): string[] | undefined {
  const previous = view.sentence.index - 1;
  const keys: string[] = [];
  for (const m of ctx.doc.mentions) {
    if (m.sentence !== previous || !m.entity || !GROUP_CLASSES.has(m.cls) || keys.includes(m.entity)) continue;
    keys.push(m.entity);
  }
  // (three or more: "both" reads none of them)
  return keys.length === 2 ? keys : keys.length > 2 ? [] : undefined;
}

/** "both groups", "the two organisations" opening an object. */
const PLURAL_OBJECT = /^ (?:both|the two) (?:[a-z]+ )?(?:groups|organi[sz]ations|militias|movements|factions|outfits|entities)\b/;

/** An owner's title and the person set beside it: "the group's leader, ⟦X⟧", "its deputy commander ⟦X⟧". */
const OWNER_TITLED = new RegExp(`^(?:⟦\\d+⟧'s?|(?:the )?[a-z]+'s?|its|their) (?:[a-z-]+ ){0,2}?(?:${relationLexicon.title}),? (⟦\\d+⟧)(?!'s)`);
/** What may stand between a verb and a category it names with no "as": its object, a list or a title and a name. */
const BARE_OBJECT = /^ (?:(?:the |its |their )?(?:⟦\d+⟧'s )?(?:(?![a-z]+ing )[a-z-]+ ){0,3}?(?:[a-z-]+, )?)?⟦\d+⟧(?: \([^()]{1,40}\))?(?:(?:,? and|,) (?:the )?⟦\d+⟧(?: \([^()]{1,40}\))?)*,? $/;

function fact(args: Record<string, string>, start: number, end: number, rule: string, category: string, when: When | undefined): Candidate {
  const c: Candidate = { kind: 'designation', args, start, end, rule, confidence: 0.7, category };
  if (when) c.when = when;
  return c;
}

/** What lists, seldom what is listed: a pronoun or description that is a designee does not stand for one. */
const LISTING_BODY = new Set<EntityClass>(['Government', 'GovernmentAgency', 'Country']);
const NAME_FORMS = new Set<string>(['name', 'acronym', 'alias']);

/** The last word of a plural collective: "worshippers", "soldiers", "gunmen", "people". */
const PLURAL = /(?:[^s]s|men|people)$/i;

/**
 * Whether an entity may be listed: one named in the article (by a name, acronym or alias), or a description that is
 * not a plural crowd. A body lists named parties; "a dozen worshippers" or "Philippine soldiers" reached through "it"
 * or "the network" is a wrong tie.
 */
export function named(ctx: RelationContext, key: string): boolean {
  const e = ctx.doc.entities.get(key);
  if (!e) return false;
  return e.mentions.some((i) => NAME_FORMS.has(ctx.doc.mentions[i]?.form ?? '')) || !PLURAL.test(e.label.trim());
}

/**
 * The test a pronoun or description designee ("it", "the group", "them") must pass: a named party that is not a
 * listing body, nor one of the act's own designators ("Turkey and the EU list it": not Turkey). The nearest name
 * before a pronoun is often its own clause's subject, which an object pronoun never stands for.
 */
export function referredDesignee(ctx: RelationContext, designators: readonly string[], fits: (x: Classed) => boolean): (x: Classed) => boolean {
  return (x) => {
    const key = (x as { entity?: string }).entity ?? (x as { key?: string }).key ?? '';
    return fits(x) && !LISTING_BODY.has(x.cls) && !designators.includes(key) && named(ctx, key);
  };
}

function push(out: Candidate[], designees: string[], designators: string[], start: number, end: number, rule: string, category: string, when: When | undefined, ctx: RelationContext): void {
  for (const designee of designees) {
    if (!named(ctx, designee)) continue;
    for (const by of designators.length > 0 ? designators : [undefined]) {
      if (by === designee) continue;
      out.push(fact(by ? { designee, designator: by } : { designee }, start, end, rule, category, when));
    }
  }
}

/** "Today, the Department of State is designating A and B, the two largest ..., as FTOs and SDGTs." */
function activeActs(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  const masked = view.masked;
  for (const v of matchesOf(ACTIVE_VERB, masked)) {
    const at = v.index;
    const end = at + v[0].length;
    // "is designated" is the passive reader's; "is designating" is active
    if ((/ed$/.test(v[0]) && PASSIVE_BEFORE.test(masked.slice(0, at))) || voided(masked, at)) continue;
    AS_CATEGORY.lastIndex = end;
    const c = AS_CATEGORY.exec(masked);
    if (!c || c.index - end > 220 || CLAUSE_BREAK.test(masked.slice(end, c.index))) continue;
    const between = masked.slice(end, c.index);
    // a category right after another verb is that verb's ("... and is designated a terrorist group")
    if (VERB_BEFORE.test(masked.slice(0, c.index)) && between.trim() !== '') continue;
    // an opinion or appointment verb lists only with its category next to its object ("consider X a terrorist group")
    if (DEEM_FORMS.has(v[0]) && !BARE_OBJECT.test(between.replace(/(?:as|to be) $/, ''))) continue;
    const object = designeesAfter(ctx, view, end, c.index);
    // "X, the militia that the Department designated as an FTO": the verb's object is the relative's antecedent
    const relative = object.length > 0 ? undefined : relativeObject(ctx, view, at);
    const designees = relative?.designees ?? object;
    // a relative clause whose designator cannot be told names no act this reader can state
    if (designees.length === 0 || relative?.designators.length === 0) continue;
    const designators = (relative?.designators ?? designatorOf(ctx, view, at)).filter((k) => !designees.includes(k));
    if (designators.length === 0 && DEEM_FORMS.has(v[0])) continue;
    const cEnd = c.index + c[0].length;
    const first = relationLexicon.categoryLabel(c.groups!['c']!);
    const second = c.groups?.['c2'] ? relationLexicon.categoryLabel(c.groups['c2']) : undefined;
    // "as an SDGT in February 2024 and as an FTO on March 4, 2025": each category its own time
    const d1 = c.groups?.['d1'] !== undefined;
    const ownTime = d1 ? closingTime(ctx, view, (c.indices?.groups?.['c']?.[1] ?? cEnd)) : undefined;
    const clauseTime = closingTime(ctx, view, cEnd) ?? timeOfClause(ctx.doc, view, at) ?? presentTime(ctx.doc, masked, at) ?? releaseAct(ctx, masked, at, v[0]);
    if (first) push(out, designees, designators, at, cEnd, 'designation:clause-active', first, ownTime ?? clauseTime, ctx);
    if (second && second !== first) push(out, designees, designators, at, cEnd, 'designation:clause-active', second, d1 ? closingTime(ctx, view, cEnd) : clauseTime, ctx);
  }
}

/** "..., and both are designated": a bare "both" that takes up the subject of the clause before it. */
const BOTH_BEFORE = /, (?:and|but) (both)(?: (?:are|were|have been|had been|remain|remained))? $/;

/** The subject a bare "both" stands for: the first clause's, read as if "both" were not there ("..., and are designated"). */
function bothSubject(ctx: RelationContext, view: SentenceView, at: number, fits: (e: Entity) => boolean): string[] {
  const m = BOTH_BEFORE.exec(view.masked.slice(Math.max(0, at - 40), at));
  if (!m) return [];
  const cut = Math.max(0, at - 40) + m.index + m[0].indexOf(' both') ;
  return subjectOf(cutView(view, [[cut, cut + 5]]), at - 5, ctx, fits);
}

/** "X (PKK), which has waged an insurgency since 1984 and is designated a terrorist group by A, B and C." */
function passiveActs(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  const masked = view.masked;
  for (const m of matchesOf(PASSIVE, masked)) {
    const g = m.groups ?? {};
    const verb = g['v']!;
    const at = m.indices?.groups?.['v']?.[0] ?? m.index;
    const byText = g['by'] ?? g['by2'];
    // "was already listed by the EU in 2023", where the article speaks of sanctions: a listing on the sanctions list
    const listed = byText && /listed$/.test(verb) && ctx.aboutSanctions ? 'sanctions list' : undefined;
    // "was designated by the UK as a proscribed organisation": the list the words name
    const category = g['c'] ? relationLexicon.categoryLabel(g['c']) : g['pc'] ? OUTLAWED_CATEGORY[g['pc']] : byText ? (OUTLAWED_CATEGORY[verb] ?? listed) : undefined;
    if (!category || voided(masked, m.index)) continue;
    // a ban with no category lists groups only, and "banned ... from entering" bars, it does not list
    const banned = !g['c'];
    if (banned && / from\b/.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const fits = (e: Entity): boolean => (banned && !listed ? OUTLAWABLE.has(e.cls) : isActor(e));
    // a relative clause that ends at the verb names its subject before its pronoun, whatever precedes it
    const head = relativeHead(ctx, view, at, fits);
    const designees = head.length > 0 ? head : subjectOf(view, at, ctx, fits);
    if (designees.length === 0) designees.push(...bothSubject(ctx, view, at, fits));
    if (designees.length === 0) continue;
    const byAt = m.indices?.groups?.[g['by'] ? 'by' : 'by2']?.[0] ?? at;
    // "has been banned in Tajikistan as a terrorist organisation": the country the listing holds in lists
    const designators = byText ? bodiesOf(ctx, view, byText, byAt) : g['in'] ? entitiesOf(ctx, view, g['in'], m.indices?.groups?.['in']?.[0] ?? at, (x) => x.cls === 'Country') : [];
    const end = m.index + m[0].length;
    // "is designated" tells a standing state, undated unless a time closes it; "was designated in 2010" an act
    const present = /^(?:is|are|remains?|being)\b/.test(m[0]);
    const when = closingTime(ctx, view, end) ?? (present ? undefined : timeOfClause(ctx.doc, view, at));
    push(out, designees, designators, m.index, end, 'designation:clause-passive', category, when, ctx);
  }
}

/**
 * "X has been designated under the Russia sanctions regime, alongside its commander, Colonel Y, and Z": a listing under
 * a named sanctions regime, with the names listed alongside the subject.
 */
const REGIME = pattern(
  `\\b(?:is|are|was|were|has been|have been|had been|being) (?:(?:also|now|today|formally|officially|being) )*(?<v>designated|listed|sanctioned) under (?:the |its |their )?(?<r>(?:[\\w.'-]+ ){0,4}?sanctions? (?:regime|programme|program|regulations|legislation|framework)\\b|⟦\\d+⟧(?!'))`,
  'gd',
);
const REGIME_WORD = /(?:designated|listed|sanctioned) under /;
const REGIME_NAME = /sanctions? (?:regime|programme|program|regulations|legislation|framework)$/i;
const ALONGSIDE = /^,? (?:alongside|together with|along with|as well as) ([^;.]*)/;
/** A name after a preposition is a place or an owner in the item ("its commander in ⟦Niger⟧"), not an item. */
const OBLIQUE = /\b(?:in|of|from|at|near|for|to|by|with|on)(?: the)? $/;

/** One listing under a named sanctions regime, for designations and sanctions alike. */
export interface RegimeListing {
  designees: string[];
  category: string;
  start: number;
  end: number;
  when: When | undefined;
}

/** The listings under a named sanctions regime a sentence tells ("has been designated under the X sanctions regime"). */
export function regimeListings(view: SentenceView, ctx: RelationContext): RegimeListing[] {
  const out: RegimeListing[] = [];
  const masked = view.masked;
  if (!masked.includes(' under ') || !REGIME_WORD.test(masked) || !/sanctions? (?:regime|program|regulation|legislation|framework)/.test(ctx.doc.text.slice(view.sentence.start, view.sentence.end))) return out;
  for (const m of matchesOf(REGIME, masked)) {
    const at = m.indices?.groups?.['v']?.[0] ?? m.index;
    // a regime may be a name of its own ("the ⟦Russia sanctions regime⟧")
    const slot = /^⟦(\d+)⟧$/.exec(m.groups!['r']!);
    const regime = slot ? view.slots[Number(slot[1])]?.mention.text : m.groups!['r'];
    if (!regime || !REGIME_NAME.test(regime) || voided(masked, m.index)) continue;
    const designees = subjectOf(view, at, ctx, isActor);
    const end = m.index + m[0].length;
    const along = ALONGSIDE.exec(masked.slice(end));
    if (along) {
      const from = end + along[0].length - along[1]!.length;
      for (const slot of matchesOf(/⟦\d+⟧(?!'s)/g, along[1]!)) {
        if (OBLIQUE.test(along[1]!.slice(0, slot.index))) continue;
        designees.push(...entitiesOf(ctx, view, slot[0], from + slot.index, (x) => isActor(x as Entity)));
      }
    }
    if (designees.length === 0) continue;
    // "has been designated" in a release is its own act of the day, unless a time closes the clause
    const perfect = /^(?:has|have) been\b/.test(m[0]);
    const published = ctx.doc.article.published;
    const when = closingTime(ctx, view, end) ?? timeOfClause(ctx.doc, view, at) ?? (perfect && published ? { value: published, precision: 'day' } : undefined);
    out.push({ designees: [...new Set(designees)], category: `designated under the ${regime.replace(/^the /i, '').toLowerCase()}`, start: m.index, end, when });
  }
  return out;
}

/** "The following were designated today by the Department of State: A, B and C"; "The following entities are listed as SDGTs:". */
const FOLLOWING = pattern(
  `\\b[Tt]he following(?: [a-z]+){0,2} (?:(?:is|are|was|were|has been|have been|being|also|today) )+(?<v>designated|listed|sanctioned)(?: today)?(?: by (?:the )?(?<by>{E}))?(?: (?:as |to be )(?:an? )?(?<c>${CAT})s?)?(?: (?:today|pursuant to [^:;]{1,40}|under [^:;]{1,60}))?(?: (?:in|on|since) [^:;⟦]{3,25})?:\\s*(?<items>[^;]*)`,
  'gd',
);
const EXECUTIVE_ORDER = /(?:Executive Order|E\.O\.)(?: \(E\.O\.\))? ?(\d{4,5})/;

/** The designations of a "the following were designated:" list whose items follow the colon in the same sentence. */
function followingLists(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  for (const m of matchesOf(FOLLOWING, view.masked)) {
    const g = m.groups ?? {};
    if (voided(view.masked, m.index)) continue;
    const itemsAt = m.indices?.groups?.['items']?.[0] ?? m.index;
    const items = enumerated(g['items']);
    const designees = items ? [...matchesOf(/⟦\d+⟧/g, items)].flatMap((slot) => entitiesOf(ctx, view, slot[0], itemsAt + g['items']!.indexOf(slot[0]), (x) => isActor(x as Entity))) : [];
    if (designees.length === 0) continue;
    const designators = g['by'] ? bodiesOf(ctx, view, g['by'], m.indices?.groups?.['by']?.[0] ?? m.index) : [];
    const eo = EXECUTIVE_ORDER.exec(ctx.doc.text);
    const category = g['c'] ? relationLexicon.categoryLabel(g['c']) : g['v'] !== 'sanctioned' && eo ? `designated under executive order ${eo[1]!}` : 'sanctions list';
    const published = ctx.doc.article.published;
    const today = /\btoday\b|\b(?:are|is|has been|have been) /.test(m[0].slice(0, itemsAt - m.index)) && published ? { value: published, precision: 'day' as const } : undefined;
    if (category) push(out, designees, designators, m.index, m.index + m[0].length, 'designation:following', category, timeOfClause(ctx.doc, view, m.indices?.groups?.['v']?.[0] ?? m.index) ?? today, ctx);
  }
}

// the active verbs, and the participles the passive reader reads ("has been listed by")
const WORD = new RegExp(`\\b(?:${ACT_VERB}|${LISTED_OR_BANNED})\\b`);
const NAMED = new RegExp(CAT);

/**
 * The designations a sentence states by clause structure: active acts whose object and "as" category follow the
 * verb across asides and lists, and passive ones whose subject stands before them across asides, relative clauses,
 * coordinated verbs and pronouns. Callers keep those the adjacency patterns did not read.
 */
export function designationClauses(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  for (const r of regimeListings(view, ctx)) push(out, r.designees, [], r.start, r.end, 'designation:regime', r.category, r.when, ctx);
  if (view.masked.includes('following') && view.masked.includes(':')) followingLists(view, ctx, out);
  if (!WORD.test(view.masked) || (!NAMED.test(view.masked) && !/proscri|banned|outlawed/.test(view.masked) && !(ctx.aboutSanctions && view.masked.includes('listed by')))) return out;
  activeActs(view, ctx, out);
  passiveActs(view, ctx, out);
  return out;
}

