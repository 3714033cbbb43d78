// Who an attack told by a noun hit and who waged it: the object of the noun's own verb of killing ("a strike near X
// killed three men"), the subject of a passive killing in it ("Z, a commander who was killed in a bombing"), the one
// who took a place in it ("seized the town in a lightning offensive"); a noun that only modifies a unit is no event.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('attack nouns and their casualties', () => {
  const cases: [string, Expected][] = [
    // the noun is the subject of "killed": what it killed is what it hit
    ['Last month, a strike near [Doma|City] killed [three farmers|CollectiveActor] whom the [Kestrel Front|ArmedGroup] described as prospectors.', { type: 'Attack', agents: [], targets: ['doma', 'three-farmers'] }],
    ['An [Ostland|Country] drone strike on a crowded market in [Tirel|City] wounded at least [40 civilians|CollectiveActor] on Tuesday.', { type: 'Attack', agents: ['ostland'], targets: ['40-civilians', 'tirel'] }],
    // a passive killing in the noun: the one killed was hit (a description and a relative pronoun between)
    ['The brigade was set up in 2011 by [Arno Velt|Person], a senior [Kestrel Front|ArmedGroup] commander who was killed in a suicide bombing in [Doma|City] in December 2018.', { type: 'Attack', agents: [], targets: ['arno-velt'] }],
    ['[Two Varnian soldiers|CollectiveActor] were wounded in an ambush near [Tirel|City] on Monday.', { type: 'Attack', agents: [], targets: ['two-varnian-soldiers'] }],
    // the one who took a place in an offensive waged it
    ['[Ostland|Country] seized full control of [Tirel|Region] in a lightning offensive in September 2021, ending decades of rule by separatists.', { type: 'Attack', agents: ['ostland'], targets: ['tirel'] }],
    ['The [Kestrel Front|ArmedGroup] captured the town of [Doma|City] in a surprise assault on Friday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it('tells a killing "at least" so many in an attack as one event, by the killers', () => {
    const attacks = found('In May, [Kestrel Front|ArmedGroup] fighters killed at least [15 villagers|CollectiveActor] in an attack on [Doma|City].', 'Attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.agents).toEqual(['kestrel-front']);
  });
});

describe('no attack of its own', () => {
  it.each([
    // a noun that names a kind of unit or weapon
    ['The [Kestrel Front|ArmedGroup]\'s special operations unit is led by [Arno Velt|Person].'],
    ['[Ostland|Country] sold attack helicopters to [Varnia|Country] in 2019.'],
    ['The [Varnian Navy|MilitaryForce] sent a strike group to the [Doma Strait|Place].'],
  ])('%s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack')).toEqual([]);
  });

  it('gives a passive killing in an attack no attacker from the speaker', () => {
    expect(found('The [Varnian Army|MilitaryForce] said [20 militants|CollectiveActor] were killed in an attack on [Doma|City].', 'Attack').flatMap((e) => e.agents)).not.toContain('varnian-army');
  });
});
