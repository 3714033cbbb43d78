// The CAMEO scheme: generated from its table and up to date, a tree of codes, each code under the coarse type of its
// contract roots, and every CAMEO code the event and statement lexicons use present with the right coarse type.

import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { CAMEO_OUTPUT, cameoTurtle, generateCameo, readCameoTable } from '../../scripts/cameo-to-skos.js';
import { packagePath } from '../../src/paths.js';
import { cameoIri } from '../../src/rdf/iris.js';
import { NKG, RDF, SKOS } from '../../src/rdf/vocab.js';

const turtle = readFileSync(CAMEO_OUTPUT, 'utf8');
const scheme = new Store(new Parser().parse(turtle));
const coarseOf = (code: string): string | undefined => scheme.getObjects(cameoIri(code), NKG.coarseType, null)[0]?.value;

describe('ontology/cameo.ttl', () => {
  it('is what scripts/cameo-to-skos.ts writes from the data files now', async () => {
    expect(turtle).toBe(await generateCameo());
  });

  it('holds every code of the table as a concept of nkg:CAMEO', () => {
    const rows = readCameoTable(readFileSync(packagePath('ontology', 'data', 'cameo-eventcodes.tsv'), 'utf8'));
    const codes = rows.filter((r) => r.code.length > 1).map((r) => r.code);
    expect(codes.length).toBeGreaterThan(300);
    for (const code of codes) {
      expect(scheme.countQuads(cameoIri(code), RDF.type, SKOS.Concept, null), code).toBe(1);
      expect(scheme.getObjects(cameoIri(code), SKOS.notation, null).map((t) => t.value)).toEqual([code]);
      expect(scheme.getObjects(cameoIri(code), SKOS.inScheme, null).map((t) => t.value)).toEqual([NKG.CAMEO]);
    }
  });

  it.each([
    ['0211', '021'],
    ['021', '02'],
    ['1823', '182'],
    ['195', '19'],
    ['19', undefined],
  ])('%s is narrower than %s', (code, parent) => {
    expect(scheme.getObjects(cameoIri(code), SKOS.broader, null).map((t) => t.value)).toEqual(parent ? [cameoIri(parent)] : []);
  });

  it.each([
    ['010', 'Statement'],
    ['020', 'Appeal'],
    ['1011', 'Appeal'],
    ['040', 'Communication'],
    ['057', 'Agreement'],
    ['0871', 'Agreement'],
    ['138', 'Threat'],
    ['141', 'Protest'],
    ['154', 'Deployment'],
    ['173', 'Arrest'],
    ['190', 'Attack'],
    ['192', 'Capture'],
    ['193', 'Attack'],
    ['1823', 'Attack'],
    ['180', 'Attack'],
    ['181', 'Arrest'],
    ['203', 'Attack'],
    ['03', undefined],
    ['036', undefined],
    ['112', undefined],
    ['163', undefined],
  ] as const)('code %s has coarse type %s', (code, type) => {
    expect(coarseOf(code)).toBe(type ? NKG[type] : undefined);
  });

  it('refuses a table row that is not a code and a label, and a code whose parent is missing', async () => {
    expect(() => readCameoTable('# note\nCODE\tLABEL\nx12\tSomething\n')).toThrow(/row 2/);
    const orphan = readCameoTable('CODE\tLABEL\n19\tFIGHT\n1951\tOrphan\n');
    await expect(cameoTurtle(orphan, { roots: {}, quadClasses: { byRoot: {} } })).rejects.toThrow(/no parent 195/);
  });
});

interface Trigger {
  type: keyof typeof NKG;
  cameo: string;
}

describe('the lexicons name CAMEO codes of the scheme under their own type', () => {
  const triggers = (JSON.parse(readFileSync(packagePath('lexicons', 'events', 'triggers.json'), 'utf8')) as { triggers: Trigger[] }).triggers;
  it('reads the trigger lexicon', () => expect(triggers.length).toBeGreaterThan(10));
  it.each(triggers.map((t) => [t.cameo, t.type] as const))('trigger code %s is under %s', (code, type) => {
    expect(coarseOf(code)).toBe(NKG[type]);
  });
  it('the reporting verbs of statements are under Statement', () => {
    const speech = JSON.parse(readFileSync(packagePath('lexicons', 'events', 'speech.json'), 'utf8')) as { cameo: string };
    expect(coarseOf(speech.cameo)).toBe(NKG.Statement);
  });
});
