// Specification of a sentence-opening description of a group ("The group, which ..."): it continues the body the
// sentence before opened on, not the last group that sentence named in an aside; where the sentence before opens on
// something else, the latest group named decides, as for any description. Rows are invented texts.

import { describe, expect, it } from 'vitest';
import { resolve } from '../../support/actorDoc.js';

/** [text, the description, the key of the entity it must join]. */
const rows: [text: string, description: string, key: string][] = [
  // The aside names another group last; the description continues the subject.
  [
    "The Tarvo Front, an armed group allied with the Vandal Army, claimed the attack. The group, which formed in 2010, said it would fight on.",
    'The group',
    'tarvo-front',
  ],
  // The subject, not a group named after 'with' (before this rule the latest group, the second, was taken).
  ['The Ansar Brigade was listed with the Harun Front. The group has attacked convoys.', 'The group', 'ansar-brigade'],
  // A list after the subject: still the subject.
  [
    'The Kessel Liberation Front attacked posts held by the Orun Movement and the Dask Front. The group later withdrew.',
    'The group',
    'kessel-liberation-front',
  ],
  // The sentence before opens on a time: the latest group decides.
  [
    'On Monday, gunmen of the Orun Movement attacked a convoy. The group said it acted alone.',
    'The group',
    'orun-movement',
  ],
  // The sentence before opens on a person: the latest group decides.
  [
    'Josef Arn, a commander of the Orun Movement, met envoys of the Dask Front. The group said the talks had failed.',
    'The group',
    'dask-front',
  ],
];

describe('entities: a description that opens its sentence', () => {
  for (const [text, description, key] of rows) {
    it(text, () => {
      const doc = resolve(text);
      const m = doc.mentions.find((x) => x.text === description);
      expect(m, description).toBeDefined();
      expect(m!.entity).toBe(key);
    });
  }
});
