// The subject of an event verb past an aside set off by commas: the phrase before the aside (with its coordinated
// names), never a name inside the aside; a relative pronoun after an apposition stands for the name the apposition
// describes.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('a subject behind a participle or relative aside', () => {
  const cases: [string, Expected][] = [
    ['Last year the [Kestrel Front|ArmedGroup] and the smaller [Blue Hand|ArmedGroup] ([BH|ArmedGroup=blue-hand]), headed by former army chief [Ivo Marr|Person], signed a pact to coordinate attacks.', { type: 'Agreement', agents: ['blue-hand', 'kestrel-front'], targets: ['blue-hand', 'kestrel-front'] }],
    ['[Ostland|Country], [Varnia|Country] and [Tirelia|Country], all run by military governments, formed the [Alliance of Northern States|Organization] in 2022.', { type: 'Agreement', agents: ['ostland', 'tirelia', 'varnia'], targets: ['ostland', 'tirelia', 'varnia'] }],
    ['Police withdrew after the [Red Hand|ArmedGroup], swelled by recruits from [Ostland|Country], [Varnia|Country] and [Tirelia|Country], began attacking army posts near [Doma|City].', { type: 'Attack', agents: ['red-hand'], targets: [] }],
    ['Governor [Ilse Marr|Person], who visited [Doma|City] last week, urged the [Varnian government|Government] to send more troops.', { type: 'Appeal', agents: ['ilse-marr'], targets: ['varnian-government'] }],
    ['Police detained four organizers, according to the [Doma Rights Centre|Organization], a local rights group, which urged the [Varnian government|Government] to release them.', { type: 'Appeal', agents: ['doma-rights-centre'], targets: ['varnian-government'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const got = found(marked, expected.type);
    expect(got.map((e) => e.agents)).toContainEqual(expected.agents);
    if (expected.targets.length) expect(got.flatMap((e) => e.targets)).toEqual(expect.arrayContaining(expected.targets));
  });

  it.each([
    ['The [Kestrel Front|ArmedGroup], led by [Ivo Marr|Person], seized [Doma|City] on Monday.', 'Capture', 'ivo-marr'],
    ['[Ostland|Country] and [Varnia|Country], backed by [Tirelia|Country], signed a border deal on Monday.', 'Agreement', 'tirelia'],
    ['The [Blue Hand|ArmedGroup], whose founder [Piet Lorn|Person] was killed in 2019, attacked an army post in [Sela|City] on Monday.', 'Attack', 'piet-lorn'],
  ] as const)('takes no name inside the aside: %s', (marked, type, outsider) => {
    const got = found(marked, type);
    expect(got.length).toBeGreaterThan(0);
    expect(got.flatMap((e) => e.agents)).not.toContain(outsider);
  });

  it.each([
    'Police arrested four protest leaders in [Doma|City] on Monday.',
    'The [Kestrel Front|ArmedGroup] named two protest organizers as its candidates in [Sela|City].',
  ])('reads a modifier noun as no protest: %s', (marked) => {
    expect(found(marked, 'Protest')).toEqual([]);
  });
});
