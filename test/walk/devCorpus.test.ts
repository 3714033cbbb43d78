// Walks on the graph built from the whole dev corpus, checked against answers computed independently from the
// graph's own link triples: every shortest path has the true length, every hop is a real link backed by a fact
// whose evidence is words of an article, neighbourhoods and communities agree with plain breadth-first search.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/buildGraph.js';
import { SparqlStore } from '../../src/query/engine.js';
import { quadsToNQuads } from '../../src/query/sources.js';
import { ACTOR_LINKS } from '../../src/rdf/vocab.js';
import { readArticleFile, type Article } from '../../src/read/article.js';
import { actorGraph, type ActorGraph } from '../../src/walk/actorGraph.js';
import { communities } from '../../src/walk/communities.js';
import { neighbors } from '../../src/walk/neighbors.js';
import { shortestPaths } from '../../src/walk/shortestPaths.js';
import { hasShared, SHARED_DIR } from '../support/externalTools.js';

const DEV = join(SHARED_DIR, 'corpus', 'dev');

describe.skipIf(!hasShared)('walks on the dev corpus graph', () => {
  let graph: ActorGraph;
  let texts: string[];
  /** actor → actors it shares a link with (either direction), from the link triples alone */
  const adjacent = new Map<string, Set<string>>();

  const bfs = (start: string): Map<string, number> => {
    const dist = new Map([[start, 0]]);
    const queue = [start];
    while (queue.length) {
      const n = queue.shift()!;
      for (const m of adjacent.get(n) ?? []) {
        if (!dist.has(m)) {
          dist.set(m, dist.get(n)! + 1);
          queue.push(m);
        }
      }
    }
    return dist;
  };

  beforeAll(async () => {
    const articles: Article[] = [];
    for (const f of readdirSync(DEV).filter((n) => n.endsWith('.txt')).sort()) articles.push(await readArticleFile(join(DEV, f)));
    texts = articles.map((a) => a.body);
    const store = new SparqlStore().load(await quadsToNQuads(buildGraph(articles).quads), 'application/n-quads');
    graph = actorGraph(store);
    const links = store.select(`SELECT ?a ?b WHERE { VALUES ?p { ${ACTOR_LINKS.map((p) => `<${p}>`).join(' ')} } ?a ?p ?b }`);
    for (const { a, b } of links as { a: string; b: string }[]) {
      if (a === b) continue;
      if (!adjacent.has(a)) adjacent.set(a, new Set());
      if (!adjacent.has(b)) adjacent.set(b, new Set());
      adjacent.get(a)!.add(b);
      adjacent.get(b)!.add(a);
    }
  }, 120_000);

  it('has links to walk', () => {
    expect(adjacent.size).toBeGreaterThan(10);
  });

  it('gives every linked pair a one-hop path made of their links, each backed by a fact with words from an article', () => {
    for (const [a, partners] of adjacent) {
      for (const b of partners) {
        const paths = shortestPaths(graph, a, b);
        expect(paths, `${a} -> ${b}`).toHaveLength(1);
        const [hop] = paths[0]!;
        expect(hop!.links.length).toBeGreaterThan(0);
        for (const l of hop!.links) expect([l.from, l.to].sort()).toEqual([a, b].sort());
        expect(hop!.facts.length, `facts behind ${a} -> ${b}`).toBeGreaterThan(0);
        for (const f of hop!.facts) {
          expect(f.evidence.length).toBeGreaterThan(0);
          for (const e of f.evidence) expect(texts.some((t) => t.includes(e)), e).toBe(true);
        }
      }
    }
  });

  it('finds paths of the true shortest length between any two actors, through linked steps only', () => {
    const actors = [...adjacent.keys()].sort();
    for (const a of actors.slice(0, 12)) {
      const dist = bfs(a);
      for (const b of actors) {
        if (a === b) continue;
        const paths = shortestPaths(graph, a, b, 2);
        if (!dist.has(b)) {
          expect(paths).toEqual([]);
          continue;
        }
        expect(paths.length).toBeGreaterThan(0);
        for (const p of paths) {
          expect(p).toHaveLength(dist.get(b)!);
          expect(p[0]!.from.iri).toBe(a);
          expect(p[p.length - 1]!.to.iri).toBe(b);
          for (const h of p) expect(adjacent.get(h.from.iri)!.has(h.to.iri)).toBe(true);
        }
      }
    }
  });

  it('lists as neighbours exactly the actors within reach', () => {
    for (const a of [...adjacent.keys()].sort().slice(0, 25)) {
      const dist = bfs(a);
      const within2 = [...dist].filter(([n, d]) => n !== a && d <= 2).map(([n]) => n).sort();
      expect(neighbors(graph, a, 2).map((n) => n.node.iri).sort()).toEqual(within2);
    }
  });

  it('puts every linked actor in exactly one community, never joining actors no path connects', () => {
    const groups = communities(graph);
    const members = groups.flatMap((c) => c.members.map((m) => m.iri));
    expect(members.sort()).toEqual([...adjacent.keys()].sort());
    for (const c of groups) {
      const reach = bfs(c.members[0]!.iri);
      for (const m of c.members) expect(reach.has(m.iri)).toBe(true);
    }
  });
});
