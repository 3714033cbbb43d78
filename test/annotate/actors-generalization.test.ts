// Specification of actor recognition on constructions that failed on unseen articles: each row is a sentence of our
// own invention, the mentions it must yield as "surface → fine class", and surfaces it must not yield as mentions.

import { describe, expect, it } from 'vitest';
import type { EntityClass } from '../../src/annotate/document.js';
import { mentionsOf } from '../support/actorDoc.js';

type Row = [sentence: string, expected: Record<string, EntityClass>, absent?: string[]];

const families: Record<string, Row[]> = {
  'a capital that acts or is acted on is its country': [
    ['The plan would oblige Belgrade to stop blocking the talks.', { Belgrade: 'Country' }],
    ['The minister said Islamabad had again asked Kabul to stop the raids.', { Kabul: 'Country' }],
    ['The envoy called on Ankara to respect the border.', { Ankara: 'Country' }],
    ['Officials said Tehran had delivered drones to Moscow.', { Moscow: 'Country' }],
    ['The allies agreed new sanctions on Moscow last week.', { Moscow: 'Country' }],
    ['Ankara also accuses the militia of smuggling arms.', { Ankara: 'Country' }],
    ['Ren\'ai Reef is the name Beijing uses for the shoal.', { Beijing: 'Country' }],
    // A capital one goes to, or is in, stays a city.
    ['The two leaders last met in Brussels on Monday.', { Brussels: 'City' }],
    ['The delegation flew to Nairobi for the signing.', { Nairobi: 'City' }],
  ],
  'an organization named with a lowercase head or a noun before it': [
    ['Last month, gunmen from the Selim Okan Dogru group ambushed a convoy.', { 'Selim Okan Dogru': 'ArmedGroup' }],
    ['Gangs from the Vini Ansam coalition stormed the town.', { 'Vini Ansam': 'Organization' }],
    ['Rights group Tribuna Libre said 11 people were killed.', { 'Tribuna Libre': 'Organization' }, ['Rights']],
    ['The opposition Civic Platform rejected the result.', { 'Civic Platform': 'Organization' }],
    ['Rival gang Loup Noir moved into the district.', { 'Loup Noir': 'ArmedGroup' }],
  ],
  'an apposition types the name before it': [
    ['Nova Lista, the main Serb party in the region, pulled out of the talks.', { 'Nova Lista': 'Organization' }],
    ['Fuerte Sur, a coalition of local gangs, fought the cartel.', { 'Fuerte Sur': 'Organization' }],
    ['Gran Pik, a gang based in the hills, killed 20 people.', { 'Gran Pik': 'ArmedGroup' }],
    ['Marta Ivanova, a party member since 2010, resigned.', { 'Marta Ivanova': 'Person' }],
    ['Omar Haddad, a member of the group, was arrested.', { 'Omar Haddad': 'Person' }],
  ],
  'names opened by an organization word of another language': [
    ['Since last year, Grupo Tizon has fought the police.', { 'Grupo Tizon': 'Company' }],
    ['Investigators named Inmobiliaria Solano and Gasolinera Monte Azul.', { 'Inmobiliaria Solano': 'Company', 'Gasolinera Monte Azul': 'Company' }],
    ['The colonel told Radio Kivuli that the town was calm.', { 'Radio Kivuli': 'MediaOutlet' }],
    ['Frente Popular Unido won the vote.', { 'Frente Popular Unido': 'Organization' }],
    ['Cartel del Norte moved fuel across the border.', { 'Cartel del Norte': 'ArmedGroup' }],
  ],
  'a compass word opens a region, never a person': [
    ['The shelling hit a market in Sudan\'s North Kordala state on Thursday.', { 'North Kordala': 'Region' }],
    ['Aid reached West Marand after the truce.', { 'West Marand': 'Region' }],
    ['Northern Valeria has been cut off since May.', { 'Northern Valeria': 'Region' }],
  ],
  'a group\'s name before a place head is the group': [
    ['Fighters from the Islamic State Lake Province attacked the base.', { 'Islamic State Lake Province': 'ArmedGroup' }],
    ['The Islamic State Sahel Province claimed the raid.', { 'Islamic State Sahel Province': 'ArmedGroup' }],
    ['The Ogun Province is calm.', { 'Ogun Province': 'Region' }],
  ],
  'streets, shoals, islands and ships are places': [
    ['Demonstrators rallied on Marjani Avenue for a seventh night.', { 'Marjani Avenue': 'Place' }],
    ['Coast guard ships blocked boats near Tamsin Shoal.', { 'Tamsin Shoal': 'Place' }],
    ['Marines are stationed aboard the BRP Santa Lucia, a grounded warship.', { 'BRP Santa Lucia': 'Facility' }],
    ['The USS Harland entered the strait.', { 'USS Harland': 'Facility' }],
  ],
  'a collective noun before "of" is no part of the name': [
    ['PESHAWAR, Pakistan — Militants of the Tehrik-e-Nazar stormed a checkpoint.', {}, ['Militants of the Tehrik-e-Nazar']],
    ['Fighters of the Pakistani Taliban stormed a checkpoint.', { 'Pakistani Taliban': 'ArmedGroup' }, ['Fighters of the Pakistani Taliban']],
  ],
  'a title\'s portfolio words are not part of the person\'s name': [
    ['"We act today," said Under Secretary of the Treasury for Terrorism and Financial Intelligence Jane Q. Doerr.', { 'Jane Q. Doerr': 'Person' }, ['Financial Intelligence Jane Q. Doerr']],
  ],
  'a person named after a role noun stays a person in a list with companies': [
    ['OFAC designated Delta Fuel SA, run by cartel operative Mario Vela Ruiz, and Inmobiliaria Costa, a shell firm.', { 'Mario Vela Ruiz': 'Person', 'Inmobiliaria Costa': 'Company' }],
  ],
  'bodies of a state named in lowercase after its possessive, demonym or name': [
    ["Lebanon's health ministry said the strike killed two people.", { "Lebanon's health ministry": 'GovernmentAgency' }],
    ['The Lebanese interior ministry denied the report.', { 'Lebanese interior ministry': 'GovernmentAgency' }],
    ['A US embassy spokesman declined to comment.', { 'US embassy': 'GovernmentAgency' }],
    // "Sudan office" is a place's office, not a body of the state.
    ['The aid group closed its Sudan office.', { Sudan: 'Country' }, ['Sudan office']],
  ],
  'the police act even when nobody says whose': [
    ['Police said five people were detained.', { Police: 'CollectiveActor' }],
    ['The gunmen killed seven policemen at the checkpoint.', { policemen: 'CollectiveActor' }],
    // "police officer" names a person's job, not the police.
    ['District police officer Ali Varan said the attack lasted hours.', { 'Ali Varan': 'Person' }, ['District police', 'police']],
  ],
  'a lowercase compass word before a country names a region of it': [
    ['Tensions flared in northern Kosovo after the arrests.', { 'northern Kosovo': 'Region', Kosovo: 'Country' }],
    ["Jets struck positions in northern Iraq's Dahuk province.", { Iraq: 'Country' }, ["northern Iraq", "northern Iraq's"]],
  ],
  'numbered military units': [
    ['The 3rd Infantry Division moved north.', { '3rd Infantry Division': 'MilitaryForce' }],
    ["Gunmen attacked the base of the army's 149 Battalion.", { '149 Battalion': 'MilitaryForce' }],
    ['Some 12 Turkish soldiers were killed.', { 'Turkish soldiers': 'MilitaryForce' }, ['12 Turkish']],
  ],
  'companies whose names hold a rank word or an Arabic article': [
    ['Treasury named Al-Zorin General Trading Company and Blue Harbor Maritime LLC.', { 'Al-Zorin General Trading Company': 'Company', 'Blue Harbor Maritime LLC': 'Company' }, ['Al-Zorin']],
  ],
  'facilities named by a town and a lowercase head; groups that have forces': [
    ['A bomb hit Torva airport on Friday.', { 'Torva airport': 'Facility' }],
    ['Red Hand forces attacked the village.', { 'Red Hand': 'ArmedGroup' }],
    ['The village was attacked by forces loyal to Omar Ladin.', { 'Omar Ladin': 'Person' }],
  ],
  'the agency in a dateline': [
    ['PORTO, Valdonia (XPA) — The army said the town was calm.', { XPA: 'MediaOutlet' }],
  ],
  'places told by a lowercase head, a "based" compound, a "state of" or an event noun': [
    ['Ships carried the cargo to Olya, in the Astrakhan region.', { 'Astrakhan region': 'Region' }],
    ['The strikes on the Metina and Gara regions followed the ambush.', { Metina: 'Region', Gara: 'Region' }, ['Gara regions']],
    ["Turkey keeps outposts inside Iraq's Kurdistan region.", { 'Kurdistan region': 'Region' }],
    ['Work resumed on the Afungi peninsula this year.', { 'Afungi peninsula': 'Region' }],
    ['OFAC named a Tamaulipas-based fuel distributor.', { Tamaulipas: 'Place' }],
    ['It was the deadliest attack since the 2008 Mumbai attacks.', { Mumbai: 'Place' }],
    ['Cartels fought for control in the state of Michoacan.', { Michoacan: 'Place' }],
  ],
  'groups told by a plural apposition; bodies by a bare head word': [
    ['Colectivos, armed pro-government groups allied with the army, fired on crowds.', { Colectivos: 'ArmedGroup' }],
    ['BRUSSELS — The Council today adopted restrictive measures.', { Council: 'GovernmentAgency' }],
  ],
  'ethnic words after a country name, and languages, name nothing': [
    ['Srpska Nova, the main Kosovo Serb party, pulled out.', { 'Srpska Nova': 'Organization' }, ['Serb']],
    ['Viv Ansam, which means "Living Together" in Haitian Creole, was formed in 2023.', {}, ['Haitian Creole', 'Living Together']],
  ],
  'a date opens the name of a group founded that day; letter-and-number acronyms': [
    // An invented name: the lexicon knows the March 23 Movement (M23) as an armed group by itself.
    ['The April 9 Movement (A9) shelled the town.', { 'April 9 Movement': 'ArmedGroup', A9: 'Organization' }, ['9 Movement']],
    ['The March 23 Movement (M23) shelled the town.', { 'March 23 Movement': 'ArmedGroup', M23: 'ArmedGroup' }, ['23 Movement']],
    ['Ostland, Varnia and Tirel (the Q3) announced the step.', { Q3: 'Organization' }],
  ],
  'well-known bodies from the lexicon; mixed-case acronyms never match common words': [
    ['MONUSCO, the U.N. peacekeeping mission, said the town was calm, Lusa reported.', { MONUSCO: 'InternationalOrganization', Lusa: 'MediaOutlet' }],
    ['Intro line. “Let me be clear,” the envoy said.', {}, ['Let']],
  ],
  'collective actors that act in facts': [
    ['He was killed by a rival gang in 2022.', { 'rival gang': 'CollectiveActor' }],
    ['Dozens of his supporters gathered outside the station.', { supporters: 'CollectiveActor' }],
    ['Suspected militants fired on the post.', { 'Suspected militants': 'CollectiveActor' }],
    ['Tensions flared when ethnic Serbs put up barricades.', { 'ethnic Serbs': 'CollectiveActor' }],
    ['The war pitted Serbian forces against ethnic Albanian guerrillas.', { 'Albanian guerrillas': 'CollectiveActor' }],
    // What a named group is made of describes it; it is no actor of its own.
    ['Los Tigres, a coalition of local gangs, took the road.', {}, ['gangs', 'local gangs']],
  ],
  'a part of a city named by its compass side': [
    ["Strikes hit Beirut's southern suburbs overnight.", { "Beirut's southern suburbs": 'Place', Beirut: 'City' }],
  ],
};

describe('actor recognition generalizes over construction families', () => {
  for (const [family, rows] of Object.entries(families)) {
    describe(family, () => {
      it.each(rows)('%s', (sentence, expected, absent = []) => {
        const doc = mentionsOf(sentence);
        const got = new Map<string, EntityClass[]>();
        for (const m of doc.mentions) got.set(m.text, [...(got.get(m.text) ?? []), m.cls]);
        for (const [surface, cls] of Object.entries(expected)) expect(got.get(surface), surface).toContain(cls);
        for (const surface of absent) expect(got.has(surface), surface).toBe(false);
      });
    });
  }
});
