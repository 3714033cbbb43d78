// Subjects and objects read through their phrase: supporters or members of a body act for it ("thousands of supporters
// of the opposition X movement marched"); an object ends at "until"/"unless" ("battled troops for years until the two
// leaders signed a deal in Y": Y was not fought); "placed under house arrest" is an arrest of its subject.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('followers act for the body they follow', () => {
  it.each([
    ['On Sunday [several thousand supporters|CollectiveActor] of the opposition [Sacred Dawn|Organization] movement marched through [Doma|City] against the border deal.', 'Protest', 'sacred-dawn'],
    ['[Members|CollectiveActor] of the [Kestrel Front|ArmedGroup] stormed a police post in [Tirel|City] on Monday.', 'Attack', 'kestrel-front'],
    ['[Hundreds of followers|CollectiveActor] of the jailed cleric\'s [Light Party|PoliticalParty] rallied outside parliament in [Doma|City] to demand his release.', 'Protest', 'light-party'],
  ] as const)('%s', (marked, type, agent) => {
    expect(found(marked, type).flatMap((e) => e.agents)).toEqual([agent]);
  });

  it('keeps a collective actor of a person as the actor', () => {
    expect(found('[Supporters|CollectiveActor] of [Ilse Marr|Person] marched through [Doma|City] on Friday.', 'Protest').flatMap((e) => e.agents)).toEqual(['supporters']);
  });
});

describe('an object ends at "until"', () => {
  it('does not make the place of a later deal the target of fighting', () => {
    expect(found('The [Kestrel Army|ArmedGroup] battled government troops for five years until the two leaders signed a peace agreement in [Doma|City] in 2018.', 'Attack').flatMap((e) => e.targets)).not.toContain('doma');
  });
});

describe('house arrest', () => {
  it.each([
    ['Vice President [Arno Velt|Person] was placed under house arrest in [Doma|City] on Wednesday, his party said.', 'arno-velt'],
    ['[Ilse Marr|Person] has been put under house arrest by the [Varnian Army|MilitaryForce], her lawyer said.', 'ilse-marr'],
    ['Opposition leader [Tomas Heil|Person] was placed under arrest at the airport on Friday.', 'tomas-heil'],
  ])('%s', (marked, target) => {
    expect(found(marked, 'Arrest').flatMap((e) => e.targets)).toContain(target);
  });

  it('reads no arrest where house arrest ends', () => {
    expect(found('[Arno Velt|Person] was released from house arrest in [Doma|City] on Wednesday.', 'Arrest')).toEqual([]);
  });
});
