// The event trigger lexicon (lexicons/events/triggers.json), compiled into one regular expression per entry once.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventType } from '../document.js';
import { LEXICON_DIR } from '../../paths.js';

/** How a trigger's arguments are read (see the "frames" note in the lexicon file). */
export type Frame = 'verb' | 'passive-agent' | 'passive-target' | 'noun' | 'among';

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
  /** Matches any of the entry's forms as whole words. */
  regex: RegExp;
}

interface TriggerFile {
  triggers: { type: EventType; cameo: string; frame: Frame; forms: string[]; activeOnly?: boolean; partiesOnly?: boolean; gate?: string }[];
}

/** A "*" in a form stands for up to three words ("reached * deal": "reached a tentative deal"), none a preposition that starts another phrase. */
const GAP = String.raw`\s+(?:(?!(?:to|for|from|by|with|into|in|on|at|that|which|and|but)\b)[\p{L}\d,.'’-]+\s+){0,3}?`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ \\\* /g, '\u0000').replace(/ /g, '\\s+').replace(/\u0000/g, GAP);

let cached: readonly TriggerEntry[] | undefined;

/** The compiled trigger entries, read on first use. */
export function triggerLexicon(): readonly TriggerEntry[] {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(LEXICON_DIR, 'events', 'triggers.json'), 'utf8')) as TriggerFile;
  cached = file.triggers.map((t) => ({
    type: t.type,
    cameo: t.cameo,
    frame: t.frame,
    activeOnly: t.activeOnly === true,
    partiesOnly: t.partiesOnly === true,
    ...(t.gate ? { gate: t.gate } : {}),
    regex: new RegExp(`(?<![\\p{L}-])(?:${[...t.forms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}-])`, 'giu'),
  }));
  return cached;
}
