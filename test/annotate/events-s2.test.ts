// Event shapes of the second session (issue #5): parentheses and titles inside subjects, agreements between their
// parties, words between a verb and its noun ("reached a tentative deal"), settlements stormed, adjectival participles.

import { describe, expect, it } from 'vitest';
import { day, events, summary, type Expected } from '../support/eventCases.js';

describe('subjects', () => {
  const cases: [string, Expected][] = [
    // an acronym in parentheses is part of the subject, not the start of a clause
    [
      'The [Varnian government|Government] and the [Kestrel Liberation Front|ArmedGroup] ([KLF|ArmedGroup=kestrel-liberation-front]) signed a truce on Monday.',
      { type: 'Agreement', agents: ['kestrel-liberation-front', 'varnian-government'], targets: ['kestrel-liberation-front', 'varnian-government'] },
    ],
    // a country in a person's title modifies the person; a title may open the second member of a coordination
    [
      '[Ostland|Country] Prime Minister [Mira Tal|Person] and [Varnia|Country] President [Sami Oro|Person] met in [Tirel|City] on Monday.',
      { type: 'Communication', agents: ['mira-tal', 'sami-oro'], targets: ['mira-tal', 'sami-oro'] },
    ],
    [
      '[Mira Tal|Person] and Foreign Minister [Sami Oro|Person] met in [Tirel|City] on Monday.',
      { type: 'Communication', agents: ['mira-tal', 'sami-oro'], targets: ['mira-tal', 'sami-oro'] },
    ],
    // "they" right after a two-sided meeting stands for its sides
    [
      '[Mira Tal|Person] and [Sami Oro|Person] met in [Tirel|City] on Monday, when they agreed on a timetable.',
      { type: 'Agreement', agents: ['mira-tal', 'sami-oro'], targets: ['mira-tal', 'sami-oro'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });

  it('reads "the two leaders" as the sides of the meeting told before', () => {
    const found = events('[Mira Tal|Person] and [Sami Oro|Person] met in [Tirel|City] on Monday. The two leaders last met in [Doma|City] on March 3, when they agreed in principle to the text.');
    expect(found.filter((e) => e.type === 'Agreement').map(summary)).toEqual([{ type: 'Agreement', agents: ['mira-tal', 'sami-oro'], targets: ['mira-tal', 'sami-oro'] }]);
    expect(found.filter((e) => e.type === 'Communication')).toHaveLength(2);
  });
});

describe('agreements and deployments with words between verb and noun', () => {
  const cases: [string, Expected][] = [
    [
      '[Ostland|Country] and [Varnia|Country] reached a tentative deal on Saturday.',
      { type: 'Agreement', agents: ['ostland', 'varnia'], targets: ['ostland', 'varnia'], when: day('2023-05-06') },
    ],
    [
      '[Ostland|Country] struck a landmark agreement with [Varnia|Country] on Friday.',
      { type: 'Agreement', agents: ['ostland', 'varnia'], targets: ['ostland', 'varnia'], when: day('2023-05-05') },
    ],
    [
      '[Ostland|Country] sent more than 2,000 troops into [Tirel|Region] in March.',
      { type: 'Deployment', agents: ['ostland'], targets: [] },
    ],
    [
      'The [Northern Alliance|InternationalOrganization] keeps about 3,500 troops in [Varnia|Country].',
      { type: 'Deployment', agents: ['northern-alliance'], targets: [] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const found = events(marked);
    expect(found.map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
    if (expected.when) expect(found.find((e) => e.type === expected.type)!.when).toEqual(expected.when);
  });

  it.each([
    // a plan, a refusal and a demand are no agreement
    ['[Ostland|Country] and [Varnia|Country] hope to reach a lasting deal by June.'],
    ['[Ostland|Country] has not reached any deal with [Varnia|Country].'],
    // words between the verb and the noun never cross into another phrase
    ['[Ostland|Country] sent a letter to troops in [Varnia|Country] on Monday.'],
  ])('finds no agreement or deployment in %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Agreement' || e.type === 'Deployment')).toEqual([]);
  });
});

describe('a settlement stormed is also taken', () => {
  it('tells an attack and a capture of the town', () => {
    const found = events('[Kestrel Brigade|ArmedGroup] gunmen stormed the central town of [Doma|City] on Monday.');
    expect(found.map(summary)).toEqual([
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['doma'] },
      { type: 'Capture', agents: ['kestrel-brigade'], targets: ['doma'] },
    ]);
  });

  it('tells only an attack when a building is stormed', () => {
    const found = events('[Kestrel Brigade|ArmedGroup] gunmen stormed the [Doma Hotel|Facility] on Monday.');
    expect(found.map((e) => e.type)).toEqual(['Attack']);
  });
});

