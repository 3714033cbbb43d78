// A verb whose subject is an attack noun just told ("A drone strike by X near Y killed …", "X's offensive … drove the
// army out of Y") tells that attack once more: one event, the noun's, with what the verb hit. A verb with a subject
// of its own tells its own event.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const attacks = (marked: string): Expected[] => events(marked).filter((e) => e.type === 'Attack').map(summary);

describe('an attack noun as the subject of a verb', () => {
  it.each([
    ['A drone strike by [Varnia|Country]\'s army near the border killed at least 11 civilians at a market in [Sela|City] on Monday, rebels said.', ['varnia']],
    ['The [Kestrel Front|ArmedGroup]\'s surprise offensive in October 2021, dubbed Operation Dawn, drove the army out of much of [Tirel|Region].', ['kestrel-front']],
    ['An [Ostland|Country] air strike on a convoy near [Doma|City] struck two fuel trucks on Monday.', ['ostland']],
  ])('%s', (marked, agents) => {
    const got = attacks(marked);
    expect(got).toHaveLength(1);
    expect(got[0]!.agents).toEqual(agents);
  });

  it.each([
    ['An [Ostland|Country] air strike on [Doma|City] was condemned, and [Varnian Army|MilitaryForce] troops attacked [Sela|City] on Monday.', 2],
    ['A strike on [Doma|City] on Monday came as [Kestrel Front|ArmedGroup] fighters attacked [Sela|City].', 2],
  ] as const)('keeps a verb with its own subject apart: %s', (marked, n) => {
    expect(attacks(marked)).toHaveLength(n);
  });
});
