// Test helpers for the actor specs: a one-sentence article run through the stages up to mentions, or up to entities,
// and the table row of the mention specs (surface → fine class, surfaces that must not be mentions) with its check.

import { expect } from 'vitest';
import { createDocument, type AnnotatedDocument, type Entity, type EntityClass } from '../../src/annotate/document.js';
import { sentenceStage } from '../../src/annotate/sentences/splitSentences.js';
import { furnitureStage } from '../../src/annotate/sentences/furnitureStage.js';
import { timeStage } from '../../src/annotate/time/timeStage.js';
import { mentionsStage } from '../../src/annotate/mentions/mentionsStage.js';
import { entitiesStage } from '../../src/annotate/entities/entitiesStage.js';
import { parseArticle } from '../../src/read/article.js';

/** The text's mentions (sentences, furniture, times and mentions run), published 2024-03-15. */
export function mentionsOf(text: string): AnnotatedDocument {
  const doc = createDocument(parseArticle(text, 'test.txt', { published: '2024-03-15' }));
  for (const stage of [sentenceStage, furnitureStage, timeStage, mentionsStage]) stage.run(doc);
  return doc;
}

/** The text's mentions resolved into entities. */
export function resolve(text: string): AnnotatedDocument {
  const doc = mentionsOf(text);
  entitiesStage.run(doc);
  return doc;
}

/** The entity that has a given name. */
export function named(doc: AnnotatedDocument, name: string): Entity | undefined {
  return [...doc.entities.values()].find((e) => e.names.includes(name));
}

/** A mention spec row: a sentence, the surfaces expected with their fine class, and surfaces that must not be mentions. */
export type MentionRow = [text: string, expected: Record<string, EntityClass>, absent?: string[]];

/** Checks one MentionRow against the sentence's mentions. */
export function checkMentions([text, expected, absent = []]: MentionRow): void {
  const got = new Map(mentionsOf(text).mentions.map((m) => [m.text, m.cls]));
  for (const [surface, cls] of Object.entries(expected)) expect([surface, got.get(surface)]).toEqual([surface, cls]);
  for (const surface of absent) expect(got.has(surface), `"${surface}" must not be a mention`).toBe(false);
}
