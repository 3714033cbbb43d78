// Specification of actors read once and right (round 10): stated aliases join their actor, a title's portfolio and a
// demonym stay out of a person's name, speakers named in passing are persons, a capital that denies is its state, a
// people's name is no group's, a body's name runs through "and" to its bracketed acronym, and the words around a
// name (a lower-case title, a group's head, a list of places) type it. Rows are invented sentences.

import { describe, expect, it } from 'vitest';
import { checkMentions, named, resolve, type MentionRow } from '../../support/actorDoc.js';

/** [text, names that must be one entity, names that must be another entity's]. */
type AliasRow = [text: string, same: string[], apart?: string[]];

const aliases: AliasRow[] = [
  ['Dorvan Mesk, known in the camps as "Uncle Dorvo," has led the cell since 2019.', ['Dorvan Mesk', 'Uncle Dorvo']],
  ['The cell is run by Ilko Varanen, who goes by the name Abu Tariq al-Shimali.', ['Ilko Varanen', 'Abu Tariq al-Shimali']],
  ['The front was founded by Pavel Ruzin, a former soldier from Kharkiv who goes by the nom de guerre "Grey Wolf".', ['Pavel Ruzin', 'Grey Wolf']],
  ['The brigade is commanded by Tomas Arvelo Quintero, better known by his nom de guerre Tigre Negro.', ['Tomas Arvelo Quintero', 'Tigre Negro']],
  // "X, or Y": a pair of a body's names, either of them typed by its words.
  ['Kavra funds Sarvenya, or Rebirth, the party that has run the assembly since 2005. Rebirth won again.', ['Sarvenya', 'Rebirth']],
  ['Liwa al-Nasr, or the "Victory Brigade," first appeared in 2016.', ['Liwa al-Nasr', 'Victory Brigade']],
  ['The Kel Adrar Front, also known as Tamort Adrar, attacked the convoy.', ['Kel Adrar Front', 'Tamort Adrar']],
  // An earlier name is another entity's (a succession), and a list's last name is no alias.
  ['The Zorvan Front, formerly known as the Kel Tamasheq Movement, attacked Gao.', ['Zorvan Front'], ['Kel Tamasheq Movement']],
  ['Fighters of Hamas, Hezbollah, or Islamic Jihad were seen near the border.', ['Hamas'], ['Hezbollah', 'Islamic Jihad']],
];

const persons: MentionRow[] = [
  ['Acting Commissioner of Police Varun Dessai said the curfew would hold.', { 'Varun Dessai': 'Person' }, ['Police Varun Dessai', 'Police']],
  ['"This is an abduction," Deputy Prime Minister for Reintegration Olga Tamberu told reporters.', { 'Olga Tamberu': 'Person' }, ['Reintegration Olga Tamberu']],
  ['Korva Superintendent of Police Ravi Menon said three men were held.', { 'Ravi Menon': 'Person' }, ['Korva Superintendent of Police Ravi Menon']],
  ['The group tried to kill former Grand Mufti Salim Haddad in Cairo.', { 'Salim Haddad': 'Person' }, ['Grand Mufti Salim Haddad']],
  ['Its first commander, the Algerian Karim Bel Hadj, was killed in 2015.', { 'Karim Bel Hadj': 'Person' }, ['Algerian Karim Bel Hadj']],
  // An office with no holder named is no person.
  ['The brigades answer to Tehran rather than to the Iraqi Prime Minister.', {}, ['Iraqi Prime Minister', 'Prime Minister']],
  // A demonym before a group's name stays the group's.
  ['The Syrian Democratic Forces said the attack failed.', { 'Syrian Democratic Forces': 'ArmedGroup' }],
];

