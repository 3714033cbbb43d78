// The arguments of a relation trigger taken by clause structure, not adjacency: the subject of the clause a verb or
// predicate stands in (through asides, relative pronouns, lists, pronouns, coordinated verbs) and the noun phrase after it.

import type { Entity } from '../document.js';
import type { Classed } from './patterns.js';
import { clausesOf, commaAsideHost, structureSubject } from './clauses.js';
import { entitiesOf, type RelationContext } from './relationContext.js';
import { listOf, plainView, type SentenceView, type Slot } from './sentenceView.js';

/** Whether an entity may fill the argument. */
export type Accept = (e: Entity) => boolean;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const COUNT = '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\\d+)';
/** A time phrase that may stand between a subject and its verb, or between a verb and its object. */
const DATE =
  `(?:(?:in|on|by|since|during|until|around|from|as early as|as of) (?:the )?(?:early |late |mid-?)?(?:(?:the )?(?:\\d{4}s?|(?:late |early )?\\d{2}th century)|${MONTH}(?: \\d{1,2})?(?:,? \\d{4})?|${DAY}|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of \\d{4})?)` +
  `|(?:last|this|that|the following|the next|the same|the previous) (?:year|month|week|spring|summer|autumn|fall|winter|decade)` +
  `|${COUNT} (?:years?|months?|weeks?|days?|decades?) (?:later|earlier|ago|after|before)|(?:later|earlier) that year|at the time|\\d{4})`;
/** Adverbs, auxiliaries and modals between a subject and its verb (negation and modality are the families' to judge). */
const ADVERB =
  '(?:has|have|had|was|were|is|are|be|been|being|did|does|do|also|later|then|subsequently|eventually|finally|first|once|originally|formally|officially|reportedly|allegedly|jointly|together|began|begun|started|continued|continues|helped|to|itself|themselves|soon|now|still|already|again|since|not|never|would|could|may|might|will|shall|must|can|in turn|in effect|[a-z]+ly)';
/** Everything skipped backwards from a trigger to find what stands before its verb group: "..., in 2017, had also". */
// a date closed by a comma is skipped only when a comma opens it too, so that "X, which Y armed in 2014, joined" keeps its aside
const TAIL = new RegExp(`(?:\\s*\\b(?:${DATE}|${ADVERB})\\b|(?<=,)\\s*\\b(?:${DATE}|${ADVERB})\\b,)*\\s*$`);
/** A passive's agent after a short time phrase: "led since his death by X". */
const PASSIVE_BY = /^,? (?:since|after|in|during|until|following|from) (?:[\w-]+ ){0,3}?[\w-]+,? by\b/;
/** Skipped forwards from a trigger's end before its object: "founded in 2011 by", "absorbed, in 2019,". */
const LEAD_IN = new RegExp(`^(?:,? (?:${DATE}|${ADVERB})\\b,?)*(?: by\\b)?`);

// the pieces of a noun phrase over the masked text
const NAME = '⟦\\d+⟧(?: \\([^()]{1,40}\\))?';
const PREPOSITION = '(?:of|on|in|at|by|from|with|to|for|into|against|over|under|between|among|including|like|than|near|and|or|that|which|who)';
/** A modifier word: "rebel", "Ugandan", "Salafist", "Abuja-based". */
const MOD = `(?!${PREPOSITION}\\b)(?:[a-z][\\w'-]*|[A-Z][\\w'-]*-[a-z][\\w-]*|[A-Z][a-z]+(?:n|i|ian|ese|ish|ist|ic))`;
/** A title before a name: "President", "Russian Deputy Minister of Defence", "former Field Marshal". */
const TITLE = `(?:(?:former|deputy|acting|late|interim) )?[A-Z][\\w.'-]*(?: (?:of |for |the )*[A-Z][\\w.'-]*){0,5} `;
/** One item of a list: "the rebel ⟦0⟧ (AB)", "⟦1⟧'s ⟦2⟧", "President ⟦3⟧". */
const ITEM = `(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]nother|[Hh]is|[Hh]er) (?:${MOD} ){0,3})?(?:${TITLE})?(?:⟦\\d+⟧'s (?:[a-z]+ ){0,2})?${NAME}`;
const SEPARATOR = '(?:,| and|, and|,? as well as|,? along with|,? together with)';
const LIST = `${ITEM}(?:${SEPARATOR} ${ITEM})*`;
/**
 * A description with no name in it: "an umbrella of factions", "one of the groups", "another Ugandan rebel movement",
 * "a new, broader body" (adjectives a comma joins).
 */
const DESCRIPTION =
  `\\b(?:(?:[Oo]ne|[Ss]ome|[Mm]any|[Ee]ach|[Aa]ll|[Mm]ost|[Ss]everal|[Pp]art|[Dd]ozens|[Ss]cores|[Hh]undreds|a number|a handful|${COUNT}) of |[Aa]mong )?(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|[Tt]hese|[Tt]hose|[Bb]oth|[Dd]ozens|[Ss]cores|${COUNT}) (?:(?:(?!(?:${PREPOSITION}|is|are|was|were|has|have|had|be|been|being|said|says|remains?|became)\\b)[A-Za-z][\\w'-]*(?:,(?= [a-z]))?|of|the|a|an|⟦\\d+⟧(?:'s|-[a-z]+)?) ){0,7}?[a-z][\\w-]*`;
