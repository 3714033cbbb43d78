// Designations, round 8: listing words as classes (labelled, classed, relisted, deemed, recognised as), a capital as
// the designator, participle asides and fronted participles, bans told as states or "in" a country, lists that name
// their category ("terrorist list"), and a sentence-opening "The group" that continues the previous subject.
// Negative rows: demanded, considered, lobbied for, urged, threatened, refused, negated and modal listings.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  // words of the classes, each in one shape
  [
    'The [Government of Norland|Government] labelled [Red Vanguard|ArmedGroup] a terrorist organization in January 2022.',
    ['designation designator=government-of-norland designee=red-vanguard [terrorist organization] @2022-01'],
  ],
  [
    '[Red Vanguard|ArmedGroup] is classed as a terrorist group by [Estmark|Country].',
    ['designation designator=estmark designee=red-vanguard [terrorist organization]'],
  ],
  [
    '[Red Vanguard|ArmedGroup] was relisted as a terrorist organization by [Estmark|Country] in 2023.',
    ['designation designator=estmark designee=red-vanguard [terrorist organization] @2023'],
  ],
  [
    '[Red Vanguard|ArmedGroup] is recognised as a terrorist organisation by [Estmark|Country].',
    ['designation designator=estmark designee=red-vanguard [terrorist organization]'],
  ],
  // a capital stands for its country
  [
    '[Red Vanguard|ArmedGroup] was designated a foreign terrorist organization by [Washington|City] in 2021.',
    ['designation designator=washington designee=red-vanguard [foreign terrorist organization] @2021'],
  ],
  // a participle aside on the designee, with a list of designators, and one that opens the sentence
  [
    'The [Blue Legion|ArmedGroup], listed as a terrorist group by [Norland|Country], [Estmark|Country] and the [European Union|InternationalOrganization], denied any role in the attack.',
    [
      'designation designator=estmark designee=blue-legion [terrorist organization]',
      'designation designator=european-union designee=blue-legion [terrorist organization]',
      'designation designator=norland designee=blue-legion [terrorist organization]',
    ],
  ],
  [
    'Designated a terrorist organization by [Norland|Country] in 2019, the [Blue Legion|ArmedGroup] has kept up its raids on the border.',
    ['designation designator=norland designee=blue-legion [terrorist organization] @2019'],
  ],
  // a ban told as a state, or as holding in a country
  [
    'The [Blue Legion|ArmedGroup] is a proscribed organisation in [Estmark|Country].',
    ['designation designator=estmark designee=blue-legion [proscribed organization]'],
  ],
  [
    'The [Blue Legion|ArmedGroup] has been outlawed in [Estmark|Country] since 2001.',
    ['designation designator=estmark designee=blue-legion [banned organization] @2001'],
  ],
  [
    '[Norland|Country] has banned the [Blue Legion|ArmedGroup] under its anti-terror laws.',
    ['designation designator=norland designee=blue-legion [banned organization]'],
  ],
  // a list that names its category
  [
    '[Estmark|Country] put the [Blue Legion|ArmedGroup] on its terrorist list in 2019.',
    ['designation designator=estmark designee=blue-legion [terrorist] @2019'],
  ],
  [
    'The [Blue Legion|ArmedGroup] was included in the [European Union|InternationalOrganization] terrorist list in 2019.',
    ['designation designator=european-union designee=blue-legion [terrorist] @2019'],
  ],
  // a nominal act with the designee after "the"
  [
    'The designation of the [Blue Legion|ArmedGroup] as a terrorist organization by [Estmark|Country] in 2021 froze its funds.',
    ['designation designator=estmark designee=blue-legion [terrorist organization] @2021'],
  ],
  // a sentence-opening description continues the previous subject (the entities stage's reference reading ties it;
  // test/annotate/entities/openingDescription.round10.test.ts), not the group its aside named last
  [
    '[Red Vanguard|ArmedGroup], a faction allied with [Blue Legion|ArmedGroup], claimed the raid. The [group|ArmedGroup=red-vanguard], which was designated a terrorist organization by [Estmark|Country] in 2010, said its fighters took the weapons.',
    ['designation designator=estmark designee=red-vanguard [terrorist organization] @2010'],
  ],
];

const NEGATIVE: Case[] = [
  ['[Norland|Country] called for [Red Vanguard|ArmedGroup] to be designated a terrorist organization.', []],
  ['[Norland|Country] is considering designating [Red Vanguard|ArmedGroup] as a terrorist organization.', []],
  ['Lawmakers urged the [European Union|InternationalOrganization] to list [Red Vanguard|ArmedGroup] as a terrorist organization.', []],
  ['[Red Vanguard|ArmedGroup] is not designated as a terrorist organization by [Estmark|Country].', []],
  ['[Norland|Country] lobbied for [Red Vanguard|ArmedGroup] to be listed as a terrorist organization.', []],
  ['[Norland|Country] threatened to label [Red Vanguard|ArmedGroup] a terrorist organization.', []],
  ['[Norland|Country] has refused to list [Red Vanguard|ArmedGroup] as a terrorist group.', []],
  ['[Norland|Country] may designate [Red Vanguard|ArmedGroup] as a terrorist organization.', []],
  // a ban of a person is a bar, not a listing; "banned from" bars
  ['[Ivo Dask|Person] is a banned candidate in [Norland|Country].', []],
  ['[Red Vanguard|ArmedGroup] was banned from the talks in [Norland|Country].', []],
];

describe('designations, round 8: listing words as classes and their shapes', () => table('designation', POSITIVE));
describe('designations, round 8: demanded, debated, negated and other senses', () => table('designation', NEGATIVE));
