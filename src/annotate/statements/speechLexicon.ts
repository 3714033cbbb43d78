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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

let cached: SpeechLexicon | undefined;

/** The compiled lexicon, read on first use. */
export function speechLexicon(): SpeechLexicon {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'events', 'speech.json'), 'utf8')) as SpeechFile;
  cached = {
    cameo: file.cameo,
    verb: new RegExp(`\\b(?:${alternation(file.verbs)})\\b`, 'g'),
    source: new RegExp(`\\b(?:${alternation(file.sources)})\\s+`, 'gi'),
    media: new Set(file.media.map((m) => m.toLowerCase())),
  };
  return cached;
}
