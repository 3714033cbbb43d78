// The mapping, specified through the competency questions: hand-built annotations in, the contract's rows out.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, type AnnotatedDocument, type Entity, type EntityClass } from '../../src/annotate/document.js';
import { splitSentences } from '../../src/annotate/sentences/splitSentences.js';
import { CQ_DIR } from '../../src/paths.js';
import { SparqlStore } from '../../src/query/engine.js';
import { entityIri } from '../../src/rdf/iris.js';
import { documentToQuads } from '../../src/rdf/toRdf.js';
import { parseArticle } from '../../src/read/article.js';
import { serialize } from '../../src/write/serialize.js';

const TEXT =
  'Exampleland designated the Free Example Front a terrorist organization in 2019. ' +
  'The Front, backed by Otherland, shelled Portville on Monday. "We will respond," said Ana Ruiz, the Exampleland defense minister.';

function entity(doc: AnnotatedDocument, key: string, label: string, cls: EntityClass, names: string[] = [label]): Entity {
  const e: Entity = { key, label, names, cls, mentions: [] };
  doc.entities.set(key, e);
  return e;
}

function sampleDoc(): AnnotatedDocument {
  const doc = createDocument(parseArticle(`---\npublished: 2024-06-05\n---\n${TEXT}`, 'sample.txt'));
  splitSentences(doc);
  const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, sentence: TEXT.indexOf(words) < 80 ? 0 : 1 });
  entity(doc, 'exampleland', 'Exampleland', 'Country');
  entity(doc, 'otherland', 'Otherland', 'Country');
  entity(doc, 'free-example-front', 'Free Example Front', 'ArmedGroup', ['Free Example Front', 'Front']);
  entity(doc, 'portville', 'Portville', 'City');
  entity(doc, 'ana-ruiz', 'Ana Ruiz', 'Person');
  entity(doc, 'townspeople', 'townspeople', 'CollectiveActor');
  doc.mentions.push({ id: 0, ...at('Free Example Front'), text: 'Free Example Front', cls: 'ArmedGroup', form: 'name', rule: 'test', entity: 'free-example-front', nameable: true });
  doc.entities.get('free-example-front')!.mentions.push(0);
  doc.relations.push(
    { kind: 'designation', args: { designee: 'free-example-front', designator: 'exampleland' }, category: 'terrorist organization', when: { value: '2019', precision: 'year' }, evidence: [at('Exampleland designated the Free Example Front a terrorist organization in 2019')], rule: 'test/designation', confidence: 0.9 },
    { kind: 'support', args: { supporter: 'otherland', supported: 'free-example-front' }, evidence: [at('backed by Otherland')], rule: 'test/support', confidence: 0.8 },
    { kind: 'role', args: { person: 'ana-ruiz', org: 'exampleland' }, title: 'defense minister', evidence: [at('Ana Ruiz, the Exampleland defense minister')], rule: 'test/role', confidence: 0.8 },
  );
  doc.events.push({
    type: 'Attack', cameo: '194', trigger: 'shelled', agents: ['free-example-front'], targets: ['portville'], places: ['portville'],
    when: { value: '2024-06-03', precision: 'day' }, evidence: [at('The Front, backed by Otherland, shelled Portville on Monday')], rule: 'test/event', confidence: 0.7,
  });
  doc.statements.push({ speaker: 'ana-ruiz', quote: 'We will respond,', when: { value: '2024-06-05', precision: 'day' }, evidence: [at('"We will respond," said Ana Ruiz')], rule: 'test/statement', confidence: 0.9 });
  return doc;
}

