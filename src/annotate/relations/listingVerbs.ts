// The words of listing and sanctioning acts, from their verb classes (lexicons/relations/verbs/designation*.json,
// sanction*.json, delisting.json), as regex alternations built once at module load for the designation and sanction
// readers: a synonym added to a class file reaches every shape of both families.

import { factored } from './factored.js';
import { alternation, formsOf, loadVerbClass, VERB_FORMS, type VerbClass, type VerbForms } from './verbClass.js';

/** Put on an official list: designate, list, blacklist. */
const LIST = loadVerbClass('designation');
/** Outlaw a group, a category of its own: proscribe, ban, outlaw. */
const BAN = loadVerbClass('designation-ban');
/** Give a named category: declare, brand, classify. */
const DECLARE = loadVerbClass('designation-declare');
/** Opinion or naming, a listing only when a body says it of a category: name, consider, regard. */
const DEEM = loadVerbClass('designation-deem');
/** Put on a named list: add, place, put, include. */
const ADD = loadVerbClass('designation-adding');
/** Sanction an actor directly: sanction, blacklist, list; its action nouns are the measures. */
const SANCTION = loadVerbClass('sanction');
/** Verbs whose object is a measure: impose, apply, slap ... */
const IMPOSE = loadVerbClass('sanction-imposing');
/** Verbs whose object is a measure that ends: lift, ease, revoke ... */
const LIFT = loadVerbClass('sanction-lifting');
/** Verbs whose object is the actor a sanction no longer targets: delist, unfreeze. */
const DELIST = loadVerbClass('delisting');
/** Verbs whose object is an actor's assets: freeze, block. */
const FREEZE = loadVerbClass('sanction-freezing');

const FINITE: (keyof VerbForms)[] = ['third', 'past', 'participle', 'ing'];

// the words are lower case, so factoring their shared openings ("sanction|sanctioned" → "sanction(?:ed|)") keeps what
// they match in case-sensitive patterns, and a scan tries one branch per first letter instead of every word
function words(classes: VerbClass[], which: readonly (keyof VerbForms)[]): string {
  return factored(alternation(classes.flatMap((c) => formsOf(c, ...which))));
}

/** A class without some of its lemmas. */
function without(cls: VerbClass, ...lemmas: string[]): VerbClass {
  const keep = cls.verbs.map((v) => !lemmas.includes(v.base));
  return { ...cls, verbs: cls.verbs.filter((_, i) => keep[i]), variants: cls.variants.filter((_, i) => keep[i]) };
}

/** Every form of the verbs that list with a category: "designated X as", "proscribes X as", "declared X a". */
export const LISTING_VERB = words([LIST, BAN, DECLARE], VERB_FORMS);
/**
 * Every form of the verbs an active clause reads with its object and category ("designating A and B as FTOs"). Not
 * "list", "ban" or "outlaw", whose other senses ("listed its demands", "a ban on imports") are frequent: the adjacency
 * patterns read them where a category follows their object.
 */
export const ACT_VERB = words([without(LIST, 'list', 'relist'), without(BAN, 'ban', 'outlaw'), DECLARE, DEEM], VERB_FORMS);
/** The forms of the verbs that list only with a designator and a category after their object ("considers X a ..."). */
export const DEEM_FORMS: ReadonlySet<string> = new Set(formsOf(DEEM, ...VERB_FORMS));
/** The participles of listing: "designated", "listed", "blacklisted". */
export const LISTED = words([LIST], ['participle']);
/** The participles of outlawing: "proscribed", "banned", "outlawed". */
export const BANNED = words([BAN], ['participle']);
/** The participles that give a category "(as) X" after them: "listed as", "deemed", "recognised as", "labelled". */
export const DEEMED = words([LIST, DECLARE, DEEM], ['participle']);
/** The finite forms of putting on a list, with the object and the list after them: "added X to", "puts X on". */
export const ADDING = words([ADD], FINITE);
/** The participles of putting on a list: "added", "placed", "included". */
export const ADDED = words([ADD], ['participle']);
/** The participles of listing and outlawing. */
export const LISTED_OR_BANNED = words([LIST, BAN], ['participle']);

/** Sanctioning verbs with their object after them: "sanctioned", "blacklists", "listing". */
export const SANCTIONING = words([SANCTION], FINITE);
/** Their bare forms, which only an infinitive reads as the act ("decided to sanction X"). */
export const SANCTION_BASE = words([SANCTION], ['base']);
/** The participles of sanctioning: "sanctioned", "blacklisted", "listed". */
export const SANCTIONED = words([SANCTION], ['participle']);
/** The names of sanction measures: "sanctions", "restrictive measures", "an asset freeze", "an arms embargo". */
export const MEASURE = factored(alternation(SANCTION.actionNouns));
/** Every form of the verbs that impose a measure: "imposed", "slapping", "adopts". */
export const IMPOSING = words([IMPOSE], VERB_FORMS);
/** Every form of the verbs that end a measure: "lifted", "eases", "revoking". */
export const LIFTING = words([LIFT], VERB_FORMS);
/** The participles of ending a measure: "lifted", "eased", "revoked". */
export const LIFTED = words([LIFT], ['participle']);
/** The finite forms of freezing assets: "froze", "blocks", "freezing". */
export const FREEZING = words([FREEZE], FINITE);
/** The participles of freezing assets: "frozen", "blocked". */
export const FROZEN = words([FREEZE], ['participle']);
/** The finite forms of the verbs that take an actor off a sanction: "delisted", "unfroze", "unfreezing". */
export const DELISTING = words([DELIST], FINITE);
