// Writing a graph out: Turtle, TriG, N-Quads or JSON-LD, always in one canonical order so that the same input
// gives byte-identical output (n3 writes the RDF syntaxes; jsonld.js turns N-Quads into JSON-LD).

import jsonld from 'jsonld';
import { Writer, type Quad, type Term } from 'n3';
import { PREFIXES } from '../rdf/vocab.js';

export const FORMATS = ['turtle', 'trig', 'nquads', 'jsonld'] as const;
export type OutputFormat = (typeof FORMATS)[number];

const N3_FORMAT: Record<Exclude<OutputFormat, 'jsonld'>, string> = {
  turtle: 'Turtle',
  trig: 'TriG',
  nquads: 'N-Quads',
};

/** The file extension users expect for a format. */
export const EXTENSION: Record<OutputFormat, string> = { turtle: 'ttl', trig: 'trig', nquads: 'nq', jsonld: 'jsonld' };

/** Guesses the format from a file name, or undefined. */
export function formatFromPath(path: string): OutputFormat | undefined {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const found = (Object.keys(EXTENSION) as OutputFormat[]).find((f) => EXTENSION[f] === ext);
  return found ?? (ext === 'nt' ? 'nquads' : undefined);
}

function termKey(t: Term): string {
  if (t.termType === 'Literal') return `"${t.value}"^^${t.datatype.value}@${t.language}`;
  return t.termType === 'DefaultGraph' ? '' : t.value;
}

/** Sorts quads by graph, subject, predicate (rdf:type first), then object, and drops exact duplicates. */
export function canonicalOrder(quads: Iterable<Quad>): Quad[] {
  const keyed = new Map<string, { key: string[]; quad: Quad }>();
  for (const q of quads) {
    const p = q.predicate.value === `${PREFIXES.rdf}type` ? '' : q.predicate.value;
    const key = [termKey(q.graph), q.subject.value, p, termKey(q.object)];
    keyed.set(key.join('\u0001'), { key, quad: q });
  }
  return [...keyed.values()]
    .sort((a, b) => {
      for (let i = 0; i < 4; i++) {
        const x = a.key[i]!;
        const y = b.key[i]!;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    })
    .map((k) => k.quad);
}

function writeN3(quads: Quad[], format: string): Promise<string> {
  const writer = new Writer({ format, prefixes: format === 'N-Quads' ? {} : { ...PREFIXES } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, result: string) => (err ? reject(err) : resolve(result))));
}

/** Serializes quads in the given format, in canonical order. */
export async function serialize(quads: Iterable<Quad>, format: OutputFormat): Promise<string> {
  const ordered = canonicalOrder(quads);
  if (format !== 'jsonld') return writeN3(ordered, N3_FORMAT[format]);
  const nquads = await writeN3(ordered, 'N-Quads');
  const doc = await jsonld.fromRDF(nquads, { format: 'application/n-quads', useNativeTypes: false });
  return `${JSON.stringify(doc, null, 2)}\n`;
}
