// Query results as typed values: the query form read from the text, and SPARQL JSON results parsed into RDF/JS terms.

import { DataFactory, Parser, type Quad, type Term } from 'n3';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

// IRIs, strings and comments can hold any word; they are blanked out before looking for the form keyword.
const NOISE = /<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g;
const FORM = /(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])/i;

/** The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of a query text; undefined when none is found. */
export function queryForm(query: string): QueryForm | undefined {
  const m = FORM.exec(query.replace(NOISE, ' '));
  return m ? (m[1]!.toLowerCase() as QueryForm) : undefined;
}

/** A bound value: an RDF term, or a quoted triple (RDF 1.2). */
export type ResultTerm = Term | Quad;

/** One solution: variable → term; unbound variables absent. */
export type Binding = Map<string, ResultTerm>;

export type QueryResult =
  | { form: 'select'; variables: string[]; bindings: Binding[] }
  | { form: 'ask'; boolean: boolean }
  | { form: 'construct' | 'describe'; quads: Quad[] };

interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  'xml:lang'?: string;
  datatype?: string;
}

interface JsonResults {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

function jsonTerm(t: JsonTerm): ResultTerm {
  const { namedNode, blankNode, literal, quad } = DataFactory;
  if (t.type === 'triple' && typeof t.value === 'object') {
    return quad(jsonTerm(t.value.subject) as never, jsonTerm(t.value.predicate) as never, jsonTerm(t.value.object) as never);
  }
  const value = t.value as string;
  if (t.type === 'uri') return namedNode(value);
  if (t.type === 'bnode') return blankNode(value);
  if (t['xml:lang']) return literal(value, t['xml:lang']);
  return literal(value, t.datatype ? namedNode(t.datatype) : undefined);
}

/** Parses SPARQL 1.1 JSON results (SELECT or ASK). */
export function parseJsonResults(text: string): QueryResult {
  const json = JSON.parse(text) as JsonResults;
  if (typeof json.boolean === 'boolean') return { form: 'ask', boolean: json.boolean };
  const bindings = (json.results?.bindings ?? []).map((b) => new Map(Object.entries(b).map(([k, v]) => [k, jsonTerm(v)])));
  return { form: 'select', variables: json.head.vars ?? [], bindings };
}

/** Parses N-Triples (a CONSTRUCT or DESCRIBE result). */
export function parseNTriples(text: string): Quad[] {
  return new Parser({ format: 'N-Triples' }).parse(text);
}
