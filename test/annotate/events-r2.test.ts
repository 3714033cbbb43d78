// Event shapes of the second round (issue #5): a demonym before an event noun names who acts ("A French drone
// strike"), a "by" past a comma is another clause's, a strike that is a killing's means is that killing, and a
// news outlet is never the one who uses force.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../support/eventCases.js';

describe('a demonym before an event noun', () => {
  const cases: [string, Expected][] = [
    [
      '[France|Country] denied it. A French drone strike on a car near [Doma|City] killed two men on Monday.',
      { type: 'Attack', agents: ['france'], targets: [] },
    ],
    [
      '[France|Country] said little. Fresh French missile attacks hit [Doma|City] on Monday.',
      { type: 'Attack', agents: ['france'], targets: ['doma'] },
    ],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const found = events(marked).filter((e) => e.type === expected.type).map((e) => summary(e).agents);
    expect(found).toContainEqual(expected.agents);
  });

  it.each([
    // a preposition or article between the demonym and the noun ends its phrase
    ['[France|Country] protested. Officials distanced the French from the offensive on [Doma|City] last week.'],
    // a prefix makes the demonym someone else's ally, not the attacker
    ['[France|Country] protested. A pro-French militia attack hit [Doma|City] on Monday.'],
    // a demonym that names no country of the article stands for nobody
    ['A French drone strike hit [Doma|City] on Monday.'],
  ])('gives the country no attack in %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack' && e.agents.includes('france'))).toEqual([]);
  });
});

describe('a news outlet reports force, it never uses it', () => {
  it.each([
    // a photo credit run into the dateline of the first sentence
    ['[Valdonia Wire|MediaOutlet]/Staff  [Tirel|City], May 9 ([Valdonia Wire|MediaOutlet]) - Gunmen attacked the [Tirel Ministry|Organization] on Tuesday.'],
    ['[Valdonia Wire|MediaOutlet]/Staff  [Tirel|City], May 9 ([Valdonia Wire|MediaOutlet]) - Gunmen seized the town of [Doma|City] on Tuesday.'],
  ])('names no outlet as an agent in %s', (marked) => {
    const found = events(marked);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((e) => e.agents.includes('valdonia-wire'))).toEqual([]);
  });
});

describe('an attack noun and the clause around it', () => {
  it('reads no "by" past a comma: "Z, killed in a French drone strike in 2016, and now led by W"', () => {
    const found = events('[France|Country] said so. The group was founded by [Sami Oro|Person], a former commander killed in a French drone strike in 2016, and is now led by [Mira Tal|Person].');
    const attacks = found.filter((e) => e.type === 'Attack');
    expect(attacks.map((e) => e.agents)).toContainEqual(['france']);
    expect(attacks.filter((e) => e.agents.includes('mira-tal'))).toEqual([]);
  });

  it.each([
    // the strike is the killing's means: one event, told by the verb
    ['[Ostland|Country] killed [Sami Oro|Person] in a massive strike on [Doma|City] in May.'],
    ['[Ostland|Country] killed the commander [Sami Oro|Person] in an air strike last year.'],
  ])('tells one attack in %s', (marked) => {
    const attacks = events(marked).filter((e) => e.type === 'Attack');
    expect(attacks.map(summary)).toEqual([{ type: 'Attack', agents: ['ostland'], targets: ['sami-oro'] }]);
  });

  it('keeps the strike of a passive killing, which names its own actor', () => {
    const attacks = events('[France|Country] said so. [Sami Oro|Person] was killed in a French drone strike in 2016.').filter((e) => e.type === 'Attack');
    expect(attacks.map((e) => e.agents)).toContainEqual(['france']);
  });
});

describe('a quote that is a whole sentence goes on in the voice just quoted', () => {
  it('reads "We call on" after \'"…," said Z.\' as Z\'s appeal', () => {
    const found = events('"This is a heavy blow to the rebels," said General [Sami Oro|Person], head of the [Ostland Army|Military]. "We call on the [Kestrel Front|ArmedGroup] to surrender."');
    expect(found.filter((e) => e.type === 'Appeal').map(summary)).toEqual([{ type: 'Appeal', agents: ['sami-oro'], targets: ['kestrel-front'] }]);
  });

  it.each([
    // a new paragraph is no continuation: the appeal has no speaker the text names
    ['"This is a heavy blow to the rebels," said General [Sami Oro|Person].\n\n"We call on the [Kestrel Front|ArmedGroup] to surrender."'],
    // the sentence before quotes nobody
    ['[Sami Oro|Person] visited the front on Monday. "We call on the [Kestrel Front|ArmedGroup] to surrender."'],
    // a quote inside a sentence of the reporter's own is not the speaker's continuation
    ['"This is a heavy blow," said [Sami Oro|Person]. Posters reading "We call on the [Kestrel Front|ArmedGroup] to surrender" hung in the square.'],
  ])('finds no appeal in %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Appeal')).toEqual([]);
  });
});

describe('a bomb set off is its setter\'s attack', () => {
  it.each([
    ['The [Red Hand|ArmedGroup] detonated a car bomb outside a police station in [Doma|City] in March.'],
    ['The [Red Hand|ArmedGroup] set off a car bomb near [Doma|City] on Monday.'],
  ])('%s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack').map((e) => e.agents)).toContainEqual(['red-hand']);
  });

  it('gives no attack to those who defuse the bomb', () => {
    const found = events('[Doma|City] police defused a car bomb outside a school on Monday.');
    expect(found.filter((e) => e.type === 'Attack' && e.agents.length > 0)).toEqual([]);
  });
});

describe('a present tense in a relative clause tells a habit', () => {
  it.each([
    ['[Ostland|Country], which accuses [Varnia|Country] of sheltering [Red Hand|ArmedGroup] fighters who attack its security forces, said on Monday that police had arrested four men in the city of [Doma|City] last week.'],
    ['The [Red Hand|ArmedGroup] fighters who attack the [Ostland Army|Military] hide in [Doma|City].'],
  ])('finds no attack in %s', (marked) => {
    expect(events(marked).filter((e) => e.type === 'Attack')).toEqual([]);
  });

  it('keeps the past tense of the same clause', () => {
    const found = events('[Ostland|Country] named the [Red Hand|ArmedGroup] fighters who attacked its border post in [Doma|City] on Monday.');
    expect(found.filter((e) => e.type === 'Attack').map((e) => e.agents)).toContainEqual(['red-hand']);
  });
});
