// Designations, sanctions, successions and foundings in the constructions a third blind set showed (paraphrased here
// with invented names): "declared ... a terrorist organization", members named after a count, "together with",
// earlier listings in relative clauses, merged groups "among them", replacements, pronoun and second founders.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const DESIGNATIONS: Case[] = [
  [
    '[Red Hand|ArmedGroup] is designated a terrorist organisation by the [United States|Country].',
    ['designation designator=united-states designee=red-hand [terrorist organization]'],
  ],
  [
    'Today, the [Department of State|GovernmentAgency] is designating [Red Hand|ArmedGroup] as a Foreign Terrorist Organization and as a Specially Designated Global Terrorist.',
    [
      'designation designator=department-of-state designee=red-hand [foreign terrorist organization] @2023-03-01',
      'designation designator=department-of-state designee=red-hand [specially designated global terrorist] @2023-03-01',
    ],
  ],
  [
    "The [Department of State|GovernmentAgency] is also designating two of the [Red Hand|ArmedGroup]'s leaders, [Omar Tesh|Person] and [Ana Ruiz|Person], as Specially Designated Global Terrorists.",
    [
      'designation designator=department-of-state designee=ana-ruiz [specially designated global terrorist] @2023-03-01',
      'designation designator=department-of-state designee=omar-tesh [specially designated global terrorist] @2023-03-01',
    ],
  ],
  [
    '[Red Hand|ArmedGroup], which was itself designated as a Foreign Terrorist Organization, together with [Blue Legion|ArmedGroup], on September 4, 2022, is active in the north.',
    [
      'designation designee=blue-legion [foreign terrorist organization] @2022-09-04',
      'designation designee=red-hand [foreign terrorist organization] @2022-09-04',
    ],
  ],
  [
    'The [Government of Valdonia|Government] declared [Red Hand|ArmedGroup] a terrorist organization in January 2022.',
    ['designation designator=government-of-valdonia designee=red-hand [terrorist organization] @2022-01'],
  ],
  [
    '[Red Hand|ArmedGroup] and [Blue Legion|ArmedGroup] clashed again. The [Anti-Terrorism Council|GovernmentAgency] declared both groups terrorist organizations in December 2020.',
    [
      'designation designator=anti-terrorism-council designee=blue-legion [terrorist organization] @2020-12',
      'designation designator=anti-terrorism-council designee=red-hand [terrorist organization] @2020-12',
    ],
  ],
  [
    'The [United States|Country] designated the [RH|ArmedGroup]/[RHF|ArmedGroup=rh] a Foreign Terrorist Organization in 2002.',
    ['designation designator=united-states designee=rh [foreign terrorist organization] @2002'],
  ],
  [
    'Today, [OFAC|GovernmentAgency] is sanctioning three individuals pursuant to E.O. 13224. The money went to [Omar Tesh|Person], whom [OFAC|GovernmentAgency] designated in June 2021.',
    ['designation designator=ofac designee=omar-tesh [designated under executive order 13224] @2021-06'],
  ],
  [
    'The [European Union|InternationalOrganization] added [Delta Fuels|Company] to its sanctions list in January 2022.',
    ['designation designator=european-union designee=delta-fuels [sanctions list] @2022-01'],
  ],
  ['[Red Hand|ArmedGroup] declared a ceasefire in 2022.', []],
  ['[Red Hand|ArmedGroup] declared [Blue Legion|ArmedGroup] its enemy in 2022.', []],
];

const SANCTIONS: Case[] = [
  [
    'Today, [OFAC|GovernmentAgency] is sanctioning three individuals and four entities. [Omar Tesh|Person], [Ana Ruiz|Person] and [Delta Fuels|Company] are being designated pursuant to Executive Order (E.O.) 13224.',
    [
      'sanction sanctioner=ofac target=ana-ruiz @2023-03-01',
      'sanction sanctioner=ofac target=delta-fuels @2023-03-01',
      'sanction sanctioner=ofac target=omar-tesh @2023-03-01',
    ],
  ],
  [
    'Today, [OFAC|GovernmentAgency] sanctioned two firms. The money went to [Sol Realty|Company], which [OFAC|GovernmentAgency] designated in December 2021.',
    ['sanction sanctioner=ofac target=sol-realty @2021-12'],
  ],
];

