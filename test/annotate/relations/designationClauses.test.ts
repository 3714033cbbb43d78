// Designations and sanctions read by clause structure: designees and targets far from the verb (lists with
// appositions, relative clauses, coordinated verbs, a pronoun from the sentence before, a participle after the main
// clause), each category with its own time, listings told with "list" alone; and acts not done (denied, considered,
// recommended, demanded, revoked, conditional), which yield nothing.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const WIRE = { published: '2025-06-14', outlet: 'Wire' };
/** A release that imposes sanctions today, so that its listings are the day's acts. */
const RELEASE = 'The [Council|GovernmentAgency] today decided to impose restrictive measures on two individuals and one entity.';

export const DESIGNATED: Case[] = [
  [
    'Today, the [Department of State|GovernmentAgency] is designating [Kel Ansar|ArmedGroup] and [Red Dawn|ArmedGroup], the two most violent gangs in [Ostia|Country], as Foreign Terrorist Organizations and Specially Designated Global Terrorists.',
    [
      'designation designator=department-of-state designee=kel-ansar [foreign terrorist organization] @2025-06-14',
      'designation designator=department-of-state designee=kel-ansar [specially designated global terrorist] @2025-06-14',
      'designation designator=department-of-state designee=red-dawn [foreign terrorist organization] @2025-06-14',
      'designation designator=department-of-state designee=red-dawn [specially designated global terrorist] @2025-06-14',
    ],
  ],
  [
    'After gunmen stormed a television studio in [Tarvo|City], President [Anna Reyes|Person] declared a state of emergency, designating [Kel Ansar|ArmedGroup] and [Red Dawn|ArmedGroup] as terrorist organizations.',
    [
      'designation designator=anna-reyes designee=kel-ansar [terrorist organization]',
      'designation designator=anna-reyes designee=red-dawn [terrorist organization]',
    ],
  ],
  [
    'In the weeks that followed, President [Anna Reyes|Person] declared an "internal armed conflict," designating [twenty gangs|CollectiveActor], [Kel Ansar|ArmedGroup] and [Red Dawn|ArmedGroup] among them, as terrorist organizations.',
    [
      'designation designator=anna-reyes designee=kel-ansar [terrorist organization]',
      'designation designator=anna-reyes designee=red-dawn [terrorist organization]',
    ],
  ],
  [
    '[Ostia|Country] regards the [Sun Movement|Organization] as a front for the [Kestrel Front|ArmedGroup] (KF), which has fought the army since 1998 and is designated a terrorist organization by [Norland|Country] and the [European Union|InternationalOrganization].',
    [
      'designation designator=european-union designee=kestrel-front [terrorist organization]',
      'designation designator=norland designee=kestrel-front [terrorist organization]',
    ],
  ],
  [
    'The [Sun Movement|Organization] is a separatist militia in the north. It grew out of a student protest, split twice in the 1990s, and has been listed by the [United States|Country] as a Specially Designated Global Terrorist since March 2019.',
    ['designation designator=united-states designee=sun-movement [specially designated global terrorist] @2019-03'],
  ],
  [
    '[Norland|Country] designated the [Kestrel Front|ArmedGroup] and the bands allied with it, which officials call "armed criminal groups", as terrorist organisations in 2021.',
    ['designation designator=norland designee=kestrel-front [terrorist organization] @2021'],
  ],
  [
    'The [Department of State|GovernmentAgency] designated the [Kestrel Front|ArmedGroup] as a Specially Designated Global Terrorist in May 2019 and as a Foreign Terrorist Organization on March 4, 2021.',
    [
      'designation designator=department-of-state designee=kestrel-front [foreign terrorist organization] @2021-03-04',
      'designation designator=department-of-state designee=kestrel-front [specially designated global terrorist] @2019-05',
    ],
  ],
  [
    'The [Office of Foreign Assets Control|GovernmentAgency] designated [Adil Varo|Person] on June 10, 2021, pursuant to E.O. 13224 for providing support to the [Kestrel Front|ArmedGroup].',
    ['designation designator=office-of-foreign-assets-control designee=adil-varo [designated under executive order 13224] @2021-06-10'],
  ],
  [
    'The [Department of State|GovernmentAgency] is also designating two senior [Kestrel Front|ArmedGroup] commanders, [Omar Tesh|Person] and [Adil Varo|Person], as Specially Designated Global Terrorists.',
    [
      'designation designator=department-of-state designee=adil-varo [specially designated global terrorist] @2025-06-14',
      'designation designator=department-of-state designee=omar-tesh [specially designated global terrorist] @2025-06-14',
    ],
  ],
  [
    'The [Sun Movement|Organization], which broke away from the army in 2004 and has since attacked police posts near [Tarvo|City], was proscribed by the [United Kingdom|Country] in 2006.',
    ['designation designator=united-kingdom designee=sun-movement [proscribed organization] @2006'],
  ],
  [
    `${RELEASE} The [Council|GovernmentAgency] also decided to list the [Kestrel Front|ArmedGroup], a militia set up in 2019 by army deserters who fled to [Merin|City].`,
    ['designation designator=council designee=kestrel-front [sanctions list] @2025-06-14'],
  ],
  [
    `${RELEASE} Among those listed is the [Kestrel Front|ArmedGroup] (KF), an armed group based in [Tarvo|City] and commanded by [Omar Tesh|Person].`,
    ['designation designator=council designee=kestrel-front [sanctions list] @2025-06-14'],
  ],
  [
    `${RELEASE} [Vetra Holdings|Company], a shipping firm whose tankers have carried fuel from [Merin|City] to [Tarvo|City] since 2020, is also listed, together with its owner, [Adil Varo|Person].`,
    [
      'designation designator=council designee=adil-varo [sanctions list] @2025-06-14',
      'designation designator=council designee=vetra-holdings [sanctions list] @2025-06-14',
    ],
  ],
  [
    `${RELEASE} In the west, the [Council|GovernmentAgency] listed [Omar Tesh|Person], who runs a detention camp in [Tarvo|City] on behalf of the [Kestrel Front|ArmedGroup].`,
    ['designation designator=council designee=omar-tesh [sanctions list] @2025-06-14'],
  ],
  [
    'The [United Kingdom|Country] has proscribed the [Kestrel Front|ArmedGroup] since 2014, and its courts have upheld the ban twice.',
    ['designation designator=united-kingdom designee=kestrel-front [proscribed organization] @2014'],
  ],
  [
    '[Britain|Country], which banned the [Sun Movement|Organization] in 2014 after a wave of bombings in [Tarvo|City], condemned the attack on Sunday.',
    ['designation designator=britain designee=sun-movement [banned organization] @2014'],
  ],
];

