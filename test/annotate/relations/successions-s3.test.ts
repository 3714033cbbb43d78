// Successions told by a clause: a body that replaced or took over from another, a name held "until" a year, a renaming
// with two objects, members regrouping in a new body, a merger told past an appositive. Negative rows: persons, denials.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const REPLACEMENTS: Case[] = [
  [
    '[RUMIS|InternationalOrganization], which took over from the [Ruritania Transition Mission|InternationalOrganization] ([RTM|InternationalOrganization=ruritania-transition-mission]) in January, has 9,000 troops.',
    ['succession predecessor=ruritania-transition-mission successor=rumis'],
  ],
  [
    '[RTM|InternationalOrganization] itself replaced the [Ruritania Peace Mission|InternationalOrganization], or [RPM|InternationalOrganization=ruritania-peace-mission], in 2022.',
    ['succession predecessor=ruritania-peace-mission successor=rtm'],
  ],
  // troops take over from troops: a handover, no succession of organizations
  ['[Rebels|CollectiveActor] took over from [government troops|MilitaryForce] in the town.', []],
  // persons replace persons: no succession of organizations
  ['[Ana Moss|Person] replaced [Ivo Kral|Person] as head of the [Lark Fund|Organization] in May.', []],
  ['[RTM|InternationalOrganization] has not replaced the [Ruritania Peace Mission|InternationalOrganization].', []],
];

const NAMES: Case[] = [
  [
    '[Kastel Front|ArmedGroup], which was known until 2019 as [Red Hand|ArmedGroup], is a branch of [Ansar Nur|ArmedGroup].',
    ['succession predecessor=red-hand successor=kastel-front'],
  ],
  // a name split at "in" by an earlier stage: the acronym after it is the former name
  [
    '[KSP|ArmedGroup], which was known until 2022 as the [Islamic Vanguard|ArmedGroup] in the [Greater Delta|Region] ([IVGD|ArmedGroup]), claimed the attack.',
    ['succession predecessor=ivgd successor=ksp'],
  ],
  [
    'The junta renamed its [Supreme Council|GovernmentAgency] the [State Peace Commission|GovernmentAgency] last year.',
    ['succession predecessor=supreme-council successor=state-peace-commission'],
  ],
  [
    'After the court banned the [Harvest Party|Organization] in 2023, its members regrouped in the [Victory|Place] bloc.',
    ['succession predecessor=harvest-party successor=victory'],
  ],
  [
    'Remnants of the [Red Hand|ArmedGroup] reorganized as the [Dawn Front|ArmedGroup] in 2018.',
    ['succession predecessor=red-hand successor=dawn-front'],
  ],
  [
    '[Dawn Front|ArmedGroup], [Ansar Nur|ArmedGroup]\'s affiliate in the [Sahel|Region], was formed in 2017 when several groups merged, among them [Red Hand|ArmedGroup].',
    ['succession predecessor=red-hand successor=dawn-front'],
  ],
  // known under another name now and then, no succession told
  ['[Dawn Front|ArmedGroup], known to locals as the red men, claimed the attack.', []],
];

const MORE_FORMS: Case[] = [
  ['[Ansar Nur|ArmedGroup], which renamed itself [Red Hand|ArmedGroup] in 2016, attacked.', ['succession predecessor=ansar-nur successor=red-hand']],
  ['[Red Hand|ArmedGroup], which emerged from [Ansar Nur|ArmedGroup], attacked.', ['succession predecessor=ansar-nur successor=red-hand']],
  ['[Ansar Nur|ArmedGroup] was dissolved in 2019 and replaced by [Red Hand|ArmedGroup].', ['succession predecessor=ansar-nur successor=red-hand']],
  ['[Ansar Nur|ArmedGroup] became [Red Hand|ArmedGroup] in 2017.', ['succession predecessor=ansar-nur successor=red-hand']],
  ['[Red Hand|ArmedGroup], the group that replaced [Ansar Nur|ArmedGroup], attacked.', ['succession predecessor=ansar-nur successor=red-hand']],
  // an alias, an alliance and a person's office are no successions
  ['[Red Hand|ArmedGroup], also known as [Ansar Nur|ArmedGroup], attacked.', []],
  ['[Ansar Nur|ArmedGroup] became [Red Hand|ArmedGroup]\'s ally in 2017.', []],
  ['[Omar Bello|Person] became [Red Hand|ArmedGroup] leader in 2017.', []],
];

const PREDECESSORS: Case[] = [
  ['[Red Hand|ArmedGroup], the precursor of [Dawn Front|ArmedGroup], was banned in 2015.', ['succession predecessor=red-hand successor=dawn-front']],
  ['[Dawn Front|ArmedGroup]\'s predecessor, [Red Hand|ArmedGroup], was banned in 2015.', ['succession predecessor=red-hand successor=dawn-front']],
  ['[Red Hand|ArmedGroup]\'s successor organization, [Dawn Front|ArmedGroup], claimed the attack.', ['succession predecessor=red-hand successor=dawn-front']],
  // a person's predecessor in an office is no succession of organizations
  ['[Ana Moss|Person]\'s predecessor, [Ivo Kral|Person], resigned.', []],
];

describe('succession: predecessors and successors', () => table('succession', PREDECESSORS));
describe('succession: relative clauses, dissolutions, became', () => table('succession', MORE_FORMS));
describe('succession: replacements', () => table('succession', REPLACEMENTS));
describe('succession: names held until a date, renamings, regroupings', () => table('succession', NAMES));
