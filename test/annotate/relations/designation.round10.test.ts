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

// release styles: UN committee entries, EU listings with a unit's leader, announcements, a counted description apposed
const STYLES: Case[] = [
  [
    'On 12 March 2025, the [Security Council Committee|InternationalOrganization] added the following entry to its sanctions list: [Orla Front|ArmedGroup].',
    ['designation designator=security-council-committee designee=orla-front [sanctions list] @2025-03-12'],
  ],
  [
    'The [Security Council Committee|InternationalOrganization] imposes sanctions on armed groups. The [Security Council Committee|InternationalOrganization] added the [Orla Front|ArmedGroup], an armed group active in the Sahel, to the list in 2024.',
    ['designation designator=security-council-committee designee=orla-front [sanctions list] @2024'],
  ],
  [
    'The [Council|InternationalOrganization] today imposed sanctions on two groups. The [Council|InternationalOrganization] also listed the [Kesh Brigade|ArmedGroup], an armed group allied with the [Orla Front|ArmedGroup], and its leader, [Pavel Orsk|Person].',
    [
      'designation designator=council designee=kesh-brigade [sanctions list] @2023-03-01',
      'designation designator=council designee=pavel-orsk [sanctions list] @2023-03-01',
    ],
  ],
  [
    'The [Council|InternationalOrganization] today adopted sanctions against three persons. The listed persons are [Tomas Vell|Person], [Anya Brek|Person] and [Pavel Orsk|Person].',
    [
      'designation designator=council designee=tomas-vell [sanctions list] @2023-03-01',
      'designation designator=council designee=anya-brek [sanctions list] @2023-03-01',
      'designation designator=council designee=pavel-orsk [sanctions list] @2023-03-01',
    ],
  ],
  [
    'The [Government of Ruritania|Government] announced today that the [Orla Front|ArmedGroup] has been listed as a terrorist organisation under the Criminal Code.',
    ['designation designator=government-of-ruritania designee=orla-front [terrorist organization] @2023-03-01'],
  ],
  [
    'Today, [OFAC|GovernmentAgency] is sanctioning two senior figures in the [Orla Front|ArmedGroup]. The two gang leaders, [Tomas Vell|Person] and [Anya Brek|Person], are being designated pursuant to E.O. 13224 for having acted for the [Orla Front|ArmedGroup], which the [Department of State|GovernmentAgency] designated as a Foreign Terrorist Organization on May 2, 2019.',
    [
      'designation designator=ofac designee=tomas-vell [designated under executive order 13224] @2023-03-01',
      'designation designator=ofac designee=anya-brek [designated under executive order 13224] @2023-03-01',
      'designation designator=department-of-state designee=orla-front [foreign terrorist organization] @2019-05-02',
    ],
  ],
  [
    'The [Orla Front|ArmedGroup], a militia whose fighters have raided border towns, is to be proscribed under the Terrorism Act 2000, the [Home Office|GovernmentAgency] announced today.',
    ['designation designator=home-office designee=orla-front [proscribed organization] @2023-03-01'],
  ],
  // a bare "listed in X" takes the category the article gives its listings
  [
    'The [Australian Government|Government] has listed the [Kesh Brigade|ArmedGroup] as a terrorist organisation. The [Orla Front|ArmedGroup] was first listed in [Australia|Country] in 2019.',
    [
      'designation designator=australian-government designee=kesh-brigade [terrorist organization]',
      'designation designator=australia designee=orla-front [terrorist organization] @2019',
    ],
  ],
];

const NEGATIVE: Case[] = [
  // announced, but not today's act: no reading of who lists
  ['The [Orla Front|ArmedGroup] is to be proscribed, the [Home Office|GovernmentAgency] said on Monday.', []],
  // a list with no sanctions spoken of is no sanctions list
  ['The [Committee|Organization] added the [Orla Front|ArmedGroup], a band from the north, to the list of invited groups.', []],
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
  table('designation', STYLES);
  table('designation', NEGATIVE);
});
