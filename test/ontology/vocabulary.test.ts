// The ontology against the code: every newskg term of vocab.ts is declared in ontology/newskg.ttl, every nkg: term
// that the queries, shapes and CAMEO scheme use exists in vocab.ts, and the class hierarchy agrees with the code's.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { coarseTypeOf, type EntityClass, type EventType } from '../../src/annotate/document.js';
import { CQ_DIR, packagePath } from '../../src/paths.js';
import { NKG, OWN_NAMESPACES, PREFIXES, RDF, RDFS } from '../../src/rdf/vocab.js';

const OWL = PREFIXES.owl;
const SUBCLASS_OF = `${PREFIXES.rdfs}subClassOf`;
const NS = PREFIXES.nkg;
const ontologyFile = (name: string) => packagePath('ontology', name);
const parse = (path: string): Quad[] => new Parser().parse(readFileSync(path, 'utf8'));

const ontology = new Store(parse(ontologyFile('newskg.ttl')));
const vocabTerms = new Set<string>(Object.values(NKG));

const DECLARATIONS = new Set([`${OWL}Class`, `${OWL}ObjectProperty`, `${OWL}DatatypeProperty`, `${PREFIXES.skos}ConceptScheme`]);

/** nkg: IRIs in a SPARQL query, written as prefixed names under whatever prefix binds the namespace, or in full. */
function nkgTermsOfQuery(text: string): string[] {
  const prefixes = [...text.matchAll(/PREFIX\s+([\w-]*):\s*<([^>]*)>/gi)].filter((m) => m[2] === NS).map((m) => m[1]!);
  const body = text.replace(/PREFIX\s+[\w-]*:\s*<[^>]*>/gi, '');
  const out: string[] = [];
  for (const p of prefixes) for (const m of body.matchAll(new RegExp(`(?<![\\w:])${p}:([A-Za-z_][\\w-]*)`, 'g'))) out.push(NS + m[1]);
  for (const m of body.matchAll(/<(https:\/\/w3id\.org\/newskg\/ontology#[^>]+)>/g)) out.push(m[1]!);
  return out;
}

const nkgTermsOfGraph = (quads: Quad[]): string[] =>
  quads.flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NS)).map((t) => t.value);

describe('every newskg term of vocab.ts is declared in ontology/newskg.ttl', () => {
  it.each(Object.entries(NKG))('%s', (_name, iri) => {
    const types = ontology.getObjects(iri, RDF.type, null).map((t) => t.value);
    expect(types.filter((t) => DECLARATIONS.has(t)), `${iri} declared as a class, property or scheme`).not.toHaveLength(0);
    expect(ontology.getObjects(iri, RDFS.label, null), `${iri} has an rdfs:label`).toHaveLength(1);
    expect(ontology.getObjects(iri, RDFS.comment, null), `${iri} has an rdfs:comment`).toHaveLength(1);
  });

  it('declares nothing in the nkg: namespace that vocab.ts lacks', () => {
    const declared = ontology.getSubjects(RDF.type, null, null).map((t) => t.value).filter((iri) => iri.startsWith(NS));
    expect(declared.filter((iri) => !vocabTerms.has(iri))).toEqual([]);
  });

  it('covers every namespace that vocab.ts calls its own', () => {
    expect(OWN_NAMESPACES).toEqual([NS]);
  });
});

describe('every nkg: term used elsewhere exists in vocab.ts', () => {
  const queries = readdirSync(CQ_DIR).filter((f) => f.endsWith('.rq'));
  it('finds the competency questions', () => expect(queries.length).toBeGreaterThanOrEqual(13));
  it.each(queries)('ontology/cq/%s', (file) => {
    const terms = nkgTermsOfQuery(readFileSync(join(CQ_DIR, file), 'utf8'));
    expect(terms.filter((t) => !vocabTerms.has(t))).toEqual([]);
  });
  it.each(['shapes.ttl', 'cameo.ttl', 'newskg.ttl'])('ontology/%s', (file) => {
    const terms = nkgTermsOfGraph(parse(ontologyFile(file)));
    expect(terms.length).toBeGreaterThan(0);
    expect([...new Set(terms)].filter((t) => !vocabTerms.has(t))).toEqual([]);
  });
  it('the query reader finds prefixed, renamed and full IRIs, and only in the nkg: namespace', () => {
    const q = `PREFIX k: <${NS}> PREFIX nkg: <http://example.org/other#>\nSELECT * { ?a k:Foo ?b ; <${NS}Bar> ?c ; nkg:Baz ?d }`;
    expect(nkgTermsOfQuery(q).sort()).toEqual([`${NS}Bar`, `${NS}Foo`]);
  });
});

/** The superclasses of a class in newskg.ttl, transitively. */
function superclasses(cls: string): Set<string> {
  const seen = new Set<string>();
  const todo = [cls];
  while (todo.length) {
    for (const sup of ontology.getObjects(todo.pop()!, SUBCLASS_OF, null)) {
      if (sup.termType === 'NamedNode' && !seen.has(sup.value)) {
        seen.add(sup.value);
        todo.push(sup.value);
      }
    }
  }
  return seen;
}

// A Record over the union type makes the compiler insist that every entity class is listed.
const ENTITY_CLASSES: Record<EntityClass, true> = {
  Person: true, Organization: true, Government: true, GovernmentAgency: true, MilitaryForce: true, ArmedGroup: true,
  InternationalOrganization: true, MediaOutlet: true, Company: true, CollectiveActor: true, Country: true, Place: true,
  City: true, Region: true, Facility: true, WaterBody: true,
};
const EVENT_TYPES: Record<EventType, true> = {
  Attack: true, Capture: true, Deployment: true, Communication: true, Protest: true, Agreement: true, Threat: true, Appeal: true, Arrest: true,
};
const COARSE_CLASSES = ['Person', 'Organization', 'Country', 'Place'] as const;

describe('the class hierarchy agrees with the code', () => {
  it.each(Object.keys(ENTITY_CLASSES) as EntityClass[])('entity class %s falls under its coarse class and no other', (cls) => {
    const coarse = coarseTypeOf(cls);
    const above = superclasses(NKG[cls]);
    for (const other of COARSE_CLASSES) {
      const expected = other === coarse && other !== cls;
      expect(above.has(NKG[other]), `${cls} under ${other}`).toBe(expected);
    }
  });

  it.each([
    ['Person', ['http://semanticweb.cs.vu.nl/2009/11/sem/Actor', 'https://schema.org/Person']],
    ['Organization', ['http://semanticweb.cs.vu.nl/2009/11/sem/Actor', 'http://www.w3.org/ns/org#Organization']],
    ['Country', ['http://semanticweb.cs.vu.nl/2009/11/sem/Actor', 'http://semanticweb.cs.vu.nl/2009/11/sem/Place', 'https://schema.org/Country']],
    ['Place', ['http://semanticweb.cs.vu.nl/2009/11/sem/Place', 'https://schema.org/Place']],
  ] as const)('coarse class %s is aligned to %j', (cls, expected) => {
    expect([...superclasses(NKG[cls])].sort()).toEqual([...expected].sort());
  });

  it.each(Object.keys(EVENT_TYPES) as EventType[])('event class %s is an nkg:Event, a sem:Event and a fact', (type) => {
    const above = superclasses(NKG[type]);
    expect([NKG.Event, NKG.Fact, 'http://semanticweb.cs.vu.nl/2009/11/sem/Event'].every((c) => above.has(c))).toBe(true);
  });

  it.each(['Designation', 'Support', 'Alliance', 'Affiliation', 'Succession', 'Founding', 'Leadership', 'RoleAssignment', 'Sanction', 'Statement'] as const)(
    'fact class %s is a fact, not an event',
    (cls) => {
      const above = superclasses(NKG[cls]);
      expect(above.has(NKG.Fact)).toBe(true);
      expect(above.has(NKG.Event)).toBe(false);
    },
  );

  it('no fact class is a prov:Activity (PROV-O makes activities and entities disjoint; facts are prov:Entity)', () => {
    const factClasses = ontology.getSubjects(RDF.type, `${OWL}Class`, null).map((t) => t.value).filter((c) => superclasses(c).has(NKG.Fact));
    expect(factClasses.length).toBeGreaterThan(10);
    for (const c of factClasses) {
      const above = superclasses(c);
      expect(above.has(`${PREFIXES.prov}Entity`), c).toBe(true);
      expect([...above].filter((s) => s === `${PREFIXES.org}ChangeEvent` || s === `${PREFIXES.prov}Activity`), c).toEqual([]);
    }
  });

  it("each event class notes exactly its contract's CAMEO roots", () => {
    const table = JSON.parse(readFileSync(packagePath('ontology', 'data', 'cameo-coarse-types.json'), 'utf8')) as { roots: Record<string, string> };
    for (const type of [...Object.keys(EVENT_TYPES), 'Statement'] as (EventType | 'Statement')[]) {
      const roots = Object.entries(table.roots).filter(([, t]) => t === type).map(([code]) => PREFIXES.cameo + code).sort();
      const noted = ontology.getObjects(NKG[type], `${PREFIXES.rdfs}seeAlso`, null).map((t) => t.value).sort();
      expect(noted, type).toEqual(roots);
    }
  });
});
