// Specification of a state's bodies named by their noun alone or by a junta word: "the army", "its air force" are
// the forces of the country the article is about (the one it names most); "Mali's junta", "the military rulers"
// are that country's government, which also goes by the bare noun. Rows are invented texts (real country names, since
// the country lexicon is what ties them together).

import { describe, expect, it } from 'vitest';
import { mentionsOf, named, resolve } from '../../support/actorDoc.js';

/** [text, the name of the entity the bare noun joins, its expected key]. */
const forces: [text: string, noun: string, key: string][] = [
  // The army of the only country named, as a subject.
  ['Gunmen attacked a village in Chad on Monday, and the army said it had repelled them.', 'army', 'chad-military'],
  // A possessive: the army owns a unit.
  ["Kenyan troops crossed the border. The army's elite unit later withdrew from Kenya's north.", 'army', 'kenya-military'],
  // Several countries: the one named most.
  ['Niger and Mali signed a pact. Rebels attacked Mali again, and the military responded. Mali asked Niger for help.', 'military', 'mali-military'],
  // Behind a preposition, after a foreign force.
  ['French forces left Mali last year. The attack was blamed on the army by residents of Mali.', 'army', 'mali-military'],
  // An air force is a branch of its own.
  ['Jets bombed a market in Sudan, and the air force denied it. Sudan has been at war since 2023.', 'air force', 'sudan-air-force'],
];

/** Texts where a bare force noun is no actor. */
const noForce: [text: string, absent: string][] = [
  // It modifies a noun.
  ['Gunmen raided an army depot in Chad and took rifles from the army camp.', 'army'],
  ["The military wing of the group fought in Chad's north.", 'military'],
  // A name's head.
  ['The Arakan Army seized the town from its rivals in Myanmar.', 'Army'],
  // No country in the text: nobody's army.
  ['Gunmen attacked the village, and the army said it had repelled them.', 'army'],
];

/** [text, a name the government's entity must have, its expected key]. */
const juntas: [text: string, name: string, key: string][] = [
  ["Mali's junta expelled the envoy on Monday.", "Mali's junta", 'mali-government'],
  ['The Malian junta expelled the envoy. The junta said he had insulted the army.', 'junta', 'mali-government'],
  ["Niger's military rulers closed the border with Benin.", "Niger's military rulers", 'niger-government'],
  ['Fighting resumed in Chad, the government said on Tuesday.', 'government', 'government'],
];

describe('entities: a country force named by its noun alone', () => {
  for (const [text, noun, key] of forces) {
    it(text, () => {
      const doc = resolve(text);
      const m = doc.mentions.find((x) => x.text === noun);
      expect(m, noun).toBeDefined();
      expect(m!.cls).toBe('MilitaryForce');
      expect(m!.entity).toBe(key);
    });
  }
  for (const [text, absent] of noForce) {
    it(`no bare force: ${text}`, () => {
      const doc = mentionsOf(text);
      expect(doc.mentions.filter((m) => m.text === absent && m.cls === 'MilitaryForce' && m.form === 'description')).toEqual([]);
    });
  }
});

describe('entities: a junta is its country government', () => {
  for (const [text, name, key] of juntas) {
    it(text, () => {
      const doc = resolve(text);
      const e = named(doc, name);
      expect(e, name).toBeDefined();
      expect(e!.key).toBe(key);
      expect(e!.cls).toBe('Government');
    });
  }
});
