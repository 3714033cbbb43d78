// Scoring a built graph against a gold annotation, rule for rule as ../shared/eval/score.py (FORMAT.md): the
// competency-question queries run on our engine, and the same alignment, matching and tallies follow.

import type { Row } from '../query/engine.js';

export type GoldId = string;
type OneOrMany = GoldId | GoldId[];
type GoldDate = string | { from: string; to: string };

export interface GoldEntity {
  type: string;
  names: string[];
  optional?: boolean;
}

export interface GoldFact {
  kind: string;
  optional?: boolean;
  date?: GoldDate;
  [field: string]: unknown;
}

export interface Gold {
  article: string;
  published?: string;
  entities: Record<GoldId, GoldEntity>;
  facts: GoldFact[];
}

/** kind → [query file, required entity args, literal args matched by regex, attribute args] */
export const RELATIONS: Record<string, [string, string[], string[], string[]]> = {
  designation: ['designations.rq', ['designee', 'designator'], ['category'], ['date']],
  support: ['supports.rq', ['supporter', 'supported'], [], ['date']],
  alliance: ['alliances.rq', ['a', 'b'], [], ['date']],
  affiliation: ['affiliations.rq', ['member', 'parent'], [], []],
  succession: ['successions.rq', ['successor', 'predecessor'], [], []],
  founding: ['foundings.rq', ['founder', 'org'], [], []],
  leadership: ['leaderships.rq', ['leader', 'org'], [], []],
  role: ['roles.rq', ['person'], ['title'], ['org']],
  sanction: ['sanctions.rq', ['sanctioner', 'target'], [], ['date']],
};
const SYMMETRIC = new Set(['alliance']);
const ENTITY_ATTRS = new Set(['org', 'medium']);

/** Name normalization of the scorer: accents dropped, lower case, dots and quotes removed, hyphens as spaces. */
export function norm(text: string): string {
  let t = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  t = t.replace(/[\u2019'`"\u201c\u201d.]/g, '');
  t = t.replace(/[-\u2010-\u2015_/]/g, ' ');
  t = t.replace(/[^\p{L}\p{N}_\s]/gu, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  return t.replace(/^the /, '');
}

function asList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? (v as string[]) : [v as string];
}

// ------------------------------------------------------------------ dates

type Day = number; // days since epoch, UTC

function day(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** A gold or output date as an inclusive [first day, last day] interval. */
export function interval(value: GoldDate | undefined | null): [Day, Day] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') {
    const a = interval(value.from);
    const b = interval(value.to);
    return a && b ? [a[0], b[1]] : undefined;
  }
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(value).trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) {
    const d = day(y, Number(m[2]), Number(m[3]));
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]);
    return [day(y, mo, 1), day(y + (mo === 12 ? 1 : 0), (mo % 12) + 1, 1) - 1];
  }
  return [day(y, 1, 1), day(y, 12, 31)];
}

export function dateOk(outDates: Iterable<string>, gold: GoldDate | undefined): boolean {
  const g = interval(gold);
  for (const d of outDates) {
    const o = interval(d);
    if (o && g && g[0] <= o[0] && o[1] <= g[1]) return true;
  }
  return false;
}

// ------------------------------------------------------------------ tallies

export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  /** attribute → [correct, asked] */
  attr = new Map<string, [number, number]>();

  bump(name: string, correct: boolean): void {
    const a = this.attr.get(name) ?? [0, 0];
    a[0] += correct ? 1 : 0;
    a[1] += 1;
    this.attr.set(name, a);
  }

  add(other: Tally): void {
    this.tp += other.tp;
    this.fp += other.fp;
    this.fn += other.fn;
    for (const [k, [c, n]] of other.attr) {
      const a = this.attr.get(k) ?? [0, 0];
      a[0] += c;
      a[1] += n;
      this.attr.set(k, a);
    }
  }

  prf(): { p: number; r: number; f1: number } {
    const p = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const r = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    return { p, r, f1 };
  }
}

// ------------------------------------------------------------------ alignment

/** A graph term mapped to a gold id, or kept as an unaligned marker. */
type Mapped = string;
const UNALIGNED = (v: string): Mapped => `?\u0000${v}`;

