// The reporting-verb lexicon (lexicons/events/speech.json), compiled into regular expressions once per process.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';

interface SpeechFile {
  cameo: string;
  verbs: string[];
  sources: string[];
  media: string[];
}

export interface SpeechLexicon {
  cameo: string;
  /** Reporting verbs ("said", "told", "pointed to"). */
  verb: RegExp;
  /** Source attributions whose speaker follows ("according to", "quoting"). */
  source: RegExp;
  /** Verbs whose object is the outlet the words were told to. */
  media: Set<string>;
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
  cached = {
    cameo: file.cameo,
    verb: new RegExp(`\\b(?:${trieAlternation(file.verbs)})\\b`, 'g'),
    source: new RegExp(`\\b(?:${trieAlternation(file.sources)})\\s+`, 'gi'),
    media: new Set(file.media.map((m) => m.toLowerCase())),
  };
  return cached;
}
