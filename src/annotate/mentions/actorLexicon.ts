// The actor lexicons (countries, organizations, places, titles, head words, non-entities, collective nouns) read
// once from lexicons/*.json and compiled into Map look-ups; recognition never reads a file per document.

import { readFileSync } from 'node:fs';
import type { EntityClass } from '../document.js';
import { LEXICON_DIR } from '../../paths.js';

/** What a known surface form stands for. */
export interface KnownName {
  canonical: string;
  cls: EntityClass;
  /** ISO code of the country it is (countries) or belongs to. */
  country?: string;
  kind: 'country' | 'capital' | 'seat' | 'organization' | 'place';
  /** A country's own armed forces ("Tatmadaw", "FARDC"): one actor with what the text calls its army or troops. */
  national?: boolean;
}

export interface TitleEntry {
  canonical: string;
  kind: 'rank' | 'head' | 'office';
}

export interface ActorLexicon {
  /** Exact surface → known name (acronyms and all forms). */
  exact: Map<string, KnownName>;
  /** Lower-cased surface → known name, for forms that are not all capitals. */
  folded: Map<string, KnownName>;
  /** Demonym (exact case, e.g. "Syrian", "U.S.") → ISO code. */
  demonyms: Map<string, string>;
  /** A name two countries share ("Congo") → their ISO codes: the article's other mentions tell which. */
  sharedCountryNames: Map<string, string[]>;
  /** ISO code → country's canonical name. */
  countryName: Map<string, string>;
  /** Title form → title, for every form in titles.json. */
  titles: Map<string, TitleEntry>;
  /** Longest title form in words, to bound look-ahead. */
  maxTitleWords: number;
  /** Capitalized head word(s) → class ("Ministry" → GovernmentAgency). */
  heads: Map<string, EntityClass>;
  /** Words in other languages that open an organization's name ("Grupo", "Frente", "Radio") → class. */
  openingHeads: Map<string, EntityClass>;
  /** Ship prefixes ("USS", "BRP"): a name after one is a vessel. */
  vesselPrefixes: Set<string>;
  /** Lower-case head word(s) after a name ("Gedo region", "Yonhap news agency"). */
  lowercaseHeads: Map<string, EntityClass>;
  /** Arabic organization-type words that open a group's name ("Jabhat", "Kata'ib") → English equivalent. */
  arabicOrgWords: Map<string, string>;
  nonPersonWords: Set<string>;
  /** Words that open place names ("Tal", "Deir", "Port"). */
  placeOpeners: Set<string>;
  possessiveNameWords: Set<string>;
  genericWords: Set<string>;
  stopWords: Set<string>;
  stopHeads: Set<string>;
  stopAcronyms: Set<string>;
  /** Whole names that are no actors (weapon systems: "Iron Dome", "HIMARS"). */
  stopPhrases: Set<string>;
  /** Regional and ethnic adjectives that modify a noun but name no actor ("African", "Kurdish"). */
  adjectives: Set<string>;
  forceNouns: string[];
  /** Nouns after which a force noun is an adjective ("military support", "military government"). */
  forceModifiedNouns: Set<string>;
  /** Lower-case nouns for parts of an organization ("refugee agency", "panel"): after its name they name a body of it. */
  subBodyHeads: Set<string>;
  governmentNouns: string[];
  administrationNouns: string[];
  officialNouns: string[];
  /** Collective noun phrase (lower case) → kind ("rebel groups" → "rebels"). */
  groupKinds: Map<string, string>;
  /** Definite description (lower case) → the class of antecedent it refers back to. */
  anaphora: Map<string, EntityClass>;
  /** Collective nouns that name an actor only with a modifier ("Shor-funded groups", "armed herder bands"). */
  modifierRequired: Set<string>;
  /** Collective nouns that name an actor only with a count ("two men", "three suspects"). */
  countRequired: Set<string>;
  /** People named by what they do ("students", "relatives"): actors only when counted ("about 200 students"). */
  countedPeople: Set<string>;
  /** Lower-case words that belong to a collective's name before its noun ("armed", "herder", "rights"). */
  groupModifiers: Set<string>;
  /** Lower-case words between a unit's owner and its force noun ("special", "counterterrorism"). */
  unitModifiers: Set<string>;
  /** Adjectives of peoples whose forces are an actor of their own ("Kurdish", "Tigrayan"). */
  forceAdjectives: Set<string>;
}

interface CountryRow {
  code: string;
  independent: boolean;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  seats?: string[];
}

