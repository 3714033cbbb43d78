// Specification of actor recognition and typing: each row is a sentence of our own and the mentions it must (and
// must not) yield, as "surface → fine class". Runs the real sentence, furniture, time and mentions stages.

import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument, EntityClass } from '../../src/annotate/document.js';
import { mentionsOf } from '../support/actorDoc.js';

function found(doc: AnnotatedDocument): Map<string, EntityClass> {
  return new Map(doc.mentions.map((m) => [m.text, m.cls]));
}

type Row = [sentence: string, expected: Record<string, EntityClass>, absent?: string[]];

const people: Row[] = [
  ['Brig. Gen. Dana Whitcombe, the army spokesperson, said the convoy was hit.', { 'Dana Whitcombe': 'Person' }, ['Brig. Gen. Dana Whitcombe', 'Brig', 'Gen']],
  ['U.N. Secretary-General Maria Ostrova condemned the raid.', { 'U.N.': 'InternationalOrganization', 'Maria Ostrova': 'Person' }, ['Secretary-General']],
  ['The talks were led by deputy foreign minister Tomas Revik and Ayesha bint Khalid al-Marri.', { 'Tomas Revik': 'Person', 'Ayesha bint Khalid al-Marri': 'Person' }],
  ['The militia is headed by Abu Bakr al-Qurashi, a former officer.', { 'Abu Bakr al-Qurashi': 'Person' }],
  ['Colombian President Elena Duarte met the envoy; Duarte later spoke to reporters.', { 'Elena Duarte': 'Person', Duarte: 'Person' }, ['Colombian']],
  ['Speaking in the capital, Okonkwo said the talks had failed.', { Okonkwo: 'Person' }],
  ['Deputy Mopti Governor Amadou Traore Kone told reporters that the road was closed.', { 'Amadou Traore Kone': 'Person', Mopti: 'Place' }],
  ['Sen. Carla J. Whitfield asked for a briefing.', { 'Carla J. Whitfield': 'Person' }],
  ['Attorney General Rosa Mendez Ortiz opened a case.', { 'Rosa Mendez Ortiz': 'Person' }, ['Attorney']],
  ['"We will act," said Deputy Secretary of the Treasury Ruth Okafor.', { 'Ruth Okafor': 'Person', Treasury: 'GovernmentAgency' }, ['Treasury Ruth Okafor']],
];

const organizations: Row[] = [
  ['The Ministry of Water Resources announced new rationing.', { 'Ministry of Water Resources': 'GovernmentAgency' }],
  ['Fighters of the Ansar al-Tawhid Front shelled the market.', { 'Ansar al-Tawhid Front': 'ArmedGroup' }],
  ['Jaysh al-Muhajirin claimed the attack on Tuesday.', { 'Jaysh al-Muhajirin': 'ArmedGroup' }, ['Tuesday']],
  ["Kata'ib Rijal al-Karama and Liwa al-Fatimiyun were listed.", { "Kata'ib Rijal al-Karama": 'ArmedGroup', 'Liwa al-Fatimiyun': 'ArmedGroup' }],
  ['The sanctions target Sahel Gold Mining SARL and Atlas Freight Logistics Ltd.', { 'Sahel Gold Mining SARL': 'Company', 'Atlas Freight Logistics Ltd.': 'Company' }],
  ['The Eastern Shield Task Force moved north.', { 'Eastern Shield Task Force': 'MilitaryForce' }],
  ['The Zambezi Broadcasting Corporation aired the speech, according to the Lusaka Times.', { 'Zambezi Broadcasting Corporation': 'Company', 'Lusaka Times': 'MediaOutlet' }],
  ['Officials at the Office of Maritime Security (OMS) declined to comment.', { 'Office of Maritime Security': 'GovernmentAgency', OMS: 'Organization' }],
  ['The Kenya Defence Forces said the base was secure.', { 'Kenya Defence Forces': 'MilitaryForce' }],
  ['The Chadian Defense Ministry denied the report.', { 'Chadian Defense Ministry': 'GovernmentAgency' }],
  ['Hizballah and the Taliban were mentioned, as was Daesh.', { Hizballah: 'ArmedGroup', Taliban: 'ArmedGroup', Daesh: 'ArmedGroup' }],
  [
    'The department is designating Saraya Awliya al-Dam, Ashab al-Kahf and Usbat al-Thaireen as Specially Designated Global Terrorists.',
    { 'Saraya Awliya al-Dam': 'ArmedGroup', 'Ashab al-Kahf': 'ArmedGroup', 'Usbat al-Thaireen': 'ArmedGroup' },
    ['Terrorists', 'Specially Designated Global Terrorists'],
  ],
  ['Officials blamed Ahl al-Haqq Ansar, a designated terrorist organization, and Mahmoud Rashidi, a financier.', { 'Ahl al-Haqq Ansar': 'ArmedGroup', 'Mahmoud Rashidi': 'Person' }],
  ["Hamid Saleh Yafai, the group's leader, vowed revenge.", { 'Hamid Saleh Yafai': 'Person' }],
  ['Police said the Red Dawn militia had fled.', { 'Red Dawn': 'ArmedGroup' }],
  ['Members of the Barrio de Oro gang and the Green Hope party were arrested.', { 'Barrio de Oro': 'ArmedGroup', 'Green Hope': 'Organization' }],
  ['Lt. Col. Amir Said, the Kasbah press secretary, spoke Friday on Chirp.', { Kasbah: 'Organization', Chirp: 'MediaOutlet', 'Amir Said': 'Person' }],
  ['A Dawnpost reporter saw the convoy, and the mayor told Kanal7 that it left; the minister said on Quickchat that it was over.', { Dawnpost: 'MediaOutlet', Kanal7: 'MediaOutlet', Quickchat: 'MediaOutlet' }],
  ['Funds moved through Sahara Logistics FZE and Al-Quds Bank.', { 'Sahara Logistics FZE': 'Company', 'Al-Quds Bank': 'Company' }],
  ["Jama'at Nusrat al-Ansar wal-Muslimin (JNAM) fighters attacked the camp.", { "Jama'at Nusrat al-Ansar wal-Muslimin": 'ArmedGroup', JNAM: 'Organization' }, ['JNAM) fighters']],
];

