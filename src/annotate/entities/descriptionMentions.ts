// Definite descriptions the reference reading resolved ("the front", "the cartel", "the bloc") become mentions of
// their entity, so that every relation family, event and statement reader can take them as a side like a name; and
// the descriptions the mention stage found ("the group") take that same reading, so that one reading holds everywhere.

import { ORGANIZATION_CLASSES, sentenceAt, type AnnotatedDocument, type Mention } from '../document.js';
import { nameHolds } from './references.js';

/** A reference that is a definite description, not a pronoun: "the front", "the armed group" (head last). */
const DESCRIPTION = /^the\s+(?:([a-z][a-z-]+)\s+)?([A-Za-z]+)$/i;
/**
 * Heads left as words: "the army" is most often a state's own army, which the mention stage reads on its own terms,
 * whatever "X Army" the article also names.
 */
const SKIPPED_HEADS = /^(?:army|regime|government|junta|administration)$/i;
/** Modifiers that only say what kind of body it is; any other ("the federal government") may name another. */
const KIND_MODIFIERS = /^(?:armed|militant|rebel|terrorist|jihadist|insurgent|extremist|islamist|criminal|separatist|paramilitary|new|banned|outlawed|proscribed|umbrella|broader|political|military|drug|gang|trafficking|smuggling|powerful|larger|smaller|main|whole|entire|same|latter|former|sanctioned|designated|listed)$/i;
/** Right after a name: an apposition ("X, the insurgent movement founded by ..."), which patterns read as words. */
const APPOSED = /(?:,|\(|[—–-])\s*$/;

/**
 * Adds a description mention (not nameable, rule 'description:reference') for each definite description the
 * reference reading joined to a body where no mention covers its words yet, and returns how many it added.
 * A description read as a tie, read as nothing, set in apposition to a name, or that may continue an unnamed noun
 * phrase with the same head ("al-Jamal's network ... The network") stays words.
 */
export function addDescriptionMentions(doc: AnnotatedDocument): number {
  const refs = doc.references;
  if (!refs || refs.length === 0) return 0;
  const sorted = [...doc.mentions].sort((a, b) => a.start - b.start);
  /** The index of the first mention starting at or after `at`. */
  const from = (at: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** A mention covering offset `at`, among the 40 that start last at or before it. */
  const inside = (at: number): Mention | undefined => {
    const last = from(at + 1) - 1;
    for (let i = last; i >= 0 && i >= last - 40; i--) if (sorted[i]!.end > at) return sorted[i];
    return undefined;
  };
  let added = 0;
  for (const ref of refs) {
    if (ref.entity === undefined) continue;
    const d = DESCRIPTION.exec(ref.text);
    if (!d || SKIPPED_HEADS.test(d[2]!)) continue;
    const entity = doc.entities.get(ref.entity);
    const s = sentenceAt(doc, ref.start);
    if (!entity || !s || !ORGANIZATION_CLASSES.has(entity.cls)) continue;
    // covered by a mention already (its words are a name, or a description the mention stage read)
    if (inside(ref.start) || inside(ref.end - 1)) continue;
    const modifier = d[1];
    if (modifier && !KIND_MODIFIERS.test(modifier) && !entity.names.some((n) => nameHolds(n, modifier))) continue;
    const i = from(ref.start);
    const previous = sorted[i - 1];
    if (previous && previous.sentence === s.index && APPOSED.test(doc.text.slice(previous.end, ref.start)) && /^[\s,(—–-]*$/.test(doc.text.slice(previous.end, ref.start))) continue;
    if (unnamedHeadBefore(doc, sorted, entity.mentions, ref.start, d[2]!)) continue;
    const m: Mention = {
      id: doc.mentions.length,
      start: ref.start,
      end: ref.end,
      text: ref.text,
      sentence: s.index,
      cls: entity.cls,
      form: 'description',
      rule: 'description:reference',
      entity: entity.key,
      nameable: false,
    };
    doc.mentions.push(m);
    entity.mentions.push(m.id);
    added++;
  }
  return added;
}

/** Head expressions (the head or its plural), compiled once per head for the whole run. */
const HEAD_RX = new Map<string, RegExp>();
function headRx(head: string): RegExp {
  const h = head.toLowerCase();
  let rx = HEAD_RX.get(h);
  if (!rx) HEAD_RX.set(h, (rx = new RegExp(`\\b${h}s?\\b`, 'gi')));
  return rx;
}

/** How far back an unnamed noun phrase with the description's head may be what it continues. */
const HEAD_WINDOW = 600;

/**
 * Whether the head noun stands, outside any name and after the entity's last mention, between that mention and
 * the description: "al-Jamal's network ... The network" continues the unnamed network. An apposition to the
 * entity itself ("X, a militant network, ...") is the entity.
 */
function unnamedHeadBefore(doc: AnnotatedDocument, sorted: readonly Mention[], own: readonly number[], at: number, head: string): boolean {
  let last: Mention | undefined;
  for (const id of own) {
    const m = doc.mentions[id];
    if (m && m.end <= at && m.rule !== 'description:reference' && (!last || m.end > last.end)) last = m;
  }
  const start = Math.max(last?.end ?? 0, at - HEAD_WINDOW);
  const span = doc.text.slice(start, at);
  const rx = headRx(head);
  rx.lastIndex = 0;
  for (const h of span.matchAll(rx)) {
    const pos = start + h.index;
    if (sorted.some((m) => m.start <= pos && m.end > pos)) continue;
    // "the Islamic State group": the noun right after a name of the entity is part of how it is called
    if (own.some((id) => { const m = doc.mentions[id]; return m !== undefined && /^\s*$/.test(doc.text.slice(m.end, pos)) && m.end <= pos; })) continue;
    // "X, a militant network that": the apposition names the entity itself
    if (last && /^\s*(?:\([^)]*\)\s*)?,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(doc.text.slice(last.end, pos))) continue;
    return true;
  }
  return false;
}

/**
 * Joins each description the mention stage found ("the group", "the militia", "the ministry") to the entity the
 * reference reading gives it, where that reading names one and differs from the entity resolution's nearest-name
 * guess; returns how many moved. A tie keeps the resolution's guess; a description that is all its entity has keeps
 * it too.
 */
export function joinDescriptions(doc: AnnotatedDocument): number {
  const refs = doc.references;
  if (!refs || refs.length === 0) return 0;
  const byStart = new Map<number, string>();
  for (const r of refs) if (r.entity !== undefined) byStart.set(r.start, r.entity);
  let moved = 0;
  for (const m of doc.mentions) {
    if (m.rule !== 'description:anaphora') continue;
    const read = byStart.get(m.start);
    if (read === undefined || read === m.entity) continue;
    const to = doc.entities.get(read);
    if (!to) continue;
    const from = m.entity === undefined ? undefined : doc.entities.get(m.entity);
    // a description that is its entity's only mention of substance ("the government" as the article's own) stays
    if (from && !from.mentions.some((id) => id !== m.id && doc.mentions[id]?.rule !== 'description:anaphora')) continue;
    if (from) from.mentions = from.mentions.filter((id) => id !== m.id);
    to.mentions.push(m.id);
    to.mentions.sort((a, b) => doc.mentions[a]!.start - doc.mentions[b]!.start);
    m.entity = to.key;
    moved++;
  }
  return moved;
}
