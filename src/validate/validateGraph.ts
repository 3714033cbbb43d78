// SHACL validation of built graphs against ontology/shapes.ttl (rdf-validate-shacl), with a typed, readable report,
// plus the traceability checks SHACL Core cannot express (checkTraceability). Shapes are compiled once per validator.

import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { packagePath } from '../paths.js';
import { PREFIXES } from '../rdf/vocab.js';
import { checkTraceability } from './checkTraceability.js';

/** Where the shapes of valid newskg output live. */
export const SHAPES_FILE = packagePath('ontology', 'shapes.ttl');

const SH = 'http://www.w3.org/ns/shacl#';

/** The shape of an RDF/JS term, whichever library made it (n3 or the validator's own factory). */
interface Term {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

/** What the validator's report dataset offers: RDF/JS DatasetCore matching. */
interface ReportDataset {
  match(subject?: unknown, predicate?: unknown): Iterable<{ object: Term }>;
}

const RDF_FIRST = `${PREFIXES.rdf}first`;
const RDF_REST = `${PREFIXES.rdf}rest`;
const RDF_NIL = `${PREFIXES.rdf}nil`;

export type Severity = 'Violation' | 'Warning' | 'Info';

/** One failed constraint, with terms written compactly (prefixed names where a prefix fits). */
export interface Violation {
  severity: Severity;
  /** The node that failed. */
  focusNode: string;
  /** The property path checked, e.g. "nkg:evidence" or "sem:eventType/skos:notation"; absent for node constraints. */
  path?: string;
  /** The offending value, where there is one. */
  value?: string;
  message: string;
  /** The SHACL constraint component, e.g. "sh:MinCountConstraintComponent". */
  component: string;
  /** The shape the constraint belongs to (blank-node shapes have no useful name and are left out). */
  shape?: string;
}

export interface ValidationOutcome {
  conforms: boolean;
  violations: Violation[];
}

/** A parse error of a graph or of the shapes, with its source named. */
export class GraphSyntaxError extends Error {
  readonly code = 'E_GRAPH_SYNTAX';
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'GraphSyntaxError';
  }
}

const COMPACT_PREFIXES: [string, string][] = (
  [...Object.entries(PREFIXES), ['sh', SH], ['nkgsh', 'https://w3id.org/newskg/shapes#']] as [string, string][]
).sort((a, b) => b[1].length - a[1].length);

/** A term as a reader wants it: prefixed name, <IRI>, "literal"^^type, or _:blank. */
export function showTerm(term: Term): string {
  if (term.termType === 'NamedNode') {
    for (const [prefix, ns] of COMPACT_PREFIXES) {
      const local = term.value.slice(ns.length);
      if (term.value.startsWith(ns) && /^[\w.-]*$/.test(local) && !local.endsWith('.')) return `${prefix}:${local}`;
    }
    return `<${term.value}>`;
  }
  if (term.termType === 'Literal') {
    const text = JSON.stringify(term.value.length > 80 ? `${term.value.slice(0, 77)}...` : term.value);
    if (term.language) return `${text}@${term.language}`;
    const datatype = term.datatype?.value ?? `${PREFIXES.xsd}string`;
    return datatype === `${PREFIXES.xsd}string` ? text : `${text}^^${showTerm({ termType: 'NamedNode', value: datatype })}`;
  }
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.value;
}

/** Parses Turtle (or N-Triples, TriG, N-Quads) into quads; a syntax error names the source and line. */
export function parseGraph(text: string, source: string, format?: string): Quad[] {
  try {
    return new Parser(format ? { format } : {}).parse(text);
  } catch (err) {
    throw new GraphSyntaxError(source, (err as Error).message);
  }
}

