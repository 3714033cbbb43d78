// Specification of the round-10 reference readings: a description's head is held by a body (a country's force named
// by its noun as well as a name), an object after a relative aside is not its clause's subject, a resolved
// description becomes a mention of its entity unless it is an apposition or continues an unnamed noun, the mention
// stage's descriptions take the same reading, and a bare "Council" is the nearest council named before it, never one
// named only later (in a release of the European Union, the Council of the EU). Invented texts.

import { describe, expect, it } from 'vitest';
import { resolve } from '../../support/actorDoc.js';

/** The label a reference (its first occurrence) was read as, '' for none, 'tie' for a tie. */
function readingOf(text: string, words: string): string | undefined {
  const doc = resolve(text);
  const ref = doc.references?.find((r) => r.text === words);
  if (!ref) return undefined;
  if (ref.tie) return 'tie';
  return ref.entity === undefined ? '' : doc.entities.get(ref.entity)?.label ?? '';
}

/** Whether the words became a description mention of the entity labelled so. */
function mentionOf(text: string, words: string): string | undefined {
  const doc = resolve(text);
  const m = doc.mentions.find((x) => x.text === words && x.rule === 'description:reference');
  return m?.entity === undefined ? undefined : doc.entities.get(m.entity)?.label;
}

/** [text, words, reading]. */
const readings: [text: string, words: string, reading: string][] = [
  // "the army" after a country's army and a named one, coordinated: a tie, not the named one
  ['The Kenyan army and the Varn Army clashed near the border. The European Union sanctioned the army in 2020.', 'the army', 'tie'],
  // the relative aside between the subject and its verb: the object is not the subject
  ['The Kesh Gang grew fast. The Varn Cartel, which the Department designated in February, continues to supply the gang with arms.', 'the gang', 'Kesh Gang'],
];

/** [text, words, the entity its mention stands for, or undefined for no mention]. */
const mentions: [text: string, words: string, label: string | undefined][] = [
  ['The Sahel Liberation Front was formed in 2012. In 2024 the front was folded into a broader body.', 'the front', 'Sahel Liberation Front'],
  ['The Zeta Cartel has grown fast. In 2021 the US Treasury sanctioned the cartel.', 'the cartel', 'Zeta Cartel'],
  // an apposition right after the name stays words
  ['The Varn Front, the armed group founded in 2009 by Jon Marr, attacked the town.', 'the armed group', undefined],
  // a modifier that may name another body ("federal") stays words
  ['The Kesh Government was formed in 2020. The Varn Front signed a deal with the federal government in 2023.', 'the federal government', undefined],
  // an unnamed network told between the name and the description
  ["The Kesh Network was set up in 2019. It buys arms through Omar Haddad's network. The network operates from Dubai.", 'The network', undefined],
  // a tie makes no mention
  ['The Varn Front and the Kesh Front clashed near the border. The United States designated the front a terrorist organization.', 'the front', undefined],
];

describe('references (round 10): readings', () => {
  it.each(readings)('%s — %s', (text, words, reading) => {
    expect(readingOf(text, words)).toBe(reading);
  });
});

describe('references (round 10): resolved descriptions as mentions', () => {
  it.each(mentions)('%s — %s', (text, words, label) => {
    expect(mentionOf(text, words)).toBe(label);
  });
});

/** [text, the n-th (0-based) mention with these words, the label of its entity]. */
const joined: [text: string, words: string, nth: number, label: string][] = [
  // the description takes the salience reading (the subject before), not the last body named
  ['The Varn Front attacked a police post on Monday. The Rapid Action Battalion later arrested a man it identified as the group\'s finance chief, Jon Marr.', 'the group', 0, 'Varn Front'],
  // an EU release: the bare Council is the Council of the EU, not the Security Council of a resolution cited later
  ['BRUSSELS, 14 April 2025 - The Council today decided to add three persons to the EU terrorist list. These measures implement UN Security Council resolution 2231.', 'Council', 0, 'Council of the European Union'],
  // a council named only as the owner of a resolution does not pull a later bare Council
  ['The Council of the EU today listed the Varn Front. The Council took note of UN Security Council resolution 2231. The Council said the listing takes effect today.', 'Council', 1, 'Council of the European Union'],
  // control: the nearest council named before
  ['The UN Security Council met on Monday. The Council said it would renew the mandate.', 'Council', 0, 'United Nations Security Council'],
];

describe('references (round 10): descriptions and bare head words joined by one reading', () => {
  it.each(joined)('%s — %s #%i', (text, words, nth, label) => {
    const doc = resolve(text);
    const m = doc.mentions.filter((x) => x.text === words).sort((a, b) => a.start - b.start)[nth];
    expect(m?.entity === undefined ? undefined : doc.entities.get(m.entity)?.label).toBe(label);
  });
});
