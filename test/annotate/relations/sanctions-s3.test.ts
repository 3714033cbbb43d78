// Sanctions on a person a pronoun names ("imposed its own sanctions on him"), earlier listings told in the passive in
// a release, and the listings a release states with no category.
// Negative rows: "her" as a possessive names no one; a denied imposition is none.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const RELEASE = 'Today, OFAC is sanctioning two individuals pursuant to Executive Order (E.O.) 14024. ';

const PRONOUN: Case[] = [
  [
    '[Ilya Varon|Person] fled [Norland|Country] in 2019. The [European Union|InternationalOrganization] imposed its own sanctions on him in April 2023.',
    ['sanction sanctioner=european-union target=ilya-varon @2023-04'],
  ],
  [
    'After [Mira Olsen|Person] fled, the [European Union|InternationalOrganization] imposed sanctions on her in 2021.',
    ['sanction sanctioner=european-union target=mira-olsen @2021'],
  ],
  ['[Mira Olsen|Person] spoke. The [European Union|InternationalOrganization] imposed sanctions on her husband in 2021.', []],
  ['[Ilya Varon|Person] fled. The [European Union|InternationalOrganization] has not imposed sanctions on him.', []],
];

const LISTED: Case[] = [
  [
    `${RELEASE}[OFAC|GovernmentAgency] is designating the [Harvest Fund|Organization] and [Delta Pay|Company] for acting on behalf of the [Government of Norland|Government].`,
    ['sanction sanctioner=ofac target=delta-pay @2023-03-01', 'sanction sanctioner=ofac target=harvest-fund @2023-03-01'],
  ],
  [
    `${RELEASE}[Ilya Varon|Person], who fled [Norland|Country] in 2019, was designated by [OFAC|GovernmentAgency] in October 2022.`,
    ['sanction sanctioner=ofac target=ilya-varon @2022-10'],
  ],
  // a passive listing beside a sanction by another body: both stand
  [
    `${RELEASE}[Ilya Varon|Person] was designated by [OFAC|GovernmentAgency] in October 2022. The [European Union|InternationalOrganization] imposed its own sanctions on him in April 2023.`,
    ['sanction sanctioner=european-union target=ilya-varon @2023-04', 'sanction sanctioner=ofac target=ilya-varon @2022-10'],
  ],
  [
    `${RELEASE}The network answers to [Said Karam|Person], a [Norland|Country]-based financier whom [OFAC|GovernmentAgency] designated in June 2021.`,
    ['sanction sanctioner=ofac target=said-karam @2021-06'],
  ],
  // outside a sanctions article, "designated by" a body is no sanction
  ['[Red Vanguard|ArmedGroup] was designated by [Norland|Country] in 2019.', []],
];

describe('sanctions: a person named by a pronoun', () => table('sanction', PRONOUN));
describe('sanctions: listings in a release', () => table('sanction', LISTED));
