// The owners a title leaves unsaid: the country a story is about ("Prime Minister X" in a Pakistani story), the body
// whose release an article is ("said Deputy Spokesperson X"), and the army, police or ministry of "army spokesman X".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../paths.js';
import { datelineSpans, inDateline } from '../sentences/dateline.js';
import { PLACE_CLASSES, type AnnotatedDocument, type Entity, type EntityClass } from '../document.js';
import { outletEntity } from './mergeFacts.js';
import { isBody } from './patterns.js';
import { matchesOf } from '../matchesOf.js';

/** What a document says about who its unqualified titles belong to; computed once per document. */
export interface StoryOwners {
  /** The country the story is about, as a Country entity. */
  home: Entity | undefined;
  /** The body whose own release the article is ("The Department of State is today designating ..."). */
  voice: Entity | undefined;
}

const cache = new WeakMap<AnnotatedDocument, StoryOwners>();

/** A release speaks of itself in the present of "today": "Today, the Department of State is designating ...". */
const RELEASE_OPENING = /\b(?:[Tt]oday|is (?:today )?(?:designating|sanctioning|announcing|imposing))\b/;
const VOICE_CLASSES = new Set(['GovernmentAgency', 'Government', 'InternationalOrganization', 'Organization', 'Person']);

/** The body whose release the article is: the outlet when it is a body, else the subject of a "today" opening. */
function voiceOf(doc: AnnotatedDocument): Entity | undefined {
  const outlet = outletEntity(doc);
  if (outlet && outlet.cls !== 'Person' && outlet.cls !== 'MediaOutlet') return outlet;
  const body = doc.sentences.filter((s) => !s.furniture).slice(0, 3);
  for (const s of body) {
    if (!RELEASE_OPENING.test(doc.text.slice(s.start, s.end))) continue;
    const first = doc.mentions
      .filter((m) => m.sentence === s.index && m.entity !== undefined)
      .sort((a, b) => a.start - b.start)
      .map((m) => doc.entities.get(m.entity!))
      .find((e) => e !== undefined && VOICE_CLASSES.has(e.cls) && isBody(e) && e.cls !== 'Country');
    if (first) return first;
  }
  return undefined;
}

interface CountryFile {
  countries: { code: string; name: string; names: string[]; demonyms: string[]; capitals: string[] }[];
}

