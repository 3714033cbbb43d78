// Sanctions, round 10: shapes read on text nobody tuned on. The measure told before its imposer and targets
// ("Sanctions imposed by Britain on A and on B remain in force"); a standing sanction dated by the imposition its words
// tell ("under U.S. sanctions imposed in December 2021"); a relative clause on the sanctioner ("the United States,
// which sanctioned X in 2021"); "that list" pointing back to a list the sentence named with its owner; a release's
// passive listings sanctioned by the body its opening sentence shows acting today. Negative rows: sanctions only
// urged, a standing sanction not dated by the sentence's other times.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  [
    'Sanctions imposed by [Britain|Country] on [Milo Darek|Person] and on [Nena Stovic|Person], the speaker of the assembly, remain in force.',
    ['sanction sanctioner=britain target=milo-darek', 'sanction sanctioner=britain target=nena-stovic'],
  ],
  [
    'The [Orla Front|ArmedGroup] remains under [U.S.|Country] sanctions imposed in December 2021 over allegations of extrajudicial killings.',
    ['sanction sanctioner=u-s target=orla-front @2021-12'],
  ],
  [
    '[Estmark|Country] has deployed troops, while the [United States|Country], which sanctioned the [Orla Front|ArmedGroup] through the [Treasury Department|GovernmentAgency] in 2021, has provided training.',
    ['sanction sanctioner=united-states target=orla-front @2021'],
  ],
  [
    "[Tomas Vell|Person] has been on the [UN Security Council|InternationalOrganization]'s [ISIL|ArmedGroup] (Da'esh) and [Al-Qaida|ArmedGroup] sanctions list since 2013; the [Orla Front|ArmedGroup] itself was added to that list in 2018.",
    ['sanction sanctioner=un-security-council target=tomas-vell @2013', 'sanction sanctioner=un-security-council target=orla-front @2018'],
  ],
  // the release's voice, not the body an earlier paragraph showed designating another party
  [
    'Today, the [Office of Foreign Assets Control|GovernmentAgency] designated three individuals who raise money for the [Orlin Brigade|ArmedGroup], exposing them to sanctions. The [Department of State|GovernmentAgency] designated the [Orlin Brigade|ArmedGroup] as a Foreign Terrorist Organization in 2011. [Tomas Vell|Person] is being designated pursuant to E.O. 13224 for having acted on behalf of the [Orlin Brigade|ArmedGroup].',
    ['sanction sanctioner=office-of-foreign-assets-control target=tomas-vell @2023-03-01'],
  ],
  // "... and under EU sanctions since 2023": a second imposer with the verb left out
  [
    '[Tomas Vell|Person] has been under [U.S.|Country] sanctions since October 2022 and under [EU|InternationalOrganization] sanctions since 2023.',
    ['sanction sanctioner=u-s target=tomas-vell @2022-10', 'sanction sanctioner=eu target=tomas-vell @2023'],
  ],
  // the person an opening apposition names, past an alias and a relative clause
  [
    '[The group|ArmedGroup=orla-front]\'s top leader, [Tomas Vell|Person], also known as "[Niño Vell|Person=tomas-vell]," who founded the gang inside a prison, was sanctioned by [OFAC|GovernmentAgency] in July 2025.',
    ['sanction sanctioner=ofac target=tomas-vell @2025-07'],
  ],
  // a release's bullets after "Those designated by X are:"
  [
    'The [UK|Country] has today sanctioned three commanders.\n\nThose designated by the [Foreign Office|GovernmentAgency] are:\n\n- Major General [Osman Darek|Person], the commander for the north;\n- [Nile Logistics FZE|Company], a company that ships drones.',
    ['sanction sanctioner=foreign-office target=osman-darek @2023-03-01', 'sanction sanctioner=foreign-office target=nile-logistics-fze @2023-03-01'],
  ],
];

const NEGATIVE: Case[] = [
  ['Lawmakers urged [Britain|Country] to keep sanctions imposed by the [European Union|InternationalOrganization] on [Milo Darek|Person] if talks fail.', []],
  ['The [Orla Front|ArmedGroup], which remains under [U.S.|Country] sanctions, said on Monday it would attend talks in [Estmark|Country].', ['sanction sanctioner=u-s target=orla-front']],
  ['There is no sign that the [United States|Country], which could sanction the [Orla Front|ArmedGroup], will act.', []],
];

describe('sanctions, round 10: shapes on unseen text', () => {
  table('sanction', POSITIVE);
  table('sanction', NEGATIVE);
});
