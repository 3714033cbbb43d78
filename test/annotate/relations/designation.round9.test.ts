// Designations, round 9: the sides tied to the right entities. A pronoun or description designee stands for the
// group named before, never for its own clause's listing body ("the administration designated it", "Turkey, the US
// and the EU list it"); coordinated designators each list; "added him to its sanctions list"; a ban "in X as a
// terrorist organisation"; perfects with an adverb inside ("has also been", "had long been"); a pluperfect act is not
// dated by its sentence's earlier time; a release's order to proscribe, "as a proscribed organisation", the
// group's leader designated today, an apposition closed before the verb. Negative rows: a plural crowd reached
// through "it", comma-joined names that are an aside and its clause, a ban from a tournament, an order urged or denied.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  // each body of a coordinated subject lists; "it" is the group of the sentence before, not one of them
  [
    'The [Kesh Liberation Front|ArmedGroup] attacked a base. [Norland|Country], the [United States|Country] and the [European Union|InternationalOrganization] list it as a terrorist organisation.',
    [
      'designation designator=norland designee=kesh-liberation-front [terrorist organization]',
      'designation designator=united-states designee=kesh-liberation-front [terrorist organization]',
      'designation designator=european-union designee=kesh-liberation-front [terrorist organization]',
    ],
  ],
  // "it" after a listing body never stands for that body; the pluperfect act is older than "February 2025"
  [
    'The [Kesh Liberation Front|ArmedGroup] attacked a base. The [Trump administration|Government] designated it a foreign terrorist organization in February 2025, a decade after the [Treasury Department|GovernmentAgency] had labeled it a transnational criminal organization.',
    [
      'designation designator=trump-administration designee=kesh-liberation-front [foreign terrorist organization] @2025-02',
      'designation designator=treasury-department designee=kesh-liberation-front [transnational criminal organization]',
    ],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] was founded in 2010 and has been banned in [Tajikistan|Country] as a terrorist organisation since 2012.',
    ['designation designator=tajikistan designee=orlin-brigade [terrorist organization] @2012'],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. It has been banned in [Tajikistan|Country] as a terrorist organisation since 2012.',
    ['designation designator=tajikistan designee=orlin-brigade [terrorist organization] @2012'],
  ],
  [
    '[Jorin Baskov|Person] leads the [Red Mill|ArmedGroup] gang. The [Security Council|InternationalOrganization] added him to its sanctions list in October 2022.',
    ['designation designator=security-council designee=jorin-baskov [sanctions list] @2022-10'],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. The group had long been listed by the [European Union|InternationalOrganization] as a terrorist organisation.',
    ['designation designator=european-union designee=orlin-brigade [terrorist organization]'],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. It has also been designated a terrorist organisation by [Estmark|Country] since 2019.',
    ['designation designator=estmark designee=orlin-brigade [terrorist organization] @2019'],
  ],
];

// releases: the release's own acts, told as orders, listings of described items and appositions
const RELEASES: Case[] = [
  [
    'The [UK Government|Government] has today laid an order before [Parliament|Organization] to proscribe the [Kesh Liberation Front|ArmedGroup] and the [Orlin Brigade|ArmedGroup].',
    [
      'designation designator=uk-government designee=kesh-liberation-front [proscribed organization] @2023-03-01',
      'designation designator=uk-government designee=orlin-brigade [proscribed organization] @2023-03-01',
    ],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. The group was previously designated by the [United Kingdom|Country] as a proscribed organisation in 2021.',
    ['designation designator=united-kingdom designee=orlin-brigade [proscribed organization] @2021'],
  ],
  [
    'The [Orlin Brigade|ArmedGroup] raided a village. The [Department|GovernmentAgency] is also designating the group\'s leader, [Karim Adouli|Person], as an SDGT.',
    ['designation designator=department designee=karim-adouli [specially designated global terrorist] @2023-03-01'],
  ],
  [
    'The [Treasury|GovernmentAgency] is sanctioning two individuals. His brother, [Jorin Vell|Person], is being designated pursuant to E.O. 13224 for acting for [Tomas Vell|Person].',
    ['designation designator=treasury designee=jorin-vell [designated under executive order 13224] @2023-03-01'],
  ],
  [
    'The [Council|GovernmentAgency] today decided to add [Tomas Vell|Person] and the [Orlin Brigade|ArmedGroup] to the [EU|InternationalOrganization] terrorist list.',
    [
      'designation designator=council designee=tomas-vell [terrorist] @2023-03-01',
      'designation designator=council designee=orlin-brigade [terrorist] @2023-03-01',
    ],
  ],
  // a standing designation named by its categories before the noun; the amendment's day is not its date
  [
    'The [Department of State|GovernmentAgency] has amended the Foreign Terrorist Organization (FTO) and SDGT designations of the [Kesh Liberation Front|ArmedGroup] to add an alias.',
    [
      'designation designator=department-of-state designee=kesh-liberation-front [foreign terrorist organization]',
      'designation designator=department-of-state designee=kesh-liberation-front [specially designated global terrorist]',
    ],
  ],
];

const NEGATIVE: Case[] = [
  ['Lawmakers urged the [European Union|InternationalOrganization] to add the [Orlin Brigade|ArmedGroup] to its terrorist list.', []],
  ['The [Department of State|GovernmentAgency] revoked the FTO designation of the [Orlin Brigade|ArmedGroup] in 2020.', []],
  ['Lawmakers urged the [Home Office|GovernmentAgency] to lay an order to proscribe the [Kesh Liberation Front|ArmedGroup].', []],
  ['The [Home Office|GovernmentAgency] has not laid an order to proscribe the [Kesh Liberation Front|ArmedGroup].', []],
  // a plural crowd is never what "it" lists
  ['Gunmen of the group killed a [dozen worshippers|Organization]. The [United States|Country] had listed it as a terrorist organisation in 2017.', []],
  // "from X, the US designated": comma-joined names are an aside and its clause, not two designators
  [
    'Despite efforts by the [Orlin Brigade|ArmedGroup] to distance itself from [al Qaeda|ArmedGroup], the [US|Country] designated the group a terror organization in 2018.',
    ['designation designator=us designee=orlin-brigade [terrorist organization] @2018'],
  ],
  // ", and" after one name joins two clauses: the name before it designates nothing
  [
    'The [Orlin Brigade|ArmedGroup] was formed through the merger of the [Tarsa Front|ArmedGroup], and [New Delhi|City] banned it as a terrorist organisation in 2009.',
    ['designation designator=new-delhi designee=orlin-brigade [terrorist organization] @2009'],
  ],
  ['[Tajikistan|Country] has been banned from the tournament as a punishment since 2012.', []],
  ['The [Orlin Brigade|ArmedGroup] has been banned in [Tajikistan|Country] from holding rallies since 2012.', []],
];

describe('designations, round 9: sides tied to the right entities', () => {
  table('designation', POSITIVE);
  table('designation', RELEASES);
  table('designation', NEGATIVE);
});
