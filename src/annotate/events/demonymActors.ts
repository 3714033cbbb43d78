// Unnamed forces named by a demonym ("Russian drones", "Chinese coast guard ships"): the country acts through them.
// Demonyms come from lexicons/countries.json, read once.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedDocument } from '../document.js';
import { LEXICON_DIR } from '../../paths.js';

interface CountryRow {
  code: string;
  name: string;
  names?: string[];
  demonyms?: string[];
}

/** Force and weapon nouns through which a country acts. */
const FORCE_NOUN = String.raw`(?:delegations?|negotiators|drones?|troops|forces|soldiers|jets|warplanes|aircraft|planes|ships|vessels|warships|boats|missiles|rockets|artillery|tanks|units|navy|marines|police|coast\s+guard(?:\s+(?:ships|vessels|boats))?|military|army|air\s+force)`;

interface Lexicon {
  /** Demonym → ISO code. */
  demonyms: Map<string, string>;
  /** ISO code → the country's names. */
  names: Map<string, Set<string>>;
  pattern: RegExp;
}

let cached: Lexicon | undefined;

function lexicon(): Lexicon {
  if (cached) return cached;
  const rows = (JSON.parse(readFileSync(join(LEXICON_DIR, 'countries.json'), 'utf8')) as { countries: CountryRow[] }).countries;
  const demonyms = new Map<string, string>();
  const names = new Map<string, Set<string>>();
  for (const r of rows) names.set(r.code, new Set([r.name, ...(r.names ?? [])]));
  for (const r of rows) for (const d of r.demonyms ?? []) if (/^\p{Lu}[\p{L}-]+$/u.test(d) && !demonyms.has(d)) demonyms.set(d, r.code);
  const words = [...demonyms.keys()].sort((a, b) => b.length - a.length).join('|');
  cached = { demonyms, names, pattern: new RegExp(String.raw`^(?:[^—–]*[—–]\s*)?[\s“"]*(?:the\s+)?(${words})(?:\s+and\s+(${words}))?\s+(?:[a-z-]+\s+){0,2}${FORCE_NOUN}\b`, 'u') };
  return cached;
}

/**
 * The country entities behind a clause that opens (after any dateline) with one or two demonyms and a force noun
 * ("Russian drones struck …", "Russian and Ukrainian delegations met"), for the countries the document names.
 */
export function demonymForces(doc: AnnotatedDocument, clause: string): string[] {
  const { demonyms, names, pattern } = lexicon();
  const m = pattern.exec(clause);
  if (!m) return [];
  const out: string[] = [];
  // "Russian and Ukrainian delegations": both countries act
  for (const demonym of [m[1], m[2]]) {
    if (!demonym) continue;
    const code = demonyms.get(demonym);
    const known = code ? names.get(code) : undefined;
    const entities = [...doc.entities.values()].filter((e) => e.country === code || (e.cls === 'Country' && e.names.some((n) => known?.has(n))));
    const key = (entities.find((e) => e.cls === 'Country') ?? entities[0])?.key;
    if (key) out.push(key);
  }
  return out;
}

/** Words that end a noun phrase: "distanced the US from the offensive" has no US offensive. */
const MODIFIER_GAP_STOP = String.raw`(?:the|an?|from|of|in|on|at|to|for|with|by|and|or|but|that|which|who|has|have|had|is|are|was|were|be|been|said|says|its|their|his|her|as|after|before|since|during|over|against|into|near)`;

/** A demonym right before an event noun, compiled once on first use. */
let adjectivePattern: RegExp | undefined;

/**
 * The country entity behind a demonym that modifies an event noun, with at most two lowercase words between
 * ("An Israeli drone strike", "a Russian missile attack"), given the text before the noun; for a country the
 * document names.
 */
export function demonymModifier(doc: AnnotatedDocument, before: string): string | undefined {
  const { demonyms, names } = lexicon();
  // the demonym opens the noun phrase: an article, a possessive or the clause start before it, never a name
  adjectivePattern ??= new RegExp(String.raw`(?:^|[\s(“"—–])(?:an?|the|new|fresh|latest|recent)?\s*(${[...demonyms.keys()].sort((a, b) => b.length - a.length).join('|')})\s+(?:(?!${MODIFIER_GAP_STOP}\s)[a-z-]+\s+){0,2}$`, 'u');
  const m = adjectivePattern.exec(before);
  if (!m) return undefined;
  // "the Lebanese army's strike" has its own actor; so does a name such as "Israeli Defense Forces strike"
  if (/[A-Z]/.test(before.slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length))) return undefined;
  const code = demonyms.get(m[1]!);
  const known = code ? names.get(code) : undefined;
  const entities = [...doc.entities.values()].filter((e) => e.cls === 'Country' && (e.country === code || e.names.some((n) => known?.has(n))));
  return entities[0]?.key;
}

/** Things of a country's that are hit: its forces, craft and posts. */
const OBJECT_NOUN = String.raw`(?:${FORCE_NOUN}|boat|ship|vessel|warship|convoy|patrol|post|posts|outposts?|bases?|positions?|checkpoints?|planes?|jet|helicopters?|drone)`;
let objectPattern: RegExp | undefined;

/**
 * The country entity behind an unnamed object named by a demonym right after a verb ("fired at a Philippine supply
 * boat", "struck Russian positions"), for a country the document names.
 */
export function demonymObject(doc: AnnotatedDocument, text: string): string | undefined {
  const { demonyms, names } = lexicon();
  objectPattern ??= new RegExp(String.raw`^\s+(?:(?:at|on|against|upon)\s+)?(?:(?:an?|the|two|three|several|\d+)\s+)?(${[...demonyms.keys()].sort((a, b) => b.length - a.length).join('|')})\s+(?:[a-z-]+\s+){0,2}?${OBJECT_NOUN}\b`, 'u');
  const m = objectPattern.exec(text);
  if (!m) return undefined;
  const code = demonyms.get(m[1]!);
  const known = code ? names.get(code) : undefined;
  const entities = [...doc.entities.values()].filter((e) => e.cls === 'Country' && (e.country === code || e.names.some((n) => known?.has(n))));
  return entities[0]?.key;
}

/** Envoys and officials through whom a country is met, called or summoned. */
const ENVOY = String.raw`(?:ambassador|envoy|charg[eé]\s+d['’]affaires|diplomats?|consul|delegation|counterpart|deputy\s+chief\s+of\s+mission|(?:foreign\s+|defen[cs]e\s+|prime\s+)?minister|president|leader|officials?)`;
let envoyPattern: RegExp | undefined;

/**
 * The country entity behind an envoy named by a demonym right at the start of `text` ("the Turkish charge d'affaires",
 * "his Chinese counterpart"), for a country the document names.
 */
export function demonymEnvoy(doc: AnnotatedDocument, text: string): string | undefined {
  const { demonyms, names } = lexicon();
  envoyPattern ??= new RegExp(String.raw`^\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(${[...demonyms.keys()].sort((a, b) => b.length - a.length).join('|')})\s+(?:[a-z-]+\s+){0,2}?${ENVOY}\b`, 'u');
  const m = envoyPattern.exec(text);
  if (!m) return undefined;
  const code = demonyms.get(m[1]!);
  const known = code ? names.get(code) : undefined;
  const entities = [...doc.entities.values()].filter((e) => e.cls === 'Country' && (e.country === code || e.names.some((n) => known?.has(n))));
  return entities[0]?.key;
}

