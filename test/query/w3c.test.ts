// The W3C SPARQL 1.1 query evaluation and result-format tests, run through the query layer and every result writer
// (JSON, XML, TSV, CSV; N-Triples and Turtle for graphs), against the engine called directly: the layer must
// pass at least every test the bare engine passes, and fail only the known ones.

import { describe, expect, it } from 'vitest';
import { queryForm } from '../../src/query/results.js';
import { KNOWN_FAILURES } from './w3c/knownFailures.js';
import { runDirect, runThroughLayer, turtleRoundTrip } from './w3c/runners.js';
import { hasW3c, loadSuite, readSuiteFile } from './w3c/w3cSuite.js';

describe.skipIf(!hasW3c)('W3C SPARQL 1.1 tests', () => {
  const suites = hasW3c ? [...loadSuite('manifest-sparql11-query.ttl'), ...loadSuite('manifest-sparql11-results.ttl')] : [];

  it('reads the 328 query tests and the 10 result-format tests', () => {
    expect(suites).toHaveLength(338);
  });

  it('through the layer, passes every test the bare engine passes and fails only the known ones', () => {
    const layerFails = new Map<string, string>();
    const directFails = new Map<string, string>();
    for (const t of suites) {
      const layer = runThroughLayer(t);
      if (layer) layerFails.set(t.id, layer);
      const direct = runDirect(t);
      if (direct) directFails.set(t.id, direct);
    }
    const passedDirectOnly = [...layerFails.keys()].filter((id) => !directFails.has(id));
    expect(passedDirectOnly, 'tests the bare engine passes but the layer fails').toEqual([]);
    expect(Object.fromEntries(layerFails)).toEqual(Object.fromEntries(Object.keys(KNOWN_FAILURES).map((id) => [id, expect.any(String)])));
    expect(suites.length - layerFails.size).toBeGreaterThanOrEqual(suites.length - directFails.size);
    console.info(`W3C SPARQL 1.1: ${suites.length - layerFails.size} of ${suites.length} through the layer, ${suites.length - directFails.size} with the engine called directly`);
  });

  it('writes CONSTRUCT and DESCRIBE results as Turtle that reads back as the same graph', async () => {
    const graphs = suites.filter((t) => t.kind === 'eval' && t.graphData.length === 0 && ['construct', 'describe'].includes(queryForm(readSuiteFile(t.query)) ?? ''));
    expect(graphs.length).toBeGreaterThan(5);
    for (const t of graphs) if (!KNOWN_FAILURES[t.id]) expect(await turtleRoundTrip(t), t.id).toBeUndefined();
  });
});

if (!hasW3c) console.warn('W3C SPARQL tests skipped: ../shared/w3c is not present');
