// Designations, round 10: releases and reports read on text nobody tuned on. A release's passive listings belong to
// the body its opening sentence shows acting today, not to another body an earlier paragraph showed designating; a
// coordinated verb shares its sentence's subject; a law or bill enacted lists by its enacting body; plural categories
// with their acronyms ("(FTOs)"); an alias aside inside a list of designees; "terrorist entities" as their own
// category; lists named with parenthesized words ("its ISIL (Da'esh) and Al-Qaida sanctions list") and "that list";
// "both groups" and "them" as the two groups the sentence before names. Negative rows: a law only proposed, "both
// groups" where the sentence before names three, "them" with no plural before it.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const RELEASES: Case[] = [
  // the opening sentence's act today makes its body the voice of the passive listings that follow
  [
    'Today, the [Office of Foreign Assets Control|GovernmentAgency] designated three individuals who raise money for the [Orlin Brigade|ArmedGroup], exposing them to sanctions. The [Department of State|GovernmentAgency] designated the [Orlin Brigade|ArmedGroup] as a Foreign Terrorist Organization in 2011. [Tomas Vell|Person] and [Anya Brek|Person] are being designated pursuant to E.O. 13224 for having acted on behalf of the [Orlin Brigade|ArmedGroup].',
    [
      'designation designator=department-of-state designee=orlin-brigade [foreign terrorist organization] @2011',
      'designation designator=office-of-foreign-assets-control designee=tomas-vell [designated under executive order 13224] @2023-03-01',
      'designation designator=office-of-foreign-assets-control designee=anya-brek [designated under executive order 13224] @2023-03-01',
    ],
  ],
  // a second verb with its subject left out shares the first one's
  [
    'The [Department of State|GovernmentAgency] designated the [Kesh Front|ArmedGroup] as a Foreign Terrorist Organization in 2011, and designated the [Orlin Brigade|ArmedGroup] as a Specially Designated Global Terrorist in September 2015.',
    [
      'designation designator=department-of-state designee=kesh-front [foreign terrorist organization] @2011',
      'designation designator=department-of-state designee=orlin-brigade [specially designated global terrorist] @2015-09',
    ],
  ],
  // plural categories with plural acronyms: both categories, each designee
  [
    'Today, the [Department of State|GovernmentAgency] is designating the [Tarsa Cartel|ArmedGroup] and the [Red Mill|ArmedGroup] as Foreign Terrorist Organizations (FTOs) and Specially Designated Global Terrorists (SDGTs).',
    [
      'designation designator=department-of-state designee=tarsa-cartel [foreign terrorist organization] @2023-03-01',
      'designation designator=department-of-state designee=tarsa-cartel [specially designated global terrorist] @2023-03-01',
      'designation designator=department-of-state designee=red-mill [foreign terrorist organization] @2023-03-01',
      'designation designator=department-of-state designee=red-mill [specially designated global terrorist] @2023-03-01',
    ],
  ],
  // an alias aside inside the list; "Today ... has listed" is the day's act; terrorist entities are their own category
  [
    'Today, the Minister announced that the [Government of Canada|Government] has listed the [Orla Front|ArmedGroup], better known as [Jabhat Orla|ArmedGroup=orla-front], and the [Sadr Brigades|ArmedGroup] as terrorist entities under the Criminal Code.',
    [
      'designation designator=government-of-canada designee=orla-front [terrorist entity] @2023-03-01',
      'designation designator=government-of-canada designee=sadr-brigades [terrorist entity] @2023-03-01',
    ],
  ],
];

const REPORTS: Case[] = [
  // the body that enacts the instrument lists; a country's body the text names only by its country
  [
    'The [National Assembly|GovernmentAgency] passed a law in 2023 designating the [Orla Front|ArmedGroup] as a terrorist organisation.',
    ['designation designator=national-assembly designee=orla-front [terrorist organization] @2023'],
  ],
  [
    "[Norland|Country]'s Congress last year approved a law classifying the [Orla Front|ArmedGroup] and the [Sadr Brigades|ArmedGroup] as terrorist organizations.",
    [
      'designation designator=norland designee=orla-front [terrorist organization] @2022',
      'designation designator=norland designee=sadr-brigades [terrorist organization] @2022',
    ],
  ],
  [
    'The [Estmark government|Government] added the [Tarsa Cartel|ArmedGroup] to its national registry of terrorist organisations in 2025.',
    ['designation designator=estmark-government designee=tarsa-cartel [terrorist organization] @2025'],
  ],
  // a list named with parenthesized words, and "that list" pointing back to it
  [
    "The [UN Security Council|InternationalOrganization] added the [Orla Front|ArmedGroup] to its [ISIL|ArmedGroup] (Da'esh) and [Al-Qaida|ArmedGroup] sanctions list in September 2002.",
    ['designation designator=un-security-council designee=orla-front [sanctions list] @2002-09'],
  ],
  [
    "[Tomas Vell|Person] has been on the [UN Security Council|InternationalOrganization]'s [ISIL|ArmedGroup] (Da'esh) and [Al-Qaida|ArmedGroup] sanctions list since 2013; the [Orla Front|ArmedGroup] itself was added to that list in 2018.",
    [
      'designation designator=un-security-council designee=tomas-vell [sanctions list] @2013',
      'designation designator=un-security-council designee=orla-front [sanctions list] @2018',
    ],
  ],
  // "both groups" and "them": the two groups the sentence before names
  [
    'The [Orla Front|ArmedGroup] and the [Sadr Brigades|ArmedGroup] have shared fighters since 2019, officials in [Estmark|Country] say. The [United States|Country] designated both groups as Specially Designated Global Terrorists in January 2018, and the [United Kingdom|Country] proscribed them in December 2017.',
    [
      'designation designator=united-states designee=orla-front [specially designated global terrorist] @2018-01',
      'designation designator=united-states designee=sadr-brigades [specially designated global terrorist] @2018-01',
      'designation designator=united-kingdom designee=orla-front [proscribed organization] @2017-12',
      'designation designator=united-kingdom designee=sadr-brigades [proscribed organization] @2017-12',
    ],
  ],
];

const NEGATIVE: Case[] = [
  // a bill only proposed lists no one
  ['The [National Assembly|GovernmentAgency] may pass a bill designating the [Orla Front|ArmedGroup] as a terrorist organisation.', []],
  // three groups before: "both groups" is no reading of them
  [
    'The [Orla Front|ArmedGroup], the [Sadr Brigades|ArmedGroup] and the [Kesh Front|ArmedGroup] met in [Estmark|Country]. The [United States|Country] designated both groups as Specially Designated Global Terrorists in January 2018.',
    [],
  ],
  // "named in a law" is no listing verb of the law
  ['The [National Assembly|GovernmentAgency] passed a law in 2023 naming a new head for the [Orla Front|ArmedGroup] talks.', []],
];

describe('designations, round 10: releases and reports on unseen text', () => {
  table('designation', RELEASES);
  table('designation', REPORTS);
  table('designation', NEGATIVE);
});
