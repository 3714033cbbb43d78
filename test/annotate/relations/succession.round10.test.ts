// Round 10 successions: a body set up "replacing" an older one, a split told through the defectors who founded the new
// body in a description ("X, a jihadist outfit formed by defectors from the banned Y"), a dated emergence ("emerged in
// June 2015 out of the remnants of Y"), and a relative after an agent that tells of the described body ("X, a force
// controlled by M that took over Y's operations"). Negatives: the agent is no successor, a person replaced, a plan.
// Invented names.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const NEW = '[Valley Civil Police|GovernmentAgency]';
const OLD = '[Valley National Police|GovernmentAgency]';
const JN = '[Jamaat Noor|ArmedGroup]';
const HJF = '[Harkat Jihad Front|ArmedGroup]';

const REPLACING: Case[] = [
  [`The ${NEW} was created in 1997, replacing the old ${OLD}, which was disbanded in 1996.`, ['succession predecessor=valley-national-police successor=valley-civil-police']],
  [`The ${NEW} was set up in 1997, superseding the ${OLD}.`, ['succession predecessor=valley-national-police successor=valley-civil-police']],
  // a person replaced is no lineage; a body founded beside another replaces nothing
  [`The ${NEW} was created in 1997, replacing [Omar Tesh|Person] as the main force.`, []],
  [`The ${NEW} was created in 1997, alongside the ${OLD}.`, []],
];

const SPLIT_FOUNDED: Case[] = [
  [`Police raided ${JN}, a jihadist outfit formed in 2017 by defectors from the banned ${HJF}.`, ['succession predecessor=harkat-jihad-front successor=jamaat-noor']],
  [`${JN}, a cell founded by dissidents of the ${HJF}, claimed the attack.`, ['succession predecessor=harkat-jihad-front successor=jamaat-noor']],
  [`${JN}, a jihadist outfit formed in 2017 by [Omar Tesh|Person], claimed the attack.`, []],
];

const DATED_EMERGENCE: Case[] = [
  [`The ${JN} emerged in June 2015 out of the remnants of the ${HJF}.`, ['succession predecessor=harkat-jihad-front successor=jamaat-noor']],
  [`The ${JN} emerged in 2015 as a rival of the ${HJF}.`, []],
];

const RELATIVE_AFTER_AGENT: Case[] = [
  [
    `Russian fighters belong to the [Valley Legion|ArmedGroup], a force controlled by the [Defence Ministry|GovernmentAgency] that took over the [Wagner Group|Company]'s operations in 2024.`,
    ['succession predecessor=wagner-group successor=valley-legion'],
  ],
  [`The [Defence Ministry|GovernmentAgency] took over the [Wagner Group|Company]'s operations in 2024.`, ['succession predecessor=wagner-group successor=defence-ministry']],
];

describe('succession, round 10: set up replacing an older body', () => table('succession', REPLACING));
describe('succession, round 10: founded by defectors from the older body', () => table('succession', SPLIT_FOUNDED));
describe('succession, round 10: a dated emergence', () => table('succession', DATED_EMERGENCE));
describe('succession, round 10: a relative after an agent tells of the described body', () => table('succession', RELATIVE_AFTER_AGENT));
