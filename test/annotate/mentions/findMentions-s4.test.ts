// Specification of the mention families that failed on the spent sixteen (session 4): body names that end in a head
// word the lexicon lacked, a person's short name in a place-like or list context, a short name defined in brackets,
// a portfolio or rank qualifier before a title, a month abbreviation in a dateline, peoples' adjectives before a noun,
// and a capital that owns an ally, a demand or a stance. Rows are invented sentences: surface → fine class, and
// surfaces that must not be mentions.

import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument, EntityClass } from '../../../src/annotate/document.js';
import { mentionsOf } from '../../support/actorDoc.js';

function found(doc: AnnotatedDocument): Map<string, EntityClass> {
  return new Map(doc.mentions.map((m) => [m.text, m.cls]));
}

type Row = [text: string, expected: Record<string, EntityClass>, absent?: string[]];

const heads: Row[] = [
  ['The Valdonian Orthodox Church condemned the raid.', { 'Valdonian Orthodox Church': 'Organization' }],
  ['Gunmen from the Kessel Republican Guards and the Tamar Squad attacked a convoy.', { 'Kessel Republican Guards': 'ArmedGroup', 'Tamar Squad': 'ArmedGroup' }],
  ['Ordo Maris Transport and Bellwin General Supplies were listed on Tuesday.', { 'Ordo Maris Transport': 'Company', 'Bellwin General Supplies': 'Company' }, ['Supplies', 'Bellwin']],
  ['Analysts at Dunmore Risk Advisory said the group had grown.', { 'Dunmore Risk Advisory': 'Company' }, ['Risk Advisory']],
  ['The prisoner escaped from the Coastal Penitentiary in Varno.', { 'Coastal Penitentiary': 'Facility' }],
  ['Orlan Trading and Import Company shipped the parts.', { 'Orlan Trading and Import Company': 'Company' }, ['Import Company']],
  ['His deputy still commands the Ardal Liberation Front, also known as Katiba Ardal.', { 'Katiba Ardal': 'ArmedGroup' }],
  ['Karim Doss, a researcher at the Tessaly Institute, disagreed.', { 'Tessaly Institute': 'Organization', 'Karim Doss': 'Person' }],
];

const longNames: Row[] = [
  ['Councils of the Autonomous Administration of North and East Varnia organised the convoy.', { 'Autonomous Administration of North and East Varnia': 'GovernmentAgency' }, ['East Varnia']],
  ['The group was known as the Islamic State in the Lower Orvo until 2022.', { 'Islamic State in the Lower Orvo': 'ArmedGroup' }, ['Lower Orvo', 'Islamic State']],
  ['The militia reports to the Ministry of Interior of the Tarsa-based Government of National Accord.', { 'Ministry of Interior': 'GovernmentAgency', Tarsa: 'Place', 'Government of National Accord': 'Government' }],
  ['The killing in Tarsa of Omar Belkadi sparked clashes.', { 'Omar Belkadi': 'Person' }, ['Tarsa of Omar Belkadi']],
  ['Fighting between North and South Korea resumed.', { 'South Korea': 'Country' }, ['North and South Korea']],
];

const shortNames: Row[] = [
  ["Ivo Marek Tand was detained. Police entered Tand's house at dawn.", { Tand: 'Person' }],
  ['The faction is led by Osman Garad. A splinter loyal to Garad rejected the deal.', { Garad: 'Person' }],
  ['Prosecutors charged Luis Andrés Ferro Vidal. The Treasury sanctioned Los Halcones and Ferro in May.', { Ferro: 'Person' }],
  ['The talks were hosted by Mohd Zarif Hakim. "We are hopeful," Zarif said.', { Zarif: 'Person' }],
  ['Kesh Holdings Group (Kesh) was listed. Payments flowed to Kesh in 2023.', { Kesh: 'Company' }],
];

const furniture: Row[] = [
  ["Norland's First Vice President Aldo Kerr was detained.", { 'Aldo Kerr': 'Person' }, ['First']],
  ['"Nobody will escape," Information Minister Pell Oduya told reporters.', { 'Pell Oduya': 'Person' }, ['Information']],
  ['Interior Minister Sami Rhee resigned.', { 'Sami Rhee': 'Person' }, ['Interior']],
  ['TARVO, Norland, Oct 16 (Reuters) - Drones struck a convoy.', {}, ['Oct']],
  ['The group protects the mainly Muslim Fulani herders of the north.', {}, ['Muslim Fulani']],
  ['Its leader, the Malian Tuareg militant Ag Bakar, founded it.', {}, ['Malian Tuareg']],
  ['The SDF, an alliance of Kurdish, Arab and Syriac fighters, held the dam.', {}, ['Syriac']],
];

const places: Row[] = [
  ['Jets bombed rebel positions around Tarvik and Oskel.', { Tarvik: 'Place', Oskel: 'Place' }],
  ['Commanders in Belmora, Tashin and Ruvel formed a new movement.', { Belmora: 'Place', Tashin: 'Place', Ruvel: 'Place' }],
  ['Residents of Dorvi, in the north, said the gunmen left at dawn.', { Dorvi: 'Place' }],
  ['The rebels attacked an army post in the highlands of Kesh on Wednesday.', { Kesh: 'Place' }],
  ['The army seized full control of Upper Morvan in 2023.', { 'Upper Morvan': 'Region' }],
  ['The M23 rebels seized the North Kivu capital, Tashir, in January.', { Tashir: 'City' }],
  ["The militants operate in Valdonia's Oru and Kesse states.", { Oru: 'Region', Kesse: 'Region' }],
  ['Gunmen attacked tourists in Indian-administered Varsh and Kashmir.', {}, ['Varsh']],
];

const capitals: Row[] = [
  ['Reinforcements flown in from Ouagadougou on Monday retook the base.', { Ouagadougou: 'City' }],
  ["Armenia, long Moscow's closest ally in the region, froze its membership.", { Moscow: 'Country' }],
  ["The spokesman repeated Baku's demand that the text be changed.", { Baku: 'Country' }],
  ['Ankara regards the militia as a terrorist group.', { Ankara: 'Country' }],
  ["Protesters gathered in Moscow's main square.", { Moscow: 'City' }],
];

function check([text, expected, absent = []]: Row): void {
  const got = found(mentionsOf(text));
  for (const [surface, cls] of Object.entries(expected)) expect([surface, got.get(surface)]).toEqual([surface, cls]);
  for (const surface of absent) expect(got.has(surface), `"${surface}" must not be a mention`).toBe(false);
}

describe('mentions: body names by their head word', () => {
  for (const row of heads) it(row[0], () => check(row));
});

describe('mentions: long names with "and", "in the" and "of" inside', () => {
  for (const row of longNames) it(row[0], () => check(row));
});

describe("mentions: a person's or a body's short name", () => {
  for (const row of shortNames) it(row[0], () => check(row));
});

describe('mentions: words before a title, datelines and adjectives name no one', () => {
  for (const row of furniture) it(row[0], () => check(row));
});

describe('mentions: places named in lists and by what surrounds them', () => {
  for (const row of places) it(row[0], () => check(row));
});

describe('mentions: a capital that acts or owns is its state', () => {
  for (const row of capitals) it(row[0], () => check(row));
});
