// The event trigger lexicon (lexicons/events/triggers.json), compiled once into one regular expression per entry and
// an index of the words its forms begin with. Its verbs are lemmas whose forms verbClass.ts generates.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventType } from '../document.js';
import { LEXICON_DIR } from '../../paths.js';
import { alternation, entryForms, VERB_FORMS, type VerbEntry, type VerbForms } from '../relations/verbClass.js';

/** How a trigger's arguments are read (see the "frames" note in the lexicon file). */
export type Frame = 'verb' | 'passive-agent' | 'passive-target' | 'noun' | 'among' | 'patient';

export interface TriggerEntry {
  type: EventType;
  cameo: string;
  frame: Frame;
  /** Only an active verb with a named actor triggers ("gunmen killed"): casualties told alone belong to an attack. */
  activeOnly: boolean;
  /** Only a telling that names the parties ("a truce between A and B") triggers: the bare noun is too often a plan. */
  partiesOnly: boolean;
  /** A context the trigger needs to be an event ("protest-purpose", "formed-pact", "forces-arrive", "visit"). */
  gate?: string;
  /** Matches any of the entry's forms as whole words, anchored where `lastIndex` points (sticky): it is tried only
   * where one of its first words stands. */
  regex: RegExp;
  /** The lowercased first words of the forms: no form can match where none of them begins. */
  firstWords: readonly string[];
}

/** The entries by the first words of their forms, for a scan that tries only the entries a word can begin. */
export interface TriggerIndex {
  entries: readonly TriggerEntry[];
  /** Lowercased first word to the positions, in lexicon order, of the entries with a form beginning with it. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** The lengths of the shortest and longest first word: a word of another length begins no form. */
  shortest: number;
  longest: number;
}

/** A verb of an entry: its lemma and irregular forms (as in verbClass), the forms it takes, and the objects after them. */
interface TriggerVerb extends VerbEntry {
  inflections?: (keyof VerbForms)[];
  /** "send" with ["troops"] reads "sent * troops": a list, or the name of one in the file's `objectLists`. */
  objects?: string[] | string;
}

interface TriggerFile {
  objectLists?: Record<string, string[]>;
  triggers: {
    type: EventType;
    cameo: string;
    frame: Frame;
    forms?: string[];
    verbs?: TriggerVerb[];
    inflections?: (keyof VerbForms)[];
    /** The objects of every verb of the entry that names none of its own. */
    objects?: string[] | string;
    activeOnly?: boolean;
    partiesOnly?: boolean;
    gate?: string;
  }[];
}

/** The forms of an entry's verbs it takes (the verb's own `inflections`, else the entry's, else all five), with their objects. */
export function verbForms(
  verbs: readonly TriggerVerb[],
  inflections: readonly (keyof VerbForms)[] = VERB_FORMS,
  objectLists: Record<string, string[]> = {},
  entryObjects?: string[] | string,
): string[] {
  return verbs.flatMap((v) => {
    const taken = entryForms(v, v.inflections ?? inflections).map(([word]) => word);
    const named = v.objects ?? entryObjects;
    const objects = typeof named === 'string' ? objectLists[named] : named;
    if (typeof named === 'string' && !objects) throw new Error(`triggerLexicon: no object list "${named}"`);
    return objects ? taken.flatMap((f) => objects.map((o) => `${f} * ${o}`)) : taken;
  });
}

/**
 * A "*" in a form stands for up to four words ("reached * deal": "reached a tentative deal"; "keeps tens of thousands of
 * troops"), none a preposition that
 * starts another phrase; a word may be quoted ('held "informal contacts" with').
 */
const GAP = String.raw`\s+(?:(?!(?:to|for|from|by|with|into|in|on|at|that|which|and|but)\b)[\p{L}\d,.'’“”"-]+\s+){0,4}?`;
/** Between the words of a form, a space, or a quote that opens or closes around one ('held "informal contacts" with'). */
const SPACE = String.raw`[“”"]?\s+[“”"]?`;
/** The forms as one alternation, longest first, with the gaps and spaces between their words widened. */
const pattern = (forms: readonly string[]): string => alternation(forms).replace(/ \\\* /g, '\u0000').replace(/ /g, SPACE).replace(/\u0000/g, GAP);

/** A form's first word: letters and hyphens, as the regex's word boundaries (`[\p{L}-]`) delimit it. */
const FIRST_WORD = /^[\p{L}-]+(?=\s|$)/u;

let cached: readonly TriggerEntry[] | undefined;
let index: TriggerIndex | undefined;

/** The compiled trigger entries, read on first use. */
export function triggerLexicon(): readonly TriggerEntry[] {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'events', 'triggers.json'), 'utf8')) as TriggerFile;
  cached = file.triggers.map((t) => {
    const forms = [...verbForms(t.verbs ?? [], t.inflections, file.objectLists, t.objects), ...(t.forms ?? [])];
    const source = `(?<![\\p{L}-])(?:${pattern(forms)})(?![\\p{L}-])`;
    const firstWords = [...new Set(forms.map((f) => FIRST_WORD.exec(f)?.[0].toLowerCase()))];
    // the word index is only sound when every form opens with a plain word; the lexicon's forms all do
    if (firstWords.some((w) => w === undefined)) throw new Error(`triggerLexicon: a form of ${t.type}/${t.frame} does not open with a word`);
    return {
      type: t.type,
      cameo: t.cameo,
      frame: t.frame,
      activeOnly: t.activeOnly === true,
      partiesOnly: t.partiesOnly === true,
      ...(t.gate ? { gate: t.gate } : {}),
      regex: new RegExp(source, 'iuy'),
      firstWords: firstWords as string[],
    };
  });
  return cached;
}

/** The trigger entries indexed by the first words of their forms, built once. */
export function triggerIndex(): TriggerIndex {
  if (index) return index;
  const entries = triggerLexicon();
  const byFirstWord = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const w of e.firstWords) {
      const list = byFirstWord.get(w) ?? [];
      list.push(i);
      byFirstWord.set(w, list);
    }
  });
  const lengths = [...byFirstWord.keys()].map((w) => w.length);
  index = { entries, byFirstWord, shortest: Math.min(...lengths), longest: Math.max(...lengths) };
  return index;
}
