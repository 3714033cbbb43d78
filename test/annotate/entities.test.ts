// Specification of entity resolution within an article: which surface forms become one entity (with its key,
// class and names) and which must stay apart. Sentences are our own; the real stages run up to entities.

import { describe, expect, it } from 'vitest';
import { acronymMatches } from '../../src/annotate/entities/acronymMatch.js';
import { named, resolve } from '../support/actorDoc.js';

type SameRow = [text: string, names: string[]];

const oneEntity: SameRow[] = [
  ['The Office of Maritime Security (OMS) issued a warning. OMS said ships should avoid the strait.', ['Office of Maritime Security', 'OMS']],
  ['Fighters of Jund al-Haqq al-Islami attacked the post. Officials blamed a group known as JHI for earlier raids.', ['Jund al-Haqq al-Islami', 'JHI']],
  ['The ministry designated Ansar al-Mahdi, commonly referred to as the Mahdists, as a terrorist group.', ['Ansar al-Mahdi', 'Mahdists']],
  ['Defense Minister Karim Haddadin arrived on Sunday. Haddadin met the envoy.', ['Karim Haddadin', 'Haddadin']],
  ['OFAC designated Kivu Minerals SARLU. Investigators traced payments to Kivu Minerals.', ['Kivu Minerals SARLU', 'Kivu Minerals']],
  ['Jabhat al-Nusra fighters withdrew; Jabhat al-Nusrah denied losses.', ['Jabhat al-Nusra', 'Jabhat al-Nusrah']],
  ['US forces struck a depot. The US military said American troops were unharmed, and U.S. service members returned.', ['US forces', 'US military', 'American troops', 'U.S. service members']],
  ['The Sudanese regime denied it. Critics of the Bashir government say the Sudanese government lies.', ['Sudanese regime', 'Bashir government', 'Sudanese government']],
  ['The US, the U.S. and America are one country.', ['US', 'U.S.', 'America']],
  ['Kenyan troops advanced. The Kenya Defence Forces said Kenyan soldiers held the town.', ['Kenyan troops', 'Kenya Defence Forces', 'Kenyan soldiers']],
  ['The Lake Chad Joint Task Force (LCJTF) moved north.', ['Lake Chad Joint Task Force', 'LCJTF']],
  ['Clashes were reported in Nagorno-Karabakh. Karabakh has been disputed for decades.', ['Nagorno-Karabakh', 'Karabakh']],
  ['Treasury named Samir Khalil al-Tikriti. Al-Tikriti moved the funds.', ['Samir Khalil al-Tikriti', 'Al-Tikriti']],
  ['The envoy met Ahmed Musa Karrar, known as Abu Layla, on Friday.', ['Ahmed Musa Karrar', 'Abu Layla']],
  ['The Federal Chadian Army held the bridge, and the Free Citizens Alliance (FCA) took the hills. FCA said it would stay.', ['Free Citizens Alliance', 'FCA']],
];

const apart: [text: string, a: string, b: string][] = [
  ['The Levant Front, formerly known as the Dawn Brigades, rejected the truce.', 'Levant Front', 'Dawn Brigades'],
  ['Syria was hit, and the Syrian regime blamed Syrian Army troops.', 'Syria', 'Syrian regime'],
  ['Syria was hit, and the Syrian regime blamed Syrian Army troops.', 'Syrian regime', 'Syrian Army'],
  ['Jordanian officials met Iraqi officials in Amman.', 'Jordanian officials', 'Iraqi officials'],
  ["President Ramon Valdez spoke, and Valdez's government expelled the envoys.", 'Ramon Valdez', "Valdez's government"],
  ['Fighters stormed Tobruk. The Tobruk government said the city had fallen.', 'Tobruk', 'Tobruk government'],
  // An acronym spelled out in brackets is that name's, even where its letters also fit another name.
  ['The Federal Chadian Army held the bridge, and the Free Citizens Alliance (FCA) took the hills. FCA said it would stay.', 'Federal Chadian Army', 'FCA'],
];

describe('entities: forms of one actor resolve to one entity', () => {
  it.each(oneEntity)('%s', (text, names) => {
    const doc = resolve(text);
    const keys = names.map((n) => named(doc, n)?.key);
    expect(keys[0], `no entity named "${names[0]}"`).toBeDefined();
    expect(keys).toEqual(names.map(() => keys[0]));
  });
});

describe('entities: different actors stay apart', () => {
  it.each(apart)('%s — %s / %s', (text, a, b) => {
    const doc = resolve(text);
    const ea = named(doc, a);
    const eb = named(doc, b);
    expect(ea && eb, `both "${a}" and "${b}" should be entities`).toBeTruthy();
    expect(ea!.key).not.toBe(eb!.key);
  });
});

