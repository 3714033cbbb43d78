// `newskg query`: every query form in every fitting format, labels in the table view, articles built first,
// and bad input (syntax errors with line and column, unknown formats, queries past their time) refused clearly.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { QueryTimeoutError, QueryWorker } from '../../src/query/queryWorker.js';
import { captureIo } from '../support/captureIo.js';
import { richTurtle } from './richGraph.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-query-'));
const graph = join(dir, 'rich.ttl');

async function run(args: string[], isTty = false) {
  const io = captureIo(isTty);
  const code = await main(['query', graph, ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

beforeAll(async () => {
  writeFileSync(graph, await richTurtle());
});

const SUPPORT = 'SELECT ?s ?o WHERE { ?s nkg:supports ?o }';

describe('newskg query: formats', () => {
  it.each([
    ['json', SUPPORT, /"head":\{"vars":\["s","o"\]\}.*"value":"https:\/\/w3id.org\/newskg\/id\/entity\/grey-league"/s],
    ['xml', SUPPORT, /<sparql xmlns="http:\/\/www.w3.org\/2005\/sparql-results#">.*<variable name="s"\/>.*<uri>https:\/\/w3id.org\/newskg\/id\/entity\/ash-brigade<\/uri>/s],
    ['csv', SUPPORT, /^s,o\r\nhttps:\/\/w3id.org\/newskg\/id\/entity\/grey-league,https:\/\/w3id.org\/newskg\/id\/entity\/ash-brigade\r\n$/],
    ['tsv', SUPPORT, /^\?s\t\?o\n<https:\/\/w3id.org\/newskg\/id\/entity\/grey-league>\t<https:\/\/w3id.org\/newskg\/id\/entity\/ash-brigade>\n$/],
    ['table', SUPPORT, /^s\s+o\n-+\s+-+\nGrey League\s+Ash Brigade\n$/],
    ['json', 'ASK { ?x nkg:supports ?y }', /"boolean":true/],
    ['table', 'ASK { ?x nkg:attacked ?y }', /answer\n-+\nfalse/],
    ['turtle', 'CONSTRUCT { ?s nkg:supports ?o } WHERE { ?s nkg:supports ?o }', /<https:\/\/w3id.org\/newskg\/id\/entity\/grey-league> nkg:supports <https:\/\/w3id.org\/newskg\/id\/entity\/ash-brigade>/],
    ['ntriples', 'DESCRIBE <https://w3id.org/newskg/id/entity/radio-kell>', /<https:\/\/w3id.org\/newskg\/id\/entity\/radio-kell> <http:\/\/www.w3.org\/2000\/01\/rdf-schema#label> "Radio Kell" \./],
    ['table', 'CONSTRUCT { ?s nkg:supports ?o } WHERE { ?s nkg:supports ?o }', /subject\s+predicate\s+object\n.*\nGrey League\s+nkg:supports\s+Ash Brigade/],
  ])('--format %s: %s', async (format, query, expected) => {
    const { code, out } = await run(['-q', query, '--format', format]);
    expect(code).toBe(0);
    expect(out).toMatch(expected);
  });

  it('answers SPARQL 1.1 beyond basic patterns: property paths, aggregates, subqueries, named graphs', async () => {
    const path = await run(['-q', 'SELECT ?x WHERE { <https://w3id.org/newskg/id/entity/mara-voss> nkg:leads/nkg:affiliateOf ?x }', '--format', 'table']);
    expect(path.out).toMatch(/Grey League/);
    const count = await run(['-q', 'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:Person }', '--format', 'csv']);
    expect(count.out).toBe('n\r\n3\r\n');
    const sub = await run(['-q', 'SELECT ?l WHERE { { SELECT ?e WHERE { ?e a nkg:Person } ORDER BY ?e LIMIT 1 } ?e rdfs:label ?l }', '--format', 'csv']);
    expect(sub.out).toBe('l\r\nIna Roe\r\n');
    const named = join(dir, 'named.trig');
    writeFileSync(named, '<http://example.org/g1> { <http://example.org/a> <http://example.org/p> "in g1" }');
    const io = captureIo();
    expect(await main(['query', named, '-q', 'SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }', '--format', 'csv'], io)).toBe(0);
    expect(io.stdout).toBe('g,o\r\nhttp://example.org/g1,in g1\r\n');
  });

  it('lets a query declare its own prefixes over the predeclared ones', async () => {
    const { out } = await run(['-q', 'PREFIX nkg: <http://example.org/other#> ASK { ?x nkg:supports ?y }', '--format', 'json']);
    expect(out).toMatch(/"boolean":false/);
  });

  it('reads the query from a file', async () => {
    const file = join(dir, 'q.rq');
    writeFileSync(file, SUPPORT);
    const io = captureIo();
    expect(await main(['query', graph, '-f', file, '--format', 'csv'], io)).toBe(0);
    expect(io.stdout.split('\r\n')).toHaveLength(3);
  });

  it('builds an article given as input before querying it', async () => {
    const article = join(dir, 'story.txt');
    writeFileSync(article, '---\npublished: 2031-01-02\n---\nThe Grey League met in Port Kell on Monday.\n');
    const io = captureIo();
    expect(await main(['query', article, '-q', 'ASK { ?a a schema:NewsArticle ; schema:datePublished "2031-01-02"^^xsd:date }', '--format', 'json'], io)).toBe(0);
    expect(io.stdout).toMatch(/"boolean":true/);
  });
});

describe('newskg query: bad input', () => {
  it.each([
    ['SELECT ?x WHERE {\n  ?x ?y\n}', 3, 2],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT many', 1, 35],
    ['SELECT ?x WHERE { ?x undeclared:p ?y }', 1, 34],
  ])('a syntax error names the line and column of the user\'s text: %j', async (query, line, column) => {
    const { code, out, err } = await run(['-q', query]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`line ${line}, column ${column}`);
    expect(err).toContain('E_QUERY_SYNTAX');
  });

  it.each([
    [['-q', SUPPORT, '--format', 'yaml'], /unknown format "yaml"; formats: table, json, xml, csv, tsv, turtle, ntriples/],
    [['-q', SUPPORT, '--format', 'turtle'], /format "turtle" does not fit a SELECT query; use one of: table, json, xml, csv, tsv/],
    [['-q', 'CONSTRUCT WHERE { ?s ?p ?o }', '--format', 'csv'], /does not fit a CONSTRUCT query/],
    [[], /give the query with -q or -f/],
    [['-f', join(dir, 'absent.rq')], /absent.rq: no such query file/],
    [['-q', SUPPORT, '--timeout', 'soon'], /--timeout "soon"/],
  ])('%j is a usage error', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('refuses an input it cannot read', async () => {
    const io = captureIo();
    expect(await main(['query', join(dir, 'missing.ttl'), '-q', SUPPORT], io)).toBe(1);
    expect(io.stderr).toMatch(/missing.ttl: no such file/);
    expect(await main(['query', join(dir, 'data.xlsx'), '-q', SUPPORT], io)).toBe(1);
    expect(io.stderr).toMatch(/unknown input type "\.xlsx"/);
  });

  // a cross product of the whole graph with itself three times: far longer than the limit
  const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

  it('stops a query that runs past --timeout', async () => {
    const { code, err } = await run(['-q', SLOW, '--timeout', '0.3']);
    expect(code).toBe(1);
    expect(err).toMatch(/query stopped after 0.3 s.*E_QUERY_TIMEOUT/);
  });

  it('answers again after a stopped query, with the data loaded before', async () => {
    const worker = new QueryWorker();
    try {
      await worker.load('<http://example.org/a> <http://example.org/p> <http://example.org/b> .', 'text/turtle');
      await expect(worker.run(SLOW.replace('?j ?k ?l', '?j ?k ?l . ?m ?n ?o . ?q ?r ?s . ?t ?u ?v . ?w ?x ?y . ?z ?z1 ?z2 . ?y1 ?y2 ?y3 . ?x1 ?x2 ?x3 . ?w1 ?w2 ?w3 . ?v1 ?v2 ?v3 . ?u1 ?u2 ?u3 . ?t1 ?t2 ?t3'), 'json', 20_000)).resolves.toMatch(/"value":"1"/);
      await worker.load((await richTurtle()), 'text/turtle');
      await expect(worker.run(SLOW, 'json', 300)).rejects.toBeInstanceOf(QueryTimeoutError);
      await expect(worker.run('ASK { <http://example.org/a> ?p ?o }', 'json')).resolves.toMatch(/"boolean":true/);
    } finally {
      await worker.close();
    }
  });
});
