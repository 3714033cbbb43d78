// Probe of invented sentences for the ways a release or a report says a state or body lists a group (designates,
// proscribes, bans, adds to its list), with the release's voice and passives, and sanctions imposed or lifted; half of
// them near-misses that list or sanction nobody.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const RELEASE = { published: '2025-08-11', outlet: 'U.S. Department of State' };

export const LISTED: Case[] = [
  // a unit named with its parent, "A and its B", is designated too
  [
    'Today, the [Department of State|GovernmentAgency] is designating the [Kestrel Front|ArmedGroup] and its [Falcon Brigade|ArmedGroup] as Foreign Terrorist Organizations.',
    [
      'designation designator=department-of-state designee=falcon-brigade [foreign terrorist organization] @2025-08-11',
      'designation designator=department-of-state designee=kestrel-front [foreign terrorist organization] @2025-08-11',
    ],
  ],
  [
    'The [Kestrel Front|ArmedGroup] and its armed wing [Falcon Brigade|ArmedGroup] were designated as Specially Designated Global Terrorists by the [Department of State|GovernmentAgency] in 2019.',
    [
      'designation designator=department-of-state designee=falcon-brigade [specially designated global terrorist] @2019',
      'designation designator=department-of-state designee=kestrel-front [specially designated global terrorist] @2019',
    ],
  ],
  // a ban or proscription with no category named: the verb tells the list, a pronoun the group
  [
    'The [United Kingdom|Country] proscribed the [Kestrel Front|ArmedGroup] in 2006, and [Norland|Country] banned it the same year.',
    [
      'designation designator=norland designee=kestrel-front [banned organization] @2006',
      'designation designator=united-kingdom designee=kestrel-front [proscribed organization] @2006',
    ],
  ],
  ['In 2014, [Norland|Country] outlawed the [Sun Movement|Organization].', ['designation designator=norland designee=sun-movement [banned organization] @2014']],
  [
    'In March 2024, [Canada|Country] added the [Kestrel Front|ArmedGroup] to its list of terrorist entities.',
    ['designation designator=canada designee=kestrel-front [terrorist entity] @2024-03'],
  ],
  [
    'The [European Union|InternationalOrganization] placed the [Kestrel Front|ArmedGroup] on its list of terrorist groups in 2021.',
    ['designation designator=european-union designee=kestrel-front [terrorist organization] @2021'],
  ],
  ['The [Sun Movement|Organization] was proscribed by the [United Kingdom|Country] in 2021.', ['designation designator=united-kingdom designee=sun-movement [proscribed organization] @2021']],
  ['The [Sun Movement|Organization] was banned as a terrorist group by [Norland|Country] in 2006.', ['designation designator=norland designee=sun-movement [terrorist organization] @2006']],
  ['[Norland|Country] refused to list the [Kestrel Front|ArmedGroup] as a terrorist organisation, though [Ostia|Country] listed it as a terrorist organisation in 2020.', ['designation designator=ostia designee=kestrel-front [terrorist organization] @2020']],
];

export const NOT_LISTED: Case[] = [
  ['The [Sun Movement|Organization] is not banned by [Norland|Country].', []],
  ['[Omar Tesh|Person] was banned by [Norland|Country] from entering in 2019.', []],
  ['[Italy|Country] urged the [European Union|InternationalOrganization] to blacklist the [Kestrel Front|ArmedGroup] as a terrorist group.', []],
  // a person or company banned is barred, not listed; a ban on what a group does lists nothing
  ['[Norland|Country] banned [Omar Tesh|Person] in 2019.', []],
  ['[Norland|Country] banned [Vetra Holdings|Company] from its ports in 2019.', []],
  ['[Norland|Country] refused to ban the [Kestrel Front|ArmedGroup] in 2019.', []],
  ['[Norland|Country] has not proscribed the [Kestrel Front|ArmedGroup].', []],
  ['Activists urged [Canada|Country] to add the [Kestrel Front|ArmedGroup] to its list of terrorist entities.', []],
  ['[Canada|Country] could add the [Kestrel Front|ArmedGroup] to its list of terrorist entities.', []],
  ['Lawmakers called for the [Kestrel Front|ArmedGroup] and its [Falcon Brigade|ArmedGroup] to be designated as Foreign Terrorist Organizations.', []],
  ['The [Department of State|GovernmentAgency] would designate the [Kestrel Front|ArmedGroup] and its [Falcon Brigade|ArmedGroup] as Foreign Terrorist Organizations if the attacks continue.', []],
  ['The [Kestrel Front|ArmedGroup] and its [Falcon Brigade|ArmedGroup] are not designated as Foreign Terrorist Organizations.', []],
];

export const SANCTIONED: Case[] = [
  // members named in apposition after a count are the targets
  [
    'The [United Nations Security Council|InternationalOrganization] imposed a travel ban and asset freeze on two of its commanders, [Omar Tesh|Person] and [Adil Varo|Person], in 2023.',
    ['sanction sanctioner=united-nations-security-council target=adil-varo @2023', 'sanction sanctioner=united-nations-security-council target=omar-tesh @2023'],
  ],
  ['The [Treasury|GovernmentAgency] blacklisted [Vetra Holdings|Company] in 2022.', ['sanction sanctioner=treasury target=vetra-holdings @2022']],
  // a lifting ends sanctions; it imposes none
  ['The [European Union|InternationalOrganization] lifted sanctions on [Vetra Holdings|Company] in 2024.', ['sanction sanctioner=european-union target=vetra-holdings @2024 (lifted)']],
  ['The [European Union|InternationalOrganization] refused to lift sanctions on [Vetra Holdings|Company].', []],
  ['The [Treasury|GovernmentAgency] could sanction [Vetra Holdings|Company] next year.', []],
];

/** Leaders: who acts on "its commanders" leads none of them. */
export const NOT_LEADING: Case[] = [
  ['The [United Nations Security Council|InternationalOrganization] imposed a travel ban and asset freeze on two of its commanders, [Omar Tesh|Person] and [Adil Varo|Person], in 2023.', []],
];

/** A title whose name is one country's belongs to it, not to the country the story is about. */
export const ROLES: Case[] = [
  [
    'Attacks in [Pakistan|Country] killed dozens, Secretary of State [Anna Reyes|Person] said, and the [United States|Country] condemned them.',
    ['role org=united-states person=anna-reyes [secretary of state]'],
  ],
  // a district's commissioner is an office, whatever the district
  ['Deputy Commissioner [Tariq Sen|Person] said the road was closed.', ['role person=tariq-sen [deputy commissioner]']],
];

describe('designation probe: listed', () => table('designation', LISTED, RELEASE));
describe('designation probe: not listed', () => table('designation', NOT_LISTED, RELEASE));
describe('sanction probe', () => table('sanction', SANCTIONED, RELEASE));
describe('leadership probe: acted on', () => table('leadership', NOT_LEADING, RELEASE));
describe('role probe: national titles', () => table('role', ROLES, RELEASE));
