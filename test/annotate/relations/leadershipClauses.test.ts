// Leaderships read from the trigger outward (leadershipClauses.ts): the passive "led/headed/commanded/chaired/run/
// overseen by" past adverbials, titles and descriptions; the active "leads/heads/commands/chairs" past a relative
// clause or an aside; a fronted "Led by P, ..., the X"; "under the command of"; lists of leaders; pronoun subjects.
// Negatives: events led by someone, "led by example", a call for someone to lead, denials, places and countries.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // passive, short and long
  ['The [Tarsa Front|ArmedGroup] is headed by [Omar Vel|Person].', ['leadership leader=omar-vel org=tarsa-front']],
  [
    'The [Tarsa Front|ArmedGroup] has been led since 2016 by [Omar Vel|Person], who is also president of the [Dune Republic|Organization], a member of the [Lakes Union|InternationalOrganization].',
    ['leadership leader=omar-vel org=tarsa-front'],
  ],
  [
    'The [Tarsa Front|ArmedGroup] is nominally commanded by [Omar Vel|Person], but its regional battalions often act on their own.',
    ['leadership leader=omar-vel org=tarsa-front'],
  ],
  [
    'The [Tarsa Front|ArmedGroup], chaired by [Brisk|Country]-based activist [Omar Vel|Person], is an observer at the [Lakes Union|InternationalOrganization].',
    ['leadership leader=omar-vel org=tarsa-front'],
  ],
  [
    'The [Orla Corps|MilitaryForce], which is overseen by Deputy Minister of Defence [Ivan Kessel|Person], absorbed most of the fighters in [Marn|City] and works closely with the [Coastal Army|MilitaryForce].',
    ['leadership leader=ivan-kessel org=orla-corps'],
  ],
  [
    'The group is now led by his former deputy, [Musa Rahl|Person].',
    [],
  ],
  [
    'The [Tarsa Front|ArmedGroup] lost its founder in 2021. [It|ArmedGroup=tarsa-front] is now led by his former deputy, [Musa Rahl|Person].',
    ['leadership leader=musa-rahl org=tarsa-front'],
  ],
  [
    'The [Tarsa Front|ArmedGroup], an alliance of Kurdish, Arab and [Syriac|CollectiveActor] fighters commanded by [Omar Vel|Person], was set up in 2015.',
    ['leadership leader=omar-vel org=tarsa-front'],
  ],
  // a list of leaders
  [
    'The two countries\' [border commissions|Organization], headed by Deputy Prime Minister [Omar Vel|Person] and his Brisk counterpart [Ivan Kessel|Person], signed a protocol after two days of talks.',
    ['leadership leader=ivan-kessel org=border-commissions', 'leadership leader=omar-vel org=border-commissions'],
  ],
  // active, short and long
  ['[Omar Vel|Person] heads the [Tarsa Front|ArmedGroup].', ['leadership leader=omar-vel org=tarsa-front']],
  [
    '[Omar Vel|Person], who lives in exile in [Marn|City], still heads the [Tarsa Front|ArmedGroup].',
    ['leadership leader=omar-vel org=tarsa-front'],
  ],
  [
    '"This is a dangerous development," said [Lena Obi|Person], who heads the [Marn|City]-based security consultancy [Delta Risk|Company].',
    ['leadership leader=lena-obi org=delta-risk'],
  ],
  [
    'His deputy, [Musa Rahl|Person], still commands the [Kora Liberation Front|ArmedGroup], also known as Katiba Kora.',
    ['leadership leader=musa-rahl org=kora-liberation-front'],
  ],
  [
    '[Omar Vel|Person] was ousted in 2019. [Musa Rahl|Person], who lives in exile, still heads the coalition, the [Patriots Alliance|ArmedGroup] said.',
    ['leadership leader=musa-rahl org=patriots-alliance'],
  ],
  // fronted participle
  [
    'Led by [Omar Vel|Person]\'s son [Musa Rahl|Person], whom his father appointed deputy in August, the [Tarsa Brigade|ArmedGroup] has been blamed for killings in [Marn|City].',
    ['leadership leader=musa-rahl org=tarsa-brigade'],
  ],
  [
    'Headed since 2020 by [Lena Obi|Person], the [Delta Fund|Organization] finances schools.',
    ['leadership leader=lena-obi org=delta-fund'],
  ],
  // under the command of
  [
    'The [Coastal Brigade|MilitaryForce], which retook [Marn|City] in March, fights under the command of [Omar Vel|Person].',
    ['leadership leader=omar-vel org=coastal-brigade'],
  ],
  // negatives
  ['The attack on [Marn|City] was led by [Omar Vel|Person], police said.', []],
  ['[Omar Vel|Person] led by example during the siege of [Marn|City].', []],
  ['The [Tarsa Front|ArmedGroup] called for [Omar Vel|Person] to lead the [Dune Council|Organization].', []],
  ['[Omar Vel|Person] would head the [Tarsa Front|ArmedGroup] if the talks fail.', []],
  ['The [Tarsa Front|ArmedGroup] is not led by [Omar Vel|Person], its spokesman said.', []],
  ['[Omar Vel|Person] heads to [Marn|City] on Monday for talks with [Brisk|Country].', []],
  ['[Omar Vel|Person] leads [Brisk|Country] into a new era, his supporters say.', []],
  ['The offensive, commanded by [Omar Vel|Person], was launched from [Marn|City].', []],
  ['[Lena Obi|Person] heads a [Brisk|Country] delegation to [Marn|City].', []],
  ['The convoy was led by a [Tarsa Front|ArmedGroup] commander.', []],
];

describe('leadership read from the trigger outward', () => table('leadership', ROWS));
