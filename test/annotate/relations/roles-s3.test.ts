// Roles told with a rank stack after the title, an organization's representative, an officer of a body whose head
// noun stands outside its name ("the X bloc's executive secretary"), a board seat, and the chairman a verb makes.
// Negative rows: a former or denied office, and a board of no named body.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const TITLES: Case[] = [
  [
    'The [Northern Command|MilitaryForce] launched the drills, command spokesman Senior Colonel [Li Wen|Person] said.',
    ['role org=northern-command person=li-wen [spokesperson]'],
  ],
  ['"We are worried," [UNHCR|InternationalOrganization] representative [Ana Silva|Person] said.', ['role org=unhcr person=ana-silva [representative]']],
  [
    "[Petru Ciobanu|Person], the [Harvest|Organization] bloc's executive secretary, paid the organizers.",
    ['role org=harvest person=petru-ciobanu [executive secretary]'],
  ],
  [
    'The firm is owned by [Andrei Vlas|Person], a businessman who also serves on the board of the [Ostra Fund|Organization].',
    ['role org=ostra-fund person=andrei-vlas [board member]'],
  ],
  ['[Andrei Vlas|Person], a businessman who once hoped to serve on a board, fled.', []],
  [
    '[Mei Lin|Person], who also chairs the ruling [Harbor Party|Organization], spoke to reporters.',
    ['role org=harbor-party person=mei-lin [chairman]'],
  ],
  [
    'The [Popular Guard|ArmedGroup] was formed in 2014 and is chaired by [Karim Saleh|Person].',
    ['role org=popular-guard person=karim-saleh [chairman]'],
  ],
];

const OWNED_PARTS: Case[] = [
  [
    'The [Border Guard|MilitaryForce] detained 40 people, said Lt. Col. [Omar Haq|Person], commander of the force\'s [Coastal Battalion|MilitaryForce].',
    ['role org=coastal-battalion person=omar-haq [commander]'],
  ],
];

const COPULAR: Case[] = [
  [
    '[Hadi Nasser|Person] ([Nasser|Person]) is the deputy head of procurement at the [Norland|Country]-run [Arms Authority|GovernmentAgency].',
    ['role org=arms-authority person=hadi-nasser [deputy head]'],
  ],
  [
    'The network answers to [Said Karam|Person], a [Norland|Country]-based [Red Hand|ArmedGroup] financier whom the bank named.',
    ['role org=red-hand person=said-karam [financier]'],
  ],
  // "is" before a title with no article: no apposition, no role
  ['[Hadi Nasser|Person] is head-hunting for the [Arms Authority|GovernmentAgency].', []],
];

const HOSTILE_ITS: Case[] = [
  // the body that killed is not the one whose leader died
  [
    '[Naim Saleh|Person] took over [Ansar Nur|ArmedGroup] after [Norland|Country] killed its longtime leader [Omar Tesh|Person] in 2024.',
    ['role org=ansar-nur person=omar-tesh [leader]'],
  ],
  ['[Ansar Nur|ArmedGroup] named its new leader [Omar Tesh|Person] in 2024.', ['role org=ansar-nur person=omar-tesh [leader]']],
];

describe('roles: "X is the title of Y", a title before "whom"', () => table('role', COPULAR));
describe('roles: "its" after a hostile verb', () => table('role', HOSTILE_ITS));
describe('roles: titles with ranks, representatives, officers and board seats', () => table('role', TITLES));
describe("roles: an office in a unit the text calls by a possessive", () => table('role', OWNED_PARTS));
