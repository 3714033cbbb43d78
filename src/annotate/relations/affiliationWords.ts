// The words of the affiliation family, read from lexicons/relations/verbs/affiliation*.json once at module load: the
// nouns for a body's parts ("branch", "wing") with their plurals, the verbs of standing under another ("answers to")
// and of an oath ("pledged allegiance to").

import { alternation, formsOf, loadVerbClass } from './verbClass.js';

const PARTS = loadVerbClass('affiliation');
const REPORT = loadVerbClass('affiliation-report');
const ALLEGIANCE = loadVerbClass('affiliation-allegiance');

/** The plural of an English noun: "branch" → "branches", "proxy" → "proxies", "wing" → "wings". */
export function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Nouns with their plurals as a regular-expression alternation (no groups), longest first. */
export function nounAlternation(nouns: readonly string[]): string {
  return alternation(nouns.flatMap((n) => [n, plural(n)]));
}

/** The nouns for a part of a body ("affiliate", "branch", "wing", "proxy"), singular. */
export const PART_NOUNS: readonly string[] = PARTS.agentNouns;

/**
 * The forms of the verbs read before "to" that say a standing tie: "reports to", "answering to"; the past tense is left
 * out, since "reported to the police that" and "answered to questions" tell an act, not a tie.
 */
export const REPORT_VERB = alternation(formsOf(REPORT, 'base', 'third', 'ing'));

/** Every form of the verbs of an oath: "pledged", "swore", "sworn", "gives". */
export const OATH_VERB = alternation(formsOf(ALLEGIANCE, 'base', 'third', 'past', 'participle', 'ing'));

/** Any part noun as a whole word, the cheap test before the patterns that need one ("organ" not in "organization"). */
export const PART_GUARD = new RegExp(`\\b(?:${nounAlternation(PARTS.agentNouns)})\\b`);

/** The nouns of an oath: "allegiance", "fealty", "bay'ah". */
export const OATH_NOUN = alternation(ALLEGIANCE.actionNouns);