async function ask(file: string): Promise<Record<string, string>[]> {
  const store = new SparqlStore().load(await serialize(documentToQuads(sampleDoc()), 'turtle'));
  const rows = store.select(readFileSync(join(CQ_DIR, file), 'utf8'));
  const short = (v: string) => v.replace('https://w3id.org/newskg/id/entity/', '');
  return rows
    .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'event' && k !== 'statement').map(([k, v]) => [k, short(v)])))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('the RDF mapping, read back through the competency questions', () => {
  it('names every entity by label and alias, but leaves out collectives that take part in no fact', async () => {
    const names = await ask('names.rq');
    expect(names).toContainEqual({ entity: 'free-example-front', name: 'Front' });
    expect(names.map((r) => r['entity'])).not.toContain('townspeople');
  });

  it('gives every entity its coarse type', async () => {
    expect(await ask('types.rq')).toEqual([
      { entity: 'ana-ruiz', type: 'Person' },
      { entity: 'exampleland', type: 'Country' },
      { entity: 'free-example-front', type: 'Organization' },
      { entity: 'otherland', type: 'Country' },
      { entity: 'portville', type: 'Place' },
    ]);
  });

  it.each([
    ['designations.rq', [{ designee: 'free-example-front', designator: 'exampleland', category: 'terrorist organization', date: '2019' }]],
    ['supports.rq', [{ supporter: 'otherland', supported: 'free-example-front' }]],
    ['roles.rq', [{ person: 'ana-ruiz', title: 'defense minister', org: 'exampleland' }]],
    ['events.rq', [{ type: 'Attack', agent: 'free-example-front', target: 'portville', place: 'portville', date: '2024-06-03' }]],
    ['statements.rq', [{ speaker: 'ana-ruiz', date: '2024-06-05', quote: 'We will respond,' }]],
    ['sanctions.rq', []],
  ])('answers %s', async (file, expected) => {
    expect(await ask(file)).toEqual(expected);
  });

  it('keeps the evidence of every fact: article, sentence, span offsets and words', async () => {
    const turtle = await serialize(documentToQuads(sampleDoc()), 'turtle');
    const store = new SparqlStore().load(turtle);
    const rows = store.select(`
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      SELECT ?words ?begin ?sentence ?article WHERE {
        ?f a nkg:Support ; nkg:evidence ?e ; prov:wasDerivedFrom ?article .
        ?e nif:anchorOf ?words ; nif:beginIndex ?begin ; nif:sentence/nif:anchorOf ?sentence .
      }`);
    expect(rows).toEqual([
      {
        words: 'backed by Otherland',
        begin: String(TEXT.indexOf('backed by Otherland')),
        sentence: 'The Front, backed by Otherland, shelled Portville on Monday.',
        article: expect.stringMatching(/\/article\/sample-[0-9a-f]{8}$/),
      },
    ]);
  });

  it('adds a direct actor-to-actor triple beside each fact', async () => {
    const turtle = await serialize(documentToQuads(sampleDoc()), 'turtle');
    const store = new SparqlStore().load(turtle);
    const ask2 = (s: string, p: string, o: string) =>
      store.select(`SELECT * WHERE { <${entityIri(s)}> <https://w3id.org/newskg/ontology#${p}> <${entityIri(o)}> }`).length;
    expect(ask2('exampleland', 'designated', 'free-example-front')).toBe(1);
    expect(ask2('otherland', 'supports', 'free-example-front')).toBe(1);
    expect(ask2('free-example-front', 'attacked', 'portville')).toBe(1);
  });
});

describe('facts that mint the same IRI', () => {
  it('become one node with all their evidence, every rule and one combined confidence', async () => {
    const doc = sampleDoc();
    const first = doc.events[0]!;
    doc.events.push({ ...first, evidence: [{ start: 0, end: 11, sentence: 0 }], rule: 'test/event-again', confidence: 0.5 });
    const store = new SparqlStore().load(await serialize(documentToQuads(doc), 'turtle'));
    const rows = store.select(`
      PREFIX nkg: <https://w3id.org/newskg/ontology#>
      # oxigraph gives decimals in canonical form (0.850 reads 0.85)
      SELECT ?e (COUNT(DISTINCT ?ev) AS ?spans) (COUNT(DISTINCT ?rule) AS ?rules) (GROUP_CONCAT(DISTINCT STR(?c)) AS ?conf) (SAMPLE(?n) AS ?count)
      WHERE { ?e a nkg:Attack ; nkg:evidence ?ev ; nkg:rule ?rule ; nkg:confidence ?c ; nkg:evidenceCount ?n } GROUP BY ?e`);
    expect(rows).toEqual([{ e: expect.any(String), spans: '2', rules: '2', conf: '0.85', count: '2' }]);
  });
});
