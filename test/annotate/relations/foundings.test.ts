// Foundings: who founded, launched, set up or started which organization, told actively, passively or in apposition.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const FOUNDINGS: Case[] = [
  ['The founder of [Dawn Front|ArmedGroup], [Omar Tesh|Person], was killed.', ['founding founder=omar-tesh org=dawn-front']],
  ['[Omar Tesh|Person], the founder of [Dawn Front|ArmedGroup], was killed.', ['founding founder=omar-tesh org=dawn-front']],
  ['[Dawn Front|ArmedGroup] founder [Omar Tesh|Person] was killed.', ['founding founder=omar-tesh org=dawn-front']],
  ['[Omar Tesh|Person] co-founded [Dawn Front|ArmedGroup] in 2009.', ['founding founder=omar-tesh org=dawn-front']],
  ['[Unity Party|PoliticalParty], founded in 2012 by billionaire [Ana Ruiz|Person], won the vote.', ['founding founder=ana-ruiz org=unity-party']],
  ['[Unity Party|PoliticalParty] was founded by [Ana Ruiz|Person] in 2012.', ['founding founder=ana-ruiz org=unity-party']],
  // a long description between "by" and the name
  [
    'The rebels belong to the [River Alliance|Organization] ([RA|Organization]), a political-military coalition launched in [Tarsa|City] in December by former election commission chief [Omar Tesh|Person].',
    ['founding founder=omar-tesh org=river-alliance'],
  ],
  // the organization typed as a person by an earlier stage: its description says it is a firm
  [
    '[Sol Realty|Person], a real-estate firm founded by Tarsa accountant [Ana Ruiz|Person] to hide cash, was also designated.',
    ['founding founder=ana-ruiz org=sol-realty'],
  ],
  ['The [Dawn Front|ArmedGroup], a militia set up by [Omar Tesh|Person] in 2014, holds the town.', ['founding founder=omar-tesh org=dawn-front']],
  ['[Omar Tesh|Person] established the [Dawn Front|ArmedGroup] in 2014.', ['founding founder=omar-tesh org=dawn-front']],
  ['In 2014 [Omar Tesh|Person] launched a new movement, the [Dawn Front|ArmedGroup].', ['founding founder=omar-tesh org=dawn-front']],
];

const NOTHING: Case[] = [
  ['[Omar Tesh|Person] did not found [Dawn Front|ArmedGroup].', []],
  ['[Omar Tesh|Person] plans to launch a new party, the [Dawn Front|ArmedGroup].', []],
  ['[Omar Tesh|Person] launched an attack on [Dawn Front|ArmedGroup].', []],
  ['[Dawn Front|ArmedGroup] launched a drone strike in 2014, [Omar Tesh|Person] said.', []],
];

describe('foundings', () => table('founding', FOUNDINGS));
describe('foundings: denied, planned or other launches', () => table('founding', NOTHING));

describe('foundings: one of several founders', () =>
  table('founding', [
    ['[Omar Tesh|Person], one of the founders of the [Dawn Front|ArmedGroup], was arrested.', ['founding founder=omar-tesh org=dawn-front']],
    ['[Omar Tesh|Person], who founded the [Dawn Front|ArmedGroup] in 2014, was arrested.', ['founding founder=omar-tesh org=dawn-front']],
  ]));
