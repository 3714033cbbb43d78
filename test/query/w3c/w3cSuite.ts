// The W3C SPARQL 1.1 query test manifests, read from the shared copy (its W3C base IRI mapped to the local folder).

import { existsSync, readFileSync } from 'node:fs';
import { Parser, Store, type Term } from 'n3';
import { SHARED_DIR } from '../../support/externalTools.js';

export const W3C_DIR = `${SHARED_DIR}w3c/sparql/sparql11/`;
export const W3C_BASE = 'https://w3c.github.io/rdf-tests/sparql/sparql11/';
export const hasW3c: boolean = existsSync(`${W3C_DIR}manifest-sparql11-query.ttl`);

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

export interface W3cTest {
  /** Folder and name, e.g. "aggregates#agg01". */
  id: string;
  kind: 'eval' | 'positive-syntax' | 'negative-syntax';
  /** IRIs (under W3C_BASE) of the query, the default graph's data, the named graphs, the expected result. */
  query: string;
  data: string[];
  graphData: string[];
  result?: string;
}

/** The local file behind a suite IRI. */
export function localPath(iri: string): string {
  return W3C_DIR + iri.slice(W3C_BASE.length);
}

/** The text of a suite file. */
export function readSuiteFile(iri: string): string {
  return readFileSync(localPath(iri), 'utf8');
}

function parseManifest(iri: string): Store {
  return new Store(new Parser({ baseIRI: iri }).parse(readSuiteFile(iri)));
}

function list(store: Store, head: Term): Term[] {
  const out: Term[] = [];
  let node: Term | undefined = head;
  while (node && node.value !== `${RDF}nil`) {
    const first = store.getObjects(node, `${RDF}first`, null)[0];
    if (first) out.push(first);
    node = store.getObjects(node, `${RDF}rest`, null)[0];
  }
  return out;
}

const KIND: Record<string, W3cTest['kind']> = {
  [`${MF}QueryEvaluationTest`]: 'eval',
  [`${MF}CSVResultFormatTest`]: 'eval',
  [`${MF}PositiveSyntaxTest11`]: 'positive-syntax',
  [`${MF}NegativeSyntaxTest11`]: 'negative-syntax',
};

/** Every test of the query manifest and the manifests it includes, in manifest order. */
export function loadSuite(manifest = 'manifest-sparql11-query.ttl'): W3cTest[] {
  const top = parseManifest(W3C_BASE + manifest);
  const included = top
    .getObjects(null, `${MF}include`, null)
    .flatMap((h) => list(top, h))
    .filter((m) => m.value.startsWith(W3C_BASE));
  const tests: W3cTest[] = [];
  for (const inc of included) {
    const store = parseManifest(inc.value);
    for (const head of store.getObjects(null, `${MF}entries`, null)) {
      for (const entry of list(store, head)) {
        const type = store.getObjects(entry, `${RDF}type`, null).map((t) => KIND[t.value]).find(Boolean);
        if (!type) continue;
        const action = store.getObjects(entry, `${MF}action`, null)[0]!;
        const id = `${inc.value.slice(W3C_BASE.length).replace(/\/manifest\.ttl$/, '')}#${entry.value.split('#').pop()}`;
        if (type !== 'eval') {
          tests.push({ id, kind: type, query: action.value, data: [], graphData: [] });
          continue;
        }
        const result = store.getObjects(entry, `${MF}result`, null)[0];
        tests.push({
          id,
          kind: type,
          query: store.getObjects(action, `${QT}query`, null)[0]!.value,
          data: store.getObjects(action, `${QT}data`, null).map((t) => t.value),
          graphData: store.getObjects(action, `${QT}graphData`, null).map((t) => t.value),
          ...(result ? { result: result.value } : {}),
        });
      }
    }
  }
  return tests;
}
