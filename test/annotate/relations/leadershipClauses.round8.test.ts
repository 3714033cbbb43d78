// Round 8 leaderships: the verbs of leading as a class (lexicons/relations/verbs/leadership*.json: "helms", "presided
// over by", "spearheaded by"), the nouns of holding a body's lead ("at the helm of", "in charge of", "took over the
// leadership of", "assumed command of"), a body "under" a person, and "It is led by" after a sentence whose subject is
// not the body it named last. Negatives: attacks, delegations and talks led by someone, "led to", activities managed.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // verbs of the class, in each shape
  ['The [Tarsa Front|ArmedGroup], helmed by [Omar Vel|Person] since 2019, attacked [Marn|City].', ['leadership leader=omar-vel org=tarsa-front']],
  ['[Omar Vel|Person], who helms the [Tarsa Front|ArmedGroup], said the group would keep fighting.', ['leadership leader=omar-vel org=tarsa-front']],
  ['[Omar Vel|Person], who presides over the [Dune Council|Organization], rejected the offer.', ['leadership leader=omar-vel org=dune-council']],
  ['The [Dune Council|Organization], presided over by [Omar Vel|Person], met on Tuesday.', ['leadership leader=omar-vel org=dune-council']],
  ['The [Tarsa Front|ArmedGroup] is now spearheaded by [Omar Vel|Person], a former schoolteacher.', ['leadership leader=omar-vel org=tarsa-front']],
  // nouns of the lead
  ['[Omar Vel|Person], who is at the helm of the [Tarsa Front|ArmedGroup], spoke to reporters.', ['leadership leader=omar-vel org=tarsa-front']],
  ['[Omar Vel|Person] took power in 2021 at the head of the [Transitional Military Council|GovernmentAgency].', ['leadership leader=omar-vel org=transitional-military-council']],
  ['[Omar Vel|Person], who is in charge of the [Dune Council|Organization], denied the report.', ['leadership leader=omar-vel org=dune-council']],
  ['[Omar Vel|Person] assumed command of the [Tarsa Front|ArmedGroup] in 2020 after a drone strike.', ['leadership leader=omar-vel org=tarsa-front']],
  ['[Omar Vel|Person] took over the leadership of the [Tarsa Front|ArmedGroup] in 2020.', ['leadership leader=omar-vel org=tarsa-front']],
  ['[Omar Vel|Person] took the helm of the [Dune Council|Organization] last year.', ['leadership leader=omar-vel org=dune-council']],
  // a body under a person
  [
    'The [Tarsa Front|ArmedGroup] broke away from the [Kestrel Brigade|ArmedGroup] in 2010 under the late [Omar Vel|Person], who rejected peace talks.',
    ['leadership leader=omar-vel org=tarsa-front'],
  ],
  ['A [Tarsa Front|ArmedGroup] faction under [Omar Vel|Person] laid siege to [Marn|City].', ['leadership leader=omar-vel org=tarsa-front']],
  // "It" opening a sentence is the subject of the one before, not the body named last in it
  [
    'The [Free Front|ArmedGroup] was formed in 2024, when the armed groups of the [Northern Framework|Organization], among them the [Valdor Movement|ArmedGroup], dissolved themselves into a single movement. It is led by [Omar Vel|Person], a hereditary chief from [Marn|City].',
    ['leadership leader=omar-vel org=free-front'],
  ],
  // a relative after a second description hangs on the nearer name
  [
    'The assault was the work of the [Patan Front|ArmedGroup], a unit of the [Central Staff|ArmedGroup], the largest of the dissident groups, which is commanded by [Ivan Dorr|Person].',
    ['leadership leader=ivan-dorr org=central-staff'],
  ],
  // negatives
  ['[Omar Vel|Person] led the attack on the [Tarsa Front|ArmedGroup] base.', []],
  ['[Omar Vel|Person] led a delegation of the [Dune Council|Organization] to [Marn|City].', []],
  ['[Omar Vel|Person] led talks with the [Tarsa Front|ArmedGroup] in [Marn|City].', []],
  ['The dispute led to the collapse of the [Dune Council|Organization].', []],
  ['[Omar Vel|Person] is leading the offensive against the [Tarsa Front|ArmedGroup].', []],
  ['The [Tarsa Front|ArmedGroup] would be helmed by [Omar Vel|Person] if the talks fail.', []],
  ['[Omar Vel|Person] oversaw the elections held by the [Dune Council|Organization].', []],
  ['[Omar Vel|Person] is in charge of security at the [Dune Council|Organization] headquarters in [Marn|City].', []],
  ['The strike was carried out under [Omar Vel|Person]\'s orders, the [Tarsa Front|ArmedGroup] said.', []],
  ['[Brisk|Country] under President [Omar Vel|Person] expanded its drone program.', []],
  ['[Brisk|Country] troops under [Omar Vel|Person] entered [Marn|City].', []],
];

describe('leadership, round 8: the class of words for leading', () => table('leadership', ROWS));
