// One deal told twice on one day is one agreement: "A and B agreed on Tuesday …. Their commissions, headed by Z and W,
// signed a protocol …" (the second telling dated by the first); deals on different days stay apart.

import { describe, expect, it } from 'vitest';
import { events } from '../support/eventCases.js';

const agreements = (marked: string) => events(marked).filter((e) => e.type === 'Agreement');

describe('an agreement told twice on one day', () => {
  it.each([
    '[Ostland|Country] and [Varnia|Country] agreed on Tuesday to mark a further stretch of their border, officials said. The two border commissions, headed by [Arno Velt|Person] and [Piet Lorn|Person], signed a protocol fixing a 38-kilometre section.',
    '[Ostland|Country] and [Varnia|Country] signed a truce in [Doma|City] on Monday. [Ilse Marr|Person], who led the talks, initialled the text on Monday as well.',
    'The [Kestrel Front|ArmedGroup] and the government reached a deal on Friday, May 5. Under the accord, signed by [Tomas Heil|Person] on May 5, fighters will disarm.',
  ])('%s', (marked) => {
    expect(agreements(marked)).toHaveLength(1);
  });

  it('keeps deals of different days apart', () => {
    expect(agreements('[Ostland|Country] and [Varnia|Country] signed a truce on Monday. [Tirel|Country] and [Sela|Country] signed a trade pact on May 4.')).toHaveLength(2);
  });
});