const countriesAndPlaces: Row[] = [
  ['Talks with Moscow stalled, but the delegation stayed in Moscow overnight.', { Moscow: 'Country' }],
  ['The U.S. and the Republic of Korea held drills near Busan.', { 'U.S.': 'Country', 'Republic of Korea': 'Country', Busan: 'Place' }],
  ['Troops entered the village of Kafr Nabl in Idlib province.', { 'Kafr Nabl': 'City', 'Idlib province': 'Region' }],
  ['Ships were attacked in the Arabian Sea and the Strait of Hormuz.', { 'Arabian Sea': 'WaterBody', 'Strait of Hormuz': 'WaterBody' }],
  ['Gunmen stormed Camp Lemonnier Air Base overnight.', { 'Camp Lemonnier Air Base': 'Facility' }],
  ['The fighting spread to the Al-Mansour District of the capital.', { 'Al-Mansour District': 'Region' }],
  // A plural head is shared by the names before it, so each name stands without it.
  ['Protests were held in the Hama and Homs governorates.', { Hama: 'Region', Homs: 'Region' }, ['Homs governorates']],
  ['Airstrikes hit Tal Rifaat and Ras al-Ain overnight, and shelling reached Deir Hafer.', { 'Tal Rifaat': 'Place', 'Ras al-Ain': 'Place', 'Deir Hafer': 'Place' }],
];

