// Who talks with whom, and other trigger families widened in round 7: a meeting partner after a place or a time
// ("met in X with Y"), talks a host or broker brought about ("Z brokered the talks between A and B": between A and B; "Z mediated the talks": Z), talks held ("is still
// holding peace talks with Y"), sieges and blockades, a flag raised over a place, an appeal by pressure ("has been
// pressing X to", "leaned on X to").

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('trigger families of round 7', () => {
  const cases: [string, Expected][] = [
    ['President [Ivo Marr|Person] met in [Doma|City] with [Ostland|Country] special envoy [Piet Lorn|Person] on Monday.', { type: 'Communication', agents: ['ivo-marr'], targets: ['piet-lorn'] }],
    ['The foreign minister [Ilse Marr|Person] met on Monday with her counterpart [Tomas Heil|Person] about the border.', { type: 'Communication', agents: ['ilse-marr'], targets: ['tomas-heil'] }],
    ['[Ostland|Country] brokered the talks between the [Varnian government|Government] and the [Kestrel Front|ArmedGroup] last year.', { type: 'Communication', agents: ['kestrel-front', 'varnian-government'], targets: ['kestrel-front', 'varnian-government'] }],
    ['The [Kestrel Front|ArmedGroup], which is still holding peace talks with the [Varnian government|Government], denied the report.', { type: 'Communication', agents: ['kestrel-front'], targets: ['varnian-government'] }],
    ['The [Red Hand|ArmedGroup], together with a [Blue Hand|ArmedGroup] faction, laid siege to [Sela|City] for five months in 2019.', { type: 'Attack', agents: ['red-hand'], targets: ['sela'] }],
    ['Last year the [Kestrel Front|ArmedGroup] blockaded [Doma|City] for weeks.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
    ['[Varnian Army|MilitaryForce] troops entered the village of [Sela|City] on Wednesday and raised the state\'s flag over a cave complex.', { type: 'Capture', agents: ['varnian-army'], targets: ['sela'] }],
    ['The envoy [Piet Lorn|Person] has been pressing the [Varnian government|Government] to disarm the militias.', { type: 'Appeal', agents: ['piet-lorn'], targets: ['varnian-government'] }],
    ['The town was handed back under pressure from [Ostland|Country], which has leaned on the [Kestrel Front|ArmedGroup] to stop fighting.', { type: 'Appeal', agents: ['ostland'], targets: ['kestrel-front'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it('gives talks a broker brought about the broker as their agent and the sides of the deal just told as targets', () => {
    const got = found('The [Varnian government|Government] and the [Kestrel Front|ArmedGroup] signed a truce in [Doma|City] on Monday. [Ostland|Country] mediated the talks.', 'Communication');
    expect(got.flatMap((e) => e.agents)).toContain('ostland');
    expect(got.flatMap((e) => e.targets)).toContain('kestrel-front');
  });

  it.each([
    ['[Ostland|Country] said it would broker talks between the [Varnian government|Government] and the rebels next month.', 'Communication'],
    ['The [Kestrel Front|ArmedGroup] threatened to lay siege to [Doma|City] if the army did not withdraw.', 'Attack'],
    ['Reporters were pressing [Piet Lorn|Person] for details.', 'Appeal'],
    ['[Ivo Marr|Person] met in [Doma|City] on Monday.', 'Communication'],
  ] as const)('finds none in a plan, a threat or a question: %s', (marked, type) => {
    expect(found(marked, type)).toEqual([]);
  });
});
