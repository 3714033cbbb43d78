// Foundings read from the trigger outward (foundingClauses.ts): the passive "founded/formed/set up/created/established
// by" past adverbials and descriptions, with a person or a body as founder; a fronted "Founded in 1973 by P, ..., the
// X"; the active "P founded X" past an age, a relative clause, a description, a coordinated first verb or a pronoun
// subject ("Together they formed X"). Negatives: denials, plans, "established contact", a resolution, a place.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // passive
  ['The [Tarsa Front|ArmedGroup] was founded by [Omar Vel|Person].', ['founding founder=omar-vel org=tarsa-front']],
  [
    'The [Orla Corps|MilitaryForce], a military formation set up by the [Brisk Ministry of Defence|GovernmentAgency] in late 2023 to take over the operations of the [Kessel Group|Company] in [Marn|City], was listed.',
    ['founding founder=brisk-ministry-of-defence org=orla-corps'],
  ],
  [
    'The [Dune Party|Organization], formed in 1968 by [Lena Obi|Person], fought alongside the [Tarsa Front|ArmedGroup] in the 1970s but has since fragmented.',
    ['founding founder=lena-obi org=dune-party'],
  ],
  [
    'The [Tarsa Front|ArmedGroup] dominates the north. [It|ArmedGroup=tarsa-front] was formed by [Omar Vel|Person], a convert, and absorbed the remnants of another rebel movement.',
    ['founding founder=omar-vel org=tarsa-front'],
  ],
  [
    'The [Sahel Branch|ArmedGroup] was known as the [Desert Province|ArmedGroup] until 2022, and was founded by [Omar Vel|Person], who had split from the [Tarsa Front|ArmedGroup].',
    ['founding founder=omar-vel org=sahel-branch'],
  ],
  // fronted
  [
    'Founded in 1973 by [Omar Vel|Person] to fight colonial rule, the [Tarsa Front|ArmedGroup] proclaimed a republic in 1976.',
    ['founding founder=omar-vel org=tarsa-front'],
  ],
  [
    'Founded in 2015 by [Omar Vel|Person], a former herder-turned-warlord, the [Dune Guard|ArmedGroup] says it protects herders.',
    ['founding founder=omar-vel org=dune-guard'],
  ],
  // active
  ['[Omar Vel|Person] founded the [Tarsa Front|ArmedGroup] in 2013.', ['founding founder=omar-vel org=tarsa-front']],
  [
    'Prime Minister [Omar Vel|Person], who founded the ruling [Civic Accord|Organization] party in 2013 and has staked his future on the deal, has promised a referendum.',
    ['founding founder=omar-vel org=civic-accord'],
  ],
  [
    '[Omar Vel|Person], 72, founded the [Tarsa Front|ArmedGroup] after breaking with the [Dune Party|Organization] in 2013.',
    ['founding founder=omar-vel org=tarsa-front'],
  ],
  [
    '[Lena Obi|Person] broke away from the group in 2011 and founded the [Marn Liberation Army|ArmedGroup] (MLA), and the two have fought each other.',
    ['founding founder=lena-obi org=marn-liberation-army'],
  ],
  [
    'Last year, [Lena Obi|Person], a former journalist who founded the opposition [Dune Party|Organization], set up a rival umbrella, the [Marn Alliance|Organization] (MA), with strongholds in the south.',
    ['founding founder=lena-obi org=dune-party', 'founding founder=lena-obi org=marn-alliance'],
  ],
  [
    'In the north, Gov. [Omar Vel|Person] set up the [Community Guards|ArmedGroup] in 2024, a state-funded vigilante force.',
    ['founding founder=omar-vel org=community-guards'],
  ],
  [
    '[Brisk|Country], [Tarsa|Country] and [Dune|Country] expelled French forces. Together they formed the [Alliance of Lake States|InternationalOrganization] in 2023.',
    [
      'founding founder=brisk org=alliance-of-lake-states',
      'founding founder=dune org=alliance-of-lake-states',
      'founding founder=tarsa org=alliance-of-lake-states',
    ],
  ],
  // negatives
  ['The [Tarsa Front|ArmedGroup] was not founded by [Omar Vel|Person], its spokesman said.', []],
  ['[Omar Vel|Person] established contact with the [Tarsa Front|ArmedGroup] in 2019.', []],
  ['The ceasefire was established by a [Lakes Council|InternationalOrganization] resolution in 2019.', []],
  ['[Omar Vel|Person] plans to set up the [Tarsa Front|ArmedGroup] next year.', []],
  ['[Omar Vel|Person] denied that he founded the [Tarsa Front|ArmedGroup].', []],
  ['[Omar Vel|Person] formed a government in [Marn|City] in 2019.', []],
  ['The camp near [Marn|City] was set up by [Lena Obi|Person] in 2019.', []],
  ['[Omar Vel|Person] could form the [Tarsa Front|ArmedGroup] if talks fail.', []],
];

describe('founding read from the trigger outward', () => table('founding', ROWS));