const collectives: Row[] = [
  ['Kenyan troops and Somali soldiers repelled the assault.', { 'Kenyan troops': 'MilitaryForce', 'Somali soldiers': 'MilitaryForce' }, ['Kenyan', 'Somali']],
  ['The Sudanese regime accused Chad of arming rebel groups.', { 'Sudanese regime': 'Government', 'rebel groups': 'CollectiveActor', Chad: 'Country' }],
  ['Turkey-backed militia groups clashed with Kurdish fighters.', { 'Turkey-backed militia groups': 'CollectiveActor', Turkey: 'Country' }],
  ["Iraq's military said the drone came from the east.", { "Iraq's military": 'MilitaryForce' }],
  ['Ethiopian officials met the envoy.', { 'Ethiopian officials': 'CollectiveActor' }],
  ['The town has hosted Belarusian mercenaries since 2022.', { 'Belarusian mercenaries': 'CollectiveActor' }, ['Belarusian']],
  ['Villagers fled as junta troops shelled the road.', { 'junta troops': 'CollectiveActor' }],
  ['Regime forces and mercenary fighters held the bridge.', { 'Regime forces': 'CollectiveActor', 'mercenary fighters': 'CollectiveActor' }],
  ['Government troops, fighting alongside local militias known as the Mai Yetu, held the road.', {}, ['militias']],
  ['Villagers said militias took the ridge.', { militias: 'CollectiveActor' }],
  ['Police detained more than 300 people on Friday.', { 'more than 300 people': 'CollectiveActor' }, ['300 people']],
  ['Hungarian police and Hungarian troops sealed the border.', { 'Hungarian police': 'GovernmentAgency', 'Hungarian troops': 'MilitaryForce' }],
  // The police act even when nobody says whose (an analyst lists them as an actor of the fact).
  ['Police said the road was shut.', { Police: 'CollectiveActor' }],
  ['The floods displaced tens of thousands of people.', { 'tens of thousands of people': 'CollectiveActor' }],
  ['The war began when Ruto sent troops into the north.', {}, ['Ruto sent troops']],
  ['Hungarian armed forces crossed the river.', { 'Hungarian armed forces': 'MilitaryForce' }],
];

// A force noun before another noun is an adjective: "military support" is no army, "military government" no force.
const adjectivalForces: Row[] = [
  ["The report tracks Peru's military support to its neighbour.", { Peru: 'Country' }, ["Peru's military"]],
  ["Chad's military government extended the curfew.", { "Chad's military government": 'Government' }, ["Chad's military"]],
  ['The military personnel were flown home.', {}, ['military']],
  ["Peru's military said the road was open.", { "Peru's military": 'MilitaryForce' }],
];

// Parts of a named organization told by a lower-case description after its name are bodies of their own.
const subBodies: Row[] = [
  ['The United Nations human rights office said two monitors were hurt.', { 'United Nations human rights office': 'InternationalOrganization' }],
  ['The AU commission met on Friday.', { 'AU commission': 'InternationalOrganization' }],
  ["Evidence was handed over, according to Japan's intelligence service.", { "Japan's intelligence service": 'GovernmentAgency', Japan: 'Country' }],
  ['The European Union mission left in May.', { 'European Union': 'InternationalOrganization' }, ['European Union mission']],
  ["Laos's state news agency KPL reported the launch.", { Laos: 'Country' }, ["Laos's state news agency"]],
  ['The Japan office of the charity closed.', { Japan: 'Country' }, ['Japan office']],
  ["Chad's army said the bridge was cut.", {}, ["Chad's army said"]],
];

const nonEntities: Row[] = [
  ['Meanwhile, the Executive Order took effect on Friday.', {}, ['Meanwhile', 'Executive Order', 'Friday']],
  ['Smoke rises over the city. Related article', {}, ['Smoke', 'Related']],
  ['Members of the Chadian national guard looked on.', {}, ['Members', 'Members of the Chadian']],
  ['By Ingrid Solheim and Tomas Ferreira', { 'Ingrid Solheim': 'Person', 'Tomas Ferreira': 'Person' }, ['By Ingrid Solheim']],
  ['Iron Dome intercepted most rockets, and HIMARS launchers were moved.', {}, ['Iron Dome', 'HIMARS']],
  ['The group was named a Foreign Terrorist Organization and a Specially Designated Global Terrorist.', {}, ['Foreign Terrorist Organization', 'Specially Designated Global Terrorist']],
  ['Today, the measure passed under the Immigration and Nationality Act.', {}, ['Today', 'Immigration and Nationality Act', 'Nationality Act']],
  ['PRESS RELEASE  The ministry named two firms.', {}, ['PRESS RELEASE']],
  ['The group was banned under the Public Order (Emergency) Act in 2019.', {}, ['Public Order']],
  ['Sawa Sawa, which means "Walking Forward" in Swahili, was formed in 2021.', {}, ['Walking Forward']],
  ['The drones and UAVs were seized, along with several IEDs.', {}, ['UAVs', 'IEDs']],
  ['Among them is Col. Reza Amini, Deputy Minister of Finance, who approved the payments.', { 'Reza Amini': 'Person' }, ['Finance']],
  ['The city was taken by the KLF, a Burundian Hutu militia.', { KLF: 'ArmedGroup' }, ['Burundian Hutu']],
  ["The Ombudsman's Office said it had received complaints.", {}, ['Office']],
  ['The talks were led by its High Representative for the Sahel, former Ghanaian President Kofi Mensah.', { 'Kofi Mensah': 'Person' }, ['High']],
];

