// Specification of "the government" that no named government comes before: the GUIDE counts the article's
// government as an actor, so it is an entity of its own named "government", or joins the one government the article
// names (near it, or the only one). Rows are invented texts.

import { describe, expect, it } from 'vitest';
import { named, resolve } from '../../support/actorDoc.js';

/** [text, the names that end on the government's entity]. */
const governments: [text: string, names: string[]][] = [
  // Short: the government speaks and nothing names it.
  ['Gunmen killed nine soldiers near Torvik, the government said on Tuesday.', ['government']],
  // Long, with an aside, and named twice: one entity.
  ['Rebels, who crossed from the north at dawn, seized two villages, the government said. The government later sent troops to the area.', ['government']],
  // After a demand: "demanding that the government protect them".
  ['Hundreds of residents blocked the road, demanding that the government protect them.', ['government']],
  // The one government the article names later is the same actor.
  ['The government said the talks would resume. The Chadian government has sent a delegation to Vell.', ['Chadian government']],
  // A government named in the sentence before is the one meant.
  ["The Malian government declared a curfew. The government's spokesman said the army would enforce it.", ['Malian government']],
];

/** Texts where "the government" is no actor of its own. */
const noGovernment: string[] = [
  // It modifies a noun: a building, a spokesman.
  'Protesters tried to block the road to the government headquarters in Vell.',
  'Police fired tear gas at the crowd outside the government offices on Monday.',
];

describe('entities: an unnamed government', () => {
  for (const [text, names] of governments) {
    it(text, () => {
      const doc = resolve(text);
      const e = named(doc, names[0]!);
      expect(e, names[0]).toBeDefined();
      expect(['Government', 'GovernmentAgency']).toContain(e!.cls);
      const govMentions = doc.mentions.filter((m) => /^the government$/i.test(m.text));
      for (const m of govMentions) expect(m.entity, m.text).toBe(e!.key);
    });
  }
  for (const text of noGovernment) {
    it(`no actor: ${text}`, () => {
      const doc = resolve(text);
      expect(named(doc, 'government')).toBeUndefined();
    });
  }
});
