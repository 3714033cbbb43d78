import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { combineConfidence } from '../../src/corpus/confidence.js';
import { CorpusGraph, articleGraphsOf } from '../../src/corpus/corpusGraph.js';
import { decodeQuads, encodeQuads, lineQuad, tripleLine } from '../../src/corpus/quadWire.js';
import { writeCorpus } from '../../src/corpus/writeCorpus.js';
import { entityIri } from '../../src/rdf/iris.js';
import { NKG, RDF, RDFS, SKOS } from '../../src/rdf/vocab.js';
import { serialize } from '../../src/write/serialize.js';
import { articleGraph, sampleCorpus } from './fixtures.js';

function merged(parts = sampleCorpus()) {
  const corpus = new CorpusGraph();
  for (const p of parts) corpus.add(p);
  return { corpus, quads: [...corpus.mergedQuads()] };
}

function values(quads: ReturnType<typeof merged>['quads'], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();
}

describe('combineConfidence', () => {
  it.each([
    [[{ source: 'a', value: 0.6 }], 0.6],
    [[{ source: 'a', value: 0.6 }, { source: 'b', value: 0.5 }], 0.8],
    // the same outlet twice is one source: its best report counts, once
    [[{ source: 'a', value: 0.6 }, { source: 'a', value: 0.7 }], 0.7],
    [[{ source: 'a', value: 0.5 }, { source: 'b', value: 0.5 }, { source: 'c', value: 0.5 }], 0.875],
    [[], 0],
  ])('combines %j into %d', (reports, expected) => {
    expect(combineConfidence(reports)).toBeCloseTo(expected, 12);
  });

  it('never depends on the order of the reports', () => {
    const reports = [0.31, 0.77, 0.5, 0.93, 0.12].map((value, i) => ({ source: String(i), value }));
    expect(combineConfidence([...reports].reverse())).toBe(combineConfidence(reports));
  });
});

