// The person a personal pronoun ("he", "him", "she", "her") stands for, for patterns whose subject or object is one
// ("The EU imposed sanctions on him"; "the bloc, which he continues to lead").

import { resolvedMentionsIn } from '../spans.js';
import { isPerson } from './patterns.js';
import { readReference, tiedReference, type RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';

/** A personal pronoun, subject or object. */
export const PERSONAL = /^(?:he|she|him|her|He|She)$/;

/**
 * The person a pronoun at `at` stands for: the one the entities stage read by salience, else the nearest person named
 * before it in its sentence, else the first person of the sentence before (most often that sentence's subject).
 */
export function personAntecedent(ctx: RelationContext, view: SentenceView, at: number): string | undefined {
  const read = readReference(ctx, view, at, isPerson);
  if (read || tiedReference(ctx, view, at)) return read;
  let best: string | undefined;
  for (const slot of view.slots) {
    if (view.masked.indexOf(`⟦${slot.index}⟧`) >= at) break;
    if (isPerson(slot)) best = slot.entity;
  }
  return best ?? previousPerson(ctx, view);
}

/** The first person the sentence before names (most often its subject): what "He ..." or "His ..." is about. */
export function previousPerson(ctx: RelationContext, view: SentenceView): string | undefined {
  const previous = ctx.doc.sentences[view.sentence.index - 1];
  if (!previous) return undefined;
  for (const m of resolvedMentionsIn(ctx.doc, previous)) {
    const e = ctx.doc.entities.get(m.entity!);
    if (e && isPerson(e)) return e.key;
  }
  return undefined;
}
