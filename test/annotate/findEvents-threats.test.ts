// A warning is a threat when it announces what the one warning, or its own side, would do ("warned that its fighters
// would punish …", "warning that Ostland would do what is necessary if …", "warned of retaliation"); a forecast of
// what others will suffer is not. A participle after the main clause hangs on the sentence's speaker.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const threats = (marked: string): Expected[] => events(marked).filter((e) => e.type === 'Threat').map(summary);

describe('warnings that are threats', () => {
  const cases: [string, string][] = [
    ['Its commander, [Arno Velt|Person], warned that fighters would "punish" anyone who ignored the lockdown.', 'arno-velt'],
    ['[Ostland|Country] Foreign Minister [Ilse Marr|Person] said on Tuesday that [Kestrel Front|ArmedGroup] leaders must leave [Varnia|Country], warning that [Ostland|Country] would "do what is necessary" if they did not.', 'ilse-marr'],
    ['The [Kestrel Front|ArmedGroup] warned [Varnia|Country] on Sunday that it would strike the capital again.', 'kestrel-front'],
    ['[Ostland|Country] warned of retaliation after the drone attack on its border post.', 'ostland'],
  ];
  it.each(cases)('%s', (marked, agent) => {
    expect(threats(marked).flatMap((e) => e.agents)).toContain(agent);
  });
});

describe('warnings that are no threats', () => {
  it.each([
    ['The [United Nations|InternationalOrganization] warned that thousands would be displaced by the fighting in [Doma|City].'],
    ['[Aid groups|CollectiveActor] warned that the [Kestrel Front|ArmedGroup] would likely expand its operations, [Varnia Wire|MediaOutlet] reported.'],
    ['[Ostland|Country] warned that it would not tolerate further delays in the talks.'],
    ['[Ilse Marr|Person] warned against reading too much into the vote.'],
  ])('%s', (marked) => {
    expect(threats(marked)).toEqual([]);
  });
});
