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