const speakers: MentionRow[] = [
  ['A protester, who gave her name as Selam, told AFP the troops fired.', { Selam: 'Person' }],
  ['Said one of them, a teacher who gave only his first name, Dawit: "We fled."', { Dawit: 'Person' }],
  ['A farmer identified only as Kebede said the troops fired.', { Kebede: 'Person' }],
  ['Bolivian prosecutors say the clan laundered money.', { 'Bolivian prosecutors': 'CollectiveActor' }],
  ['The men, whom prosecutors accuse of murder, were held.', { prosecutors: 'CollectiveActor' }],
  // A year that closes an opening time phrase is no count of the people after it.
  ['In April 2024, gunmen looted three banks in Ruma.', { gunmen: 'CollectiveActor' }, ['2024, gunmen']],
  ['More than 1,200 residents fled the town.', { 'More than 1,200 residents': 'CollectiveActor' }],
];

const kinds: MentionRow[] = [
  ['Dakar accused the Gambian government of arming the rebels, a charge Banjul always denied.', { Banjul: 'Country' }],
  ['The talks were held in Banjul on Monday.', { Banjul: 'City' }],
  ['It is the armed wing of the Movement for Justice and Progress (MJP), an opposition party.', { 'Movement for Justice and Progress': 'ArmedGroup' }, ['Movement for Justice', 'Progress']],
  ['Kigali is accused of backing the FDLR, a Hutu militia founded in 2000.', { FDLR: 'ArmedGroup' }, ['Hutu']],
  ['A drone strike hit a market in Ethiopia\'s northern Amhara region on Sunday.', { 'Amhara region': 'Region' }],
  ['More than 6,000 people crossed the border, the U.N. refugee agency said.', { 'U.N. refugee agency': 'InternationalOrganization' }],
  ['Soldiers of the Trinidad and Tobago Defence Force (TTDF) were deployed in Laventille.', { 'Trinidad and Tobago Defence Force': 'MilitaryForce' }, ['Trinidad']],
  ['Former Valdor Srpska president Milan Kovac told the crowd to go home.', { 'Valdor Srpska': 'Place', 'Milan Kovac': 'Person' }, ['Former Valdor Srpska']],
  ['The gang controls dozens of communities in Rio de Janeiro.', { 'Rio de Janeiro': 'City' }],
  ['Police said the violence pitted the Marlo City network against its rivals.', { 'Marlo City': 'ArmedGroup' }],
  ['Congress ratified a state of siege in the departments of Guatemala and Tarvessa.', { Tarvessa: 'Place' }],
  ['He is wanted for crimes in Cameroon, Norwegian prosecutors said.', { 'Norwegian prosecutors': 'CollectiveActor' }, ['Cameroon, Norwegian prosecutors']],
  ['Nagorno-Karabakh, Armenian and Azerbaijani forces clashed.', { 'Azerbaijani forces': 'MilitaryForce' }],
];

describe('stated aliases are one actor', () => {
  it.each(aliases)('%s', (text, same, apart = []) => {
    const doc = resolve(text);
    const first = named(doc, same[0]!);
    expect(first, same[0]).toBeDefined();
    for (const n of same.slice(1)) expect(named(doc, n), n).toBe(first);
    for (const n of apart) expect(named(doc, n), n).not.toBe(first);
  });
});

describe('a person named after a title or a demonym', () => {
  it.each(persons)('%s', (...row) => checkMentions(row));
});

describe('speakers named in passing', () => {
  it.each(speakers)('%s', (...row) => checkMentions(row));

  it.each([
    ['Lemma Tessfay leads the council. Lemma, now a federal minister, told AFP the port must reopen.', true],
    // A given name two people of the article share stands for neither.
    ['Lemma Tessfay and Lemma Girma lead the council. Lemma told AFP the port must reopen.', false],
  ] as const)('a given name alone is its one full name: %s', (text, joined) => {
    const doc = resolve(text);
    const short = doc.mentions.find((m) => m.text === 'Lemma');
    expect(short !== undefined && short.entity === named(doc, 'Lemma Tessfay')?.key).toBe(joined);
  });
});

describe('names typed by the words around them', () => {
  it.each(kinds)('%s', (...row) => checkMentions(row));

  it('the U.N. refugee agency is the lexicon body, UNHCR, not a sub-body of the United Nations', () => {
    const doc = resolve('The U.N. refugee agency said on Monday that UNHCR staff were safe.');
    expect(named(doc, 'U.N. refugee agency')).toBe(named(doc, 'UNHCR'));
  });
});
