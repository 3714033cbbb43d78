// Specification of the well-known organizations lexicon (public terrorist-organization and proscription lists,
// national armed forces and security services): a listed name is typed by the lexicon, its aliases join it, and a
// country's own armed forces ("national" in the lexicon) are one actor with what the text calls its army or troops.
// Rows are invented sentences about real bodies.

import { describe, expect, it } from 'vitest';
import type { EntityClass } from '../../../src/annotate/document.js';
import { named, resolve } from '../../support/actorDoc.js';

/** [text, name, class, the other names its entity must have]. */
const listed: [text: string, name: string, cls: EntityClass, also: string[]][] = [
  ['Police in Lahore arrested two members of Lashkar-e-Jhangvi on Friday.', 'Lashkar-e-Jhangvi', 'ArmedGroup', []],
  ['The Liberation Tigers of Tamil Eelam (LTTE) remain banned in 32 countries.', 'Liberation Tigers of Tamil Eelam', 'ArmedGroup', ['LTTE']],
  ['Fighters of the Coordination of Azawad Movements withdrew from the town.', 'Coordination of Azawad Movements', 'ArmedGroup', []],
  ['The Federal Security Service said it had detained a suspect.', 'Federal Security Service', 'GovernmentAgency', []],
  ['A Haitian National Police spokesman said officers retook the station.', 'Haitian National Police', 'GovernmentAgency', []],
  ['The Kurdistan Regional Government condemned the strike.', 'Kurdistan Regional Government', 'Government', []],
];

/** [text, two names that must end on one entity]. */
const national: [text: string, a: string, b: string][] = [
  ['FARDC units clashed with rebels near Goma. The Congolese army said it held the road.', 'FARDC', 'Congolese army'],
  ['The Tatmadaw bombed a village in Sagaing. Myanmar troops later entered it.', 'Tatmadaw', 'Myanmar troops'],
  ['Kenyan troops crossed into Somalia. The KDF said two soldiers died.', 'KDF', 'Kenyan troops'],
];

describe('entities: well-known organizations from public lists', () => {
  for (const [text, name, cls, also] of listed) {
    it(text, () => {
      const doc = resolve(text);
      const e = named(doc, name);
      expect(e, name).toBeDefined();
      expect(e!.cls).toBe(cls);
      for (const n of also) expect(e!.names).toContain(n);
    });
  }
  for (const [text, a, b] of national) {
    it(`one national army: ${text}`, () => {
      const doc = resolve(text);
      const ea = named(doc, a);
      expect(ea, a).toBeDefined();
      expect(ea!.names).toContain(b);
    });
  }
  // An acronym that other things share stays out of the lexicon: a ship or a unit may be "MSS".
  it('no lexicon reading for a shared acronym', () => {
    const doc = resolve('The MSS Euphrates docked at Tartus on Monday.');
    expect(doc.mentions.filter((m) => m.rule.startsWith('name:lexicon') && m.text === 'MSS')).toEqual([]);
  });
});