describe('entities: keys, labels, classes and countries', () => {
  it.each([
    ['Officials in Washington said the U.S. would act.', 'U.S.', 'united-states', 'Country', 'US'],
    ['Talks with Moscow went nowhere, and Russia withdrew.', 'Moscow', 'russia', 'Country', 'RU'],
    ['Kenyan troops advanced.', 'Kenyan troops', 'kenya-military', 'MilitaryForce', 'KE'],
    ['The Syrian regime denied it.', 'Syrian regime', 'syria-government', 'Government', 'SY'],
    ['Hizballah fighters crossed the border.', 'Hizballah', 'hezbollah', 'ArmedGroup', undefined],
    ['The militia was backed by Iran-aligned militia groups.', 'Iran-aligned militia groups', 'militias', 'CollectiveActor', undefined],
    ['Ethiopian officials met the envoy.', 'Ethiopian officials', 'ethiopian-officials', 'CollectiveActor', 'ET'],
  ])('%s — %s', (text, name, key, cls, country) => {
    const e = named(resolve(text), name);
    expect([e?.key, e?.cls, e?.country]).toEqual([key, cls, country]);
  });

  it('keeps descriptions out of the names but resolves them to their antecedent', () => {
    const doc = resolve('Ansar al-Tawhid Front claimed the bombing. The group said more would follow.');
    const group = named(doc, 'Ansar al-Tawhid Front')!;
    const description = doc.mentions.find((m) => m.text === 'The group');
    expect(description?.entity).toBe(group.key);
    expect(group.names).not.toContain('The group');
  });

  it.each([
    ['Ansar al-Fajr, a Hizballah affiliate active in the south, was listed. The group has attacked convoys.', 'Ansar al-Fajr'],
    ['Ansar al-Fajr, a Hizballah branch, was listed. The group has attacked convoys.', 'Ansar al-Fajr'],
    // (a name that modifies nothing stays a candidate; the sentence before opens on a place, so the latest group decides)
    ['In Beirut, officials listed Ansar al-Fajr with Hizballah. The group has attacked convoys.', 'Hizballah'],
  ])('resolves "the group" past a name that only modifies a noun: %s', (text, antecedent) => {
    const doc = resolve(text);
    const description = doc.mentions.find((m) => m.text === 'The group');
    expect(description?.entity).toBe(named(doc, antecedent)?.key);
  });

  it('gives every mention an entity whose names do not collide with another entity', () => {
    const doc = resolve('Kenyan troops fought al-Shabab in Gedo region. Al-Shabab militants overran the camp, the Kenya Defence Forces said.');
    const owner = new Map<string, string>();
    for (const e of doc.entities.values()) {
      for (const n of e.names) {
        expect(owner.get(n.toLowerCase()) ?? e.key).toBe(e.key);
        owner.set(n.toLowerCase(), e.key);
      }
    }
    expect(doc.mentions.every((m) => m.entity !== undefined)).toBe(true);
  });

  // Names never repeat across entities: once the article uses a capital for its country, the name is the country's.
  it('gives a capital that names both its country and the city to the country', () => {
    const doc = resolve('Beijing said the vessel intruded. Talks were later held in Beijing.');
    const china = [...doc.entities.values()].find((e) => e.key === 'china');
    const city = [...doc.entities.values()].find((e) => e.cls === 'City' || e.cls === 'Place');
    expect([china?.names.includes('Beijing'), city]).toEqual([true, undefined]);
  });
  it('keeps a capital that is only ever a place with the city', () => {
    const doc = resolve('Talks were held in Beijing. China said the vessel intruded.');
    const city = [...doc.entities.values()].find((e) => e.cls === 'City');
    expect(city?.names).toEqual(['Beijing']);
  });

  it('mints slug keys', () => {
    const doc = resolve("Kata'ib Rijal al-Karama was listed.");
    for (const key of doc.entities.keys()) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('entities: acronyms read off initial letters', () => {
  it.each([
    ['HTS', 'Hayat Tahrir al-Sham', true],
    ['AMISOM', 'African Union Mission in Somalia', true],
    ['OFAC', 'Office of Foreign Assets Control', true],
    ['KPA', "Korean People's Army", true],
    ['CAR', 'Central African Republic', true],
    ['LNA', 'Libyan National Army', true],
    ['HTS', 'Houthi Tribal Council', false],
    ['UN', 'Union', false],
    ['ISIS', 'Islamic Courts Union', false],
  ] as const)('%s ← %s: %s', (acronym, name, expected) => {
    expect(acronymMatches(acronym, name)).toBe(expected);
  });
});

describe('entities: robustness on jumbled text', () => {
  // Word soups of the constructions above, in a fixed pseudo-random order: no throw, offsets that point at
  // their text, slug keys, and every mention's entity present.
  const vocab = ['Members', 'of', 'the', 'Libyan', 'U.S.', 'and', 'Coalition', 'forces', "People's", 'Army', 'al', 'al-Sham', 'Kata’ib', 'Critics', 'Syrian', 'Al-Shabab', 'militants', ',', '(', 'HTS', ')', 'Department', 'State', 'in', 'Somalia', 'Mission', '—', 'WASHINGTON', 'President', 'Maj.', 'Gen.', 'said', 'regime', 'government', 'Iran-aligned', 'anti-ISIS', 'province', 'Idlib', 'known as', "'s", 'Kenyan', 'troops', 'Moscow', 'with', 'SARLU', 'Secretary-General', 'Governor', 'Deputy', 'E.', '"', 'Terrorist', 'Foreign', 'for', 'Justice', 'North', 'Korean', 'country’s', 'military', 'these', 'militias', '19', 'Jabhat', 'wal-Muslimin', 'Nagorno-Karabakh', 'Karabakh'];
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts = Array.from({ length: 200 }, () => {
    const n = 3 + Math.floor(next() * 25);
    const words = Array.from({ length: n }, () => vocab[Math.floor(next() * vocab.length)]!);
    return words.join(' ').replace(/ ([,)])/g, '$1').replace(/ ('s)/g, '$1') + '.';
  });
  it('annotates 200 jumbled sentences consistently', () => {
    for (const text of texts) {
      const doc = resolve(text);
      for (const m of doc.mentions) {
        expect(doc.text.slice(m.start, m.end), text).toBe(m.text);
        if (m.entity !== undefined) expect(doc.entities.has(m.entity), text).toBe(true);
      }
      for (const key of doc.entities.keys()) expect(key, text).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