const UN_BODY = /^United Nations (\p{Lu}.*)$/u;

function readLexicon<T>(file: string): T {
  return JSON.parse(readFileSync(`${LEXICON_DIR}/${file}`, 'utf8')) as T;
}

const isAllCaps = (s: string): boolean => /^[A-Z0-9.&-]+$/.test(s) && /[A-Z]/.test(s);

/** Apostrophe variants are one letter for look-ups: "Kata’ib" and "Kata'ib" are the same word. */
export function foldKey(s: string): string {
  return (QUOTE.test(s) ? s.replace(QUOTES, "'") : s).toLowerCase();
}
const QUOTE = /[’‘`]/;
const QUOTES = /[’‘`]/g;

function addName(lex: ActorLexicon, surface: string, known: KnownName): void {
  // The first claim wins: the lexicon files are ordered so that the more common reading comes first.
  if (!lex.exact.has(surface)) lex.exact.set(surface, known);
  // "LeT", "JeM": a mixed-case acronym folded to lower case would match common words ("Let me be clear").
  if (!isAllCaps(surface) && !/^\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]*$/u.test(surface)) {
    const k = foldKey(surface);
    if (!lex.folded.has(k)) lex.folded.set(k, known);
  }
}

let cached: ActorLexicon | undefined;

/** The compiled actor lexicon (read and compiled on first use, then shared). */
export function actorLexicon(): ActorLexicon {
  if (cached) return cached;
  const lex: ActorLexicon = {
    exact: new Map(),
    folded: new Map(),
    demonyms: new Map(),
    countryName: new Map(),
    sharedCountryNames: new Map(),
    titles: new Map(),
    maxTitleWords: 1,
    heads: new Map(),
    lowercaseHeads: new Map(),
    openingHeads: new Map(),
    vesselPrefixes: new Set(),
    arabicOrgWords: new Map(),
    nonPersonWords: new Set(),
    placeOpeners: new Set(),
    possessiveNameWords: new Set(),
    genericWords: new Set(),
    stopWords: new Set(),
    stopHeads: new Set(),
    stopAcronyms: new Set(),
    adjectives: new Set(),
    stopPhrases: new Set(),
    forceNouns: [],
    forceModifiedNouns: new Set(),
    subBodyHeads: new Set(),
    governmentNouns: [],
    administrationNouns: [],
    officialNouns: [],
    groupKinds: new Map(),
    anaphora: new Map(),
    modifierRequired: new Set(),
    countRequired: new Set(),
    countedPeople: new Set(),
    groupModifiers: new Set(),
    unitModifiers: new Set(),
    forceAdjectives: new Set(),
  };

  // Sovereign states claim shared names and demonyms first ("American" is the United States, not a territory).
  const countries = readLexicon<{ countries: CountryRow[] }>('countries.json').countries.sort((a, b) => Number(b.independent) - Number(a.independent));
  // Names that two countries share ("Congo") name neither.
  const nameCount = new Map<string, number>();
  for (const c of countries) for (const n of new Set(c.names)) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  for (const c of countries) {
    lex.countryName.set(c.code, c.name);
    for (const n of c.names) {
      if ((nameCount.get(n) ?? 0) > 1) {
        const codes = lex.sharedCountryNames.get(n) ?? [];
        if (!codes.includes(c.code)) lex.sharedCountryNames.set(n, [...codes, c.code]);
        continue;
      }
      addName(lex, n, { canonical: c.name, cls: 'Country', country: c.code, kind: 'country' });
    }
  }
  for (const c of countries) {
    for (const n of c.capitals) addName(lex, n, { canonical: n, cls: 'City', country: c.code, kind: 'capital' });
    for (const n of c.seats ?? []) addName(lex, n, { canonical: c.name, cls: 'Country', country: c.code, kind: 'seat' });
    for (const d of c.demonyms) if (!lex.demonyms.has(d)) lex.demonyms.set(d, c.code);
  }

  const orgs = readLexicon<{ organizations: { name: string; cls: EntityClass; country?: string; national?: boolean; names: string[] }[] }>('organizations.json');
  for (const o of orgs.organizations) {
    for (const n of [o.name, ...o.names]) {
      const known: KnownName = { canonical: o.name, cls: o.cls, kind: 'organization', ...(o.country ? { country: o.country } : {}), ...(o.national ? { national: true } : {}) };
      addName(lex, n, known);
      // "UN Interim Force in Lebanon", "U.N. Mission in South Sudan": news writes the United Nations short in its bodies' names.
      const un = UN_BODY.exec(n);
      if (un) for (const short of ['UN', 'U.N.']) addName(lex, `${short} ${un[1]!}`, known);
    }
  }
  const places = readLexicon<{ places: { name: string; cls: EntityClass; names?: string[] }[] }>('places.json');
  for (const p of places.places) {
    for (const n of [p.name, ...(p.names ?? [])]) addName(lex, n, { canonical: p.name, cls: p.cls, kind: 'place' });
  }

  const titles = readLexicon<{ titles: { canonical: string; kind: TitleEntry['kind']; forms: string[] }[] }>('titles.json');
  for (const t of titles.titles) {
    for (const f of t.forms) {
      if (!lex.titles.has(f)) lex.titles.set(f, { canonical: t.canonical, kind: t.kind });
      lex.maxTitleWords = Math.max(lex.maxTitleWords, f.split(/\s+/).length);
    }
  }

  const heads = readLexicon<{
    heads: Record<string, string[]>;
    lowercaseHeads: Record<string, string[]>;
    openingHeads: Record<string, string[]>;
    vesselPrefixes: string[];
    arabicOrgWords: Record<string, string>;
    nonPersonWords: string[];
    placeOpeners: string[];
    possessiveNameWords: string[];
    genericWords: string[];
  }>('orgHeads.json');
  for (const [cls, words] of Object.entries(heads.heads)) for (const w of words) if (!lex.heads.has(w)) lex.heads.set(w, cls as EntityClass);
  for (const [cls, words] of Object.entries(heads.lowercaseHeads)) for (const w of words) lex.lowercaseHeads.set(w, cls as EntityClass);
  for (const [cls, words] of Object.entries(heads.openingHeads)) for (const w of words) if (!lex.openingHeads.has(w)) lex.openingHeads.set(w, cls as EntityClass);
  for (const w of heads.vesselPrefixes) lex.vesselPrefixes.add(w);
  for (const [w, en] of Object.entries(heads.arabicOrgWords)) lex.arabicOrgWords.set(foldKey(w), en);
  for (const w of heads.nonPersonWords) lex.nonPersonWords.add(foldKey(w));
  for (const w of heads.placeOpeners) lex.placeOpeners.add(w);
  for (const w of heads.possessiveNameWords) lex.possessiveNameWords.add(foldKey(w));
  for (const w of heads.genericWords) lex.genericWords.add(w.toLowerCase());

  const non = readLexicon<{ words: string[]; stopHeads: string[]; acronyms: string[]; adjectives: string[]; phrases: string[] }>('nonEntities.json');
  for (const w of non.phrases) lex.stopPhrases.add(w);
  for (const w of non.adjectives) lex.adjectives.add(w);
  for (const w of non.words) lex.stopWords.add(w);
  for (const w of non.stopHeads) lex.stopHeads.add(w);
  for (const w of non.acronyms) lex.stopAcronyms.add(w);

  const coll = readLexicon<{
    forceNouns: string[];
    forceModifiedNouns: string[];
    subBodyHeads: string[];
    governmentNouns: string[];
    administrationNouns: string[];
    officialNouns: string[];
    groupKinds: Record<string, string[]>;
    anaphora: Record<string, string[]>;
    modifierRequired: string[];
    countRequired: string[];
    countedPeople: string[];
    groupModifiers: string[];
    unitModifiers: string[];
    forceAdjectives: string[];
  }>('collectives.json');
  lex.modifierRequired = new Set(coll.modifierRequired);
  lex.countRequired = new Set(coll.countRequired);
  lex.countedPeople = new Set(coll.countedPeople);
  lex.groupModifiers = new Set(coll.groupModifiers);
  lex.unitModifiers = new Set(coll.unitModifiers);
  lex.forceAdjectives = new Set(coll.forceAdjectives);
  lex.forceNouns = coll.forceNouns;
  lex.forceModifiedNouns = new Set(coll.forceModifiedNouns);
  lex.subBodyHeads = new Set(coll.subBodyHeads);
  lex.governmentNouns = coll.governmentNouns;
  lex.administrationNouns = coll.administrationNouns;
  lex.officialNouns = coll.officialNouns;
  for (const [kind, phrases] of Object.entries(coll.groupKinds)) for (const p of phrases) lex.groupKinds.set(p, kind);
  for (const [cls, phrases] of Object.entries(coll.anaphora)) for (const p of phrases) lex.anaphora.set(p, cls as EntityClass);

  cached = lex;
  return lex;
}
