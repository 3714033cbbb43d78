// Which entity a phrase points at: actor and place classes, and the person or body a pronoun stands for.

import type { AnnotatedDocument, EntityClass, Mention } from '../document.js';

const PLACE_CLASSES = new Set<EntityClass>(['Place', 'City', 'Region', 'Facility', 'WaterBody']);

/** Whether a class names somewhere (countries count as actors, not places, unless used as a location). */
export function isPlaceClass(cls: EntityClass): boolean {
  return PLACE_CLASSES.has(cls);
}

/** Whether a class can act: people, organizations of every kind, and countries. */
export function isActorClass(cls: EntityClass): boolean {
  return !PLACE_CLASSES.has(cls);
}

/** The resolved mentions of the document, in text order, computed once per document. */
export function resolvedMentions(doc: AnnotatedDocument): Mention[] {
  return doc.mentions.filter((m) => m.entity !== undefined && doc.entities.has(m.entity)).sort((a, b) => a.start - b.start);
}

/** Mentions not nested inside another ("Somalia" inside "African Union Mission in Somalia" is left out). */
export function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** Whether a mention is a possessive modifier of what follows ("North Korea's main news agency"). */
export function isPossessive(doc: AnnotatedDocument, m: Mention): boolean {
  return /^['’]s?\s/.test(doc.text.slice(m.end, m.end + 3));
}

/** The class of the entity behind a mention (the entity's, which resolution may have refined). */
export function classOf(doc: AnnotatedDocument, m: Mention): EntityClass {
  return (m.entity !== undefined ? doc.entities.get(m.entity)?.cls : undefined) ?? m.cls;
}

const PERSONAL = /^(?:he|she|him|her|his)$/i;

/**
 * The entity a third-person pronoun at `offset` stands for: a pronoun mention resolved by the entity stage if there
 * is one; otherwise, for he/she, the first person named earlier in the same sentence, then the latest person named
 * before; for it/they, the latest organization or country named before.
 */
export function resolvePronoun(doc: AnnotatedDocument, mentions: readonly Mention[], offset: number, pronoun: string, sentenceStart: number): string | undefined {
  const own = mentions.find((m) => m.start === offset && m.entity !== undefined);
  if (own?.entity) return own.entity;
  const personal = PERSONAL.test(pronoun);
  const before = mentions.filter((m) => m.end <= offset && m.form !== 'pronoun');
  if (personal) {
    const inSentence = before.find((m) => m.start >= sentenceStart && classOf(doc, m) === 'Person');
    if (inSentence) return inSentence.entity;
    for (let i = before.length - 1; i >= 0; i--) if (classOf(doc, before[i]!) === 'Person') return before[i]!.entity;
    return undefined;
  }
  // "it"/"they" as a subject usually continues the subject of its own sentence, else of the sentence before.
  const body = (m: Mention): boolean => classOf(doc, m) !== 'Person' && isActorClass(classOf(doc, m));
  const subject = before.find((m) => m.start >= sentenceStart && body(m));
  if (subject) return subject.entity;
  const previous = before.filter((m) => m.sentence === (before[before.length - 1]?.sentence ?? -1));
  const opener = previous.find(body);
  if (opener && sentenceStart - opener.end < 400) return opener.entity;
  for (let i = before.length - 1; i >= 0; i--) if (body(before[i]!)) return before[i]!.entity;
  return undefined;
}