/** Maps each output entity IRI to the gold entity id with which it shares the most normalized names. */
export function align(namesRows: Row[], gold: Record<GoldId, GoldEntity>): Map<string, GoldId | null> {
  const goldNames = Object.entries(gold).map(([id, e]) => [id, new Set(e.names.map(norm))] as const);
  const outNames = new Map<string, Set<string>>();
  for (const r of namesRows) {
    if (!r['entity'] || !r['name']) continue;
    const set = outNames.get(r['entity']) ?? new Set<string>();
    set.add(norm(r['name']));
    outNames.set(r['entity'], set);
  }
  const mapping = new Map<string, GoldId | null>();
  for (const [iri, names] of outNames) {
    let best: GoldId | null = null;
    let bestN = 0;
    for (const [gid, gn] of goldNames) {
      let n = 0;
      for (const x of names) if (gn.has(x)) n++;
      if (n > bestN) {
        best = gid;
        bestN = n;
      }
    }
    mapping.set(iri, best);
  }
  return mapping;
}

const NONE = 'None\u0000';

/** An output fact the scorer matched to no gold fact: its kind and its raw values (IRIs or literals) by argument. */
export interface SpuriousFact {
  kind: string;
  args: Record<string, string[]>;
}

/**
 * What the scoring functions record when asked to explain: each required gold fact left unmatched and each output
 * fact counted as a false positive, in the order the scorer decided them (so it is the scorer's matching, not a copy).
 */
/** A matched gold fact whose attribute the output got wrong (or left out): what the output gave instead. */
export interface WrongAttribute {
  fact: GoldFact;
  attr: string;
  got: string[];
}

/** The entity side of an explanation: gold entities no node aligned to, nodes counted as false positives, wrong types. */
export interface EntityExplanation {
  missed: GoldId[];
  /** an output entity IRI, and the gold id it duplicates when it is a second node for one gold entity */
  spurious: { iri: string; duplicateOf?: GoldId }[];
  wrongType: { id: GoldId; iri: string; got: string[] }[];
}

export interface Explanation {
  missed: GoldFact[];
  spurious: SpuriousFact[];
  wrong: WrongAttribute[];
  entities: EntityExplanation;
  /** output entity IRI → the gold id it was aligned to (null: none), as scored */
  alignment: Map<string, GoldId | null>;
}

/** An empty explanation for the scoring functions to fill. */
export function newExplanation(): Explanation {
  return { missed: [], spurious: [], wrong: [], entities: { missed: [], spurious: [], wrongType: [] }, alignment: new Map() };
}

/** Tallies one attribute and, when it is wrong, records the output's raw values for it. */
function judge(t: Tally, explain: Explanation | undefined, fact: GoldFact, attr: string, ok: boolean, got: () => Set<string> | undefined): void {
  t.bump(attr, ok);
  if (!ok && explain) explain.wrong.push({ fact, attr, got: [...(got() ?? [])].sort() });
}

function rawArgs(values: Map<string, Set<string>>): Record<string, string[]> {
  const args: Record<string, string[]> = {};
  for (const [k, v] of values) if (v.size) args[k] = [...v].sort();
  return args;
}

/** As score.py's mapping.get(v, ("?", v)): an IRI aligned to nothing maps to None, one never named to a marker. */
function mapOf(mapping: Map<string, GoldId | null>, v: string): Mapped {
  if (!mapping.has(v)) return UNALIGNED(v);
  const m = mapping.get(v);
  return m === null || m === undefined ? NONE : m;
}