describe('what a verb form can also be', () => {
  it.each([
    // a participle before a noun is an adjective, a plural after a number is a noun
    ['The [Northern Mission|InternationalOrganization] evacuated 40 wounded civilians from [Doma|City] on Monday.'],
    ['Delegates from [Ostland|Country] and [Varnia|Country] exchange signed documents in [Tirel|City].'],
    ['[Ostland|Country] said its jets destroyed 19 targets in [Doma|City].'],
    // a relative clause acts through the noun before "that", which is no actor here
    ['A war broke out in the northern region that has killed thousands of people since 2020.'],
  ])('finds no event told by a verb in %s', (marked) => {
    expect(events(marked).filter((e) => e.type !== 'Attack' || e.agents.length > 0)).toEqual([]);
  });

  it('keeps the verb when a number is a year', () => {
    const found = events('The [Varnian junta|Government], which took power in 2021, arrested [Sami Oro|Person] in [Doma|City] on Friday.');
    expect(found.map(summary)).toEqual([{ type: 'Arrest', agents: ['varnian-junta'], targets: ['sami-oro'] }]);
  });
});

describe('subjects and objects across clauses', () => {
  const cases: [string, Expected][] = [
    // the repeller of an attack is its target; the attack is not the repeller's
    [
      'The [Varnian army|MilitaryForce] said it had repelled an attack on [Doma|City] on Tuesday.',
      { type: 'Attack', agents: [], targets: ['doma', 'varnian-army'] },
    ],
    [
      'The [Varnian army|MilitaryForce] repelled an assault by the [Kestrel Brigade|ArmedGroup] on [Doma|City].',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['doma', 'varnian-army'] },
    ],
    // a second verb joined by "and" shares the first one's subject, not the last actor named
    [
      'The [Kestrel Brigade|ArmedGroup] attacked an army base in [Doma|City], a town near the border with [Ostland|Country], and briefly took control of [Doma|City].',
      { type: 'Capture', agents: ['kestrel-brigade'], targets: ['doma'] },
    ],
    // an unnamed object in a country: the country is where it was, not what was hit
    [
      '[Kestrel Brigade|ArmedGroup] fighters stormed a military base in [Varnia|Country]’s north on Sunday.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: [] },
    ],
    // a participle hangs on the clause's subject when no actor stands beside it
    [
      '[Ostland|Country], [Varnia|Country] and [Tirel|Country] issued a joint statement on Thursday calling on the [Electoral Board|Organization] to publish the results.',
      { type: 'Appeal', agents: ['ostland', 'tirel', 'varnia'], targets: ['electoral-board'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });

  it('finds no actor of the verb "repelled" itself', () => {
    const found = events('The [Varnian army|MilitaryForce] said it had repelled an attack on [Doma|City] on Tuesday.');
    expect(found.flatMap((e) => e.agents)).toEqual([]);
  });

  it('keeps two attacks of one sentence apart when their sides differ', () => {
    const found = events('[Ostland|Country] jets struck [Kestrel Brigade|ArmedGroup] positions in [Doma|City] on Monday. The strikes on [Tirel|Region] followed the deaths of two soldiers on Sunday, when [Kestrel Brigade|ArmedGroup] militants attacked a base near the border.');
    const attacks = found.filter((e) => e.type === 'Attack').map(summary);
    expect(attacks).toContainEqual({ type: 'Attack', agents: ['kestrel-brigade'], targets: [] });
    expect(attacks.every((a) => !(a.agents.includes('kestrel-brigade') && a.targets.includes('tirel')))).toBe(true);
  });

  it('does not take the people detained for protesters', () => {
    const found = events('The [Varnian police|GovernmentAgency] have detained more than 400 people since protests began in [Doma|City] last week.');
    expect(found.filter((e) => e.type === 'Protest').flatMap((e) => e.agents)).toEqual([]);
  });
});

describe('communications and appeals', () => {
  const cases: [string, Expected][] = [
    // an envoy named by a demonym stands for the country
    [
      '[Peru|Country] protested. The [Varnian Foreign Ministry|GovernmentAgency] summoned the Peruvian charge d’affaires on Monday.',
      { type: 'Communication', agents: ['varnian-foreign-ministry'], targets: ['peru'] },
    ],
    // talks with only a mediator are between the sides of the deal just told
    [
      'The [Varnian government|Government] and the [Kestrel Brigade|ArmedGroup] signed a truce on Wednesday. The deal was reached in [Tirel|City] after ten days of talks mediated by the [Northern Union|InternationalOrganization].',
      { type: 'Communication', agents: ['kestrel-brigade', 'northern-union', 'varnian-government'], targets: ['kestrel-brigade', 'varnian-government'] },
    ],
    // a coordinated predicate shares the subject that opens the sentence
    [
      'Council President [Mira Tal|Person] welcomed the deal as "a first step" and urged the [Kestrel Brigade|ArmedGroup] to disarm.',
      { type: 'Appeal', agents: ['mira-tal'], targets: ['kestrel-brigade'] },
    ],
    // "asked X to do" is an appeal
    [
      '[Ostland|Country] has again asked [Varnia|Country] to stop the group from using its soil.',
      { type: 'Appeal', agents: ['ostland'], targets: ['varnia'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });

  it.each([
    ['A [Varnian army|MilitaryForce] officer, who asked not to be named, said the base was intact.'],
    ['[Mira Tal|Person] asked [Sami Oro|Person] about the vote.'],
  ])('finds no appeal in %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Appeal')).toEqual([]);
  });

  it('does not take an opener for the subject of a verb inside a relative clause', () => {
    const found = events('[Mira Tal|Person], the council spokesperson, on Monday described the offensive, in which [Kestrel Brigade|ArmedGroup] fighters advanced on and took [Doma|City] last week.');
    expect(found.filter((e) => e.type === 'Capture').map(summary)).toEqual([{ type: 'Capture', agents: ['kestrel-brigade'], targets: ['doma'] }]);
  });
});

