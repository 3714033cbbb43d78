// The reporting-verb lexicon (lexicons/events/speech.json), compiled into regular expressions once per process. The
// file lists lemmas; their forms come from the relation verb classes' inflector, so a new verb is one entry of data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import { entryForms, type VerbEntry, type VerbForms } from '../relations/verbClass.js';

/** A reporting verb: a lemma, and the forms of it that report speech (all five unless narrowed). */
export interface SpeechVerb extends VerbEntry {
  forms?: (keyof VerbForms)[];
}

/** A verb of a class with its object: "issued a statement", "rejected the accusations". */
interface SpeechFrame {
  name: string;
  verbs: (string | VerbEntry)[];
  objects: string[];
}

interface SpeechFile {
  cameo: string;
  verbs: SpeechVerb[];
  sources: string[];
  /** Lemmas of verbs whose object is the outlet the words were told to. */
  media: string[];
  frames: SpeechFrame[];
  /** Head words of bodies a description names by itself: "the ministry said", "the court said". */
  bodyHeads: string[];
  /** Lowercase words for people that may stand before a name: "said protester X", "said rights lawyer X". */
  personNouns: string[];
  /** What may open a frame's object: "a", "its", "the" ("rejected the accusations"). */
  frameDeterminers: string[];
}

/** The words of a reporting verb, each with the form it is: "said" → past, "saying" → ing. */
export function speechForms(verb: SpeechVerb): [string, keyof VerbForms][] {
  return entryForms(verb, verb.forms);
}

export interface SpeechLexicon {
  cameo: string;
  /** Reporting verbs ("said", "told", "pointed to"). */
  verb: RegExp;
  /** Source attributions whose speaker follows ("according to", "quoting"). */
  source: RegExp;
  /** Verbs whose object is the outlet the words were told to. */
  media: Set<string>;
  /** Body head words as one alternation, no groups ("department|ministry|…"), each a whole word. */
  bodyHead: string;
  /** Lowercase person nouns as an alternation (each also plural), for titles before a name. */
  personNoun: string;
  /** The lemma of each reporting word: "said" → "say", "called on" → "call on". */
  lemma: Map<string, string>;
  /** The form of each reporting word ("say" → base), and of each frame verb ("issue" → base). */
  form: Map<string, keyof VerbForms>;
  /** The lemma of a match of `verb`: a word's own, or the frame's name ("issued a joint statement" → "issue a document"). */
  lemmaOf(match: string): string | undefined;
  /** The form of a match of `verb`: a word's own, or its frame verb's. */
  formOf(match: string): keyof VerbForms | undefined;
}

/** A frame as a regex: its verb's forms, an optional determiner or possessive name, up to two modifiers, the object. */
function frameSource(frame: SpeechFrame, determiners: readonly string[], form: Map<string, keyof VerbForms>): string {
  const words: string[] = [];
  for (const v of frame.verbs) {
    for (const [w, f] of speechForms(typeof v === 'string' ? { lemma: v } : v)) {
      words.push(w);
      if (!form.has(w)) form.set(w, f);
    }
  }
  // (a trie, as for the words: tried only along the letters present; no Unicode classes, so the expression stays
  // byte-oriented and as cheap as the plain word list)
  const det = `(?:(?:${trieAlternation(determiners)})\\s+|[A-Z][\\w.-]*['’]s\\s+)?`;
  return `${trieAlternation(words)}\\s+${det}(?:[\\w-]+\\s+){0,2}?(?:${trieAlternation(frame.objects)})s?`;
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
  const form = new Map<string, keyof VerbForms>();
  for (const v of file.verbs) {
    for (const [word, f] of speechForms(v)) {
      if (lemma.has(word)) continue;
      lemma.set(word, v.lemma);
      form.set(word, f);
    }
  }
  const frameForm = new Map<string, keyof VerbForms>();
  const frames = file.frames.map((f) => ({ name: f.name, rx: new RegExp(`^${frameSource(f, file.frameDeterminers, frameForm)}$`) }));
  const frameVerb = (match: string): string | undefined => {
    const words = match.split(/\s+/);
    for (let n = words.length - 1; n > 0; n--) {
      const head = words.slice(0, n).join(' ');
      if (frameForm.has(head)) return head;
    }
    return undefined;
  };
  const media = new Set(file.media);
  // frames first: "denied the allegations" is one act, read with its object
  const frameAlternation = file.frames.map((f) => frameSource(f, file.frameDeterminers, new Map())).join('|');
  cached = {
    cameo: file.cameo,
    verb: new RegExp(`\\b(?:${frameAlternation}|${trieAlternation([...lemma.keys()])})\\b`, 'g'),
    source: new RegExp(`\\b(?:${trieAlternation(file.sources)})\\s+`, 'gi'),
    media: new Set([...lemma].filter(([, l]) => media.has(l)).map(([w]) => w)),
    personNoun: `(?:${trieAlternation(file.personNouns)})s?`,
    bodyHead: file.bodyHeads.join('|'),
    lemma,
    form,
    lemmaOf: (match) => lemma.get(match) ?? frames.find((f) => f.rx.test(match))?.name,
    formOf: (match) => {
      const own = form.get(match);
      if (own) return own;
      const head = frameVerb(match);
      return head ? frameForm.get(head) : undefined;
    },
  };
  return cached;
}
