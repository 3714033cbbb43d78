// Minting IRIs: deterministic and readable, from canonical names, so that graphs built from different articles
// merge by plain union (one actor, one IRI).

import { createHash } from 'node:crypto';
import { PREFIXES } from './vocab.js';

const BASE = PREFIXES.id;

/** A lowercase ASCII slug: accents dropped, anything else but letters and digits becomes a hyphen. */
export function slug(text: string, maxLength = 80): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`"“”]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = s.length > maxLength ? s.slice(0, maxLength).replace(/-+$/, '') : s;
  return cut || 'x';
}

/** A short stable hash of some parts, for IRIs that need uniqueness beyond a readable slug. */
export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 10);
}

export function entityIri(key: string): string {
  return `${BASE}entity/${slug(key)}`;
}

export function articleIri(id: string, hash: string): string {
  return `${BASE}article/${slug(id, 60)}-${hash.slice(0, 8)}`;
}

/** A character span of an article as an RFC 5147 fragment, the way NIF names strings. */
export function spanIri(articleIriValue: string, start: number, end: number): string {
  return `${articleIriValue}#char=${start},${end}`;
}

/** A fact IRI from its kind and its identifying parts (entity keys, category, title). */
export function factIri(kind: string, parts: readonly string[]): string {
  const readable = parts.filter(Boolean).map((p) => slug(p, 30)).join('--');
  return `${BASE}fact/${kind}/${readable.slice(0, 120)}-${shortHash(kind, ...parts)}`;
}

/** An event IRI from its type and identifying parts (participants, places, date). */
export function eventIri(type: string, parts: readonly string[]): string {
  return `${BASE}event/${slug(type)}/${shortHash(type, ...parts)}`;
}

export function statementIri(speakerKey: string, articleId: string, hash: string): string {
  return `${BASE}statement/${slug(speakerKey, 40)}-${shortHash(articleId, hash)}`;
}

export function categoryIri(label: string): string {
  return `${BASE}category/${slug(label)}`;
}

export function cameoIri(code: string): string {
  return `${PREFIXES.cameo}${code}`;
}
