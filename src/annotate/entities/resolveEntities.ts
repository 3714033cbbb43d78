// Entity resolution within one article: mentions that name the same actor become one entity, whatever the surface
// form (lexicon canonical, acronym and expansion, stated alias, surname, company name without its legal suffix,
// transliteration variant), and descriptions ("the group", "the regime") join the actor they point back to.

import { ORGANIZATION_CLASSES, PLACE_CLASSES, type AnnotatedDocument, type Entity, type EntityClass, type Mention } from '../document.js';
import type { ActorLexicon } from '../mentions/actorLexicon.js';
import { surnameKey, surnameOf } from '../mentions/findMentions.js';
import { acronymMatches } from './acronymMatch.js';
import { entityKey } from './entityKey.js';
import { salientGroup } from './references.js';

// "X, also known as Y"; "X, the eastern-based force also known as Y" (a short apposition first); "X, known by its
// French acronym Y"; "X, which it calls Y".
const ALIAS_BETWEEN = /^\s*\)?\s*(?:,\s*)?(?:(?:the|an?)\s+(?:[\p{L}-]+\s+){1,4}(?=(?:also|better|commonly|widely|popularly)\s+known\s+as\b))?(?:(?:commonly|also|widely|better|otherwise|popularly)\s+)?(?:referred\s+to\s+as|known\s+as|called|a\.k\.a\.?|aka|alias|known\s+(?:locally\s+)?by\s+(?:its|the|their)\s+(?:[\p{L}-]+\s+)?(?:acronym|initials|abbreviation)|which\s+(?:it|they|the\s+[\p{Ll}]+)\s+calls?)\s+(?:the\s+)?["“‘']?$/iu;
const NOT_ALIAS_BEFORE = /\b(?:formerly|previously|once|now|later|originally)\s*$/i;
const PAREN_BETWEEN = /^\s*[(\[]\s*["“]?$/;
/** The second name of a bracket that gives two: "Financial Intelligence Unit (Unidad de Inteligencia Financiera, UIF)". */
const PAREN_SECOND = /^\s*[(\[]\s*["“]?[^()[\]]{2,60}?["”]?,\s*["“]?$/;
const OF_TAIL = /^\S.*?\s+of\s+(?:the\s+)?(\S.*)$/;
const NATIONAL_MILITARY = /^(?:Defen[cs]e|Armed|Army|Forces|Force|Military|Navy|Air|National|Self-Defen[cs]e)$/;
const CITY_EVIDENCE_AFTER = /^,\s[^.;,]{0,40}\b(?:city|town|capital)\b|^\s+city\b/;
const CITY_EVIDENCE_BEFORE = /\b(?:city|town|village)\s+of\s+$/i;
const COMPANY_SUFFIX = /\s+(?:SARLU|SARL|SA|SAS|Ltd\.?|LLC|Inc\.?|Corp\.?|GmbH|AG|PLC|plc|Co\.)$/;
const RECENT_SENTENCES = 4;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Joins b's group into a's (a's root stays the root). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/** Spelling variants of one name compare equal: case, accents, "al-", doubled letters, a final "h". */
export function variantKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`".]/g, '')
    .replace(/\b(?:al|el|the)[-\s]/g, '')
    .replace(/[-‐\s]+/g, ' ')
    .replace(/([a-z])\1/g, '$1')
    .replace(/h\b/g, '')
    .trim();
}

function isDeferred(m: Mention): boolean {
  return (
    m.rule === 'description:anaphora' ||
    m.rule === 'collective:definite' ||
    m.rule === 'collective:person-government' ||
    m.rule === 'collective:peacekeepers' ||
    (m.form === 'acronym' && m.canonical === undefined)
  );
}

/** The key a mention proposes on its own, before aliases and descriptions are resolved. */
function ownKey(m: Mention, personBySurname: Map<string, string>, personByGiven: Map<string, string | null>, personByInner: Map<string, string | null>): string {
  if (m.canonical !== undefined) return entityKey(m.canonical);
  // "Getachew Reda … Getachew told Reuters": where names carry no family name, the first name is the short form.
  if (m.cls === 'Person' && !/\s/.test(m.text)) return personBySurname.get(surnameKey(m.text)) ?? personByGiven.get(m.text) ?? personByInner.get(surnameKey(m.text)) ?? entityKey(m.text);
  return entityKey(m.text);
}

/** Groups the document's mentions into entities and sets each mention's `entity`. */
export function resolveEntities(lex: ActorLexicon, doc: AnnotatedDocument): Map<string, Entity> {
  const ms = doc.mentions;
  const text = doc.text;
  const uf = new UnionFind(ms.length);

  expansionOverLexicon(text, ms);
  const personBySurname = new Map<string, string>();
  // A first name stands for one person only when one full name of the article opens with it (null: several do).
  const personByGiven = new Map<string, string | null>();
  const personByTail = new Map<string, string>();
  // "José Adolfo Macías Villamar … Macías", "Mohd Rafiq Hashim … Rafiq": a later word of a long name (null: of several).
  const personByInner = new Map<string, string | null>();
  for (const m of ms) {
    if (m.cls === 'Person' && /\s/.test(m.text) && m.form === 'name') {
      const sur = surnameOf(m.text);
      if (!personBySurname.has(sur)) personBySurname.set(sur, entityKey(m.text));
      const parts = m.text.split(/\s+/);
      for (const w of parts.slice(1, -1)) {
        if (!/^\p{Lu}\p{Ll}{2,}/u.test(w) || /\.$/.test(w)) continue;
        const k = surnameKey(w);
        personByInner.set(k, personByInner.has(k) && personByInner.get(k) !== entityKey(m.text) ? null : entityKey(m.text));
      }
      // "Lucas Ayaba Cho" … "Ayaba Cho": the last two words of a three-word name are its family part.
      if (parts.length === 3) {
        const two = entityKey(parts.slice(-2).join(' '));
        if (!personByTail.has(two)) personByTail.set(two, entityKey(m.text));
      }
      // "Julio Andrés Pérez Montaño" … "Pérez Montaño": Spanish and Portuguese names keep two family names.
      if (parts.length >= 4) {
        const two = entityKey(parts.slice(-2).join(' '));
        if (!personByTail.has(two)) personByTail.set(two, entityKey(m.text));
      }
      const given = parts[0]!;
      const key = entityKey(m.text);
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(given)) personByGiven.set(given, personByGiven.has(given) && personByGiven.get(given) !== key ? null : key);
    }
  }
  for (const [given, key] of personByGiven) if (key === null || personBySurname.has(surnameKey(given))) personByGiven.delete(given);

  // 1. Same proposed key, same entity. A bare place name joins "X region" unless the text calls X a city.
  const byKey = new Map<string, number>();
  const keyOf = new Map<number, string>();
  const regionByBare = new Map<string, string>();
  for (const m of ms) {
    if (m.rule === 'name:lowercase-head' && m.cls === 'Region') regionByBare.set(m.text.replace(/\s+\S+$/, ''), entityKey(m.canonical ?? m.text));
  }
  // "ERBIL, Iraq (Reuters) - ... parts of Erbil province": the dateline's town is a town, not the province around it.
  const cityNames = new Set<string>();
  for (const m of ms) if (m.sentence <= 1 && m.form === 'name' && /^\p{Lu}{3,}$/u.test(m.text) && PLACE_CLASSES.has(m.cls) && /^,\s/.test(text.slice(m.end, m.end + 2))) cityNames.add(m.text.toLowerCase());
  const byStart = new Map<number, Mention[]>();
  for (const m of ms) {
    let list = byStart.get(m.start);
    if (!list) byStart.set(m.start, (list = []));
    list.push(m);
  }
  for (const m of ms) {
    if (isDeferred(m)) continue;
    if (m.rule === 'collective:members-of-group' || m.rule === 'collective:forces-of-group') {
      // "Al-Shabab militants", "Haftar's LNA forces": the group named inside the phrase.
      const owner = byStart.get(m.start)?.find((n) => n.end < m.end && n.form !== 'description');
      if (owner) {
        uf.union(owner.id, m.id);
        continue;
      }
    }
    let key = ownKey(m, personBySurname, personByGiven as Map<string, string>, personByInner);
    if (m.cls === 'Person' && m.canonical === undefined) key = personByTail.get(key) ?? key;
    const region = regionByBare.get(m.text);
    if (region && m.rule !== 'name:lowercase-head' && !cityEvidence(text, m) && !cityNames.has(m.text.toLowerCase())) key = region;
    keyOf.set(m.id, key);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, m.id);
    else uf.union(first, m.id);
    // "the Israel Defense Forces" and "Israeli forces": a country's national army is what its forces are called.
    const army = nationalMilitaryKey(lex, m);
    if (army !== undefined) {
      const other = byKey.get(army);
      if (other === undefined) byKey.set(army, m.id);
      else uf.union(other, m.id);
    }
  }

  // 2. Stated aliases: "X (Y)", "X [Y]", "X, commonly referred to as Y", "X, also known as Y".
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  // An acronym the article spells out in brackets means that name everywhere, whatever else its letters fit.
  const definedAcronym = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (a.form === 'description') continue;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < a.end + 60; j++) {
      const b = sorted[j]!;
      if (b.start < a.end || b.form === 'description') continue;
      const between = text.slice(a.end, b.start);
      const paren = (PAREN_BETWEEN.test(between) || PAREN_SECOND.test(between)) && /^\s*["”]?\s*[,)\]]/.test(text.slice(b.end, b.end + 4));
      const alias = ALIAS_BETWEEN.test(between) && !NOT_ALIAS_BEFORE.test(text.slice(a.end, b.start).replace(ALIAS_BETWEEN, ''));
      // A person's bracketed words are rarely another name of theirs; "X, known as Y" is, whatever Y looked like.
      // 'X, alias "El Mencho"': a nickname typed only by default takes the person's side.
      const nickname = alias && a.cls === 'Person' && (b.rule === 'name:other' || b.rule === 'name:person-shape');
      const fits = b.rule === 'name:alias-context' ? alias : nickname || (compatible(a.cls, b.cls) && !(paren && a.cls === 'Person'));
      // "the Aerospace Force of the Islamic Revolutionary Guard Corps (IRGC)": the bracket spells the parent after "of".
      const ofParent = paren && b.form === 'acronym' && OF_TAIL.exec(a.text);
      if (ofParent && acronymMatches(b.text, ofParent[1]!)) break;
      if ((paren || alias) && fits) {
        uf.union(a.id, b.id);
        keyOf.set(b.id, keyOf.get(a.id) ?? entityKey(a.text));
        if (paren && b.form === 'acronym' && !definedAcronym.has(b.text)) definedAcronym.set(b.text, b.id);
        // "(Unidad de Inteligencia Financiera, UIF)": the bracket goes on to a second name.
        if (paren && /^\s*["”]?\s*,/.test(text.slice(b.end, b.end + 4))) continue;
      }
      break;
    }
  }

  // "The U.N. refugee agency, UNHCR, urged": a body described by its parent is named by the acronym set off after it.
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    if (a.rule !== 'name:sub-body') continue;
    const b = sorted.slice(i + 1).find((o) => o.start >= a.end);
    if (!b || b.form !== 'acronym' || a.sentence !== b.sentence) continue;
    if (/^,\s+(?:the\s+)?$/.test(text.slice(a.end, b.start)) && /^\s*[,)]/.test(text.slice(b.end, b.end + 2))) uf.union(b.id, a.id);
  }

  // "the left-wing alliance Gabay Lakas Bayanihan, or Gabay.": a short name after ", or" that the long name contains is its alias.
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (a.sentence !== b.sentence || !ORGANIZATION_CLASSES.has(a.cls) || !ORGANIZATION_CLASSES.has(b.cls) || a.form === 'description' || b.form === 'description') continue;
    if (/\s/.test(b.text) || !/^,\s+or\s+(?:the\s+)?$/.test(text.slice(a.end, b.start)) || !/^\s*(?:[,.;:)]|$)/.test(text.slice(b.end, b.end + 2))) continue;
    if (a.canonical !== undefined || b.rule.startsWith('name:lexicon')) continue;
    if (b.form === 'acronym' || (b.text.length >= 3 && a.text.toLowerCase().includes(b.text.toLowerCase()))) uf.union(a.id, b.id);
  }

  // "former rebel groups allied with the army, the Joint Forces of armed movements": a collective renamed in apposition.
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (a.rule !== 'collective:kind') continue;
    const b = sorted.slice(i + 1).find((o) => o.start >= a.end && o.form !== 'description');
    if (!b || !ORGANIZATION_CLASSES.has(b.cls) || b.sentence !== a.sentence) continue;
    const between = text.slice(a.end, b.start);
    if (!/^(?:\s+(?:allied|aligned|linked|loyal|backed|known)\b[^,;.()]{0,50})?,\s+(?:the\s+)?$/.test(between)) continue;
    if (/^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}|\s+(?:and|or)\s)/u.test(text.slice(b.end, b.end + 40))) continue;
    uf.union(b.id, a.id);
  }

  // "the Department said" after "the Department of State": a body's bare head word is the nearest body named before it
  // with that word ("the Department" in a State release that names the Department of the Treasury only further
  // down); a body named only later does not pull it ("The Council" of an EU release is not the "UN Security Council"
  // of a resolution cited at the end), nor does a name that only modifies a noun ("UN Security Council resolution").
  for (const m of ms) {
    if (!HEAD_WORDS.has(m.rule) || /\s/.test(m.text)) continue;
    const word = new RegExp(`\\b${m.text}\\b`);
    const bodies = ms.filter((o) => o !== m && o.form !== 'description' && o.text !== m.text && ORGANIZATION_CLASSES.has(o.cls) && word.test(o.text) && !NAME_MODIFIES.test(text.slice(o.end, o.end + 80)));
    const last = bodies.filter((o) => o.end <= m.start).sort((a, b) => b.start - a.start)[0];
    if (last) uf.union(uf.find(last.id), m.id);
    else if (bodies.length === 0 || bodies.every((o) => o.start > m.start)) joinImpliedCouncil(text, ms, uf, keyOf, m);
  }

  // "the Interim Government" after "the Interim Government of Ambazonia": a body named again without its "of" tail,
  // when only one body of the article has that name before an "of".
  const ofHeads = new Map<string, Mention[]>();
  for (const o of ms) {
    const at = o.form === 'name' && ORGANIZATION_CLASSES.has(o.cls) ? o.text.indexOf(' of ') : -1;
    if (at <= 0) continue;
    const head = o.text.slice(0, at);
    let list = ofHeads.get(head);
    if (!list) ofHeads.set(head, (list = []));
    list.push(o);
  }
  if (ofHeads.size) {
    for (const m of ms) {
      if (m.form !== 'name' || !ORGANIZATION_CLASSES.has(m.cls) || !/\s/.test(m.text) || m.rule.startsWith('name:lexicon')) continue;
      const bodies = ofHeads.get(m.text);
      const hosts = bodies ? new Set(bodies.map((o) => uf.find(o.id))) : undefined;
      if (hosts?.size === 1) uf.union([...hosts][0]!, m.id);
    }
  }

  // "police said" in an article that names one police force ("the Haitian National Police"): that force.
  const policeBodies = new Set(ms.filter((o) => o.cls === 'GovernmentAgency' && /\bpolice\b/i.test(o.text)).map((o) => uf.find(o.id)));
  if (policeBodies.size === 1) for (const m of ms) if (m.rule === 'collective:kind' && m.canonical === 'police') uf.union([...policeBodies][0]!, m.id);

  // "the Pakistani Taliban" for "Tehrik-e-Taliban Pakistan": a demonym and a group's name, both inside one name of the article.
  for (const m of ms) {
    if (m.rule !== 'name:demonym-group') continue;
    const [dem, ...rest] = m.text.split(/\s+/);
    const code = lex.demonyms.get(dem!);
    const country = code ? lex.countryName.get(code) : undefined;
    const group = rest.join(' ').toLowerCase();
    if (!country) continue;
    const hosts = new Set(ms.filter((o) => o !== m && ORGANIZATION_CLASSES.has(o.cls) && o.form === 'name' && o.text.toLowerCase().includes(group) && o.text.includes(country)).map((o) => uf.find(o.id)));
    if (hosts.size === 1) uf.union([...hosts][0]!, m.id);
  }

  // 3. Acronyms that spell a name of the article ("HTS" ← "Hayat Tahrir al-Sham").
  const named = ms.filter((m) => m.form !== 'acronym' && m.form !== 'description' && m.nameable && m.cls !== 'CollectiveActor');
  for (const m of ms) {
    if (!(m.form === 'acronym' && m.canonical === undefined)) continue;
    const defined = definedAcronym.get(m.text);
    if (defined !== undefined) {
      uf.union(defined, m.id);
      continue;
    }
    // Of the names the letters fit, the tightest: "NDC" is the "Northern Defence Corps", not a unit "of" it.
    let target: Mention | undefined;
    for (const n of named) if (acronymMatches(m.text, n.text) && (!target || n.text.length < target.text.length)) target = n;
    const sameText = ms.find((n) => n !== m && n.text === m.text && keyOf.has(n.id));
    if (target) uf.union(target.id, m.id);
    else if (sameText) uf.union(sameText.id, m.id);
    else {
      const key = entityKey(m.text);
      const first = byKey.get(key);
      keyOf.set(m.id, key);
      if (first === undefined) byKey.set(key, m.id);
      else uf.union(first, m.id);
    }
  }

  // 4. A company named without its legal suffix, and transliteration variants of one name.
  const byVariant = new Map<string, number>();
  for (const m of ms) {
    if (m.form === 'description' || !m.nameable || m.cls === 'CollectiveActor') continue;
    for (const form of [m.text, translatedName(lex, m.text)]) {
      if (!form) continue;
      const v = variantKey(form.replace(COMPANY_SUFFIX, ''));
      if (!v) continue;
      const first = byVariant.get(v);
      if (first === undefined) byVariant.set(v, m.id);
      else if (compatible(ms[first]!.cls, m.cls)) uf.union(first, m.id);
    }
  }

  // "the IRGC Aerospace Force" for "the Aerospace Force of the Islamic Revolutionary Guard Corps": a unit named
  // after its parent's acronym is the unit "of" that parent.
  const acronyms = ms.filter((m) => m.form === 'acronym');
  if (acronyms.length) {
    for (const m of ms) {
      if (m.form !== 'name' || !ORGANIZATION_CLASSES.has(m.cls)) continue;
      const of = OF_TAIL.exec(m.text);
      if (!of) continue;
      const head = m.text.slice(0, m.text.indexOf(' of ')).trim();
      for (const a of acronyms) {
        if (!acronymMatches(a.text, of[1]!)) continue;
        const v = variantKey(`${a.text} ${head}`);
        const first = byVariant.get(v);
        if (first === undefined) byVariant.set(v, m.id);
        else if (compatible(ms[first]!.cls, m.cls)) uf.union(first, m.id);
      }
    }
  }

  // A place written short by the last part of its hyphenated name ("Karabakh" for "Nagorno-Karabakh").
  const placeByTail = new Map<string, number>();
  for (const m of ms) {
    if (PLACE_CLASSES.has(m.cls) && m.form === 'name' && /[-‐]/.test(m.text) && !/\s/.test(m.text)) {
      const tail = m.text.split(/[-‐]/).pop()!;
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(tail) && !placeByTail.has(tail)) placeByTail.set(tail, m.id);
    }
  }
  for (const m of ms) {
    const full = placeByTail.get(m.text);
    if (full !== undefined && PLACE_CLASSES.has(m.cls)) uf.union(full, m.id);
  }

  // "separatist forces in Karabakh" after "Nagorno-Karabakh forces": a place's forces told by where they fight.
  const placeForces = ms.filter((f) => f.rule === 'collective:place-forces');
  if (placeForces.length) {
    for (const m of ms) {
      if (m.rule !== 'collective:kind' || !/^(?:militants|rebels|separatists|militias|fighters)$/.test(m.canonical ?? '')) continue;
      const at = /^\s+in\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
      const place = at ? ms.find((p) => p.start === m.end + at[0].length && PLACE_CLASSES.has(p.cls)) : undefined;
      if (!place) continue;
      const root = uf.find(place.id);
      const forces = placeForces.find((f) => ms.some((q) => q.start === f.start && PLACE_CLASSES.has(q.cls) && uf.find(q.id) === root));
      if (forces) uf.union(forces.id, m.id);
    }
  }

  // 5. Descriptions join the actor they point back to.
  for (const m of ms) {
    if (!isDeferred(m) || m.form === 'acronym') continue;
    const target = antecedent(doc, ms, uf, m) ?? theGovernment(text, ms, uf, m);
    if (target !== undefined) uf.union(target, m.id);
    else if (m.rule !== 'description:anaphora' || unnamedGovernment(text, m)) {
      const key = entityKey(m.canonical ?? m.text.replace(/^the\s+/i, ''));
      const first = byKey.get(key);
      keyOf.set(m.id, key);
      if (first === undefined) byKey.set(key, m.id);
      else uf.union(first, m.id);
    }
  }

  return buildEntities(lex, doc, uf, keyOf);
}

/**
 * "the Armed Forces of Valdonia (AFV)": the article's own expansion of an acronym wins over a lexicon meaning of the
 * same letters, in that mention and in every later one.
 */
function expansionOverLexicon(text: string, ms: readonly Mention[]): void {
  const redefined = new Map<string, EntityClass>();
  for (const b of ms) {
    if (b.form !== 'acronym' || !b.rule.startsWith('name:lexicon') || !/\(\s*$/.test(text.slice(Math.max(0, b.start - 3), b.start))) continue;
    const a = ms.find((o) => o.end <= b.start && o.end >= b.start - 4 && o.form === 'name' && !o.rule.startsWith('name:lexicon'));
    if (a && acronymMatches(b.text, a.text)) redefined.set(b.text, a.cls);
  }
  if (redefined.size === 0) return;
  for (const m of ms) {
    const cls = redefined.get(m.text);
    if (cls === undefined || !m.rule.startsWith('name:lexicon')) continue;
    m.rule = 'name:acronym';
    m.cls = cls;
    delete m.canonical;
  }
}

/** The key of a country's military for a lexicon name of its national army ("Israel Defense Forces"), if it is one. */
function nationalMilitaryKey(lex: ActorLexicon, m: Mention): string | undefined {
  if (m.cls !== 'MilitaryForce' || !m.rule.startsWith('name:lexicon') || m.canonical === undefined) return undefined;
  const k = lex.exact.get(m.canonical);
  const country = k?.country ? lex.countryName.get(k.country) : undefined;
  if (!country) return undefined;
  if (k!.national) return entityKey(`${country} military`);
  const words = m.canonical.split(/\s+/);
  const owner = lex.exact.get(words[0]!)?.country === k!.country || lex.demonyms.get(words[0]!) === k!.country;
  return owner && words.length > 1 && words.slice(1).every((w) => NATIONAL_MILITARY.test(w)) ? entityKey(`${country} military`) : undefined;
}

/** "Jabhat al-Nusra" read as "Nusra Front": an Arabic organization word put after the name in English. */
function translatedName(lex: ActorLexicon, name: string): string | undefined {
  const m = /^(\S+)\s+(.+)$/.exec(name);
  const en = m ? lex.arabicOrgWords.get(m[1]!.replace(/[’‘`]/g, "'").toLowerCase()) : undefined;
  return en ? `${m![2]} ${en}` : undefined;
}

function compatible(a: EntityClass, b: EntityClass): boolean {
  if (a === b) return true;
  if (ORGANIZATION_CLASSES.has(a) && ORGANIZATION_CLASSES.has(b)) return true;
  if (PLACE_CLASSES.has(a) && PLACE_CLASSES.has(b)) return true;
  return false;
}

function cityEvidence(text: string, m: Mention): boolean {
  return CITY_EVIDENCE_AFTER.test(text.slice(m.end, m.end + 60)) || CITY_EVIDENCE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/** The rules of a body's bare head word ("the Council", "the Department"). */
const HEAD_WORDS = new Set(['name:head-word']);
/** A name right before these only modifies a noun: "UN Security Council resolution 2231", "the Council's sanctions list". */
const NAME_MODIFIES = /^(?:['’]s)?\s+(?:resolutions?|sanctions?|list|committee|panel|mandate|report|meeting|session|vote|decision|declaration|regime|members?|experts?)\b|^['’]s\s[^.;]{0,60}?\b(?:sanctions? list|list|resolution)\b/i;
/** Words that make an article a release of the European Union: its name, or a Brussels dateline. */
const EU_RELEASE = /\b(?:European Union|EU)\b|^\s*BRUSSELS\b/;

/**
 * "The Council" with no council named before it, in a release of the European Union: the Council of the European
 * Union, the body that speaks in such releases, joined to its lexicon name where the article also writes it.
 */
function joinImpliedCouncil(text: string, ms: readonly Mention[], uf: UnionFind, keyOf: Map<number, string>, m: Mention): void {
  if (m.text !== 'Council' || !EU_RELEASE.test(text)) return;
  const named = ms.find((o) => o.canonical === 'Council of the European Union');
  if (named) {
    uf.union(uf.find(named.id), m.id);
    return;
  }
  m.canonical = 'Council of the European Union';
  m.cls = 'InternationalOrganization';
  // the lexicon's body, implied by the release rather than written: it takes the lexicon's label and class
  m.rule = 'name:lexicon-implied';
  keyOf.set(m.id, entityKey(m.canonical));
}

/** "the government" with no government before it: the article's own government, an actor the GUIDE counts. */
const UNNAMED_GOVERNMENT = /^the\s+government$/i;

/**
 * "the government said on Tuesday" with no government named before it: the one government the article names later
 * ("Kenya's government", "the Kenyan government"), if there is exactly one; else none (it becomes its own actor).
 */
function theGovernment(text: string, ms: readonly Mention[], uf: UnionFind, m: Mention): number | undefined {
  if (!unnamedGovernment(text, m)) return undefined;
  const known = ms.filter((o) => o !== m && o.cls === 'Government' && o.form !== 'pronoun' && (o.rule !== 'description:anaphora' || uf.find(o.id) !== o.id));
  // "the regime's violence ... the government's violence ... the Syrian regime": a government named in the same sentence or the one next to it.
  const near = known.filter((o) => Math.abs(o.sentence - m.sentence) <= 1).sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
  if (near) return uf.find(near.id);
  const govs = new Set(known.map((o) => uf.find(o.id)));
  return govs.size === 1 ? [...govs][0] : undefined;
}

/** "the government said", not "the government headquarters": a bare government that acts, not one that modifies a noun. */
function unnamedGovernment(text: string, m: Mention): boolean {
  return m.rule === 'description:anaphora' && UNNAMED_GOVERNMENT.test(m.text) && !GOVERNMENT_MODIFIES.test(text.slice(m.end, m.end + 24));
}
const GOVERNMENT_MODIFIES = /^\s+(?:headquarters|offices?|buildings?|compound|palace|forces|troops|soldiers|spokes(?:man|woman|person)|officials?|amnesty|delegation|ministers?|sources?|figures|data|statistics|budget|website|media|television|employees|workers|critics|supporters|opponents|officers?|side|army|militias?)\b/;

/** "The group, which ...": a description that opens its sentence continues the subject the sentence before opened on. */
const OPENING_DESCRIPTION = /^The /;

/**
 * The mention the previous sentence opens on, when it is of the kind wanted: "X (XF), a faction allied with Y's army,
 * claimed the attack. The group ..." continues X, not Y, the last group named. Undefined when that sentence opens on
 * something else (a place, a time, a person), so the latest mention decides as before.
 */
function openerBefore(before: readonly Mention[], m: Mention, wanted: (o: Mention) => boolean): number | undefined {
  const first = before.find((o) => o.sentence === m.sentence - 1);
  return first && wanted(first) ? first.id : undefined;
}

/** The mention a description or deferred phrase refers to, as the id of a resolved mention. */
const MODIFIER_OF = /^\s+(?:affiliate|affiliates|branch|offshoot|splinter|franchise|ally|allies|wing|faction|leader|leaders|commander|member|members)\b/;

function antecedent(doc: AnnotatedDocument, ms: readonly Mention[], uf: UnionFind, m: Mention): number | undefined {
  const text = doc.text;
  // "X, an al-Qaeda affiliate": a name that only modifies a noun is not what a later "the group" continues.
  const before = ms.filter((o) => o.start < m.start && o !== m && !isDeferred(o) && m.sentence - o.sentence <= RECENT_SENTENCES && !MODIFIER_OF.test(text.slice(o.end, o.end + 24)));
  const latest = (pred: (o: Mention) => boolean): number | undefined => {
    for (let i = before.length - 1; i >= 0; i--) if (pred(before[i]!)) return before[i]!.id;
    return undefined;
  };
  switch (m.rule) {
    case 'collective:person-government': {
      // "the Assad government": the one country government the article names, if there is exactly one.
      const govs = new Set(ms.filter((o) => o.rule.startsWith('collective:country-government') || o.rule === 'name:country-body' && o.cls === 'Government').map((o) => uf.find(o.id)));
      return govs.size === 1 ? [...govs][0] : undefined;
    }
    case 'collective:peacekeepers': {
      const missions = new Set(ms.filter((o) => o.cls === 'InternationalOrganization' && /\bMission\b/.test(o.canonical ?? o.text) || o.form === 'acronym' && o.cls === 'InternationalOrganization' && /MIS/.test(o.text)).map((o) => uf.find(o.id)));
      return missions.size === 1 ? [...missions][0] : undefined;
    }
    case 'collective:definite': {
      const same = ms.find((o) => o.start < m.start && o.canonical === m.canonical && o.rule === 'collective:kind');
      if (same) return same.id;
      if (m.canonical === 'militants' || m.canonical === 'rebels' || m.canonical === 'militias') return latest((o) => o.cls === 'ArmedGroup');
      return undefined;
    }
    default: {
      const want = m.cls;
      const group = (o: Mention): boolean => o.cls === 'ArmedGroup' || (o.cls === 'Organization' && o.form !== 'description');
      if (want === 'ArmedGroup') {
        // The salience reading first: the subject of the clause or sentence before, a lone candidate, or a tie.
        const roots = new Set(before.filter(group).map((o) => String(uf.find(o.id))));
        const salient = salientGroup(doc, before, (o) => String(uf.find(o.id)), m.start, m.text, (k) => roots.has(k));
        if (salient === null) return undefined;
        if (salient !== undefined) return Number(salient);
        return (OPENING_DESCRIPTION.test(m.text) ? openerBefore(before, m, group) : undefined) ?? latest(group);
      }
      if (want === 'Government') return latest((o) => o.cls === 'Government');
      if (want === 'Country') return latest((o) => o.cls === 'Country');
      return latest((o) => o.cls === want);
    }
  }
}

function buildEntities(lex: ActorLexicon, doc: AnnotatedDocument, uf: UnionFind, keyOf: Map<number, string>): Map<string, Entity> {
  const groups = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const r = uf.find(m.id);
    // A description nothing resolved names no one; an unresolved "the government" is the article's government.
    if (m.rule === 'description:anaphora' && r === m.id && !(UNNAMED_GOVERNMENT.test(m.text) && keyOf.has(m.id))) continue;
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(m);
  }
  const entities = new Map<string, Entity>();
  const ordered = [...groups.values()].sort((a, b) => a[0]!.start - b[0]!.start);
  for (const g of ordered) {
    g.sort((a, b) => a.start - b.start);
    const named = g.filter((m) => m.nameable);
    const lexical = g.find((m) => m.rule.startsWith('name:lexicon') || m.rule === 'name:capital-for-country');
    const canonical = lexical?.canonical ?? g.find((m) => m.canonical !== undefined && m.nameable && m.form !== 'description')?.canonical ?? g.find((m) => m.canonical !== undefined)?.canonical;
    // The preferred label: the lexicon's name, else the longest name the article writes.
    let label = lexical?.canonical;
    if (!label) {
      const names = named.filter((m) => m.form === 'name' || m.form === 'alias');
      const pool = names.length ? names : named;
      // Longest first; of equal length, the one not in capitals ("Goma" over a dateline's "GOMA").
      const shouting = (t: string): boolean => t === t.toUpperCase() && /\p{Lu}{4}/u.test(t);
      label = pool.reduce<string | undefined>(
        (best, m) => (best === undefined || m.text.length > best.length || (m.text.length === best.length && shouting(best) && !shouting(m.text)) ? m.text : best),
        undefined,
      );
    }
    label ??= canonical ?? g[0]!.text.replace(/^the\s+(?=government$)/i, '');
    const cls = chooseClass(g);
    let key = lexical?.canonical ? entityKey(lexical.canonical) : keyOf.get(g.find((m) => keyOf.has(m.id))?.id ?? -1) ?? entityKey(label);
    if (canonical && /\b(?:military|air force|navy|marines|government|administration)$/.test(canonical) && !lexical) key = entityKey(canonical);
    while (entities.has(key) && entities.get(key)!.mentions[0] !== g[0]!.id) key = `${key}-x`;
    const names: string[] = [label];
    for (const m of named) {
      const t = m.text.replace(/\s+/g, ' ');
      if (!names.includes(t) && m.form !== 'pronoun') names.push(t);
    }
    // "the government said", "the junta": a government the article calls by its noun alone goes by that noun too.
    for (const m of g) {
      if (m.rule !== 'description:anaphora' || m.cls !== 'Government') continue;
      const bare = m.text.replace(/^the\s+/i, '').toLowerCase();
      if (!names.some((n) => n.toLowerCase() === bare)) names.push(bare);
    }
    if (g.every((m) => !m.nameable)) {
      // Forces named only through coordination ("Armenian and Azerbaijani forces") are called what the text calls them.
      const made = g.map((m) => synthesizedName(doc.text, m)).find((n) => n !== undefined);
      if (made) {
        names.length = 0;
        names.push(made);
        label = made;
      } else if (canonical && !names.includes(canonical)) names.push(canonical);
    }
    const entity: Entity = { key, label: label!, names, cls, mentions: g.map((m) => m.id) };
    const country = countryOf(lex, g, canonical);
    if (country) entity.country = country;
    entities.set(key, entity);
    for (const m of g) m.entity = key;
  }
  dropCollidingNames(doc, entities);
  return entities;
}

/**
 * Names of different entities never collide. A capital that stood for its country in one sentence and for the
 * city in another stays the city's name; any other clash keeps the name with the entity that has it as label,
 * else with the first entity.
 */
function dropCollidingNames(doc: AnnotatedDocument, entities: Map<string, Entity>): void {
  const owners = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    for (const n of e.names) {
      const k = n.toLowerCase();
      let list = owners.get(k);
      if (!list) owners.set(k, (list = []));
      list.push(e);
    }
  }
  for (const [name, list] of owners) {
    if (list.length < 2) continue;
    const keep =
      list.find((e) => e.cls !== 'Country' && e.mentions.some((id) => doc.mentions[id]?.form === 'name' && doc.mentions[id]!.text.toLowerCase() === name)) ??
      list.find((e) => e.label.toLowerCase() === name) ??
      list[0]!;
    for (const e of list) {
      if (e === keep || e.label.toLowerCase() === name) continue;
      e.names = e.names.filter((n) => n.toLowerCase() !== name);
    }
  }
}

const SHARED_NOUN = /^[^.;]{0,40}?\b(troops|forces|soldiers|military|army|personnel|service members)\b/;

function synthesizedName(text: string, m: Mention): string | undefined {
  if (m.rule !== 'collective:country-forces' && m.rule !== 'collective:place-forces') return undefined;
  const noun = SHARED_NOUN.exec(text.slice(m.end, m.end + 60));
  return noun ? `${m.text} ${noun[1]}` : undefined;
}

function chooseClass(g: readonly Mention[]): EntityClass {
  const lexical = g.find((m) => m.rule.startsWith('name:lexicon') || m.rule === 'name:capital-for-country');
  if (lexical) return lexical.cls;
  const counts = new Map<EntityClass, number>();
  for (const m of g) {
    if (m.rule === 'description:anaphora') continue;
    // Names typed by their head word or shape outweigh bare names typed only by what surrounds them.
    if (m.rule === 'collective:members-of-group' || m.rule === 'collective:forces-of-group') continue;
    const weak = m.cls === 'Organization' || m.cls === 'Place' || m.rule === 'name:speaker' || m.rule === 'name:alias-context' || m.rule === 'name:locative';
    const w = m.rule === 'name:head-word' || m.rule.startsWith('name:country') || m.rule.startsWith('collective:') || m.rule === 'name:lowercase-head' ? 3 : weak ? 1 : 2;
    counts.set(m.cls, (counts.get(m.cls) ?? 0) + w);
  }
  let best: EntityClass = g[0]!.cls;
  let bestN = -1;
  for (const [c, n] of counts) if (n > bestN) [best, bestN] = [c, n];
  return best;
}

function countryOf(lex: ActorLexicon, g: readonly Mention[], canonical: string | undefined): string | undefined {
  for (const m of g) {
    const k = m.canonical !== undefined ? lex.exact.get(m.canonical) : undefined;
    if (k?.country && (k.cls === 'Country' || k.kind === 'organization')) return k.country;
  }
  if (canonical) {
    const m = /^(.*) (?:military|air force|navy|marines|government|administration)$/.exec(canonical);
    const k = m ? lex.exact.get(m[1]!) : undefined;
    if (k?.country) return k.country;
    const first = lex.exact.get(canonical.split(' ')[0]!);
    if (first?.cls === 'Country' && first.country) return first.country;
  }
  // "Russian officials", "Syrian rebel groups": a demonym opening a collective ties it to its country.
  for (const m of g) {
    if (m.cls !== 'CollectiveActor' || !m.nameable) continue;
    const two = /^(\S+\s\S+)/.exec(m.text)?.[1];
    const code = (two && lex.demonyms.get(two)) || lex.demonyms.get(m.text.split(/[\s-]/)[0]!);
    if (code) return code;
  }
  return undefined;
}
