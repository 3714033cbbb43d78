import { describe, expect, it } from 'vitest';
import { align, dateOk, interval, norm, scoreEntities, scoreRelation, type Gold } from '../../src/eval/score.js';

describe('the scorer port', () => {
  // expected values printed by score.py's own norm()
  it.each([
    ['The Free Example Front', 'free example front'],
    ['Kata’ib Sayyid', 'kataib sayyid'],
    ['U.S.', 'us'],
    ['al-Qa‘ida', 'al qa ida'],
    ['Ṣanʿāʾ', 'sanʿaʾ'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['Müller–Lüdenscheidt', 'muller ludenscheidt'],
    ['ISIS/ISIL', 'isis isil'],
    ['№5 (Brigade)', 'no5 brigade'],
    ['١٢ Army', '١٢ army'],
  ])('normalizes %j as score.py does', (name, expected) => {
    expect(norm(name)).toBe(expected);
  });

  it('reads dates as inclusive intervals and accepts an output date inside the gold interval', () => {
    expect(interval('2024-02')).toEqual(interval({ from: '2024-02-01', to: '2024-02-29' }));
    expect(dateOk(['2024-11-29'], { from: '2024-11-25', to: '2024-12-01' })).toBe(true);
    expect(dateOk(['2024-11'], { from: '2024-11-25', to: '2024-12-01' })).toBe(false);
    expect(dateOk(['2018'], '2018')).toBe(true);
  });

  const gold: Gold = {
    article: 'a.txt',
    entities: {
      front: { type: 'Organization', names: ['Free Example Front', 'FEF'] },
      land: { type: 'Country', names: ['Exampleland'] },
      extra: { type: 'Person', names: ['A. Nobody'], optional: true },
    },
    facts: [{ kind: 'designation', designee: 'front', designator: 'land', category: 'terror', date: '2019' }],
  };

  it('aligns graph nodes by shared names and counts a second node for one gold entity as a false positive', () => {
    const mapping = align(
      [
        { entity: 'e:1', name: 'Free Example Front' },
        { entity: 'e:2', name: 'FEF' },
        { entity: 'e:3', name: 'Exampleland' },
        { entity: 'e:4', name: 'Unknownia' },
      ],
      gold.entities,
    );
    const t = scoreEntities(mapping, [{ entity: 'e:1', type: 'Organization' }, { entity: 'e:3', type: 'Place' }], gold);
    expect({ tp: t.tp, fp: t.fp, fn: t.fn, type: t.attr.get('type') }).toEqual({ tp: 2, fp: 2, fn: 0, type: [1, 2] });
  });

  it('needs the designator where gold names one, and reports the date as an attribute', () => {
    const mapping = new Map([['e:1', 'front'], ['e:3', 'land']]);
    const hit = scoreRelation('designation', [{ designee: 'e:1', designator: 'e:3', category: 'terrorist organization', date: '2019' }], mapping, gold);
    expect({ tp: hit.tp, fp: hit.fp, date: hit.attr.get('date') }).toEqual({ tp: 1, fp: 0, date: [1, 1] });
    const miss = scoreRelation('designation', [{ designee: 'e:1', category: 'terrorist organization' }], mapping, gold);
    expect({ tp: miss.tp, fp: miss.fp, fn: miss.fn }).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
