// The checks SHACL Core cannot express, on tiny hand-built graphs: span words against the article text, evidence
// counts, and the order of an interval's ends across precisions.

import { DataFactory, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { checkTraceability } from '../../src/validate/checkTraceability.js';
import { NIF, NKG, SEM, XSD } from '../../src/rdf/vocab.js';

const { namedNode, literal, quad } = DataFactory;
const CONTEXT = 'urn:article#char=0,31';
const TEXT = 'Invented rebels shelled Nowhere.';
const FACT = 'urn:fact';

const t = (s: string, p: string, o: Quad['object']) => quad(namedNode(s), namedNode(p), o);
const n = (v: number) => literal(String(v), namedNode(XSD.nonNegativeInteger));

function spanQuads(begin: number, end: number, anchor: string): Quad[] {
  const s = `urn:article#char=${begin},${end}`;
  return [t(s, NIF.beginIndex, n(begin)), t(s, NIF.endIndex, n(end)), t(s, NIF.anchorOf, literal(anchor)), t(s, NIF.referenceContext, namedNode(CONTEXT))];
}

describe('span words against the article text', () => {
  it.each([
    [16, 23, 'shelled', true],
    [0, 15, 'Invented rebels', true],
    [16, 23, 'Shelled', false],
    [16, 24, 'shelled', false],
    [24, 40, 'Nowhere.', false],
  ] as const)('[%i, %i) reading %j is faithful: %s', (begin, end, anchor, faithful) => {
    const findings = checkTraceability([t(CONTEXT, NIF.isString, literal(TEXT)), ...spanQuads(begin, end, anchor)]);
    expect(findings.length === 0).toBe(faithful);
    if (!faithful) expect(findings[0]!.path).toBe(NIF.anchorOf);
  });

  it('leaves a span alone when its article text is not in the graph', () => {
    expect(checkTraceability(spanQuads(16, 23, 'anything'))).toEqual([]);
  });
});

describe('evidence counts', () => {
  it.each([
    [2, 2, true],
    [1, 2, false],
    [3, 2, false],
  ])('a count of %i over %i spans is right: %s', (count, spans, right) => {
    const quads = [t(FACT, NKG.evidenceCount, n(count))];
    for (let i = 0; i < spans; i++) quads.push(t(FACT, NKG.evidence, namedNode(`urn:article#char=${i},${i + 1}`)));
    expect(checkTraceability(quads).length === 0).toBe(right);
  });
});

describe('interval order across precisions', () => {
  const y = (v: string) => literal(v, namedNode(XSD.gYear));
  const m = (v: string) => literal(v, namedNode(XSD.gYearMonth));
  const d = (v: string) => literal(v, namedNode(XSD.date));
  it.each([
    [y('2029'), y('2031'), true],
    [y('2031'), d('2031-03-05'), true],
    [m('2031-03'), d('2031-03-01'), true],
    [d('2031-03-05'), y('2031'), true],
    [d('2031-03-05'), d('2031-03-04'), false],
    [y('2032'), m('2031-12'), false],
    [m('2031-04'), d('2031-03-31'), false],
  ])('from %s to %s is in order: %s', (from, to, ordered) => {
    const findings = checkTraceability([t(FACT, SEM.hasBeginTimeStamp, from), t(FACT, SEM.hasEndTimeStamp, to)]);
    expect(findings.length === 0).toBe(ordered);
  });
});
