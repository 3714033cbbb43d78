// Designations told in the ways releases and wire reports tell them: several appositives before a passive, relative
// clauses, lists of designators, two categories at once, a statute or order named instead of a category.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const PASSIVES: Case[] = [
  // two appositives ("led by ...", "alias ...") between the subject and its verb
  [
    '[Red Vanguard|ArmedGroup], led by [Omar Tesh|Person], alias "[The Falcon|Person]," was designated by the [Department of State|GovernmentAgency] as a Foreign Terrorist Organization (FTO) and a Specially Designated Global Terrorist (SDGT) in 2021.',
    [
      'designation designator=department-of-state designee=red-vanguard [foreign terrorist organization] @2021',
      'designation designator=department-of-state designee=red-vanguard [specially designated global terrorist] @2021',
    ],
  ],
  // a relative passive with the category as a bare complement and the designator after it
  [
    '[The group|ArmedGroup=red-vanguard], which was designated a terrorist organization by the [United States|Country] in 2012, said its fighters withdrew.',
    ['designation designator=united-states designee=red-vanguard [terrorist organization] @2012'],
  ],
  // a long relative clause before "is listed as ... by" and three designators
  [
    'The [RVF|ArmedGroup], which has waged an armed campaign against the central government since 1991, is listed as a terrorist organisation by [Norland|Country], the [United States|Country] and the [European Union|InternationalOrganization].',
    [
      'designation designator=european-union designee=rvf [terrorist organization]',
      'designation designator=norland designee=rvf [terrorist organization]',
      'designation designator=united-states designee=rvf [terrorist organization]',
    ],
  ],
  [
    '[Red Vanguard|ArmedGroup] is considered a terrorist group by [Norland|Country] and [Estmark|Country].',
    [
      'designation designator=estmark designee=red-vanguard [terrorist organization]',
      'designation designator=norland designee=red-vanguard [terrorist organization]',
    ],
  ],
  // "remains designated" and "has been listed"
  [
    '[Red Vanguard|ArmedGroup] has been listed as a Foreign Terrorist Organization since 2015.',
    ['designation designee=red-vanguard [foreign terrorist organization] @2015'],
  ],
];

const ACTIVES: Case[] = [
  [
    "[Norland|Country]'s [Ministry of Interior|GovernmentAgency] banned [Red Vanguard|ArmedGroup] as a terrorist organization under the Public Safety Act in January 2020.",
    ['designation designator=ministry-of-interior designee=red-vanguard [terrorist organization] @2020-01'],
  ],
  [
    'In 2016, [Estmark|Country] proscribed [Red Vanguard|ArmedGroup] and [Blue Legion|ArmedGroup] as terrorist groups.',
    [
      'designation designator=estmark designee=blue-legion [terrorist organization] @2016',
      'designation designator=estmark designee=red-vanguard [terrorist organization] @2016',
    ],
  ],
  // the designee is the person after "[ORG] leader", not the organization
  [
    'Today the [Department of State|GovernmentAgency] is designating [Blue Legion|ArmedGroup] commander [Omar Tesh|Person] as a Specially Designated Global Terrorist.',
    ['designation designator=department-of-state designee=omar-tesh [specially designated global terrorist] @2023-03-01'],
  ],
  // a statute or order named instead of a category
  [
    '[OFAC|GovernmentAgency] previously sanctioned [Blue Legion|ArmedGroup] under the Foreign Narcotics Kingpin Designation Act in 2015.',
    ['designation designator=ofac designee=blue-legion [sanctioned under the foreign narcotics kingpin designation act] @2015'],
  ],
  [
    '[OFAC|GovernmentAgency] designated [Omar Tesh|Person] pursuant to E.O. 13224 in 2019.',
    ['designation designator=ofac designee=omar-tesh [designated under executive order 13224] @2019'],
  ],
  // "which the United States lists as"
  [
    '[Blue Legion|ArmedGroup], which the [United States|Country] has listed as a Foreign Terrorist Organization, denied the attack.',
    ['designation designator=united-states designee=blue-legion [foreign terrorist organization]'],
  ],
];

const LISTINGS: Case[] = [
  // a release's enumeration with appositives between the names: each name that opens an item is designated
  [
    '[OFAC|GovernmentAgency] also designated [Delta Fuels|Company], formerly known as [Gamma Oil|Company], a fuel distributor run by [Omar Tesh|Person], and [Sol Realty|Company], a real-estate firm founded by [Ana Ruiz|Person] to hide cash.',
    [
      'designation designator=ofac designee=delta-fuels [sanctions designation]',
      'designation designator=ofac designee=sol-realty [sanctions designation]',
    ],
  ],
  [
    'Today, [OFAC|GovernmentAgency] sanctioned two companies. Among those designated today is [Omar Tesh|Person], a senior commander.',
    ['designation designator=ofac designee=omar-tesh [sanctions designation] @2023-03-01'],
  ],
];

