// A national capital named for its country's government ("both treaty allies of Washington"): alliance patterns read
// it as the country, as analysts do, through the shared actor lexicon's capitals.

import type { Entity } from '../document.js';
import { actorLexicon } from '../mentions/actorLexicon.js';
import { isBody, type Classed } from './patterns.js';
import { entitiesOf, type RelationContext } from './relationContext.js';
import type { SentenceView } from './sentenceView.js';

/** Whether an entity is a city the actor lexicon knows as a national capital. */
export function isCapital(e: { cls: string; label?: string; mention?: { text: string } }): boolean {
  const name = e.label ?? e.mention?.text;
  return e.cls === 'City' && name !== undefined && actorLexicon().exact.get(name)?.kind === 'capital';
}

/**
 * The country a capital city stands for, as an entity of the document: its key when the article names the country,
 * else the city's own key (a capital no country of the article owns still names that government). Other entities
 * are returned unchanged.
 */
export function capitalAsCountry(ctx: RelationContext, key: string): string {
  const e: Entity | undefined = ctx.doc.entities.get(key);
  if (!e || !isCapital(e)) return key;
  const lex = actorLexicon();
  const code = lex.exact.get(e.label)?.country;
  if (code === undefined) return key;
  // by code where the entity stage set one, else by the country's canonical name
  const name = lex.countryName.get(code);
  for (const c of ctx.doc.entities.values()) {
    if (c.cls === 'Country' && (c.country === code || (name !== undefined && (c.label === name || c.names.includes(name))))) return c.key;
  }
  return key;
}

/** A body that can act (designate, sanction), or a national capital standing for its government. */
export const isBodyOrCapital = (x: Classed): boolean => isBody(x) || isCapital(x);

/**
 * The acting bodies a phrase names, a capital read as its country ("designated by Washington", "London proscribed
 * the group"): `entitiesOf` with `isBody`, widened to capitals.
 */
export function bodiesOf(ctx: RelationContext, view: SentenceView, text: string | undefined, at: number): string[] {
  return [...new Set(entitiesOf(ctx, view, text, at, isBodyOrCapital).map((k) => capitalAsCountry(ctx, k)))];
}
