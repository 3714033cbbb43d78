// A description of a non-state group as a subject ("the jihadist group overran", "the militants attacked") stands for
// the latest armed group named, never for a state's army or government the sentence opens with; sent forces behind
// an aside ("Hundreds of X reinforcements, many of them drawn from Y, have been sent to Z") are X's; a relative
// after a possessive apposition ("Uganda, Z's main military backer, which flew …") stands for the name it describes.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('described groups and subjects behind asides', () => {
  it.each([
    ['[Varnia|Country]\'s army said on Friday that it had killed 40 [Kestrel Front|ArmedGroup] militants, two days after the jihadist group overran a military post near [Sela|City].', 'Capture', 'kestrel-front', 'varnia'],
    ['The [Varnian army|MilitaryForce] said on Monday that the [Red Hand|ArmedGroup] had withdrawn, a week after the armed group attacked [Doma|City].', 'Attack', 'red-hand', 'varnian-army'],
    ['Hundreds of [Kestrel Front|ArmedGroup] reinforcements, many of them drawn from units in [Sela|City], have been sent to [Doma|City] this week, residents said.', 'Deployment', 'kestrel-front', 'sela'],
    ['The war has drawn in neighbouring [Ostland|Country], [Ivo Marr|Person]\'s main military backer, which flew special forces into [Doma|City] this month.', 'Deployment', 'ostland', 'ivo-marr'],
  ] as const)('%s', (marked, type, agent, notAgent) => {
    const agents = found(marked, type).flatMap((e) => e.agents);
    expect(agents).toContain(agent);
    expect(agents).not.toContain(notAgent);
  });

  it('keeps an army that the description fits', () => {
    expect(found('[Varnia|Country]\'s army said on Friday that the force had retaken [Sela|City] on Monday.', 'Capture').flatMap((e) => e.agents)).not.toContain('kestrel-front');
  });

  it('gives a described group no agent when no armed group was named', () => {
    expect(found('[Varnia|Country]\'s army said on Friday that the jihadist group overran a military post near [Sela|City].', 'Capture').flatMap((e) => e.agents)).not.toContain('varnia');
  });
});