const NOTHING: Case[] = [
  ['[Norland|Country] has refused to designate [Red Vanguard|ArmedGroup] as a terrorist organization.', []],
  ['Lawmakers urged [Norland|Country] to list [Red Vanguard|ArmedGroup] as a terrorist group.', []],
  ['[Red Vanguard|ArmedGroup] is not listed as a terrorist organization by [Estmark|Country].', []],
  ['If [Estmark|Country] designated [Red Vanguard|ArmedGroup] as a terrorist group, talks would end.', []],
  ['[Red Vanguard|ArmedGroup] called [Blue Legion|ArmedGroup] a terrorist group.', []],
  ['The [Ministry|GovernmentAgency] is considering designating [Red Vanguard|ArmedGroup] as a Foreign Terrorist Organization.', []],
  ['[Omar Tesh|Person] was designated as the new commander of [Red Vanguard|ArmedGroup].', []],
];

describe('designations: passives, relative clauses and lists of designators', () => table('designation', PASSIVES));
describe('designations: active voice, leaders, statutes and orders', () => table('designation', ACTIVES));
describe('designations: a release listing its designees', () => table('designation', LISTINGS));
describe('designations: denied, demanded, hypothetical or other senses of the words', () => table('designation', NOTHING));

const TREASURY: Case[] = [
  // an adverb between the verb and the order it cites
  [
    '[Omar Tesh|Person] was designated today pursuant to E.O. 13224 for having assisted the group.',
    ['designation designee=omar-tesh [designated under executive order 13224] @2023-03-01'],
  ],
  // a passive with no category in a release that cites an order: the order's listing
  [
    'Today, [OFAC|GovernmentAgency] sanctioned two companies pursuant to E.O. 14024. [Delta Fuels|Company] and [Sol Realty|Company] were designated for operating in the energy sector.',
    [
      'designation designator=ofac designee=delta-fuels [designated under executive order 14024] @2023-03-01',
      'designation designator=ofac designee=sol-realty [designated under executive order 14024] @2023-03-01',
    ],
  ],
];

describe('designations: Treasury releases', () => table('designation', TREASURY));

describe('designations: other listing categories', () =>
  table('designation', [
    [
      '[Norland|Country] designated [Red Vanguard|ArmedGroup] as an extremist organization in 2021.',
      ['designation designator=norland designee=red-vanguard [extremist organization] @2021'],
    ],
    [
      'In 2023 the [Ministry of Justice|GovernmentAgency] listed [Free Voice|Organization] as an undesirable organization.',
      ['designation designator=ministry-of-justice designee=free-voice [undesirable organization] @2023'],
    ],
    [
      '[OFAC|GovernmentAgency] designated [Omar Tesh|Person] as a Significant Foreign Narcotics Trafficker in 2018.',
      ['designation designator=ofac designee=omar-tesh [significant foreign narcotics trafficker] @2018'],
    ],
    ['[Free Voice|Organization] said it refused to register as a foreign agent.', []],
  ]));

describe('designations: appositives inside the list of designees', () =>
  table('designation', [
    [
      'Today the [Department of State|GovernmentAgency] is designating [Omar Tesh|Person], a Tarsa-based financier, and [Ana Ruiz|Person], his deputy, as Specially Designated Global Terrorists.',
      [
        'designation designator=department-of-state designee=ana-ruiz [specially designated global terrorist] @2023-03-01',
        'designation designator=department-of-state designee=omar-tesh [specially designated global terrorist] @2023-03-01',
      ],
    ],
  ]));

describe('designations: a time between the subject and the verb', () =>
  table('designation', [
    ['[OFAC|GovernmentAgency] on Monday designated [Omar Tesh|Person] pursuant to E.O. 13224.', ['designation designator=ofac designee=omar-tesh [designated under executive order 13224] @2023-02-27']],
  ]));

describe('designations: revoked designations state none', () =>
  table('designation', [
    ['In 2021 the [State Department|GovernmentAgency] revoked the designation of [Red Hand|ArmedGroup] as a Foreign Terrorist Organization.', []],
    ['The [State Department|GovernmentAgency] lifted the designation of [Red Hand|ArmedGroup] as a terrorist group in 2021.', []],
  ]));

describe('designations: on a list', () =>
  table('designation', [
    ['[Red Hand|ArmedGroup] has been on the [U.S.|Country] list of Foreign Terrorist Organizations since 1997.', ['designation designator=u-s designee=red-hand [foreign terrorist organization] @1997']],
    ['[Red Hand|ArmedGroup] is not on the [U.S.|Country] list of Foreign Terrorist Organizations.', []],
  ]));