/** Head nouns a name may stand before as a modifier of itself: "the ⟦X⟧ party", "⟦X⟧ units". */
const HEAD =
  '(?:party|group|movement|militias?|coalition|alliance|organi[sz]ation|faction|forces?|army|government|regime|administration|company|network|brigade|battalion|front|bloc|union|rebels|fighters|units?|troops|junta|federation|umbrella|insurgents|militants|mercenaries)';
/** People who act for a body: "fighters from X attacked" is X acting. */
const MEMBERS_OF =
  /\b(?:fighters|members|troops|soldiers|instructors|mercenaries|militants|units|elements|commanders|officers|operatives|personnel|advis[eo]rs|contractors|forces|gunmen|remnants|bulk|rest) (?:from|of) (?:the )?$/;

const LIST_END = new RegExp(`(?:${LIST})$`);
const LIST_AT = new RegExp(LIST, 'y');
/** A name after a preposition is an oblique object ("the attack on X"), not the clause's subject. */
const OBLIQUE_BEFORE = new RegExp(`\\b${PREPOSITION}\\s*$`);
/** Descriptions a name may fill in the whole: "the remnants of X" is X in the main. */
const WHOLE_OF =
  /^(?:the |its |their )?(?:remnants|remainder|bulk|rest|core|ranks|fold|operations|most|much|part|members|fighters|elements|majority|main body|leadership|forces|armed forces|troops|units|soldiers|militias|militiamen|army) of /;
/** A pronoun or definite description standing for bodies named before ("It", "the movement", "the two groups"). */
const ANAPHOR_HEAD =
  '(?:groups?|organi[sz]ations?|movements?|militias?|factions?|networks?|compan(?:y|ies)|outfits?|regimes?|governments?|juntas?|administrations?|coalitions?|alliances?|bodies|body|parties|party|rebels|countries|states|nations|sides|brigades?|battalions?|corps|front|force|army|council|mission|union|league|cartel|gang|wing|agency|ministry|committee|guard)';
const ANAPHOR = new RegExp(
  `(?:[Ii]t|[Tt]hey|[Tt]hem|[Tt]he (?:(?:two|three|four|five|six|both) )?(?:[a-z-]+ )?${ANAPHOR_HEAD}|(?:[Bb]oth|[Tt]hese|[Tt]hose) (?:[a-z-]+ )?(?:groups|organi[sz]ations|movements|militias|factions|networks|companies|parties|bodies|countries|states))`,
);
const ANAPHOR_END = new RegExp(`\\b${ANAPHOR.source}$`);
const ANAPHOR_AT = new RegExp(`${ANAPHOR.source}\\b`, 'y');
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, both: 2 };
/** A bare counted description before a verb: "four jihadist groups". */
const COUNTED_END =
  /\b(two|three|four|five|six|seven|eight)\s(?:[A-Za-z][\w-]*\s){0,2}(?:groups|factions|militias|movements|organi[sz]ations|parties|brigades|companies|countries|states|bodies)\s*$/i;
/** The names after a colon, later in the same clause. */
const COLON_LIST = new RegExp(`^[^;:.⟦]{0,80}:\\s(?<list>${LIST})`);

