// Look-ups over the stand-off layers that later stages share: which mentions, entities and times lie in a span.

import type { AnnotatedDocument, Entity, Mention, Span, TimeExpression } from './document.js';

/** Mentions lying wholly inside a span, in text order. */
export function mentionsIn(doc: AnnotatedDocument, span: Span): Mention[] {
  return doc.mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((a, b) => a.start - b.start);
}

/** Mentions of a sentence that were resolved to an entity, in text order. */
export function resolvedMentionsIn(doc: AnnotatedDocument, span: Span): Mention[] {
  return mentionsIn(doc, span).filter((m) => m.entity !== undefined);
}

/** The entity a mention was resolved to. */
export function entityOf(doc: AnnotatedDocument, mention: Mention): Entity | undefined {
  return mention.entity === undefined ? undefined : doc.entities.get(mention.entity);
}

/** Time expressions lying wholly inside a span, in text order. */
export function timesIn(doc: AnnotatedDocument, span: Span): TimeExpression[] {
  return doc.times.filter((t) => t.start >= span.start && t.end <= span.end).sort((a, b) => a.start - b.start);
}
