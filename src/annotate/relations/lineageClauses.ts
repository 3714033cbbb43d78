// Lineage read by clause structure: anchored on a lineage trigger (lexicons/relations/lineageTriggers.json), each side
// taken from the clause around it (its subject, the noun phrase after it) however many asides, lists and pronouns stand between.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import type { Entity } from '../document.js';
import { objectOf, subjectOf } from './clauseArgs.js';
import { bodyLike, NOT_DONE } from './lineage.js';
import { deniedOrHypothetical, isOrganization, isPerson, pattern, type Candidate } from './patterns.js';
import { previousSubject } from './clauseSubject.js';
import { antecedent, type RelationContext } from './relationContext.js';
import { listOf, type SentenceView } from './sentenceView.js';
import { matchesOf } from '../matchesOf.js';
import { alternation, formsOf, loadVerbClass, type VerbClass, type VerbForms } from './verbClass.js';

type Reading = 'successor-first' | 'predecessor-first' | 'merge' | 'offshoot';
/** How the other side follows a trigger, where it is not the plain noun phrase after it (lineageTriggers.json). */
type Shape = 'began-as' | 'named-as' | 'former' | 'replaced' | 'renamed' | 'descent';

/** A trigger made of a verb class: which of its forms, what may stand before them and what follows. */
interface VerbsEntry {
  verbs: string;
  as?: (keyof VerbForms)[];
  pre?: string;
  then: string;
  capital?: boolean;
  until?: boolean;
  shape?: Shape;
  /** Words one of which the sentence must hold, where the verbs are too common to tell ("has its roots in"). */
  guard?: string[];
}

interface ReadingEntry {
  reading: Reading;
  verbs?: VerbsEntry[];
  forms?: string[];
  until?: string[];
  shapes?: Partial<Record<Shape, string[]>>;
}

interface TriggerFile {
  readings: ReadingEntry[];
}

interface Trigger {
  reading: Reading;
  rx: RegExp;
  /** Counts only when "until" follows the older body ("operated as Y until it changed its name"). */
  until: boolean;
  /** The alternatives with a shape, each as a sticky expression that tells whether a match is one of them. */
  shapes: readonly { shape: Shape; rx: RegExp }[];
}

const FILE = JSON.parse(readFileSync(join(LEXICON_DIR, 'relations', 'lineageTriggers.json'), 'utf8')) as TriggerFile;

/** A date or an adverb between a verb and its preposition: "emerged in 2019 from", "broke away in the 1990s from", "emerged in June 2015 out of". */
const GAP =
  '(?: (?:in|by|around|during|since|after|before) (?:the )?(?:early |late |mid-)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\\d{4}s?| (?:later|first|originally|eventually|gradually|largely|partly|quickly|reportedly|itself|themselves))?';

const CLASSES = new Map<string, VerbClass>();
function classOf(name: string): VerbClass {
  let cls = CLASSES.get(name);
  if (!cls) CLASSES.set(name, (cls = loadVerbClass(name)));
  return cls;
}

/** The forms a verbs entry takes where it does not say: all but the base, which is also the infinitive of a plan. */
const DEFAULT_AS: readonly (keyof VerbForms)[] = ['third', 'past', 'participle', 'ing'];

/** The regular expression of a verbs entry: the chosen forms of its class (capitalized too where it says), then what follows. */
function verbsForm(e: VerbsEntry): string {
  const forms = formsOf(classOf(e.verbs), ...(e.as ?? DEFAULT_AS));
  const words = e.capital ? forms.flatMap((f) => [f, f[0]!.toUpperCase() + f.slice(1)]) : forms;
  return `${e.pre ?? ''}(?:${alternation(words)})${e.then}`;
}

interface Alternative {
  form: string;
  until: boolean;
  shape: Shape | undefined;
}

/** Every trigger of a reading as one alternative each: its verbs entries, then its forms. */
function alternatives(r: ReadingEntry): Alternative[] {
  const until = new Set(r.until ?? []);
  const shapeOf = (f: string): Shape | undefined => (Object.keys(r.shapes ?? {}) as Shape[]).find((k) => r.shapes?.[k]?.includes(f));
  return [
    ...(r.verbs ?? []).map((e) => ({ form: verbsForm(e), until: e.until === true, shape: e.shape })),
    ...(r.forms ?? []).map((f) => ({ form: f, until: until.has(f), shape: shapeOf(f) })),
  ];
}

// a trigger starts on a word boundary and is never the middle of a hyphenated word ("re-merged")
const bounded = (forms: string[]): string => `(?<![\\w-])(?:${forms.join('|').replaceAll('{GAP}', GAP)})(?![\\w-])`;

/**
 * One expression per reading (and per "until" kind); the alternatives with a shape are kept apart too, to tell a
 * match's shape (a group per alternative would cost every scan, a match is rare).
 */
const TRIGGERS: readonly Trigger[] = FILE.readings.flatMap((r) => {
  const all = alternatives(r);
  const out: Trigger[] = [];
  for (const until of [false, true]) {
    const alts = all.filter((a) => a.until === until);
    if (alts.length === 0) continue;
    const shapes = alts.flatMap((a) => (a.shape ? [{ shape: a.shape, rx: new RegExp(bounded([a.form]), 'y') }] : []));
    out.push({ reading: r.reading, rx: new RegExp(bounded(alts.map((a) => a.form)), 'g'), until, shapes });
  }
  return out;
});

/** The shape of the alternative a trigger match took. */
function shapeOf(t: Trigger, m: RegExpMatchArray, masked: string): Shape | undefined {
  for (const { shape, rx } of t.shapes) {
    rx.lastIndex = m.index ?? 0;
    if (rx.exec(masked)?.[0].length === m[0].length) return shape;
  }
  return undefined;
}

