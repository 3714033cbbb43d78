// Sanctions, round 9: pronoun targets ("placed him under sanctions", "added him to its sanctions list") and standing
// sanctions told with an adverb inside the perfect ("has also been under UN sanctions since 2014"), whose subject may
// be a pronoun or a description; an object set beside a description of it. Negative rows: demanded and negated placements.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  [
    'Police arrested [Jorin Baskov|Person] on Monday. [Washington|City] had already placed him under sanctions in 2021 for his role in organised crime.',
    ['sanction sanctioner=washington target=jorin-baskov @2021'],
  ],
  [
    '[Jorin Baskov|Person] leads the [Red Mill|ArmedGroup] gang. The [Security Council|InternationalOrganization] added him to its sanctions list in October 2022.',
    ['sanction sanctioner=security-council target=jorin-baskov @2022-10'],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. It has also been under [United Nations|InternationalOrganization] sanctions since 2014.',
    ['sanction sanctioner=united-nations target=orlin-brigade @2014'],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] has long been subject to [EU|InternationalOrganization] sanctions.',
    ['sanction sanctioner=eu target=orlin-brigade'],
  ],
];

// the object set beside a description of it ("a Dorvan mining company, X")
const DESCRIBED: Case[] = [
  [
    'The [Treasury|GovernmentAgency] sanctioned a Dorvan mining company, [Selvan Gold|Company], in March 2024.',
    ['sanction sanctioner=treasury target=selvan-gold @2024-03'],
  ],
  [
    'The [Treasury|GovernmentAgency] sanctioned a [Dubai|City]-based financier, [Omar Tesh|Person], in 2023.',
    ['sanction sanctioner=treasury target=omar-tesh @2023'],
  ],
  // the person a possessive title names is the target, not the group that owns the title
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. [OFAC|GovernmentAgency] previously sanctioned the group\'s leader, [Karim Adouli|Person], in June 2025.',
    ['sanction sanctioner=ofac target=karim-adouli @2025-06'],
  ],
  // "... against X and its director, Y": the owner's part named after its tie
  [
    'The [Council|GovernmentAgency] also adopted restrictive measures against [Marn Logistics|Company] and its director, [Jorin Baskov|Person], in 2024.',
    ['sanction sanctioner=council target=marn-logistics @2024', 'sanction sanctioner=council target=jorin-baskov @2024'],
  ],
  // "him" in a second clause is the person the sentence opened on, not a name inside the first clause's aside
  [
    '[Jorin Baskov|Person] fled after the raid on [Tomas Vell|Person]\'s farm, and the [Security Council|InternationalOrganization] added him to its sanctions list in October 2022.',
    ['sanction sanctioner=security-council target=jorin-baskov @2022-10'],
  ],
];

const NEGATIVE: Case[] = [
  ['Police arrested [Jorin Baskov|Person] on Monday. Activists urged [Washington|City] to place him under sanctions.', []],
  ['Police arrested [Jorin Baskov|Person] on Monday. [Washington|City] has never placed him under sanctions.', []],
];

describe('sanctions, round 9: pronoun targets and standing sanctions', () => {
  table('sanction', POSITIVE);
  table('sanction', DESCRIBED);
  table('sanction', NEGATIVE);
});
