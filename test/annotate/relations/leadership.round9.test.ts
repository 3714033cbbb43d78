// Round 9 leaderships: ties the clause readers did not make. "P, under whom X became ..." and "under whose command X
// and Y ..."; a passive's second head given as the first's counterpart ("headed by A and his counterpart B"); a
// person's own party or group ("President P's X", "the X of Parliament Speaker P"); a country's chief of defence forces
// leads its armed forces. Negatives: a firm, a country or a ministry after a possessive, a compound ("P's X-backed"), the person after "under whom"
// with no body, a country's own chief when no force of it is named, hypothetical heads.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // under whom
  [
    'After [Ivo Drach|Person] was killed in 2007, control passed to his lieutenant, [Jan Sedl|Person], alias "Rasko," under whom the [Red Hand|ArmedGroup] became the main partner of the [Coast Cartel|ArmedGroup].',
    ['leadership leader=jan-sedl org=red-hand'],
  ],
  [
    'The [Red Hand|ArmedGroup] answers to [Jan Sedl|Person], under whose command the [Black Wolves|ArmedGroup] and the [Iron Guard|ArmedGroup] have carried out attacks.',
    ['leadership leader=jan-sedl org=black-wolves', 'leadership leader=jan-sedl org=iron-guard'],
  ],
  ['Residents fled to [Marn|City], under whose mayor [Jan Sedl|Person] the town was rebuilt.', []],
  ['The troops were sent to [Jan Sedl|Person], under whom they trained for a year.', []],
  // a counterpart coordinated with the leader a passive names
  [
    'The [Border Commission|Organization], headed by [Petar Marek|Person] and his counterpart [Jan Sedl|Person], met in [Ijevan|City].',
    ['leadership leader=jan-sedl org=border-commission', 'leadership leader=petar-marek org=border-commission'],
  ],
  [
    'The [Border Commission|Organization], headed by [Petar Marek|Person], met his counterpart [Jan Sedl|Person] in [Ijevan|City].',
    ['leadership leader=petar-marek org=border-commission'],
  ],
  // a person's own party or group
  [
    '[Jan Sedl|Person] fled after breaking with President [Ivo Drach|Person]\'s [Freedom Party|Organization] in 2013.',
    ['leadership leader=ivo-drach org=freedom-party'],
  ],
  [
    'The group has long been allied with the [Amal Front|Organization] of Parliament Speaker [Ivo Drach|Person], a go-between in talks.',
    ['leadership leader=ivo-drach org=amal-front'],
  ],
  ['[Ivo Drach|Person]\'s [Freedom Party|Organization]-backed militia marched in [Marn|City].', []],
  ['[Ivo Drach|Person]\'s [Marn Trading|Company] shipped drones to the rebels.', []],
  ['[Ivo Drach|Person]\'s [Brisk|Country] has no army.', []],
  ['[Ivo Drach|Person]\'s [Interior Ministry|GovernmentAgency] issued the order.', []],
  // a country's chief of defence forces leads its armed forces
  [
    'Last month, [Uganda|Country]\'s Chief of Defence Forces, General [Petar Marek|Person], met his Congolese counterpart in [Bunia|City]. The [Uganda People\'s Defence Forces|MilitaryForce] said the talks went well.',
    ['leadership leader=petar-marek org=uganda-peoples-defence-forces'],
  ],
  ['Last month, [Uganda|Country]\'s Chief of Defence Forces, General [Petar Marek|Person], met reporters in [Bunia|City].', []],
  [
    'Last month, [Uganda|Country]\'s former Chief of Defence Forces, General [Petar Marek|Person], met reporters. The [Uganda People\'s Defence Forces|MilitaryForce] said so.',
    [],
  ],
];

describe('leadership, round 9: ties around the clause readers', () => table('leadership', ROWS));
