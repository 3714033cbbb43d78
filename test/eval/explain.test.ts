// `newskg eval --explain`: the missed and spurious facts are the scorer's own false negatives and false positives,
// shown with gold ids and names and output labels, on a hand-written graph and gold.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/commands/evalCommand.js';
import { formatExplanations } from '../../src/eval/explain.js';
import { explainTurtle, loadQueries, scoreTurtle } from '../../src/eval/runEval.js';
import type { Gold } from '../../src/eval/score.js';
import { PREFIXES } from '../../src/rdf/vocab.js';

const TURTLE = `
@prefix nkg: <${PREFIXES.nkg}> .
@prefix rdfs: <${PREFIXES.rdfs}> .
@prefix skos: <${PREFIXES.skos}> .
@prefix sem: <${PREFIXES.sem}> .
@prefix ex: <${PREFIXES.id}> .
ex:front a nkg:Organization ; rdfs:label "Free Example Front" ; skos:altLabel "FEF" .
ex:land a nkg:Country ; rdfs:label "Exampleland" .
ex:ghost a nkg:Organization ; rdfs:label "Ghost Brigade" .
ex:vey a nkg:Person ; rdfs:label "Ana Vey" .
ex:wire a nkg:Organization ; rdfs:label "Example Wire" .
ex:d1 a nkg:Designation ; nkg:designee ex:front ; nkg:designator ex:land ; nkg:category ex:terror .
ex:terror skos:prefLabel "terrorist organization" .
ex:s1 a nkg:Support ; nkg:supporter ex:ghost ; nkg:supported ex:front ; sem:hasTimeStamp "2021" .
ex:q1 a nkg:Statement ; nkg:speaker ex:vey ; nkg:medium ex:wire .
ex:q2 a nkg:Statement ; nkg:speaker ex:land ; nkg:quote "We will   not yield." .
ex:e1 a nkg:Attack ; nkg:agent ex:front ; sem:hasPlace ex:land .
`;

const GOLD: Gold = {
  article: 'x.txt',
  entities: {
    front: { type: 'Organization', names: ['Free Example Front', 'FEF'] },
    land: { type: 'Country', names: ['Exampleland'] },
    vey: { type: 'Person', names: ['Ana Vey'] },
    wire: { type: 'Organization', names: ['Example Wire'] },
    other: { type: 'Organization', names: ['Other League'] },
  },
  facts: [
    { kind: 'designation', designee: 'front', designator: 'land', category: 'terror', date: '2020', note: 'designated in 2020' },
    { kind: 'support', supporter: 'land', supported: 'front', note: 'Exampleland arms the Front' },
    { kind: 'alliance', a: 'front', b: 'other', optional: true, note: 'optional: never listed as missed' },
    { kind: 'statement', speaker: 'vey', medium: 'wire' },
    { kind: 'event', type: 'Capture', agent: ['front'], target: 'land', date: { from: '2022-01-01', to: '2022-01-31' }, note: 'the Front seized Exampleland' },
  ],
};

