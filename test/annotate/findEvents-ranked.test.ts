// What is no new event: a class the event is ranked in ("in one of the deadliest assaults on civilians this year"),
// and a coordinated subject whose unnamed member cannot be read ("the government and the main rebel group agreed").

import { describe, expect, it } from 'vitest';
import { events } from '../support/eventCases.js';

describe('a ranked class is no event', () => {
  it.each([
    ['[Kestrel Front|ArmedGroup] rebels killed [43 worshippers|CollectiveActor] in a church in [Doma|City], in one of the deadliest assaults on [civilians|CollectiveActor] in the region this year.'],
    ['[Ostland|Country] shelled [Tirel|City] on Monday in one of the heaviest bombardments of the war.'],
    ['The raid on [Doma|City] was among the worst attacks on [Varnian Army|MilitaryForce] troops since 2019, [Kestrel Front|ArmedGroup] said.'],
  ])('%s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack')).toHaveLength(1);
  });
});

describe('a coordinated subject with an unnamed member', () => {
  it('names no actor from elsewhere in the sentence', () => {
    const found = events('[Kestrel Front|ArmedGroup] fighters killed two rangers on Tuesday, days after the government and the main rebel group agreed in [Tirel|Country] to resume talks.');
    expect(found.filter((e) => e.type === 'Agreement').flatMap((e) => e.agents)).not.toContain('kestrel-front');
  });

  it('still reads a described subject standing alone', () => {
    const found = events('The [Kestrel Front|ArmedGroup] lost ground last year. The group also abducted aid workers in [Tirel|Country] last month.');
    expect(found.filter((e) => e.type === 'Arrest').flatMap((e) => e.agents)).toContain('kestrel-front');
  });
});
