// Reference resolution by salience: which entity a pronoun ("it", "its", "him") or a definite description ("the group",
// "the front", "the Council") stands for, read once for the whole article so that every stage takes the same reading.

import { ORGANIZATION_CLASSES, PLACE_CLASSES, sentenceAt, type AnnotatedDocument, type EntityClass, type Mention, type Reference, type Sentence } from '../document.js';

/** What a reference may stand for. */
export type ReferenceKind = 'person' | 'body' | 'plural' | 'head';

/** How many sentences back a reference may reach. */
const WINDOW = 3;

/**
 * Head nouns a description names its entity by: "the front" after "the Sahel Liberation Front". The description
 * stands only for an entity whose name holds the word, never for any body of a compatible class.
 */
export const NAME_HEADS = /^(?:front|union|council|movement|army|cartel|bloc|party|alliance|coalition|brigade|brigades|battalion|commission|committee|league|federation|network|gang|corps|militia|organi[sz]ation|group|regime|government|agency|ministry|department|company|junta|administration)$/i;

/** Generic heads: with no name holding the word, a body of the class the noun names. */
const GENERIC_HEADS: [RegExp, ReadonlySet<EntityClass>][] = [
  [/^(?:regime|government|junta|administration)$/i, new Set<EntityClass>(['Government'])],
  [/^(?:group|organi[sz]ation|movement|militia|network|gang|faction)$/i, new Set<EntityClass>(['ArmedGroup', 'Organization'])],
  [/^(?:agency|ministry|department)$/i, new Set<EntityClass>(['GovernmentAgency'])],
  [/^company$/i, new Set<EntityClass>(['Company'])],
];