/**
 * The first word of every verb trigger ("broke" of "broke away from"), in lower case: a sentence holding none of them
 * and none of FORM_GUARD's words is skipped at once. A set of words costs far less per sentence than one expression
 * of every form.
 */
const HEAD_WORDS: ReadonlySet<string> = new Set(
  FILE.readings.flatMap((r) => (r.verbs ?? []).flatMap((e) => e.guard ?? formsOf(classOf(e.verbs), ...(e.as ?? DEFAULT_AS)).map((f) => f.split(' ')[0]!.toLowerCase()))),
);
/** The triggers that are no verb of a class, and the words of the readings outside the trigger table. */
const FORM_GUARD = new RegExp(`${bounded(FILE.readings.flatMap((r) => r.forms ?? []))}|breaking|splitting|defecting|walking out| (?:away|off)(?: in \\d{4})?, |(?:from|out of) (?:which|whose) |,? whose (?:[a-z-]+ )?(?:remnants|remains|members|fighters|cadres|leaders|commanders|militants|survivors) |(?:broke|split|splintered) (?:away|off)\\b| name from | renamed (?:itself )?from `);
const NOT_WORD = /[^a-z-]+/;

/** Whether a sentence may hold a lineage trigger: a word that opens a verb trigger, or a form of FORM_GUARD. */
function mayHoldTrigger(masked: string): boolean {
  for (const w of masked.toLowerCase().split(NOT_WORD)) if (HEAD_WORDS.has(w)) return true;
  return FORM_GUARD.test(masked);
}

/** The past forms of the renaming verbs: "renamed its council the X" reads its two names after the verb. */
const RENAMED_PAST = new Set(formsOf(classOf('lineage-rename'), 'past', 'participle'));

/** The founding verbs (lexicons/relations/verbs/founding.json): a body that broke away and went on to form another. */
const FOUNDING = classOf('founding');
const FOUNDED = alternation(formsOf(FOUNDING, 'past'));
const FOUND = alternation(formsOf(FOUNDING, 'base'));
const FOUNDING_ING = alternation(formsOf(FOUNDING, 'ing'));

/** Persons who leave a body and found another ("P broke away from Y and founded X"). */
const FOUNDS_AFTER = new RegExp(
  `^(?:[^;.⟦]|⟦\\d+⟧){0,80}?,? and (?:(?:later|then|soon|subsequently|eventually|quickly) )?(?:went on to )?(?:${FOUNDED}) (?:a new |his own |her own |their own )?(?=(?:the )?⟦)`,
);
/** No relative clause may stand in the gap before a founding verb: "from Y, which had formed Z" tells of Y. */
const NO_RELATIVE = '(?:(?!\\b(?:which|who|whom|whose|that)\\b)[^;.⟦]|⟦\\d+⟧)';
/**
 * The new body a trigger's clause goes on to found when its subject is no body ("a faction led by P broke away from
 * Y to form X"; "fighters who split from Y formed X"; "members walked out of Y, forming X"): both sides after the verb.
 */
const THEN_FORMED = new RegExp(
  `^${NO_RELATIVE}{0,80}?(?: (?:in order )?to (?:${FOUND})|,? and (?:(?:later|then|soon|subsequently|eventually|quickly|together) )?(?:went on to )?(?:${FOUNDED})|, (?:${FOUNDING_ING})) (?:(?:a new|their own|his own|her own|a rival|a separate) )?(?:(?:group|faction|movement|party|organi[sz]ation|militia|front)(?:,| called| named| known as) )?(?=(?:the )?["']?⟦)`,
);
/** After a relative clause ("fighters who broke away from Y formed X"): the main verb names the new body. */
const MAIN_FORMED = new RegExp(
  `^${NO_RELATIVE.replace('[^;.⟦]', '[^;.,⟦]')}{0,60}? (?:(?:later|then|soon|subsequently|eventually|quickly|together) )?(?:${FOUNDED}) (?:(?:a new|their own|a rival|a separate) )?(?=(?:the )?["']?⟦)`,
);
/** The older body a relative clause ends on, its main verb right after: "who broke away from Y formed X". */
const NAME_BEFORE_VERB = new RegExp(
  `^(?:the )?["']?⟦(\\d+)⟧(?: \\(⟦\\d+⟧\\))?["']? (?:(?:later|then|soon|subsequently|eventually|quickly|together) )?(?:${FOUNDED})\\b`,
);
/** A subject no body heads: a part of an unnamed body or a crowd ("A faction", "Some fighters", "Dissidents"). */
const PARTY_OPENING =
  /^\W*(?:(?:In|By|Around) (?:the )?(?:early |late |mid-)?\d{4}s?,? )?(?:(?:[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Dd]ozens of|[Hh]undreds of|[Aa] (?:group|handful) of) )?(?:(?:rival|breakaway|splinter|dissident|hardline|radical|disaffected|senior|former|more|younger) )*(?:[Ff]actions?|[Ww]ings?|[Cc]ells?|[Ff]ighters|[Cc]ommanders|[Mm]embers|[Mm]ilitants|[Dd]issidents|[Hh]ardliners|[Cc]adres|[Ll]eaders|[Dd]efectors)(?: of (?:its|their) (?:ranks|members|fighters|leaders)| (?:of|from|within|inside) (?:the )?⟦(?<o>\d+)⟧(?: \(⟦\d+⟧\))?)? (?:(?:later|then|eventually|subsequently|soon) )?(?<v>broke|split|splintered|seceded|walked out)(?: (?:away|off))?(?! from| of)(?: in (?:the )?(?:early |late |mid-)?\d{4}s?)?(?= (?:in order )?to form|,? and (?:later |then )?formed|, forming)/;
