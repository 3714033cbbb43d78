// Who and what an attack told by a noun hit: the people it killed and the place its clause names ("an air strike on a
// market in X killed 21 people"); a named person killed, its killer untold ("Z was killed in 2007"); a city swept into is taken;
// a road protesters blocked is a protest.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('the killed and the place', () => {
  it.each([
    ['An air strike on a market in [Doma|City] killed [at least 21 people|CollectiveActor] last week, officials said.', ['at-least-21-people', 'doma']],
    ['Last month a roadside bomb attack in [Tirel|City] wounded [three gendarmes|CollectiveActor], officials said.', ['three-gendarmes', 'tirel']],
    ['A drone strike near [Sela|City] wounded [two farmers|CollectiveActor] on Monday.', ['sela', 'two-farmers']],
  ] as const)('%s', (marked, targets) => {
    expect(found(marked, 'Attack').flatMap((e) => e.targets).sort()).toEqual([...targets].sort());
  });

  it('adds no country as the place hit', () => {
    expect(found('A suicide bombing in [Varnia|Country] killed [three soldiers|CollectiveActor] on Tuesday.', 'Attack').flatMap((e) => e.targets)).toEqual(['three-soldiers']);
  });
});

describe('a named person killed', () => {
  it.each([
    ['After [Arno Velt|Person] was killed in 2007, his deputy took over the gang.', 'arno-velt'],
    ['[Ilse Marr|Person], the group\'s founder, was assassinated in [Doma|City] in March 2019.', 'ilse-marr'],
    ['Its former leader [Piet Lorn|Person] was murdered last year.', 'piet-lorn'],
  ])('%s', (marked, target) => {
    expect(found(marked, 'Attack')).toContainEqual({ type: 'Attack', agents: [], targets: [target] });
  });

  it('tells no attack of unnamed people killed with nobody named as killing them', () => {
    expect(found('[Two soldiers|CollectiveActor] were killed near [Doma|City] on Monday.', 'Attack')).toEqual([]);
  });
});

describe('a city swept into, a road blocked by protesters', () => {
  it('takes a city swept into', () => {
    expect(found('Days later, the offensive led by the [Kestrel Front|ArmedGroup] swept into [Doma|City] and toppled the government.', 'Capture')).toContainEqual({ type: 'Capture', agents: ['kestrel-front'], targets: ['doma'] });
  });

  it.each([
    ['The truce collapsed when troops moved in to reopen a road that [Sahrawi protesters|CollectiveActor] had blocked for weeks.', 'sahrawi-protesters'],
    ['[Demonstrators|CollectiveActor] blocked the main highway near [Doma|City] for a third day.', 'demonstrators'],
  ])('%s', (marked, agent) => {
    expect(found(marked, 'Protest').flatMap((e) => e.agents)).toContain(agent);
  });

  it('reads no protest in a road blocked by a landslide', () => {
    expect(found('A landslide blocked the main road to [Doma|City] on Monday.', 'Protest')).toEqual([]);
  });
});
