// Unnamed actors named by their words: a country's forces and government ("Kenyan troops", "the Syrian regime",
// "North Korea's military"), groups of people ("Iran-aligned militia groups", "rebel groups") and definite
// descriptions that point back to a named actor ("the group", "the regime").

import type { EntityClass } from '../document.js';
import type { ActorLexicon } from './actorLexicon.js';
import type { Candidate } from './candidate.js';
import { branchOf, lookupName } from './nameChains.js';
import type { Word } from './words.js';

type NounKind = 'force' | 'government' | 'administration' | 'official' | 'group' | 'anaphora';

export interface CollectivePatterns {
  kindOf: Map<string, NounKind>;
  /** Longest phrase, in words. */
  maxWords: number;
  /** First words of every phrase: a word outside this set starts none. */
  firstWords: Set<string>;
}

const FUNCTION_WORD = /^(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who|as|is|are|was|were|be|been|has|have|had|its|their|his|her|our|these|those|this|some|all|any|no|not|more|than|about|roughly|nearly|around|least|over|under|some|several|many|dozens|hundreds|thousands|also|both|other|said|says|told)$/i;
const KNOWN_AS_AFTER = /^,?\s+(?:known\s+as|called|dubbed|named)\s+(?:the\s+)?["“]?\p{Lu}/u;
const COMPOSED_OF = /\b(?:coalition|alliance|network|umbrella\s+(?:group|organi[sz]ation)|federation|confederation|merger)\s+of\s+(?:\p{Ll}+\s+){0,2}$/u;
const POLICE = /\bpolice(?:men)?\b/;
const DETERMINER = /^(?:the|these|those|its|their|his|her|our|some|all|many|several|other|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|of|roughly|nearly|about|around|least|at|\d[\d,]*)$/i;

/** Compiles the collective-noun lexicon into a phrase → kind Map, looked up word by word. */
export function compileCollectives(lex: ActorLexicon): CollectivePatterns {
  const kindOf = new Map<string, NounKind>();
  for (const n of lex.forceNouns) kindOf.set(n, 'force');
  for (const n of lex.governmentNouns) kindOf.set(n, 'government');
  for (const n of lex.administrationNouns) kindOf.set(n, 'administration');
  for (const n of lex.officialNouns) kindOf.set(n, 'official');
  for (const n of lex.groupKinds.keys()) if (!kindOf.has(n)) kindOf.set(n, 'group');
  for (const n of lex.anaphora.keys()) kindOf.set(n, 'anaphora');
  const maxWords = Math.max(...[...kindOf.keys()].map((k) => k.split(' ').length));
  const firstWords = new Set([...kindOf.keys()].map((k) => k.split(' ')[0]!));
  return { kindOf, maxWords, firstWords };
}

interface Modifier {
  start: number;
  end: number;
  country?: string;
  /** A name candidate the noun belongs to ("LNA forces", "Assad government"). */
  owner?: Candidate;
}

/** Finds collective-actor and description candidates in one sentence. */
export function collectiveCandidates(
  lex: ActorLexicon,
  pats: CollectivePatterns,
  text: string,
  sentence: number,
  from: number,
  to: number,
  words: readonly Word[],
  names: readonly Candidate[],
  recentCountry: () => string | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  const nameByEnd = new Map<number, Candidate>();
  for (const c of names) nameByEnd.set(c.end, c);
  // Phrases are looked up word by word (longest first) in a Map: one pass over the sentence's words.
  for (let wi = 0; wi < words.length; wi++) {
    if (!pats.firstWords.has(words[wi]!.text.toLowerCase())) continue;
    // Inside a capitalized name ("Specially Designated Global Terrorists") the noun is part of the name.
    const prevWord = words[wi - 1];
    if (words[wi]!.cap && prevWord?.cap && /^\s+$/.test(text.slice(prevWord.end, words[wi]!.start)) && !/^(?:Coalition|Kenyan|[A-Z]\.)/.test(prevWord.text) && !lex.demonyms.has(prevWord.text)) continue;
    let kind: NounKind | undefined;
    let phrase = '';
    let last = wi;
    for (let n = Math.min(pats.maxWords, words.length - wi); n >= 1 && !kind; n--) {
      let p = words[wi]!.text.toLowerCase();
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const a = words[wi + k - 1]!;
        const b = words[wi + k]!;
        if (a.possessive || a.compound || b.prefix || !/^\s+$/.test(text.slice(a.end, b.start))) ok = false;
        else p += ' ' + b.text.toLowerCase();
      }
      if (!ok) continue;
      const hit = pats.kindOf.get(p);
      if (hit) {
        kind = hit;
        phrase = p;
        last = wi + n - 1;
      }
    }
    if (!kind) continue;
    const firstWord = wi;
    const ms = words[wi]!.start;
    const me = words[last]!.end;
    wi = last;
    // "the army said", "the army's elite unit": the state's own armed force, named by its noun alone; whose it is
    // the article settles (findMentions gives it the article's country).
    if (kind === 'force') {
      const national = nationalForce(text, from, words, firstWord, last, phrase);
      if (national) {
        out.push({ start: ms, end: me, sentence, cls: 'MilitaryForce', form: 'description', rule: NATIONAL_FORCE_RULE, nameable: true, canonical: national });
        continue;
      }
    }
    if (words[last]!.possessive && kind !== 'anaphora') continue;

    if (kind === 'anaphora') {
      // "the Department of State" is a name, not a description.
      if (/^\s+(?:of\b|\p{Lu})/u.test(text.slice(me, me + 6))) continue;
      // "the Movement for Justice", "the Front for Change": a capitalized noun with "for"/"in" and a name opens a name.
      if (words[last]!.cap && /^\s+(?:for|in)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(me, me + 12))) continue;
      const cls = lex.anaphora.get(phrase)!;
      out.push({ start: ms, end: me, sentence, cls, form: 'description', rule: 'description:anaphora', nameable: false });
      continue;
    }
    let modEnd = ms;
    // "Iran's military support", "the military government": the force noun only describes the noun after it.
    const after = words[last + 1];
    // "Kabul police spokesman X": a town's police has a spokesman of its own, so it stays an actor.
    const townPolice = POLICE.test(phrase) && after && /^spokes/i.test(after.text) && nameByEnd.has(ms - 1);
    if (kind === 'force' && after && !townPolice && lex.forceModifiedNouns.has(after.text.toLowerCase()) && /^\s+$/.test(text.slice(me, after.start))) continue;
    if (kind === 'force') {
      const coalition = /\b(coalition)\s+$/i.exec(tail(text, from, ms));
      if (coalition) {
        const cs = ms - coalition[0].length;
        modEnd = cs;
        if (/^C/.test(coalition[1]!)) {
          out.push({ start: cs, end: cs + coalition[1]!.length, sentence, cls: 'InternationalOrganization', form: 'name', rule: 'name:coalition', nameable: true, canonical: 'Coalition' });
          out.push({ start: cs, end: me, sentence, cls: 'InternationalOrganization', form: 'name', rule: 'name:coalition-forces', nameable: true, canonical: 'Coalition' });
        } else {
          out.push({ start: cs, end: me, sentence, cls: 'CollectiveActor', form: 'description', rule: 'collective:coalition-forces', nameable: true, canonical: 'coalition forces' });
        }
        // "U.S. and Coalition forces": the countries before still have forces of their own.
        if (!/\band\s+$/.test(tail(text, from, cs))) continue;
        modEnd = cs - (/\band\s+$/.exec(tail(text, from, cs))![0].length);
      }
    }
    const mods = modifiersBefore(kind === 'government' || kind === 'administration', lex, text, modEnd, words, nameByEnd, recentCountry);
    if (modEnd !== ms && mods.length) {
      for (const mod of mods) {
        const c = collectiveFor(lex, text, kind, phrase, mod, { start: mod.start, end: mod.end, sentence }, false);
        if (c) out.push(c);
      }
      continue;
    }
    if (kind === 'group') {
      // "local militias known as the Wazalendo": the name that follows is the actor.
      if (KNOWN_AS_AFTER.test(text.slice(me, me + 30))) continue;
      // 'the "terrorists" had been repelled': a word in scare quotes is a speaker's label for someone, not a group of its own.
      if (/["“‘']$/.test(text.slice(Math.max(from, ms - 1), ms)) && /^["”’']/.test(text.slice(me, me + 1))) continue;
      // "a coalition of local gangs": what a named group is made of describes it; it is no actor of its own.
      if (COMPOSED_OF.test(tail(text, from, mods.length ? Math.min(...mods.map((x) => x.start)) : ms))) continue;
      const groupKind = lex.groupKinds.get(phrase) ?? phrase;
      // "armed Nuer youths", "Displaced families": people named by what they do are actors only when counted.
      if (lex.countedPeople.has(groupKind) && !COUNT_BEFORE.test(tail(text, from, mods.length ? Math.min(...mods.map((x) => x.start)) : describedFrom(lex, text, words, firstWord)))) continue;
      // "Shor-funded groups", "AU member states", "the U.S.-led coalition": named by their modifiers, not by their kind.
      const ownName = lex.modifierRequired.has(groupKind) || groupKind === 'member states';
      if (groupKind === 'coalition') {
        // "coalition forces" is read at its force noun.
        // "the Viv Ansanm coalition" is the named group's own; only a leader or sponsor ("U.S.-led", "Saudi") makes one of its own.
        if (!mods.length || mods.some((x) => x.owner) || (after && lex.forceNouns.includes(after.text.toLowerCase()))) continue;
        const cs = Math.min(...mods.map((x) => x.start));
        out.push({ start: cs, end: me, sentence, cls: 'InternationalOrganization', form: 'name', rule: 'name:led-coalition', nameable: true, canonical: text.slice(cs, me) });
        continue;
      }
      const owner = mods.find((x) => x.owner)?.owner;
      if (owner && owner.cls !== 'Country' && owner.cls !== 'Person' && mods.length === 1 && !ownName) {
        out.push({ start: owner.start, end: me, sentence, cls: owner.cls ?? 'ArmedGroup', form: 'description', rule: 'collective:members-of-group', nameable: /militia/.test(phrase), canonical: text.slice(owner.start, owner.end) });
        continue;
      }
      let start = mods.length ? Math.min(...mods.map((x) => x.start)) : ms;
      // "armed herder bands", "Rohingya rights groups": the words that say what kind of group belong to its name.
      const described = mods.length ? start : describedFrom(lex, text, words, firstWord);
      if (lex.modifierRequired.has(groupKind) && described === ms) continue;
      const named = ownName || (!mods.length && described < ms);
      start = described;
      let canonical = named ? text.slice(start, me) : groupKind;
      // A count belongs to the name the text gives ("four Iran-aligned militia groups", "80 people").
      const count = COUNT_BEFORE.exec(tail(text, from, start));
      if (count) start -= count[0].length;
      // "detained two men", "about 200 students rallied": people counted are the ones who act or are acted on; "men"
      // or "students" alone are anyone.
      else if (lex.countRequired.has(groupKind) || lex.countedPeople.has(groupKind)) continue;
      if (lex.countRequired.has(groupKind)) canonical = text.slice(start, me);
      const definite = /\bthe\s+$/i.test(text.slice(Math.max(from, ms - 4), ms)) && mods.length === 0;
      const peace = groupKind === 'peacekeepers';
      out.push({
        start,
        end: me,
        sentence,
        cls: peace ? 'InternationalOrganization' : 'CollectiveActor',
        form: 'description',
        rule: definite && !named ? 'collective:definite' : peace ? 'collective:peacekeepers' : 'collective:kind',
        nameable: true,
        canonical,
      });
      continue;
    }
    if (mods.length === 0) {
      // "Kurdish counterterrorism forces", "its Danab special forces": a people's or a named unit's forces.
      const unit = kind === 'force' ? unitOwnerStart(lex, text, words, firstWord, nameByEnd) : undefined;
      if (unit !== undefined) {
        out.push({ start: unit, end: me, sentence, cls: 'MilitaryForce', form: 'name', rule: 'collective:named-unit', nameable: true, canonical: text.slice(unit, me) });
        continue;
      }
      // "Police said", "killing seven policemen": the police act even when nobody says whose.
      // "Commissioner of Police Curtis Baptiste", "the Ministry of Police": a capitalized "Police" after a capitalized
      // word's "of" is part of a title or a name.
      const portfolio = words[firstWord]!.cap && /\p{Lu}[\p{L}.]*\s+of\s+(?:the\s+)?$/u.test(tail(text, from, ms));
      if (kind === 'force' && POLICE.test(phrase) && !/\b(?:riot|national)\b/.test(phrase) && !portfolio) {
        out.push({ start: ms, end: me, sentence, cls: 'CollectiveActor', form: 'description', rule: 'collective:kind', nameable: true, canonical: 'police' });
      }
      continue;
    }
    // Coordinated modifiers share the noun ("Armenian and Azerbaijani forces"); only the adjacent one names it.
    const adjacent = mods[mods.length - 1]!;
    for (const mod of mods) {
      const isAdjacent = mod === adjacent;
      const span = { start: mod.start, end: isAdjacent ? me : mod.end, sentence };
      const c = collectiveFor(lex, text, kind, phrase, mod, span, isAdjacent);
      if (c) out.push(c);
    }
  }
  return out;
}

/** The rule of a bare national force ("the army"); its canonical is the branch until the article's country is known. */
export const NATIONAL_FORCE_RULE = 'collective:national-force';
/** The branch each bare force noun names. */
const NATIONAL_BRANCH: ReadonlyMap<string, string> = new Map([
  ['army', 'military'],
  ['military', 'military'],
  ['armed forces', 'military'],
  ['air force', 'air force'],
  ['navy', 'navy'],
]);
const NATIONAL_DETERMINER = /\b(?:the|its|their)\s+$/i;
/** Words after "the army" that keep it the subject or object of a clause, not a noun's modifier ("the army camp"). */
const CLAUSE_WORD =
  /^(?:and|or|but|nor|is|was|were|are|has|had|have|would|will|could|can|may|might|must|should|did|does|do|also|then|still|never|not|now|later|which|that|who|whose|in|on|at|to|from|into|with|for|since|after|before|over|against|as|by|near|around|across|during|until|without|under|say|says|said|told|tells|took|takes|seized|seizes|sent|sends|began|begins|fought|fights|killed|kills|launched|launches|warned|warns|claimed|claims|denies|denied|wants|wanted|uses|used|moved|moves|deploys|deployed|believes|rejects|rejected|insists|struck|strikes|shot|shoots|made|makes|gave|gives|stopped|ended|ends|confirmed|confirms|announced|announces|reported|reports|retook|retakes|regained|regains|identifies|identified|accused|accuses|blamed|blames|arrested|arrests|captured|captures|responded|responds|repelled|repels|carried|carries|set|sets|led|leads)$/;

/**
 * "the army", "its military", "the air force": a bare force noun behind a definite determiner that acts or is acted
 * on (a clause word, punctuation or a possessive follows) names the country's own force; "the army camp" does not.
 * Returns the branch, or undefined.
 */
function nationalForce(text: string, from: number, words: readonly Word[], first: number, last: number, phrase: string): string | undefined {
  const branch = NATIONAL_BRANCH.get(phrase);
  if (!branch) return undefined;
  const w = words[first]!;
  // "the Army" in a name ("the Arakan Army") is a name's head; only the lower-case noun stands for the state's force.
  if (w.cap || words[last]!.cap) return undefined;
  if (!NATIONAL_DETERMINER.test(tail(text, from, w.start))) return undefined;
  if (words[last]!.possessive) return branch;
  const next = words[last + 1];
  const gap = text.slice(words[last]!.end, next ? next.start : words[last]!.end + 2);
  if (/^\s*[,.;:)"”’'—–]/.test(gap) || !next) return branch;
  if (!/^\s+$/.test(gap)) return undefined;
  return CLAUSE_WORD.test(next.text) || /^\p{Ll}{3,}ed$/u.test(next.text) ? branch : undefined;
}

/** A count before a collective noun: "four", "80", "about 200", "several dozen", "hundreds of". */
const COUNT_BEFORE = /\b(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|up\s+to\s+|around\s+|several\s+)?(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens of|scores of|hundreds of|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands of)\s+$/i;

function collectiveFor(
  lex: ActorLexicon,
  text: string,
  kind: NounKind,
  phrase: string,
  mod: Modifier,
  span: { start: number; end: number; sentence: number },
  adjacent: boolean,
): Candidate | undefined {
  const countryName = mod.country ? lex.countryName.get(mod.country) : undefined;
  const modText = mod.owner ? text.slice(mod.owner.start, mod.owner.end) : '';
  const synthetic = !adjacent;
  if (kind === 'force') {
    // "Georgian police" is the country's police, an agency of its own and not its army.
    if (countryName && POLICE.test(phrase)) return { ...span, cls: 'GovernmentAgency', form: 'description', rule: 'collective:country-police', nameable: adjacent, canonical: `${countryName} police` };
    if (countryName) return { ...span, cls: 'MilitaryForce', form: 'description', rule: 'collective:country-forces', nameable: adjacent, canonical: `${countryName} ${branchOf(phrase.split(' ').map((text) => ({ text })))}` };
    const o = mod.owner;
    if (!o) return undefined;
    if (o.cls === 'Person') return undefined;
    if (o.cls === null || o.cls === 'Place' || o.cls === 'Region' || o.cls === 'City') {
      return { ...span, cls: 'MilitaryForce', form: 'description', rule: 'collective:place-forces', nameable: adjacent, canonical: `${modText} forces` };
    }
    return { ...span, start: o.start, cls: o.cls, form: 'description', rule: 'collective:forces-of-group', nameable: false, canonical: o.canonical ?? modText };
  }
  if (kind === 'government' || kind === 'administration') {
    const word = kind === 'administration' ? 'administration' : 'government';
    if (countryName) return { ...span, cls: 'Government', form: 'description', rule: `collective:country-${word}`, nameable: adjacent, canonical: `${countryName} ${word}` };
    const o = mod.owner;
    if (!o || synthetic) return undefined;
    if (o.cls === 'Person' || o.cls === null) {
      return { ...span, start: o.start, cls: 'Government', form: 'description', rule: kind === 'administration' ? 'collective:person-administration' : 'collective:person-government', nameable: true, canonical: `${modText} ${word}` };
    }
    const k = lookupName(lex, modText);
    if (k?.kind === 'capital' && k.country) {
      return { ...span, start: o.start, cls: 'Government', form: 'description', rule: 'collective:capital-government', nameable: true, canonical: `${lex.countryName.get(k.country)} ${word}` };
    }
    if (o.cls === null || o.cls === 'Place' || o.cls === 'City' || o.cls === 'Region') {
      return { ...span, start: o.start, cls: 'Government', form: 'description', rule: 'collective:place-government', nameable: true, canonical: `${modText} ${word}` };
    }
    return undefined;
  }
  if (kind === 'official' && countryName && adjacent) {
    return { ...span, cls: 'CollectiveActor', form: 'description', rule: 'collective:country-officials', nameable: true, canonical: text.slice(span.start, span.end) };
  }
  return undefined;
}

/** The modifiers written before a collective noun: countries, demonyms, names, compounds, in text order. */
function modifiersBefore(
  governs: boolean,
  lex: ActorLexicon,
  text: string,
  at: number,
  words: readonly Word[],
  nameByEnd: Map<number, Candidate>,
  recentCountry: () => string | undefined,
): Modifier[] {
  let i = words.length - 1;
  while (i >= 0 && words[i]!.end > at) i--;
  const mods: Modifier[] = [];
  let adjectives = 0;
  const skipped: string[] = [];
  let rightStart = at;
  while (i >= 0) {
    const w = words[i]!;
    // Modifiers touch what they modify: "JNIM) fighters" is no phrase.
    const gap = text.slice(w.end, rightStart);
    if (!mods.length && !/^\s+$/.test(gap) && !(w.possessive && /^['’]s?\s+$/.test(gap)) && !(w.compound && /^[-‐]\p{Ll}+\s+$/u.test(gap))) break;
    const m = modifierEndingAt(governs, lex, text, words, i, nameByEnd, recentCountry);
    if (m) {
      // Past a lower-case word only a country or demonym modifies: in "Abiy sent troops" the name is a subject.
      if (adjectives && !m.mod.country) break;
      // "Kenya first sent troops", "Israel still keeps troops": past a country's NAME only a unit's words ("ground",
      // "special") modify the noun; anything else makes the name the subject of a verb.
      if (adjectives && !governs && !m.mod.owner && !/['’]s?$/.test(text.slice(m.mod.start, m.mod.end + 2).trim()) && !lex.demonyms.has(text.slice(m.mod.start, m.mod.end)) && skipped.some((x) => !lex.unitModifiers.has(x) && !lex.groupModifiers.has(x))) break;
      mods.push(m.mod);
      i = m.firstWord - 1;
      // Coordination: "Armenian and Azerbaijani forces", "Nagorno-Karabakh, Armenian and Azerbaijan forces".
      const prevWord = words[i];
      // A comma coordinates only in a list that "and" closes: in "in Cameroon, Norwegian prosecutors said" it ends a clause.
      if (prevWord && (prevWord.text === 'and' || (mods.length > 1 && /,\s*$/.test(text.slice(prevWord.end, m.mod.start))))) {
        if (prevWord.text === 'and') i--;
        continue;
      }
      break;
    }
    if (mods.length) break;
    if (!w.cap && !FUNCTION_WORD.test(w.text) && adjectives < 2 && !/^\d/.test(w.text)) {
      adjectives++;
      skipped.push(w.text.toLowerCase());
      rightStart = w.start;
      i--;
      continue;
    }
    break;
  }
  return mods.reverse();
}

function modifierEndingAt(
  governs: boolean,
  lex: ActorLexicon,
  text: string,
  words: readonly Word[],
  i: number,
  nameByEnd: Map<number, Candidate>,
  recentCountry: () => string | undefined,
): { mod: Modifier; firstWord: number } | undefined {
  const w = words[i]!;
  if (w.compound) return { mod: { start: w.start, end: w.end }, firstWord: i };
  if (w.text === 'country' && w.possessive && words[i - 1]?.text.toLowerCase() === 'the') {
    const c = recentCountry();
    return c ? { mod: { start: words[i - 1]!.start, end: w.end, country: c }, firstWord: i - 1 } : undefined;
  }
  const owner = nameByEnd.get(w.end);
  for (let n = 2; n >= 1; n--) {
    if (i - n + 1 < 0) continue;
    const first = words[i - n + 1]!;
    const s = text.slice(first.start, w.end);
    const demonym = lex.demonyms.get(s);
    if (demonym && !w.possessive) return { mod: { start: first.start, end: w.end, country: demonym }, firstWord: i - n + 1 };
  }
  if (owner) {
    const k = lookupName(lex, text.slice(owner.start, owner.end));
    if (k?.cls === 'Country' && k.country) return { mod: { start: owner.start, end: owner.end, country: k.country }, firstWord: wordIndexAt(words, owner.start) };
    // A possessive owns a government ("Maduro's government"), not forces: "Haftar's forces" may be anyone's.
    if (!w.possessive || owner.cls === 'Person' || (owner.cls === null && governs)) return { mod: { start: owner.start, end: owner.end, owner }, firstWord: wordIndexAt(words, owner.start) };
  }
  return undefined;
}

/** Where a collective's descriptive words start: up to three group modifiers and a people's adjective before its noun. */
function describedFrom(lex: ActorLexicon, text: string, words: readonly Word[], noun: number): number {
  let i = noun;
  const touches = (k: number): boolean => /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && !words[k - 1]!.compound;
  while (i > 0 && noun - i < 3 && touches(i) && lex.groupModifiers.has(words[i - 1]!.text.toLowerCase()) && !words[i - 1]!.cap) i--;
  if (i > 0 && touches(i) && (lex.forceAdjectives.has(words[i - 1]!.text) || lex.adjectives.has(words[i - 1]!.text)) && !words[i - 1]!.possessive) i--;
  return words[i]!.start;
}

/**
 * The start of a force's owner when no country or group owns it: a people's adjective ("Kurdish security forces") or
 * a name that nothing else types, before at least one unit word ("Danab special forces").
 */
function unitOwnerStart(lex: ActorLexicon, text: string, words: readonly Word[], noun: number, nameByEnd: Map<number, Candidate>): number | undefined {
  let i = noun;
  const touches = (k: number): boolean => /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
  while (i > 0 && noun - i < 2 && touches(i) && lex.unitModifiers.has(words[i - 1]!.text.toLowerCase())) i--;
  if (i === 0 || !touches(i)) return undefined;
  const w = words[i - 1]!;
  if (w.possessive || w.compound) return undefined;
  if (lex.forceAdjectives.has(w.text)) return w.start;
  const name = nameByEnd.get(w.end);
  if (name && i < noun && (name.cls === null || name.cls === 'ArmedGroup' || name.cls === 'MilitaryForce') && !lookupName(lex, text.slice(name.start, name.end))) return name.start;
  return undefined;
}

/**
 * The last stretch of text before `at` within the sentence: patterns anchored at "$" only ever match its last few
 * words, and testing them on the whole sentence prefix made each test linear in the sentence's length.
 */
function tail(text: string, from: number, at: number): string {
  return text.slice(Math.max(from, at - 80), at);
}

function wordIndexAt(words: readonly Word[], start: number): number {
  for (let j = 0; j < words.length; j++) if (words[j]!.start >= start) return j;
  return words.length - 1;
}