const DEMONYM_CODE = new Map<string, string>();
/** Capitals by lower-case name, for a dateline city no earlier stage tied to its country ("MANILA —"). */
const CAPITAL_CODE = new Map<string, string>();
/** Countries by name, for a country entity no earlier stage gave its code. */
const NAME_CODE = new Map<string, string>();
for (const c of (JSON.parse(readFileSync(join(LEXICON_DIR, 'countries.json'), 'utf8')) as CountryFile).countries) {
  for (const d of c.demonyms) if (!DEMONYM_CODE.has(d)) DEMONYM_CODE.set(d, c.code);
  for (const k of c.capitals ?? []) if (!CAPITAL_CODE.has(k.toLowerCase())) CAPITAL_CODE.set(k.toLowerCase(), c.code);
  for (const n of [c.name, ...c.names]) if (!NAME_CODE.has(n)) NAME_CODE.set(n, c.code);
}
/** Any demonym of lexicons/countries.json as a capitalized word ("Turkish warplanes"). */
const DEMONYM = new RegExp(`\\b(?:${[...DEMONYM_CODE.keys()].sort((a, b) => b.length - a.length).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

/** The ISO code of the country a demonym names ("Turkish" → "TR"). */
export function demonymCode(word: string): string | undefined {
  return DEMONYM_CODE.get(word);
}

/** The ISO code of the country an entity is or is tied to. */
export function codeOf(e: Entity): string | undefined {
  return e.country ?? (e.cls === 'Country' ? NAME_CODE.get(e.label) : undefined);
}

/** The country entity of an ISO code. */
export function countryEntity(doc: AnnotatedDocument, code: string | undefined): Entity | undefined {
  if (code === undefined) return undefined;
  for (const e of doc.entities.values()) if (e.cls === 'Country' && codeOf(e) === code) return e;
  return undefined;
}

/**
 * The country a story is about: the one its actors and places are most often tied to, the dateline's country and the
 * release's own country weighing more, since a wire writes its own country's officers without the country.
 */
function homeOf(doc: AnnotatedDocument, voice: Entity | undefined): Entity | undefined {
  const weight = new Map<string, number>();
  const add = (code: string | undefined, w: number): void => {
    if (code !== undefined) weight.set(code, (weight.get(code) ?? 0) + w);
  };
  const datelines = datelineSpans(doc);
  // the dateline counts once, whether it names a city, its country or both ("PRETORIA, South Africa —")
  let dateline: string | undefined;
  for (const m of doc.mentions) {
    if (m.entity === undefined) continue;
    const e = doc.entities.get(m.entity);
    if (!e || e.cls === 'Person') continue;
    if (inDateline(datelines, m)) dateline ??= codeOf(e) ?? CAPITAL_CODE.get(m.text.toLowerCase());
    // a place says less about whose story it is than an actor does ("Turkish jets struck Duhok province")
    else add(codeOf(e), PLACE_CLASSES.has(e.cls) ? 0.5 : 1);
  }
  // a wire's dateline names where its reporter stands, which most often is whose officers go unqualified
  add(dateline, 6);
  for (const s of doc.sentences) {
    if (s.furniture) continue;
    for (const d of matchesOf(DEMONYM, doc.text.slice(s.start, s.end))) add(DEMONYM_CODE.get(d[0]), 0.5);
  }
  add(voice && codeOf(voice), 5);
  let best: string | undefined;
  let most = 0;
  let top = 0;
  for (const [code, w] of weight) {
    top = Math.max(top, w);
    // a country the text never names as such cannot own a title
    if (w > most && countryEntity(doc, code)) {
      best = code;
      most = w;
    }
  }
  // the story's own country unnamed as such ("Bangladeshi soldiers", "Border Guard Bangladesh"): a country far behind
  // it is some neighbour, not the story's
  return most * 2 >= top ? countryEntity(doc, best) : undefined;
}

/** The unsaid owners of titles in a document. */
export function storyOwners(doc: AnnotatedDocument): StoryOwners {
  let owners = cache.get(doc);
  if (!owners) {
    const voice = voiceOf(doc);
    owners = { voice, home: homeOf(doc, voice) };
    cache.set(doc, owners);
  }
  return owners;
}

/** A generic head before a title ("army spokesman", "ministry spokesman") and the names that body goes by. */
const HEADS: [RegExp, RegExp, EntityClass?][] = [
  [/^(?:army|military|armed forces)$/i, /\b(?:army|military|armed forces|defen[cs]e forces)\b/i, 'MilitaryForce'],
  [/^(?:navy|naval)$/i, /\bnavy\b/i],
  [/^air force$/i, /\bair force\b/i],
  [/^police$/i, /\bpolice\b/i],
  [/^coast guard$/i, /\bcoast guard\b/i],
  [/^(?:defen[cs]e )?ministry$/i, /\bministry\b/i],
  [/^department$/i, /\bdepartment\b/i],
  [/^(?:government|cabinet)$/i, /\bgovernment\b/i],
];
/** The head noun right before a title: "army spokesman", "the ministry's spokesman". */
export const GENERIC_HEAD = /\b((?:defen[cs]e )?ministry|army|military|armed forces|air force|navy|naval|police|coast guard|department|government|cabinet)(?:'s)? $/i;

/**
 * The body a generic head stands for: the one entity of that kind tied to the wanted country, or the only one of
 * that kind in the document when none is tied to a country.
 */
export function bodyOfHead(doc: AnnotatedDocument, head: string, country: string | undefined, voice?: Entity): Entity | undefined {
  const found = HEADS.find(([h]) => h.test(head.trim()));
  if (!found) return undefined;
  const [, names, cls] = found;
  if (voice && names.test(voice.label)) return voice;
  const fits = [...doc.entities.values()].filter(
    (e) => e.cls !== 'Person' && e.cls !== 'Country' && (e.cls === cls || e.names.some((n) => names.test(n))) && isBody(e),
  );
  const own = fits.filter((e) => country !== undefined && codeOf(e) === country);
  if (own.length >= 1) return own.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return fits.length === 1 && fits[0]!.country === undefined ? fits[0] : undefined;
}
