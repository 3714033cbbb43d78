// Long sentences in the shape of wire copy (150–280 characters, several names, asides, relative clauses and
// parentheses between the two sides) for designations and sanctions; a third of them negative.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const WIRE = { published: '2025-06-14', outlet: 'Wire' };

export const LISTED: Case[] = [
  [
    'The [Kestrel Front|ArmedGroup] (KF), which claimed the attack on a police post near [Tarvo|City] on Monday, was designated a terrorist organization by the [United States|Country] in 2019, officials in [Ostia|Country] said.',
    ['designation designator=united-states designee=kestrel-front [terrorist organization] @2019'],
  ],
  [
    'Interior Minister [Lena Dorr|Person] told reporters in [Tarvo|City] on Tuesday that [Norland|Country], which has fought the insurgency for a decade, had proscribed the [Sun Movement|Organization] in 2021.',
    ['designation designator=norland designee=sun-movement [proscribed organization] @2021'],
  ],
  [
    'The [European Union|InternationalOrganization], whose foreign ministers met in [Brussels|City] on Monday with envoys from [Ostia|Country] and [Norland|Country], added the [Kestrel Front|ArmedGroup] to its list of terrorist groups in 2022.',
    ['designation designator=european-union designee=kestrel-front [terrorist organization] @2022'],
  ],
  [
    'The [Sun Movement|Organization], a militia founded in the hills north of [Tarvo|City] by former army officers in the 1990s, was banned as a terrorist group by [Norland|Country] in 2006, a decision [Ostia|Country] never followed.',
    ['designation designator=norland designee=sun-movement [terrorist organization] @2006'],
  ],
  [
    'In 2018, after a wave of bombings in [Tarvo|City] and [Merin|City] killed dozens, the [United Kingdom|Country] designated the [Kestrel Front|ArmedGroup] (KF), led by [Omar Tesh|Person], a terrorist organization.',
    ['designation designator=united-kingdom designee=kestrel-front [terrorist organization] @2018'],
  ],
  [
    'The [Kestrel Front|ArmedGroup], which [Canada|Country] lists as a terrorist entity and which [Ostia|Country] accuses of smuggling weapons across the border from [Norland|Country], denied any role in the attack.',
    ['designation designator=canada designee=kestrel-front [terrorist entity]'],
  ],
  [
    'The [Sun Movement|Organization] (SM), whose leader [Adil Varo|Person] fled to [Merin|City] last year after a crackdown by the army, is considered a terrorist organization by the [United States|Country], the statement said.',
    ['designation designator=united-states designee=sun-movement [terrorist organization]'],
  ],
  [
    'The [Department of State|GovernmentAgency] on Thursday designated the [Kestrel Front|ArmedGroup], a militia active in northern [Ostia|Country] since 2015, as a Foreign Terrorist Organization, Secretary [Anna Reyes|Person] said.',
    ['designation designator=department-of-state designee=kestrel-front [foreign terrorist organization] @2025-06-12'],
  ],
  [
    'Police in [Tarvo|City] arrested three men on Sunday, officials said, weeks after [Norland|Country], whose courts had long resisted the step, proscribed the [Sun Movement|Organization] (SM) as a terrorist organization in April 2024.',
    ['designation designator=norland designee=sun-movement [terrorist organization] @2024-04'],
  ],
  [
    'The [Kestrel Front|ArmedGroup] seized two border posts overnight. The group, which has fought government forces in the hills near [Tarvo|City] since 2015, was designated a terrorist organization by [Canada|Country] in 2020.',
    ['designation designator=canada designee=kestrel-front [terrorist organization] @2020'],
  ],
];

