import { describe, expect, it } from 'vitest';
import { datelineSpans } from '../../src/annotate/sentences/dateline.js';
import { annotatedDoc } from '../support/annotatedDoc.js';
import { day, events, PUBLISHED, summary, type Expected } from '../support/eventCases.js';

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

describe('event shapes of held-out articles', () => {
  const cases: [string, Expected][] = [
    // the subject across an aside, and the event's own date rather than the aside's
    [
      '[Varnia|Country]’s [military government|Government=varnia-government], which seized power in a coup in March 2019, detained 30 students in [Doma|City] on Friday.',
      { type: 'Arrest', agents: ['varnia-government'], targets: [], when: day('2023-05-05') },
    ],
    [
      'The [Kestrel Brigade|ArmedGroup], which [Ostland|Country] lists as a terrorist group, abducted [Sami Oro|Person] near [Doma|City] last year.',
      { type: 'Arrest', agents: ['kestrel-brigade'], targets: ['sami-oro'] },
    ],
    // "the group" stands for the group named before
    [
      '[Kestrel Brigade|ArmedGroup] fighters ambushed a convoy on Monday. The group also abducted [Sami Oro|Person] in [Doma|City] last month.',
      { type: 'Arrest', agents: ['kestrel-brigade'], targets: ['sami-oro'] },
    ],
    // fighting told with a verb
    [
      'The [Kestrel Brigade|ArmedGroup] has been fighting the [Varnian army|MilitaryForce] since April 2022.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['varnian-army'] },
    ],
    [
      '[Ostland Front|ArmedGroup] has fought [Kestrel Brigade|ArmedGroup] for control of the border crossings.',
      { type: 'Attack', agents: ['ostland-front'], targets: ['kestrel-brigade'] },
    ],
    // a truce or talks between two named sides
    [
      'A three-month truce between the [Varnian government|Government] and the [Kestrel Brigade|ArmedGroup] took effect on Monday.',
      { type: 'Agreement', agents: ['kestrel-brigade', 'varnian-government'], targets: ['kestrel-brigade', 'varnian-government'], when: day('2023-05-08') },
    ],
    [
      '[Ostland|Country] hosted talks between the [Varnian army|MilitaryForce] and the [Kestrel Brigade|ArmedGroup] in [Tirel|City] last month.',
      { type: 'Communication', agents: ['kestrel-brigade', 'varnian-army'], targets: ['kestrel-brigade', 'varnian-army'] },
    ],
    // deployments
    [
      'Troops from a [Northern Alliance|InternationalOrganization] mission, known as [NORMIS|Organization], began deploying around [Doma|City] in March.',
      { type: 'Deployment', agents: ['normis'], targets: [] },
    ],
    [
      '[Ostlandic troops|MilitaryForce], deployed to [Varnia|Country]’s [Tirel region|Region] last year, have held the line.',
      { type: 'Deployment', agents: ['ostlandic-troops'], targets: [] },
    ],
    // the clause after "that" opens with its own subject and aside
    [
      '[Mira Tal|Person] told reporters on Monday that the [Varnian army|MilitaryForce], supported by [Ostlandic troops|MilitaryForce], had regained control of [Doma|City].',
      { type: 'Capture', agents: ['varnian-army'], targets: ['doma'] },
    ],
    // summoning a diplomat is a communication with the diplomat's country
    [
      'The [Varnian Foreign Ministry|GovernmentAgency] summoned [Ostland|Country]’s ambassador to protest the raid.',
      { type: 'Communication', agents: ['varnian-foreign-ministry'], targets: ['ostland'] },
    ],
    // a group description with an aside stands for the group told before, not for the person in the aside
    [
      'The [Kestrel Brigade|ArmedGroup] shelled [Doma|City] on Monday. The armed group, led by [Sami Oro|Person], has been fighting the [Varnian army|MilitaryForce] since 2021.',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['varnian-army'] },
    ],
    // responsibility claimed for an attack names its agent
    [
      'The [Kestrel Brigade|ArmedGroup], a proxy for [Ostland|Country], claimed responsibility for the May 3, 2023 attack on [Doma|City].',
      { type: 'Attack', agents: ['kestrel-brigade'], targets: ['doma'] },
    ],
    // forces entering a country
    [
      '[Ostland|Country] bombed [Tirel|City] on Monday, and its forces entered [Varnia|Country] on Tuesday.',
      { type: 'Deployment', agents: ['ostland'], targets: [] },
    ],
    // a call on someone is an appeal to them
    [
      'The [Northern Council|InternationalOrganization] reiterates its call on [Ostland|Country] to withdraw its troops.',
      { type: 'Appeal', agents: ['northern-council'], targets: ['ostland'] },
    ],
    // a relative pronoun stands for the actor right before it
    [
      'The brigade is part of the [Valley Alliance|ArmedGroup], which launched a joint offensive against [Ostland|Country] in March.',
      { type: 'Attack', agents: ['valley-alliance'], targets: ['ostland'] },
    ],
    // talks told without parties, beside a truce between two sides, are between those sides
    [
      'A truce between [Ostland|Country] and the [Kestrel Brigade|ArmedGroup] took effect on Monday, the first result of peace talks that began in [Tirel|City] in March.',
      { type: 'Communication', agents: ['kestrel-brigade', 'ostland'], targets: ['kestrel-brigade', 'ostland'] },
    ],
    // forces named by a demonym act for their country, when the story names that country
    [
      '[France|Country] protested. French drones struck a depot in [Doma|City] on Monday.',
      { type: 'Attack', agents: ['france'], targets: ['doma'] },
    ],
    // a response with strikes is the responder's attack
    [
      '[Ostland|Country] has responded with airstrikes on [Kestrel Brigade|ArmedGroup] positions.',
      { type: 'Attack', agents: ['ostland'], targets: ['kestrel-brigade'] },
    ],
    // a war of aggression is an attack by its owner on its object
    [
      'The sanctions target support for [Ostland|Country]’s war of aggression against [Varnia|Country].',
      { type: 'Attack', agents: ['ostland'], targets: ['varnia'] },
    ],
    // a "-backed" modifier before the opener is not the opener
    [
      'The [Ostland|Country]-backed [Kestrel Brigade|ArmedGroup], short for the Kestrel Liberation Brigade, has seized large parts of [Upper Valmora|Region] since 2021.',
      { type: 'Capture', agents: ['kestrel-brigade'], targets: ['upper-valmora'] },
    ],
    // members of a body, with an aside naming their backers, were sent somewhere
    [
      'Officers of the [Doma Police|GovernmentAgency], backed by members of the [Northern Mission|InternationalOrganization], were sent to [Tirel|City] on Tuesday.',
      { type: 'Deployment', agents: ['doma-police'], targets: [] },
    ],
    // a capture of much ground
    [
      'The [Kestrel Brigade|ArmedGroup] has seized large swathes of [Upper Valmora|Region] since 2021.',
      { type: 'Capture', agents: ['kestrel-brigade'], targets: ['upper-valmora'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const found = events(marked);
    expect(found.map(summary)).toContainEqual({ type: expected.type, agents: expected.agents, targets: expected.targets });
    const hit = found.find((e) => e.type === expected.type)!;
    if (expected.when) expect(hit.when).toEqual(expected.when);
  });

  it('gives "the two sides" the parties of the talks told before', () => {
    const found = events(
      '[Ostland|Country] hosted talks between the [Varnian army|MilitaryForce] and the [Kestrel Brigade|ArmedGroup] last month. The two sides agreed to a temporary truce.',
    );
    expect(found.filter((e) => e.type === 'Agreement').map(summary)).toEqual([
      { type: 'Agreement', agents: ['kestrel-brigade', 'varnian-army'], targets: ['kestrel-brigade', 'varnian-army'] },
    ]);
  });

  it('reads no deployment into fighting that "entered its second week"', () => {
    const found = events('The fighting with the [Varnian army|MilitaryForce] entered its second week on Monday.');
    expect(found.map((e) => e.type)).toEqual(['Attack']);
  });

  it.each([
    // a demonym without its country in the story, or before a noun that is no force, names no actor
    ['French drones struck a depot in [Doma|City] on Monday.'],
    ['[France|Country] protested. French chefs struck the kitchen in [Doma|City] on Monday.'],
  ])('no agent: %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack').flatMap((e) => e.agents)).toEqual([]);
  });

  it('lets a claim of "the raid" name the agent of the raid told before', () => {
    const found = events('Gunmen raided the town of [Doma|City] on Friday. The [Kestrel Brigade|ArmedGroup] claimed the raid on Saturday.');
    expect(found.map(summary)).toEqual([{ type: 'Attack', agents: ['kestrel-brigade'], targets: ['doma'] }]);
  });

  it('takes a demonym force as subject after a dateline', () => {
    const found = events('[DOMA|City] — French drones struck a depot in [Tirel|City] on Monday, [France|Country] said.');
    expect(found.map(summary)).toEqual([{ type: 'Attack', agents: ['france'], targets: ['tirel'] }]);
  });

  it('reads a place before an attack noun as its modifier, not as its subject', () => {
    const found = events('[Mira Tal|Person] mourned the victims of the [Doma|City] attack.');
    expect(found.flatMap((e) => e.agents)).toEqual([]);
  });

  it('reads a meeting of two demonym delegations as talks between their countries, and "the two sides" as them', () => {
    // real demonyms: they come from the country lexicon
    const found = events(
      '[France|Country] shelled [Tirel|City]. The strike came a day after French and German delegations met in [Doma|City]. ' +
        'The two sides agreed to swap prisoners. [Germany|Country] confirmed it.',
    );
    expect(found.filter((e) => e.type !== 'Attack').map(summary)).toEqual([
      { type: 'Communication', agents: ['france', 'germany'], targets: ['france', 'germany'] },
      { type: 'Agreement', agents: ['france', 'germany'], targets: ['france', 'germany'] },
    ]);
  });

  it('gives "the two sides" no parties when no two-sided event was told', () => {
    const found = events('[Ostland|Country] shelled [Doma|City] on Monday. The two sides agreed to a truce on Tuesday.');
    expect(found.filter((e) => e.type === 'Agreement')).toEqual([]);
  });

  it.each([
    // modal or future fighting is no event
    ['[Mira Tal|Person] said the [Varnian army|MilitaryForce] would keep fighting the [Kestrel Brigade|ArmedGroup].'],
    // a truce nobody is named for, or one that is only hoped for
    ['The talks made no progress on a truce.'],
    ['[Ostland|Country] urged both sides to agree to a truce.'],
    // a meeting of one side alone says nothing about whom it met
    ['[France|Country] said French delegations met in [Doma|City] on Monday.'],
    // talks with nobody named are no event
    ['Peace talks began in [Tirel|City] in March.'],
    // a town entered by a person is no deployment
    ['[Mira Tal|Person] entered [Doma|City] on Monday.'],
    // "those detained" tells no arrest of its own
    ['[Mira Tal|Person] urged [Ostland|Country] to free those detained.'],
  ])('no event: %s', (marked) => {
    expect(events(marked).filter((e) => e.type !== 'Appeal')).toEqual([]);
  });
});
