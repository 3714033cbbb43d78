// Relation triggers as classes of verbs and nouns (lexicons/relations/verbs/*.json): each file lists lemmas, and
// their inflections are generated here, so a class covers "fund, funds, funded, funding" from one entry and a
// synonym is one word added to the data, not four words added to a pattern.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';

/** The five forms of an English verb; a phrasal verb ("prop up") inflects its first word. */
export interface VerbForms {
  base: string;
  /** Third person singular present: "funds", "supplies". */
  third: string;
  past: string;
  participle: string;
  ing: string;
}

/** A verb of a class file: its lemma, and the forms English does not build by rule. */
export interface VerbEntry {
  lemma: string;
  third?: string;
  past?: string;
  participle?: string;
  ing?: string;
  /** Double the final consonant before -ed and -ing where the rule cannot see stress ("admit", "control"). */
  double?: boolean;
  /** Further spellings of a form: `{ "past": ["channelled"], "participle": ["channelled"] }`. */
  also?: Partial<Record<keyof VerbForms, string[]>>;
}

/** A class file: verbs, the nouns for the one who does it, and the nouns for the act. */
export interface VerbClassFile {
  source: string;
  licence: string;
  verbs: VerbEntry[];
  /** "backer", "sponsor", "ally". */
  agentNouns?: string[];
  /** "backing", "support", "funding", "alliance". */
  actionNouns?: string[];
}

/** A class ready for patterns: every form of its verbs, and its nouns. */
export interface VerbClass {
  verbs: readonly VerbForms[];
  /** Each verb's further spellings (`also`), in the order of `verbs`. */
  variants: readonly Partial<Record<keyof VerbForms, string[]>>[];
  agentNouns: readonly string[];
  actionNouns: readonly string[];
}

const VOWEL_GROUPS = /[aeiouy]+/g;

/** All five forms, for a class or entry that takes every one. */
export const VERB_FORMS: readonly (keyof VerbForms)[] = ['base', 'third', 'past', 'participle', 'ing'];

/** One syllable ending consonant-vowel-consonant ("ship", "ban", "arm" not): doubles its last letter before -ed/-ing. */
function doubles(word: string): boolean {
  if (!/[^aeiou][aeiou][^aeiouwxy]$/.test(word)) return false;
  return (word.match(VOWEL_GROUPS) ?? []).length === 1;
}

function third(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/[^aeiou]o$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function past(word: string, double: boolean): string {
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (double) return `${word}${word.at(-1)}ed`;
  return `${word}ed`;
}

function ing(word: string, double: boolean): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(word) && word.length > 2) return `${word.slice(0, -1)}ing`;
  if (double) return `${word}${word.at(-1)}ing`;
  return `${word}ing`;
}

/** The five forms of a verb entry; a phrasal verb ("prop up", "join forces with") inflects its first word. */
export function inflect(entry: VerbEntry): VerbForms {
  const [head = '', ...rest] = entry.lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const double = entry.double ?? doubles(head);
  const regularPast = past(head, double) + tail;
  return {
    base: entry.lemma,
    third: entry.third ?? third(head) + tail,
    past: entry.past ?? regularPast,
    participle: entry.participle ?? entry.past ?? regularPast,
    ing: entry.ing ?? ing(head, double) + tail,
  };
}

/** The words of a class as a regular-expression alternation, longest first, with no groups. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** The chosen forms of one verb entry, each word with the form it is, its further spellings (`also`) included. */
export function entryForms(entry: VerbEntry, which: readonly (keyof VerbForms)[] = VERB_FORMS): [string, keyof VerbForms][] {
  const forms = inflect(entry);
  return which.flatMap((w) => [forms[w], ...(entry.also?.[w] ?? [])].map((word): [string, keyof VerbForms] => [word, w]));
}

/** The chosen forms of every verb of a class, with their further spellings, for `alternation`. */
export function formsOf(cls: VerbClass, ...which: (keyof VerbForms)[]): string[] {
  return cls.verbs.flatMap((v, i) => which.flatMap((w) => [v[w], ...(cls.variants[i]?.[w] ?? [])]));
}

/** A class from its data. */
export function verbClassOf(file: VerbClassFile): VerbClass {
  return {
    verbs: file.verbs.map(inflect),
    variants: file.verbs.map((v) => v.also ?? {}),
    agentNouns: file.agentNouns ?? [],
    actionNouns: file.actionNouns ?? [],
  };
}

/** The class in lexicons/relations/verbs/NAME.json, read once per call: call it at module load. */
export function loadVerbClass(name: string): VerbClass {
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'relations', 'verbs', `${name}.json`), 'utf8')) as VerbClassFile;
  if (!Array.isArray(file.verbs)) throw new Error(`lexicons/relations/verbs/${name}.json: "verbs" must be a list`);
  return verbClassOf(file);
}
