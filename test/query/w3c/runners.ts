// Two ways to run a W3C test: through newskg's query layer and all its result writers (JSON, XML, TSV, CSV;
// N-Triples and Turtle for graphs), and with the engine called directly, so the two pass counts can be compared.

import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import { SparqlStore, type RdfFormat } from '../../../src/query/engine.js';
import { parseNTriples, queryForm } from '../../../src/query/results.js';
import { quadsToTurtle } from '../../../src/query/writeResult.js';
import { csvRows, csvView, graphOutcome, parseResultGraph, parseSrj, parseSrx, parseTsv, sameOutcome, termCell, type Outcome } from './resultSets.js';
import { readSuiteFile, type W3cTest } from './w3cSuite.js';

const FORMAT: Record<string, RdfFormat> = { ttl: 'text/turtle', nt: 'application/n-triples', rdf: 'application/rdf+xml' };
const formatOf = (iri: string): RdfFormat => FORMAT[iri.slice(iri.lastIndexOf('.') + 1)] ?? 'text/turtle';

/** The expected outcome of an evaluation test. */
export function expectedOutcome(t: W3cTest): Outcome {
  const iri = t.result!;
  const text = readSuiteFile(iri);
  if (iri.endsWith('.srx')) return parseSrx(text);
  if (iri.endsWith('.srj')) return parseSrj(text);
  if (iri.endsWith('.tsv')) return parseTsv(text);
  return parseResultGraph(text, iri);
}

/** CSV texts with the same header and the same rows in any order (blank node labels aside). */
function sameCsv(ours: string, theirs: string): boolean {
  const a = csvRows(ours);
  const b = csvRows(theirs);
  return a.vars.join() === b.vars.join() && a.rows.join('\n') === b.rows.join('\n');
}

/** A failure reason, or undefined when the test passes. */
export type Verdict = string | undefined;

function syntaxVerdict(t: W3cTest, tryParse: (query: string) => void): Verdict {
  let error: string | undefined;
  try {
    tryParse(readSuiteFile(t.query));
  } catch (err) {
    error = (err as Error).message;
  }
  if (t.kind === 'positive-syntax') return error && `refused a valid query: ${error.slice(0, 120)}`;
  return error ? undefined : 'accepted an invalid query';
}

/** Runs a test through the query layer, checking every result writer against the expected outcome. */
export function runThroughLayer(t: W3cTest): Verdict {
  const store = new SparqlStore({ unionDefaultGraph: false });
  if (t.kind !== 'eval') return syntaxVerdict(t, (q) => store.query(q, { baseIri: t.query }));
  try {
    for (const d of t.data) store.load(readSuiteFile(d), formatOf(d), { baseIri: d });
    for (const g of t.graphData) store.load(readSuiteFile(g), formatOf(g), { graph: g, baseIri: g });
    const query = readSuiteFile(t.query);
    const opts = { baseIri: t.query };
    if (t.result?.endsWith('.csv')) return sameCsv(store.run(query, 'csv', opts), readSuiteFile(t.result)) ? undefined : 'CSV differs';
    const expected = expectedOutcome(t);
    const form = queryForm(query);
    if (form === 'construct' || form === 'describe') {
      const quads = parseNTriples(store.run(query, 'ntriples', opts));
      return sameOutcome(graphOutcome(quads), expected) ? undefined : 'graph differs (N-Triples)';
    }
    const json = store.run(query, 'json', opts);
    if (!sameOutcome(parseSrj(json), expected)) return 'solutions differ (JSON)';
    if (!sameOutcome(parseSrx(store.run(query, 'xml', opts)), expected)) return 'solutions differ (XML writer)';
    if ('boolean' in expected) return undefined;
    if (!sameOutcome(parseTsv(store.run(query, 'tsv', opts)), expected)) return 'solutions differ (TSV writer)';
    const vars = (JSON.parse(json) as { head: { vars: string[] } }).head.vars;
    const csv = csvRows(store.run(query, 'csv', opts));
    if (csv.vars.join() !== [...vars].sort().join() || csv.rows.join('\n') !== csvView(vars, expected).join('\n')) return 'solutions differ (CSV writer)';
    return undefined;
  } catch (err) {
    return `error: ${(err as Error).message.slice(0, 160)}`;
  }
}

/** Checks that Turtle written by the layer reads back as the same graph (async: n3's writer is). */
export async function turtleRoundTrip(t: W3cTest): Promise<Verdict> {
  const store = new SparqlStore({ unionDefaultGraph: false });
  for (const d of t.data) store.load(readSuiteFile(d), formatOf(d), { baseIri: d });
  const quads = parseNTriples(store.run(readSuiteFile(t.query), 'ntriples', { baseIri: t.query }));
  const back = new Parser().parse(await quadsToTurtle(quads));
  return sameOutcome(graphOutcome(back), expectedOutcome(t)) ? undefined : 'graph differs (Turtle writer)';
}

/** Runs a test with oxigraph called directly (results as terms, no writers). */
export function runDirect(t: W3cTest): Verdict {
  const store = new oxigraph.Store();
  if (t.kind !== 'eval') return syntaxVerdict(t, (q) => store.query(q, { base_iri: t.query }));
  try {
    for (const d of t.data) store.load(readSuiteFile(d), { format: formatOf(d), base_iri: d });
    for (const g of t.graphData) store.load(readSuiteFile(g), { format: formatOf(g), base_iri: g, to_graph_name: oxigraph.namedNode(g) });
    if (t.result?.endsWith('.csv')) {
      const csv = store.query(readSuiteFile(t.query), { base_iri: t.query, results_format: 'text/csv' }) as string;
      return sameCsv(csv, readSuiteFile(t.result)) ? undefined : 'CSV differs';
    }
    const result = store.query(readSuiteFile(t.query), { base_iri: t.query });
    const expected = expectedOutcome(t);
    let actual: Outcome;
    if (typeof result === 'boolean') actual = { boolean: result };
    else if (Array.isArray(result) && result.length && !(result[0] instanceof Map)) actual = graphOutcome(result as never);
    else actual = { rows: (result as Map<string, never>[]).map((m) => new Map([...m].map(([k, v]) => [k, termCell(v)]))) };
    // an empty CONSTRUCT result and an empty solution sequence look alike: both are empty
    return sameOutcome(actual, expected) ? undefined : 'solutions differ';
  } catch (err) {
    return `error: ${(err as Error).message.slice(0, 160)}`;
  }
}
