// Designations read by clause structure (round 7): a category with no "as", a relative clause whose object is the
// designee, "consider"/"named" with a body as designator, a bare "both" taking up the first clause's subject, quoted
// categories, "listed by" in a sanctions article, listings under a named sanctions regime with names "alongside".

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  // a category right after the object, with no "as"
  [
    '[Norland|Country] designated [Red Vanguard|ArmedGroup] a foreign terrorist organization in 2019.',
    ['designation designator=norland designee=red-vanguard [foreign terrorist organization] @2019'],
  ],
  // the designator is the antecedent of the relative pronoun that opens the act
  [
    'The [Department of State|GovernmentAgency], which designated [Red Vanguard|ArmedGroup] a foreign terrorist organization in 1997, is offering a reward for its leader.',
    ['designation designator=department-of-state designee=red-vanguard [foreign terrorist organization] @1997'],
  ],
  // the designee is the antecedent of an object relative after a description; its subject designates
  [
    'Both cells answer to [Blue Legion|ArmedGroup], the Ruritania-backed militia that the [Department of State|GovernmentAgency] designated as a Foreign Terrorist Organization in 2009.',
    ['designation designator=department-of-state designee=blue-legion [foreign terrorist organization] @2009'],
  ],
  [
    'Two days later the army struck [Red Vanguard|ArmedGroup], which [Estmark|Country] first designated a terrorist organization in 2020.',
    ['designation designator=estmark designee=red-vanguard [terrorist organization] @2020'],
  ],
  // "consider X a category" said by bodies, each a designator
  [
    'The [United States|Country] and the [European Union|InternationalOrganization] consider [Red Vanguard|ArmedGroup] a terrorist organization; the EU lists only its armed wing.',
    [
      'designation designator=european-union designee=red-vanguard [terrorist organization]',
      'designation designator=united-states designee=red-vanguard [terrorist organization]',
    ],
  ],
  // "named" a person with a title and a possessive organization before the name
  [
    "The [Department of State|GovernmentAgency] named the [Blue Legion|ArmedGroup]'s leader, [Omar Tesh|Person], a Specially Designated Global Terrorist in 2021.",
    ['designation designator=department-of-state designee=omar-tesh [specially designated global terrorist] @2021'],
  ],
  // a bare "both" after ", and" is the first clause's subject; a quoted category; three designators
  [
    '[Red Vanguard|ArmedGroup] and [Blue Legion|ArmedGroup] are armed by [Westria|Country], and both are designated as "terrorist organisations" by [Norland|Country] and [Estmark|Country].',
    [
      'designation designator=estmark designee=blue-legion [terrorist organization]',
      'designation designator=estmark designee=red-vanguard [terrorist organization]',
      'designation designator=norland designee=blue-legion [terrorist organization]',
      'designation designator=norland designee=red-vanguard [terrorist organization]',
    ],
  ],
  // a long relative aside before a passive with a quoted category
  [
    '[Red Vanguard|ArmedGroup], which has fought the government since 1991 and whose leaders live abroad, is designated as a "terrorist organisation" by [Norland|Country].',
    ['designation designator=norland designee=red-vanguard [terrorist organization]'],
  ],
  // "listed by" in an article about sanctions: a listing on the sanctions list, dated by its clause
  [
    'The [United Kingdom|Country] today imposed sanctions on [Kestrel Trading|Company]. [Ivo Dask|Person], a former commander of [Blue Legion|ArmedGroup], was already listed by the [European Union|InternationalOrganization] in February 2021.',
    ['designation designator=european-union designee=ivo-dask [sanctions list] @2021-02'],
  ],
  // a named sanctions regime, with the names listed alongside the subject (a place in an item is no item)
  [
    'The [United Kingdom|Country] today imposed sanctions on [Kestrel Trading|Company]. [Omar Tesh|Person], the militia\'s paymaster, has been designated under the Russia sanctions regime, alongside his deputy in [Porto|Place], [Ivo Dask|Person], and his brother, [Len Dask|Person].',
    [
      'designation designator=united-kingdom designee=ivo-dask [designated under the russia sanctions regime] @2023-03-01',
      'designation designator=united-kingdom designee=len-dask [designated under the russia sanctions regime] @2023-03-01',
      'designation designator=united-kingdom designee=omar-tesh [designated under the russia sanctions regime] @2023-03-01',
    ],
  ],
  // a gapped second list of designees, closed by the reason the first list had
  [
    '[Kestrel Trading|Company] and [Porto Shipping|Company] are being designated pursuant to E.O. 13224 for being owned by [Omar Tesh|Person], and [Dask Foods|Company] for being owned by [Ivo Dask|Person].',
    [
      'designation designee=dask-foods [designated under executive order 13224] @2023-03-01',
      'designation designee=kestrel-trading [designated under executive order 13224] @2023-03-01',
      'designation designee=porto-shipping [designated under executive order 13224] @2023-03-01',
    ],
  ],
  // "the following were designated ... :" and the list after the colon
  [
    'The following were designated today by the [Department of State|GovernmentAgency]: the [Red Vanguard|ArmedGroup], the [Blue Legion|ArmedGroup] and [Omar Tesh|Person].',
    [
      'designation designator=department-of-state designee=blue-legion [sanctions list] @2023-03-01',
      'designation designator=department-of-state designee=omar-tesh [sanctions list] @2023-03-01',
      'designation designator=department-of-state designee=red-vanguard [sanctions list] @2023-03-01',
    ],
  ],
  [
    'The following groups were designated by [Norland|Country] as terrorist organizations in 2020: [Red Vanguard|ArmedGroup] and [Blue Legion|ArmedGroup].',
    [
      'designation designator=norland designee=blue-legion [terrorist organization] @2020',
      'designation designator=norland designee=red-vanguard [terrorist organization] @2020',
    ],
  ],
];