/**
 * A body that fractures, then the part that left named after a colon or "and": "That group also fractured: X split
 * off in 2024"; "It split in the 1980s, and one breakaway faction, X, later faded". The body is a name, or "It", "the
 * group" at the sentence's opening (the previous sentence's subject).
 */
const FRACTURED =
  /^(?<p>\W*(?:(?:[Tt]hat|[Tt]he|[Tt]his) (?:group|movement|organi[sz]ation|party|militia|faction|front|alliance|coalition)|It|(?:[Tt]he )?⟦(?<n>\d+)⟧(?: \(⟦\d+⟧\))?)) (?:(?:also|itself|later|then|eventually|soon|subsequently|in turn|quickly) )*(?<v>fractured|split|splintered|broke up|divided|fragmented)(?: (?:again|in turn|apart))?(?: (?:in|by|around) (?:the )?(?:early |late |mid-)?\d{4}s?)?(?::|;|,? and) (?<rest>.*)$/;
/** The part named in the clause after FRACTURED: "one breakaway faction, X"; "X split off in 2024". */
const FRACTURED_PART =
  /^(?:(?:(?:one|a|another|the) )?(?:(?:rival|breakaway|break-away|splinter|dissident|hardline|radical) )+(?:faction|group|wing|cell|movement),? (?:the )?["']?⟦(\d+)⟧|(?:the )?["']?⟦(\d+)⟧(?: \(⟦\d+⟧\))?["']? (?:(?:later|then|soon|eventually|quickly|itself|also) )*(?:split|broke|splintered|seceded|spun) (?:off|away)\b(?! from))/;
/** "P founded X after breaking with Y": the body founded, just before the break. */
const FOUNDED_BEFORE = new RegExp(`(?:${FOUNDED}) (?:the )?⟦(\\d+)⟧(?: \\(⟦\\d+⟧\\))?(?: [^;⟦]{0,30}?)? (?:after|on|upon|when) $`);
const BREAKING = /(?<![\w-])(?:breaking|splitting|breaking away|splitting away|defecting|walking out) (?:with|from|of)(?![\w-])/g;

/** The body a "when" clause hangs on: "X, an umbrella body created in 2014 when A, B and C merged". */
const CREATED_WHEN = new RegExp(`(?:${FOUNDED}|born|emerged|came into being)\\b(?:[^;.⟦]|⟦\\d+⟧){0,40}? (?:when|after|as) [^;]*$`, 'g');
/** What stands between "merged into" and the new body's name: "a single structure, the X"; "a new group called X". */
const INTO_DESCRIPTION =
  /^(?:(?:a|an|the|one) )?(?:(?:single|new|unified|larger|joint|united|common|broader|bigger) )*(?:structure|organi[sz]ation|group|body|movement|front|alliance|coalition|entity|force|umbrella|party|outfit|bloc|command)(?: (?:group|body|organi[sz]ation))?(?:, | (?:called|named|known as) )/;
/** Words after a merger verb that name the new body next ("to form X", "into X", "creating X"). */
const MERGE_TARGET =
  /^(?: [^;.⟦:]{0,40}?)? (?:to form|to create|to found|to establish|to launch|forming|creating|into|and formed|and created|and founded|and became|under the name(?: of)?) /;
const WITH_LIST = pattern('^ with (?:the )?(?:(?:[a-z-]+ ){0,3}(?:factions|groups|militias|parties|movements|brigades|units),? and (?:the )?)?(?<l>{L})', 'd');
/** A colon list after a merger of bodies the subject only counts: "four jihadist groups joined forces: A, B, C and D". */
const COLON_LIST = /^(?: [^;.⟦:]{0,30}?)?: /;
/** "began as a faction of Y", "began as Y's enforcement wing": the older body inside a description of a part. */
const PART_OF = /^(?:an? |the )?(?:[a-z-]+ ){0,3}?(?:faction|wing|cell|unit|branch|splinter|offshoot|arm|group|chapter|movement) (?:of|within|inside|in) (?:the )?/;
const OWNED_PART = /^(?:the )?⟦(\d+)⟧'s? (?:[a-z-]+ ){0,2}?(?:faction|wing|cell|unit|branch|arm|chapter)\b/;
/**
 * A name right after the trigger (formerly, known as, began as): no description may stand between. A name an earlier
 * stage split at "in" or "of" is known by the acronym after it ("the Islamic State in the Greater Sahara (ISGS)"), and
 * is no side without one.
 */
