// Specification of a capital followed by its own country ("NAIROBI, Kenya (AP) —", "in Bangui, Central African
// Republic"): the city, never the country it is the capital of, whatever the comma looks like; a capital listed with
// other countries still stands for its own. Rows are invented sentences.

import { describe, expect, it } from 'vitest';
import type { EntityClass } from '../../../src/annotate/document.js';
import { mentionsOf } from '../../support/actorDoc.js';

/** [text, the capital's surface, its class]. */
const rows: [text: string, capital: string, cls: EntityClass][] = [
  ['NAIROBI, Kenya (AP) — A roadside bomb struck a police vehicle near the border on Tuesday.', 'NAIROBI', 'City'],
  ['Government soldiers retook the town, officials in Bangui, Central African Republic, said on Monday.', 'Bangui', 'City'],
  ['Kinshasa, the United States and France urged the rebels to withdraw.', 'Kinshasa', 'Country'],
];

describe('mentions: a capital before its own country is the city', () => {
  for (const [text, capital, cls] of rows) {
    it(text, () => {
      const m = mentionsOf(text).mentions.find((x) => x.text === capital);
      expect(m, capital).toBeDefined();
      expect(m!.cls).toBe(cls);
    });
  }
});