const NEGATIVE: Case[] = [
  ['The following groups could be designated by [Norland|Country] next year: [Red Vanguard|ArmedGroup] and [Blue Legion|ArmedGroup].', []],
  // a second clause after ", and" with a verb of its own is no gapped list
  [
    '[Kestrel Trading|Company] was designated pursuant to E.O. 13224 in 2020, and [Porto Shipping|Company] moved its offices for tax reasons.',
    ['designation designee=kestrel-trading [designated under executive order 13224] @2020'],
  ],
  ['The [Ministry of Interior|GovernmentAgency] is considering designating [Red Vanguard|ArmedGroup] a terrorist organization.', []],
  // an opinion with no body to hold it
  ['Many analysts consider [Red Vanguard|ArmedGroup] a terrorist organization.', []],
  ['[Norland|Country] has not designated [Red Vanguard|ArmedGroup] a terrorist organization.', []],
  ['An expert panel recommended listing [Red Vanguard|ArmedGroup] as a terrorist organization.', []],
  ['[Norland|Country] would designate [Red Vanguard|ArmedGroup] a terrorist organization if the talks failed.', []],
  // "named" an appointment, not a listing
  ['[Norland|Country] named [Omar Tesh|Person] as its new envoy to [Estmark|Country].', []],
  // "regards X as" something else: the category belongs to the later passive only
  [
    '[Norland|Country] regards [Red Vanguard|ArmedGroup] as an extension of [Blue Legion|ArmedGroup], which is designated a terrorist group by [Estmark|Country].',
    ['designation designator=estmark designee=blue-legion [terrorist organization]'],
  ],
  // "listed by" with no sanctions in the article is a ranking, not a listing
  ['[Ivo Dask|Person] was listed by [Forbes|Organization] among the richest men in [Porto|Place].', []],
  // a relative clause whose "it" could be either body named before: no guess at the designator
  [
    'In a statement carried by [Porto Daily|Organization], it said its jets had struck [Red Vanguard|ArmedGroup], which it first designated a terrorist organization in 2020.',
    [],
  ],
];

describe('designation clauses, round 7: bare categories, object relatives, both, regimes', () => table('designation', POSITIVE));
describe('designation clauses, round 7: undecided, opinions, appointments, rankings', () => table('designation', NEGATIVE));
