// Result writers: the W3C formats come straight from the engine (SPARQL JSON, XML, CSV, TSV; N-Triples), Turtle
// goes through n3's writer with the ontology's prefixes, and the readable view turns terms into labelled cells.

import { Writer, type Quad } from 'n3';
import { PREFIXES, RDFS } from '../rdf/vocab.js';
import type { EngineResultFormat } from './engine.js';
import { compactIri } from './prefixes.js';
import type { QueryForm, QueryResult, ResultTerm } from './results.js';

export const RESULT_FORMATS = ['table', 'json', 'xml', 'csv', 'tsv', 'turtle', 'ntriples'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

const SOLUTION_FORMATS: readonly ResultFormat[] = ['table', 'json', 'xml', 'csv', 'tsv'];
const GRAPH_FORMATS: readonly ResultFormat[] = ['table', 'turtle', 'ntriples'];

/** A format the writers do not know, or one that does not fit the query form. */
export class ResultFormatError extends Error {
  readonly code = 'E_RESULT_FORMAT';
  constructor(message: string) {
    super(message);
    this.name = 'ResultFormatError';
  }
}

/** Checks a format name; the error lists the formats. */
export function parseResultFormat(name: string): ResultFormat {
  if (!(RESULT_FORMATS as readonly string[]).includes(name)) {
    throw new ResultFormatError(`unknown format "${name}"; formats: ${RESULT_FORMATS.join(', ')}`);
  }
  return name as ResultFormat;
}

/** What to ask the engine for, to write a result of this form in this format. */
export function engineFormatFor(form: QueryForm, format: ResultFormat): EngineResultFormat {
  const graph = form === 'construct' || form === 'describe';
  const allowed = graph ? GRAPH_FORMATS : SOLUTION_FORMATS;
  if (!allowed.includes(format)) {
    throw new ResultFormatError(`format "${format}" does not fit a ${form.toUpperCase()} query; use one of: ${allowed.join(', ')}`);
  }
  if (graph) return 'ntriples';
  return format === 'table' ? 'json' : (format as EngineResultFormat);
}

/** Writes quads as Turtle with the ontology's prefixes. */
export function quadsToTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ format: 'Turtle', prefixes: { ...PREFIXES } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, text: string) => (err ? reject(err) : resolve(text))));
}

/** The IRIs of a result that a readable view would show, to look their labels up. */
export function iriTerms(result: QueryResult): string[] {
  const out = new Set<string>();
  const add = (t: ResultTerm): void => {
    if (t.termType === 'NamedNode') out.add(t.value);
  };
  if (result.form === 'select') for (const b of result.bindings) for (const t of b.values()) add(t);
  else if (result.form !== 'ask') for (const q of result.quads) [q.subject, q.predicate, q.object].forEach(add);
  return [...out];
}

/** A query that finds the rdfs:label of each of the given IRIs. */
export function labelQuery(iris: string[]): string {
  return `SELECT ?s ?label WHERE { VALUES ?s { ${iris.map((i) => `<${i}>`).join(' ')} } ?s <${RDFS.label}> ?label }`;
}

/** A term as a table cell: an IRI by its label (or prefixed name), a literal by its text. */
export function cellText(t: ResultTerm, labels: ReadonlyMap<string, string> = new Map()): string {
  switch (t.termType) {
    case 'NamedNode':
      return labels.get(t.value) ?? compactIri(t.value);
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      return t.language ? `${t.value}@${t.language}` : t.value;
    case 'Quad':
      return `<< ${cellText(t.subject, labels)} ${cellText(t.predicate, labels)} ${cellText(t.object, labels)} >>`;
    default:
      return t.value;
  }
}

/** The readable view of a result: column names and rows of cells. */
export function resultTable(result: QueryResult, labels: ReadonlyMap<string, string> = new Map()): { columns: string[]; rows: Record<string, string>[] } {
  if (result.form === 'ask') return { columns: ['answer'], rows: [{ answer: String(result.boolean) }] };
  if (result.form === 'select') {
    const rows = result.bindings.map((b) => Object.fromEntries([...b].map(([k, t]) => [k, cellText(t, labels)])));
    return { columns: result.variables, rows };
  }
  const rows = result.quads.map((q) => ({
    subject: cellText(q.subject, labels),
    predicate: cellText(q.predicate, labels),
    object: cellText(q.object, labels),
  }));
  return { columns: ['subject', 'predicate', 'object'], rows };
}
