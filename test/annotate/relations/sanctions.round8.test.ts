// Sanctions, round 8: sanctioning, imposing, freezing and lifting words as classes (penalised, reimposed, introduced,
// blocked the assets, suspended), a capital as the sanctioner, passive freezes, the title of a possessive target
// ("X's leader, Y"), "among those sanctioned by", listings that stand ("is on the sanctions list"), and "the sanctions,
// announced ..., target". Negative rows: threatened, lobbied for, urged, considered, negated and modal sanctions, and
// "blocked the accounts" of a platform.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const POSITIVE: Case[] = [
  [
    'The [Treasury|GovernmentAgency] penalised [Kestrel Trading|Company] in 2023.',
    ['sanction sanctioner=treasury target=kestrel-trading @2023'],
  ],
  [
    '[Norland|Country] reimposed sanctions on [Red Vanguard|ArmedGroup] in 2024.',
    ['sanction sanctioner=norland target=red-vanguard @2024'],
  ],
  [
    '[Estmark|Country] introduced targeted financial sanctions against [Red Vanguard|ArmedGroup] in 2022.',
    ['sanction sanctioner=estmark target=red-vanguard @2022'],
  ],
  [
    '[Estmark|Country] blocked the assets of [Kestrel Trading|Company] in 2021.',
    ['sanction sanctioner=estmark target=kestrel-trading @2021'],
  ],
  [
    "[Kestrel Trading|Company]'s assets were frozen by [Estmark|Country] in 2021.",
    ['sanction sanctioner=estmark target=kestrel-trading @2021'],
  ],
  [
    '[Washington|City] has sanctioned [Red Vanguard|ArmedGroup] since 2020.',
    ['sanction sanctioner=washington target=red-vanguard @2020'],
  ],
  // the person a possessive title names is the target, not the owner
  [
    "The [Treasury|GovernmentAgency] imposed sanctions on [Red Vanguard|ArmedGroup]'s leader, [Omar Tesh|Person], in 2022.",
    ['sanction sanctioner=treasury target=omar-tesh @2022'],
  ],
  [
    '[Omar Tesh|Person] is among the individuals sanctioned by the [European Union|InternationalOrganization].',
    ['sanction sanctioner=european-union target=omar-tesh'],
  ],
  [
    '[Red Vanguard|ArmedGroup], which is on the [United Nations|InternationalOrganization] sanctions list, denied the charge.',
    ['sanction sanctioner=united-nations target=red-vanguard'],
  ],
  [
    '[Omar Tesh|Person] is subject to a [European Union|InternationalOrganization] travel ban.',
    ['sanction sanctioner=european-union target=omar-tesh'],
  ],
  [
    'The [European Union|InternationalOrganization] suspended sanctions on [Omar Tesh|Person] in 2024.',
    ['sanction sanctioner=european-union target=omar-tesh @2024 (lifted)'],
  ],
];

const RELEASE: Case[] = [
  [
    'The [Council|GovernmentAgency] today adopted restrictive measures. The sanctions, announced by the [Council|GovernmentAgency] in Brussels, target [Kestrel Trading|Company] and [Omar Tesh|Person].',
    ['sanction sanctioner=council target=kestrel-trading @2023-03-01', 'sanction sanctioner=council target=omar-tesh @2023-03-01'],
  ],
];

const NEGATIVE: Case[] = [
  ['[Norland|Country] threatened sanctions against [Red Vanguard|ArmedGroup].', []],
  ['[Norland|Country] threatened to reimpose sanctions on [Red Vanguard|ArmedGroup].', []],
  ['Lawmakers lobbied for sanctions on [Red Vanguard|ArmedGroup].', []],
  ['Lawmakers urged the [European Union|InternationalOrganization] to penalise [Red Vanguard|ArmedGroup].', []],
  ['[Norland|Country] is considering sanctions against [Red Vanguard|ArmedGroup].', []],
  ['[Norland|Country] has not frozen the assets of [Kestrel Trading|Company].', []],
  ['[Norland|Country] could introduce sanctions against [Red Vanguard|ArmedGroup] next year.', []],
  // a platform blocking accounts sanctions no one
  ["[Meta|Company] blocked [Red Vanguard|ArmedGroup]'s accounts in 2021.", []],
];

describe('sanctions, round 8: words as classes and their shapes', () => table('sanction', POSITIVE));
describe('sanctions, round 8: a release listing through an aside', () => table('sanction', RELEASE));
describe('sanctions, round 8: threatened, demanded, negated and other senses', () => table('sanction', NEGATIVE));
