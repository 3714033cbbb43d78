// A bare definite anaphor ("the strike", "the raid") joins the latest event told with its own head noun, else the
// latest event of its type: a second event told between them (a war, an offensive) does not take it.

import { describe, expect, it } from 'vitest';
import { events } from '../support/eventCases.js';

const triggersOf = (marked: string): string[][] => events(marked).filter((e) => e.type === 'Attack').map((e) => [e.trigger, ...e.evidence.map((x) => String(x.sentence))]);

describe('definite anaphors by head noun', () => {
  it.each([
    [
      'An [Ostland|Country] drone strike on a market in [Doma|City] killed [18 civilians|CollectiveActor] on Tuesday, as the government\'s long war against the [Kestrel Front|ArmedGroup] grinds on. The strike hit the market around midday.',
      'drone strike',
    ],
    [
      '[Kestrel Front|ArmedGroup] gunmen raided a police post in [Tirel|City] on Monday, days after the [Varnian Army|MilitaryForce] began an offensive against the group. Residents said the raid lasted two hours.',
      'raided',
    ],
    [
      'A car bombing in [Doma|City] killed [five soldiers|CollectiveActor] on Friday. The [Varnian Army|MilitaryForce] later shelled [Kestrel Front|ArmedGroup] positions near [Tirel|City]. Officials said the bombing was the deadliest this year.',
      'car bombing',
    ],
  ])('%s', (marked, first) => {
    const withTwo = triggersOf(marked).find((t) => t.length > 2);
    expect(withTwo?.[0]).toBe(first);
  });

  it('still lets a bare anaphor with no namesake join the latest event of its type', () => {
    const found = events('[Kestrel Front|ArmedGroup] gunmen stormed a police post in [Tirel|City] on Monday. The attack lasted two hours.');
    expect(found.filter((e) => e.type === 'Attack')).toHaveLength(1);
  });
});