describe('protests and talks told by a verb', () => {
  const cases: [string, Expected][] = [
    [
      '[Thousands of people|CollectiveActor] marched in [Medellin|City] on Wednesday to demand an end to violence.',
      { type: 'Protest', agents: ['thousands-of-people'], targets: [] },
    ],
    [
      '[Ostland|Country] and [Varnia|Country] held two rounds of talks in [Tirel|City] last month.',
      { type: 'Communication', agents: ['ostland', 'varnia'], targets: ['ostland', 'varnia'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });

  it('still reads "release those detained" as no new arrest', () => {
    expect(events('[Mira Tal|Person] urged [Varnia|Country] to release those detained.').filter((e) => e.type === 'Arrest')).toEqual([]);
  });
});

describe('families of the third blind round', () => {
  const cases: [string, Expected][] = [
    // a deal made through brokers
    [
      'The ceasefire, brokered by [Ostland|Country] and [Varnia|Country], has largely held since March.',
      { type: 'Agreement', agents: ['ostland', 'varnia'], targets: [] },
    ],
    [
      'A [Varnia|Country]-brokered truce took effect in [Doma|City] on Monday.',
      { type: 'Agreement', agents: ['varnia'], targets: [] },
    ],
    // forces kept, sent, arrived
    [
      '[Ostland|Country] has kept troops at five positions inside [Varnia|Country] since 2021.',
      { type: 'Deployment', agents: ['ostland'], targets: [] },
    ],
    [
      'The [Varnian army|MilitaryForce] said last week it had sent an additional 1,200 soldiers south of the river.',
      { type: 'Deployment', agents: ['varnian-army'], targets: [] },
    ],
    [
      'The [Kestrel Group|ArmedGroup] mercenaries who arrived in [Doma|City] in late 2021 were replaced last year.',
      { type: 'Deployment', agents: ['kestrel-group'], targets: [] },
    ],
    // gatherings with a demand
    [
      '[Residents|CollectiveActor] blocked the main road into [Doma|City] on Monday, demanding the release of the mayor.',
      { type: 'Protest', agents: ['residents'], targets: [] },
    ],
    [
      'About 200 [activists|CollectiveActor] gathered outside the police station in [Doma|City] to demand his release.',
      { type: 'Protest', agents: ['activists'], targets: [] },
    ],
    // captures of unnamed ground, and of people
    [
      '[Kestrel Brigade|ArmedGroup] fighters seized the town and held it for several hours.',
      { type: 'Capture', agents: ['kestrel-brigade'], targets: [] },
    ],
    [
      'The [Varnian army|MilitaryForce] captured a senior rebel commander near [Doma|City] on Friday.',
      { type: 'Arrest', agents: ['varnian-army'], targets: [] },
    ],
    // arrests told by other verbs
    [
      'The [Varnian junta|Government] has jailed [Sami Oro|Person] and rounded up dozens of critics.',
      { type: 'Arrest', agents: ['varnian-junta'], targets: ['sami-oro'] },
    ],
    // killings with a "by" phrase, and forces owned by a pronoun with an adjective
    [
      '[Sami Oro|Person], who was killed by the [Red Hand|ArmedGroup] in 2022, led the movement for a decade.',
      { type: 'Attack', agents: ['red-hand'], targets: ['sami-oro'] },
    ],
    [
      'The [Varnian Defence Ministry|GovernmentAgency] said its special forces had killed [Sami Oro|Person] in an overnight raid.',
      { type: 'Attack', agents: ['varnian-defence-ministry'], targets: ['sami-oro'] },
    ],
    // a pact formed by several
    [
      '[Ostland|Country], [Varnia|Country] and [Tirel|Country] formed the [Alliance of Northern States|InternationalOrganization] in 2023.',
      { type: 'Agreement', agents: ['ostland', 'tirel', 'varnia'], targets: ['ostland', 'tirel', 'varnia'] },
    ],
    // a visit
    [
      '[Mira Tal|Person] visited [Varnia|Country] on Monday to negotiate arms purchases.',
      { type: 'Communication', agents: ['mira-tal'], targets: ['varnia'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });

  it.each([
    // a gathering with no demand, a crowd arriving, a company founded, a road blocked by snow
    ['[Residents|CollectiveActor] gathered in [Doma|City] on Monday for the harvest festival.'],
    ['Thousands of [fans|CollectiveActor] arrived in [Doma|City] for the final.'],
    ['[Mira Tal|Person] founded a trading company in [Doma|City] in 2019.'],
    ['[Mira Tal|Person] formed a new party with [Sami Oro|Person] in 2019.'],
  ])('finds no event in %s', (marked) => {
    expect(events(marked)).toEqual([]);
  });

  it('never takes a news agency in the dateline for the place of an event', () => {
    const found = events('PORTO, [Varnia|Country] ([Ostpress|MediaOutlet]) — [Kestrel Brigade|ArmedGroup] fighters attacked an army convoy on Monday.');
    expect(found.flatMap((e) => e.places)).not.toContain('ostpress');
  });
});

describe('background, lists of detainees, forces driven out', () => {
  it.each([
    ['The region has been calm since the end of decades of fighting between [Ostland|Country] and [Varnia|Country].'],
    ['Both countries rebuilt their economies after years of clashes between [Ostland|Country] and [Varnia|Country] in 1998.'],
  ])('finds no attack in the background of %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack')).toEqual([]);
  });

  it('keeps fighting told with a recent date', () => {
    const found = events('[Doma|City] was quiet on Tuesday after fighting between [Ostland|Country] and [Varnia|Country] on Monday.');
    expect(found.filter((e) => e.type === 'Attack').map(summary)).toEqual([{ type: 'Attack', agents: ['ostland', 'varnia'], targets: ['ostland', 'varnia'] }]);
  });

  it('adds a person "among those taken into custody" to the arrest told before', () => {
    const found = events('The [Varnian police|GovernmentAgency] detained [Mira Tal|Person] in [Doma|City] on Monday. Among those taken into custody was [Sami Oro|Person].');
    expect(found.map(summary)).toEqual([{ type: 'Attack', agents: ['varnian-police'], targets: ['mira-tal', 'sami-oro'] }].map((e) => ({ ...e, type: 'Arrest' as const })));
  });

  it('reads "drove them out" as an attack by those who drove', () => {
    const found = events('[Kestrel Brigade|ArmedGroup] fighters held [Doma|City] for a day before the [Varnian army|MilitaryForce] drove them out.');
    expect(found.map(summary)).toContainEqual({ type: 'Attack', agents: ['varnian-army'], targets: ['doma'] });
  });
});

describe('driven back by nobody named', () => {
  it('finds no attack in a passive without its actor', () => {
    expect(events('The enemy was pushed back toward [Kimo Hill|Place] on Tuesday.')).toEqual([]);
  });
});

describe('a person named after a description', () => {
  const cases: [string, Expected][] = [
    [
      'Officers of the [Varnian police|GovernmentAgency] raided the offices of the [Green Party|Organization] on Monday, detaining one of its leaders, [Sami Oro|Person].',
      { type: 'Arrest', agents: ['varnian-police'], targets: ['sami-oro'] },
    ],
    [
      'The [Varnian police|GovernmentAgency] arrested a former [Ostland|Country] police officer, [Sami Oro|Person], in December.',
      { type: 'Arrest', agents: ['varnian-police'], targets: ['sami-oro'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });

  it('does not reach a name across another clause', () => {
    const found = events('The [Varnian police|GovernmentAgency] arrested two men on Monday, the ministry said, and [Sami Oro|Person] condemned it.');
    expect(found.filter((e) => e.type === 'Arrest').flatMap((e) => e.targets)).toEqual([]);
  });
});

describe('openers that are not the last actor named', () => {
  const cases: [string, Expected][] = [
    [
      'Last month, gunmen from the [Red Hand|ArmedGroup] group, a [Kestrel Brigade|ArmedGroup] ally, killed 10 soldiers of the [Frontier Guard|MilitaryForce].',
      { type: 'Attack', agents: ['red-hand'], targets: ['frontier-guard'] },
    ],
    // an opener no recognizer named is the subject: the party in its aside is not
    [
      'Zorins, armed groups allied with the ruling [Unity Party|Organization], fired on [demonstrators|CollectiveActor] in [Doma|City].',
      { type: 'Attack', agents: [], targets: ['demonstrators'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });
});

describe('an appeal in a speaker’s own words', () => {
  it.each([
    ['“We call on the [Kestrel Brigade|ArmedGroup] to surrender,” said [Mira Tal|Person], the army spokesperson.'],
    ['[Mira Tal|Person] said: “We urge the [Kestrel Brigade|ArmedGroup] to lay down its arms.”'],
  ])('is the speaker’s appeal: %s', (marked) => {
    expect(events(marked).map(summary)).toEqual([{ type: 'Appeal', agents: ['mira-tal'], targets: ['kestrel-brigade'] }]);
  });

  it('is nothing when no first person speaks', () => {
    expect(events('“They called on the [Kestrel Brigade|ArmedGroup] to surrender,” said [Mira Tal|Person].').filter((e) => e.type === 'Appeal')).toEqual([]);
  });
});

describe('more shapes of the third blind round', () => {
  const cases: [string, Expected][] = [
    [
      '[Ostland|Country] and [Varnia|Country] signed a joint statement in [Oslo|City] in talks facilitated by [Norway|Country].',
      { type: 'Communication', agents: ['norway', 'ostland', 'varnia'], targets: ['ostland', 'varnia'] },
    ],
    ['[Varnian troops|MilitaryForce] overran the camp on Wednesday.', { type: 'Capture', agents: ['varnian-troops'], targets: [] }],
    ['[Red Hand|ArmedGroup] members have kidnapped dozens of shopkeepers in [Doma|City].', { type: 'Arrest', agents: ['red-hand'], targets: [] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(events(marked).map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
  });
});

describe('fighters from a group after a dateline', () => {
  it('reads the group as the actor', () => {
    const found = events('DOMA, [Varnia|Country] — Fighters from the [Red Hand|ArmedGroup] ([RH|ArmedGroup=red-hand]) stormed an army base in [Tirel|Region] on Sunday.');
    expect(found.map(summary)).toContainEqual({ type: 'Attack', agents: ['red-hand'], targets: ['tirel'] });
  });
});

describe('a kind of event, not one that happened', () => {
  it.each([
    ['[Ostland|Country] and [Varnia|Country] are bound by a 1951 treaty, which [Ostland|Country] says covers attacks on [Varnian|Country] vessels.'],
    ['The pact obliges [Ostland|Country] to act in the event of an armed attack on [Varnia|Country].'],
  ])('finds no attack in %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack')).toEqual([]);
  });
});

describe('a date inside a name', () => {
  it('dates nothing', () => {
    const found = events('The [Red Hand|ArmedGroup], short for the March 23 Movement, has seized [Doma|City].');
    expect(found.map(summary)).toEqual([{ type: 'Capture', agents: ['red-hand'], targets: ['doma'] }]);
    expect(found[0]!.when).not.toEqual(day('2023-03-23'));
  });
});