// Names written in pieces: an ampersand joins them; a known name speaks ("Okonkwo said") as before.
const joinedNames: Row[] = [
  ['Figures come from the Conflict Monitoring & Research Network (CMRN).', { 'Conflict Monitoring & Research Network': 'MediaOutlet' }, ['Conflict Monitoring', 'Research Network']],
  ['Okafor said the road was open.', { Okafor: 'Person' }],
  ['The Donbas Platform of Displaced Families appealed for aid.', { 'Donbas Platform of Displaced Families': 'Organization' }, ['Donbas', 'Platform of Displaced Families']],
  ['Aleppo Director of Health Omar Safi spoke.', { Aleppo: 'Place' }, ['Aleppo Director of Health Omar Safi']],
  ["Officials named an al-Qa'ida affiliate.", { "al-Qa'ida": 'ArmedGroup' }],
  ['Rebels advanced on Kalemba, the capital of Upper Lomami province.', { Kalemba: 'City' }],
  ['Rebels advanced on Kalemba, which they shelled.', {}, ['Kalemba']],
  ['He told the state broadcaster Radiko on Monday that talks were over.', { Radiko: 'MediaOutlet' }],
  ['The toll rose to 90, according to the Border Violence Data Project.', { 'Border Violence Data Project': 'Organization' }],
  ['The convoy drove to the Upper Ruvu Valley overnight.', { 'Upper Ruvu Valley': 'Region' }],
  ['The Mosi Patriotic militia attacked the town.', { 'Mosi Patriotic': 'ArmedGroup' }],
];

function check([sentence, expected, absent = []]: Row): void {
  const got = found(mentionsOf(sentence));
  for (const [surface, cls] of Object.entries(expected)) expect([surface, got.get(surface)]).toEqual([surface, cls]);
  for (const surface of absent) expect(got.has(surface), `"${surface}" should not be a mention`).toBe(false);
}

describe('mentions: people with titles, ranks and particles', () => {
  it.each(people)('%s', (...row) => check(row));
});

describe('mentions: organizations by lexicon, head word and Arabic organization word', () => {
  it.each(organizations)('%s', (...row) => check(row));
});

describe('mentions: countries, capitals and places', () => {
  it.each(countriesAndPlaces)('%s', (...row) => check(row));
});

describe('mentions: unnamed collective actors', () => {
  it.each(collectives)('%s', (...row) => check(row));
});

describe('mentions: names in pieces', () => {
  it.each(joinedNames)('%s', (...row) => check(row));
});

describe('mentions: force nouns used as adjectives', () => {
  it.each(adjectivalForces)('%s', (...row) => check(row));
});

describe('mentions: bodies of a named organization', () => {
  it.each(subBodies)('%s', (...row) => check(row));
});

describe('mentions: capitalized words that name nothing', () => {
  it.each(nonEntities)('%s', (...row) => check(row));
});

describe('mentions: capitals', () => {
  it('reads a capital as its country when it acts, and then its every mention as the country', () => {
    const doc = mentionsOf('Talks with Moscow stalled, but the delegation stayed in Moscow overnight.');
    const moscow = doc.mentions.filter((m) => m.text === 'Moscow').map((m) => [m.cls, m.canonical]);
    expect(moscow).toEqual([
      ['Country', 'Russia'],
      ['Country', 'Russia'],
    ]);
  });
  it('reads a capital that is only a place as a city', () => {
    const doc = mentionsOf('The delegation stayed in Moscow overnight.');
    expect(doc.mentions.filter((m) => m.text === 'Moscow').map((m) => m.cls)).toEqual(['City']);
  });
});

describe('mentions: datelines', () => {
  it.each([
    ['NAIROBI — Police said on Monday that the suspects were held.', 'NAIROBI'],
    ['Kismayo, Somalia\n\nGunmen attacked a hotel on Friday.', 'Kismayo'],
    ['BUNIA, Democratic Republic of Congo — Gunmen attacked a camp on Friday.', 'BUNIA'],
  ])('%s', (text, place) => {
    const m = mentionsOf(text).mentions.find((x) => x.text === place);
    expect(m?.cls === 'City' || m?.cls === 'Place').toBe(true);
  });
});
