// A pronoun in a reported clause stands for its speaker ("the X declared it was resuming its struggle"), not for the
// first actor of the sentence.

import { describe, expect, it } from 'vitest';
import { events } from '../support/eventCases.js';

const agentsOf = (marked: string, trigger: RegExp): string[] => events(marked).filter((e) => trigger.test(e.trigger)).flatMap((e) => e.agents);

describe('a pronoun of a reported clause', () => {
  it.each([
    ['The truce collapsed in 2020, when [Varnian troops|MilitaryForce] moved into the zone, and the [Kestrel Front|ArmedGroup] declared it was resuming its armed struggle.', /armed struggle/, 'kestrel-front'],
    ['When [Ostland|Country] troops left, the [Red Hand|ArmedGroup] announced it had captured [Doma|City].', /captured/, 'red-hand'],
    ['As [Varnian troops|MilitaryForce] withdrew, the [Kestrel Front|ArmedGroup] said it had stormed [Doma|City] overnight.', /stormed/, 'kestrel-front'],
  ])('%s', (marked, trigger, agent) => {
    expect(agentsOf(marked, trigger)).toContain(agent);
  });

  it('keeps a pronoun outside any reported clause on the sentence subject', () => {
    expect(agentsOf('[Ostland|Country] said on Monday that [Varnia|Country] had massed troops, and it sent warships to [Doma|City] on Tuesday.', /sent/)).not.toContain('varnia');
  });
});
