// Round 9 false leaders: a body whose name only modifies what is led (its fighters, a unit, a delegation, an
// offensive) unless a further apposition names the body before the participle, one of a body's commanders ("a
// commander of X", but "a commander of X's elite Y" heads the unit Y), and the head of a named part of a body. The rows that must still give a leadership keep the reading of a body itself led by its head.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  ['[Jan Sedl|Person] commands a [Red Hand|ArmedGroup] unit in [Ostrava|City].', []],
  ['[Jan Sedl|Person] led [Red Hand|ArmedGroup] fighters in the assault on [Ostrava|City].', []],
  ['[Jan Sedl|Person] commanded [Red Hand|ArmedGroup] troops in the battle for [Ostrava|City].', []],
  ['Fighters from the [Red Hand|ArmedGroup], led by [Jan Sedl|Person], attacked the town.', []],
  ['The offensive by the [Red Hand|ArmedGroup], led by [Jan Sedl|Person], captured [Ostrava|City].', []],
  ['A delegation of the [Red Hand|ArmedGroup] led by [Jan Sedl|Person] arrived in [Doha|City].', []],
  ['[Jan Sedl|Person], head of the [Ostrava Police|GovernmentAgency]\'s Terrorism Investigation Unit, told reporters.', []],
  ['[Jan Sedl|Person], a commander of the [Red Hand|ArmedGroup], was arrested in [Ostrava|City].', []],
  ['[Jan Sedl|Person], a leading member of the [Red Hand|ArmedGroup], was arrested.', []],
  // the body itself
  ['The [Red Hand|ArmedGroup] is a leading armed group led by [Jan Sedl|Person].', ['leadership leader=jan-sedl org=red-hand']],
  ['[Jan Sedl|Person] commands the [Red Hand|ArmedGroup] from exile.', ['leadership leader=jan-sedl org=red-hand']],
  ['[Jan Sedl|Person], the commander of the [Red Hand|ArmedGroup], was arrested.', ['leadership leader=jan-sedl org=red-hand']],
  [
    'Fighters of the [Red Hand|ArmedGroup], the largest of the rebel groups, which is commanded by [Jan Sedl|Person], attacked the town.',
    ['leadership leader=jan-sedl org=red-hand'],
  ],
];

describe('leadership, round 9: what makes a false leader', () => table('leadership', ROWS));