describe('newskg eval --explain', () => {
  let queries: Map<string, string>;
  beforeAll(async () => {
    queries = await loadQueries();
  });

  it('lists exactly the required gold facts the scorer left unmatched, with gold ids, names and notes', () => {
    const { explanation } = explainTurtle(TURTLE, GOLD, queries);
    expect(explanation.missed).toEqual([
      { kind: 'support', args: { supporter: 'land (Exampleland)', supported: 'front (Free Example Front)' }, note: 'Exampleland arms the Front' },
      {
        kind: 'event',
        args: { type: 'Capture', agent: 'front (Free Example Front)', target: 'land (Exampleland)', date: '2022-01-01..2022-01-31' },
        note: 'the Front seized Exampleland',
      },
    ]);
  });

  it('lists exactly the output facts counted as false positives, entities by label and aligned gold id', () => {
    const { explanation } = explainTurtle(TURTLE, GOLD, queries);
    expect(explanation.spurious).toEqual([
      { kind: 'support', args: { supporter: '"Ghost Brigade"', supported: '"Free Example Front"=front', date: '2021' } },
      { kind: 'event', args: { type: 'Attack', agent: '"Free Example Front"=front', place: '"Exampleland"=land' } },
      { kind: 'statement', args: { speaker: '"Exampleland"=land', quote: 'We will not yield.' } },
    ]);
  });

  it('lists each matched fact whose attribute was scored wrong, with what the output gave', () => {
    const { explanation } = explainTurtle(TURTLE, GOLD, queries);
    expect(explanation.wrong).toEqual([
      {
        kind: 'designation',
        args: { designee: 'front (Free Example Front)', designator: 'land (Exampleland)', category: 'terror', date: '2020' },
        note: 'designated in 2020',
        attr: 'date',
        got: '(none)',
      },
    ]);
    const medium: Gold = { ...GOLD, facts: [{ kind: 'statement', speaker: 'vey', medium: 'land' }] };
    expect(explainTurtle(TURTLE, medium, queries).explanation.wrong).toEqual([
      { kind: 'statement', args: { speaker: 'vey (Ana Vey)', medium: 'land (Exampleland)' }, attr: 'medium', got: '"Example Wire"=wire' },
    ]);
  });

  it('lists the entities: gold ones no node aligned to, nodes aligned to none or a second time, and wrong types', () => {
    const gold: Gold = { ...GOLD, entities: { ...GOLD.entities, vey: { type: 'Organization', names: ['Ana Vey'] } } };
    const turtle = `${TURTLE}\nex:front2 a nkg:Organization ; rdfs:label "FEF" .\n`;
    const { scores, explanation } = explainTurtle(turtle, gold, queries);
    const { entities } = explanation;
    expect(entities.missed).toEqual(['other (Other League, Organization)']);
    expect([...entities.spurious].sort()).toEqual(['"FEF" (a second node for front)', '"Ghost Brigade"']);
    expect(entities.wrongType).toEqual(['vey (Ana Vey, Organization) as "Ana Vey": got Person']);
    const t = scores.get('entities')!;
    expect([entities.missed.length, entities.spurious.length, entities.wrongType.length]).toEqual([t.fn, t.fp, t.attr.get('type')![1] - t.attr.get('type')![0]]);
  });

  it('agrees with the tallies: one missed fact per false negative, one spurious fact per false positive', () => {
    const { scores, explanation } = explainTurtle(TURTLE, GOLD, queries);
    const plain = scoreTurtle(TURTLE, GOLD, queries);
    let fn = 0;
    let fp = 0;
    for (const [kind, t] of scores) {
      expect({ kind, tp: t.tp, fp: t.fp, fn: t.fn }).toEqual({ kind, tp: plain.get(kind)!.tp, fp: plain.get(kind)!.fp, fn: plain.get(kind)!.fn });
      if (kind === 'entities') continue;
      fn += t.fn;
      fp += t.fp;
    }
    expect([explanation.missed.length, explanation.spurious.length]).toEqual([fn, fp]);
    const asked = [...scores.values()].reduce((n, t) => n + [...t.attr.entries()].filter(([a]) => a !== 'type').reduce((m, [, [c, k]]) => m + k - c, 0), 0);
    expect(explanation.wrong).toHaveLength(asked);
  });

  it('explains nothing for a graph that matches its gold', () => {
    const { other: _unused, ...entities } = GOLD.entities;
    const gold: Gold = {
      ...GOLD,
      entities,
      facts: [
        { kind: 'designation', designee: 'front', designator: 'land' },
        { kind: 'statement', speaker: 'vey', medium: 'wire' },
      ],
    };
    const turtle = TURTLE.split('\n').filter((l) => !/^ex:(s1|q2|e1|ghost) /.test(l)).join('\n');
    const { explanation } = explainTurtle(turtle, gold, queries);
    expect([explanation.missed, explanation.spurious, explanation.wrong]).toEqual([[], [], []]);
    expect(explanation.entities).toEqual({ missed: [], spurious: [], wrongType: [] });
    expect(formatExplanations(new Map([['x.gold.json', explanation]]))).toBe('');
  });

  it('prints one block per article with a missed or spurious line per fact and the gold note', () => {
    const { explanation } = explainTurtle(TURTLE, GOLD, queries);
    const lines = formatExplanations(new Map([['x.gold.json', explanation]])).split('\n');
    expect(lines[0]).toBe('== x.gold.json: 2 missed, 3 spurious, 1 attributes wrong; entities 1 missed, 1 spurious, 0 typed wrong');
    expect(lines).toContain('  missed   entity       other (Other League, Organization)');
    expect(lines).toContain('  spurious entity       "Ghost Brigade"');
    const facts = lines.filter((l) => !l.includes(' entity '));
    expect(facts.filter((l) => l.startsWith('  missed '))).toHaveLength(2);
    expect(facts.filter((l) => l.startsWith('  spurious '))).toHaveLength(3);
    expect(lines).toContain(`${' '.repeat(24)}note: Exampleland arms the Front`);
    expect(lines.filter((l) => l.startsWith('  wrong '))).toHaveLength(1);
    expect(lines).toContain(`${' '.repeat(24)}date wrong, got: (none)`);
  });

  it('is a flag of the eval command, printed before the score table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-explain-'));
    writeFileSync(join(dir, 'a.txt'), 'Title: Calm day\n\nNothing happened in Exampleland on Monday.\n');
    const gold: Gold = { article: 'a.txt', entities: { vey: { type: 'Person', names: ['Ana Vey'] } }, facts: [{ kind: 'statement', speaker: 'vey', note: 'Vey said' }] };
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(gold));
    let out = '';
    const code = await evalCommand.run(['--explain', dir], { out: (t) => (out += t), err: () => {}, isTty: false });
    expect(code).toBe(0);
    expect(out).toMatch(/^== a\.gold\.json: 1 missed, 0 spurious, 0 attributes wrong; entities 1 missed, \d+ spurious, 0 typed wrong\n {2}missed {3}statement {4}speaker=vey \(Ana Vey\)\n {24}note: Vey said\n[\s\S]*\n\nkind /);
  });
});