const DIRECT_NAME = /^["']?(?:the )?["']?⟦(\d+)⟧(?: (?:in|of|for) (?:the )?⟦\d+⟧ \(⟦(\d+)⟧\))?(?! (?:in|of|for) (?:the )?⟦\d+⟧)/;
/** The copula or description before a noun of descent ("X is itself a splinter of Y", "X, an offshoot of Y"). */
const BEFORE_NOUN = /(?:(?:is|was|are|were|became|remains|remained|(?:[a-z]+ly )?(?:seen|regarded|described|considered|viewed|billed|known) as|(?:began|started|emerged|formed|created|set up|established|founded)(?: in (?:the )?(?:early |late |mid-)?\d{4}s?)? as)(?: (?:itself|now|also|originally|once|effectively|essentially|widely seen as))* |, )?(?:(?:an?|the|one|its|itself) )?(?:[a-z-]+ ){0,2}$/;
/** A copula, a comma or "as" before a noun of descent and its determiners and modifiers ("is widely seen as a", ", the"). */
const AFTER_COPULA = /(?:^|,|\b(?:is|was|are|were|became|remains|remained|as)) (?:(?:an?|the|one|its|itself|now) )*(?:(?:[a-z-]+|⟦\d+⟧) ){0,2}$/;
/** "renamed its ruling council the State Council": the body renames a part of itself, the subject is neither side. */
const RENAMED_OBJECT = /^(?:its |their |the )?(?:(?:ruling|governing|armed|military|political|former|old|main) )?⟦(\d+)⟧(?: \(⟦\d+⟧\))? (?:as |to )?(?:the )?⟦(\d+)⟧/;
/** The object of an active verb of setting up before an infinitive of purpose: "created X in 2023 to". */
const SET_UP_OBJECT = new RegExp(`(?:${FOUNDED}) (?:the |a new )?⟦(\\d+)⟧(?: \\(⟦\\d+⟧\\))?(?:[^;.⟦]|⟦\\d+⟧){0,40}? to $`);
/** An infinitive of purpose ("set up in 2023 to take over the operations of Y"): the body set up is the subject. */
const SET_UP_TO = new RegExp(`(?:${FOUNDED})\\b(?:[^;.⟦]|⟦\\d+⟧){0,60}? to $`);
/**
 * The name a description or aside before a verb stands in apposition to, where the clause reader finds no subject:
 * "X (XA), an umbrella body created in 2014"; "X, which the Y designated in 2018, was formed".
 */
const APPOSED_HOST =
  /(?<![\w⟧])(?:the )?⟦(\d+)⟧(?: \([^()]{1,40}\))?, (?:(?:an?|the|one) (?:[\w-]+ |⟦\d+⟧(?:-[\w-]+)? ){0,6}(?:(?<=[a-z] ), )?|(?:an?|the|one) (?:[\w-]+ |⟦\d+⟧(?:-[\w-]+)? ){0,6}(?:[\w-]+|⟦\d+⟧), (?:(?:also|once|long|later|then|now|since|itself|[a-z]+ly) )?|(?:which|who|whose)\b[^;⟦]{0,120}(?:⟦\d+⟧[^;⟦]{0,120}){0,3}, (?:(?:was|were|had been|has been|is|are) )?|(?:(?:also|once|long|later|then|now|since|itself|[a-z]+ly) )?)$/;
/** A subject that is a part of a body: "Its operations in Africa were folded into"; "Y's fighters were absorbed". */
const OWNER_SUBJECT =
  /(?:^\W*|[;:,] |,? and |\b(?:when|after|as) )(?:(?<its>[Ii]ts|[Tt]heir)|(?:[Tt]he )?⟦(?<n>\d+)⟧'s?) (?:[A-Za-z-]+ ){0,2}?(?:operations|activities|fighters|forces|units|personnel|members|cadres|remnants|assets|networks?|contingents?)(?: (?:in|across) (?:the )?⟦\d+⟧)? (?:(?:were|was|had been|have been|has been|later|then|eventually|[a-z]+ly) )*$/;

/** After "the former" or "ex-": the name ends its phrase ("the former Y," not "the former Y commander"). */
const ENDS_NAME = /^["']?(?: \(⟦\d+⟧\))?["']?(?:[,;.)]|$| until\b| in \d{4}| (?:and|which|that)\b)/;

/** A named body: a collective ("four jihadist groups", "fighters") is no side of a lineage, a person or a place neither. */
/**
 * An owned object the clause reader leaves: "President P's Y (YA)" is Y (a person owns no lineage); "most of Y's
 * fighters" is Y (the part a body took over is the body's).
 */
const OWNED_OBJECT =
  /^(?:(?:most|much|part|some|many|all|the bulk|the rest|the remnants|the remains) of )?(?:the )?(?:[A-Z][a-z.]+ ){0,3}⟦(\d+)⟧'s? (?:[a-z-]+ ){0,2}?(?:⟦(\d+)⟧|(?:operations|activities|fighters|forces|units|personnel|members|cadres|assets|networks?)\b)/;

/**
 * A body that broke away with no "from", its parent named in an apposition on it: "X, its former youth wing, broke
 * away"; "X, a faction of Y, split off in 2016".
 */
const PART_BROKE_AWAY = pattern(
  "(?<s>{E}), (?:(?:(?<its>its|their)|(?:the )?(?<n>⟦\\d+⟧)'s?) (?:(?:former|onetime|erstwhile|armed|military|youth|student|political|radical|hardline) )*(?:faction|wing|branch|cell|unit|arm|affiliate)|(?:an?|the|one) (?:[a-z-]+ ){0,2}?(?:faction|wing|branch|cell|unit|arm|affiliate) (?:of|within) (?:the )?(?<o>{E})), (?:(?:later|then|eventually|soon|itself|in \\d{4}) )*(?<v>broke|split|splintered) (?:away|off)\\b(?! from)",
);
/** "Y changed its name from Y to X"; "was renamed from Y to X". */
const NAME_FROM_TO = pattern("\\b(?<v>changed (?:its|their) name|renamed(?: itself)?) from (?:the )?(?<p>{E}) to (?:the )?(?<s>{E})");
/** A name in quotes, as a protest movement or a campaign is often written: 'grew out of the "X" protests'. */
const QUOTED_OBJECT = /^(?:the )?["']⟦(\d+)⟧["']/;
/**
 * Parts of a body that broke away, named after the verb: "several of its cells broke away, among them A, which ...,
 * and B". Each named part succeeds the owner; persons ("its commanders ..., among them P") are no side.
 */
const PARTS_BROKE_AWAY =
  /(?:\b(?:several|some|many|two|three|four|a few|one|most|dozens|hundreds) of )?(?:(?<its>\b[Ii]ts|\b[Tt]heir)|(?:the )?⟦(?<n>\d+)⟧'s?) (?:[a-z-]+ )?(?:cells|factions|units|wings|branches|groups|cliques|chapters|splinters) (?:(?:later|then|eventually|soon|also|quickly) )?(?<v>broke|split|splintered) (?:away|off)(?: in \d{4})?, (?:among them|including|notably|such as) (?<rest>[^;.]*)/dg;
/** A relative clause or apposition inside a list ("A, which had begun as Y's wing, and B"): left out to read the list. */
const INNER_ASIDE = /, (?:which|who|whose|once|formerly|a|an|the) [^,;]*(?=, and |,? and |, ⟦)/g;
const LIST = pattern('^(?:the )?(?<l>{L})', 'd');
/** "Y, from which X split in 2016"; "Y, from whose ranks X emerged": the relative names the older body, its clause the newer. */
const FROM_WHICH = pattern(
  "(?<p>{E}), (?:from|out of) (?:which|whose (?:ranks|remnants|ashes|ruins|core)) (?:the )?(?<s>{L}) (?:(?:had|has|have|later|eventually|itself|first) )*(?<v>split|splintered|broke away|broke off|seceded|emerged|grew|evolved|(?:was|were) (?:born|formed|created|carved))\\b",
);
/** "Y, whose remnants later formed X"; "Y, whose fighters regrouped as X": the parts of the older body make the newer. */
const WHOSE_PARTS = pattern(
  `(?<p>{E}),? whose (?:[a-z-]+ )?(?:remnants|remains|members|fighters|cadres|leaders|commanders|militants|survivors) (?:(?:later|then|eventually|soon|subsequently|quickly) )*(?<v>${FOUNDED}|regrouped (?:as|in|into|under)|re-?formed as|resurfaced as|reorgani[sz]ed as) (?:the |a new )?(?<s>{E})(?!'s?\\b)`,
);
/**
 * A name an earlier stage cut before "in the Islamic Maghreb": what follows is more name, so the slot is no side (a
 * body's name is seldom followed by "in the" and a place, a cut name often is).
 */
const CUT_AFTER = /^(?: \(⟦\d+⟧\))?["']? (?:in|of|for) the (?:[A-Z]|⟦\d+⟧(?! \())/;

const body = (e: Entity): boolean => e.cls !== 'CollectiveActor' && bodyLike(e);

function key(view: SentenceView, index: string | undefined): string | undefined {
  return index === undefined ? undefined : view.slots[Number(index)]?.entity;
}

/** The older bodies a merger names after its verb: "merged with B", ": A, B and C". */
function mergedWith(view: SentenceView, end: number, ctx: RelationContext): { keys: string[]; end: number } {
  const rest = view.masked.slice(end);
  const w = WITH_LIST.exec(rest);
  if (w) return { keys: listOf(view, w.groups?.['l']).map((s) => s.entity), end: end + w[0].length };
  const c = COLON_LIST.exec(rest);
  if (c) return { keys: [...new Set([...objectOf(view, end + c[0].length, ctx, body), ...colonItems(view, end + c[0].length, ctx)])], end };
  return { keys: [], end };
}

/**
 * The named items of a colon list to the clause's end, each item a name alone: an item the recognizer did not name
 * ("and the Saharan branch of Y") is left out without ending the list, as it would end a list read by adjacency.
 */
function colonItems(view: SentenceView, from: number, ctx: RelationContext): string[] {
  const tail = /^[^;.]*/.exec(view.masked.slice(from))![0];
  const names = tail.split(/,? and |, /).map((item) => /^(?:the )?⟦(\d+)⟧(?: \(⟦\d+⟧\))?$/.exec(item.trim())?.[1]);
  return accepted(ctx, names.map((n) => key(view, n)));
}

/** The new body a merger names: after "to form", "into (a single structure,)", or the body its "when" clause hangs on. */
function mergedInto(view: SentenceView, at: number, end: number, ctx: RelationContext): string[] {
  const t = MERGE_TARGET.exec(view.masked.slice(end));
  if (t) {
    let from = end + t[0].length;
    const d = INTO_DESCRIPTION.exec(view.masked.slice(from));
    if (d) from += d[0].length;
    const found = objectOf(view, from, ctx, body);
    if (found.length > 0) return found;
  }
  return hostOfWhen(view, at, ctx);
}

/** The body whose creation a "when" clause before `at` tells: "X, created in 2014 when A and B merged". */
function hostOfWhen(view: SentenceView, at: number, ctx: RelationContext): string[] {
  const before = view.masked.slice(0, at);
  let last: RegExpMatchArray | undefined;
  for (const m of matchesOf(CREATED_WHEN, before)) last = m;
  if (!last || last.index === undefined) return [];
  return sideBefore(view, last.index, ctx);
}

/** "when the armed groups of the X, among them A, dissolved themselves into": the body whose groups merge is older too. */
const GROUPS_OF = /(?:^|\b(?:when|after|as|once) )(?:the |its |their |all )?(?:(?:[a-z-]+ ){0,2}(?:groups|factions|militias|parties|movements|members|components|units)|⟦(?<c>\d+)⟧) (?:of|within|in) (?:the )?⟦(?<n>\d+)⟧(?: \(⟦\d+⟧\))?(?:, (?:among them|including|notably|such as) [^;]*?,)? ?$/;

/**
 * A name a description of a body introduces right before the verb: "A rival cell, X, broke away". Called a body,
 * the name is one whatever class an earlier stage gave it (a place excepted).
 */
const DESCRIBED_SUBJECT =
  /(?:^|[,;:] )\W*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother) (?:[a-z-]+ ){0,2}(?:cell|faction|group|wing|militia|gang|network|party|movement|organi[sz]ation|front|brigade|offshoot|splinter), (?:the )?["']?⟦(\d+)⟧["']?(?: \([^()]{1,40}\))?, (?:(?:later|then|soon|eventually|itself|also|quickly|in \d{4}) )*$/;
const NOT_A_BODY = new Set(['Place', 'City', 'Region', 'Country', 'Facility', 'WaterBody', 'CollectiveActor']);

function describedSubject(view: SentenceView, at: number, ctx: RelationContext): string[] {
  const d = DESCRIBED_SUBJECT.exec(view.masked.slice(Math.max(0, at - 160), at));
  const e = d ? ctx.doc.entities.get(key(view, d[1]) ?? '') : undefined;
  return e && !NOT_A_BODY.has(e.cls) ? [e.key] : [];
}

function groupsOwner(view: SentenceView, at: number, ctx: RelationContext): string[] {
  const g = GROUPS_OF.exec(view.masked.slice(Math.max(0, at - 200), at))?.groups;
  if (!g) return [];
  // a named first part ("the X of the Y") is a body of its own, not a crowd of the owner's members
  if (g['c'] !== undefined && view.slots[Number(g['c'])]?.mention.form !== 'description') return [];
  return accepted(ctx, [key(view, g['n'])]);
}

/** The clause's subject, else the name an apposition before the verb describes, else the owner of a part ("Its operations"). */
function sideBefore(view: SentenceView, at: number, ctx: RelationContext): string[] {
  // an opening "The group" carries the reference reading in its slot (entities/descriptionMentions.ts), so the subject
  // is read like any other
  const found = subjectOf(view, at, ctx, body);
  if (found.length > 0) return found;
  const described = describedSubject(view, at, ctx);
  if (described.length > 0) return described;
  const before = view.masked.slice(0, at);
  const host = APPOSED_HOST.exec(before);
  const hostKey = key(view, host?.[1]);
  if (hostKey !== undefined) return accepted(ctx, [hostKey]);
  const owner = OWNER_SUBJECT.exec(before);
  if (!owner) return [];
  if (owner.groups?.['its'] !== undefined) return accepted(ctx, [antecedent(ctx, view, owner.index ?? 0, isOrganization)]);
  return accepted(ctx, [key(view, owner.groups?.['n'])]);
}

function accepted(ctx: RelationContext, keys: (string | undefined)[]): string[] {
  return keys.filter((k): k is string => k !== undefined && ctx.doc.entities.has(k) && body(ctx.doc.entities.get(k)!));
}

/** The noun phrase after a trigger, through an owner the clause reader does not read past. */
function objectSide(view: SentenceView, from: number, ctx: RelationContext): string[] {
  const found = objectOf(view, from, ctx, body);
  const first = /^(?:the |its |their )?["']?⟦(\d+)⟧/.exec(view.masked.slice(from));
  if (first && CUT_AFTER.test(view.masked.slice(from + first[0].length))) return [];
  if (found.length > 0) return found;
  const quoted = QUOTED_OBJECT.exec(view.masked.slice(from));
  if (quoted) return accepted(ctx, [key(view, quoted[1])]);
  const owned = OWNED_OBJECT.exec(view.masked.slice(from));
  if (!owned) return [];
  const owner = view.slots[Number(owned[1])];
  const part = owned[2] === undefined ? undefined : view.slots[Number(owned[2])];
  if (owner && isPerson(owner)) return part ? accepted(ctx, [part.entity]) : [];
  const partEntity = part && ctx.doc.entities.get(part.entity);
  return partEntity && body(partEntity) ? [] : accepted(ctx, [owner?.entity]);
}

function pairs(out: Candidate[], successors: string[], predecessors: string[], at: number, end: number, rule: string): void {
  for (const successor of new Set(successors)) {
    for (const predecessor of new Set(predecessors)) {
      if (successor !== predecessor) out.push({ kind: 'succession', args: { successor, predecessor }, start: at, end, rule, confidence: 0.65 });
    }
  }
}

/** Whether the words before a trigger make it a plan, a denial or a failure ("refused to merge", "may split from"). */
function notDone(masked: string, at: number): boolean {
  return deniedOrHypothetical(masked, at, 6) || NOT_DONE.test(masked.slice(Math.max(0, at - 60), at));
}

/** The words of a split told without "from": a sentence with none holds no unnamed split. */
const UNNAMED_SPLIT_WORD = /\b(?:fractured|split|splintered|broke|seceded|walked out|divided|fragmented)\b/;

/** The body a sentence's opening "It" or "the group" stands for: the previous sentence's subject, if a body. */
function topicBody(ctx: RelationContext, view: SentenceView): string[] {
  const k = previousSubject(ctx, view);
  return k ? accepted(ctx, [k]) : [];
}

/**
 * Splits whose older body the sentence does not name after the verb: "A faction broke away in 2016 to form X" (the
 * body left is the previous sentence's subject); "That group also fractured: X split off"; "It split, and one
 * breakaway faction, X, ...".
 */
function unnamedSplits(view: SentenceView, ctx: RelationContext, out: Candidate[]): void {
  const masked = view.masked;
  const party = PARTY_OPENING.exec(masked);
  if (party) {
    const at = party.index + party[0].lastIndexOf(party.groups?.['v'] ?? '');
    const end = party.index + party[0].length;
    const formed = THEN_FORMED.exec(masked.slice(end));
    // "a faction of Y broke away to form X": the body the part left is named in the subject, else the paragraph's topic
    const older = party.groups?.['o'] !== undefined ? accepted(ctx, [key(view, party.groups['o'])]) : topicBody(ctx, view);
    if (formed && !notDone(masked, at)) pairs(out, objectOf(view, end + formed[0].length, ctx, body), older, at, end, 'succession:clause-unnamed-split');
  }
  const fractured = FRACTURED.exec(masked);
  if (fractured) {
    const g = fractured.groups ?? {};
    const at = fractured[0].length - (g['rest'] ?? '').length;
    if (notDone(masked, at)) return;
    const part = FRACTURED_PART.exec(g['rest'] ?? '');
    if (!part) return;
    const older = g['n'] !== undefined ? accepted(ctx, [key(view, g['n'])]) : topicBody(ctx, view);
    pairs(out, accepted(ctx, [key(view, part[1] ?? part[2])]), older, 0, at + part[0].length, 'succession:clause-fractured');
  }
}

/** What closes a name a body went by before a change: "Y until 2016", "Y, or the Z, before it adopted its current name". */
const FORMER_UNTIL = /^["']?(?: \(⟦\d+⟧\))?["']?(?:,? or (?:the )?["']?⟦(\d+)⟧["']?)?,? (?:until|till|before)\b/;

/** Every succession a sentence tells through a lineage trigger, its sides read by clause structure. */
export function extractLineageClauses(view: SentenceView, ctx: RelationContext): Candidate[] {
  const out: Candidate[] = [];
  const masked = view.masked;
  if (UNNAMED_SPLIT_WORD.test(masked)) unnamedSplits(view, ctx, out);
  if (!mayHoldTrigger(masked)) return out;
  for (const t of TRIGGERS) {
    for (const m of matchesOf(t.rx, masked)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      const before = masked.slice(0, at);
      // an infinitive is a plan ("to merge"), unless it tells what a body was set up for ("set up to take over")
      const purpose = / to $/.test(before) ? SET_UP_TO.exec(before) : null;
      if (/ to $/.test(before) && !purpose) continue;
      if (notDone(masked, at)) continue;
      const rest = masked.slice(end).replace(/^ /, '');
      const from = end + (masked.slice(end).startsWith(' ') ? 1 : 0);
      const rule = `succession:clause-${t.reading}`;
      const shape = shapeOf(t, m, masked);
      if (t.reading === 'successor-first') {
        let older: string[];
        if (shape === 'began-as') {
          const own = OWNED_PART.exec(rest);
          const part = PART_OF.exec(rest);
          const direct = DIRECT_NAME.exec(rest);
          older = own ? [key(view, own[1])!] : part ? objectOf(view, from + part[0].length, ctx, body) : direct ? [key(view, direct[2] ?? direct[1])!] : [];
        } else if (shape === 'named-as' || shape === 'former') {
          const direct = DIRECT_NAME.exec(rest);
          older = direct ? [key(view, direct[2] ?? direct[1])!] : [];
          if (shape === 'former' && !(direct && ENDS_NAME.test(rest.slice(direct[0].length)))) continue;
          if (t.until && !/^["']?(?: \(⟦\d+⟧\))?["']?,? until\b/.test(rest.slice(direct ? direct[0].length : 0))) continue;
        } else older = objectSide(view, from, ctx);
        // "X replaced Y as the largest party": a rank taken over, not a lineage
        if (shape === 'replaced' && /^(?:the )?⟦\d+⟧(?: \(⟦\d+⟧\))? as\b/.test(rest)) continue;
        older = older.filter((k) => k !== undefined);
        // "Y's ministry created X in 2023 to replace Z": an active verb's object is the body set up, not its subject
        const made = purpose ? SET_UP_OBJECT.exec(before) : null;
        const subject = made ? accepted(ctx, [key(view, made[1])]) : sideBefore(view, purpose ? purpose.index ?? 0 : at, ctx);
        if (subject.length > 0) {
          pairs(out, subject, older, at, end, rule);
          continue;
        }
        // a person who breaks away from Y and founds X: X succeeds Y, the person is no side
        if (subjectOf(view, at, ctx, isPerson).length > 0) {
          const f = FOUNDS_AFTER.exec(masked.slice(end));
          if (f) {
            pairs(out, objectOf(view, end + f[0].length, ctx, body), older, at, end, `${rule}:founder`);
            continue;
          }
        }
        // no body before the verb ("a faction led by P broke away from Y to form X"): the clause names the new body after it
        const relative = /\b(?:who|that) (?:had |have )?$/.test(before);
        const formed = THEN_FORMED.exec(masked.slice(end)) ?? (relative ? MAIN_FORMED.exec(masked.slice(end)) : null);
        if (!formed) continue;
        // the shared reader takes a name a verb follows for a modifier ("from Y formed X"): the name the relative ends on
        const left = older.length > 0 || !relative ? older : accepted(ctx, [key(view, NAME_BEFORE_VERB.exec(rest)?.[1])]);
        pairs(out, objectOf(view, end + formed[0].length, ctx, body), left, at, end, `${rule}:formed`);
      } else if (t.reading === 'predecessor-first') {
        const renamed = RENAMED_PAST.has(m[0]) ? RENAMED_OBJECT.exec(rest) : null;
        if (renamed) {
          pairs(out, [key(view, renamed[2])].filter((k): k is string => !!k), [key(view, renamed[1])].filter((k): k is string => !!k), at, end, rule);
          continue;
        }
        if (shape === 'named-as') {
          // "Y, now called X": the name right after is the newer body; no description may stand between
          const direct = DIRECT_NAME.exec(rest);
          if (!direct) continue;
          const named = accepted(ctx, [key(view, direct[2] ?? direct[1])]);
          // "X, which called itself Y, or Z, before it adopted its current name": the name it went by until then is the older
          const former = FORMER_UNTIL.exec(rest.slice(direct[0].length));
          if (former) pairs(out, sideBefore(view, at, ctx), [...named, ...accepted(ctx, [key(view, former[1])])], at, end, rule);
          else pairs(out, named, sideBefore(view, at, ctx), at, end, rule);
          continue;
        }
        pairs(out, objectSide(view, from, ctx), sideBefore(view, at, ctx), at, end, rule);
      } else if (t.reading === 'merge') {
        const older = [...sideBefore(view, at, ctx), ...groupsOwner(view, at, ctx)];
        const more = mergedWith(view, end, ctx);
        pairs(out, mergedInto(view, at, more.end, ctx), [...older, ...more.keys], at, end, rule);
      } else {
        // "the rump of", "a remnant of": a noun of descent only after a copula or a comma ("fought the remnants of Y")
        if (shape === 'descent' && !AFTER_COPULA.test(before)) continue;
        const noun = BEFORE_NOUN.exec(before);
        const start = noun?.index ?? at;
        pairs(out, sideBefore(view, start, ctx), objectSide(view, from, ctx), at, end, rule);
      }
    }
  }
  if (/ (?:away|off)(?: in \d{4})?, (?:among them|including|notably|such as) /.test(masked)) {
    for (const m of matchesOf(PARTS_BROKE_AWAY, masked)) {
      const at = m.indices?.groups?.['v']?.[0] ?? m.index ?? 0;
      if (notDone(masked, at)) continue;
      const g = m.groups ?? {};
      const owner = g['its'] !== undefined ? antecedent(ctx, view, m.index ?? 0, isOrganization) : key(view, g['n']);
      const parts = LIST.exec((g['rest'] ?? '').replace(INNER_ASIDE, ''));
      const successors = accepted(ctx, listOf(view, parts?.groups?.['l']).map((x) => x.entity));
      pairs(out, successors, accepted(ctx, [owner]), at, (m.index ?? 0) + m[0].length, 'succession:clause-parts-broke-away');
    }
  }
  if (/(?:broke|split|splintered) (?:away|off)\b/.test(masked)) {
    for (const m of matchesOf(PART_BROKE_AWAY, masked)) {
      const at = m.indices?.groups?.['v']?.[0] ?? m.index ?? 0;
      if (notDone(masked, at)) continue;
      const g = m.groups ?? {};
      const owner = g['its'] !== undefined ? antecedent(ctx, view, m.index ?? 0, isOrganization) : key(view, (g['n'] ?? g['o'])?.match(/\d+/)?.[0]);
      pairs(out, accepted(ctx, listOf(view, g['s']).map((x) => x.entity)), accepted(ctx, [owner]), m.index ?? 0, at + (g['v']?.length ?? 0), 'succession:clause-part-broke-away');
    }
  }
  if (/ name from | renamed (?:itself )?from /.test(masked)) {
    for (const m of matchesOf(NAME_FROM_TO, masked)) {
      if (notDone(masked, m.index ?? 0)) continue;
      const g = m.groups ?? {};
      pairs(out, accepted(ctx, listOf(view, g['s']).map((x) => x.entity)), accepted(ctx, listOf(view, g['p']).map((x) => x.entity)), m.index ?? 0, (m.index ?? 0) + m[0].length, 'succession:clause-renamed');
    }
  }
  if (/ (?:which|whose) /.test(masked)) {
    for (const m of matchesOf(FROM_WHICH, masked)) {
      const at = m.indices?.groups?.['v']?.[0] ?? m.index ?? 0;
      if (notDone(masked, at)) continue;
      const g = m.groups ?? {};
      const older = accepted(ctx, listOf(view, g['p']).map((x) => x.entity));
      pairs(out, accepted(ctx, listOf(view, g['s']).map((x) => x.entity)), older, m.index ?? 0, at + (g['v']?.length ?? 0), 'succession:clause-from-which');
    }
  }
  if (/ whose /.test(masked)) {
    for (const m of matchesOf(WHOSE_PARTS, masked)) {
      const at = m.indices?.groups?.['v']?.[0] ?? m.index ?? 0;
      if (notDone(masked, at)) continue;
      const g = m.groups ?? {};
      pairs(out, accepted(ctx, listOf(view, g['s']).map((x) => x.entity)), accepted(ctx, listOf(view, g['p']).map((x) => x.entity)), m.index ?? 0, (m.index ?? 0) + m[0].length, 'succession:clause-whose-parts');
    }
  }
  // "P founded X after breaking with Y"
  if (/breaking|splitting|defecting|walking out/.test(masked)) {
    for (const m of matchesOf(BREAKING, masked)) {
      const at = m.index ?? 0;
      const f = FOUNDED_BEFORE.exec(masked.slice(0, at));
      if (!f || notDone(masked, f.index ?? 0)) continue;
      pairs(out, [key(view, f[1])].filter((k): k is string => !!k && !!ctx.doc.entities.get(k) && bodyLike(ctx.doc.entities.get(k)!)), objectSide(view, at + m[0].length + 1, ctx), f.index ?? 0, at + m[0].length, 'succession:clause-founder');
    }
  }
  return out;
}