/** A sequence path in the report is an RDF list; other paths are one predicate. */
function showPath(path: Term | null | undefined, report: ReportDataset): string | undefined {
  if (!path) return undefined;
  if (path.termType !== 'BlankNode') return showTerm(path);
  const objectOf = (node: Term, p: string): Term | undefined => {
    for (const q of report.match(node, DataFactory.namedNode(p))) return q.object;
    return undefined;
  };
  const steps: string[] = [];
  let node: Term = path;
  for (let guard = 0; node.value !== RDF_NIL && guard < 50; guard++) {
    const first = objectOf(node, RDF_FIRST);
    const rest = objectOf(node, RDF_REST);
    if (!first || !rest) return showTerm(path);
    steps.push(first.termType === 'BlankNode' ? '(complex path)' : showTerm(first));
    node = rest;
  }
  return steps.join('/');
}

function severityOf(term: Term | null | undefined): Severity {
  const local = term?.value.slice(SH.length);
  return local === 'Warning' || local === 'Info' ? local : 'Violation';
}

/** Validates graphs against one set of shapes, compiled once. */
export class GraphValidator {
  private readonly validator: SHACLValidator;

  /** @param shapes the shapes graph's quads (by default, ontology/shapes.ttl) */
  constructor(shapes: readonly Quad[] = loadShapes()) {
    this.validator = new SHACLValidator(new Store([...shapes]));
  }

  /** Checks a graph (the default graph of the given quads; named-graph quads are read as if in it). */
  async validate(quads: Iterable<Quad>): Promise<ValidationOutcome> {
    const triples: Quad[] = [];
    for (const q of quads) triples.push(q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object));
    const report = await this.validator.validate(new Store(triples));
    const reportData = report.dataset as unknown as ReportDataset;
    const violations = report.results.map((r): Violation => {
      const message = r.message[0]?.value ?? r.sourceConstraintComponent.value.slice(SH.length);
      const v: Violation = {
        severity: severityOf(r.severity),
        focusNode: showTerm(r.focusNode),
        message,
        component: showTerm(r.sourceConstraintComponent),
      };
      const path = showPath(r.path, reportData);
      if (path) v.path = path;
      if (r.value) v.value = showTerm(r.value);
      if (r.sourceShape && r.sourceShape.termType === 'NamedNode') v.shape = showTerm(r.sourceShape);
      return v;
    });
    const traced = checkTraceability(triples);
    for (const f of traced) {
      const v: Violation = {
        severity: 'Violation',
        focusNode: showTerm({ termType: 'NamedNode', value: f.focusNode }),
        path: showTerm({ termType: 'NamedNode', value: f.path }),
        message: f.message,
        component: showTerm({ termType: 'NamedNode', value: f.component }),
      };
      if (f.value !== undefined) v.value = showTerm({ termType: 'Literal', value: f.value });
      violations.push(v);
    }
    violations.sort(compareViolations);
    return { conforms: report.conforms && traced.length === 0, violations };
  }

  /** Checks a graph given as Turtle (or TriG, N-Triples, N-Quads with `format`). */
  async validateText(text: string, source = 'graph', format?: string): Promise<ValidationOutcome> {
    return this.validate(parseGraph(text, source, format));
  }
}

function compareViolations(a: Violation, b: Violation): number {
  return (
    a.focusNode.localeCompare(b.focusNode) ||
    (a.path ?? '').localeCompare(b.path ?? '') ||
    a.message.localeCompare(b.message) ||
    (a.value ?? '').localeCompare(b.value ?? '')
  );
}

/** The shapes of ontology/shapes.ttl (or another file). */
export function loadShapes(path: string = SHAPES_FILE): Quad[] {
  return parseGraph(readFileSync(path, 'utf8'), path);
}

let shared: GraphValidator | undefined;

/** Validates quads against ontology/shapes.ttl, with the shapes compiled once per process. */
export function validateGraph(quads: Iterable<Quad>): Promise<ValidationOutcome> {
  shared ??= new GraphValidator();
  return shared.validate(quads);
}

/** One violation as a line block: focus node, path, value, message. */
export function formatViolation(v: Violation): string {
  const where = v.path ? `${v.focusNode}  ${v.path}` : v.focusNode;
  const value = v.value !== undefined ? `\n    value: ${v.value}` : '';
  return `${v.severity}: ${where}\n    ${v.message}${value}\n    (${v.component}${v.shape ? `, ${v.shape}` : ''})`;
}
