// rdflib's answers to a query on a file, as SPARQL JSON results, and a comparison key that both engines share.

import { execFileSync } from 'node:child_process';
import { PYTHON } from '../support/externalTools.js';

// one Python start for all queries: rdflib's import dominates the time
const SCRIPT = `
import sys, json, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
out = {q: g.query(open(q).read()).serialize(format="json").decode() for q in sys.argv[2:]}
sys.stdout.write(json.dumps(out))
`;

/** rdflib's SPARQL JSON results for query files run on a Turtle file: query path → results text. */
export function rdflibJson(graphPath: string, queryPaths: string[]): Record<string, string> {
  return JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, graphPath, ...queryPaths], { encoding: 'utf8' })) as Record<string, string>;
}

interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** The solutions of SPARQL JSON results as sorted row keys (xsd:string and plain literals read alike). */
export function rowKeys(json: string): string[] {
  const parsed = JSON.parse(json) as { head: { vars: string[] }; results: { bindings: Record<string, JsonTerm>[] } };
  return parsed.results.bindings
    .map((b) =>
      Object.keys(b)
        .sort()
        .map((v) => {
          const t = b[v]!;
          const type = t.type === 'typed-literal' ? 'literal' : t.type;
          const dt = t.datatype === XSD_STRING ? '' : (t.datatype ?? '');
          return `${v}=${type}|${t.value}|${dt}|${t['xml:lang'] ?? ''}`;
        })
        .join(' '),
    )
    .sort();
}