const SUCCESSIONS: Case[] = [
  [
    '[Dawn Front|ArmedGroup] was formed in 2017 when several groups merged, among them [Red Hand|ArmedGroup] and [Blue Legion|ArmedGroup].',
    ['succession predecessor=blue-legion successor=dawn-front', 'succession predecessor=red-hand successor=dawn-front'],
  ],
  [
    '[Kestrel Group|Organization] mercenaries who arrived in late 2021 were replaced last year by the [Falcon Corps|MilitaryForce].',
    ['succession predecessor=kestrel-group successor=falcon-corps'],
  ],
  [
    '[Dawn Front|ArmedGroup] evolved from [Red Hand|ArmedGroup], a prison gang, and began operating under its current name around 2019.',
    ['succession predecessor=red-hand successor=dawn-front'],
  ],
  ['[Omar Tesh|Person] was replaced by [Ana Ruiz|Person] as commander.', []],
];

const FOUNDINGS: Case[] = [
  [
    'The attack was claimed by [Dawn Front|ArmedGroup], the movement founded by Valdonian militant [Omar Tesh|Person].',
    ['founding founder=omar-tesh org=dawn-front'],
  ],
  ['[Dawn Front|ArmedGroup] holds the north. It was founded by [Omar Tesh|Person] in 2012.', ['founding founder=omar-tesh org=dawn-front']],
  [
    '[Dawn Front|ArmedGroup] holds the north. [Omar Tesh|Person] founded the group together with [Ana Ruiz|Person] in 2012.',
    ['founding founder=ana-ruiz org=dawn-front', 'founding founder=omar-tesh org=dawn-front'],
  ],
  [
    '[Dawn Front|ArmedGroup] was founded in 2012 by [Omar Tesh|Person] and by former rebel commander [Ana Ruiz|Person].',
    ['founding founder=ana-ruiz org=dawn-front', 'founding founder=omar-tesh org=dawn-front'],
  ],
];

describe('round 3: designations', () => table('designation', DESIGNATIONS));
describe('round 3: sanctions', () => table('sanction', SANCTIONS));
describe('round 3: successions', () => table('succession', SUCCESSIONS));
describe('round 3: foundings', () => table('founding', FOUNDINGS));

describe('more listings and sanctions', () => {
  table('designation', [
    [
      '[Red Hand|ArmedGroup] holds the north. The group, which the [State Department|GovernmentAgency] designated a Foreign Terrorist Organization in 1997, denied it.',
      ['designation designator=state-department designee=red-hand [foreign terrorist organization] @1997'],
    ],
    [
      '[Red Hand|ArmedGroup] was added to the [U.S.|Country] list of Foreign Terrorist Organizations in 1997.',
      ['designation designator=u-s designee=red-hand [foreign terrorist organization] @1997'],
    ],
  ]);
  table('sanction', [
    ['[Delta Fuels|Company], sanctioned by the [European Union|InternationalOrganization] in 2021, shipped the oil.', ['sanction sanctioner=european-union target=delta-fuels @2021']],
    ['The [U.S.|Country]-sanctioned company [Delta Fuels|Company] shipped the oil.', ['sanction sanctioner=u-s target=delta-fuels']],
    ['[Delta Fuels|Company], which is subject to [U.S.|Country] sanctions, shipped the oil.', ['sanction sanctioner=u-s target=delta-fuels']],
    [
      'The [Treasury|GovernmentAgency] sanctioned [Sol Realty|Company] in 2019. [Delta Fuels|Company] was removed from the sanctions list in 2022.',
      ['sanction sanctioner=treasury target=delta-fuels @2022 (lifted)', 'sanction sanctioner=treasury target=sol-realty @2019'],
    ],
    ['[Delta Fuels|Company] has never been sanctioned by the [United States|Country].', []],
  ]);
});

describe('a sanction told in a relative clause is no designation', () =>
  table('designation', [['[Kestrel Group|Organization], which the [United States|Country] sanctioned in 2023, denied it.', []]]));

describe("the release's voice designates", () =>
  table('designation', [
    [
      'Today, [OFAC|GovernmentAgency] is sanctioning three individuals and four entities. The [Department of State|GovernmentAgency] designated [Red Hand|ArmedGroup] as a Foreign Terrorist Organization in 2019. [Omar Tesh|Person] and [Ana Ruiz|Person] are being designated pursuant to E.O. 13224. The [European Union|InternationalOrganization] added [Omar Tesh|Person] to its sanctions list in 2022.',
      [
        'designation designator=department-of-state designee=red-hand [foreign terrorist organization] @2019',
        'designation designator=european-union designee=omar-tesh [sanctions list] @2022',
        'designation designator=ofac designee=ana-ruiz [designated under executive order 13224] @2023-03-01',
        'designation designator=ofac designee=omar-tesh [designated under executive order 13224] @2023-03-01',
      ],
    ],
    [
      'The [United States|Country] designated the [RH|ArmedGroup]/Red Hand Front a Foreign Terrorist Organization in 2002.',
      ['designation designator=united-states designee=rh [foreign terrorist organization] @2002'],
    ],
  ]));
