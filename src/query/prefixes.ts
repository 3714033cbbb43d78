// The ontology's prefixes, predeclared for every query, written on the query's own first line so that the engine's
// line numbers stay the user's (and its column on line 1 is shifted back by firstLineShift).

import { PREFIXES } from '../rdf/vocab.js';

/** A query as the engine sees it, with what is needed to map error positions back. */
export interface PreparedQuery {
  text: string;
  /** Characters added before the user's first line. */
  firstLineShift: number;
}

const DECLARED = /\bPREFIX\s+([A-Za-z][\w.-]*)?:/gi;

/** Prepends the PREFIX declarations the query does not make itself. */
export function withPrefixes(query: string): PreparedQuery {
  const own = new Set([...query.matchAll(DECLARED)].map((m) => m[1] ?? ''));
  const head = Object.entries(PREFIXES)
    .filter(([name]) => !own.has(name))
    .map(([name, iri]) => `PREFIX ${name}: <${iri}> `)
    .join('');
  return { text: head + query, firstLineShift: head.length };
}

/** Writes an IRI for reading as prefix:local when a known namespace covers it (not always valid SPARQL: '/' is kept). */
export function compactIri(iri: string): string {
  for (const [name, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns)) {
      const local = iri.slice(ns.length);
      if (/^[\w\-/]*$/.test(local)) return `${name}:${local}`;
    }
  }
  return `<${iri}>`;
}