export function scoreEntities(mapping: Map<string, GoldId | null>, typesRows: Row[], gold: Gold, explain?: EntityExplanation): Tally {
  const t = new Tally();
  const outTypes = new Map<string, Set<string>>();
  for (const r of typesRows) {
    if (!r['entity'] || !r['type']) continue;
    const s = outTypes.get(r['entity']) ?? new Set<string>();
    s.add(r['type']);
    outTypes.set(r['entity'], s);
  }
  const seen = new Set<GoldId>();
  for (const iri of [...mapping.keys()].sort()) {
    const gid = mapping.get(iri);
    if (gid === null || gid === undefined) {
      t.fp++;
      explain?.spurious.push({ iri });
      continue;
    }
    const ent = gold.entities[gid]!;
    if (ent.optional) continue;
    if (seen.has(gid)) {
      t.fp++;
      explain?.spurious.push({ iri, duplicateOf: gid });
      continue;
    }
    seen.add(gid);
    t.tp++;
    const typed = outTypes.get(iri)?.has(ent.type) ?? false;
    t.bump('type', typed);
    if (!typed) explain?.wrongType.push({ id: gid, iri, got: [...(outTypes.get(iri) ?? [])].sort() });
  }
  for (const [gid, e] of Object.entries(gold.entities)) {
    if (e.optional || seen.has(gid)) continue;
    t.fn++;
    explain?.missed.push(gid);
  }
  return t;
}

function litMatch(pattern: string, value: string | undefined): boolean {
  return value !== undefined && new RegExp(pattern).test(norm(value));
}


interface OutFact {
  key: (Mapped | null)[];
  lits: (string | null)[];
  rec: Map<string, Set<string>>;
  /** every value of every argument as the graph gave it, for explanations */
  raw: Map<string, Set<string>>;
}

export function scoreRelation(
  kind: string,
  rows: Row[] | undefined,
  mapping: Map<string, GoldId | null>,
  gold: Gold,
  explain?: Explanation,
): Tally {
  const [, entArgs, litArgs, attrs] = RELATIONS[kind]!;
  const t = new Tally();
  const golds = gold.facts.filter((f) => f.kind === kind);
  const out = new Map<string, OutFact>();
  for (const r of rows ?? []) {
    let key: (Mapped | null)[] = entArgs.map((a) => {
      const m = r[a] !== undefined ? mapOf(mapping, r[a]!) : null;
      return m === NONE ? null : m;
    });
    if (SYMMETRIC.has(kind)) key = [...key].sort((x, y) => (String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0));
    const lits = litArgs.map((a) => (r[a] !== undefined ? norm(r[a]!) : null));
    const k = JSON.stringify([key, lits]);
    let rec = out.get(k);
    if (!rec) {
      rec = { key, lits, rec: new Map([...litArgs, ...attrs].map((a) => [a, new Set<string>()])), raw: new Map() };
      out.set(k, rec);
    }
    if (explain) {
      for (const [a, v] of Object.entries(r)) {
        if (v === undefined) continue;
        const set = rec.raw.get(a) ?? new Set<string>();
        set.add(v);
        rec.raw.set(a, set);
      }
    }
    for (const a of [...litArgs, ...attrs]) {
      const v = r[a];
      if (v !== undefined) rec.rec.get(a)!.add(ENTITY_ATTRS.has(a) ? mapOf(mapping, v) : v);
    }
  }
  const used = new Set<string>();
  const matches = (g: GoldFact, f: OutFact): boolean => {
    if (SYMMETRIC.has(kind)) {
      const want = new Set<string>();
      for (const x of asList(g['a'])) for (const y of asList(g['b'])) want.add([x, y].sort().join('\u0000'));
      const pair = [...f.key].map(String).sort().join('\u0000');
      if (!want.has(pair)) return false;
    } else {
      for (let i = 0; i < entArgs.length; i++) {
        const a = entArgs[i]!;
        if (!(a in g)) continue;
        const v = f.key[i];
        if (v === null || v === undefined || !asList(g[a]).includes(v)) return false;
      }
    }
    for (const a of litArgs) {
      if (a in g && ![...f.rec.get(a)!].some((v) => litMatch(String(g[a]), v))) return false;
    }
    return true;
  };
  const ordered = [...golds].sort((a, b) => Number(Boolean(a.optional)) - Number(Boolean(b.optional)));
  for (const g of ordered) {
    let hit: string | undefined;
    for (const [k, f] of out) {
      if (!used.has(k) && matches(g, f)) {
        hit = k;
        break;
      }
    }
    if (hit === undefined) {
      if (!g.optional) {
        t.fn++;
        explain?.missed.push(g);
      }
      continue;
    }
    used.add(hit);
    if (g.optional) continue;
    t.tp++;
    const { rec, raw } = out.get(hit)!;
    for (const a of attrs) {
      if (!(a in g)) continue;
      const ok = a === 'date' ? dateOk(rec.get(a)!, g.date) : asList(g[a]).some((x) => rec.get(a)!.has(x));
      judge(t, explain, g, a, ok, () => raw.get(a));
    }
  }
  for (const [k, f] of out) {
    if (used.has(k)) continue;
    t.fp++;
    explain?.spurious.push({ kind, args: rawArgs(f.raw) });
  }
  return t;
}