export const NOT_DESIGNATED: Case[] = [
  ['[Norland|Country] has not designated the [Kestrel Front|ArmedGroup], which attacked a border post in May, as a terrorist organization.', []],
  ['The [United States|Country] is considering designating the [Kestrel Front|ArmedGroup], which has attacked border posts since 2015, as a Foreign Terrorist Organization.', []],
  ['An expert panel in [Ostia|Country] recommended listing the [Kestrel Front|ArmedGroup], a militia active near [Tarvo|City], as a terrorist organization.', []],
  ['The [European Union|InternationalOrganization] revoked the designation of the [Kestrel Front|ArmedGroup] as a terrorist organization in 2022.', []],
  ['[Omar Tesh|Person], a trader who was banned by [Norland|Country] from entering the country in 2019, denied any role in the attack.', []],
  ['The [Kestrel Front|ArmedGroup], which [Ostia|Country] has urged [Norland|Country] to designate as a terrorist organization, denied the attack.', []],
  ['[Norland|Country] declared a curfew in [Tarvo|City] on Monday, describing the [Kestrel Front|ArmedGroup] as a terrorist organization in a statement.', []],
  ['Lawmakers in [Ostia|Country] demanded that the government designate the [Kestrel Front|ArmedGroup], which has killed dozens since 2015, as a terrorist group.', []],
  ['[Ostia|Country] said it would designate the [Sun Movement|Organization] as a terrorist organization if the attacks near [Tarvo|City] continue.', []],
];

