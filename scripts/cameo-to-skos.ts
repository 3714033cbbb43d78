// Generates ontology/cameo.ttl, the CAMEO event codes as a SKOS concept scheme, from the codebook table in
// ontology/data/ (see ontology/README.md for its source). Run: npx tsx scripts/cameo-to-skos.ts [--check]

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataFactory, Writer, type Quad } from 'n3';
import { cameoIri } from '../src/rdf/iris.js';
import { NKG, PREFIXES, RDF, SKOS } from '../src/rdf/vocab.js';

const { namedNode, literal, quad } = DataFactory;

// SKOS terms only the scheme uses (the mapping never writes them, so vocab.ts does not list them).
const SKOS_SCHEME = {
  Collection: `${PREFIXES.skos}Collection`,
  member: `${PREFIXES.skos}member`,
  topConceptOf: `${PREFIXES.skos}topConceptOf`,
  hasTopConcept: `${PREFIXES.skos}hasTopConcept`,
} as const;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CAMEO_TABLE = `${ROOT}ontology/data/cameo-eventcodes.tsv`;
export const CAMEO_COARSE = `${ROOT}ontology/data/cameo-coarse-types.json`;
export const CAMEO_OUTPUT = `${ROOT}ontology/cameo.ttl`;

/** ontology/data/cameo-coarse-types.json: the contract's roots of each coarse type, and GDELT's quad classes. */
export interface CoarseTable {
  roots: Record<string, string>;
  quadClasses: { byRoot: Record<string, string> };
}

/** One row of the codebook: a code of two to four digits, or a one-digit quad class. */
export interface CameoRow {
  code: string;
  label: string;
}

/** Reads the codebook table: '#' lines are notes, the first other line is the header. */
export function readCameoTable(text: string): CameoRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  return lines.slice(1).map((line, i) => {
    const [code, label] = line.split('\t');
    if (!code || !label || !/^\d{1,4}$/.test(code)) throw new Error(`cameo-to-skos: row ${i + 2} is not "code<TAB>label": ${line}`);
    return { code, label: label.trim() };
  });
}

/** Root headings are in capitals in the codebook; a label reads better in sentence case. */
function sentenceCase(label: string): string {
  if (label !== label.toUpperCase()) return label;
  const lower = label.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The coarse contract type of a code: the one of its longest listed root prefix. */
function coarseTypeOf(code: string, roots: Record<string, string>): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const type = roots[code.slice(0, n)];
    if (type) return type;
  }
  return undefined;
}

/** The quads of the scheme: one concept a code, its broader code, its coarse type; quad classes as collections. */
export function cameoQuads(rows: readonly CameoRow[], coarse: CoarseTable): Quad[] {
  const out: Quad[] = [];
  const add = (s: string, p: string, o: string | ReturnType<typeof literal>) =>
    out.push(quad(namedNode(s), namedNode(p), typeof o === 'string' ? namedNode(o) : o));
  const codes = new Set(rows.map((r) => r.code));
  const scheme = NKG.CAMEO;
  add(scheme, RDF.type, SKOS.ConceptScheme);
  add(scheme, SKOS.prefLabel, literal('CAMEO event codes', 'en'));
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const { code, label } of sorted) {
    if (code.length === 1) {
      const collection = cameoIri(`quad-${code}`);
      add(collection, RDF.type, SKOS_SCHEME.Collection);
      add(collection, SKOS.prefLabel, literal(`${sentenceCase(label)} (quad class ${code})`, 'en'));
      for (const [root, quadClass] of Object.entries(coarse.quadClasses.byRoot)) {
        if (quadClass === code && codes.has(root)) add(collection, SKOS_SCHEME.member, cameoIri(root));
      }
      continue;
    }
    const iri = cameoIri(code);
    add(iri, RDF.type, SKOS.Concept);
    add(iri, RDF.type, NKG.EventType);
    add(iri, SKOS.inScheme, scheme);
    add(iri, SKOS.notation, literal(code));
    add(iri, SKOS.prefLabel, literal(sentenceCase(label), 'en'));
    if (code.length === 2) {
      add(iri, SKOS_SCHEME.topConceptOf, scheme);
      add(scheme, SKOS_SCHEME.hasTopConcept, iri);
    } else {
      const parent = code.slice(0, -1);
      if (!codes.has(parent)) throw new Error(`cameo-to-skos: code ${code} has no parent ${parent} in the table`);
      add(iri, SKOS.broader, cameoIri(parent));
    }
    const type = coarseTypeOf(code, coarse.roots);
    if (type) {
      const cls = (NKG as Record<string, string>)[type];
      if (!cls) throw new Error(`cameo-to-skos: coarse type ${type} is not a class of vocab.ts`);
      add(iri, NKG.coarseType, cls);
    }
  }
  return out;
}

/** The scheme as Turtle, with a header naming its source. */
export async function cameoTurtle(rows: readonly CameoRow[], coarse: CoarseTable): Promise<string> {
  const prefixes = { nkg: PREFIXES.nkg, cameo: PREFIXES.cameo, rdf: PREFIXES.rdf, skos: PREFIXES.skos };
  const writer = new Writer({ prefixes });
  // one block a subject, in the order subjects first appear (scheme, codes in order, quad classes)
  const quads = cameoQuads(rows, coarse);
  const rank = new Map<string, number>();
  for (const q of quads) if (!rank.has(q.subject.value)) rank.set(q.subject.value, rank.size);
  const bySubject = quads.map((q, i) => ({ q, i })).sort((a, b) => rank.get(a.q.subject.value)! - rank.get(b.q.subject.value)! || a.i - b.i);
  writer.addQuads(bySubject.map(({ q }) => q));
  const body = await new Promise<string>((resolve, reject) => writer.end((err, text: string) => (err ? reject(err) : resolve(text))));
  const header = [
    '# CAMEO event codes as a SKOS concept scheme (nkg:CAMEO). GENERATED by scripts/cameo-to-skos.ts from',
    '# ontology/data/cameo-eventcodes.tsv and ontology/data/cameo-coarse-types.json: edit those, not this file.',
    '# Source: the CAMEO codebook (Schrodt et al.) as distributed with the GDELT event data; see ontology/README.md.',
    '',
  ].join('\n');
  return header + body;
}

/** The Turtle that ontology/cameo.ttl should hold, from the data files as they are now. */
export function generateCameo(): Promise<string> {
  const rows = readCameoTable(readFileSync(CAMEO_TABLE, 'utf8'));
  const coarse = JSON.parse(readFileSync(CAMEO_COARSE, 'utf8')) as CoarseTable;
  return cameoTurtle(rows, coarse);
}

async function main(): Promise<void> {
  const text = await generateCameo();
  if (process.argv.includes('--check')) {
    const current = readFileSync(CAMEO_OUTPUT, 'utf8');
    if (current !== text) {
      console.error('ontology/cameo.ttl is out of date: run npx tsx scripts/cameo-to-skos.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(CAMEO_OUTPUT, text);
  console.log(`wrote ${CAMEO_OUTPUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