type Grouped = Map<string, Map<string, Set<string>>>;

const addTo = (e: Map<string, Set<string>>, k: string, v: string): void => {
  const set = e.get(k) ?? new Set<string>();
  set.add(v);
  e.set(k, set);
};

/** Groups rows by their id variable, entity roles mapped to gold ids; `raw`, when given, gets the unmapped values. */
function groupEvents(rows: Row[] | undefined, mapping: Map<string, GoldId | null>, idVar: string, raw?: Grouped): Grouped {
  const events: Grouped = new Map();
  for (const r of rows ?? []) {
    const eid = r[idVar];
    if (eid === undefined) continue;
    let e = events.get(eid);
    if (!e) {
      e = new Map();
      events.set(eid, e);
    }
    let re = raw?.get(eid);
    if (raw && !re) {
      re = new Map();
      raw.set(eid, re);
    }
    for (const [k, v] of Object.entries(r)) {
      if (v === undefined || k === idVar) continue;
      addTo(e, k, ['agent', 'target', 'place', 'speaker', 'medium'].includes(k) ? mapOf(mapping, v) : v);
      if (re) addTo(re, k, v);
    }
  }
  return events;
}

const get = (e: Map<string, Set<string>>, k: string): Set<string> => e.get(k) ?? new Set();
const overlap = (s: Set<string>, l: string[]): number => l.filter((x, i) => s.has(x) && l.indexOf(x) === i).length;

export function scoreEvents(rows: Row[] | undefined, mapping: Map<string, GoldId | null>, gold: Gold, explain?: Explanation): Tally {
  const t = new Tally();
  const raw: Grouped | undefined = explain ? new Map() : undefined;
  const events = groupEvents(rows, mapping, 'event', raw);
  const golds = gold.facts.filter((f) => f.kind === 'event');
  const cands: [number, number, string][] = [];
  golds.forEach((g, gi) => {
    const gtype = String(g['type']).toLowerCase();
    for (const [eid, e] of events) {
      if (![...get(e, 'type')].some((x) => x.toLowerCase() === gtype)) continue;
      const ov = overlap(get(e, 'agent'), asList(g['agent'])) + overlap(get(e, 'target'), asList(g['target']));
      const place = asList(g['place']).some((p) => get(e, 'place').has(p));
      if (ov === 0 && !(asList(g['agent']).length === 0 && asList(g['target']).length === 0 && place)) continue;
      const when = g.date !== undefined ? dateOk(get(e, 'date'), g.date) : false;
      cands.push([ov + Number(place) + Number(when) - 0.5 * Number(Boolean(g.optional)), gi, eid]);
    }
  });
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  const goldUsed = new Set<number>();
  const evUsed = new Set<string>();
  for (const [, gi, eid] of cands) {
    if (goldUsed.has(gi) || evUsed.has(eid)) continue;
    goldUsed.add(gi);
    evUsed.add(eid);
    const g = golds[gi]!;
    const e = events.get(eid)!;
    if (g.optional) continue;
    t.tp++;
    for (const role of ['agent', 'target', 'place']) {
      const want = asList(g[role]);
      if (want.length) judge(t, explain, g, role, want.some((x) => get(e, role).has(x)), () => raw?.get(eid)?.get(role));
    }
    if (g.date !== undefined) judge(t, explain, g, 'date', dateOk(get(e, 'date'), g.date), () => raw?.get(eid)?.get('date'));
  }
  golds.forEach((g, gi) => {
    if (!goldUsed.has(gi) && !g.optional) {
      t.fn++;
      explain?.missed.push(g);
    }
  });
  for (const eid of events.keys()) {
    if (evUsed.has(eid)) continue;
    t.fp++;
    if (explain) explain.spurious.push({ kind: 'event', args: rawArgs(raw!.get(eid)!) });
  }
  return t;
}

