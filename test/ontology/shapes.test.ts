// The shapes can pass and can fail: a graph with a fact of every kind, made by the real mapping, conforms; the same
// graph with one defect planted is reported at the right node, path and constraint. The ontology files parse too.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { cameoIri, entityIri } from '../../src/rdf/iris.js';
import { documentToQuads } from '../../src/rdf/toRdf.js';
import { ACTOR_LINKS, NIF, NKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, XSD } from '../../src/rdf/vocab.js';
import { GraphValidator, formatViolation, type ValidationOutcome, type Violation } from '../../src/validate/validateGraph.js';
import { richDocument } from '../query/richGraph.js';
import { hasRdflib, rdflibTripleCount } from '../support/externalTools.js';

const { namedNode, literal, quad } = DataFactory;

describe('the ontology files parse', () => {
  it.each(['newskg.ttl', 'shapes.ttl', 'cameo.ttl'])('%s parses with n3 and, where present, with rdflib to the same triples', (file) => {
    const path = packagePath('ontology', file);
    const store = new Store(new Parser().parse(readFileSync(path, 'utf8')));
    expect(store.size).toBeGreaterThan(100);
    if (hasRdflib) expect(rdflibTripleCount(path)).toBe(store.size);
  });
});

describe('the entity shape targets', () => {
  it('both ends of every direct actor-to-actor link of vocab.ts', () => {
    const shapes = new Store(new Parser().parse(readFileSync(packagePath('ontology', 'shapes.ttl'), 'utf8')));
    const shape = 'https://w3id.org/newskg/shapes#EntityShape';
    const targets = (p: string) => new Set(shapes.getObjects(shape, `http://www.w3.org/ns/shacl#${p}`, null).map((t) => t.value));
    const subjects = targets('targetSubjectsOf');
    const objects = targets('targetObjectsOf');
    expect(ACTOR_LINKS.filter((p) => !subjects.has(p) || !objects.has(p))).toEqual([]);
  });
});

let validator: GraphValidator;
let base: Quad[];

beforeAll(() => {
  validator = new GraphValidator();
  base = documentToQuads(richDocument());
});

/** The IRIs of the rich graph that the defects are planted on. */
const subjectOfType = (quads: Quad[], cls: string): string => {
  const q = quads.find((x) => x.predicate.value === RDF.type && x.object.value === cls);
  if (!q) throw new Error(`no node of class ${cls}`);
  return q.subject.value;
};
const drop = (quads: Quad[], s: string | null, p: string, o?: string) =>
  quads.filter((q) => !((s === null || q.subject.value === s) && q.predicate.value === p && (o === undefined || q.object.value === o)));
const replaceObject = (quads: Quad[], s: string, p: string, o: Quad['object']) =>
  quads.map((q) => (q.subject.value === s && q.predicate.value === p ? quad(q.subject, q.predicate, o) : q));
const add = (quads: Quad[], s: string, p: string, o: Quad['object']) => [...quads, quad(namedNode(s), namedNode(p), o)];

const ARMED = entityIri('ash-brigade');
const PERSON = entityIri('teo-lind');
const CITY = entityIri('port-kell');
const ORG = entityIri('grey-league');

/** What a violation must show: a piece of its focus node, its path, its constraint component. */
interface Expected {
  focus: string;
  path?: string;
  component: string;
}

