// The SPARQL engine behind one small module: oxigraph (Rust, compiled to WASM), chosen for speed and memory.
// Nothing else imports oxigraph, so the engine can be swapped here alone.

import * as oxigraph from 'oxigraph';

/** A SELECT result row: variable name → the term's string value (IRI or lexical form); unbound variables absent. */
export type Row = Record<string, string>;

export type RdfFormat = 'text/turtle' | 'application/trig' | 'application/n-quads' | 'application/n-triples' | 'application/ld+json';

/** An in-memory store that answers SPARQL 1.1. */
export class SparqlStore {
  readonly store = new oxigraph.Store();

  /** Loads RDF text in one batch (much faster than adding quads one by one). */
  load(text: string, format: RdfFormat = 'text/turtle'): this {
    this.store.load(text, { format });
    return this;
  }

  get size(): number {
    return this.store.size;
  }

  /** Runs a SELECT query and returns its rows with plain string values. */
  select(query: string): Row[] {
    const result = this.store.query(query, { use_default_graph_as_union: true });
    if (!Array.isArray(result)) throw new Error('newskg/query: select() needs a SELECT query');
    return (result as Map<string, { value: string }>[]).map((binding) => {
      const row: Row = {};
      for (const [name, term] of binding) row[name] = term.value;
      return row;
    });
  }
}
