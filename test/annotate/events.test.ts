import { describe, expect, it } from 'vitest';
import { annotateEvents } from '../../src/annotate/events/eventsStage.js';
import { annotatedDoc } from '../support/annotatedDoc.js';
import { day, events, PUBLISHED, summary, type Expected } from '../support/eventCases.js';

describe('event patterns', () => {
  const cases: [string, Expected][] = [
    [
      '[Ostland|Country] launched an aerial offensive against [Kestrel rebels|ArmedGroup] in [Valmora|City] on Monday.',
      { type: 'Attack', agents: ['ostland'], targets: ['kestrel-rebels'], places: ['valmora'], when: day('2023-05-08') },
    ],
    [
      '[Kestrel Brigade|ArmedGroup] fighters seized [Port Amra|City] on Friday.',
      { type: 'Capture', agents: ['kestrel-brigade'], targets: ['port-amra'], when: day('2023-05-05') },
    ],
    [
      '[Port Amra|City] was attacked by [Kestrel Brigade|ArmedGroup] on Tuesday.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['port-amra'], when: day('2023-05-09') },
    ],
    [
      'About 500 [Ostlandic troops|MilitaryForce] are deployed in [Varnia|Country].',
      { type: 'Deployment', agents: ['ostlandic-troops'], targets: [], places: ['varnia'], when: day(PUBLISHED) },
    ],
    [
      '[Mira Tal|Person] spoke with [Varnian officials|Government] on a hotline on Sunday.',
      { type: 'Communication', agents: ['mira-tal'], targets: ['varnian-officials'], when: day('2023-05-07') },
    ],
    [
      '[Varnia|Country]’s airstrikes on [Doma|City] killed four people on Thursday.',
      { type: 'Attack', agents: ['varnia'], targets: ['doma'], when: day('2023-05-04') },
    ],
    [
      'Heavy fighting continued between [Ostlandic forces|MilitaryForce] and [Varnian forces|MilitaryForce] on Saturday.',
      { type: 'Attack', agents: ['ostlandic-forces', 'varnian-forces'], targets: ['ostlandic-forces', 'varnian-forces'], when: day('2023-05-06') },
    ],
    [
      'Gunmen abducted two aid workers after [Kestrel Brigade|ArmedGroup] detained [Sami Oro|Person] last week.',
      { type: 'Arrest', agents: ['kestrel-brigade'], targets: ['sami-oro'], when: { from: day('2023-05-01'), to: day('2023-05-07') } },
    ],
    [
      'After the exchange, [Varnia|Country] said it would attack [Doma|City] if the shelling went on.',
      { type: 'Threat', agents: ['varnia'], targets: ['doma'] },
    ],
    [
      '[Kestrel Brigade|ArmedGroup] gunmen killed two [Varnian officials|Government] in [Doma|City] on Friday.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['varnian-officials'], places: ['doma'], when: day('2023-05-05') },
    ],
    [
      'The [United Nations|InternationalOrganization] has been calling for a ceasefire.',
      { type: 'Appeal', agents: ['united-nations'], targets: [], when: day(PUBLISHED) },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const found = events(marked);
    expect(found.map(summary)).toEqual([{ type: expected.type, agents: expected.agents, targets: expected.targets }]);
    if (expected.places) expect(found[0]!.places).toEqual(expect.arrayContaining(expected.places));
    if (expected.when) expect(found[0]!.when).toEqual(expected.when);
  });
});

describe('actors', () => {
  it('does not lend a clause the subject of another when its own subject is unnamed', () => {
    const found = events('[Kestrel rebels|ArmedGroup] marched through [Valmora|City] a week after police stormed [Doma University|Facility].');
    expect(found.map(summary)).toEqual([
      { type: 'Protest', agents: ['kestrel-rebels'], targets: [] },
      { type: 'Attack', agents: [], targets: ['doma-university'] },
    ]);
  });
});

