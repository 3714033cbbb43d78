// Specification of names that only their context tells to be groups or units (round 9): names with members or
// listed as organizations, owners of brigades and wings, numbered units and sites, furniture words closing a name,
// capitalized "Movement for ..." names, and the parts of armed groups the gold keeps ("Hezbollah's military wing")
// unless a name stands beside them. Rows are invented sentences: surface → fine class, and surfaces that must not be
// mentions.

import { describe, expect, it } from 'vitest';
import { checkMentions, type MentionRow } from '../../support/actorDoc.js';

const check = checkMentions;
type Row = MentionRow;

const groupContext: Row[] = [
  ['Police arrested three members of Dorak Velen on Tuesday.', { 'Dorak Velen': 'Organization' }],
  ['The State Department designated Kalvir Sanad as a Foreign Terrorist Organization in March 2021.', { 'Kalvir Sanad': 'Organization' }],
  ['Canada listed Velo Gang as a terrorist entity.', { 'Velo Gang': 'ArmedGroup' }],
  ['The UK proscribed Marul Brotherhood in 2020.', { 'Marul Brotherhood': 'Organization' }],
  ['The campaign drew members from Dorn\'s al-Harb Brigades.', { Dorn: 'Organization', 'al-Harb Brigades': 'ArmedGroup' }],
  // People stay people: supporters and loyalists follow a person, and "which" may hang on a group named before.
  ['Fighters loyal to Bram Tolvi seized the airport.', { 'Bram Tolvi': 'Person' }],
  ['The group is now led by his brother Jafar Tessa, which fights alongside the front.', { 'Jafar Tessa': 'Person' }],
  // A surname elsewhere in the article makes the owner of a unit a person.
  ["Khalifa Morran said that Morran's Brigades would not withdraw.", { Morran: 'Person' }],
];

const numbered: Row[] = [
  ['Officers from Unit 77, the counter-terror unit of the Norland Police, raided the house.', { 'Unit 77': 'MilitaryForce' }, ['Unit']],
  ['Residents of Camp 15 were evacuated.', { 'Camp 15': 'Facility' }],
  ['Three soldiers were killed at Tower 22 near the border.', { 'Tower 22': 'Facility' }],
  // A count after a head word is no part of its name.
  ['The Brigade 300 fighters were moved.', {}, ['Brigade 300']],
];

const closingWords: Row[] = [
  ['According to Deep South Watch, a monitoring group, 70 people died.', { 'Deep South Watch': 'Organization' }, ['Deep South']],
  ['The Kestrel Brigade and the Movement for Justice said they would attend.', { 'Movement for Justice': 'ArmedGroup' }, ['the Movement']],
];

const parts: Row[] = [
  ["Hezbollah's military wing and the Taliban's defence ministry issued statements.", { "Hezbollah's military wing": 'ArmedGroup', "Taliban's defence ministry": 'GovernmentAgency' }],
  ["Police raided a house used by the Kavari Front's armed cell in the camp.", { "Kavari Front's armed cell": 'ArmedGroup' }],
  // A part with its own name beside it, or predicated of a name, is that name.
  ["The Kavari Front's armed wing, the Osric Brigades, claimed the attack.", { 'Osric Brigades': 'ArmedGroup' }, ["Kavari Front's armed wing"]],
  ["The Osric Brigades is the Kavari Front's armed wing.", {}, ["Kavari Front's armed wing"]],
  ['Officers of the Detachment 88 counter-terrorism unit detained two men.', {}, ['Detachment 88 counter-terrorism unit']],
  // A country owns offices, not wings.
  ["Mali's armed wing was mentioned.", {}, ["Mali's armed wing"]],
];

describe('mentions: a name with members or listed as an organization is a group', () => {
  for (const row of groupContext) it(row[0], () => check(row));
});

describe('mentions: numbered units and sites', () => {
  for (const row of numbered) it(row[0], () => check(row));
});

describe('mentions: words that close a name', () => {
  for (const row of closingWords) it(row[0], () => check(row));
});

describe("mentions: an armed group's parts, unless named", () => {
  for (const row of parts) it(row[0], () => check(row));
});
