// Sanctions read by clause structure (round 7): standing sanctions "under" a body's measures whose target is the
// clause's subject (relative pronouns, coordinated verbs), "who is also sanctioned", "listed by" in a sanctions
// article, a sanctioner before an aside ("through its office"), listings under a named regime with names "alongside".

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  // the subject of a relative clause, dated by its "since"
  [
    '[Omar Tesh|Person], who had been under [United Nations|InternationalOrganization] sanctions since 2020, died in March.',
    ['sanction sanctioner=united-nations target=omar-tesh @2020'],
  ],
  // the subject of a coordinated verb
  [
    '[Blue Legion|ArmedGroup] was founded in 2019 and has been under [Norland|Country] sanctions since March 2022.',
    ['sanction sanctioner=norland target=blue-legion @2022-03'],
  ],
  // measures named with their imposer after them, the subject before an aside
  [
    '[Red Vanguard|ArmedGroup], a militia active in the north, remains subject to sanctions imposed by the [European Union|InternationalOrganization].',
    ['sanction sanctioner=european-union target=red-vanguard'],
  ],
  // "who is also sanctioned": one more listing of the release, by its sanctioning body and on its day
  [
    'The [United Kingdom|Country] today sanctioned [Kestrel Trading|Company]. The company is owned by [Omar Tesh|Person], who is also sanctioned.',
    ['sanction sanctioner=united-kingdom target=kestrel-trading @2023-03-01', 'sanction sanctioner=united-kingdom target=omar-tesh @2023-03-01'],
  ],
  // the sanctioner before an aside that names its office
  [
    'In 2022, the [Department of the Treasury|GovernmentAgency], through its [Office of Foreign Assets Control|GovernmentAgency], sanctioned [Kestrel Trading|Company], a firm that ships fuel.',
    ['sanction sanctioner=department-of-the-treasury target=kestrel-trading @2022'],
  ],
  // "listed by" in a sanctions article, dated by its own clause
  [
    'The [United Kingdom|Country] today imposed sanctions on [Kestrel Trading|Company]. [Ivo Dask|Person], a former commander of [Blue Legion|ArmedGroup], was already listed by the [European Union|InternationalOrganization] in February 2021.',
    ['sanction sanctioner=european-union target=ivo-dask @2021-02', 'sanction sanctioner=united-kingdom target=kestrel-trading @2023-03-01'],
  ],
  // a named sanctions regime: the subject and the names alongside it are the release's targets
  [
    'The [United Kingdom|Country] today imposed sanctions on [Kestrel Trading|Company]. [Omar Tesh|Person] has been designated under the Russia sanctions regime, alongside his deputy in [Porto|Place], [Ivo Dask|Person].',
    [
      'sanction sanctioner=united-kingdom target=ivo-dask @2023-03-01',
      'sanction sanctioner=united-kingdom target=kestrel-trading @2023-03-01',
      'sanction sanctioner=united-kingdom target=omar-tesh @2023-03-01',
    ],
  ],
  // a release's colon list: each bullet's first name, past a description of its tie to the one before
  [
    'The [United Kingdom|Country] has also sanctioned:\n\n- [Kestrel Trading|Company], a Porto-based shipping firm;\n- its owner, the businessman [Omar Tesh|Person], who arranged its contracts.',
    ['sanction sanctioner=united-kingdom target=kestrel-trading @2023-03-01', 'sanction sanctioner=united-kingdom target=omar-tesh @2023-03-01'],
  ],
  // a lifting told with one verb
  ['The [European Union|InternationalOrganization] delisted [Omar Tesh|Person] in 2023.', ['sanction sanctioner=european-union target=omar-tesh @2023 (lifted)']],
  // two coordinated measures before their imposer
  [
    '[Omar Tesh|Person] is subject to an asset freeze and a travel ban imposed by the [European Union|InternationalOrganization].',
    ['sanction sanctioner=european-union target=omar-tesh'],
  ],
  // "the following were sanctioned:" and bullets, the sanctioner the release's
  [
    'The [United Kingdom|Country] today imposed sanctions on [Kestrel Trading|Company]. The following were also sanctioned:\n\n- [Omar Tesh|Person], its owner;\n- [Ivo Dask|Person], his deputy.',
    [
      'sanction sanctioner=united-kingdom target=ivo-dask @2023-03-01',
      'sanction sanctioner=united-kingdom target=kestrel-trading @2023-03-01',
      'sanction sanctioner=united-kingdom target=omar-tesh @2023-03-01',
    ],
  ],
];

const NEGATIVE: Case[] = [
  ['The [European Union|InternationalOrganization] refused to unfreeze the assets of [Omar Tesh|Person].', []],
  // a colon list after a verb of saying lists no targets
  ['The [United Kingdom|Country] said:\n\n- [Kestrel Trading|Company] ships fuel to the militia;\n- [Omar Tesh|Person] owns it.', []],
  ['[Omar Tesh|Person] has never been under [United Nations|InternationalOrganization] sanctions.', []],
  ['The [European Union|InternationalOrganization] called for sanctions on [Red Vanguard|ArmedGroup].', []],
  ['Sanctions on [Red Vanguard|ArmedGroup] would be lifted if it disarms, [Norland|Country] said.', []],
  ['An expert panel recommended listing [Kestrel Trading|Company] under the sanctions regime.', []],
  ['[Omar Tesh|Person] could be under [Norland|Country] sanctions by next year.', []],
  ['[Norland|Country] is considering sanctions against [Red Vanguard|ArmedGroup].', []],
  // no body named for the measures: no guess at the sanctioner in an article that names none
  ['[Blue Legion|ArmedGroup] was founded in 2019 and has been under sanctions since 2022.', []],
  // "listed by" with no sanctions in the article
  ['[Ivo Dask|Person] was listed by [Forbes|Organization] among the richest men in [Porto|Place].', []],
  // "who is also" something else
  ['The company is owned by [Omar Tesh|Person], who is also a member of the council.', []],
];

describe('sanctions, round 7: under measures, also sanctioned, asides, regimes', () => table('sanction', POSITIVE));
describe('sanctions, round 7: denied, demanded, hypothetical, other senses', () => table('sanction', NEGATIVE));