/** Leading adverbials of a clause: "In 2019,", "On the other hand,", "According to X,", "In April". */
const LEADING = new RegExp(
  `(?:\\s|,)*(?:(?:(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Dd]uring|[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing|[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his|[Aa]ccording to|[Uu]nder|[Dd]espite|[Ff]or|[Ww]ithin|[Oo]ver|[Aa]mid|[Dd]uring) [^,;]{1,80}?|[Mm]eanwhile|[Hh]owever|[Ii]nstead|[Yy]et|[Ss]till|[Nn]ow|[Tt]hen|[Ii]n addition|[Mm]oreover|[Ss]eparately|[Tt]oday|[Yy]esterday|[Ss]ince then|[Ii]n turn|${COUNT} (?:years?|months?|decades?) (?:later|earlier))\\s*,\\s*|(?:[Tt]ogether|[Jj]ointly)\\s+|(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Dd]uring) (?:early |late |mid-?)?(?:\\d{4}|${MONTH}(?: \\d{4})?|${DAY})\\s+)*`,
  'y',
);
/** What may stand between a subject and its verb: an alias, then asides closed by commas. */
const ASIDES_ONLY = /^(?: \([^()]{1,40}\))?(?:\s*,(?:[^;"]{0,300},)?)?\s*$/;
/** What may stand between a subject and a coordinated verb: its first verb phrase, not a report of another's words. */
const FIRST_VERB_PHRASE = /^[^;"]{0,300}$/;
const REPORTED = /\b(?:said|says|told|added|according|claimed|announced)\b/;
/** A description followed by the names it describes: "three rival factions, A, B and C,". */
const DESCRIBED_LIST = new RegExp(`(?:${DESCRIPTION}),\\s(?<list>${LIST})(?=,)`, 'y');
// "which officials say" stays a relative: the report does not change what the pronoun stands for
/** A nickname or alias aside before a relative: 'X, known as "Pipo," who heads Y'. */
const KNOWN_AS_END = /,\s(?:known as|alias|also called|nicknamed|dubbed|better known as)\s[^,;]{1,50},?["']?\s*$/;
const RELATIVE_END =
  /(?:,\s*)?\b(?:that|which|who)(?:\s(?:[^,;]{1,40}?\s)?(?:say|says|said|believe|believes|claim|claims|allege|alleges|think|thinks|suspect|suspects))?\s*$/;
/** A body's people or operations as a subject: "the group's operations in X were folded into", "X's fighters joined". */
const OWNED_WHOLE_END = new RegExp(
  `(?<owner>${LIST}|(?<anaphor>${ANAPHOR.source}))'s? (?:[a-z]+ )?(?:operations|fighters|remnants|forces|units|members|assets|troops|bulk|leadership|personnel|ranks)(?: (?:in|across|inside|outside) [^,;]{1,40}?)?\\s*$`,
);
const SUBJECT_HEAD_END = new RegExp(`(${LIST}) ${HEAD}\\s*$`);
/** A participle that opens a sentence: "Founded in 1973 by X, the group ...", "Led by Y, the brigade ...". */
const PARTICIPLE = /^(?:[A-Za-z]+ed|[Ll]ed|[Ss]et up|[Bb]uilt|[Rr]un|[Mm]ade|[Kk]nown|[Hh]eld|[Bb]orn|[Bb]acked)\b/;
/** A noun phrase that opens a main clause: followed by its verb, or by an aside. */
const MAIN_CLAUSE_NEXT = /^(?: \([^()]{1,40}\))?(?:\s[a-z]|,)/;
const COORDINATED_END = /(?:,\s*)?\b(?:and|but|and then|but also)\s*$/;
const COPULA_END =
  /\b(?:is|are|was|were|remains?|remained|became|becomes|become|has become|have become|has been|have been|had been|is now|was once|is still|is also|was also)\s*$/;
const DESCRIPTION_END = new RegExp(`(?:${DESCRIPTION})\\s*$`, 'y');
/** Where a description may start: tried only there, since a search from every offset is the module's main cost. */
const DESCRIPTION_START = /\b(?:[Oo]ne|[Ss]ome|[Mm]any|[Ee]ach|[Aa]ll|[Mm]ost|[Ss]everal|[Pp]art|[Dd]ozens|[Ss]cores|[Hh]undreds|a|an|[Aa]mong|[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|[Tt]hese|[Tt]hose|[Bb]oth|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\b/g;

/** The description that ends `text` (its leftmost start within the last `window` characters), if one does. */
function descriptionEnd(text: string, window = 100): RegExpExecArray | null {
  DESCRIPTION_START.lastIndex = Math.max(0, text.length - window);
  for (let d = DESCRIPTION_START.exec(text); d; d = DESCRIPTION_START.exec(text)) {
    DESCRIPTION_END.lastIndex = d.index;
    const m = DESCRIPTION_END.exec(text);
    if (m) return m;
  }
  return null;
}
/** An object a description introduces: ", the F (FA)" or ": A, B and C", ending where the clause does. */
const DESCRIBED_OBJECT = new RegExp(`(?:${DESCRIPTION})(?:,|:)\\s(?<list>${LIST})(?=\\s*(?:[,.;:)—–]|$| \\(| and\\b| led\\b| based\\b))`, 'y');
const HEAD_AFTER = new RegExp(`^ ${HEAD}\\b`);
/** What may follow a name that ends its noun phrase; a noun after it makes it a modifier ("the X commander"). */
const ENDS_PHRASE =
  /^(?:\s*(?:[,.;:)!?"—–-]|$)|\s(?:[a-z]+ly|(?:of|on|in|at|by|from|with|to|for|into|against|over|under|during|amid|despite|through|since|until|after|before|following|as|and|or|but|when|while|which|who|whose|that|where|last|this|next|early|late|earlier|later|is|are|was|were|has|had|have|will|would|says?|said|told|together|alongside|itself|themselves)\b|\s\d|[a-z]+ed (?:the|a|an|its|their|⟦)))/;
const POSSESSED = /^'s (?:ranks|fold|side|camp|remnants|members|fighters|banner|umbrella)\b/;
const HOPS = 3;

/** The accepted, known entities of some keys, each once, in the order given. */
function keep(ctx: RelationContext, keys: readonly string[], accept: Accept): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const e = ctx.doc.entities.get(k);
    if (e && accept(e) && !out.includes(k)) out.push(k);
  }
  return out;
}

/** The accept test as the antecedent helpers call it, on slots as well as entities. */
function fitting(ctx: RelationContext, accept: Accept): (x: Classed) => boolean {
  return (x) => {
    const key = (x as Partial<Slot>).entity ?? (x as Partial<Entity>).key;
    const e = key === undefined ? undefined : ctx.doc.entities.get(key);
    return e !== undefined && accept(e);
  };
}

/** The start of the verb group ending at `at`: adverbs, auxiliaries and dates skipped backwards. */
function verbGroupStart(masked: string, at: number): number {
  const before = masked.slice(0, at);
  // the leftmost start whose match runs to the end is the whole tail
  const m = atEnd(TAIL, before, 120);
  return m ? m.index : at;
}

const CONJUNCTION = /\b(?:and|or|as well as|along with|together with)\b/;
const ITEM_AT = new RegExp(ITEM, 'y');
const ITEM_END = new RegExp(`${ITEM}$`);

/** A list read forwards: names joined by commas alone are a name and its apposition, so only the first counts. */
function firstItems(text: string): string {
  if (CONJUNCTION.test(text)) return text;
  ITEM_AT.lastIndex = 0;
  return ITEM_AT.exec(text)?.[0] ?? text;
}

/** A list read backwards: without a conjunction only the last name is the phrase before the verb. */
function lastItems(text: string): string {
  return CONJUNCTION.test(text) ? text : (ITEM_END.exec(text)?.[0] ?? text);
}

/**
 * An end-anchored expression run on the last `window` characters only (from a word start): what stands right before
 * a verb is short, and a search from every offset of a long sentence would cost its square.
 */
function atEnd(rx: RegExp, text: string, window = 240): RegExpExecArray | null {
  let from = Math.max(0, text.length - window);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space < 0 ? from : space + 1;
  }
  const m = rx.exec(from > 0 ? text.slice(from) : text);
  if (m) m.index += from;
  return m;
}

/** A list of names after a comma that ends where its clause goes on: the names a description before it stands for. */
const APPOSED_LIST = new RegExp(`^,\\s(?<list>${LIST})(?=\\s*(?:[,.;:)—–]|$| \\(| and\\b| led\\b| based\\b))`);

/**
 * The names apposed to a description mention that opens the noun phrase `phrase` at masked offset `at` ("two
 * militias, the A and the B"), when names follow its comma; else undefined.
 */
export function apposedNames(view: SentenceView, at: number, phrase: string): string | undefined {
  // the list reader may have taken the names in already, the comma read as one between items
  const first = /^(?:the )?⟦(\d+)⟧(?=,\s|$)/.exec(phrase);
  const slot = first ? view.slots[Number(first[1])] : undefined;
  if (!slot || slot.mention.form !== 'description' || slot.cls === 'Person') return undefined;
  const m = APPOSED_LIST.exec(view.masked.slice(at + first![0].length));
  return m?.groups?.['list'];
}

function keysOfList(view: SentenceView, text: string): string[] {
  return listOf(view, text).map((s) => s.entity);
}

/**
 * The entity keys of the subject of the clause whose verb (or predicate) starts at masked offset `at`, in text order,
 * each once; [] when there is no confident reading. It reads through adverbs, auxiliaries and dates; through asides
 * closed by commas; through a relative pronoun to its antecedent and from a description to the name it describes
 * ("X, a faction that", "X is one of the groups that"); a list gives all its names; a pronoun or definite description
 * is resolved, at a sentence's opening to the previous sentence's subject; a coordinated verb ("X left Y and founded Z")
 * shares its subject. Negation and modality are left to the caller (`deniedOrHypothetical`).
 *
 *   "The SNA, on the other hand, is an umbrella of factions that grew out of the FSA" at "grew" → [SNA]
 */
export function subjectOf(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] {
  const structured = structuredSubject(view, at, ctx, accept);
  if (structured.length > 0) return structured;
  return keep(ctx, subjectKeys(view, at, ctx, accept, 0), accept);
}

/**
 * The subject the clause structure alone gives the verb or predicate at masked offset `at` (`clauses.ts`'
 * `structureSubject`: a relative's own subject or antecedent, the subject a coordinated verb shares, a participle
 * aside's host, the main clause's named subject), as accepted entity keys; [] where the structure has no named
 * subject for it (or its subject is a description or pronoun), and the readers' walks take over.
 */
export function structuredSubject(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] {
  const slots = structureSubject(view, at).map((i) => view.slots[i]!);
  // what "the group" or "it" stands for is the resolvers' and the walks' (a sentence's opening description is the
  // topic of the one before): the structure reads names
  if (slots.some((sl) => ANAPHORIC_FORMS.has(sl.mention.form) || UNNAMED.test(sl.mention.text))) return [];
  return keep(ctx, slots.map((sl) => sl.entity), accept);
}

const ANAPHORIC_FORMS: ReadonlySet<string> = new Set(['description', 'pronoun']);
/** A mention with no name in its words: "The movement", "it", "the two groups". */
const UNNAMED = /^(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth) [a-z][a-z\s-]*|[Ii]t|[Tt]hey)$/;

function subjectKeys(view: SentenceView, at: number, ctx: RelationContext, accept: Accept, depth: number): string[] {
  if (depth > HOPS) return [];
  const masked = view.masked;
  const q = verbGroupStart(masked, at);
  const before = masked.slice(0, q);
  if (/(?:[;:"]|\s[—–])\s*$/.test(before)) return [];
  LEADING.lastIndex = 0;
  if (before.trim() === '' || LEADING.exec(before)![0].length >= before.length) {
    return PARTICIPLE.test(masked.slice(at)) ? participleSubject(view, at, ctx, accept, depth) : [];
  }
  const relative = atEnd(RELATIVE_END, before, 80);
  if (relative) return relativeAntecedent(view, relative.index, ctx, accept, depth);
  const coordinated = atEnd(COORDINATED_END, before, 40);
  if (coordinated) return clauseSubject(view, coordinated.index, ctx, accept, 'coordinated', depth);
  const owned = atEnd(OWNED_WHOLE_END, before, 160);
  if (owned) {
    const owner = owned.groups!['owner']!;
    return owned.groups!['anaphor'] ? resolveAnaphor(view, owned.index, owner, ctx, accept, depth) : keysOfList(view, lastItems(owner));
  }
  const list = atEnd(LIST_END, before);
  if (list) return listBefore(view, before, list);
  const headed = atEnd(SUBJECT_HEAD_END, before, 200);
  if (headed) return OBLIQUE_BEFORE.test(before.slice(Math.max(0, headed.index - 40), headed.index)) ? [] : keysOfList(view, headed[1]!);
  const anaphor = atEnd(ANAPHOR_END, before, 80);
  if (anaphor) return resolveAnaphor(view, anaphor.index, anaphor[0], ctx, accept, depth);
  const counted = atEnd(COUNTED_END, before, 80);
  if (counted) return countedList(view, at, counted);
  // a participle or adjective after a description: "X, an armed group affiliated with Y"
  const description = descriptionEnd(before);
  if (description) return describedName(view, before.slice(0, description.index), ctx, accept, depth);
  if (/,\s*$/.test(before)) {
    const found = clauseSubject(view, q, ctx, accept, 'aside', depth);
    if (found.length > 0) return found;
    // an apposition to the name right before the comma: "Y, an offshoot of Z" / ", X, founded"
    const appos = atEnd(LIST_END, before.replace(/,\s*$/, ''));
    if (appos && !OBLIQUE_BEFORE.test(before.slice(Math.max(0, appos.index - 40), appos.index))) return keysOfList(view, lastItems(appos[0]));
  }
  return [];
}

/**
 * The names of a list that ends right before a verb; one after a preposition is an oblique object, unless a comma
 * ends the phrase it stands in ("According to X, A and B merged": A and B).
 */
function listBefore(view: SentenceView, before: string, list: RegExpExecArray): string[] {
  const items = lastItems(list[0]);
  const ahead = before.slice(0, list.index + list[0].length - items.length);
  // "X, which Y founded": a name right after a relative pronoun is its clause's own subject
  if (!OBLIQUE_BEFORE.test(ahead.slice(-40)) || MEMBERS_OF.test(ahead.slice(-80)) || RELATIVE_OBJECT.test(ahead.slice(-12))) return keysOfList(view, items);
  const comma = list[0].indexOf(', ');
  if (comma < 0) return [];
  const rest = atEnd(LIST_END, list[0].slice(comma + 2));
  return rest && rest.index === 0 ? keysOfList(view, rest[0]) : [];
}

/** A counted description whose names the clause lists after a colon: "when four groups joined forces: A, B, C and D". */
function countedList(view: SentenceView, at: number, counted: RegExpExecArray): string[] {
  const n = NUMBER[counted[1]!.toLowerCase()];
  const after = COLON_LIST.exec(view.masked.slice(at));
  if (n === undefined || !after) return [];
  const names = keysOfList(view, after.groups!['list']!);
  return names.length === n ? names : [];
}

/** What a relative pronoun at `rel` stands for: the name before it, or the name the description before it describes. */
function relativeAntecedent(view: SentenceView, rel: number, ctx: RelationContext, accept: Accept, depth: number): string[] {
  const before = view.masked.slice(0, rel).replace(KNOWN_AS_END, '').replace(/[\s,]+$/, '');
  const list = atEnd(LIST_END, before);
  if (list) {
    // "which" never stands for a person nor for a preposition's object: after an apposition or participle that ends
    // on one, it stands for the name the aside hangs on ("X, a group founded by P and now led by Q, which fights")
    const which = /^[\s,]*which\b/.test(view.masked.slice(rel));
    if (OBLIQUE_BEFORE.test(before.slice(Math.max(0, list.index - 40), list.index))) return which ? asideHost(view, rel) : [];
    const keys = keysOfList(view, list[0]);
    if (which && keys.length > 0 && keys.every((k) => ctx.doc.entities.get(k)?.cls === 'Person')) return asideHost(view, rel);
    return keys;
  }
  const anaphor = atEnd(ANAPHOR_END, before, 80);
  const description = descriptionEnd(before);
  // "the group, which" points back; "the group that" picks a group out by the clause, which names none
  if (anaphor && !(description && description.index < anaphor.index)) {
    return /,\s*$/.test(view.masked.slice(0, rel + 1)) ? resolveAnaphor(view, anaphor.index, anaphor[0], ctx, accept, depth) : [];
  }
  return description ? describedName(view, before.slice(0, description.index), ctx, accept, depth) : [];
}

/** The entity of the name the comma aside holding masked offset `at` hangs on, unless a person's; [] without one. */
function asideHost(view: SentenceView, at: number): string[] {
  const slot = commaAsideHost(view, at);
  return slot && slot.cls !== 'Person' ? [slot.entity] : [];
}

/** A relative pronoun that is its clause's object, right before the clause's own subject. */
const RELATIVE_OBJECT = /\b(?:which|whom|that)\s+(?:the\s+)?$/;

/**
 * The name a description describes, from the text before the description: "X, a faction" (apposition) or "X is an
 * umbrella of factions" (the subject of the copula).
 */
function describedName(view: SentenceView, rest: string, ctx: RelationContext, accept: Accept, depth: number): string[] {
  // an apposition describes its name wherever the name stands: "blamed on X, a group affiliated with Y"
  if (/,\s*$/.test(rest)) {
    const appos = atEnd(LIST_END, rest.replace(/,\s*$/, ''));
    return appos ? keysOfList(view, lastItems(appos[0])) : [];
  }
  const copula = atEnd(COPULA_END, rest, 40);
  if (copula) return subjectKeys(view, copula.index, ctx, accept, depth + 1);
  return [];
}

/** The subject of a sentence-opening participle: the noun phrase that opens the main clause after it. */
function participleSubject(view: SentenceView, at: number, ctx: RelationContext, accept: Accept, depth: number): string[] {
  const masked = view.masked;
  for (let c = masked.indexOf(', ', at); c >= 0 && c - at < 240; c = masked.indexOf(', ', c + 2)) {
    if (/[;"]/.test(masked.slice(at, c))) return [];
    const np = nounPhraseAt(view, c + 2, masked.length);
    if (!np || !MAIN_CLAUSE_NEXT.test(masked.slice(np.end))) continue;
    return np.anaphor === undefined ? keysOfList(view, np.text) : resolveAnaphor(view, c + 2, np.anaphor, ctx, accept, depth);
  }
  return [];
}

/**
 * The subject at the start of the clause that ends at `q`: the nearest clause start whose noun phrase is followed
 * only by asides (`aside`) or by a first verb phrase (`coordinated`).
 */
function clauseSubject(
  view: SentenceView,
  q: number,
  ctx: RelationContext,
  accept: Accept,
  mode: 'aside' | 'coordinated',
  depth: number,
): string[] {
  const masked = view.masked;
  const starts = [0];
  // the clause starts of the sentence, found once per view, up to the verb group
  for (const m of clausesOf(view).starts) {
    if (m.end > q) break;
    if (m.barrier) starts.length = 0;
    starts.push(m.end);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k]!;
    const word = /\b(which|who|that)\W*$/.exec(masked.slice(Math.max(0, s - 8), s))?.[1];
    LEADING.lastIndex = s;
    const lead = LEADING.exec(masked);
    const i = lead ? s + lead[0].length : s;
    const np = nounPhraseAt(view, i, q);
    let end: number;
    let keys: () => string[];
    if (np) {
      end = np.end;
      keys = () =>
        np.anaphor === undefined ? keysOfList(view, np.text) : resolveAnaphor(view, i, np.anaphor, ctx, accept, depth);
    } else if (word !== undefined && !(word === 'that' && REPORTED.test(masked.slice(Math.max(0, s - 40), s)))) {
      // a relative clause: its subject is the pronoun's antecedent
      end = s;
      const rel = masked.slice(0, s).search(/\b(?:which|who|that)\W*$/);
      keys = () => relativeAntecedent(view, rel, ctx, accept, depth + 1);
    } else {
      if (mode === 'coordinated' && i < q && /\S/.test(masked.slice(i, q))) return [];
      continue;
    }
    const rest = masked.slice(end, q);
    const fits = mode === 'aside' ? ASIDES_ONLY.test(rest) : FIRST_VERB_PHRASE.test(rest) && !REPORTED.test(rest);
    if (fits) return keys();
    if (mode === 'coordinated' && np) return [];
  }
  return [];
}

interface NounPhrase {
  text: string;
  end: number;
  /** The words of a pronoun or definite description, to be resolved. */
  anaphor?: string;
}

/** The noun phrase at masked offset `i` (before `limit`): a list, a description with its names, or an anaphor. */
function nounPhraseAt(view: SentenceView, i: number, limit: number): NounPhrase | undefined {
  const masked = view.masked;
  DESCRIBED_LIST.lastIndex = i;
  const described = DESCRIBED_LIST.exec(masked);
  if (described && described.index + described[0].length <= limit) {
    return { text: described.groups!['list']!, end: described.index + described[0].length };
  }
  LIST_AT.lastIndex = i;
  const list = LIST_AT.exec(masked);
  if (list && list.index + list[0].length <= limit) {
    const text = firstItems(list[0]);
    return { text, end: i + text.length };
  }
  ANAPHOR_AT.lastIndex = i;
  const anaphor = ANAPHOR_AT.exec(masked);
  if (anaphor && anaphor.index + anaphor[0].length <= limit) {
    return { text: anaphor[0], end: anaphor.index + anaphor[0].length, anaphor: anaphor[0] };
  }
  return undefined;
}

/**
 * What a pronoun or definite description at masked offset `at` stands for: "the two groups" the last two bodies
 * named, one that opens its sentence the previous sentence's subject, others the antecedent helpers' reading.
 */
function resolveAnaphor(
  view: SentenceView,
  at: number,
  words: string,
  ctx: RelationContext,
  accept: Accept,
  depth: number,
): string[] {
  const counted = /\b(two|three|four|five|six|both)\b/i.exec(words)?.[1]?.toLowerCase();
  if (counted !== undefined) {
    const n = NUMBER[counted]!;
    const fits = countedFits(words, accept);
    if (keep(ctx, ctx.lastList, fits).length === n) return ctx.lastList;
    const named = namedBodies(view, at, ctx, fits);
    if (named.length === n) return named;
    const opening = recentSubjects(view, ctx, fits, n);
    return opening.length === n ? opening : [];
  }
  LEADING.lastIndex = 0;
  const lead = LEADING.exec(view.masked);
  const opening = (lead ? lead[0].length : 0) >= at && depth < HOPS;
  if (opening) {
    // the sentence before, when it opens on a subject, is what a sentence opening on "It" or "The group" continues
    const previous = previousView(view, ctx);
    const subject = previous && openingSubject(previous, ctx, accept, depth + 1);
    if (subject) return subject;
  }
  const found = entitiesOf(ctx, view, words, at, fitting(ctx, accept));
  if (found.length > 0) return found;
  const named = nameHeadBefore(view, at, words, ctx, accept);
  return named ? [named] : [];
}

/**
 * The body a description names by the head noun of its name ("the brigade" for the "Tariq Brigade", "the army" for
 * the "Sudanese Army"): the latest such mention before masked offset `at`, of a body `accept` takes.
 */
function nameHeadBefore(view: SentenceView, at: number, words: string, ctx: RelationContext, accept: Accept): string | undefined {
  const head = /([a-z]+)$/i.exec(words.trim())?.[1]?.toLowerCase();
  if (head === undefined || /^(?:it|they|them)$/.test(head)) return undefined;
  const before = view.docOffset(at);
  let best: { key: string; start: number } | undefined;
  for (const m of ctx.doc.mentions) {
    if (m.start >= before || m.entity === undefined || (best && m.start < best.start)) continue;
    if (!m.text.toLowerCase().split(/[\s-]+/).includes(head)) continue;
    const e = ctx.doc.entities.get(m.entity);
    if (e && accept(e)) best = { key: e.key, start: m.start };
  }
  return best?.key;
}

/** The view of the sentence before this one, skipping furniture. */
function previousView(view: SentenceView, ctx: RelationContext): SentenceView | undefined {
  for (let i = view.sentence.index - 1; i >= 0; i--) {
    const s = ctx.doc.sentences[i]!;
    if (s.furniture === 'related' || s.furniture === 'byline') continue;
    return plainView(ctx.doc, s);
  }
  return undefined;
}

/**
 * The accepted subject a sentence opens on (after its leading adverbials), through pronouns further back; undefined
 * when it opens on no noun phrase this module reads.
 */
function openingSubject(view: SentenceView, ctx: RelationContext, accept: Accept, depth: number): string[] | undefined {
  LEADING.lastIndex = 0;
  const lead = LEADING.exec(view.masked);
  const i = lead ? lead[0].length : 0;
  const np = nounPhraseAt(view, i, view.masked.length);
  if (!np) return undefined;
  if (np.anaphor === undefined) return keep(ctx, keysOfList(view, np.text), accept);
  return keep(ctx, resolveAnaphor(view, i, np.anaphor, ctx, accept, depth), accept);
}

/** The classes a counted description's head noun stands for ("the two countries" are countries). */
const COUNTED_HEADS: [RegExp, ReadonlySet<string>][] = [
  [/\b(?:countries|states|nations|governments|neighbou?rs)\b/i, new Set(['Country', 'Government'])],
  [/\b(?:companies|firms)\b/i, new Set(['Company', 'Organization'])],
  [/\b(?:men|leaders|commanders|brothers|officials)\b/i, new Set(['Person'])],
  [/\b(?:groups|factions|movements|militias|organi[sz]ations|bodies|parties|rebels|coalitions|alliances|outfits|networks|forces)\b/i,
    new Set(['ArmedGroup', 'Organization', 'MilitaryForce', 'InternationalOrganization', 'CollectiveActor'])],
];

/** The accept test narrowed to the classes a counted description's head noun stands for. */
function countedFits(words: string, accept: Accept): Accept {
  const classes = COUNTED_HEADS.find(([rx]) => rx.test(words))?.[1];
  return classes ? (e) => classes.has(e.cls) && accept(e) : accept;
}

/** A slot inside a relative clause or an alias is not one of the bodies a later "the two groups" counts. */
const SUBORDINATE_SLOT = /(?:\b(?:who|which|that|whose)\b[^,;]*|\($)$/;

/**
 * The distinct bodies named in this sentence before `at`, else in the sentence before, leaving out aliases and names
 * inside relative clauses: what "the two groups" counts when no list named them together.
 */
function namedBodies(view: SentenceView, at: number, ctx: RelationContext, accept: Accept): string[] {
  const collect = (v: SentenceView, limit: number): string[] => {
    const out: string[] = [];
    for (const slot of v.slots) {
      const pos = v.masked.indexOf(`⟦${slot.index}⟧`);
      if (pos >= limit) break;
      const e = ctx.doc.entities.get(slot.entity);
      if (!e || !accept(e) || out.includes(e.key) || SUBORDINATE_SLOT.test(v.masked.slice(0, pos))) continue;
      out.push(e.key);
    }
    return out;
  };
  const here = collect(view, at);
  if (here.length > 0) return here;
  const previous = previousView(view, ctx);
  return previous ? collect(previous, previous.masked.length) : [];
}

/** The last `n` distinct accepted subjects of the sentences before this one ("the two groups" after two sentences). */
function recentSubjects(view: SentenceView, ctx: RelationContext, accept: Accept, n: number): string[] {
  const out: string[] = [];
  let v: SentenceView | undefined = view;
  for (let hops = 0; hops < HOPS && out.length < n; hops++) {
    v = v && previousView(v, ctx);
    if (!v) break;
    for (const k of (openingSubject(v, ctx, accept, HOPS) ?? []).reverse()) if (!out.includes(k)) out.unshift(k);
  }
  return out.slice(-n);
}

/**
 * The entity keys of the noun phrase or list that follows masked offset `end`, in text order, each once; [] when
 * there is none. It reads through dates and adverbs, a passive's "by", determiners and modifiers ("the rebel",
 * "another Ugandan rebel movement, the N"), "the remnants/ranks/bulk of", colon lists (": A, B, C and D") and aliases
 * "(AA)", and stops at the clause's end. A pronoun ("it", "them", "the group") is resolved to a body named before.
 *
 *   "It absorbed the remnants of another rebel movement, the NALU." after "absorbed" → [NALU]
 */
export function objectOf(view: SentenceView, end: number, ctx: RelationContext, accept: Accept): string[] {
  const masked = view.masked;
  let i = end;
  const lead = PASSIVE_BY.exec(masked.slice(i)) ?? LEAD_IN.exec(masked.slice(i));
  if (lead) i += lead[0].length;
  i += /^\s*/.exec(masked.slice(i))![0].length;
  const whole = WHOLE_OF.exec(masked.slice(i));
  if (whole) i += whole[0].length;
  // a colon list: "joined forces: A, B and C"; "three groups: A, B and C"
  const colon = /^(?:[^,;:.⟦]{0,60})?:\s/.exec(masked.slice(i));
  if (colon && !/\b(?:said|says|told)\b/.test(colon[0])) {
    LIST_AT.lastIndex = i + colon[0].length;
    const list = LIST_AT.exec(masked);
    return list ? keep(ctx, keysOfList(view, list[0]), accept) : [];
  }
  LIST_AT.lastIndex = i;
  const found = LIST_AT.exec(masked);
  if (found) {
    // "two militias, the A and the B": a description an earlier stage made a mention gives way to the names after it
    const named = apposedNames(view, i, found[0]);
    if (named) return keep(ctx, keysOfList(view, named), accept);
    const list = firstItems(found[0]);
    const tail = masked.slice(i + list.length).replace(HEAD_AFTER, '');
    if (tail.startsWith("'s") ? !POSSESSED.test(tail) : !ENDS_PHRASE.test(tail)) return [];
    return keep(ctx, keysOfList(view, list), accept);
  }
  ANAPHOR_AT.lastIndex = i;
  const anaphor = ANAPHOR_AT.exec(masked);
  if (anaphor && !/^\s*,\s⟦/.test(masked.slice(i + anaphor[0].length))) {
    return keep(ctx, resolveAnaphor(view, i, anaphor[0], ctx, accept, HOPS), accept);
  }
  // a description, then the names it stands for: "a single structure, the F (FA)", "another movement, the N"
  DESCRIBED_OBJECT.lastIndex = i;
  const described = DESCRIBED_OBJECT.exec(masked);
  return described ? keep(ctx, keysOfList(view, described.groups!['list']!), accept) : [];
}
