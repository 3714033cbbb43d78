// Event shapes of the third session: deployments of ships, planes and units and the drills they fly in, weapons that
// hit, offensives pressed, "the two sides" of a pair named before, appeals for help and calls to arms, quoted contacts,
// subjects with an aside inside a subordinate clause, and what is not an event (nobody named, a backer of a group).

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('events found', () => {
  const cases: [string, Expected][] = [
    // sending forces of any kind is a deployment, with words between the verb and the noun
    ['[Ostland|Country] sent dozens of warplanes and navy ships around [Varnia|Country] on Tuesday.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    ['The [Varnian Defence Ministry|GovernmentAgency] said it had sent additional units to guard the pipeline in [Tirel|Region].', { type: 'Deployment', agents: ['varnian-defence-ministry'], targets: [] }],
    ['[Ostland|Country] dispatched two warships to the [Doma Strait|Place] on Friday.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    // drills and patrols held by a named force
    ['[Ostland|Country] held large-scale military drills near [Varnia|Country] in April.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    ['The [Ostland Coast Guard|MilitaryForce] carried out patrols near [Doma|City] on Monday.', { type: 'Deployment', agents: ['ostland-coast-guard'], targets: [] }],
    // a weapon that hits: the place hit is the target, with nobody named as the attacker
    ['A drone hit a processing unit at the [Kessa oil field|Place] in [Tirel|Region] late on Wednesday.', { type: 'Attack', agents: [], targets: ['kessa-oil-field'] }],
    ['Two missiles also slammed into [Doma|City] overnight.', { type: 'Attack', agents: [], targets: ['doma'] }],
    // an offensive pressed by the subject of a subordinate clause, past an aside that names others
    [
      'The strikes came as the [Kestrel Front|ArmedGroup], a rebel group that seized [Doma|City] and the border with [Varnia|Country] in 2022, pressed an offensive toward [Tirel|City].',
      { type: 'Attack', agents: ['kestrel-front'], targets: ['tirel'] },
    ],
    ['[Ostland|Country] intensified its offensive against the [Kestrel Front|ArmedGroup] on Monday.', { type: 'Attack', agents: ['ostland'], targets: ['kestrel-front'] }],
    // "the two sides" are the pair named "between A and B" just before
    [
      'The strikes threaten a fragile arrangement between [Ostland|Country] and [Varnia|Country]. The two sides agreed in March to resume oil exports.',
      { type: 'Agreement', agents: ['ostland', 'varnia'], targets: ['ostland', 'varnia'] },
    ],
    // appeals: "asked X for Y", "a call to arms by Z" with a title before the name
    ['The [Varnian Defence Ministry|GovernmentAgency] asked the [Northern Alliance|InternationalOrganization] for air-defence systems.', { type: 'Appeal', agents: ['varnian-defence-ministry'], targets: ['northern-alliance'] }],
    ['The militia was formed in 2014 in response to a call to arms by Grand Ayatollah [Ali Rezan|Person].', { type: 'Appeal', agents: ['ali-rezan'], targets: [] }],
    // contacts held, the noun quoted
    ['[Varnia|Country] said officials had held "informal contacts" with the [Kestrel Front|ArmedGroup] last month.', { type: 'Communication', agents: [], targets: ['kestrel-front'] }],
    // a threat told as a warning to someone
    ['[Ostland|Country] issued a stern warning to [Varnia|Country] on Monday.', { type: 'Threat', agents: ['ostland'], targets: ['varnia'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });
});

describe('arguments kept apart', () => {
  it('takes the people detained, never the town they were detained near, as the target', () => {
    expect(found('[Varnian|Country] police detained two men near the town of [Doma|City] on Wednesday.', 'Arrest').flatMap((e) => e.targets)).not.toContain('doma');
  });

  it('still lets an attack on a camp in a town hit the town', () => {
    expect(found('[Kestrel Front|ArmedGroup] fighters stormed the camp in the town of [Doma|City] at dawn.', 'Attack')).toContainEqual({ type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] });
  });

  it('does not make the backer of an unnamed group the actor of what the group does', () => {
    expect(found('[Ilan Voss|Person]-funded groups staged paid protests outside the parliament in [Doma|City] in 2022.', 'Protest').flatMap((e) => e.agents)).not.toContain('ilan-voss');
  });
});

describe('no event', () => {
  it.each([
    // nobody named on either side of a push back
    ['Border guards this week pushed back at least nine boats carrying refugees near [Doma|City].'],
    // "hit" without a weapon is no attack
    ['The storm hit [Doma|City] on Monday.'],
    ['Prices hit a record in [Varnia|Country] last week.'],
    // "asked for comment", "asked about": no appeal
    ['[Ostland|Country] did not respond when asked for comment by [Varnia Wire|MediaOutlet].'],
    // sending a letter is no deployment
    ['[Ostland|Country] sent two letters to [Varnia|Country] on Monday.'],
    // drills planned are not held
    ['[Ostland|Country] plans to hold military drills near [Varnia|Country] next month.'],
  ])('%s', (marked) => {
    expect(events(marked).filter((e) => e.type !== 'Communication')).toEqual([]);
  });
});
