// Round 9 roles: the office a verb of heading gives ("P, who heads X" is X's head, "X, co-chaired by A and B"), unless
// the text gives the person a title of its own; a counterpart's office ("his Pakistani counterpart, P" holds the office
// of the one named before, in the demonym's country); a title in a second predicate ("founded the company and remains
// its managing director"); a country's chief of defence forces. Negatives: a verb of heading beside a title, a counterpart
// with no titled person before, a second predicate after another person.

import { describe } from 'vitest';
import { table, type Case } from './readFacts.js';

const ROWS: Case[] = [
  // a verb of heading names the office
  ['General [Petar Marek|Person], who heads the army\'s [Third Division|MilitaryForce], told reporters the troops were attacked.', ['role org=third-division person=petar-marek [head]']],
  ['[Petar Marek|Person], who commands the [103rd Brigade|MilitaryForce], said the area was calm.', ['role org=103rd-brigade person=petar-marek [commander]']],
  ['The [Kurdish Union|Organization] is co-chaired by [Jan Sedl|Person] and [Ana Kolar|Person].', ['role org=kurdish-union person=ana-kolar [co-chair]', 'role org=kurdish-union person=jan-sedl [co-chair]']],
  ['The [Liberation Council|Organization], chaired by activist [Jan Sedl|Person], is an observer at the summit.', ['role org=liberation-council person=jan-sedl [chairman]']],
  // ... not where the person has a title of the text's own
  ['Prime Minister [Jan Sedl|Person], who heads the [Freedom Party|Organization], said the vote would go ahead.', ['role person=jan-sedl [prime minister]']],
  // second-in-command is an office of the lexicon (round 10): that office, and no head's office from the verb
  ['[Jan Sedl|Person] is the [Red Hand|ArmedGroup]\'s second-in-command and heads the [Black Wolves|ArmedGroup], its armed wing.', ['role org=red-hand person=jan-sedl [second-in-command]']],
  ['Former President [Jan Sedl|Person] lives in exile. [Jan Sedl|Person], who still heads the [Patriot Front|ArmedGroup], denied the charges.', ['role person=jan-sedl [president]']],
  ['[Jan Sedl|Person] heads to [Paris|City] for talks with the [Red Hand|ArmedGroup].', []],
  ['[Jan Sedl|Person] would head the [Liberation Council|Organization] if elected.', []],
  // a counterpart holds the office of the one before, in the demonym's country
  [
    'Iranian Foreign Minister [Petar Marek|Person] spoke with his Pakistani counterpart, [Jan Sedl|Person], and urged [Pakistan|Country] to act.',
    ['role org=pakistan person=jan-sedl [foreign minister]', 'role person=petar-marek [foreign minister]'],
  ],
  ['[Petar Marek|Person] spoke with his Pakistani counterpart, [Jan Sedl|Person], about [Pakistan|Country].', []],
  // a title in a second predicate of the person's clause
  [
    '[Jan Sedl|Person] founded the [Blue Horizon Shipping|Company] in 2019 and remains its managing director.',
    ['role org=blue-horizon-shipping person=jan-sedl [managing director]'],
  ],
  [
    '[Ana Kolar|Person], who co-founded the [Red Hand|ArmedGroup] and now serves as its chief spokesman, claimed the attacks.',
    ['role org=red-hand person=ana-kolar [spokesperson]'],
  ],
  ['[Jan Sedl|Person] joined the [Red Hand|ArmedGroup] in 2010 and became its commander in 2015.', ['role org=red-hand person=jan-sedl [commander]']],
  ['[Jan Sedl|Person] met [Ana Kolar|Person] in [Paris|City] and is the [Red Hand|ArmedGroup]\'s leader.', []],
  // a country's chief of defence forces
  [
    '[Uganda|Country]\'s Chief of Defence Forces, General [Petar Marek|Person], met reporters in [Bunia|City].',
    ['role org=uganda person=petar-marek [chief of defence forces]'],
  ],
];

describe('role, round 9: offices from verbs, counterparts and second predicates', () => table('role', ROWS));
