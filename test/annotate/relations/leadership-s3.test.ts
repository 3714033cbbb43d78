// Leaderships told by "chairs", "is chaired by", "remains headed by", "which he continues to lead", and by a head
// whose name follows a demonym ("headed by Russian national X").
// Negative rows: a denied or hoped-for lead, a "which" clause of a person, and "leads the fight against" (no body led).

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const VERBS: Case[] = [
  [
    'President [Mei Lin|Person], who also chairs the ruling [Harbor Party|Organization], spoke in the capital.',
    ['leadership leader=mei-lin org=harbor-party'],
  ],
  [
    'The [Popular Guard|ArmedGroup] was formed in 2014 and is chaired by [Karim Saleh|Person].',
    ['leadership leader=karim-saleh org=popular-guard'],
  ],
  [
    'The [Popular Guard|ArmedGroup] lost the city last year but remains headed by Senior Gen. [Karim Saleh|Person].',
    ['leadership leader=karim-saleh org=popular-guard'],
  ],
  [
    'At the center is the [Ostra Fund|Organization], a foundation headed by Russian national [Pavel Orlov|Person].',
    ['leadership leader=pavel-orlov org=ostra-fund'],
  ],
  ['[Karim Saleh|Person] leads the fight against the [Popular Guard|ArmedGroup].', []],
  ['[Karim Saleh|Person] no longer chairs the [Harbor Party|Organization].', []],
];

const RELATIVE: Case[] = [
  [
    '[Ilya Varon|Person] fled abroad. His members regrouped in the [Harvest|Organization] bloc, which [Ilya Varon|Person] launched in 2024 and which he continues to lead from exile.',
    ['leadership leader=ilya-varon org=harvest'],
  ],
  [
    'The [Harbor Party|Organization], which [Mei Lin|Person] still heads, won the vote.',
    ['leadership leader=mei-lin org=harbor-party'],
  ],
  ['The [Harbor Party|Organization], which [Mei Lin|Person] hopes to lead, won the vote.', []],
];

const RULING_AND_LISTS: Case[] = [
  // a country's ruling body, not named apart from it: the country is the one led
  [
    "[Norland|Country]'s junta, led by Gen. [Ivo Brandt|Person], who seized power in 2021, expelled the envoys.",
    ['leadership leader=ivo-brandt org=norland'],
  ],
  ['[Norland|Country], led by its parliament, voted.', []],
  [
    'The [Department|GovernmentAgency] is also designating two of [Los Lobos|ArmedGroup]\'s leaders, [Omar Tesh|Person], also known as "[The Falcon|Person]," and [Ali Varga|Person], as SDGTs.',
    ['leadership leader=ali-varga org=los-lobos', 'leadership leader=omar-tesh org=los-lobos'],
  ],
];

describe("leadership: a country's ruling body, leaders listed with aliases", () => table('leadership', RULING_AND_LISTS));
describe('leadership: chairing, heading past a first predicate, a demonym before the head', () => table('leadership', VERBS));
describe('leadership: a relative clause with the leader as its subject', () => table('leadership', RELATIVE));