export const NOT_LISTED: Case[] = [
  [
    'Interior Minister [Lena Dorr|Person] said in [Tarvo|City] on Tuesday that [Norland|Country], which has fought the insurgency for a decade, would not proscribe the [Sun Movement|Organization] while talks in [Merin|City] continue.',
    [],
  ],
  [
    'The [Kestrel Front|ArmedGroup] (KF), which claimed the attack near [Tarvo|City], has urged the [European Union|InternationalOrganization] to drop calls by [Ostia|Country] to list it as a terrorist organization, a spokesman said.',
    [],
  ],
  [
    'Opposition leader [Omar Tesh|Person], who returned to [Merin|City] from exile in [Norland|Country] last month, demanded that the government designate the [Sun Movement|Organization] a terrorist organization before the vote.',
    [],
  ],
  [
    'The [Kestrel Front|ArmedGroup], which [Ostia|Country] accuses of smuggling weapons across the border from [Norland|Country], is not designated as a terrorist organization by the [United Nations|InternationalOrganization], diplomats said.',
    [],
  ],
];

export const SANCTIONED: Case[] = [
  [
    'The [Treasury|GovernmentAgency], acting under an order signed by President [Anna Reyes|Person] in March, imposed sanctions on [Vetra Holdings|Company], a shipping firm based in [Merin|City] (Norland), in 2024, officials said.',
    ['sanction sanctioner=treasury target=vetra-holdings @2024'],
  ],
  [
    'The [European Union|InternationalOrganization], whose ministers met in [Brussels|City] with envoys from [Ostia|Country], sanctioned [Omar Tesh|Person], the commander of the [Kestrel Front|ArmedGroup], in 2023 over attacks on civilians.',
    ['sanction sanctioner=european-union target=omar-tesh @2023'],
  ],
  [
    '[Omar Tesh|Person], a former army colonel who commands the [Kestrel Front|ArmedGroup] (KF) in the hills north of [Tarvo|City], was sanctioned by the [United States|Country] in 2022, the statement said.',
    ['sanction sanctioner=united-states target=omar-tesh @2022'],
  ],
  [
    'In 2024, after months of talks in [Merin|City] brokered by [Ostia|Country], the [European Union|InternationalOrganization] lifted sanctions on [Vetra Holdings|Company], a shipping firm owned by [Adil Varo|Person].',
    ['sanction sanctioner=european-union target=vetra-holdings @2024 (lifted)'],
  ],
  [
    '[Adil Varo|Person], a businessman from [Merin|City] who once advised President [Anna Reyes|Person] and who owns [Vetra Holdings|Company] (VH), has been under sanctions imposed by the [European Union|InternationalOrganization] since 2021.',
    ['sanction sanctioner=european-union target=adil-varo @2021'],
  ],
];

export const NOT_SANCTIONED: Case[] = [
  [
    'The [European Union|InternationalOrganization], whose ministers met in [Brussels|City] with envoys from [Ostia|Country] on Monday, refused to impose sanctions on [Vetra Holdings|Company], a shipping firm based in [Merin|City].',
    [],
  ],
  [
    'Lawmakers in [Ostia|Country] urged the [Treasury|GovernmentAgency] to sanction [Omar Tesh|Person], the commander of the [Kestrel Front|ArmedGroup] (KF), after an attack near [Tarvo|City] killed eleven people on Sunday.',
    [],
  ],
  [
    'The [Treasury|GovernmentAgency] could sanction [Vetra Holdings|Company], a shipping firm based in [Merin|City] that is owned by [Adil Varo|Person], if the shipments to the [Kestrel Front|ArmedGroup] continue, officials said.',
    [],
  ],
  [
    '[Adil Varo|Person], a businessman from [Merin|City] who owns [Vetra Holdings|Company] (VH), denied on Friday that the [European Union|InternationalOrganization], whose envoys visited [Tarvo|City] last week, had sanctioned him.',
    [],
  ],
];

describe('designation, long sentences: listed', () => table('designation', LISTED, WIRE));
describe('designation, long sentences: not listed', () => table('designation', NOT_LISTED, WIRE));
describe('sanction, long sentences: imposed or lifted', () => table('sanction', SANCTIONED, WIRE));
describe('sanction, long sentences: none', () => table('sanction', NOT_SANCTIONED, WIRE));
