// Sanctions as wire reports and the releases of sanctioning bodies tell them: imposed, listed, blocked, standing since
// a year, lifted; demanded, threatened, refused or denied sanctions are no facts.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const IMPOSED: Case[] = [
  [
    'The [United States|Country] imposed sanctions on three companies linked to [Red Vanguard|ArmedGroup] in 2021.',
    [],
  ],
  [
    '[Norland|Country] imposed sanctions on [Red Vanguard|ArmedGroup] and [Blue Legion|ArmedGroup] in 2021.',
    ['sanction sanctioner=norland target=blue-legion @2021', 'sanction sanctioner=norland target=red-vanguard @2021'],
  ],
  [
    '[Norland|Country], [Estmark|Country] and [Westria|Country] on Monday imposed travel bans on [Omar Tesh|Person].',
    [
      'sanction sanctioner=estmark target=omar-tesh @2023-02-27',
      'sanction sanctioner=norland target=omar-tesh @2023-02-27',
      'sanction sanctioner=westria target=omar-tesh @2023-02-27',
    ],
  ],
  ['The [Treasury|GovernmentAgency] sanctioned [Omar Tesh|Person] in May.', ['sanction sanctioner=treasury target=omar-tesh @2022-05']],
  [
    'The [Council|Organization] today adopted restrictive measures against [Omar Tesh|Person] and [Delta Fuels|Company].',
    ['sanction sanctioner=council target=delta-fuels @2023-03-01', 'sanction sanctioner=council target=omar-tesh @2023-03-01'],
  ],
  [
    '[Omar Tesh|Person] has been under sanctions imposed by the [U.N. Security Council|InternationalOrganization] since 2019.',
    ['sanction sanctioner=u-n-security-council target=omar-tesh @2019'],
  ],
];

const RELEASE: Case[] = [
  // the release's own listings: the sanctioner is the body that adopted them, the day that of the adoption
  [
    'The [Council|Organization] today adopted restrictive measures against seven individuals. Among those listed is Brig. Gen. [Omar Tesh|Person], a deputy minister. The [Council|Organization] also listed [Ana Ruiz|Person]. [Delta Fuels|Company], a company that shipped the parts, is also listed.',
    [
      'sanction sanctioner=council target=ana-ruiz @2023-03-01',
      'sanction sanctioner=council target=delta-fuels @2023-03-01',
      'sanction sanctioner=council target=omar-tesh @2023-03-01',
    ],
  ],
  [
    'Today, [OFAC|GovernmentAgency] sanctioned two companies. As a result, all property and interests in property of [Delta Fuels|Company] and [Sol Realty|Company] that are in the [United States|Country] are blocked.',
    ['sanction sanctioner=ofac target=delta-fuels @2023-03-01', 'sanction sanctioner=ofac target=sol-realty @2023-03-01'],
  ],
];

const LIFTED: Case[] = [
  ['[Norland|Country] lifted its sanctions on [Red Vanguard|ArmedGroup] in 2022.', ['sanction sanctioner=norland target=red-vanguard @2022 (lifted)']],
  ['[Norland|Country] eased sanctions on [Westria|Country] last year.', ['sanction sanctioner=norland target=westria @2022 (lifted)']],
];

const NOTHING: Case[] = [
  ['[Ana Ruiz|Person] urged the [United States|Country] and the [European Union|InternationalOrganization] to impose new sanctions on [Westria|Country].', []],
  ['Lawmakers asked [Norland|Country] to sanction [Omar Tesh|Person].', []],
  ['[Norland|Country] threatened to impose sanctions on [Westria|Country].', []],
  ['[Norland|Country] has not imposed sanctions on [Westria|Country].', []],
  ['[Norland|Country] could impose sanctions on [Westria|Country] if talks fail.', []],
  ['[Westria|Country] denied that [Norland|Country] had sanctioned [Omar Tesh|Person].', []],
];

describe('sanctions imposed', () => table('sanction', IMPOSED));
describe("sanctions in a sanctioning body's release", () => table('sanction', RELEASE));
describe('sanctions lifted', () => table('sanction', LIFTED));
describe('sanctions demanded, threatened, hypothetical or denied', () => table('sanction', NOTHING));

const MORE: Case[] = [
  ['[Omar Tesh|Person] was sanctioned by the [United States|Country] in 2020.', ['sanction sanctioner=united-states target=omar-tesh @2020']],
  [
    'The [United Kingdom|Country] and [Canada|Country] also sanctioned [Omar Tesh|Person] in 2020.',
    ['sanction sanctioner=canada target=omar-tesh @2020', 'sanction sanctioner=united-kingdom target=omar-tesh @2020'],
  ],
  [
    'The [European Union|InternationalOrganization] added [Delta Fuels|Company] to its sanctions list in 2022.',
    ['sanction sanctioner=european-union target=delta-fuels @2022'],
  ],
  [
    'The [Treasury|GovernmentAgency] removed [Delta Fuels|Company] from its sanctions list in 2022.',
    ['sanction sanctioner=treasury target=delta-fuels @2022 (lifted)'],
  ],
  [
    '[Delta Fuels|Company], which is under [U.S.|Country] sanctions, shipped the fuel.',
    ['sanction sanctioner=u-s target=delta-fuels'],
  ],
];

describe('sanctions: passives, several sanctioners, lists', () => table('sanction', MORE));

describe('sanctions: other measures', () =>
  table('sanction', [
    ['[Norland|Country] imposed an asset freeze and a travel ban on [Omar Tesh|Person] in 2021.', ['sanction sanctioner=norland target=omar-tesh @2021']],
    ['The [Council|Organization] imposed an arms embargo on [Westria|Country] in 2019.', ['sanction sanctioner=council target=westria @2019']],
    ['[Omar Tesh|Person] said the travel ban on [Westria|Country] was unfair.', []],
  ]));

describe('sanctions: a listing under a sanctions order is a sanction', () => {
  table('sanction', [
    ['[OFAC|GovernmentAgency] designated [Omar Tesh|Person] pursuant to E.O. 13224 in 2019.', ['sanction sanctioner=ofac target=omar-tesh @2019']],
    // a terrorist designation is no sanction by itself
    ['[Norland|Country] designated [Red Hand|ArmedGroup] as a terrorist organization in 2019.', []],
  ]);
});

describe('sanctions: a time between the subject and the verb', () =>
  table('sanction', [
    ['The [Treasury|GovernmentAgency] on Tuesday sanctioned [Omar Tesh|Person] and [Delta Fuels|Company].', ['sanction sanctioner=treasury target=delta-fuels @2023-02-28', 'sanction sanctioner=treasury target=omar-tesh @2023-02-28']],
  ]));
