// The reporting-verb lexicon (lexicons/events/speech.json), compiled into regular expressions once per process. The
// file lists lemmas; their forms come from the relation verb classes' inflector, so a new verb is one entry of data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import { inflect, type VerbEntry, type VerbForms } from '../relations/verbClass.js';

/** A reporting verb: a lemma, and the forms of it that report speech (all five unless narrowed). */
export interface SpeechVerb extends VerbEntry {
  forms?: (keyof VerbForms)[];
}

interface SpeechFile {
  cameo: string;
  verbs: SpeechVerb[];
  sources: string[];
  /** Lemmas of verbs whose object is the outlet the words were told to. */
  media: string[];
}

const ALL_FORMS: (keyof VerbForms)[] = ['base', 'third', 'past', 'participle', 'ing'];

/** The words of a reporting verb, each with the form it is: "said" → past, "saying" → ing. */
export function speechForms(verb: SpeechVerb): [string, keyof VerbForms][] {
  const forms = inflect(verb);
  return (verb.forms ?? ALL_FORMS).flatMap((f) => [forms[f], ...(verb.also?.[f] ?? [])].map((w): [string, keyof VerbForms] => [w, f]));
}

export interface SpeechLexicon {
  cameo: string;
  /** Reporting verbs ("said", "told", "pointed to"). */
  verb: RegExp;
  /** Source attributions whose speaker follows ("according to", "quoting"). */
  source: RegExp;
  /** Verbs whose object is the outlet the words were told to. */
  media: Set<string>;
  /** The lemma of each reporting word: "said" → "say", "called on" → "call on". */
  lemma: Map<string, string>;
}

const escapeChar = (c: string): string => (c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The words as one regular expression factored by their common prefixes ("said|says|saying" → "sa(?:id|ys|ying)"):
 * a flat alternation of a hundred phrases is tried phrase by phrase at every position of every sentence, a trie only
 * along the letters present. A greedy optional tail keeps longest-first matching ("issued a statement" over "issued").
 */
export function trieAlternation(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const c of w.replace(/\s+/g, ' ')) {
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([c, child]) => escapeChar(c) + emit(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

let cached: SpeechLexicon | undefined;

/** The compiled lexicon, read on first use. */
export function speechLexicon(): SpeechLexicon {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'events', 'speech.json'), 'utf8')) as SpeechFile;
  const lemma = new Map<string, string>();
  for (const v of file.verbs) for (const [word] of speechForms(v)) if (!lemma.has(word)) lemma.set(word, v.lemma);
  const media = new Set(file.media);
  cached = {
    cameo: file.cameo,
    verb: new RegExp(`\\b(?:${trieAlternation([...lemma.keys()])})\\b`, 'g'),
    source: new RegExp(`\\b(?:${trieAlternation(file.sources)})\\s+`, 'gi'),
    media: new Set([...lemma].filter(([, l]) => media.has(l)).map(([w]) => w)),
    lemma,
  };
  return cached;
}