describe('what did not happen is not an event', () => {
  it.each([
    ['No [Ostlandic troops|MilitaryForce] were injured in the incident.'],
    ['[Ostland|Country] plans to launch attacks on [Doma|City].'],
    ['[Varnia|Country] could attack [Doma|City] next week.'],
    ['[Varnia|Country] denied that its jets bombed [Doma|City].'],
    ['[Kestrel Brigade|ArmedGroup] did not seize [Port Amra|City].'],
    ['There have not yet been any [Ostland|Country] force posture changes.'],
    ['Officials took part in a ceremony in [Doma|City].'],
    ['"Nobody attacks [Doma|City] without paying," said [Mira Tal|Person].'],
    ['[Mira Tal|Person] will travel to [Doma|City] next week for talks with [Oren Vask|Person].'],
    ['[Varnia|Country] will have shelled [Doma|City] by next Monday.'],
    ['[Ostland|Country] airstrikes on [Doma|City] are scheduled for next Monday.'],
    ['Four [Ostlandic troops|MilitaryForce] were killed in the incident.'],
    ['[Doma Rail Union|Organization] workers went on strike against [Ostland Railways|Company].'],
    ['[Mira Tal|Person] launched an election campaign against [Oren Vask|Person].'],
  ])('%s', (marked) => {
    expect(events(marked)).toEqual([]);
  });
});

describe('event coreference', () => {
  it('merges the tellings of one offensive across sentences', () => {
    const found = events(
      'The surprise offensive on [Doma|City] by [Kestrel Brigade|ArmedGroup] stunned the region. ' +
        '[Mira Tal|Person] said on Monday that the offensive last week had taken the army by surprise. ' +
        '[Kestrel Brigade|ArmedGroup] also attacked [Doma|City] with drones.',
    );
    expect(found.map(summary)).toEqual([{ type: 'Attack', agents: ['kestrel-brigade'], targets: ['doma'] }]);
    expect(found[0]!.evidence).toHaveLength(3);
    expect(found[0]!.when).toEqual({ from: day('2023-05-01'), to: day('2023-05-07') });
  });

  it('keeps attacks by different sides on different days apart', () => {
    const found = events('[Ostland|Country] shelled [Doma|City] on Monday. [Varnia|Country] bombed [Tirel|City] on Friday.');
    expect(found.map(summary)).toEqual([
      { type: 'Attack', agents: ['ostland'], targets: ['doma'] },
      { type: 'Attack', agents: ['varnia'], targets: ['tirel'] },
    ]);
  });

  it('tells one event per date of a plural trigger with coordinated dates', () => {
    const found = events('[Kestrel Brigade|ArmedGroup] carried out similar attacks on [Doma|City] in March and in April of last year.');
    expect(found.map((e) => e.when)).toEqual([
      { value: '2022-03', precision: 'month' },
      { value: '2022-04', precision: 'month' },
    ]);
  });

  it('joins a caption to the body event only when both sides and the day agree', () => {
    const doc = annotatedDoc(
      '[Ostland|Country] jets bombed [Doma|City] on Monday.\n' +
        'Smoke rises over [Doma|City] after [Ostland|Country] airstrikes on [Doma|City], May 8, 2023.\n' +
        'Men look out from a damaged building after [Varnia|Country] shelling of [Tirel|City], May 6, 2023.',
      { published: PUBLISHED },
    );
    doc.sentences[1]!.furniture = 'caption';
    doc.sentences[2]!.furniture = 'caption';
    annotateEvents(doc);
    expect(doc.events.map((e) => [e.agents, e.evidence.length])).toEqual([
      [['ostland'], 2],
      [['varnia'], 1],
    ]);
  });

  it('lets a bare "the attack" in a later sentence join the attack told before', () => {
    const found = events('[Kestrel Brigade|ArmedGroup] attacked [Port Amra|City] on Friday. [Mira Tal|Person] condemned the attack.');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toHaveLength(2);
  });
});
