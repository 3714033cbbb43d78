// Specification of two name shapes: a body the lexicon knows with its lower-case head ("the Maute group", "the
// Haqqani network") is one lexicon mention, head included; a named military operation that acts ("troops of
// Operation X", "made by Operation X", "Operation X troops") is the force that carries it out, while one that is only
// launched or code-named is no actor. Rows are invented sentences.

import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../support/actorDoc.js';

/** [text, mention text, rule]. */
const found: [text: string, mention: string, rule: string][] = [
  ['Fighters of the Maute group laid siege to the town for months.', 'Maute group', 'name:lexicon-organization'],
  ['Inside the movement, the Haqqani network controls the security apparatus.', 'Haqqani network', 'name:lexicon-organization'],
  ['Troops of Operation Silver Lance repelled the attackers near Tarvo.', 'Operation Silver Lance', 'name:operation'],
  ['The arrest was made by Operation Kestrel Dawn, a joint police and military task force.', 'Operation Kestrel Dawn', 'name:operation'],
  ['Operation Iron Harvest troops recovered the bodies on Sunday.', 'Operation Iron Harvest', 'name:operation'],
];

/** [text, a span that must not be an actor mention]. */
const absent: [text: string, mention: string][] = [
  ['The army has struck rebel camps since launching Operation Silver Lance in April.', 'Operation Silver Lance'],
  ['The offensive, code-named Operation Kestrel Dawn, began at dawn.', 'Operation Kestrel Dawn'],
];

describe('mentions: lexicon names with a lower-case head, and operations that act', () => {
  for (const [text, mention, rule] of found) {
    it(text, () => {
      const m = mentionsOf(text).mentions.find((x) => x.text === mention);
      expect(m, mention).toBeDefined();
      expect(m!.rule).toBe(rule);
    });
  }
  for (const [text, mention] of absent) {
    it(`no actor: ${text}`, () => {
      expect(mentionsOf(text).mentions.filter((x) => x.text === mention)).toEqual([]);
    });
  }
});
