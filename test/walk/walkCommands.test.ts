// The walk commands end to end on a small hand-built graph file: output, JSON, exit codes and name errors.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/captureIo.js';
import { smallGraphTurtle } from './smallGraph.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-walk-'));
const file = join(dir, 'small.ttl');
writeFileSync(file, smallGraphTurtle());

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('newskg path', () => {
  it('shows each path with its links, facts and evidence', async () => {
    const { code, out } = await run('path', 'hill council', 'Valdonia', file);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Path 1 of 1 (2 hops): Hill Council - River Brigade - Valdonia',
        '  Hill Council --nkg:supports--> River Brigade',
        '      nkg:Support id:fact-Support-hill-council-river-brigade',
        '        "the Hill Council funds the brigade"',
        '  River Brigade --nkg:alliedWith--> Valdonia',
        '  Valdonia --nkg:alliedWith--> River Brigade',
        '      nkg:Alliance id:fact-Alliance-river-brigade-valdonia',
        '        "the brigade and Valdonia signed a pact"',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [['path', 'Island Guard', 'Valdonia', '-g', file], 3, /No path between Island Guard and Valdonia/],
    [['path', 'Marsh', 'Valdonia', file], 1, /"Marsh" names 2 actors: Ada Marsh \(id:ada-marsh\); Ida Marsh \(id:ida-marsh\).*E_AMBIGUOUS_ACTOR/],
    [['path', 'Valdona', 'NF', file], 1, /no actor is named "Valdona"; close matches: Valdonia.*E_UNKNOWN_ACTOR/],
    [['path', 'Valdonia', file], 2, /give two actors/],
    [['path', 'Valdonia', 'NF'], 2, /no input graphs or articles/],
    [['path', 'Valdonia', 'NF', join(dir, 'missing.ttl')], 1, /missing.ttl: no such file/],
  ])('%j exits %i', async (args, code, message) => {
    const r = await run(...args);
    expect(r.code).toBe(code);
    expect(r.out + r.err).toMatch(message);
  });

  it('gives paths as JSON', async () => {
    const { out } = await run('path', 'NF', 'Coast Army', file, '--json', '--max', '1');
    const paths = JSON.parse(out) as { from: string; to: string }[][];
    expect(paths).toHaveLength(1);
    expect(paths[0]!.map((h) => h.to.split('/').pop())).toEqual(['lake-union', 'valdonia', 'coast-army']);
  });
});

describe('newskg neighbors, central, communities', () => {
  it('lists neighbours by ring with the links that bring them in', async () => {
    const { code, out } = await run('neighbors', 'Ida Marsh', file, '--depth', '2');
    expect(code).toBe(0);
    expect(out).toBe(
      ['1  Coast Army', '     Ida Marsh --nkg:holdsPositionIn--> Coast Army', '2  Ada Marsh', '     Ada Marsh --nkg:leads--> Coast Army', '2  Valdonia', '     Valdonia --nkg:sanctioned--> Coast Army', ''].join('\n'),
    );
  });

  it.each([
    ['degree', /^rank\s+actor\s+score\s+iri\n[-\s]+\n1\s+Coast Army\s+0\.3000\s+id:coast-army/],
    ['pagerank', /\n1\s+Valdonia\s/],
    ['betweenness', /\n1\s+Valdonia\s/],
  ])('ranks by %s', async (by, expected) => {
    const { code, out } = await run('central', file, '--by', by);
    expect(code).toBe(0);
    expect(out).toMatch(expected);
  });

  it('refuses an unknown measure with the list of measures', async () => {
    const { code, err } = await run('central', file, '--by', 'fame');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown measure "fame"; measures: degree, pagerank, betweenness/);
  });

  it('prints communities largest first', async () => {
    const { code, out } = await run('communities', file);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.at(-1)).toBe('3  (2)  Island Guard, Port Militia');
    expect(out).not.toMatch(/Lonely Party/);
  });
});