describe('CorpusGraph', () => {
  const velaria = entityIri('velaria');
  const front = entityIri('northern-front');

  it('gives each entity exactly one rdfs:label, the one most articles chose, and keeps the others as skos:altLabel', () => {
    const { quads } = merged();
    expect(values(quads, velaria, RDFS.label)).toEqual(['Velaria']);
    expect(values(quads, velaria, SKOS.altLabel)).toEqual(['The Republic of Velaria']);
    expect(values(quads, front, RDFS.label)).toEqual(['Northern Front']);
    expect(values(quads, front, SKOS.altLabel)).toEqual(['NF']);
    for (const entity of new Set(quads.filter((q) => q.predicate.value === RDFS.label).map((q) => q.subject.value))) {
      expect(values(quads, entity, RDFS.label)).toHaveLength(1);
    }
  });

  it('makes the same fact from two outlets one node with one reference each and one grown confidence', () => {
    const { quads } = merged();
    const support = quads.find((q) => q.predicate.value === NKG.supporter)!.subject.value;
    expect(quads.filter((q) => q.predicate.value === NKG.supporter)).toHaveLength(1);
    expect(values(quads, support, 'http://www.w3.org/ns/prov#wasDerivedFrom')).toHaveLength(2);
    expect(values(quads, support, NKG.confidence)).toEqual(['0.800']);
    expect(values(quads, support, NKG.evidenceCount)).toEqual(['2']);
  });

  it('makes an event that agrees on type, participants, place and date one event', () => {
    const { quads } = merged();
    const attacks = new Set(quads.filter((q) => q.predicate.value === RDF.type && q.object.value === NKG.Attack).map((q) => q.subject.value));
    expect(attacks.size).toBe(1);
  });

  it('keeps a fact that one source reports at that source confidence', () => {
    const { quads } = merged();
    const statement = quads.find((q) => q.predicate.value === NKG.speaker)!.subject.value;
    expect(values(quads, statement, NKG.confidence)).toEqual(['0.600']);
  });

  it('keeps a single article as it was mapped', async () => {
    const one = sampleCorpus()[0]!;
    const { quads } = merged([one]);
    expect(await serialize(quads, 'turtle')).toBe(await serialize(one.quads, 'turtle'));
  });

  it('gives the same graph whatever the order of the articles', async () => {
    const parts = sampleCorpus();
    const forward = await serialize(merged(parts).corpus.quads(true), 'trig');
    const backward = await serialize(merged([...parts].reverse()).corpus.quads(true), 'trig');
    expect(backward).toBe(forward);
  });

  it('refuses an article whose content hash is already in the graph', () => {
    const [a] = sampleCorpus();
    const corpus = new CorpusGraph();
    expect(corpus.add(a!)).toBe(true);
    expect(corpus.add({ ...a!, article: 'https://example.org/copy' })).toBe(false);
    expect(corpus.articleCount).toBe(1);
  });

  it('rebuilds the same merged graph from its own named graphs', async () => {
    const { corpus } = merged();
    const again = new CorpusGraph();
    for (const part of articleGraphsOf(corpus.quads(true))) again.add(part);
    expect(await serialize(again.quads(true), 'trig')).toBe(await serialize(corpus.quads(true), 'trig'));
  });

  it.each(['trig', 'nquads', 'turtle', 'jsonld'] as const)('writes %s piece by piece exactly as one pass would', async (format) => {
    const { corpus } = merged();
    let pieces = '';
    const triples = await writeCorpus(corpus, format, (chunk) => {
      pieces += chunk;
    });
    expect(pieces).toBe(await serialize(corpus.quads(format === 'trig' || format === 'nquads'), format));
    expect(triples).toBe([...corpus.mergedQuads()].length);
  });

  it('counts entities and facts by kind for the summary', () => {
    const stats = merged().corpus.stats();
    expect(stats.articles).toBe(3);
    expect(Object.fromEntries(stats.facts)).toEqual({ Attack: 1, Statement: 1, Support: 1 });
    expect(stats.entities).toBeGreaterThanOrEqual(5);
  });

  it('does not merge actors whose keys differ, even with a shared name', () => {
    const a = articleGraph('[Amel|City] lies on the coast.', { id: 'x1' });
    const b = articleGraph('[Amel|Person=amel-person] spoke on Monday.', { id: 'x2' });
    const { quads } = merged([a, b]);
    expect(values(quads, entityIri('amel'), RDFS.label)).toEqual(['Amel']);
    expect(values(quads, entityIri('amel-person'), RDFS.label)).toEqual(['Amel']);
  });
});

describe('quadWire', () => {
  it('carries IRIs, typed and language-tagged literals and blank nodes across unchanged', () => {
    const { namedNode, literal, blankNode, quad } = DataFactory;
    const quads = [
      quad(namedNode('https://e.org/s'), namedNode('https://e.org/p'), namedNode('https://e.org/o')),
      quad(namedNode('https://e.org/s'), namedNode('https://e.org/p'), literal('Zürich 🙂', 'de')),
      quad(namedNode('https://e.org/s'), namedNode('https://e.org/p'), literal('2024', namedNode('http://www.w3.org/2001/XMLSchema#gYear'))),
      quad(blankNode('b0'), namedNode('https://e.org/p'), blankNode('b1')),
    ];
    const back = decodeQuads(structuredClone(encodeQuads(quads)));
    expect(back.map((q, i) => q.equals(quads[i]!))).toEqual([true, true, true, true]);
    const lines = quads.map(tripleLine);
    expect(lines.map((l, i) => lineQuad(l).equals(quads[i]!))).toEqual([true, true, true, true]);
    // a literal may hold the separator itself: the object comes last
    const odd = quad(namedNode('https://e.org/s'), namedNode('https://e.org/p'), literal('a\u0001b\u0000c'));
    expect(lineQuad(tripleLine(odd)).equals(odd)).toBe(true);
  });

  it('tells apart literals that differ only in datatype or language', () => {
    const { namedNode, literal, quad } = DataFactory;
    const s = namedNode('https://e.org/s');
    const p = namedNode('https://e.org/p');
    const lines = new Set([literal('1'), literal('1', 'en'), literal('1', namedNode('http://www.w3.org/2001/XMLSchema#integer')), namedNode('1')].map((o) => tripleLine(quad(s, p, o))));
    expect(lines.size).toBe(4);
  });
});
