// A dateline opening the story after an unmarked photo caption ("TIREL, VARNIA — ") names no actor, place or date of
// an event; nor does a dated dateline's day ("DOMA, May 10 (VW) - ") date the events its sentence tells.

import { describe, expect, it } from 'vitest';
import { annotatedDoc } from '../support/annotatedDoc.js';
import { eventDatelines } from '../../src/annotate/events/eventDatelines.js';
import { day, events, PUBLISHED } from '../support/eventCases.js';

const CAPTION = 'FILE - Ostlandic soldiers patrol a street in [Sela|City], [Varnia|Country], June 3, 2021.\n\n';

describe('a capitals dateline after a caption', () => {
  it.each([
    [`${CAPTION}TIREL, VARNIA — [Ostland|Country] deployed about 300 additional troops to [Kelmar|Region] on Monday, officials said.`, 'Deployment', 'ostland'],
    [`${CAPTION}N'DORO, VARNIA — [Ostland|Country]'s army said on Monday that it had killed 40 [Kestrel Front|ArmedGroup] fighters on islands of the lake.`, 'Attack', 'ostland'],
    [`${CAPTION}DOMA, VARNIA (VW) — Troops of the [Varnian Army|MilitaryForce] retook the town of [Sela|City] on Monday.`, 'Capture', 'varnian-army'],
  ] as const)('%s', (marked, type, agent) => {
    const marked2 = marked.replace('TIREL, VARNIA', '[TIREL|City], [VARNIA|Country=varnia]').replace("N'DORO, VARNIA", "[N'DORO|City], [VARNIA|Country=varnia]").replace('DOMA, VARNIA', '[DOMA|City], [VARNIA|Country=varnia]');
    const got = events(marked2).filter((e) => e.type === type);
    expect(got.flatMap((e) => e.agents)).toContain(agent);
    expect(got.flatMap((e) => e.agents)).not.toContain('varnia');
  });

  it('takes the capitals opening of a body sentence as the dateline, never a caption\'s "FILE -"', () => {
    const doc = annotatedDoc(`${CAPTION}TIREL, VARNIA — Ostland deployed troops on Monday.`, { published: PUBLISHED });
    const spans = eventDatelines(doc).map((d) => doc.text.slice(d.start, d.end));
    expect(spans).toContain('TIREL, VARNIA — ');
    expect(spans).not.toContain('FILE - ');
  });

  it.each([
    'NATO said on Monday that the drills were routine.',
    'The [Kestrel Front|ArmedGroup] - a militia from the north - attacked [Doma|City] on Monday.',
  ])('finds no dateline in a plain first sentence: %s', (marked) => {
    const doc = annotatedDoc(marked, { published: PUBLISHED });
    expect(eventDatelines(doc)).toEqual([]);
  });
});

describe("a dated dateline's day dates no event", () => {
  it.each([
    ['[DOMA|City], May 10 ([VW|MediaOutlet]) - A drone strike by [Varnia|Country]\'s army killed 11 civilians at a market in [Sela|City] on Monday, rebels said.', 'Attack', '2023-05-08'],
    ['[TIREL|City], May 10 ([VW|MediaOutlet]) - [Ostland|Country] sent 300 troops to [Kelmar|Region] on Tuesday.', 'Deployment', '2023-05-09'],
    ['[TIREL|City], May 10 ([VW|MediaOutlet]) - Protesters rallied outside the parliament in [Sela|City] on Saturday to demand new elections.', 'Protest', '2023-05-06'],
  ] as const)('%s', (marked, type, date) => {
    const got = events(marked.replace('Protesters', '[Protesters|CollectiveActor]')).filter((e) => e.type === type);
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((e) => e.when)).toContainEqual(day(date));
  });
});
