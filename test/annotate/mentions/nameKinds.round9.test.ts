// Specification of names whose kind the words around them tell (round 9): appositions with a group's or a person's
// noun, a group's noun that introduces its name, shared and lower-case group heads, a lexicon body that a group
// head contradicts, names spelled out for their acronym, numbers and Arabic particles inside names, and a person
// "of" a body. Rows are invented sentences: surface → fine class, and surfaces that must not be mentions.

import { describe, expect, it } from 'vitest';
import { checkMentions, type MentionRow } from '../../support/actorDoc.js';

const check = checkMentions;
type Row = MentionRow;

const appositions: Row[] = [
  ['Varo Dressa heads Kalo Brooklyn, the federation\'s armed wing in the capital.', { 'Kalo Brooklyn': 'ArmedGroup', 'Varo Dressa': 'Person' }],
  ['Gunmen of Tesk Marin, a G7 gang that controls the port, fired on the bus.', { 'Tesk Marin': 'ArmedGroup' }],
  ['The Baro Hawks, one of dozens of local militias that fight under the banner of the front, claimed the attack.', { 'Baro Hawks': 'ArmedGroup' }],
  ['The group recruits through al-Sabil, a Kenyan network formerly known as the Youth Welfare Centre.', { 'al-Sabil': 'Organization' }],
  ['The cell was set up in 2012 by Korvan, a militant who pledged allegiance to the group. Korvan was killed in 2016.', { Korvan: 'Person' }],
  // A group's noun is no person's: "a militant group" types the name before it as a group.
  ['The attack was claimed by Dravo, a militant group based in the hills.', { Dravo: 'ArmedGroup' }],
];

const introduced: Row[] = [
  ['The group spoke through its propaganda arm, Al-Rasid, on Tuesday.', { 'Al-Rasid': 'MediaOutlet' }],
  ['It split in 1990, and one breakaway faction, ORF-Congress, later faded.', { 'ORF-Congress': 'ArmedGroup' }],
  ['The factions formed a coalition known as Nueva Aurora that has fought the cartel since 2020.', { 'Nueva Aurora': 'Organization' }],
  ['The guerrillas founded a party, which later changed its name to Solidaridad.', { Solidaridad: 'Organization' }],
  // A group's noun closing a clause before a speaker is no apposition.
  ['After the attack on the group, Marta Ilves said the talks were over.', { 'Marta Ilves': 'Person' }],
];

const heads: Row[] = [
  ['The protesters, many of them from the Tarwa and Kelmi tribes, marched on the capital.', { Tarwa: 'Organization', Kelmi: 'Organization' }],
  ['Police arrested seven members of its Marapo cell on Tuesday.', { 'Marapo cell': 'ArmedGroup' }, ['Marapo']],
  ['The money went to the Aurora bloc, which the exiled tycoon launched in 2024.', { Aurora: 'Organization' }],
  ['The group is run by the Varga Lisko clan, its founders say.', { 'Varga Lisko clan': 'Organization' }],
  ['Fighters of the Kashmir Tigers attacked a patrol.', { 'Kashmir Tigers': 'ArmedGroup' }],
  ['Tarvia\'s Border Troops returned fire.', { 'Border Troops': 'Organization' }],
  // "clan militias": the clan word modifies the noun after it; it heads nothing.
  ['Local clan militias fought alongside government troops.', {}, ['Local']],
];

const lexiconVersusHead: Row[] = [
  // A lexicon body (the Group of Seven) whose letters a gang shares: the head noun after the name decides.
  ['Members of Barrio 18 and the G7 gang alliance clashed in the capital.', { 'Barrio 18': 'ArmedGroup', G7: 'ArmedGroup' }, ['Barrio']],
  ['Leaders of the G7 met in Rome.', { G7: 'InternationalOrganization' }],
  ['Fighters from Harakat ul-Mujahideen crossed the border.', { 'Harakat ul-Mujahideen': 'ArmedGroup' }, ['Harakat']],
  ['Peacekeepers of the UN Interim Force in Lebanon patrolled the border.', { 'UN Interim Force in Lebanon': 'InternationalOrganization' }],
];

const spelledOut: Row[] = [
  ['Leaders of the Alliance for Renewal in Western Valdonia (ARV) signed the deal.', { 'Alliance for Renewal in Western Valdonia': 'InternationalOrganization' }, ['Western Valdonia']],
  ['An analyst at the Institute for Policy Analysis of Conflict (IPAC) said cells remained.', { 'Institute for Policy Analysis of Conflict': 'Organization' }, ['Institute for Policy']],
  ['The Islamic State Sahel Province (ISSP) is active in the border area.', { 'Islamic State Sahel Province': 'ArmedGroup' }, ['The Islamic State Sahel Province']],
  // The words before "in" already spell the acronym: the place after "in" stays a place of its own.
  ['The Varnian Defence Ministry in Tarsa (VDM) denied the report.', {}, ['Varnian Defence Ministry in Tarsa']],
];

const personOf: Row[] = [
  ['First Minister Lena Orvik of Sinn Féin condemned the attack.', { 'Lena Orvik': 'Person', 'Sinn Féin': 'Organization' }, ["Lena Orvik of Sinn Féin"]],
  ['Commander Ali Varsan of the Popular Liberation Front spoke.', { 'Ali Varsan': 'Person', 'Popular Liberation Front': 'ArmedGroup' }],
  // A person "of" a country is not split off: the country names no body.
  ['Bank of Tarsa officials met.', {}, ['Bank']],
];

const noNames: Row[] = [
  ['Two AK-47 rifles were seized at the checkpoint.', {}, ['Two AK-47', 'Two']],
  ['Detective Chief Superintendent Mara Quell said the attack was planned.', { 'Mara Quell': 'Person' }, ['Detective', 'Detective Chief Superintendent Mara Quell']],
  ['Federal Home Minister Arun Velan set a deadline.', { 'Arun Velan': 'Person' }, ['Federal Home']],
  ['The Maoist rebels ambushed a patrol.', {}, ['Maoist']],
];

describe('mentions: number words, police ranks and adjectives name no one', () => {
  for (const row of noNames) it(row[0], () => check(row));
});

describe('mentions: appositions type the name they follow', () => {
  for (const row of appositions) it(row[0], () => check(row));
});

describe("mentions: a group's noun introduces its name", () => {
  for (const row of introduced) it(row[0], () => check(row));
});

describe('mentions: shared and lower-case group heads', () => {
  for (const row of heads) it(row[0], () => check(row));
});

describe('mentions: a head noun decides over a lexicon name of another kind', () => {
  for (const row of lexiconVersusHead) it(row[0], () => check(row));
});

describe('mentions: a name spelled out for its bracketed acronym is one name', () => {
  for (const row of spelledOut) it(row[0], () => check(row));
});

describe('mentions: a person "of" a body is two names', () => {
  for (const row of personOf) it(row[0], () => check(row));
});
