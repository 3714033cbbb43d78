// Successions: an organization renamed, rebranded, grown out of or merged from others; the newer one is the successor.
// A person who succeeds another is no succession of organizations; a splinter ("split from") is one (lineage.ts).

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const RENAMINGS: Case[] = [
  [
    '[Nova Energy|Company], the Lusitanian energy company formerly known as [Lusa Petro|Company], said it would resume work.',
    ['succession predecessor=lusa-petro successor=nova-energy'],
  ],
  // the former name typed as a person by an earlier stage is still the organization's former name
  [
    '[OFAC|GovernmentAgency] also designated [Delta Fuels S.A.|Company], formerly known as [Gasolinera Sur|Person], a fuel distributor.',
    ['succession predecessor=gasolinera-sur successor=delta-fuels-s-a'],
  ],
  ['[Red Vanguard|ArmedGroup] rebranded itself as [Dawn Front|ArmedGroup] in 2017.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Red Vanguard|ArmedGroup] was renamed [Dawn Front|ArmedGroup] in 2017.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['In 2017 [Red Vanguard|ArmedGroup] changed its name to [Dawn Front|ArmedGroup].', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Dawn Front|ArmedGroup] (formerly [Red Vanguard|ArmedGroup]) claimed the attack.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Dawn Front|ArmedGroup], previously called [Red Vanguard|ArmedGroup], claimed the attack.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Red Vanguard|ArmedGroup], now known as [Dawn Front|ArmedGroup], claimed the attack.', ['succession predecessor=red-vanguard successor=dawn-front']],
];

const GROWTHS: Case[] = [
  ['[Dawn Front|ArmedGroup] grew out of [Red Vanguard|ArmedGroup].', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Dawn Front|ArmedGroup] evolved from the original group, [Red Vanguard|ArmedGroup].', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Dawn Front|ArmedGroup], the successor to [Red Vanguard|ArmedGroup], claimed the attack.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Dawn Front|ArmedGroup] is the successor organization of [Red Vanguard|ArmedGroup].', ['succession predecessor=red-vanguard successor=dawn-front']],
  // every predecessor of a merger, whatever the spelling of the middle one
  [
    '[Dawn Front|ArmedGroup] was formed in 2017 through the merger of [Ansar Nur|ArmedGroup], [al-Murabitin|ArmedGroup] and the [Delta Liberation Front|ArmedGroup].',
    [
      'succession predecessor=al-murabitin successor=dawn-front',
      'succession predecessor=ansar-nur successor=dawn-front',
      'succession predecessor=delta-liberation-front successor=dawn-front',
    ],
  ],
  [
    '[Ansar Nur|ArmedGroup] and [Red Vanguard|ArmedGroup] merged in 2017 to form [Dawn Front|ArmedGroup].',
    ['succession predecessor=ansar-nur successor=dawn-front', 'succession predecessor=red-vanguard successor=dawn-front'],
  ],
  ['[Red Vanguard|ArmedGroup] merged into [Dawn Front|ArmedGroup] in 2019.', ['succession predecessor=red-vanguard successor=dawn-front']],
  [
    'The ruling coalition held power until [Ana Ruiz|Person] merged it into her new [Unity Party|PoliticalParty] in 2019.',
    [],
  ],
  [
    'The [Old Alliance|Organization] ruled for decades until [Ana Ruiz|Person] merged it into her new [Unity Party|PoliticalParty] in 2019.',
    ['succession predecessor=old-alliance successor=unity-party'],
  ],
];

const NOTHING: Case[] = [
  // a splinter is the successor of the body it left (GUIDE; blind annotators mark it so)
  ['[Dawn Front|ArmedGroup] split from [Red Vanguard|ArmedGroup] in 2016.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Dawn Front|ArmedGroup] broke away from [Red Vanguard|ArmedGroup] in 2016.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ['[Ana Ruiz|Person] succeeded [Omar Tesh|Person] as president.', []],
  ['[Dawn Front|ArmedGroup] was never known as [Red Vanguard|ArmedGroup].', []],
  ['[Red Vanguard|ArmedGroup] could merge into [Dawn Front|ArmedGroup] next year.', []],
  ['[Red Vanguard|ArmedGroup] plans to rebrand itself as [Dawn Front|ArmedGroup].', []],
  ['[Omar Tesh|Person], formerly known as [Abu Nur|Person], leads the group.', []],
  ['[Dawn Front|ArmedGroup] was formed as an alliance between [Red Vanguard|ArmedGroup] and [Ansar Nur|ArmedGroup].', []],
];

describe('successions: renamings', () => table('succession', RENAMINGS));
describe('successions: growth, succession and mergers', () => table('succession', GROWTHS));
describe('successions: splinters, persons, denials and plans', () => table('succession', NOTHING));

describe('successions: remnants', () =>
  table('succession', [
    ['[Dawn Front|ArmedGroup] emerged from the remnants of [Red Vanguard|ArmedGroup] in 2015.', ['succession predecessor=red-vanguard successor=dawn-front']],
  ]));
