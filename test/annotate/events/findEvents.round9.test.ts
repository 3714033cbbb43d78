// Round-9 event arguments: who did it when the text names them away from the verb (a participle's "by" phrase, the
// one who claimed an attack or is blamed for it) and whom a protest addresses (a demand after the verb); with the
// shapes that must not take an argument so.

import { describe, expect, it } from 'vitest';
import { events, summary, type Expected } from '../../support/eventCases.js';

const found = (marked: string, type: Expected['type']): Expected[] => events(marked).filter((e) => e.type === type).map(summary);

describe('an agent named away from the verb', () => {
  const cases: [string, Expected][] = [
    // a participle with its "by" phrase is a passive (a reduced relative clause)
    ['Rockets fired by the [Kestrel Front|ArmedGroup] landed on the outskirts of [Tirel|City] on Sunday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['tirel'] }],
    ['A convoy of [Varnian forces|MilitaryForce], ambushed by the [Kestrel Front|ArmedGroup] near [Doma|City], lost four trucks on Sunday.', { type: 'Attack', agents: ['kestrel-front'], targets: ['varnian-forces'] }],
    // the accord signed by two parties binds both
    ['The accord signed by the [Kestrel Front|ArmedGroup] and [Varnia|Country] on Monday ended the war.', { type: 'Agreement', agents: ['kestrel-front', 'varnia'], targets: ['kestrel-front', 'varnia'] }],
    // who claimed the attack
    ['A roadside bomb killed three soldiers near [Doma|City] on Tuesday, in an attack that the [Kestrel Front|ArmedGroup] claimed.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
    ['A bomb hit a bus in [Doma|City] on Tuesday, an attack which the [Kestrel Front|ArmedGroup] later claimed through its news agency.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
    // who is blamed for it (the name a "-based" modifier opens is not the one blamed)
    ['A roadside bomb struck a police vehicle in [Doma|City] on Tuesday, the latest in a string of attacks blamed on [Varnia|Country]-based [Kestrel Front|ArmedGroup] militants.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
    ['A suicide bombing in [Doma|City] on Tuesday that officials blamed on the [Kestrel Front|ArmedGroup] killed nine people.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
    // who claimed it, told in the passive after the noun's own modifiers
    ['The attack on a church in [Doma|City] on Tuesday, in the east of the country, was claimed by the [Kestrel Front|ArmedGroup] through its news agency.', { type: 'Attack', agents: ['kestrel-front'], targets: ['doma'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });
});

describe('whom a protest addresses', () => {
  const cases: [string, Expected][] = [
    ['Hundreds of [residents|CollectiveActor] marched in [Doma|City] on Monday to demand that the [Varnian government|Government] release the detainees.', { type: 'Protest', agents: ['residents'], targets: ['varnian-government'] }],
    ['About 300 [students|CollectiveActor] rallied in [Doma|City] on Friday, demanding the resignation of President [Ilan Dorek|Person].', { type: 'Protest', agents: ['students'], targets: ['ilan-dorek'] }],
    ['Dozens of [residents|CollectiveActor] blocked the main road into [Doma|City] on Sunday, demanding that the [Varnian government|Government] pay compensation.', { type: 'Protest', agents: ['residents'], targets: ['varnian-government'] }],
    ['Thousands of [farmers|CollectiveActor] protested in [Doma|City] on Sunday to denounce the [Varnian government|Government] plan to cut subsidies.', { type: 'Protest', agents: ['farmers'], targets: ['varnian-government'] }],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(found(marked, expected.type)).toContainEqual(expected);
  });

  it.each([
    // the one whose release is demanded is not the one asked
    ['About 200 [activists|CollectiveActor] rallied outside the court in [Doma|City] on Monday, demanding [Ilan Dorek|Person]’s release.', 'ilan-dorek'],
    // a road blocked is no addressee, nor is a place named after the demand
    ['Hundreds of [residents|CollectiveActor] blocked a road in [Doma|City] on Monday to demand a return to their villages near [Tirel|City].', 'tirel'],
  ] as const)('%s: no %s as target', (marked, key) => {
    expect(found(marked, 'Protest').flatMap((e) => e.targets)).not.toContain(key);
  });

  it('takes no addressee for a protest by nobody named', () => {
    expect(found('Some 2,000 members of local communities marched in [Doma|City] on Tuesday to demand that the [Kestrel Front|ArmedGroup] leave their land.', 'Protest')).toEqual([]);
  });
});

describe('fighting told with no side named', () => {
  it('is not fighting against the place it was in', () => {
    const marked = '[Ilan Dorek|Person] was placed under house arrest in [Doma|City] on Wednesday, raising fears of war after weeks of fighting in [Tirel|City].';
    expect(found(marked, 'Attack')).toEqual([]);
  });
});

describe('no agent from these shapes', () => {
  it.each([
    // a "by" phrase of another participle further on is not the first one's
    ['The treaty initialled by the two foreign ministers in [Doma|City] last year, at a summit hosted by [Ostland|Country], has not been signed.', 'Agreement', 'ostland'],
    // a participle whose "by" phrase names no actor tells nothing of who
    ['Rockets fired by unknown assailants landed in [Doma|City] on Sunday, a week after [Ostland|Country] warned its neighbours.', 'Attack', 'ostland'],
    // "claimed" said of something else than the attack
    ['A bomb hit a bus in [Doma|City] on Tuesday, an attack that came days after the [Kestrel Front|ArmedGroup] claimed a victory.', 'Attack', 'kestrel-front'],
  ] as const)('%s', (marked, type, key) => {
    expect(found(marked, type).flatMap((e) => e.agents)).not.toContain(key);
  });
});
