// What opens a story is no event's argument: a dateline in mixed case closed by a hyphen ("Doma (VW) - ",
// "Tirel, Varnia - "); and a country or body before a person's lowercase occupation only modifies the person
// ("seized Ostland pilot Z": Z was taken, an arrest).

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('a hyphen dateline names no actor', () => {
  it.each([
    ['[Doma|City] ([VW|MediaOutlet]) - [Ostland|Country] and [Varnia|Country] agreed on Tuesday to mark a further stretch of their border.', 'Agreement'],
    ['[Tirel|City], [Varnia|Country] - [Kestrel Front|ArmedGroup] fighters attacked an army post on Monday, officials said.', 'Attack'],
    ['[Doma|City], [Varnia|Country] ([VW|MediaOutlet]) - Troops of the [Varnian Army|MilitaryForce] have retaken the town of [Sela|City] from rebels.', 'Capture'],
  ] as const)('%s', (marked, type) => {
    const agents = found(marked, type).flatMap((e) => e.agents);
    expect(agents.length).toBeGreaterThan(0);
    expect(agents).not.toContain('vw');
    expect(agents).not.toContain('doma');
  });

  it('still reads a hyphen inside the first sentence as no dateline', () => {
    expect(found('The [Kestrel Front|ArmedGroup] - a militia from the north - attacked [Doma|City] on Monday.', 'Attack')).toContainEqual({ type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] });
  });
});

describe('a person behind a modifier and an occupation', () => {
  const cases: [string, Expected][] = [
    ['A unit led by [Arno Velt|Person] seized [Ostland|Country] pilot [Piet Lorn|Person] after he landed at a remote airstrip in 2021.', { type: 'Arrest', agents: ['arno-velt'], targets: ['piet-lorn'] }],
    ['Gunmen captured [Varnia|Country]\'s opposition leader [Ilse Marr|Person] near [Doma|City] on Friday.', { type: 'Arrest', agents: [], targets: ['ilse-marr'] }],
    ['Police arrested [Ostland|Country] aid worker [Tomas Heil|Person] in [Tirel|City] last week.', { type: 'Arrest', agents: [], targets: ['tomas-heil'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const got = found(marked, expected.type);
    expect(got.flatMap((e) => e.targets)).toEqual(expected.targets);
    expect(got.flatMap((e) => e.agents)).toEqual(expected.agents);
  });

  it('keeps a country taken as no person', () => {
    expect(found('[Ostland|Country] seized [Tirel|Region] and the port of [Doma|City] in 2021.', 'Capture').flatMap((e) => e.targets)).toContain('tirel');
  });
});
