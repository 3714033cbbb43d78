// Quads across a thread boundary: structured clone drops the n3 classes, so quads travel as flat string arrays
// (four strings a quad) and are rebuilt on the other side, the same terms in the same order.

import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** Tags of the object slot: an IRI, a blank node, or a literal with its datatype or language. */
const IRI = '<';
const BLANK = '_';

function subjectOf(value: string): Quad_Subject {
  return value.startsWith('_:') ? blankNode(value.slice(2)) : namedNode(value);
}

/** Flattens quads (default graph) to [subject, predicate, object, tag, ...]; blank subjects keep a `_:` prefix. */
export function encodeQuads(quads: readonly Quad[]): string[] {
  const out: string[] = new Array(quads.length * 4);
  let i = 0;
  for (const q of quads) {
    out[i++] = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
    out[i++] = q.predicate.value;
    const o = q.object;
    out[i++] = o.value;
    if (o.termType === 'Literal') out[i++] = o.language ? `@${o.language}` : `^${o.datatype.value}`;
    else out[i++] = o.termType === 'BlankNode' ? BLANK : IRI;
  }
  return out;
}

/** Rebuilds the quads that encodeQuads flattened. */
export function decodeQuads(flat: readonly string[]): Quad[] {
  const out: Quad[] = [];
  for (let i = 0; i + 3 < flat.length; i += 4) {
    const tag = flat[i + 3]!;
    const value = flat[i + 2]!;
    let object: Quad_Object;
    if (tag === IRI) object = namedNode(value);
    else if (tag === BLANK) object = blankNode(value);
    else if (tag.startsWith('@')) object = literal(value, tag.slice(1));
    else object = literal(value, namedNode(tag.slice(1)));
    out.push(quad(subjectOf(flat[i]!), namedNode(flat[i + 1]!), object));
  }
  return out;
}

/** The separator of a triple line; IRIs and tags cannot hold it, and the object comes last so its value may. */
const SEP = '\u0001';

/**
 * One triple as one string, `subject ␁ predicate ␁ tag ␁ object`: a key that tells triples apart (the object by
 * value, datatype and language) and rebuilds them. Keeping triples as such lines costs far less than term objects,
 * and a worker thread can make them, so the merging thread only sets them into a Set.
 */
export function tripleLine(q: Quad): string {
  const o = q.object;
  const tag = o.termType === 'Literal' ? (o.language ? `@${o.language}` : `^${o.datatype.value}`) : o.termType === 'BlankNode' ? BLANK : IRI;
  const s = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
  return `${s}${SEP}${q.predicate.value}${SEP}${tag}${SEP}${o.value}`;
}

/** The parts of a triple line: subject, predicate, tag, object value. */
export function lineParts(line: string): [string, string, string, string] {
  const a = line.indexOf(SEP);
  const b = line.indexOf(SEP, a + 1);
  const c = line.indexOf(SEP, b + 1);
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1, c), line.slice(c + 1)];
}

/** The predicate of a triple line, without splitting the rest. */
export function linePredicate(line: string): string {
  const a = line.indexOf(SEP);
  return line.slice(a + 1, line.indexOf(SEP, a + 1));
}

/** Rebuilds the triple of a line, in the given graph. */
export function lineQuad(line: string, graph?: Quad['graph']): Quad {
  const [s, p, tag, value] = lineParts(line);
  let object: Quad_Object;
  if (tag === IRI) object = namedNode(value);
  else if (tag === BLANK) object = blankNode(value);
  else if (tag.startsWith('@')) object = literal(value, tag.slice(1));
  else object = literal(value, namedNode(tag.slice(1)));
  return quad(subjectOf(s), namedNode(p), object, graph);
}
