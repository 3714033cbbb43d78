// Walks on a small hand-built graph: exact paths with the facts behind each hop, rings of neighbours, rankings,
// communities, and names that are unknown or ambiguous.

import { describe, expect, it } from 'vitest';
import { actorGraph } from '../../src/walk/actorGraph.js';
import { centrality } from '../../src/walk/centrality.js';
import { communities } from '../../src/walk/communities.js';
import { ActorNameError, findActor } from '../../src/walk/findActor.js';
import { neighbors } from '../../src/walk/neighbors.js';
import { shortestPaths } from '../../src/walk/shortestPaths.js';
import { smallGraphStore } from './smallGraph.js';

const graph = actorGraph(smallGraphStore());
const iri = (name: string): string => findActor(graph, name).iri;
const labels = (path: ReturnType<typeof shortestPaths>[number]): string[] => [path[0]!.from.label, ...path.map((h) => h.to.label)];

describe('findActor', () => {
  it.each([
    ['Northern Front', 'Northern Front'],
    ['northern   FRONT', 'Northern Front'],
    ['NF', 'Northern Front'],
    ['republic of valdonia', 'Valdonia'],
    ['https://w3id.org/newskg/id/coast-army', 'Coast Army'],
  ])('%s names %s', (name, label) => {
    expect(findActor(graph, name).label).toBe(label);
  });

  it.each([
    ['Nothern Front', 'E_UNKNOWN_ACTOR', ['Northern Front']],
    ['Atlantis', 'E_UNKNOWN_ACTOR', []],
    ['Marsh', 'E_AMBIGUOUS_ACTOR', ['Ada Marsh', 'Ida Marsh']],
  ])('%s is refused (%s) with close matches %j', (name, code, close) => {
    const err = (() => {
      try {
        findActor(graph, name);
      } catch (e) {
        return e as ActorNameError;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(ActorNameError);
    expect(err.code).toBe(code);
    expect(err.candidates.map((c) => c.label)).toEqual(close);
    for (const c of close) expect(err.message).toContain(c);
  });
});

describe('shortestPaths', () => {
  it.each([
    ['Northern Front', 'Hill Council', [['Northern Front', 'River Brigade', 'Hill Council']]],
    [
      'NF',
      'Coast Army',
      [
        ['Northern Front', 'Lake Union', 'Valdonia', 'Coast Army'],
        ['Northern Front', 'River Brigade', 'Valdonia', 'Coast Army'],
      ],
    ],
    ['Ada Marsh', 'Ida Marsh', [['Ada Marsh', 'Coast Army', 'Ida Marsh']]],
    ['Northern Front', 'Island Guard', []],
    ['Valdonia', 'Valdonia', []],
  ])('from %s to %s', (a, b, expected) => {
    expect(shortestPaths(graph, iri(a), iri(b)).map(labels)).toEqual(expected);
  });

  it('keeps at most the asked number of paths', () => {
    expect(shortestPaths(graph, iri('NF'), iri('Coast Army'), 1)).toHaveLength(1);
  });

  it('gives each hop its stated links and the fact with its evidence', () => {
    const [path] = shortestPaths(graph, iri('Hill Council'), iri('Valdonia'));
    expect(path!.map((h) => h.links.map((l) => l.predicate.split('#')[1]).sort())).toEqual([['supports'], ['alliedWith', 'alliedWith']]);
    expect(path!.map((h) => h.facts.map((f) => [f.type.split('#')[1], f.evidence]))).toEqual([
      [['Support', ['the Hill Council funds the brigade']]],
      [['Alliance', ['the brigade and Valdonia signed a pact']]],
    ]);
    // a hop walked against the stated direction keeps the direction of its link
    const back = shortestPaths(graph, iri('Coast Army'), iri('Valdonia'))[0]![0]!;
    expect(back.links).toEqual([{ from: iri('Valdonia'), predicate: expect.stringContaining('sanctioned'), to: iri('Coast Army') }]);
  });
});

describe('neighbors', () => {
  it.each([
    ['Coast Army', 1, ['1 Ada Marsh', '1 Ida Marsh', '1 Valdonia']],
    ['Coast Army', 2, ['1 Ada Marsh', '1 Ida Marsh', '1 Valdonia', '2 Lake Union', '2 River Brigade']],
    ['Island Guard', 3, ['1 Port Militia']],
    ['Lonely Party', 2, []],
  ])('%s within %i hop(s)', (name, depth, expected) => {
    expect(neighbors(graph, iri(name), depth).map((n) => `${n.depth} ${n.node.label}`)).toEqual(expected);
  });

  it('refuses a depth below 1', () => {
    expect(() => neighbors(graph, iri('Valdonia'), 0)).toThrow(/depth/);
  });
});

describe('centrality', () => {
  it.each([
    ['degree', 'Coast Army'],
    ['pagerank', 'Valdonia'],
    ['betweenness', 'Valdonia'],
  ] as const)('by %s, %s comes first', (by, first) => {
    const ranked = centrality(graph, by);
    expect(ranked[0]!.node.label).toBe(first);
    expect(ranked.map((r) => r.node.label)).not.toContain('Lonely Party');
  });

  it('gives a leaf no betweenness', () => {
    expect(centrality(graph, 'betweenness').find((r) => r.node.label === 'Ada Marsh')!.score).toBe(0);
  });
});

describe('communities', () => {
  it('separates the unconnected groups and is stable', () => {
    const groups = communities(graph).map((c) => c.members.map((m) => m.label));
    expect(groups).toContainEqual(['Island Guard', 'Port Militia']);
    expect(groups.flat()).not.toContain('Lonely Party');
    expect(communities(graph).map((c) => c.members.map((m) => m.label))).toEqual(groups);
    // no group mixes actors that no path joins
    const island = groups.find((g) => g.includes('Island Guard'))!;
    expect(island).not.toContain('Valdonia');
  });
});

describe('actorGraph', () => {
  it('is built once per store and again after the store loads more', () => {
    const store = smallGraphStore();
    const first = actorGraph(store);
    expect(actorGraph(store)).toBe(first);
    store.load('<https://w3id.org/newskg/id/x> <https://w3id.org/newskg/ontology#supports> <https://w3id.org/newskg/id/y> .');
    const second = actorGraph(store);
    expect(second).not.toBe(first);
    expect(second.nodes.has('https://w3id.org/newskg/id/x')).toBe(true);
  });
});
