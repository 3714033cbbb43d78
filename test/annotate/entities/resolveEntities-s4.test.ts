// Specification of entity resolution for the short forms that split one actor into two nodes on the spent sixteen
// (session 4): a person's surname or later name word in a place-like context, a Spanish double family name written
// by its first half, the family part of a three-word name, and a body's short name defined in brackets. Rows are
// invented texts: names that must end on one entity, and names that must stay apart.

import { describe, expect, it } from 'vitest';
import type { EntityClass } from '../../../src/annotate/document.js';
import { named, resolve } from '../../support/actorDoc.js';

type SameRow = [text: string, names: string[], cls: EntityClass];

const oneEntity: SameRow[] = [
  ["Vice President Tomas Adeyemi was placed under house arrest. Troops entered Adeyemi's residence.", ['Tomas Adeyemi', 'Adeyemi'], 'Person'],
  ['The group is led by Yusuf Kadar. A faction loyal to Kadar kept fighting.', ['Yusuf Kadar', 'Kadar'], 'Person'],
  ['The State Department designated Julio César Barros Lema. The Treasury sanctioned Los Cuervos and Barros in 2024.', ['Julio César Barros Lema', 'Barros'], 'Person'],
  ['Police arrested Marcel Oben Taku in Oslo. Oben Taku founded the council in 2013.', ['Marcel Oben Taku', 'Oben Taku'], 'Person'],
  ['Dalia Shipping and Import Company (Dalia) bought the parts. Payments were sent to Dalia in 2023.', ['Dalia Shipping and Import Company', 'Dalia'], 'Company'],
  // Stated aliases past a short apposition, a "known by its acronym" and a "which it calls".
  ['The brigade is tied to the Varnian Arab Armed Forces (VAAF), the eastern-based force also known as the Varnian Army of Honour.', ['Varnian Arab Armed Forces', 'VAAF', 'Varnian Army of Honour'], 'MilitaryForce'],
  ["Soldiers from the army's elite Swift Response Battalion, known by its French acronym BRS, raided the villages.", ['Swift Response Battalion', 'BRS'], 'MilitaryForce'],
  ['The United States designated the Kivu Front, which it calls ISIS-Kivu, in March 2021.', ['Kivu Front', 'ISIS-Kivu'], 'ArmedGroup'],
  // A national army named in full and by its country's troops.
  ["The Uganda People's Defence Force (UPDF) said Ugandan troops had been deployed.", ["Uganda People's Defence Force", 'UPDF', 'Ugandan troops'], 'MilitaryForce'],
  // A body named again without its "of" tail.
  ['The Provisional Council of Ardenia is split. Fighters loyal to the Provisional Council attacked.', ['Provisional Council of Ardenia', 'Provisional Council'], 'GovernmentAgency'],
];

type ApartRow = [text: string, a: string, b: string];

const apart: ApartRow[] = [
  // Two long names that share a middle word: the short word names neither.
  ['Ali Hassan Nur and Omar Hassan Dire met. Hassan said the talks would go on.', 'Ali Hassan Nur', 'Omar Hassan Dire'],
  // Two bodies share the name before "of": the bare name is neither.
  ['The National Council of Kestria met. The National Council of Veldan refused. The National Council said nothing.', 'National Council of Kestria', 'National Council'],
  // A national army and a rival force named after the country.
  ['Libyan government forces held the airport. The Libyan National Army, led by a rival general, attacked.', 'Libyan government forces', 'Libyan National Army'],
  // A town that no person's name contains stays a town.
  ['Rebels led by Pavel Orsk entered Tarvo on Monday.', 'Pavel Orsk', 'Tarvo'],
];

describe('entities: a short form joins the full name', () => {
  for (const [text, names, cls] of oneEntity) {
    it(text, () => {
      const doc = resolve(text);
      const e = named(doc, names[0]!);
      expect(e, names[0]).toBeDefined();
      expect(e!.cls).toBe(cls);
      for (const n of names.slice(1)) expect(named(doc, n)?.key, n).toBe(e!.key);
    });
  }
});

describe('entities: short forms that must not join', () => {
  for (const [text, a, b] of apart) {
    it(text, () => {
      const doc = resolve(text);
      const ea = named(doc, a);
      const eb = named(doc, b);
      expect(ea, a).toBeDefined();
      expect(eb, b).toBeDefined();
      expect(ea!.key).not.toBe(eb!.key);
    });
  }
  it('an ambiguous middle word stays its own name', () => {
    const doc = resolve('Ali Hassan Nur and Omar Hassan Dire met. Hassan said the talks would go on.');
    const hassan = named(doc, 'Hassan');
    expect(hassan?.key).not.toBe(named(doc, 'Ali Hassan Nur')?.key);
    expect(hassan?.key).not.toBe(named(doc, 'Omar Hassan Dire')?.key);
  });
});
