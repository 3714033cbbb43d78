// Designations past a first predicate, by a body with an aside before its verb, of names a slash joins or "both"
// gathers, and listings a release states with no category ("OFAC is designating the X Fund, A and B for ...").
// Negative rows: a speaker is no designee; a denied listing is none.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const SECOND_PREDICATE: Case[] = [
  [
    '[Red Vanguard|ArmedGroup] was founded in 1990 with the help of [Norland|Country] and is designated a terrorist organisation by the [United States|Country].',
    ['designation designator=united-states designee=red-vanguard [terrorist organization]'],
  ],
  [
    '[Kastel Front|ArmedGroup], which was known until 2019 as [Red Hand|ArmedGroup], is a branch of [Ansar Nur|ArmedGroup] and was itself designated by the [Department of State|GovernmentAgency] as an FTO in May 2018.',
    ['designation designator=department-of-state designee=kastel-front [foreign terrorist organization] @2018-05'],
  ],
  // a report between the subject and the listing: the speaker is not what was listed
  ['[Omar Tesh|Person] said the militia raided farms and was designated a terrorist organization by [Norland|Country].', []],
  ['[Red Vanguard|ArmedGroup] was founded in 1990 and is not designated a terrorist organisation by [Norland|Country].', []],
];

const DESIGNATOR_ASIDE: Case[] = [
  [
    'In January 2022, a [Federal High Court|GovernmentAgency] in [Ostra|City], acting on an application by the [Government of Norland|Government], proscribed [Kastel Front|ArmedGroup] as a terrorist organization.',
    ['designation designator=federal-high-court designee=kastel-front [terrorist organization] @2022-01'],
  ],
  // a body the recognizer missed, owned by a country: the country designates
  [
    "The [Philippines|Country]' Anti-Terrorism Council declared the [Red Vanguard|ArmedGroup] a terrorist organization in December 2020.",
    ['designation designator=philippines designee=red-vanguard [terrorist organization] @2020-12'],
  ],
];

const JOINED: Case[] = [
  [
    'The [United States|Country] designated the [CPL|Organization]/[PLA|ArmedGroup] a Foreign Terrorist Organization in 2002, and [Norland|Country] declared both groups terrorist organizations in December 2020.',
    [
      'designation designator=norland designee=cpl [terrorist organization] @2020-12',
      'designation designator=norland designee=pla [terrorist organization] @2020-12',
      'designation designator=united-states designee=cpl [foreign terrorist organization] @2002',
      'designation designator=united-states designee=pla [foreign terrorist organization] @2002',
    ],
  ],
];

const RELEASE = 'Today, OFAC is sanctioning two individuals pursuant to Executive Order (E.O.) 14024. ';
const LISTINGS: Case[] = [
  [
    `${RELEASE}[OFAC|GovernmentAgency] is designating the [Harvest Fund|Organization], [Delta Pay|Company] and [Ostra Freight|Company] for acting on behalf of the [Government of Norland|Government].`,
    [
      'designation designator=ofac designee=delta-pay [designated under executive order 14024] @2023-03-01',
      'designation designator=ofac designee=harvest-fund [designated under executive order 14024] @2023-03-01',
      'designation designator=ofac designee=ostra-freight [designated under executive order 14024] @2023-03-01',
    ],
  ],
  // an earlier listing, dated by the words that close it
  [
    `${RELEASE}[Ilya Varon|Person], who founded the [Varon Party|Organization] in 2016 and fled [Norland|Country], was designated by [OFAC|GovernmentAgency] in October 2022.`,
    ['designation designator=ofac designee=ilya-varon [designated under executive order 14024] @2022-10'],
  ],
  [`${RELEASE}[OFAC|GovernmentAgency] is not designating the [Harvest Fund|Organization] for now.`, []],
];

const DESCRIBED: Case[] = [
  // a based-compound and a description before the designee; two categories
  [
    'Today, the [Department of State|GovernmentAgency] is designating the [Norland|Country]-based criminal organization [Los Lobos|ArmedGroup] as a Foreign Terrorist Organization (FTO) and as a Specially Designated Global Terrorist (SDGT).',
    [
      'designation designator=department-of-state designee=los-lobos [foreign terrorist organization] @2023-03-01',
      'designation designator=department-of-state designee=los-lobos [specially designated global terrorist] @2023-03-01',
    ],
  ],
  // members whose items carry an alias between commas
  [
    'The [Department|GovernmentAgency] is also designating two of the group\'s leaders, [Omar Tesh|Person], also known as "[The Falcon|Person]," and [Ali Varga|Person], as SDGTs.',
    [
      'designation designator=department designee=ali-varga [specially designated global terrorist] @2023-03-01',
      'designation designator=department designee=omar-tesh [specially designated global terrorist] @2023-03-01',
    ],
  ],
  // an appositive between the name and "whom"
  [
    `${RELEASE}The network answers to [Said Karam|Person], a [Norland|Country]-based financier whom [OFAC|GovernmentAgency] designated in June 2021.`,
    ['designation designator=ofac designee=said-karam [designated under executive order 14024] @2021-06'],
  ],
];

describe('designations: described designees, members with aliases', () => table('designation', DESCRIBED));
describe('designations: the subject past a first predicate', () => table('designation', SECOND_PREDICATE));
describe('designations: a designator with an aside before its verb', () => table('designation', DESIGNATOR_ASIDE));
describe('designations: names a slash joins, and "both groups"', () => table('designation', JOINED));
describe('designations: a release listing with no category', () => table('designation', LISTINGS));
