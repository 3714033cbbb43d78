// Round-10 events: where an operation happened is not what it hit, fights told with a "with" and their dead, people
// taken are arrested, looting is an attack, a protest about a detention is aimed at whoever made it, and arguments
// that belong to another clause or noun; with the shapes that must not read so.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('an operation or a kind of attack by nobody named', () => {
  it.each([
    // a raid, a sweep, an ambush is aimed at people: the town it happened in was not hit
    'Two of the fugitives were caught in a raid in [Doma|City] on Tuesday, in which a suspected gang member was shot dead.',
    'Officers detained 14 people in dawn raids across [Doma|City] on Monday.',
    'Two militants were killed in an ambush in [Doma|City] on Sunday.',
    // a bare plural tells a kind of event, not one that happened there
    'The Council listed five people responsible for terrorist attacks in [Tirel|City] on Monday.',
  ])('%s: no attack on the place', (marked) => {
    expect(found(marked, 'Attack')).toEqual([]);
  });

  const cases: [string, Expected][] = [
    // shelling, explosions and fire hit the ground they fall on, whoever fired them
    ['Shelling hit [Doma|City] on Monday, killing four people.', { type: 'Attack', agents: [], targets: ['doma'] }],
    ['Explosions and anti-aircraft fire could be heard in parts of [Doma|City] late on Monday.', { type: 'Attack', agents: [], targets: ['doma'] }],
    // a raid by someone named still hit the place it was told in, for want of a named target
    ['[Varnian police|GovernmentAgency] raided a warehouse in [Doma|City] on Monday.', { type: 'Attack', agents: ['varnian-police'], targets: ['doma'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });
});

