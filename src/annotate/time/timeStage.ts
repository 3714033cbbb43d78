// The time stage: every date, weekday and relative expression, resolved against the publication date. Without
// one, the anchor is inferred from the article's own dated expressions and marked; today's date is never used.

import { sentenceAt, type AnnotatedDocument, type TimeExpression } from '../document.js';
import type { Stage } from '../stage.js';
import { dayValue, parseIsoDay } from './calendar.js';
import { findTimes, inferAnchor } from './findTimes.js';

/** Adds `doc.times`: one expression per recognized phrase, in text order. */
export function annotateTimes(doc: AnnotatedDocument): void {
  const published = doc.article.published === undefined ? undefined : parseIsoDay(doc.article.published);
  const anchor = published ?? inferAnchor(doc.text);
  const inferred = published === undefined && anchor !== undefined;
  for (const t of findTimes(doc.text, anchor)) {
    const sentence = sentenceAt(doc, t.start);
    if (!sentence) continue;
    const expr: TimeExpression = { start: t.start, end: t.end, sentence: sentence.index, text: t.text, when: t.when, rule: t.rule };
    if (inferred && t.relative) expr.inferredAnchor = true;
    doc.times.push(expr);
  }
}

export const timeStage: Stage = {
  name: 'time',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run: annotateTimes,
};

/**
 * The day an article speaks from: its publication date, else the anchor inferred from its own dated expressions
 * (as the time stage used it). Undefined when neither exists; today's date is never used.
 */
export function referenceDay(doc: AnnotatedDocument): string | undefined {
  if (doc.article.published) return doc.article.published;
  const anchor = inferAnchor(doc.text);
  return anchor === undefined ? undefined : dayValue(anchor).value;
}
