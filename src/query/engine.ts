// The SPARQL engine behind one small module: oxigraph (Rust, compiled to WASM), chosen for speed and memory.
// Nothing else imports oxigraph (the worker thread loads it from the path and source given here), so the engine
// can be swapped here alone. Queries get the ontology's prefixes predeclared; results leave as W3C result text.

import { createRequire } from 'node:module';
import * as oxigraph from 'oxigraph';
import { withPrefixes, type PreparedQuery } from './prefixes.js';
import { parseJsonResults, parseNTriples, queryForm, type QueryResult } from './results.js';

/** A SELECT result row: variable name → the term's string value (IRI or lexical form); unbound variables absent. */
export type Row = Record<string, string>;

export type RdfFormat =
  | 'text/turtle'
  | 'application/trig'
  | 'application/n-quads'
  | 'application/n-triples'
  | 'application/ld+json'
  | 'application/rdf+xml';

/** The W3C serializations the engine writes: SPARQL results for SELECT/ASK, N-Triples for CONSTRUCT/DESCRIBE. */
export type EngineResultFormat = 'json' | 'xml' | 'csv' | 'tsv' | 'ntriples';

const ENGINE_FORMAT: Record<EngineResultFormat, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  ntriples: 'application/n-triples',
};

export interface StoreOptions {
  /** Whether the default graph is the union of all graphs (true: how newskg's single-graph files read best). */
  unionDefaultGraph?: boolean;
}

/** A query the engine refused: its message carries the line and column in the caller's own query text. */
export class QuerySyntaxError extends Error {
  readonly code = 'E_QUERY_SYNTAX';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** Turns an engine error about a prepared query back into positions of the user's text. */
export function engineError(err: unknown, prepared: PreparedQuery): Error {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(message);
  if (!m) return err instanceof Error ? err : new Error(message);
  const line = Number(m[1]);
  const column = line === 1 ? Number(m[2]) - prepared.firstLineShift : Number(m[2]);
  return new QuerySyntaxError(`syntax error at line ${line}, column ${column}: ${m[3]}`, line, column);
}

/** An in-memory store that answers SPARQL 1.1. */
export class SparqlStore {
  readonly store = new oxigraph.Store();
  /** Bumped on every load, so caches built from the store (walk projections) know when they are stale. */
  version = 0;
  private readonly union: boolean;

  constructor(options: StoreOptions = {}) {
    this.union = options.unionDefaultGraph ?? true;
  }

  /** Loads RDF text in one batch (much faster than adding quads one by one), into a named graph when given. */
  load(text: string, format: RdfFormat = 'text/turtle', options: { graph?: string; baseIri?: string } = {}): this {
    this.store.load(text, {
      format,
      ...(options.graph ? { to_graph_name: oxigraph.namedNode(options.graph) } : {}),
      ...(options.baseIri ? { base_iri: options.baseIri } : {}),
    });
    this.version++;
    return this;
  }

  get size(): number {
    return this.store.size;
  }

  private options(): { use_default_graph_as_union: boolean } {
    return { use_default_graph_as_union: this.union };
  }

  /** Runs any query form and returns the engine's W3C serialization of its result. */
  run(query: string, format: EngineResultFormat, options: { baseIri?: string } = {}): string {
    const prepared = withPrefixes(query);
    try {
      return this.store.query(prepared.text, {
        ...this.options(),
        results_format: ENGINE_FORMAT[format],
        ...(options.baseIri ? { base_iri: options.baseIri } : {}),
      }) as string;
    } catch (err) {
      throw engineError(err, prepared);
    }
  }

  /** Runs any query form and returns its result as typed RDF/JS terms. */
  query(query: string, options: { baseIri?: string } = {}): QueryResult {
    const form = queryForm(query) ?? 'select';
    if (form === 'construct' || form === 'describe') return { form, quads: parseNTriples(this.run(query, 'ntriples', options)) };
    return parseJsonResults(this.run(query, 'json', options));
  }

  /** Runs a SELECT query and returns its rows with plain string values. */
  select(query: string): Row[] {
    const prepared = withPrefixes(query);
    let result: unknown;
    try {
      result = this.store.query(prepared.text, this.options());
    } catch (err) {
      throw engineError(err, prepared);
    }
    if (!Array.isArray(result) || (result.length && !(result[0] instanceof Map))) {
      throw new Error('newskg/query: select() needs a SELECT query');
    }
    return (result as Map<string, { value: string }>[]).map((binding) => {
      const row: Row = {};
      for (const [name, term] of binding) row[name] = term.value;
      return row;
    });
  }

  /** Runs an ASK query. */
  ask(query: string): boolean {
    const prepared = withPrefixes(query);
    let result: unknown;
    try {
      result = this.store.query(prepared.text, this.options());
    } catch (err) {
      throw engineError(err, prepared);
    }
    if (typeof result !== 'boolean') throw new Error('newskg/query: ask() needs an ASK query');
    return result;
  }
}

/** The engine's module file, for worker threads that load it themselves. */
export const ENGINE_MODULE_PATH: string = createRequire(import.meta.url).resolve('oxigraph');

/**
 * The worker thread's whole program (CommonJS, evaluated from this string so that it runs the same under tsx and
 * from dist/). It keeps one store, loads batches into it and answers queries with result text; the parent thread
 * prepares queries and ends the thread when a query runs past its time.
 */
export const ENGINE_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ox = require(workerData.enginePath);
const store = new ox.Store();
const FORMATS = ${JSON.stringify(ENGINE_FORMAT)};
parentPort.on('message', (msg) => {
  try {
    if (msg.type === 'load') {
      store.load(msg.text, Object.assign({ format: msg.format }, msg.graph ? { to_graph_name: ox.namedNode(msg.graph) } : {}));
      parentPort.postMessage({ id: msg.id, ok: true, value: store.size });
    } else {
      const value = store.query(msg.query, { use_default_graph_as_union: msg.union, results_format: FORMATS[msg.format] });
      parentPort.postMessage({ id: msg.id, ok: true, value });
    }
  } catch (err) {
    parentPort.postMessage({ id: msg.id, ok: false, message: err && err.message ? err.message : String(err) });
  }
});
`;
