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
    // a threat told as a warning to someone, or as what the one warning calls a thing
    ['[Ostland|Country] issued a stern warning to [Varnia|Country] on Monday.', { type: 'Threat', agents: ['ostland'], targets: ['varnia'] }],
    ['[Ostland|Country] held drills near [Varnia|Country] that [Ostland|Country] called a "stern warning" to separatists.', { type: 'Threat', agents: ['ostland'], targets: [] }],
    // a pronoun opening the reported clause is the subject of a predicate coordinated after a list
    [
      'The [Varnian Defence Ministry|GovernmentAgency] said it had sent additional units to guard oil fields in [Tirel|Region] and [Doma|Region], and asked the [Northern Alliance|InternationalOrganization] for air-defence systems.',
      { type: 'Appeal', agents: ['varnian-defence-ministry'], targets: ['northern-alliance'] },
    ],
    // the opener of the sentence, though its aside holds a "that" clause naming another group
    [
      '[Kestrel Front|ArmedGroup], a faction of the [Red Hand|ArmedGroup] that split from it in 2016, claimed an attack on [Doma|City] on Monday.',
      { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] },
    ],
    // one of a plural told just before, by the same actor
    [
      'Since January, [Kestrel Front|ArmedGroup] fighters have carried out dozens of attacks in [Tirel|Region], including an assault on a base near [Doma|City] on May 1.',
      { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] },
    ],
    // forces of a named group who arrived
    ['Mercenaries of the [Red Hand Group|ArmedGroup] who arrived in late 2021 have left [Varnia|Country].', { type: 'Deployment', agents: ['red-hand-group'], targets: [] }],
    // an adverb between a relative clause's subject and its verb
    ['The [Northern Mission|InternationalOrganization], which the [Varnian Union|InternationalOrganization] first deployed to [Doma|City] in 2007, was replaced in 2022.', { type: 'Deployment', agents: ['varnian-union'], targets: [] }],
    // outposts kept, operations of a kind, barricades put up
    ['[Ostland|Country] has kept dozens of military outposts inside [Varnia|Country] since 2022.', { type: 'Deployment', agents: ['ostland'], targets: [] }],
    ['The [Varnian Army|MilitaryForce] launched a clearance operation against the [Kestrel Front|ArmedGroup] on Friday.', { type: 'Attack', agents: ['varnian-army'], targets: ['kestrel-front'] }],
    ['Tensions flared in [Tirel|Region] in December, when [Zorin Serbs|CollectiveActor] put up barricades.', { type: 'Protest', agents: ['zorin-serbs'], targets: [] }],
    // an ally fought alongside is no target; the foe after "against" is
    ['Its cells have fought alongside [Red Hand|ArmedGroup] gunmen against the [Kestrel Front|ArmedGroup] for years.', { type: 'Attack', agents: [], targets: ['kestrel-front'] }],
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

  it('never takes an ally fought alongside as the target', () => {
    expect(events('[Kestrel Front|ArmedGroup] fighters fought alongside [Red Hand|ArmedGroup] militias in [Doma|City] on Monday.').flatMap((e) => e.targets)).not.toContain('red-hand');
  });

  it('does not let a place of another clause stand in for what an attack hit', () => {
    const found = events('The strikes on [Tirel|Region] followed the killing of two soldiers on Wednesday, when [Kestrel Front|ArmedGroup] militants attacked a base near the border.');
    expect(found.find((e) => e.agents.includes('kestrel-front'))).toBeDefined();
    expect(found.filter((e) => e.targets.includes('tirel')).flatMap((e) => e.agents)).not.toContain('kestrel-front');
  });

  it('keeps a claim of an attack dated apart from the latest attack told as an attack of its own', () => {
    const found = events('[Kestrel Front|ArmedGroup] gunmen attacked [Doma|City] on Monday. It also claimed the March 2021 assault on [Tirel|City].');
    expect(found.filter((e) => e.type === 'Attack')).toHaveLength(2);
  });

  it('takes a country whose unnamed craft or posts were hit as the target', () => {
    expect(found('[Ostland|Country] coast guard ships fired water cannon at a Russian supply boat near [Doma Shoal|Place] on Saturday, [Russia|Country] said.', 'Attack').flatMap((e) => e.targets)).toContain('russia');
  });

  it('reads the target after a day named between the noun and its preposition', () => {
    expect(found('The [Northern Command|MilitaryForce] said it carried out an airstrike Wednesday against [Kestrel Front|ArmedGroup] fighters near [Doma|City].', 'Attack')).toContainEqual({ type: 'Attack', agents: ['northern-command'], targets: ['kestrel-front'] });
  });

  it('reads a second "it" of a sentence as its first, and keeps two targets named apart as two events', () => {
    const found = events('The [Kestrel Front|ArmedGroup] is the most active group in [Varnia|Country]. It carried out the bombing at [Doma|City] airport that month that killed 13 [Varnian Army|MilitaryForce] soldiers, and it claimed the March 2021 assault on [Tirel|City].');
    expect(found.filter((e) => e.type === 'Attack').map(summary)).toEqual([
      { type: 'Attack', agents: ['kestrel-front'], targets: ['doma', 'varnian-army'] }, // the soldiers the bombing killed were hit by it
      { type: 'Attack', agents: ['kestrel-front'], targets: ['tirel'] },
    ]);
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
    // what there is no evidence of did not happen
    ['There is no evidence that the [Kestrel Front|ArmedGroup] and the [Red Hand|ArmedGroup] coordinate their operations.'],
  ])('%s', (marked) => {
    expect(events(marked).filter((e) => e.type !== 'Communication')).toEqual([]);
  });
});