export function scoreStatements(rows: Row[] | undefined, mapping: Map<string, GoldId | null>, gold: Gold, explain?: Explanation): Tally {
  const t = new Tally();
  const bySpeaker = new Map<string, { date: Set<string>; medium: Set<string> }>();
  // the scorer counts statements per mapped speaker; an explanation shows the raw values behind each such speaker
  const rawBySpeaker = new Map<string, Map<string, Set<string>>>();
  const raw: Grouped | undefined = explain ? new Map() : undefined;
  for (const [eid, e] of groupEvents(rows, mapping, 'statement', raw)) {
    for (const s of get(e, 'speaker')) {
      const rec = bySpeaker.get(s) ?? { date: new Set<string>(), medium: new Set<string>() };
      for (const d of get(e, 'date')) rec.date.add(d);
      for (const m of get(e, 'medium')) rec.medium.add(m);
      bySpeaker.set(s, rec);
      if (raw) {
        const into = rawBySpeaker.get(s) ?? new Map<string, Set<string>>();
        for (const [k, vs] of raw.get(eid)!) {
          if (k === 'speaker') addTo(into, k, [...vs].find((v) => mapOf(mapping, v) === s)!);
          else for (const v of vs) addTo(into, k, v);
        }
        rawBySpeaker.set(s, into);
      }
    }
  }
  const golds = gold.facts.filter((f) => f.kind === 'statement');
  const used = new Set<string>();
  const ordered = [...golds].sort((a, b) => Number(Boolean(a.optional)) - Number(Boolean(b.optional)));
  for (const g of ordered) {
    const speakers = asList(g['speaker']);
    const hit = [...bySpeaker.keys()].find((s) => !used.has(s) && speakers.includes(s));
    if (hit === undefined) {
      if (!g.optional) {
        t.fn++;
        explain?.missed.push(g);
      }
      continue;
    }
    used.add(hit);
    if (g.optional) continue;
    t.tp++;
    const rec = bySpeaker.get(hit)!;
    if (g.date !== undefined) judge(t, explain, g, 'date', dateOk(rec.date, g.date), () => rawBySpeaker.get(hit)?.get('date'));
    if (g['medium'] !== undefined) judge(t, explain, g, 'medium', asList(g['medium']).some((m) => rec.medium.has(m)), () => rawBySpeaker.get(hit)?.get('medium'));
  }
  for (const s of bySpeaker.keys()) {
    if (used.has(s)) continue;
    t.fp++;
    if (explain) explain.spurious.push({ kind: 'statement', args: rawArgs(rawBySpeaker.get(s)!) });
  }
  return t;
}

/**
 * Runs the competency-question queries (via `select`) and scores every kind for one article; with `explain`, also
 * records the missed gold facts and the spurious output facts, and the output-entity → gold-id alignment used.
 */
export function scoreGraph(
  select: (queryFile: string) => Row[] | undefined,
  gold: Gold,
  explain?: Explanation,
): Map<string, Tally> {
  const mapping = align(select('names.rq') ?? [], gold.entities);
  if (explain) for (const [iri, gid] of mapping) explain.alignment.set(iri, gid);
  const result = new Map<string, Tally>();
  result.set('entities', scoreEntities(mapping, select('types.rq') ?? [], gold, explain?.entities));
  for (const [kind, [file]] of Object.entries(RELATIONS)) result.set(kind, scoreRelation(kind, select(file), mapping, gold, explain));
  result.set('event', scoreEvents(select('events.rq'), mapping, gold, explain));
  result.set('statement', scoreStatements(select('statements.rq'), mapping, gold, explain));
  return result;
}

/** Sums per-article tallies by kind and adds the micro-average over all facts ("ALL FACTS"). */
export function totals(perArticle: Iterable<Map<string, Tally>>): Map<string, Tally> {
  const total = new Map<string, Tally>();
  for (const res of perArticle) {
    for (const [k, v] of res) {
      const t = total.get(k) ?? new Tally();
      t.add(v);
      total.set(k, t);
    }
  }
  const facts = new Tally();
  for (const [k, v] of total) if (k !== 'entities') facts.add(v);
  total.set('ALL FACTS', facts);
  return total;
}
