import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CorpusGraph } from '../../src/corpus/corpusGraph.js';
import { graphUrl, pushQuads, PushError } from '../../src/corpus/graphStore.js';
import { loadQueries } from '../../src/eval/runEval.js';
import { SparqlStore } from '../../src/query/engine.js';
import { serialize } from '../../src/write/serialize.js';
import { captureIo } from '../support/captureIo.js';
import { sampleCorpus } from './fixtures.js';
import { hasVirtuoso, sparqlSelect, startVirtuoso, type Virtuoso } from './virtuoso.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-push-'));

async function sampleTrig(): Promise<{ path: string; text: string; corpus: CorpusGraph }> {
  const corpus = new CorpusGraph();
  for (const part of sampleCorpus()) corpus.add(part);
  const text = await serialize(corpus.quads(true), 'trig');
  const path = join(dir, 'sample.trig');
  writeFileSync(path, text);
  return { path, text, corpus };
}

/** A fake store on loopback that answers from a script of statuses and records what it was sent. */
async function fakeStore(statuses: number[]) {
  const seen: { method: string; url: string; body: string }[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body });
      const status = statuses[Math.min(seen.length - 1, statuses.length - 1)]!;
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status >= 400 ? 'permission denied for SPARQL update' : '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { endpoint: `http://127.0.0.1:${port}/store`, seen, close: () => new Promise((r) => server.close(r)) };
}

describe('pushQuads against a scripted store', () => {
  it.each([
    ['http://h/store', undefined, 'http://h/store?default'],
    ['http://h/store', 'urn:g:1', 'http://h/store?graph=urn%3Ag%3A1'],
    ['http://h/ds/data?x=1', 'https://e.org/g#a', 'http://h/ds/data?x=1&graph=https%3A%2F%2Fe.org%2Fg%23a'],
  ])('addresses %s with graph %s as %s', (endpoint, graph, expected) => {
    expect(graphUrl(endpoint, graph)).toBe(expected);
  });

  it('sends every graph in batches, PUT first then POST, and every triple once', async () => {
    const { corpus } = await sampleTrig();
    const quads = [...corpus.quads(true)];
    const store = await fakeStore([201]);
    const result = await pushQuads(quads, { endpoint: store.endpoint, graph: 'urn:newskg:merged', batchSize: 40 });
    await store.close();
    expect(result.triples).toBe(quads.length);
    expect(result.graphs).toBe(4);
    const lines = store.seen.flatMap((r) => r.body.split('\n').filter(Boolean));
    expect(lines).toHaveLength(quads.length);
    const firsts = new Set<string>();
    for (const r of store.seen) {
      const graph = new URL(r.url, 'http://x').searchParams.get('graph')!;
      expect(r.method).toBe(firsts.has(graph) ? 'POST' : 'PUT');
      firsts.add(graph);
    }
  });

  it('retries a busy store and succeeds', async () => {
    const store = await fakeStore([503, 502, 201]);
    const { corpus } = await sampleTrig();
    const result = await pushQuads(corpus.mergedQuads(), { endpoint: store.endpoint, graph: 'urn:g', backoffMs: 1 });
    await store.close();
    expect(result.requests).toBe(3);
  });

  it.each([
    ['refuses', [403], 0, /refused batch 1 of 1 of <urn:g> \(HTTP 403 Forbidden: permission denied for SPARQL update\)/, 1],
    ['stays busy', [503], 2, /after 3 attempts \(HTTP 503/, 3],
  ])('stops with a clear error when the store %s', async (_, statuses, retries, message, requests) => {
    const store = await fakeStore(statuses);
    const { corpus } = await sampleTrig();
    const pushing = pushQuads(corpus.mergedQuads(), { endpoint: store.endpoint, graph: 'urn:g', retries, backoffMs: 1 });
    await expect(pushing).rejects.toThrow(PushError);
    await expect(pushing).rejects.toThrow(message);
    await store.close();
    expect(store.seen).toHaveLength(requests);
  });

  it('gives up on a store that is not there after its retries', async () => {
    const store = await fakeStore([201]);
    await store.close();
    const { corpus } = await sampleTrig();
    await expect(pushQuads(corpus.mergedQuads(), { endpoint: store.endpoint, graph: 'urn:g', retries: 1, backoffMs: 1 })).rejects.toThrow(/after 2 attempts \(ECONNREFUSED\)/);
  });

  it.each([
    [['push'], /exactly one graph file/],
    [['push', 'x.trig'], /--endpoint URL is required/],
    [['push', 'x.jsonld', '--endpoint', 'http://127.0.0.1:1/'], /Turtle \(\.ttl\), TriG/],
    [['push', 'x.trig', '--endpoint', 'not a url'], /is not a URL/],
    [['push', 'x.trig', '--endpoint', 'http://127.0.0.1:1/', '--graph', 'no iri'], /not an absolute IRI/],
  ])('newskg %j is a usage error', async (argv, message) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr).toMatch(message);
  });
});

describe.skipIf(!hasVirtuoso)('newskg push into Virtuoso Open Source', () => {
  let store: Virtuoso;
  beforeAll(async () => {
    store = await startVirtuoso();
  }, 90_000);
  afterAll(async () => {
    await store?.stop();
  });

  it('loads a corpus graph so that every competency question returns the rows the local engine returns', async () => {
    const { path, text } = await sampleTrig();
    const io = captureIo();
    const code = await main(['push', path, '--endpoint', store.graphStore, '--graph', 'https://w3id.org/newskg/id/graph/merged', '--batch', '50'], io);
    expect(io.stderr).toMatch(/triples in 4 graph\(s\)/);
    expect(code).toBe(0);
    const local = new SparqlStore().load(text, 'application/trig');
    const sorted = (rows: Record<string, string>[]) => rows.map((r) => JSON.stringify(Object.entries(r).sort())).sort();
    let nonEmpty = 0;
    for (const [name, query] of await loadQueries()) {
      const expected = sorted(local.select(query));
      if (expected.length) nonEmpty++;
      expect(sorted(await sparqlSelect(store.sparql, query)), name).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(4);
  });

  it('leaves the store as one push left it when pushed twice', async () => {
    const { path } = await sampleTrig();
    const count = async () => (await sparqlSelect(store.sparql, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newskg/")) }'))[0]!['n'];
    const before = await count();
    expect(await main(['push', path, '--endpoint', store.graphStore, '--graph', 'https://w3id.org/newskg/id/graph/merged', '-q'], captureIo())).toBe(0);
    expect(await count()).toBe(before);
  });

  it('reports the store\'s own words when it refuses, with exit code 1', async () => {
    const { path } = await sampleTrig();
    const io = captureIo();
    // Virtuoso has no Graph Store default graph: without --graph it refuses
    expect(await main(['push', path, '--endpoint', store.graphStore, '--retries', '0'], io)).toBe(1);
    expect(io.stderr).toMatch(/newskg push: .*default graph.*HTTP 500/);
  });
});

if (!hasVirtuoso) {
  describe('newskg push into Virtuoso Open Source', () => {
    it.skip('needs virtuoso-t and isql-vt (Debian: virtuoso-opensource; .ci/virtuoso.sh installs it)', () => {});
  });
}

