// Foundings: a group description that stands for the paragraph's subject, not the last group named; a body a person
// launched in a relative clause. Negative rows: a founder that is not a person, a description with no group before it.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const TOPIC: Case[] = [
  [
    '[Kastel Front|ArmedGroup] operates as an affiliate of [Ansar Nur|ArmedGroup]. [The group|ArmedGroup=kastel-front] was founded by [Omar Bello|Person], a preacher.',
    ['founding founder=omar-bello org=kastel-front'],
  ],
  [
    '[Los Leones|ArmedGroup] evolved from [Los Gatos|ArmedGroup], a prison gang. [Juan Ortega|Person] founded [the group|ArmedGroup=los-gatos] together with [Luis Mena|Person].',
    ['founding founder=juan-ortega org=los-leones', 'founding founder=luis-mena org=los-leones'],
  ],
  // the sentence before is about a government office: the description keeps its own reading
  [
    'The [Department of State|GovernmentAgency] designated [Ansar Nur|ArmedGroup]. [The group|ArmedGroup=ansar-nur] was founded by [Omar Bello|Person].',
    ['founding founder=omar-bello org=ansar-nur'],
  ],
];

const RELATIVE: Case[] = [
  [
    'Its members regrouped in the [Victory|Place] bloc, which [Ilya Sorin|Person] launched in [Moscow|City] in April 2024.',
    ['founding founder=ilya-sorin org=victory'],
  ],
  ['The [Harvest Party|Organization], which [Ilya Sorin|Person] founded in 2016, was banned.', ['founding founder=ilya-sorin org=harvest-party']],
  // a government sets a body up: the body is its founder (the guide's "set up by the Ministry of Defence"; round 10)
  ['The [Harvest Fund|Organization], which the [Government of Ruritania|Government] set up in 2016, was banned.', ['founding founder=government-of-ruritania org=harvest-fund']],
  ['The [Harvest Party|Organization], which [Ilya Sorin|Person] never founded, was banned.', []],
];

const TITLES: Case[] = [
  ['[Red Hand|ArmedGroup] founder and leader [Omar Bello|Person] was killed.', ['founding founder=omar-bello org=red-hand']],
  ['[Omar Bello|Person], [Red Hand|ArmedGroup]\'s founding leader, was killed.', ['founding founder=omar-bello org=red-hand']],
  [
    '[Omar Bello|Person] co-founded [Red Hand|ArmedGroup] with [Ali Suma|Person] in 2010.',
    ['founding founder=ali-suma org=red-hand', 'founding founder=omar-bello org=red-hand'],
  ],
  // a founding member of a coalition is a member, not its founder; money from a person founds nothing
  ['[Omar Bello|Person], a founding member of the [Delta Front|Organization], was killed.', []],
  ['[Omar Bello|Person] founded [Red Hand|ArmedGroup] with money from [Ali Suma|Person].', ['founding founder=omar-bello org=red-hand']],
];

describe('founding: titles and a co-founder', () => table('founding', TITLES));
describe('founding: a group description stands for the paragraph subject', () => table('founding', TOPIC));
describe('founding: a relative clause names the founder', () => table('founding', RELATIVE));
