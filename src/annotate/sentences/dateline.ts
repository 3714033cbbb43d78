// Datelines: where the reporter files from ("BANGKOK —", "KYIV, Ukraine —"), whether on a line of its own or opening
// the first sentence. A dateline says nothing about where the story's events happened.

import type { AnnotatedDocument, Span } from '../document.js';

/** "BANGKOK —", "Gedo, Somalia —", "KYIV, Ukraine (Reuters) —": a place, an optional region or country, a dash. */
const INLINE_DATELINE = /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+(?:of\s+|the\s+|and\s+)*\p{Lu}[\p{L}.'’-]+){0,4}){0,2}\s*(?:\([^)]{1,30}\)\s*)?[—–]\s*|^\s*\p{Lu}{3,}(?:\s+\p{Lu}{3,}){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})?\s*(?:\([^)]{1,30}\)\s*)?-{1,2}\s+/u;

/** The dateline spans of a document: lines marked as datelines, and a dateline opening the first body sentence. */
export function datelineSpans(doc: AnnotatedDocument): Span[] {
  const out: Span[] = doc.sentences.filter((s) => s.furniture === 'dateline').map((s) => ({ start: s.start, end: s.end }));
  const first = doc.sentences.find((s) => !s.furniture || s.furniture === 'dateline');
  if (first && !first.furniture) {
    const m = INLINE_DATELINE.exec(doc.text.slice(first.start, first.end));
    if (m) out.push({ start: first.start, end: first.start + m[0].length });
  }
  return out;
}

/** Whether a span lies inside one of the dateline spans. */
export function inDateline(datelines: readonly Span[], span: Span): boolean {
  return datelines.some((d) => span.start >= d.start && span.end <= d.end);
}
