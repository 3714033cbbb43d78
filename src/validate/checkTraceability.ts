// What SHACL Core cannot compare but an analyst relies on: each span's words are the article text between its
// offsets, each fact's evidence count is its number of evidence spans, and an interval does not end before it begins.

import type { Quad } from 'n3';
import { NIF, NKG, SEM, XSD } from '../rdf/vocab.js';

/** A finding of the code checks, in the shape of a SHACL result (terms as full IRIs; the caller writes them). */
export interface TraceFinding {
  focusNode: string;
  path: string;
  message: string;
  value?: string;
  /** A pseudo-component in the shapes namespace, so findings read like SHACL results. */
  component: string;
}

const SHAPES_NS = 'https://w3id.org/newskg/shapes#';

interface SpanFields {
  begin?: number;
  end?: number;
  anchor?: string;
  context?: string;
}

/** The first day an xsd:date, xsd:gYearMonth or xsd:gYear covers, and the last, as comparable ISO strings. */
function dayRange(value: string, datatype: string): [string, string] | undefined {
  if (datatype === XSD.date && /^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  if (datatype === XSD.gYearMonth && /^\d{4}-\d{2}$/.test(value)) return [`${value}-01`, `${value}-31`];
  if (datatype === XSD.gYear && /^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  return undefined;
}

/** Checks spans against their article text, evidence counts, and interval order; the quads of one graph. */
export function checkTraceability(quads: Iterable<Quad>): TraceFinding[] {
  const spans = new Map<string, SpanFields>();
  const texts = new Map<string, string>();
  const evidence = new Map<string, Set<string>>();
  const counts = new Map<string, string[]>();
  const begins = new Map<string, Quad['object'][]>();
  const ends = new Map<string, Quad['object'][]>();
  const span = (s: string): SpanFields => {
    let f = spans.get(s);
    if (!f) spans.set(s, (f = {}));
    return f;
  };
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const q of quads) {
    const s = q.subject.value;
    switch (q.predicate.value) {
      case NIF.beginIndex:
        span(s).begin = Number(q.object.value);
        break;
      case NIF.endIndex:
        span(s).end = Number(q.object.value);
        break;
      case NIF.anchorOf:
        span(s).anchor = q.object.value;
        break;
      case NIF.referenceContext:
        span(s).context = q.object.value;
        break;
      case NIF.isString:
        texts.set(s, q.object.value);
        break;
      case NKG.evidence: {
        let set = evidence.get(s);
        if (!set) evidence.set(s, (set = new Set()));
        set.add(q.object.value);
        break;
      }
      case NKG.evidenceCount:
        push(counts, s, q.object.value);
        break;
      case SEM.hasBeginTimeStamp:
        push(begins, s, q.object);
        break;
      case SEM.hasEndTimeStamp:
        push(ends, s, q.object);
        break;
    }
  }

  const findings: TraceFinding[] = [];
  for (const [s, f] of spans) {
    if (f.context === undefined || f.anchor === undefined || f.begin === undefined || f.end === undefined) continue;
    const text = texts.get(f.context);
    if (text === undefined) continue;
    // offsets are UTF-16 code units, as JavaScript strings index them (and as the mapping wrote them)
    const words = f.end <= text.length ? text.slice(f.begin, f.end) : undefined;
    if (words !== f.anchor) {
      findings.push({
        focusNode: s,
        path: NIF.anchorOf,
        message: words === undefined ? `the span ends at ${f.end}, past the article text (${text.length})` : `the words are not the article text between the offsets, which reads ${JSON.stringify(words)}`,
        value: f.anchor,
        component: `${SHAPES_NS}AnchorMatchesText`,
      });
    }
  }
  for (const [fact, values] of counts) {
    const n = evidence.get(fact)?.size ?? 0;
    for (const v of values) {
      if (Number(v) !== n) {
        findings.push({ focusNode: fact, path: NKG.evidenceCount, message: `the evidence count is not the number of evidence spans (${n})`, value: v, component: `${SHAPES_NS}EvidenceCountMatches` });
      }
    }
  }
  for (const [node, from] of begins) {
    for (const b of from) {
      for (const e of ends.get(node) ?? []) {
        if (b.termType !== 'Literal' || e.termType !== 'Literal') continue;
        const first = dayRange(b.value, b.datatype.value);
        const last = dayRange(e.value, e.datatype.value);
        // ordered when the earliest day the beginning can mean is not after the latest day the end can mean
        if (first && last && first[0] > last[1]) {
          findings.push({ focusNode: node, path: SEM.hasBeginTimeStamp, message: `the interval begins after it ends (${e.value})`, value: b.value, component: `${SHAPES_NS}IntervalInOrder` });
        }
      }
    }
  }
  return findings;
}
