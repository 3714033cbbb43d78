// Specification of the relation patterns' pronouns read through the entities stage's salience reading: a pronoun is
// the subject of the sentence before when its own clause's subject cannot be it, and nothing is guessed where two
// candidates tie or the salient subject names no one. Invented texts.

import { describe, expect, it } from 'vitest';
import { relationFactsOf as factsOf } from '../../support/relationFacts.js';

/** [text, a fact it must give]. */
const found: [text: string, fact: string][] = [
  // The object pronoun is not its clause's subject (the United States): the subject of the sentence before.
  ['The Varn Brigade was founded in 2009. The United States designated it a terrorist organization in 2017.', 'designation designee=Varn Brigade designator=United States'],
  ['Omar Haddad leads the Varn Brigade. The European Union imposed sanctions on him in 2022.', 'sanction sanctioner=European Union target=Omar Haddad'],
  // "It" opening a sentence continues the subject before, not a body named later in that sentence.
  ['The Northern Front was set up by Jon Marr in the weeks after the Kesh Movement seized power. It grew out of the remnants of the Old Alliance.', 'succession successor=Northern Front predecessor=Old Alliance'],
];

/** [text, a fact it must not give, with a prefix of its kind and sides]. */
const notFound: [text: string, fact: string][] = [
  // "It" is the attack, not the group the attack was on.
  ['The attack on the Varn Brigade was the deadliest this year. The United States designated it a terrorist organization.', 'designation designee='],
  // Two groups tie as the subject before: neither is guessed.
  ['The Varn Brigade and the Kesh Group clashed near the border. The United States designated it a terrorist organization.', 'designation designee='],
  // The body a sentence opens with is not what a pronoun after a later subject stands for.
  ['The Northern Front was set up by Jon Marr in the weeks after the Kesh Movement seized power. It grew out of the remnants of the Old Alliance.', 'succession successor=Kesh Movement'],
];

describe('relation pronouns read by salience', () => {
  it.each(found)('%s', (text, fact) => {
    expect(factsOf(text)).toContain(fact);
  });
  it.each(notFound)('%s — no %s', (text, fact) => {
    expect(factsOf(text).filter((f) => f.startsWith(fact))).toEqual([]);
  });
});