const PRONOUNS = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/gi;
/** "the front", "the armed group", "the Council": a definite article, at most one lower-case modifier, a head noun. */
const DESCRIPTION = new RegExp(
  `\\b[Tt]he\\s+(?:[a-z][a-z-]+\\s+)?(${NAME_HEADS.source.slice(4, -2).replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`)})\\b`,
  'g',
);
/** A description followed by these is a name or a noun modifier, not a reference ("the Department of State"). */
const NOT_A_REFERENCE_AFTER = /^(?:\s+of\b|\s+\p{Lu}|['’]?s?\s*-|\s+(?:leader|leaders|chief|commander|commanders|member|members|spokes\w+|official|officials|headquarters|base|bases|fighters|forces)\b)/u;

/** Prepositions of place before "the front": the battle line. */
const BATTLE_LINE_BEFORE = /\b(?:to|at|on|near|along|from|toward|towards|in)\s+$/i;

/** Words after which "it", "him", "them" is a verb's or preposition's object, not a clause's subject. */
const CLAUSE_OPENER = /^(?:that|and|but|because|if|when|as|after|before|while|said|says|say|told|added|although|though|since|until|whether|so|then|or)$/i;
/** Where a new clause with its own subject starts inside a sentence. */
const CLAUSE_BOUNDARY = /(?:[,;]\s+(?:and|but|while|whereas)\s+|;\s+|\b(?:said|says|added|announced|claimed|stated|told\s+\S+)\s+(?:that\s+)?|\bthat\s+)/g;
/** A sentence-opening adverbial before its subject: "On Monday,", "In 2017,", "According to X,". */
const OPENER = /^[\s"“‘'(]*(?:(?:On|In|At|By|Since|After|Before|During|Following|Last|Earlier|Later|Meanwhile|However|Also|But|And|Separately|Under|Despite|According|Unlike|Like|Until|Over|Within|For|With|When|While|As|Although|Though|Once|Shortly|Then|Now|Today|Yesterday|Overnight|Early|Late|Amid|Days|Weeks|Months|Years|Hours)\b[^,;]{0,90},\s*)?/;
/** A subject with no name: "The attack on X", "This plan", "A car bomb". */
const THING_SUBJECT = /^(?:the|this|that|a|an)\s+[a-z][a-z-]*/i;

interface Subject {
  /** The subject's entity, 'tie' for coordinated names, 'thing' for a subject no entity names. */
  value: string | 'tie' | 'thing';
  start: number;
  end: number;
}

/** Salience reading of a document's entities: the mentions in text order with the entity each stands for. */
interface Reader {
  doc: AnnotatedDocument;
  /** Resolved mentions, in text order (longest first at one offset). */
  ms: readonly Mention[];
  keyOf: (m: Mention) => string | undefined;
  classOf: (key: string) => EntityClass | undefined;
  namesOf: (key: string) => readonly string[];
  /** References already read, by start offset, for a pronoun subject ("It said ...") to chain. */
  read: Map<number, string | undefined>;
  /** Mentions of each sentence, by sentence index, filled as sentences are read. */
  bySentence: Map<number, readonly Mention[]>;
}

/** Whether an entity of a class can be what a reference of a kind stands for. */
function fitsKind(kind: ReferenceKind, cls: EntityClass): boolean {
  if (kind === 'person') return cls === 'Person';
  if (kind === 'plural') return ORGANIZATION_CLASSES.has(cls) || cls === 'CollectiveActor' || cls === 'Country';
  return ORGANIZATION_CLASSES.has(cls) || cls === 'Country';
}

/** Whether an entity of a class is a body a description may name: an organization or a country. */
function isBody(cls: EntityClass | undefined): boolean {
  return cls !== undefined && (ORGANIZATION_CLASSES.has(cls) || cls === 'Country');
}

/** The kind of a pronoun. */
export function pronounKind(word: string): ReferenceKind {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'she' || w === 'her') return 'person';
  if (w === 'they' || w === 'them' || w === 'their') return 'plural';
  return 'body';
}

/** Mentions of a sentence, in text order. */
function inSentence(r: Reader, s: Sentence): readonly Mention[] {
  let list = r.bySentence.get(s.index);
  if (!list) r.bySentence.set(s.index, (list = r.ms.filter((m) => m.start >= s.start && m.end <= s.end)));
  return list;
}

/** The mention that starts at `at` (skipping "the" and quotes), longest first, possessor passed over. */
function mentionAt(r: Reader, ms: readonly Mention[], at: number): Mention | undefined {
  const lead = /^[\s"“‘']*(?:(?:the|The)\s+)?/.exec(r.doc.text.slice(at, at + 8))![0].length;
  const here = ms.filter((m) => m.start === at + lead);
  if (here.length === 0) return undefined;
  const longest = here.reduce((a, b) => (b.end > a.end ? b : a));
  // "Mali's army said", "UAE-based Blue Horizon manages": the subject is the army, the company, not the country.
  const own = /^(?:['’]s?|[-‐]\p{Ll}+)\s+/u.exec(r.doc.text.slice(longest.end, longest.end + 16));
  if (own) return ms.filter((m) => m.start === longest.end + own[0].length).reduce<Mention | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
  return longest;
}

/** The subject of the clause that starts at `at`, up to `limit`. */
function subjectAt(r: Reader, ms: readonly Mention[], at: number, limit: number): Subject | undefined {
  const text = r.doc.text;
  const m = mentionAt(r, ms, at);
  if (m && m.end <= limit) {
    const key = r.keyOf(m);
    if (key === undefined) return undefined;
    // "A and B attacked", "A, B and C said": no one of them is the subject alone.
    let end = m.end;
    const aside = /^\s*\([^)]*\)/.exec(text.slice(end, end + 80));
    if (aside) end += aside[0].length;
    const next = /^(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?/.exec(text.slice(end, end + 12));
    if (next) {
      const other = ms.find((o) => o.start === end + next[0].length && r.keyOf(o) !== undefined && r.keyOf(o) !== key);
      // "A, B and C said" is a list; "A, B's affiliate, said" an apposition.
      const listed = other && (!next[0].includes(',') || /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?\p{Lu}/u.test(text.slice(other.end, other.end + 40)));
      if (other && listed) return { value: 'tie', start: m.start, end: other.end };
    }
    return { value: key, start: m.start, end: m.end };
  }
  const rest = text.slice(at, limit);
  const pro = /^[\s"“]*(It|They|He|She|it|they|he|she)\b/.exec(rest);
  if (pro) {
    const start = at + pro[0].length - pro[1]!.length;
    const chained = r.read.get(start);
    return chained === undefined ? undefined : { value: chained, start, end: start + pro[1]!.length };
  }
  const thing = THING_SUBJECT.exec(rest.replace(/^[\s"“]+/, ''));
  if (thing) return { value: 'thing', start: at, end: at + thing[0].length };
  return undefined;
}

/** The subject of a sentence, past an opening adverbial ("On Monday, the group said"). */
function sentenceSubject(r: Reader, s: Sentence, ms: readonly Mention[]): Subject | undefined {
  const open = OPENER.exec(r.doc.text.slice(s.start, s.end))![0].length;
  return subjectAt(r, ms, s.start + open, s.end);
}

/** The subjects of the clauses of a sentence that open before `at`, nearest first. */
function clauseSubjects(r: Reader, s: Sentence, ms: readonly Mention[], at: number): Subject[] {
  const out: Subject[] = [];
  const first = sentenceSubject(r, s, ms);
  if (first && first.end <= at) out.push(first);
  const span = r.doc.text.slice(s.start, at);
  for (const b of span.matchAll(CLAUSE_BOUNDARY)) {
    const sub = subjectAt(r, ms, s.start + b.index + b[0].length, at);
    if (sub && !out.some((o) => o.start === sub.start)) out.push(sub);
  }
  return out.sort((a, b) => b.start - a.start);
}

/**
 * The entity a reference at [start, end) stands for: the subject of its own sentence's earlier clause (not the
 * subject of the very clause whose object it is), else another body its sentence names before it if just one,
 * else the subject of the sentence before, else the one body of the nearest earlier sentence that names any.
 * Null (a tie: nothing may be guessed) when two names share the salient place or the salient subject is no entity
 * ("The attack ... It killed"); undefined when salience is only unclear, so that recency may still decide.
 */
function resolve(r: Reader, start: number, word: string, kind: ReferenceKind, accept: (key: string) => boolean, object: boolean, subjectsOnly = false): string | null | undefined {
  const doc = r.doc;
  const s = sentenceAt(doc, start);
  if (!s) return undefined;
  const si = doc.sentences[s.index] === s ? s.index : doc.sentences.indexOf(s);
  const own = inSentence(r, s);
  const fits = (v: string | 'tie' | 'thing'): boolean => v !== 'tie' && v !== 'thing' && accept(v);
  const subjects = clauseSubjects(r, s, own, start);
  // "The United States listed it": an object is not its own clause's subject.
  const nearest = subjects[0];
  // a relative clause set off by commas between the subject and its verb ("X, which the Department designated in
  // February, continues to supply the gang") opens no new clause for the object
  const excluded = object && nearest && !CLAUSE_BOUNDARY_BETWEEN.test(doc.text.slice(nearest.end, start).replace(RELATIVE_ASIDE, ' ')) ? nearest.value : undefined;
  for (const [i, sub] of subjects.entries()) {
    if (i === 0 && excluded !== undefined) continue;
    if (sub.value === 'tie') return null;
    if (sub.value === 'thing') {
      if (kind === 'body' && /^it$/i.test(word)) return null;
      continue;
    }
    if (!fits(sub.value)) continue;
    // "Jundallah, a group that crumbled after Iran executed its founder": another body between the subject and the
    // reference may be what it stands for; salience is not clear.
    // A reference that opens its own clause ("...; it was founded by", ", and its commanders") continues the subject.
    if (opensClause(doc.text, s.start, start)) return sub.value;
    const between = rivals(r, own, sub.end, start).some((k) => k !== sub.value && k !== excluded && accept(k));
    return between ? undefined : sub.value;
  }
  if (subjectsOnly && subjects.length > 0) return undefined;
  // "X, which has conducted operations against the group": the relative's own host is its subject, not its object
  const hostsIt = (m: Mention): boolean => object && RELATIVE_HOST.test(doc.text.slice(m.end, start));
  const earlier = new Set(own.filter((m) => m.end <= start && !hostsIt(m)).map((m) => r.keyOf(m)).filter((k): k is string => k !== undefined && k !== excluded && accept(k)));
  if (earlier.size === 1) return [...earlier][0]!;
  if (earlier.size > 1) return undefined;
  for (let back = 1; back <= WINDOW && si - back >= 0; back++) {
    const prev = doc.sentences[si - back]!;
    if (prev.furniture !== undefined) continue;
    const pms = inSentence(r, prev);
    if (back === 1) {
      const sub = sentenceSubject(r, prev, pms);
      if (sub?.value === 'tie') return null;
      if (sub?.value === 'thing' && kind === 'body' && /^it$/i.test(word)) return null;
      if (sub && fits(sub.value)) return sub.value;
      if (subjectsOnly) return undefined;
    }
    const keys = new Set(pms.map((m) => r.keyOf(m)).filter((k): k is string => k !== undefined && accept(k)));
    if (keys.size === 1) return [...keys][0]!;
    if (keys.size > 1) return undefined;
  }
  return undefined;
}
// "X, which the Department designated in February, continues": an aside closed by a comma; "MIT, which has
// conducted operations against the group": a relative on the subject itself, whose subject it stays
const RELATIVE_HOST = /^\s*\)?\s*(?:\([^)]*\)\s*)?,\s+(?:which|who)\b[^,;]*$/;
const RELATIVE_ASIDE = /^\s*,\s+(?:(?:which|who|whom|whose)\b[^,;]*,|(?:which|who)\s+(?=[^,;]*$))/;
const CLAUSE_BOUNDARY_BETWEEN = /[,;]\s+(?:and|but|while|whereas)\s+|;\s+|\b(?:said|says|added|announced|claimed|stated|that|which|who|after|before|because|when|while)\b/;

const OPENS_CLAUSE = /(?:^[\s"“]*|[;:]\s*|,\s+(?:and|but|while|whereas)\s+|\b(?:said|says|added|announced|claimed|stated|that|and|but)\s+)$/;
const PREPOSITION_BEFORE = /\b(?:of|from|with|against|into|by|for|to|in|on|at|between|among|including|as|under|over)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:and|or)\s+(?:the\s+)?)?$/u;
const COORDINATED_BEFORE = /^(?:\s*\([^)]*\))?\s*(?:,\s*|\s+(?:and|or)\s+|,\s+and\s+)(?:the\s+)?$/;

/** Whether a reference at `at` opens its clause, as its subject or the possessor of its subject. */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  return OPENS_CLAUSE.test(text.slice(Math.max(sentenceStart, at - 40), at)) || at === sentenceStart;
}

/**
 * The entities named between two offsets that could rival a subject for a reference: not those governed by a
 * preposition ("the merger of A and B"), which a later pronoun seldom means.
 */
function rivals(r: Reader, own: readonly Mention[], from: number, to: number): string[] {
  const text = r.doc.text;
  const out: string[] = [];
  let previous: Mention | undefined;
  let previousOblique = false;
  for (const m of own) {
    if (m.start < from || m.end > to || (previous && m.start < previous.end)) continue;
    const before = text.slice(Math.max(from, m.start - 60), m.start);
    // "JNIM, al Qaeda's affiliate, ... its media arm": a possessor inside an apposition rivals no one.
    const possessor = /^['’]s?\s/.test(text.slice(m.end, m.end + 3));
    const oblique: boolean = possessor || PREPOSITION_BEFORE.test(before) || (previousOblique && previous !== undefined && COORDINATED_BEFORE.test(text.slice(previous.end, m.start)));
    if (!oblique) out.push(r.keyOf(m)!);
    previous = m;
    previousOblique = oblique;
  }
  return out;
}

/** Word expressions, compiled once per word for the whole run (heads and modifiers are a small closed set). */
const WORD_RX = new Map<string, RegExp>();

/** Whether a name holds a word (a head noun, a modifier) as a word: "Council of the European Union" holds "council". */
export function nameHolds(name: string, word: string): boolean {
  const w = word.toLowerCase();
  let rx = WORD_RX.get(w);
  if (!rx) WORD_RX.set(w, (rx = new RegExp(`\\b${w}\\b`, 'i')));
  return rx.test(name);
}

/** The classes a generic head noun stands for, if it is one. */
function genericClasses(head: string): ReadonlySet<EntityClass> | undefined {
  return GENERIC_HEADS.find(([rx]) => rx.test(head))?.[1];
}

/**
 * Reads every pronoun and definite description of the article. A description whose head noun some entity's name
 * holds stands for such an entity ("the front" → "the Sahel Liberation Front"); a generic one ("the group") for a
 * body of its class; a pronoun for a person (he, him, his), a body or country (it, its) or a body or group (they).
 */
export function readReferences(doc: AnnotatedDocument): Reference[] {
  const ms = doc.mentions.filter((m) => m.entity !== undefined && m.form !== 'pronoun').sort((a, b) => a.start - b.start || b.end - a.end);
  const r: Reader = {
    doc,
    ms,
    keyOf: (m) => m.entity,
    classOf: (k) => doc.entities.get(k)?.cls,
    namesOf: (k) => doc.entities.get(k)?.names ?? [],
    read: new Map(),
    bySentence: new Map(),
  };
  const covered = (start: number, end: number): Mention | undefined => {
    const s = sentenceAt(doc, start);
    return s ? inSentence(r, s).find((m) => m.start <= start && m.end >= end) ?? doc.mentions.find((m) => m.sentence === s.index && m.start <= start && m.end >= end) : undefined;
  };
  const found: { start: number; end: number; text: string; kind: ReferenceKind; head?: string; object: boolean }[] = [];
  for (const p of doc.text.matchAll(PRONOUNS)) {
    const start = p.index;
    const before = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    const object = /^(?:it|them|him)$/i.test(p[0]) && /^[a-z]+$/.test(before) && !CLAUSE_OPENER.test(before);
    found.push({ start, end: start + p[0].length, text: p[0], kind: pronounKind(p[0]), object });
  }
  for (const d of doc.text.matchAll(DESCRIPTION)) {
    const head = d[1]!;
    if (!NAME_HEADS.test(head)) continue;
    const start = d.index;
    const end = start + d[0].length;
    if (NOT_A_REFERENCE_AFTER.test(doc.text.slice(end, end + 16))) continue;
    // "sent them to the front", "fighting at the front": the battle line, not a body
    if (/^front$/i.test(head) && BATTLE_LINE_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) continue;
    const inside = covered(start + d[0].length - head.length, end);
    if (inside && inside.form !== 'description') continue;
    const before = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    found.push({ start, end, text: d[0], kind: 'head', head, object: /^[a-z]+$/.test(before) && !CLAUSE_OPENER.test(before) });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Reference[] = [];
  for (const f of found) {
    let accept: (k: string) => boolean;
    if (f.kind === 'head') {
      const head = f.head!;
      // a country's force named by its noun ("the Kenyan army") holds the head as well as a name does
      // and a person or a place is no body a description names ("the bloc" is never a "Varn Bloc" read as a person)
      const holders = new Set(ms.filter((m) => m.start < f.start && (m.form !== 'description' || m.nameable) && nameHolds(m.text, head) && isBody(r.classOf(m.entity!))).map((m) => m.entity!));
      const classes = genericClasses(head);
      // "the Council" after "the Council of the European Union": the one body of the article so named, wherever it was.
      if (holders.size === 1 && !classes) {
        const only = [...holders][0]!;
        r.read.set(f.start, only);
        out.push({ start: f.start, end: f.end, text: f.text, entity: only });
        continue;
      }
      if (classes) accept = (k) => holders.has(k) || classes.has(r.classOf(k)!);
      else if (holders.size > 1) accept = (k) => holders.has(k);
      else {
        out.push({ start: f.start, end: f.end, text: f.text });
        continue;
      }
    } else {
      const kind = f.kind;
      accept = (k) => {
        const cls = r.classOf(k);
        return cls !== undefined && fitsKind(kind, cls) && !PLACE_CLASSES.has(cls);
      };
    }
    const key = resolve(r, f.start, f.text, f.kind, accept, f.object);
    r.read.set(f.start, key ?? undefined);
    const ref: Reference = { start: f.start, end: f.end, text: f.text };
    if (key) ref.entity = key;
    else if (key === null) ref.tie = true;
    out.push(ref);
  }
  return out;
}

/** The reference that starts at a document offset (leading spaces skipped), if one was read there. */
export function referenceAt(doc: AnnotatedDocument, offset: number): Reference | undefined {
  const refs = doc.references;
  if (!refs) return undefined;
  let at = offset;
  while (/\s/.test(doc.text[at] ?? '')) at++;
  let lo = 0;
  let hi = refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = refs[mid]!;
    if (x.start < at) lo = mid + 1;
    else if (x.start > at) hi = mid - 1;
    else return x;
  }
  return undefined;
}

/**
 * The salience reading for entity resolution, before entities exist: the group (as `keyOf` names it) of the
 * subject, of its own sentence's earlier clause or of the sentence before, that a description at `at` stands for,
 * among the groups `accept` allows; null on a tie, undefined where no subject decides (recency is the caller's).
 * `ms` are the resolved mentions in text order.
 */
export function salientGroup(doc: AnnotatedDocument, ms: readonly Mention[], keyOf: (m: Mention) => string | undefined, at: number, words: string, accept: (key: string) => boolean): string | null | undefined {
  const r: Reader = { doc, ms, keyOf, classOf: () => undefined, namesOf: () => [], read: new Map(), bySentence: new Map() };
  const before = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  return resolve(r, at, words, 'head', accept, /^[a-z]+$/.test(before) && !CLAUSE_OPENER.test(before), true);
}