describe('a fight told with a "with"', () => {
  const cases: [string, Expected][] = [
    // who died in it fought the side the "with" names
    ['Two members of the [Kestrel Front|ArmedGroup] were killed on Wednesday in a gunfight with [Varnian soldiers|MilitaryForce] near [Doma|City].', { type: 'Attack', agents: ['varnian-soldiers'], targets: ['kestrel-front'] }],
    ['Three [Kestrel Front|ArmedGroup] fighters were killed in a shootout with [Varnian police|GovernmentAgency] in [Doma|City] on Monday.', { type: 'Attack', agents: ['varnian-police'], targets: ['kestrel-front'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it('takes no victim for a fight told before ("killed in the clashes")', () => {
    const marked = 'The [Kestrel Front|ArmedGroup] attacked [Doma|City] on Monday. Sixty [Varnian soldiers|MilitaryForce] were killed in the clashes.';
    expect(found(marked, 'Attack').flatMap((e) => e.agents)).not.toContain('varnian-soldiers');
  });
});

describe('people taken', () => {
  const cases: [string, Expected][] = [
    // people recaptured or taken are arrested; a town recaptured is captured
    ['[Varnian police|GovernmentAgency] recaptured six of the fugitives in [Doma|City] on Tuesday.', { type: 'Arrest', agents: ['varnian-police'], targets: [] }],
    ['[Varnian forces|MilitaryForce] recaptured the town of [Doma|City] from the rebels on Tuesday.', { type: 'Capture', agents: ['varnian-forces'], targets: ['doma'] }],
    ['The [Kestrel Front|ArmedGroup] took two soldiers prisoner near [Doma|City] on Monday.', { type: 'Arrest', agents: ['kestrel-front'], targets: [] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });
});

describe('looting', () => {
  it('is an attack by the looters', () => {
    expect(found('[Gunmen|CollectiveActor] looted three banks in [Doma|City] on Monday.', 'Attack')).toContainEqual({ type: 'Attack', agents: ['gunmen'], targets: ['doma'] });
  });
  it('is no event as an adjective', () => {
    expect(found('The looted statues were returned to [Doma|City] on Monday.', 'Attack')).toEqual([]);
  });
});

describe('a protest about a detention', () => {
  const cases: [string, Expected][] = [
    // aimed at whoever made the arrest its sentence names, else the one detainer the article tells
    ['[Varnian police|GovernmentAgency] detained [Ilan Dorek|Person] in [Doma|City] on Monday. Thousands of [residents|CollectiveActor] rallied in [Tirel|City] on Tuesday to protest the arrest.', { type: 'Protest', agents: ['residents'], targets: ['varnian-police'] }],
    ['Hundreds of [students|CollectiveActor] protested outside the courthouse in [Doma|City] on Monday, chanting slogans against the detentions. [Varnian police|GovernmentAgency] had detained 14 people in raids on Sunday.', { type: 'Protest', agents: ['students'], targets: ['varnian-police'] }],
    ['The [State Agency|GovernmentAgency] arrested [Ilan Dorek|Person] on Monday, and [Varnian police|GovernmentAgency] detained [Mara Vell|Person] on Tuesday. About 150 [relatives|CollectiveActor] rallied in [Doma|City] on Wednesday, demanding the release of [Mara Vell|Person].', { type: 'Protest', agents: ['relatives'], targets: ['varnian-police'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it('takes no kidnapper as the one a protest for a release addresses', () => {
    const marked = '[Gunmen|CollectiveActor] abducted a bank manager in [Doma|City] on Monday. Hundreds of [villagers|CollectiveActor] rallied in [Tirel|City] on Wednesday to demand the release of relatives.';
    expect(found(marked, 'Protest').flatMap((e) => e.targets)).toEqual([]);
  });

  it('takes no detainer for a protest about something else', () => {
    const marked = 'Hundreds of [farmers|CollectiveActor] rallied in [Doma|City] on Monday to demand higher prices. [Varnian police|GovernmentAgency] arrested three men in [Tirel|City] on Monday.';
    expect(found(marked, 'Protest').flatMap((e) => e.targets)).toEqual([]);
  });
});

describe('arguments of another clause or noun', () => {
  const cases: [string, Expected][] = [
    // the person a description with its relative is apposed to was killed, not the body inside the description
    ['Officials named [Omar Sayed|Person], a member of the [Orla Brotherhood|ArmedGroup]’s council who was killed by [Varnian forces|MilitaryForce] in 2016.', { type: 'Attack', agents: ['varnian-forces'], targets: ['omar-sayed'] }],
    // what set protests off is what they were against
    ['The group took up arms in 2015, after President [Ilan Dorek|Person]’s bid for a third term set off mass protests.', { type: 'Protest', agents: [], targets: ['ilan-dorek'] }],
    // a person's capture is an arrest
    ['[Omar Sayed|Person] has been held on [Kalo Island|Region] since his capture in [Varnia|Country] in 1999.', { type: 'Arrest', agents: [], targets: ['omar-sayed'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it.each([
    // a "by" after a new noun phrase is that noun's: the broker of a ceasefire did not fight
    ['The war lasted five days. The fighting ended with a ceasefire brokered by President [Ilan Dorek|Person].', 'Attack', 'ilan-dorek'],
    // an "and" inside a subordinate clause joins that clause's verb, not the main clause's
    ['[Varnia|Country] has sent troops to the border after militants crossed the river and raided a village near [Doma|City] on Monday.', 'Attack', 'varnia'],
  ] as const)('%s: no %s by %s', (marked, type, key) => {
    expect(found(marked, type).flatMap((e) => e.agents)).not.toContain(key);
  });

  it('takes no news agency credited in parentheses as a target', () => {
    const marked = 'Doma, May 9 ([Varnia Press|MediaOutlet]) Three suspected militants of the [Kestrel Front|ArmedGroup] were arrested near [Doma|City] on Monday.';
    expect(found(marked, 'Arrest').flatMap((e) => e.targets)).not.toContain('varnia-press');
  });

  it('reads no protest in "riot police"', () => {
    expect(found('Hundreds of [students|CollectiveActor] marched in [Doma|City] on Monday before riot police dispersed them.', 'Protest')).toHaveLength(1);
  });
});

describe('unnamed troops', () => {
  const cases: [string, Expected][] = [
    // the article's one military force, named before them
    ['The [Varnian army|MilitaryForce] said on Friday it had overrun three rebel bases. Troops took control of the camps near [Doma|City] on Thursday.', { type: 'Capture', agents: ['varnian-army'], targets: ['doma'] }],
    ['The [Varnian army|MilitaryForce] said two rebels were killed. Troops came under fire while searching a ridge near [Doma|City] on Wednesday.', { type: 'Attack', agents: [], targets: ['varnian-army'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it.each([
    // two forces: the troops are either's
    'The [Varnian army|MilitaryForce] and the [Ostland army|MilitaryForce] exchanged fire on Monday. Troops took control of the village of [Doma|City] on Tuesday.',
    // no force named before them
    'Troops took control of the village of [Doma|City] on Tuesday, the [Varnian army|MilitaryForce] said.',
  ])('%s: no agent for the troops', (marked) => {
    expect(found(marked, 'Capture').flatMap((e) => e.agents)).toEqual([]);
  });
});
