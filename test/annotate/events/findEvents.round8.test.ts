// Round-8 event words, read as classes: attack verbs of firing and killing, capture told from the place's side
// ("X fell to Y"), arrests and talks by synonym; and the shapes that tell no event (a trend of attacks, a missile
// fired at nothing named, an attack by nobody named on a place long before the report).

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('round-8 trigger words', () => {
  const cases: [string, Expected][] = [
    ['[Ostland|Country] jets strafed a convoy of the [Kestrel Front|ArmedGroup] near [Doma|City] on Monday.', { type: 'Attack', agents: ['ostland'], targets: ['kestrel-front'] }],
    ['The [Kestrel Front|ArmedGroup] launched rockets at [Tirel|City] on Monday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['tirel'] }],
    ['The [Kestrel Front|ArmedGroup] lobbed mortar shells at [Tirel|City] on Monday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['tirel'] }],
    ['[Varnian forces|MilitaryForce] hit [Tirel|City] with drones on Monday.', { type: 'Attack', agents: ['varnian-forces'], targets: ['tirel'] }],
    ['[Tirel|City] fell to the [Kestrel Front|ArmedGroup] on Monday.', { type: 'Capture', agents: ['kestrel-front'], targets: ['tirel'] }],
    ['[Doma|City] had fallen into the hands of the [Kestrel Front|ArmedGroup] by Sunday.', { type: 'Capture', agents: ['kestrel-front'], targets: ['doma'] }],
    ['[Varnian police|PoliceForce] nabbed [Ilan Dorek|Person] in [Doma|City] on Monday.', { type: 'Arrest', agents: ['varnian-police'], targets: ['ilan-dorek'] }],
    ['Gunmen of the [Kestrel Front|ArmedGroup] shot dead [Ilan Dorek|Person] in [Doma|City] on Monday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['ilan-dorek'] }],
    ['The [Kestrel Front|ArmedGroup] gunned down [Ilan Dorek|Person] on Monday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['ilan-dorek'] }],
    ['The [Kestrel Front|ArmedGroup] beheaded [Ilan Dorek|Person] on Monday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['ilan-dorek'] }],
    ['[Ostland|Country] rushed reinforcements to [Doma|City] on Monday.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    ['[Ostland|Country] sent in troops to [Varnia|Country] on Monday.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    // an aside opened by "acting on" holds no subject
    ['Troops of the [Varnian 3rd Brigade|MilitaryForce], acting on a tip from [villagers|CollectiveActor], raided a hideout of the [Kestrel Front|ArmedGroup] on Monday.', { type: 'Attack', agents: ['varnian-3rd-brigade'], targets: ['kestrel-front'] }],
    ['[Ostland|Country] negotiated with [Varnia|Country] in [Doma|City] on Monday.', { type: 'Communication', agents: ['ostland'], targets: ['varnia'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });
});

describe('no event from these shapes', () => {
  it.each([
    // the word's other senses
    ['Shares in [Ostland Oil|Company] hit record highs on Monday.', 'Attack'],
    ['Inflation in [Ostland|Country] fell to 3% in May.', 'Capture'],
    ['The decision fell to the [Northern Union|InternationalOrganization] on Monday.', 'Capture'],
    ['[Ostland|Country] negotiated a loan with the [Northern Bank|Organization] on Monday.', 'Communication'],
    // a participle before its noun is an adjective
    ['The [Northern Union|InternationalOrganization] urged [Ostland|Country] to release detained journalists.', 'Arrest'],
    ['The families of abducted students met [Varnian police|PoliceForce] in [Doma|City] on Monday.', 'Arrest'],
    // moving what is no force
    ['The wounded were rushed to hospital in [Doma|City] on Monday.', 'Deployment'],
    ['[Ostland|Country] airlifted the wounded to [Doma|City] on Monday.', 'Deployment'],
    ['[Ostland|Country] sent in its application to the [Northern Union|InternationalOrganization] on Monday.', 'Deployment'],
    // fire aimed at nothing named: a test or a drill
    ['[Ostland|Country] launched a ballistic missile into the sea on Monday.', 'Attack'],
    // a trend of attacks is no attack
    ['Attacks on aid workers in [Varnia|Country] have increased this year.', 'Attack'],
    ['Airstrikes by [Ostland|Country] rose by 30% in [Varnia|Country] last year.', 'Attack'],
    // a plan, a threat, a denial, a negation
    ['The [Kestrel Front|ArmedGroup] vowed to launch rockets at [Tirel|City].', 'Attack'],
    ['[Ostland|Country] denied that its jets had strafed [Doma|City].', 'Attack'],
    ['The [Kestrel Front|ArmedGroup] did not shoot dead [Ilan Dorek|Person].', 'Attack'],
    // an attack feared, weighed or prevented; talks refused
    ['[Ostland|Country] is bracing for an attack by the [Kestrel Front|ArmedGroup].', 'Attack'],
    ['[Ostland|Country] is reportedly weighing strikes on [Varnia|Country].', 'Attack'],
    ['[Varnia|Country] prevented an Ostlandic attack on [Doma|City] on Monday.', 'Attack'],
    ['[Varnia|Country] rejected talks with [Ostland|Country] on Monday.', 'Communication'],
    // an attack by nobody named on a place, years before the report: the story's background
    ['Explosions were heard in [Doma|City] in 2019.', 'Attack'],
  ] as const)('%s', (marked, type) => {
    expect(found(marked, type)).toEqual([]);
  });

  it('never reads a treasury or a foreign ministry as the one attacking', () => {
    const marked = 'The [Ostland Treasury|GovernmentAgency] is sanctioning four firms that financed its attacks on shipping in the [Doma Strait|Place].';
    expect(found(marked, 'Attack').flatMap((e) => e.agents)).not.toContain('ostland-treasury');
  });

  it('keeps an attack by nobody named on a place told in the days of the report', () => {
    expect(found('Explosions were heard in [Doma|City] on Monday.', 'Attack')).toEqual([{ type: 'Attack', agents: [], targets: ['doma'] }]);
  });
});
