// Where the reporter files from, as the events stage sees it: the sentences stage's datelines, plus a dateline that
// opens one of the first body sentences after an unmarked photo caption ("PEMBA, MOZAMBIQUE — ", "KYIV, March 3
// (Reuters) — "). Nothing in a dateline is an event's actor, place or date.

import type { AnnotatedDocument, Span } from '../document.js';
import { datelineSpans } from '../sentences/dateline.js';

/** A dateline with its date: "TAIPEI, Oct 14, 2026 (AFP) - ", "KYIV, March 3 (Reuters) — ". */
const DATED_DATELINE = /^\s*\p{Lu}{3,}(?:[\s,.'’-]+\p{Lu}[\p{L}.'’-]*)*,\s*(?:\p{Lu}[\p{L}.]*\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{Lu}[\p{L}.]*(?:\s+\d{4})?)\s*\([^)]{1,30}\)\s*(?:-{1,2}|[—–])\s*/u;

/** A dateline in mixed case closed by a hyphen: "Yerevan (AFP) - ", "Bangui, Central African Republic - ". */
const HYPHEN_DATELINE = /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*\([^)]{1,30}\)|(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+(?:of\s+|the\s+)*\p{Lu}[\p{L}.'’-]+){0,4}){1,2}(?:\s*\([^)]{1,30}\))?)\s+-{1,2}\s+(?=\p{Lu})/u;

/** A town in capitals, maybe its country, then a dash: "PEMBA, MOZAMBIQUE — ", "N'DJAMENA, CHAD — " (not "FILE - "). */
const CAPITALS_DATELINE = /^\s*(?!(?:FILE|PHOTO|VIDEO|UPDATE|WATCH|EXCLUSIVE|ANALYSIS)\b)\p{Lu}[\p{Lu}'’.-]{2,}(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}(?:,\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–]|-{1,2})\s+(?=\P{Ll})/u;

/** The marker of an archive photo's caption. */
const CAPTION_MARK = /^\s*(?:FILE|PHOTO)\s*[-—–]\s*$/;

const cache = new WeakMap<AnnotatedDocument, Span[]>();

/** The dateline spans of a document as the events stage reads them (computed once per document). */
export function eventDatelines(doc: AnnotatedDocument): Span[] {
  const known = cache.get(doc);
  if (known) return known;
  // ("FILE - " opens a photo caption: it is no dateline, and the real one may follow it)
  const spans = datelineSpans(doc).filter((d) => !CAPTION_MARK.test(doc.text.slice(d.start, d.end)));
  const out = [...spans];
  // a photo caption may come before the dateline, unmarked: the first three sentences of the body are tried
  for (const s of doc.sentences.filter((x) => !x.furniture).slice(0, 3)) {
    const text = doc.text.slice(s.start, s.end);
    const m = DATED_DATELINE.exec(text) ?? HYPHEN_DATELINE.exec(text) ?? CAPITALS_DATELINE.exec(text);
    if (!m) continue;
    if (!spans.some((d) => d.start >= s.start && d.start < s.end && d.end >= s.start + m[0].length)) out.push({ start: s.start, end: s.start + m[0].length });
    break;
  }
  cache.set(doc, out);
  return out;
}
