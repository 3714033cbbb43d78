import { describe, expect, it } from 'vitest';
import type { EventFact, EventType, When } from '../../src/annotate/document.js';
import { annotateEvents } from '../../src/annotate/events/eventsStage.js';
import { datelineSpans } from '../../src/annotate/sentences/dateline.js';
import { annotatedDoc } from '../support/annotatedDoc.js';

// 2023-05-10 is a Wednesday.
const PUBLISHED = '2023-05-10';

interface Expected {
  type: EventType;
  agents: string[];
  targets: string[];
  places?: string[];
  when?: When;
}

function events(marked: string): EventFact[] {
  const doc = annotatedDoc(marked, { published: PUBLISHED });
  annotateEvents(doc);
  return doc.events;
}

const summary = (e: EventFact): Expected => ({ type: e.type, agents: [...e.agents].sort(), targets: [...e.targets].sort() });
const day = (value: string): When => ({ value, precision: 'day' });

describe('datelines', () => {
  it.each([
    ['VALMORA — Rebels shelled the port on Monday.', 'VALMORA — '],
    ['Port Amra, Ostland — Rebels shelled the port on Monday.', 'Port Amra, Ostland — '],
    ['DOMA, Varnia (Reuters) — Rebels shelled the port on Monday.', 'DOMA, Varnia (Reuters) — '],
  ])('finds the dateline of %s', (text, dateline) => {
    const doc = annotatedDoc(text, { published: PUBLISHED });
    expect(datelineSpans(doc).map((s) => doc.text.slice(s.start, s.end))).toEqual([dateline]);
  });

  it.each([['Rebels in Doma — a port city — shelled the harbour on Monday.'], ['The rebels shelled the port on Monday.']])('finds no dateline in %s', (text) => {
    const doc = annotatedDoc(text, { published: PUBLISHED });
    expect(datelineSpans(doc)).toEqual([]);
  });

  const cases: [string, Expected][] = [
    [
      '[VALMORA|City] — [Kestrel Brigade|ArmedGroup] shelled [Doma|City] on Monday.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['doma'], places: ['doma'] },
    ],
    [
      '[VALMORA|City], [Ostland|Country] — [Kestrel Brigade|ArmedGroup] attacked army posts on Monday.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: [] },
    ],
    [
      '[TIREL|City] — [Varnia|Country] said on Monday that [Kestrel Brigade|ArmedGroup] fighters had seized [Port Amra|City].',
      { type: 'Capture', agents: ['kestrel-brigade'], targets: ['port-amra'], places: ['port-amra'] },
    ],
  ];
  it.each(cases)('never takes the dateline as target or told place: %s', (marked, expected) => {
    const found = events(marked);
    expect(found.map(summary)).toEqual([{ type: expected.type, agents: expected.agents, targets: expected.targets }]);
    if (expected.places) expect(found[0]!.places).toEqual(expected.places);
  });
});
