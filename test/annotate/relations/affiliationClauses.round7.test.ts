// Round 7 affiliations (affiliationClauses.ts, affiliations.ts): a body enrolled in, registered with or recognized by
// another as one of its units; fronts; a body run by another; countries as members, and the troops a force draws
// from them; fellow members "together with" the subject; a named owner's part in apposition; a station of the body;
// a compound modifier before the parent. Negatives: denied and hoped-for ties, a crowd of fighters, a body that only
// qualifies the person who runs a company, a non-state body that answers to a country.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // enrolled, registered
  ['The [Kestrel Brigades|ArmedGroup] are formally enrolled in the [Northern Mobilization Forces|MilitaryForce] and draw state salaries.', ['affiliation member=kestrel-brigades parent=northern-mobilization-forces']],
  ['The [Zorin Guard|ArmedGroup] enlisted in the [Valdonian Armed Forces|MilitaryForce] in 2019.', ['affiliation member=zorin-guard parent=valdonian-armed-forces']],
  [
    'The [Amber Column|ArmedGroup], which fought in the hills for a decade and lost most of its leaders, was later enrolled in the [Desert Province|ArmedGroup].',
    ['affiliation member=amber-column parent=desert-province'],
  ],
  [
    'The [Amber Column|ArmedGroup] took the town in May. [It|ArmedGroup=amber-column] was later registered as a unit with the [Desert Province|ArmedGroup].',
    ['affiliation member=amber-column parent=desert-province'],
  ],
  // recognized by the parent as one of its units
  [
    'The [Kestrel Front|ArmedGroup], which is recognized by the [Zorin Movement|ArmedGroup] as one of its provinces, attacked the town.',
    ['affiliation member=kestrel-front parent=zorin-movement'],
  ],
  ['The [Kestrel Front|ArmedGroup] is considered by the [Zorin Movement|ArmedGroup] as a branch in the north.', ['affiliation member=kestrel-front parent=zorin-movement']],
  // fronts
  ['The [Sava Trading Company|Company] has served as a front for the [Zorin Movement|ArmedGroup] since 2021.', ['affiliation member=sava-trading-company parent=zorin-movement']],
  ['The [Kestrel Front|ArmedGroup] is a front for the [Zorin Movement|ArmedGroup], officials say.', ['affiliation member=kestrel-front parent=zorin-movement']],
  // run, controlled, operated by a body
  ['[Iron Corps|MilitaryForce], the paramilitary force run by the [Valdonian Ministry of Defence|GovernmentAgency], arrived in [Porto|City].', ['affiliation member=iron-corps parent=valdonian-ministry-of-defence']],
  ['[Iron Corps|MilitaryForce], which is operated by the [Valdonian Ministry of Defence|GovernmentAgency], arrived in [Porto|City].', ['affiliation member=iron-corps parent=valdonian-ministry-of-defence']],
  // countries as members; a force's troops from named countries
  ['[Ghana|Country] is a member of the [Coastal Security Force|MilitaryForce], which patrols the gulf.', ['affiliation member=ghana parent=coastal-security-force']],
  [
    'The [Coastal Security Force|MilitaryForce], a regional force that also includes troops from [Togo|Country], [Senegal|Country] and [Gambia|Country], patrols the gulf.',
    [
      'affiliation member=gambia parent=coastal-security-force',
      'affiliation member=senegal parent=coastal-security-force',
      'affiliation member=togo parent=coastal-security-force',
    ],
  ],
  // fellow members
  [
    'The [Kestrel Front|ArmedGroup] is one of three members of the [Northern Alliance|ArmedGroup], together with the [Amber Brigade|ArmedGroup] and the [Zorin Movement|ArmedGroup].',
    [
      'affiliation member=amber-brigade parent=northern-alliance',
      'affiliation member=kestrel-front parent=northern-alliance',
      'affiliation member=zorin-movement parent=northern-alliance',
    ],
  ],
  // a named owner's part in apposition; a station of the body
  [
    'The attack was claimed through the [Nahar|MediaOutlet] news agency, the [Zorin Movement|ArmedGroup] group\'s media outlet.',
    ['affiliation member=nahar parent=zorin-movement'],
  ],
  ['[Kestrel Squad|ArmedGroup], the [Zorin Movement|ArmedGroup]\'s intelligence wing, planned the raid.', ['affiliation member=kestrel-squad parent=zorin-movement']],
  [
    'The [Zorin Movement|ArmedGroup] claimed the raid in a broadcast on its [Radio Nahar|MediaOutlet] station.',
    ['affiliation member=radio-nahar parent=zorin-movement'],
  ],
  // a compound before the parent modifies it
  [
    'The sanctions hit [Los Cuervos|ArmedGroup], a faction of the [Valdonia|Country]-based criminal organization [Tren del Sur|ArmedGroup].',
    ['affiliation member=los-cuervos parent=tren-del-sur'],
  ],
  // negatives
  ['The [Kestrel Front|ArmedGroup] refused to be enrolled in the [Valdonian Armed Forces|MilitaryForce].', []],
  ['The [Kestrel Front|ArmedGroup] denied that it is a front for the [Zorin Movement|ArmedGroup].', []],
  ['The [Kestrel Front|ArmedGroup] could be enrolled in the [Zorin Movement|ArmedGroup] if the talks succeed.', []],
  ['The [Zorin Movement|ArmedGroup] said the group\'s [fighters|CollectiveActor] had seized the base.', []],
  ['[Gasol Norte|Company], a fuel distributor run by [Zorin Cartel|ArmedGroup] operative [Ivo Renk|Person], was designated.', []],
  ['[Ghana|Country] is not a member of the [Coastal Security Force|MilitaryForce].', []],
  ['[Porto|City] is run by the [Valdonian Ministry of Defence|GovernmentAgency] in all but name.', []],
  // an armed group or company that answers to a country is its proxy, not a unit of the state
  ['Several [Kestrel Front|ArmedGroup] brigades draw state salaries, even as [the group|ArmedGroup=kestrel-front] answers to [Iran|Country].', []],
  ['[Gasol Norte|Company] is controlled by [Iran|Country], officials say.', []],
  ['The [Kestrel Front|ArmedGroup] was never recognized by the [Zorin Movement|ArmedGroup] as one of its provinces.', []],
];

describe('round 7 affiliations', () => {
  table('affiliation', ROWS);
});