const DEFECTS: [defect: string, plant: (g: Quad[]) => Quad[], expected: (g: Quad[]) => Expected][] = [
  [
    'a fact with no evidence',
    (g) => drop(g, subjectOfType(g, NKG.Designation), NKG.evidence),
    () => ({ focus: '/fact/designation/', path: 'nkg:evidence', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'a date typed as a plain string',
    (g) => replaceObject(g, subjectOfType(g, NKG.Designation), SEM.hasTimeStamp, literal('2031-03-03')),
    () => ({ focus: '/fact/designation/', path: 'sem:hasTimeStamp', component: 'sh:NodeConstraintComponent' }),
  ],
  [
    'a date typed xsd:dateTime',
    (g) => replaceObject(g, subjectOfType(g, NKG.Attack), SEM.hasTimeStamp, literal('2031-03-04T10:00:00', namedNode(`${PREFIXES.xsd}dateTime`))),
    () => ({ focus: '/event/attack/', path: 'sem:hasTimeStamp', component: 'sh:NodeConstraintComponent' }),
  ],
  [
    'a month that does not exist',
    (g) => replaceObject(g, subjectOfType(g, NKG.Attack), SEM.hasTimeStamp, literal('2031-13', namedNode(XSD.gYearMonth))),
    () => ({ focus: '/event/attack/', path: 'sem:hasTimeStamp', component: 'sh:NodeConstraintComponent' }),
  ],
  [
    'an interval with a beginning and no end',
    (g) => drop(g, subjectOfType(g, NKG.Alliance), SEM.hasEndTimeStamp),
    () => ({ focus: '/fact/alliance/', component: 'sh:OrConstraintComponent' }),
  ],
  [
    'an entity with two labels',
    (g) => add(g, ARMED, RDFS.label, literal('The Brigade')),
    () => ({ focus: ARMED, path: 'rdfs:label', component: 'sh:MaxCountConstraintComponent' }),
  ],
  [
    'an entity with no label',
    (g) => drop(g, ORG, RDFS.label),
    () => ({ focus: ORG, path: 'rdfs:label', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'a finer class without its coarse class',
    (g) => drop(g, CITY, RDF.type, NKG.Place),
    () => ({ focus: CITY, component: 'sh:ClassConstraintComponent' }),
  ],
  [
    'an entity of two coarse classes',
    (g) => add(g, PERSON, RDF.type, namedNode(NKG.Organization)),
    () => ({ focus: PERSON, component: 'sh:XoneConstraintComponent' }),
  ],
  [
    'a direct link to a node that is no entity',
    (g) => add(g, ARMED, NKG.attacked, namedNode(entityIri('never-described'))),
    () => ({ focus: entityIri('never-described'), path: 'rdfs:label', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'a confidence above 1',
    (g) => replaceObject(g, subjectOfType(g, NKG.Support), NKG.confidence, literal('1.500', namedNode(XSD.decimal))),
    () => ({ focus: '/fact/support/', path: 'nkg:confidence', component: 'sh:MaxInclusiveConstraintComponent' }),
  ],
  [
    'a fact with two confidences',
    (g) => add(g, subjectOfType(g, NKG.Support), NKG.confidence, literal('0.100', namedNode(XSD.decimal))),
    () => ({ focus: '/fact/support/', path: 'nkg:confidence', component: 'sh:MaxCountConstraintComponent' }),
  ],
  [
    'a fact not derived from any article',
    (g) => drop(g, subjectOfType(g, NKG.Founding), PROV.wasDerivedFrom),
    () => ({ focus: '/fact/founding/', path: 'prov:wasDerivedFrom', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'a fact with no rule',
    (g) => drop(g, subjectOfType(g, NKG.Leadership), NKG.rule),
    () => ({ focus: '/fact/leadership/', path: 'nkg:rule', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'an evidence span that ends where it begins',
    (g) => {
      const span = g.find((q) => q.predicate.value === NKG.evidence)!.object.value;
      const begin = g.find((q) => q.subject.value === span && q.predicate.value === NIF.beginIndex)!.object;
      return replaceObject(g, span, NIF.endIndex, begin);
    },
    () => ({ focus: '#char=', path: 'nif:beginIndex', component: 'sh:LessThanConstraintComponent' }),
  ],
  [
    'an evidence span without its words',
    (g) => drop(g, g.find((q) => q.predicate.value === NKG.evidence)!.object.value, NIF.anchorOf),
    () => ({ focus: '#char=', path: 'nif:anchorOf', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'evidence words that are not the article text between the offsets',
    (g) => replaceObject(g, g.find((q) => q.predicate.value === NKG.evidence)!.object.value, NIF.anchorOf, literal('words never written')),
    () => ({ focus: '#char=', path: 'nif:anchorOf', component: 'nkgsh:AnchorMatchesText' }),
  ],
  [
    'an evidence count that miscounts',
    (g) => replaceObject(g, subjectOfType(g, NKG.Support), NKG.evidenceCount, literal('5', namedNode(XSD.nonNegativeInteger))),
    () => ({ focus: '/fact/support/', path: 'nkg:evidenceCount', component: 'nkgsh:EvidenceCountMatches' }),
  ],
  [
    'an interval that ends before it begins',
    (g) => replaceObject(g, subjectOfType(g, NKG.Alliance), SEM.hasBeginTimeStamp, literal('2032', namedNode(XSD.gYear))),
    () => ({ focus: '/fact/alliance/', path: 'sem:hasBeginTimeStamp', component: 'nkgsh:IntervalInOrder' }),
  ],
  [
    'an alliance with one party',
    (g) => drop(g, subjectOfType(g, NKG.Alliance), NKG.party, entityIri('salt-front')),
    () => ({ focus: '/fact/alliance/', path: 'nkg:party', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'a role held by an organization',
    (g) => replaceObject(g, subjectOfType(g, NKG.RoleAssignment), NKG.person, namedNode(ORG)),
    () => ({ focus: '/fact/role/', path: 'nkg:person', component: 'sh:ClassConstraintComponent' }),
  ],
  [
    'a city designated',
    (g) => replaceObject(g, subjectOfType(g, NKG.Designation), NKG.designee, namedNode(CITY)),
    () => ({ focus: '/fact/designation/', path: 'nkg:designee', component: 'sh:NodeConstraintComponent' }),
  ],
  [
    'a person as the place of an event',
    (g) => replaceObject(g, subjectOfType(g, NKG.Attack), SEM.hasPlace, namedNode(PERSON)),
    () => ({ focus: '/event/attack/', path: 'sem:hasPlace', component: 'sh:NodeConstraintComponent' }),
  ],
  [
    'an attack typed with a CAMEO code of talks',
    (g) => replaceObject(g, cameoIri('195'), SKOS.notation, literal('040')),
    () => ({ focus: '/event/attack/', path: 'sem:eventType/skos:notation', component: 'sh:PatternConstraintComponent' }),
  ],
  [
    'an event with no CAMEO type',
    (g) => drop(g, subjectOfType(g, NKG.Deployment), SEM.eventType),
    () => ({ focus: '/event/deployment/', path: 'sem:eventType', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'an event of two coarse types',
    (g) => add(g, subjectOfType(g, NKG.Deployment), RDF.type, namedNode(NKG.Protest)),
    () => ({ focus: '/event/deployment/', component: 'sh:XoneConstraintComponent' }),
  ],
  [
    'a statement with no speaker',
    (g) => drop(g, subjectOfType(g, NKG.Statement), NKG.speaker),
    () => ({ focus: '/statement/', path: 'nkg:speaker', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'an article with no content hash',
    (g) => drop(g, subjectOfType(g, SCHEMA.NewsArticle), NKG.contentHash),
    () => ({ focus: '/article/', path: 'nkg:contentHash', component: 'sh:MinCountConstraintComponent' }),
  ],
  [
    'an article with no identifier',
    (g) => drop(g, subjectOfType(g, SCHEMA.NewsArticle), SCHEMA.identifier),
    () => ({ focus: '/article/', path: 'schema:identifier', component: 'sh:MinCountConstraintComponent' }),
  ],
];

const matches = (v: Violation, e: Expected) => v.focusNode.includes(e.focus) && (e.path === undefined || v.path === e.path) && v.component === e.component;
const show = (out: ValidationOutcome) => out.violations.map(formatViolation).join('\n');

describe('shapes on a graph with a fact of every kind', () => {
  it('the graph as the mapping writes it conforms', async () => {
    const out = await validator.validate(base);
    expect(show(out)).toBe('');
    expect(out.conforms).toBe(true);
  });

  it('the graph holds every kind of fact the defects are planted on', () => {
    for (const cls of [NKG.Designation, NKG.Support, NKG.Alliance, NKG.Founding, NKG.Leadership, NKG.RoleAssignment, NKG.Attack, NKG.Deployment, NKG.Statement]) {
      expect(() => subjectOfType(base, cls)).not.toThrow();
    }
  });

  it.each(DEFECTS)('%s is reported', async (_defect, plant, expected) => {
    const planted = plant(base);
    expect(planted).not.toEqual(base);
    const out = await validator.validate(planted);
    expect(out.conforms).toBe(false);
    const e = expected(planted);
    expect(out.violations.some((v) => matches(v, e)), `expected ${JSON.stringify(e)} among:\n${show(out)}`).toBe(true);
  });
});

describe('the validation report', () => {
  it('reads Turtle and names the source of a syntax error', async () => {
    await expect(validator.validateText('<urn:a> <urn:b> .', 'broken.ttl')).rejects.toThrow(/^broken\.ttl: /);
  });

  it('writes terms compactly and sequence paths with slashes', async () => {
    const planted = replaceObject(base, cameoIri('195'), SKOS.notation, literal('040'));
    const out = await validator.validate(planted);
    const v = out.violations.find((x) => x.path === 'sem:eventType/skos:notation')!;
    expect(v.value).toBe('"040"');
    expect(v.severity).toBe('Violation');
    expect(formatViolation(v)).toMatch(/^Violation: <https:\/\/w3id\.org\/newskg\/id\/event\/attack\/\w+>  sem:eventType\/skos:notation\n {4}an Attack has a CAMEO code/);
  });

  it('validates with other shapes when given them', async () => {
    const shapes = new Parser().parse(`@prefix sh: <http://www.w3.org/ns/shacl#> .
      <urn:s> a sh:NodeShape ; sh:targetClass <${NKG.Person}> ; sh:property [ sh:path <${NKG.countryCode}> ; sh:minCount 1 ] .`);
    const out = await new GraphValidator(shapes).validate(base);
    expect(out.violations.map((v) => v.focusNode).sort()).toEqual(['ina-roe', 'mara-voss', 'teo-lind'].map((k) => `<${entityIri(k)}>`));
  });

  it('reads a graph file written to disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-shapes-'));
    writeFileSync(join(dir, 'g.ttl'), `<${ARMED}> <${RDFS.label}> "A", "B" .`);
    const out = await validator.validateText(readFileSync(join(dir, 'g.ttl'), 'utf8'), 'g.ttl');
    expect(out.violations.map((v) => v.path)).toContain('rdfs:label');
  });
});
