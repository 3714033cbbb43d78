// A killing told by its verb alone, whose victims are counted people no recognizer names ("the group killed 54
// soldiers in two attacks"), is still an attack by its named subject; a killing with nobody named on either side,
// or only planned, is none.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

const attacks = (marked: string): Expected[] => events(marked).filter((e) => e.type === 'Attack').map(summary);

describe('a named killer of counted victims', () => {
  it.each([
    ['In April 2022, the [Kestrel Front|ArmedGroup] killed 54 soldiers in two attacks in the same park.', 'kestrel-front'],
    ['[Red Hand|ArmedGroup] fighters had killed dozens of soldiers in an ambush near [Sela|City] on Sunday, a spokesman said.', 'red-hand'],
    ['The [Blue Hand|ArmedGroup], which has fought the army since 2019, killed at least nine civilians and wounded others in [Doma|City] on Monday.', 'blue-hand'],
    ['Police said the [Kestrel Front|ArmedGroup] had killed more than 20 police officers in [Tirel|Region] since January.', 'kestrel-front'],
  ])('%s', (marked, agent) => {
    expect(attacks(marked).flatMap((e) => e.agents)).toContain(agent);
  });

  it.each([
    'Gunmen killed 54 soldiers in an ambush in the north on Sunday.',
    'The [Kestrel Front|ArmedGroup] would have killed dozens of soldiers had the army not withdrawn.',
    'The [Kestrel Front|ArmedGroup] denied it had killed 12 civilians in [Doma|City].',
    'More than 40 soldiers were killed in the north last year.',
  ])('finds no attack without a named side or in a denial: %s', (marked) => {
    expect(attacks(marked)).toEqual([]);
  });
});
