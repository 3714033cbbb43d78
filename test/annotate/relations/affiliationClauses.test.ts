// Affiliations read from the trigger outward (affiliationClauses.ts): "X, which ..., is the armed wing of Y", "X is
// Y's armed wing", "the authority whose armed wing is X", "X joined Y, an alliance of ...", "A joined B and C in an
// umbrella alliance, the D", "an armed group which formally reports to Y", "a force controlled by Y", "one of the
// militias that fight under the banner of Y", "Among its largest factions are A and B". Negatives: denials, a past
// tie, hopes, forces joined, a country or crowd as the parent.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // copula + unit of / possessive unit
  ['The [Tarsa Front|ArmedGroup] is the armed wing of the [Dune Party|Organization].', ['affiliation member=tarsa-front parent=dune-party']],
  [
    'The [Tarsa Front|ArmedGroup], which first appeared near [Marn|City] in 2017 and has since claimed attacks on police posts, is now effectively a branch of the [Desert Province|ArmedGroup].',
    ['affiliation member=tarsa-front parent=desert-province'],
  ],
  ['The [Tarsa Front|ArmedGroup] is the [Dune Council|Organization]\'s armed wing.', ['affiliation member=tarsa-front parent=dune-council']],
  [
    'The [Dune Party|Organization] won the vote in [Marn|City]. [It|Organization=dune-party] is also a member of the [Lakes Union|InternationalOrganization].',
    ['affiliation member=dune-party parent=lakes-union'],
  ],
  // whose unit is
  [
    'The convoy was organised by the [Dune Council|Organization], the Kurdish-run authority whose armed wing is the [Tarsa Front|ArmedGroup], to protest against attacks.',
    ['affiliation member=tarsa-front parent=dune-council'],
  ],
  [
    'Officials met leaders of the [Dune Party|Organization], whose youth wing, the [Red Youth|Organization], organised the march.',
    ['affiliation member=red-youth parent=dune-party'],
  ],
  // joined
  [
    'In December 2020, the [Tarsa Front|ArmedGroup] joined the [Coalition of Patriots|ArmedGroup] (CP), an alliance of armed groups formed to block the elections.',
    ['affiliation member=tarsa-front parent=coalition-of-patriots'],
  ],
  [
    'The [Kora Movement|ArmedGroup], which split from the army in 2012, later joined [Mara Lanka|Organization], an umbrella of six groups that held talks with the government.',
    ['affiliation member=kora-movement parent=mara-lanka'],
  ],
  [
    'In November 2018, the [Tarsa Front|ArmedGroup] joined the [Dune Liberation Front|ArmedGroup] (DLF) and the [Red Guards|ArmedGroup] (RG) in an umbrella alliance, the [Sun Council|Organization] (SC), which has since coordinated attacks.',
    [
      'affiliation member=dune-liberation-front parent=sun-council',
      'affiliation member=red-guards parent=sun-council',
      'affiliation member=tarsa-front parent=sun-council',
    ],
  ],
  // reports to, controlled by
  [
    'The [Tarsa Front|ArmedGroup], an armed group which formally reports to the [Interior Ministry|GovernmentAgency], controls the airport in [Marn|City].',
    ['affiliation member=tarsa-front parent=interior-ministry'],
  ],
  [
    'The fighters were folded into the [Orla Corps|MilitaryForce], a force controlled by the [Brisk Ministry of Defence|GovernmentAgency].',
    ['affiliation member=orla-corps parent=brisk-ministry-of-defence'],
  ],
  // under the banner
  [
    'The [Kora Lions|ArmedGroup], one of dozens of local militias that fight under the banner of the [Dune Defence Forces|ArmedGroup] (DDF), claimed the attack in a video.',
    ['affiliation member=kora-lions parent=dune-defence-forces'],
  ],
  // among its factions
  [
    'The [Northern Army|ArmedGroup] is an umbrella of factions that grew out of the rebellion. Among its largest factions are the [Kora Division|ArmedGroup] and the [Hawk Division|ArmedGroup], the latter sanctioned in 2023.',
    ['affiliation member=hawk-division parent=northern-army', 'affiliation member=kora-division parent=northern-army'],
  ],
  // an origin, a body counting itself or another as its part, a backbone
  [
    'The [Red Wolves|ArmedGroup], which had begun as the [Tarsa Cartel|ArmedGroup]\'s enforcement wing, now run the port of [Marn|City].',
    ['affiliation member=red-wolves parent=tarsa-cartel'],
  ],
  ['The [Red Wolves|ArmedGroup] started as a faction of the [Dune Party|Organization].', ['affiliation member=red-wolves parent=dune-party']],
  [
    'The [Kora Movement|ArmedGroup], founded in the 1990s and led since 2004 by [Omar Vel|Person], counts itself part of the [Axis of the South|ArmedGroup].',
    ['affiliation member=kora-movement parent=axis-of-the-south'],
  ],
  [
    '[The militant group|ArmedGroup] considers the [Kora Movement|ArmedGroup] part of its [Lake Province|Region], known as LP.',
    ['affiliation member=kora-movement parent=lake-province', 'affiliation member=lake-province parent=the-militant-group'],
  ],
  [
    'The [Hill Units|ArmedGroup] (HU), the militia that forms the backbone of the [Northern Forces|ArmedGroup], hold the dam.',
    ['affiliation member=hill-units parent=northern-forces'],
  ],
  // a name typed as a person that the text calls a body
  [
    'The [Kora Lions|Person], one of dozens of local militias that fight under the banner of the [Dune Defence Forces|ArmedGroup], claimed the attack.',
    ['affiliation member=kora-lions parent=dune-defence-forces'],
  ],
  // negatives
  ['The [Tarsa Front|ArmedGroup] rejected claims that it is an affiliate of the [Dune Party|Organization].', []],
  ['[Brisk|Country] considers the [Tarsa Front|ArmedGroup] part of its [Lake Province|Region].', []],
  ['[Omar Vel|Person], a spokesman for the [Lakes Union|InternationalOrganization], which groups six militias, said the [Tarsa Front|ArmedGroup] forms the backbone of nothing.', []],
  ['The [Tarsa Front|ArmedGroup] denied being a branch of the [Dune Party|Organization].', []],
  ['The [Tarsa Front|ArmedGroup] has never been part of the [Lakes Union|InternationalOrganization].', []],
  ['The [Tarsa Front|ArmedGroup] joined forces with the [Dune Party|Organization] in 2019.', []],
  ['The [Tarsa Front|ArmedGroup] joined the talks in [Marn|City] on Monday.', []],
  ['The [Tarsa Front|ArmedGroup] could become part of the [Lakes Union|InternationalOrganization] if talks succeed.', []],
  ['The [Tarsa Front|ArmedGroup] is not a member of the [Lakes Union|InternationalOrganization].', []],
  ['The town of [Marn|City], controlled by the [Tarsa Front|ArmedGroup] since 2019, was shelled.', []],
  ['The [Tarsa Front|ArmedGroup] joined [Brisk|Country] in condemning the attack.', []],
  ['[Omar Vel|Person] is a member of the [Dune Party|Organization].', []],
  ['The [Tarsa Front|ArmedGroup] joined the [Dune Party|Organization] in a statement condemning the strike.', []],
];

describe('affiliation read from the trigger outward', () => table('affiliation', ROWS));
