// Finds every mention of an actor or place in a document: proper names sentence by sentence, collective and
// descriptive phrases, then one document-wide pass that types lone names from their other mentions and drops the
// ones nothing types.

import { ORGANIZATION_CLASSES, PLACE_CLASSES, type AnnotatedDocument, type EntityClass, type Mention } from '../document.js';
import { actorLexicon, type ActorLexicon } from './actorLexicon.js';
import type { Candidate } from './candidate.js';
import { subBodyCandidates } from './subBodies.js';
import { collectiveCandidates, compileCollectives, NATIONAL_FORCE_RULE, type CollectivePatterns } from './collectivePhrases.js';
import { findChains, lookupName, nameCandidates } from './nameChains.js';
import { joinStatedAliases } from './statedAliases.js';
import { scanWords } from './words.js';
import { matchesOf } from '../matchesOf.js';

export interface MentionFinder {
  find(doc: AnnotatedDocument): Mention[];
}

/** Rules that type a name only from a word next to it. */
const WEAK_RULES = new Set(['name:speaker', 'name:locative', 'name:alias-context', 'name:other']);
const DATELINE_AFTER = /^\s*(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s+(?:(?:of|the|and|de)\s+)?\p{Lu}[\p{L}.'’]*)*\s*)?(?:\([^)]*\)\s*)?[—–]/u;
const PERSON_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar)[-‐]/i;

/** Builds a finder with the lexicons and patterns compiled once. */
export function createMentionFinder(lex: ActorLexicon = actorLexicon()): MentionFinder {
  const pats: CollectivePatterns = compileCollectives(lex);
  return { find: (doc) => findMentions(lex, pats, doc) };
}

function findMentions(lex: ActorLexicon, pats: CollectivePatterns, doc: AnnotatedDocument): Mention[] {
  const text = doc.text;
  const all: Candidate[] = [];
  let lastCountry: string | undefined;
  for (const s of doc.sentences) {
    // Related-article lines and repeated headlines belong to other articles or repeat this one.
    if (s.furniture === 'related' || s.furniture === 'headline') continue;
    // "PRC-BASED SUPPLIER", "SANCTIONS IMPLICATIONS": a section heading in capitals labels what follows; it names no one.
    if (s.furniture !== 'dateline' && CAPS_HEADING.test(text.slice(s.start, s.end))) continue;
    const words = scanWords(text, s.start, s.end);
    const chains = findChains(lex, text, words);
    const names: Candidate[] = [];
    for (const chain of chains) {
      const first = chain[0]!;
      const last = chain[chain.length - 1]!;
      const dateline = s.furniture === 'dateline' || (first.start === s.start && s.index <= 1 && DATELINE_AFTER.test(text.slice(last.end, last.end + 40)));
      names.push(...nameCandidates(lex, { text, sentence: s.index, sentenceStart: s.start, sentenceEnd: s.end, dateline }, [chain]));
    }
    const recentCountry = (): string | undefined => lastCountry;
    const colls = collectiveCandidates(lex, pats, text, s.index, s.start, s.end, words, names, recentCountry);
    for (const c of names) {
      if (c.cls === 'Country' && c.canonical) lastCountry = countryCode(lex, c.canonical) ?? lastCountry;
    }
    const media = stateMedia(text, s.index, s.start, s.end);
    const kept = media.length ? names.filter((c) => !media.some((m) => c.start >= m.start && c.end <= m.end)) : names;
    all.push(...kept, ...colls, ...media, ...subBodyCandidates(lex, text, s.index, words, kept), ...(s.furniture ? [] : compassRegions(text, s.index, kept)));
  }
  return typeAndEmit(lex, text, ownForces(lex, text, all));
}

/**
 * "the army", "the air force", "junta troops": the force of the country the article is about, the one it names most
 * (as a country, or by its forces or government: "Beninese troops", "the Malian government"); of equal counts, the
 * one named first. With no country in the article, nobody's.
 */
function ownForces(lex: ActorLexicon, text: string, all: Candidate[]): Candidate[] {
  if (!all.some((c) => c.rule === NATIONAL_FORCE_RULE || c.canonical === 'junta forces')) return all;
  const named = new Map<string, number>();
  for (const c of all) {
    if (!c.canonical || c.rule === NATIONAL_FORCE_RULE) continue;
    const code = c.cls === 'Country' ? countryCode(lex, c.canonical) : c.rule.startsWith('collective:country-') ? countryCode(lex, c.canonical.replace(OWN_BODY, '')) : undefined;
    if (code) named.set(code, (named.get(code) ?? 0) + 1);
  }
  // Map keeps insertion order and sort is stable: of equal counts, the country named first.
  const home = [...named.keys()].sort((a, b) => named.get(b)! - named.get(a)!)[0];
  const country = home ? lex.countryName.get(home) : undefined;
  const out: Candidate[] = [];
  for (const c of all) {
    if (c.rule === NATIONAL_FORCE_RULE) {
      if (country) out.push({ ...c, canonical: `${country} ${c.canonical}` });
    } else if (c.canonical === 'junta forces' && country && /^junta\b/i.test(text.slice(c.start, c.end))) {
      out.push({ ...c, canonical: `${country} military` });
    } else out.push(c);
  }
  return out;
}
const OWN_BODY = /\s+(?:military|air force|navy|marines|police|government|administration)$/;

const STATE_MEDIA = /\b[Ss]tate(?:[- ](?:run|owned))?\s+(television|TV|radio|media|broadcaster)\b/g;

/**
 * "said on state television", "State TV reported": the state's broadcaster, an outlet the GUIDE counts when it reports
 * or is told something ("Islamic State media" is the group's).
 */
function stateMedia(text: string, sentence: number, start: number, end: number): Candidate[] {
  const slice = text.slice(start, end);
  if (!slice.includes('tate')) return [];
  const out: Candidate[] = [];
  for (const m of matchesOf(STATE_MEDIA, slice)) {
    const at = start + m.index;
    if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(start, at - 20), at)) && m[0][0] === 'S') continue;
    // "state broadcaster ORTM": the noun introduces the outlet's own name.
    if (/^\s+\p{Lu}/u.test(text.slice(at + m[0].length, at + m[0].length + 3))) continue;
    const noun = m[1] === 'TV' ? 'television' : m[1]!;
    out.push({ start: at, end: at + m[0].length, sentence, cls: 'MediaOutlet', form: 'description', rule: 'collective:state-media', nameable: true, canonical: `state ${noun}` });
  }
  return out;
}

