// Specification of reference resolution by salience: the entity a pronoun or definite description stands for is the
// subject of its sentence's earlier clause, else of the sentence before, else the one body named nearest; nothing when
// two candidates tie or the salient subject is no entity. Invented texts.

import { describe, expect, it } from 'vitest';
import { resolve } from '../../support/actorDoc.js';

/** [text, the reference's words (its first occurrence), the label of the entity it stands for]. */
const resolved: [text: string, words: string, label: string][] = [
  // A description whose head noun a name of the article holds.
  ['The Sahel Liberation Front was founded in 2012 by Amadou Kone. In 2024 the front was folded into a broader body.', 'the front', 'Sahel Liberation Front'],
  // Two councils: the one that is the subject of the clause before.
  ['The UN Security Council met on Monday. The Council of the European Union then listed the Varn Brigade, and the council said it was acting alone.', 'the council', 'Council of the European Union'],
  // An object pronoun is not its own clause's subject: the subject of the sentence before.
  ['The Varn Brigade was founded in 2009. The United States listed it as a terrorist organisation in 2017.', 'it', 'Varn Brigade'],
  ['Omar Haddad leads the Varn Brigade. The Security Council added him to its sanctions list in 2022.', 'him', 'Omar Haddad'],
  // A possessive is its clause's subject's.
  ['Omar Haddad leads the Varn Brigade. The Security Council added him to its sanctions list in 2022.', 'its', 'United Nations Security Council'],
  ['The Varn Brigade attacked the town on Monday. Its fighters fought alongside the army.', 'Its', 'Varn Brigade'],
  // A pronoun that opens a new clause continues the subject, not the body the clause before moved away from.
  ['The Real Kesh Front had broken away from the Kesh Front in 1997; it was founded by Jon Marr.', 'it', 'Real Kesh Front'],
  ['The Tor Movement works as a branch of the Varn Brigade, which arms the movement, and its leaders answer to no one.', 'its', 'Tor Movement'],
  // Bodies governed by a preposition do not rival the subject.
  ['The Varn Brigade was formed through the merger of the Kesh Group and the Tor Movement, and Kenya banned it in 2009.', 'it', 'Varn Brigade'],
  // A reported clause's pronoun is its speaker.
  ['The Varn Brigade said on Monday that it had captured the town.', 'it', 'Varn Brigade'],
  // A generic head: the body of its class, past an opening adverbial.
  ['The Varn Brigade was founded in 2009 by Jon Marr. On Monday, the group said he had died.', 'the group', 'Varn Brigade'],
  ['The Varn Brigade was founded in 2009 by Jon Marr. On Monday, the group said he had died.', 'he', 'Jon Marr'],
];

/** [text, the reference's words]: references that stand for no one the text makes clear. */
const unresolved: [text: string, words: string][] = [
  // Two candidate groups, coordinated as the subject.
  ['The Varn Brigade and the Kesh Group clashed near the border. It said ten fighters died.', 'It'],
  // "It" is the attack, not the group the attack was on.
  ['The attack on the Varn Brigade was the deadliest this year. It killed 40 people.', 'It'],
  // Two armies named, neither the subject.
  ['Fighting broke out between the Kenyan army and the Ugandan army on Monday. The army said ten soldiers died.', 'The army'],
  // Another body between the subject and the possessive.
  ['The Kesh Group, a militia that collapsed after the Varn Brigade killed its founder, no longer exists.', 'its'],
  // A head noun no name of the article holds.
  ['Rebels attacked the town on Monday. The cartel said it was not involved.', 'The cartel'],
];

function referenceIn(text: string, words: string): { entity?: string; label?: string } | undefined {
  const doc = resolve(text);
  const ref = doc.references?.find((r) => r.text === words);
  if (!ref) return undefined;
  return ref.entity === undefined ? {} : { entity: ref.entity, label: doc.entities.get(ref.entity)?.label ?? '' };
}

describe('references: the entity a pronoun or description stands for', () => {
  it.each(resolved)('%s — %s', (text, words, label) => {
    expect(referenceIn(text, words)?.label).toBe(label);
  });
});

describe('references: no reading where salience is not clear', () => {
  it.each(unresolved)('%s — %s', (text, words) => {
    const ref = referenceIn(text, words);
    expect(ref).toBeDefined();
    expect(ref?.entity).toBeUndefined();
  });
});
