// Trigger words of round 6: control seized with an adjective, treaties initialled, enemies "neutralised", tracks blown
// up, borders patrolled, forces moved, flown in or remaining somewhere, and insurgencies waged by a named actor; counts
// of up to four words between a verb and its troops. Each with the shapes that must stay silent.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('round-6 trigger words', () => {
  const cases: [string, Expected][] = [
    ['[Ostland|Country] seized full control of [Tirel|Region] in 2021.', { type: 'Capture', agents: ['ostland'], targets: ['tirel'] }],
    ['The [Kestrel Front|ArmedGroup] took effective control of [Doma|City] last year.', { type: 'Capture', agents: ['kestrel-front'], targets: ['doma'] }],
    ['[Ostland|Country] and [Varnia|Country] initialled a peace treaty in [Doma|City] in August 2022.', { type: 'Agreement', agents: ['ostland', 'varnia'], targets: ['ostland', 'varnia'] }],
    ['The [Varnian Army|MilitaryForce] said it had neutralised [dozens of militants|CollectiveActor] near [Tirel|City].', { type: 'Attack', agents: ['varnian-army'], targets: ['dozens-of-militants'] }],
    ['A [Northern Union|InternationalOrganization] mission of about 200 monitors, known as [NUMO|InternationalOrganization], has patrolled the border since February 2022.', { type: 'Deployment', agents: ['numo'], targets: [] }],
    ['[Ostland|Country] has moved fighters and weapons to [Varnia|Country] and [Tirel|Region].', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    ['[Ostland|Country], its main backer, flew special forces into [Doma|City] this month.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    ['That truce collapsed in 2020, when [Varnian troops|MilitaryForce] moved into the buffer zone to reopen a road.', { type: 'Deployment', agents: ['varnian-troops'], targets: [] }],
    ['Around 2,000 [Ostland troops|MilitaryForce] remain in the northeast of [Varnia|Country].', { type: 'Deployment', agents: ['ostland-troops'], targets: [] }],
    ['[Varnia|Country] keeps tens of thousands of troops and rangers in the three southern provinces.', { type: 'Deployment', agents: ['varnia'], targets: [] }],
    ['The [Kestrel Front|ArmedGroup], which has waged an insurgency against [Varnia|Country] since 1984, is listed as a terrorist group.', { type: 'Attack', agents: ['kestrel-front'], targets: ['varnia'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it('reads a track blown up as an attack by who blew it up', () => {
    expect(found('[Kestrel Front|ArmedGroup] fighters blew up a section of railway track near [Doma|City] on Monday.', 'Attack').flatMap((e) => e.agents)).toEqual(['kestrel-front']);
  });
});

describe('no event from the new words', () => {
  it.each([
    // an insurgency nobody is named as waging
    ['More than 7,000 people have been killed since the insurgency reignited in [Tirel|Region] in 2004.', 'Attack'],
    // a company moving offices, residents who remain
    ['The [Doma Trading Company|Company] moved its headquarters to [Tirel|City] in 2019.', 'Deployment'],
    ['Thousands of residents remain in [Doma|City] despite the fighting.', 'Deployment'],
    // a treaty to be initialled is a plan
    ['[Ostland|Country] and [Varnia|Country] plan to initial a treaty next month.', 'Agreement'],
  ] as const)('%s', (marked, type) => {
    expect(found(marked, type)).toEqual([]);
  });
});