export const SANCTIONED: Case[] = [
  [
    'The [Treasury|GovernmentAgency] sanctioned the [Kestrel Front|ArmedGroup] and [Omar Tesh|Person] in February 2024, and [Red Dawn|ArmedGroup] and [Adil Varo|Person] in June 2024.',
    [
      'sanction sanctioner=treasury target=adil-varo @2024-06',
      'sanction sanctioner=treasury target=kestrel-front @2024-02',
      'sanction sanctioner=treasury target=omar-tesh @2024-02',
      'sanction sanctioner=treasury target=red-dawn @2024-06',
    ],
  ],
  [
    'Its largest factions are the [Kel Ansar|ArmedGroup] and the [Red Dawn|ArmedGroup], the latter sanctioned by the [United States|Country] in 2023 over abuses in [Tarvo|City].',
    ['sanction sanctioner=united-states target=red-dawn @2023'],
  ],
  [
    'The [Kestrel Front|ArmedGroup] itself has been subject to [European Union|InternationalOrganization] restrictive measures since December 2021.',
    ['sanction sanctioner=european-union target=kestrel-front @2021-12'],
  ],
  [
    '[Omar Tesh|Person], who had been under [United Nations|InternationalOrganization] sanctions since 2020, died of his wounds in 2021 and the group is now led by his deputy.',
    ['sanction sanctioner=united-nations target=omar-tesh @2020'],
  ],
  [
    `${RELEASE} [Vetra Holdings|Company], a shipping firm whose tankers have carried fuel from [Merin|City] to [Tarvo|City] since 2020, is also listed, together with its owner, [Adil Varo|Person].`,
    ['sanction sanctioner=council target=adil-varo @2025-06-14', 'sanction sanctioner=council target=vetra-holdings @2025-06-14'],
  ],
  [
    `${RELEASE} The [Council|GovernmentAgency] also decided to list the [Kestrel Front|ArmedGroup], a militia set up in 2019 by army deserters who fled to [Merin|City].`,
    ['sanction sanctioner=council target=kestrel-front @2025-06-14'],
  ],
  [
    'The [European Union|InternationalOrganization] placed the [Kestrel Front|ArmedGroup], which has smuggled fuel across the border since 2015, under sanctions in 2022.',
    ['sanction sanctioner=european-union target=kestrel-front @2022'],
  ],
  [
    'The [Kestrel Front|ArmedGroup], a militia based in [Tarvo|City], was placed under [United Nations|InternationalOrganization] sanctions in 2019.',
    ['sanction sanctioner=united-nations target=kestrel-front @2019'],
  ],
  [
    'Today, the [Treasury|GovernmentAgency] is sanctioning [Vetra Holdings|Company], a shipping firm based in [Merin|City], and its owner, [Adil Varo|Person], for moving fuel to the [Kestrel Front|ArmedGroup].',
    ['sanction sanctioner=treasury target=adil-varo @2025-06-14', 'sanction sanctioner=treasury target=vetra-holdings @2025-06-14'],
  ],
  [
    '[Vetra Holdings|Company] and its owner, [Adil Varo|Person], have been subject to an asset freeze imposed by the [European Union|InternationalOrganization] since 2021.',
    ['sanction sanctioner=european-union target=adil-varo @2021', 'sanction sanctioner=european-union target=vetra-holdings @2021'],
  ],
  [
    'The [Treasury|GovernmentAgency] targeted [Vetra Holdings|Company], which ships fuel from [Merin|City], and its owner, [Adil Varo|Person], with sanctions in 2023.',
    ['sanction sanctioner=treasury target=adil-varo @2023', 'sanction sanctioner=treasury target=vetra-holdings @2023'],
  ],
  [
    '[Vetra Holdings|Company], a shipping firm based in [Merin|City], was hit with [European Union|InternationalOrganization] sanctions in 2021 for carrying fuel to the [Kestrel Front|ArmedGroup].',
    ['sanction sanctioner=european-union target=vetra-holdings @2021'],
  ],
  [
    'Sanctions on [Vetra Holdings|Company], a shipping firm based in [Merin|City], were lifted by the [European Union|InternationalOrganization] in 2023.',
    ['sanction sanctioner=european-union target=vetra-holdings @2023 (lifted)'],
  ],
  [
    'In 2019, the [European Union|InternationalOrganization] froze the assets of [Adil Varo|Person], a financier who had moved money for the [Kestrel Front|ArmedGroup] since 2015.',
    ['sanction sanctioner=european-union target=adil-varo @2019'],
  ],
  [
    '[Ostia|Country] imposed visa restrictions on [Omar Tesh|Person], the commander of the [Kestrel Front|ArmedGroup], in March 2022.',
    ['sanction sanctioner=ostia target=omar-tesh @2022-03'],
  ],
];

export const NOT_SANCTIONED: Case[] = [
  ['The [Treasury|GovernmentAgency] threatened to target [Vetra Holdings|Company], a shipping firm based in [Merin|City], with sanctions.', []],
  ['Officials in [Ostia|Country] said sanctions on [Vetra Holdings|Company] will be lifted if it stops shipping fuel to the [Kestrel Front|ArmedGroup].', []],
  ['[Norland|Country] has not frozen the assets of [Adil Varo|Person], a financier based in [Merin|City], despite requests from [Ostia|Country].', []],
  ['The [European Union|InternationalOrganization] has not placed the [Kestrel Front|ArmedGroup] under sanctions, despite calls from [Ostia|Country].', []],
  ['The [European Union|InternationalOrganization] may place the [Kestrel Front|ArmedGroup] under sanctions if the attacks near [Tarvo|City] continue.', []],
  ['Lawmakers in [Ostia|Country] called for sanctions on the [Kestrel Front|ArmedGroup] after an attack near [Tarvo|City] killed eleven people.', []],
  ['[Norland|Country] said its sanctions would be lifted if [Vetra Holdings|Company] stops shipping fuel to [Tarvo|City].', []],
  ['The [Treasury|GovernmentAgency] is considering sanctioning [Vetra Holdings|Company], a shipping firm based in [Merin|City], and its owner.', []],
  ['[Adil Varo|Person], who owns [Vetra Holdings|Company], said he had never been sanctioned by the [European Union|InternationalOrganization].', []],
];

describe('designation clauses: acts read across asides, lists and clauses', () => table('designation', DESIGNATED, WIRE));
describe('designation clauses: acts not done', () => table('designation', NOT_DESIGNATED, WIRE));
describe('sanction clauses: gapped, pointed back, standing, listed', () => table('sanction', SANCTIONED, WIRE));
describe('sanction clauses: none', () => table('sanction', NOT_SANCTIONED, WIRE));