const GEO_HEAD = /^(\p{Lu}[\p{L}'’-]+)\s+(?:River|Sea|Strait|Valley|Mountains|Lake|Gulf|Desert|Plateau|Basin)$/u;
/** A hyphenated given name whose second syllable is lower case ("Ching-te", "Jong-un"). */
const FAMILY_FIRST_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const CAPS_HEADING = /^[\s\p{Lu}\d'’&,/-]{3,80}$/u;
const CITY_PART = /^['’]s\s+(?:north|south|east|west|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+(?:suburbs|outskirts|districts|neighbou?rhoods)\b/;
const LOWER_COMPASS = /\b(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+$/;

/** "south Lebanon", "northern Kosovo": a lowercase compass word before a country names a region of it; so does a city's compass part. */
function compassRegions(text: string, sentence: number, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of names) {
    // "Beirut's southern suburbs": the part of a city the text names is a place of its own.
    const part = c.cls === 'City' || c.cls === 'Place' ? CITY_PART.exec(text.slice(c.end, c.end + 40)) : null;
    if (part) out.push({ start: c.start, end: c.end + part[0].length, sentence, cls: 'Place', form: 'name', rule: 'name:city-part', nameable: true, canonical: text.slice(c.start, c.end + part[0].length) });
    if (c.cls !== 'Country' || c.form !== 'name') continue;
    const m = LOWER_COMPASS.exec(text.slice(Math.max(0, c.start - 16), c.start));
    // "northern Iraq's Duhok province": the possessive makes the country the owner of what follows, not a region.
    if (!m || /^['’]s\b/.test(text.slice(c.end, c.end + 3))) continue;
    const start = c.start - m[0].length;
    out.push({ start, end: c.end, sentence, cls: 'Region', form: 'name', rule: 'name:compass-country', nameable: true, canonical: text.slice(start, c.end) });
  }
  return out;
}

function countryCode(lex: ActorLexicon, name: string): string | undefined {
  return lex.exact.get(name)?.country;
}

/** The surname by which a person's full name is later shortened ("Bashar al-Assad" → "Assad"). */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  return surnameKey(parts[parts.length - 1]!);
}

/** A surname compared without its article or case: "Al-Sayegh" and "al-Sayegh" are "sayegh". */
export function surnameKey(word: string): string {
  return word.replace(PERSON_PARTICLE, '').toLowerCase();
}

/**
 * The words by which a person's full name is written short: the surname, and in names of three words or more every
 * later word ("José Adolfo Macías Villamar" is "Macías"; "Mohd Rafiq Hashim" is "Rafiq"), as surname keys.
 */
function personShortWords(text: string, all: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of all) {
    if (c.cls !== 'Person' || c.form !== 'name' || WEAK_RULES.has(c.rule)) continue;
    const parts = text.slice(c.start, c.end).split(/\s+/);
    if (parts.length < 2) continue;
    out.add(surnameKey(parts[parts.length - 1]!));
    if (parts.length >= 3) for (const w of parts.slice(1, -1)) if (/^\p{Lu}\p{Ll}{2,}/u.test(w) && !/\.$/.test(w)) out.add(surnameKey(w));
  }
  return out;
}

/** How many different full names of persons open with each given name ("Getachew Reda" → Getachew: 1). */
function personGivenNames(text: string, all: readonly Candidate[]): Map<string, number> {
  const full = new Map<string, Set<string>>();
  for (const c of all) {
    if (c.cls !== 'Person' || c.form !== 'name' || WEAK_RULES.has(c.rule)) continue;
    const name = text.slice(c.start, c.end);
    const given = name.split(/\s+/)[0]!;
    if (!/\s/.test(name) || !/^\p{Lu}\p{Ll}{2,}$/u.test(given)) continue;
    let names = full.get(given);
    if (!names) full.set(given, (names = new Set()));
    names.add(name);
  }
  return new Map([...full].map(([given, names]) => [given, names.size]));
}

const BRACKET_OPEN = /^\s*\(\s*$/;
const BRACKET_CLOSE = /^\s*\)/;

/**
 * "Al-Rawda Trading and Import Company (Al-Rawda)", "Fuad Yahya Sharaf al-Din (Sharaf al-Din)": a short name the
 * article defines in brackets after the full one is of the full one's kind, however the words around its later
 * mentions would type it.
 */
function typeBracketAliases(text: string, all: Candidate[]): void {
  for (const c of all) {
    if (c.form !== 'name' || !(c.cls === null || WEAK_RULES.has(c.rule))) continue;
    if (!BRACKET_CLOSE.test(text.slice(c.end, c.end + 2)) || !/\(\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) continue;
    const full = all.find((p) => p.sentence === c.sentence && p.end < c.start && p.cls !== null && p.form !== 'description' && !WEAK_RULES.has(p.rule) && BRACKET_OPEN.test(text.slice(p.end, c.start)));
    if (!full) continue;
    const short = text.slice(c.start, c.end).toLowerCase();
    const long = ` ${text.slice(full.start, full.end).toLowerCase()} `;
    if (short.length >= 3 && long.includes(` ${short} `)) Object.assign(c, { cls: full.cls, rule: 'name:bracket-alias' });
  }
}

/** Whether two names stand next to each other in a list ("A, B and C"). */
function listGap(text: string, a: Candidate, b: Candidate): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return y.start > x.end && LIST_GAP.test(text.slice(x.end, y.start));
}

const PLACES_OF = /\b(?:departments|provinces|regions|districts|states|towns|cities|villages|municipalities|governorates|counties|areas)\s+of\s+(?:the\s+)?$/i;
const SHARED_HEAD_AFTER = /^\s+(state|province|region|district|governorate)s\b/;
const LISTED_WITH = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;
const PERSON_AFTER = /^,?\s+(?:(?:who|whom|alias|aka)(?![\p{L}])|a\.k\.a\.|known\s+as\s+["“])/u;
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const ROLE_NOUN_BEFORE = /\b(?!(?:after|under|over|never|either|neither|other|whether|per|for|or|ever|sooner|later)\s)\p{Ll}+(?:ive|ant|ent|er|or|ist|man|woman|person|ian|ee)\s+$/u;

/**
 * Names listed together are of one kind: in "designating Saraya Awliya al-Dam, Ashab al-Kahf and Usbat
 * al-Thaireen", the first is typed by its head word and the others, shaped like personal names, follow it.
 */
function retypeListMembers(text: string, cands: Candidate[]): void {
  const names = cands.filter((c) => c.form === 'name' && c.cls !== null);
  let i = 0;
  while (i < names.length) {
    let j = i;
    while (j + 1 < names.length && names[j + 1]!.sentence === names[i]!.sentence && LIST_GAP.test(text.slice(names[j]!.end, names[j + 1]!.start))) j++;
    if (j > i) {
      const list = names.slice(i, j + 1);
      // "The Council for Peace and Omar Belkadi met": a head typed through "for" is weaker evidence than a person's shape.
      const org = list.find((c) => ORGANIZATION_CLASSES.has(c.cls!) && ((c.rule === 'name:head-word' && !/ for /.test(text.slice(c.start, c.end))) || c.rule.startsWith('name:lexicon')));
      // "in Rafah and Khan Younis": places after a locative preposition.
      const place = list.find((c) => PLACE_CLASSES.has(c.cls!) && (c.rule === 'name:locative' || c.rule === 'name:place-context'));
      const model = org ?? place;
      // "run by CJNG operative Alfredo Ruiz Barajas, and Inmobiliaria X": a name after a role noun stays a person.
      // "..., and Wilmer Chavarría Barre, known as "Pipo," who heads Y": a name that "who" or an alias follows is a person's.
      if (model) for (const c of list) if ((c.rule === 'name:person-shape' || c.rule === 'name:group-context') && !ROLE_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) && !PERSON_AFTER.test(text.slice(c.end, c.end + 20))) Object.assign(c, { cls: model.cls, rule: 'name:list-member' });
    }
    i = j + 1;
  }
}

/**
 * Two readings that only the rest of the article settles: a name two countries share ("Congo") is the one the
 * article names in full; a capital listed with countries ("Kinshasa, the United States and the U.N. urged") is its
 * country.
 */
function countriesInContext(lex: ActorLexicon, text: string, cands: Candidate[]): void {
  const codes = new Set<string>();
  for (const c of cands) if (c.cls === 'Country' && c.canonical) codes.add(countryCode(lex, c.canonical) ?? '');
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.form === 'description') continue;
    const s = text.slice(c.start, c.end);
    const shared = lex.sharedCountryNames.get(s);
    if (shared) {
      const code = shared.filter((x) => codes.has(x));
      if (code.length === 1) Object.assign(c, { cls: 'Country', rule: 'name:lexicon-country', canonical: lex.countryName.get(code[0]!)!, form: 'name' });
      continue;
    }
    if (c.rule !== 'name:lexicon-capital') continue;
    const k = lex.exact.get(s) ?? lookupName(lex, s);
    if (!k?.country || /^\p{Lu}+$/u.test(s.replace(/[-\s]/g, ''))) continue;
    // "NAIROBI, Kenya (AP)", "in Bangui, Central African Republic": a capital followed by its own country is the city.
    const ownCountry = (o: Candidate): boolean => o.start > c.start && o.cls === 'Country' && !!o.canonical && countryCode(lex, o.canonical) === k.country;
    const neighbour = [cands[i - 1], cands[i + 1]].find((o) => o && o.sentence === c.sentence && o.form !== 'description' && o.cls !== null && (o.cls === 'Country' || ORGANIZATION_CLASSES.has(o.cls)) && !ownCountry(o) && LISTED_WITH.test(o.start < c.start ? text.slice(o.end, c.start) : text.slice(c.end, o.start)));
    if (neighbour && !/\b(?:in|at|near|from|to|into)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start))) {
      Object.assign(c, { cls: 'Country', rule: 'name:capital-for-country', form: 'capital', canonical: lex.countryName.get(k.country) ?? k.canonical });
    }
  }
  // One name, one actor: once the article uses a capital for its country, the capital's other mentions join the country.
  const asCountry = new Map<string, Candidate>();
  for (const c of cands) if (c.rule === 'name:capital-for-country') asCountry.set(text.slice(c.start, c.end).toLowerCase(), c);
  if (asCountry.size === 0) return;
  for (const c of cands) {
    if (c.rule !== 'name:lexicon-capital') continue;
    const model = asCountry.get(text.slice(c.start, c.end).toLowerCase());
    if (model) Object.assign(c, { cls: 'Country', rule: 'name:capital-for-country', form: 'capital', canonical: model.canonical });
  }
}

function typeAndEmit(lex: ActorLexicon, text: string, all: Candidate[]): Mention[] {
  typeBracketAliases(text, all);
  const surfaceClass = new Map<string, EntityClass>();
  const surnames = new Set<string>();
  // Surfaces that some mention types by lexicon, head word or shape: a person's short name yields to them.
  const strongSurfaces = new Set<string>();
  for (const c of all) if (c.cls !== null && c.form !== 'description' && !WEAK_RULES.has(c.rule)) strongSurfaces.add(text.slice(c.start, c.end).toLowerCase());
  const personWords = personShortWords(text, all);
  const givenNames = personGivenNames(text, all);
  // Strong evidence (lexicon, head word, shape) types a surface before weak evidence (a verb or preposition nearby).
  const ordered = [...all.filter((c) => !WEAK_RULES.has(c.rule)), ...all.filter((c) => WEAK_RULES.has(c.rule))];
  for (const c of ordered) {
    if (c.cls === null || c.form === 'description') continue;
    const s = text.slice(c.start, c.end);
    if (!surfaceClass.has(s.toLowerCase())) surfaceClass.set(s.toLowerCase(), c.cls);
    if (c.cls === 'Person' && /\s/.test(s)) {
      surnames.add(surnameOf(s));
      // "Lai Ching-te … Lai said": a Chinese or Korean name puts the family name first, before a hyphenated given name.
      const parts = s.split(/\s+/);
      if (parts.length === 2 && FAMILY_FIRST_GIVEN.test(parts[1]!)) surnames.add(surnameKey(parts[0]!));
    }
    // "Gedo region" types a bare "Gedo".
    if (c.rule === 'name:lowercase-head') {
      const bare = s.replace(/\s+\S+(?:\s+agency)?$/, '').toLowerCase();
      if (!surfaceClass.has(bare)) surfaceClass.set(bare, c.cls);
    }
  }
  // Names written short: "Karabakh" for "Nagorno-Karabakh"; "Kivu Minerals" for "Kivu Minerals SARLU".
  const placeTails = new Map<string, EntityClass>();
  const orgNames: [string, EntityClass][] = [];
  // "the Litani River ... south of the Litani": a river, sea or range named again without its head is the same place.
  const geoShort = new Map<string, string>();
  for (const c of all) {
    if (c.cls === null || c.form === 'description') continue;
    const s = text.slice(c.start, c.end);
    if (PLACE_CLASSES.has(c.cls) && /^[^\s]+[-‐]\p{Lu}\p{Ll}{3,}$/u.test(s)) placeTails.set(s.split(/[-‐]/).pop()!, c.cls);
    if (ORGANIZATION_CLASSES.has(c.cls) && /\s/.test(s)) orgNames.push([s, c.cls]);
    const geo = PLACE_CLASSES.has(c.cls) ? GEO_HEAD.exec(s) : null;
    if (geo) geoShort.set(geo[1]!, s);
  }
  const bySentence = new Map<number, Candidate[]>();
  for (const c of all) {
    let list = bySentence.get(c.sentence);
    if (!list) bySentence.set(c.sentence, (list = []));
    list.push(c);
  }
  const kept: Candidate[] = [];
  for (const c of all) {
    const s = text.slice(c.start, c.end);
    if (c.cls === 'Person' && c.rule === 'name:person-shape') {
      const org = orgNames.find(([n]) => n.startsWith(`${s} `));
      if (org) {
        kept.push({ ...c, cls: org[1], rule: 'name:short-form' });
        continue;
      }
    }
    if (c.rule === 'collective:person-government') {
      const owner = s.replace(/\s+\S+$/, '');
      const cls = surfaceClass.get(owner.toLowerCase());
      if (cls && PLACE_CLASSES.has(cls)) {
        kept.push({ ...c, rule: 'collective:place-government' });
        continue;
      }
    }
    const full = c.cls !== null && PLACE_CLASSES.has(c.cls) && c.canonical === undefined ? geoShort.get(s) : undefined;
    if (full) {
      kept.push({ ...c, canonical: full, rule: 'name:short-form' });
      continue;
    }
    // "entered Machar's residence", "loyal to Bachir", "sanctioned Los Choneros and Macías": a lone word that is part
    // of a person's full name elsewhere in the article is that person, whatever preposition or list it stands in.
    if ((c.cls === null || WEAK_RULES.has(c.rule) || c.rule === 'name:same-surface') && c.form === 'name' && !/\s/.test(s) && personWords.has(surnameKey(s)) && !strongSurfaces.has(s.toLowerCase())) {
      kept.push({ ...c, cls: 'Person', rule: 'name:surname' });
      continue;
    }
    if (c.cls !== null) {
      // A weak reading yields to what the same name is elsewhere ("Al-Shabab says" after "the al-Shabab militia").
      const strong = WEAK_RULES.has(c.rule) ? surfaceClass.get(s.toLowerCase()) : undefined;
      kept.push(strong && strong !== c.cls ? { ...c, cls: strong, rule: 'name:same-surface' } : c);
      continue;
    }
    const cls = surfaceClass.get(s.toLowerCase()) ?? placeTails.get(s);
    if (cls) kept.push({ ...c, cls, rule: 'name:same-surface' });
    else if (surnames.has(surnameKey(s))) kept.push({ ...c, cls: 'Person', rule: 'name:surname' });
    // "Lemma Tessfay … Lemma, now a minister, told AFP": where names carry no family name, the given name is the short form.
    // "Anna, a neighbour, said": an indefinite apposition introduces someone new.
    else if (givenNames.get(s) === 1 && !/^,\s+(?:a|an)\s/.test(text.slice(c.end, c.end + 5))) kept.push({ ...c, cls: 'Person', rule: 'name:given-name' });
    else {
      // "backed by Russia, Iran and Hezbollah": a lone unknown name listed with countries or organizations is an organization.
      const listed = bySentence.get(c.sentence)!.find((o) => o !== c && o.cls !== null && (o.cls === 'Country' || ORGANIZATION_CLASSES.has(o.cls)) && o.form !== 'description' && listGap(text, o, c));
      // "the Ministry of Rural Rehabilitation and Development": a lone word after "and" ends the portfolio of the body before it.
      const portfolio = bySentence.get(c.sentence)!.some((o) => / of /.test(text.slice(o.start, o.end)) && o.end < c.start && /^\s+and\s+$/.test(text.slice(o.end, c.start)));
      // "the departments of Guatemala and Escuintla": a list of places opened by a plural place noun.
      const first = listed ? Math.min(listed.start, c.start) : c.start;
      const places = listed && PLACES_OF.test(text.slice(Math.max(0, first - 40), first));
      if (listed && places) kept.push({ ...c, cls: 'Place', rule: 'name:listed-with-places' });
      else if (listed && !portfolio) kept.push({ ...c, cls: 'Organization', rule: 'name:listed-with-actors' });
      else {
        // "in Benghazi, Sirte and across the south", "around Nasir and Ulang": a lone unknown name listed with places is a place.
        // The place must come first: in "Jammu and Kashmir" the unknown name opens one place's two-part name.
        const place = bySentence.get(c.sentence)!.find((o) => o !== c && o.end < c.start && o.cls !== null && PLACE_CLASSES.has(o.cls) && o.form !== 'description' && listGap(text, o, c));
        if (place) {
          // "Sokoto and Kebbi states": the last name of a list with a plural head is that kind of region.
          const head = SHARED_HEAD_AFTER.exec(text.slice(c.end, c.end + 20));
          kept.push({ ...c, cls: head ? 'Region' : 'Place', rule: 'name:listed-with-places', ...(head ? { canonical: `${s} ${head[1]}` } : {}) });
          // The next unknown name of the same list follows this one ("in Gojjam, Gondar and Shewa").
          c.cls = 'Place';
        }
      }
    }
  }
  // Unresolved government-of-name phrases whose name turned out not to be a person stay as they are.
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  countriesInContext(lex, text, kept);
  retypeListMembers(text, kept);
  joinStatedAliases(text, kept);
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const c of kept) {
    const id = `${c.start}:${c.end}:${c.cls}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const m: Mention = {
      id: mentions.length,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      sentence: c.sentence,
      cls: c.cls!,
      form: c.form,
      rule: c.rule,
      nameable: c.nameable,
    };
    if (c.canonical !== undefined) m.canonical = c.canonical;
    mentions.push(m);
  }
  return mentions;
}
