// Specification of actors read once and right (round 10): stated aliases join their actor, a title's portfolio and a
// demonym stay out of a person's name, a capital that denies is its state, a people's name is no group's, and a body's
// name runs through "and" to its bracketed acronym. Rows are invented sentences.

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

const kinds: MentionRow[] = [
  ['Dakar accused the Gambian government of arming the rebels, a charge Banjul always denied.', { Banjul: 'Country' }],
  ['The talks were held in Banjul on Monday.', { Banjul: 'City' }],
  ['It is the armed wing of the Movement for Justice and Progress (MJP), an opposition party.', { 'Movement for Justice and Progress': 'ArmedGroup' }, ['Movement for Justice', 'Progress']],
  ['Kigali is accused of backing the FDLR, a Hutu militia founded in 2000.', { FDLR: 'ArmedGroup' }, ['Hutu']],
  ['A drone strike hit a market in Ethiopia\'s northern Amhara region on Sunday.', { 'Amhara region': 'Region' }],
  ['More than 6,000 people crossed the border, the U.N. refugee agency said.', { 'U.N. refugee agency': 'InternationalOrganization' }],
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

describe('names typed by the words around them', () => {
  it.each(kinds)('%s', (...row) => checkMentions(row));

  it('the U.N. refugee agency is the lexicon body, UNHCR, not a sub-body of the United Nations', () => {
    const doc = resolve('The U.N. refugee agency said on Monday that UNHCR staff were safe.');
    expect(named(doc, 'U.N. refugee agency')).toBe(named(doc, 'UNHCR'));
  });
});
