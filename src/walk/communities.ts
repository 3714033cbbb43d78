// Groups of actors more linked among themselves than with the rest (Louvain modularity), with a fixed random seed
// so the same graph always gives the same groups.

import louvainModule from 'graphology-communities-louvain';
import type { ActorGraph, ActorNode } from './actorGraph.js';
import { cjsDefault } from './interop.js';

const louvain = cjsDefault(louvainModule);

export interface Community {
  /** 1 for the largest group, then by size. */
  id: number;
  members: ActorNode[];
}

/** A small seeded generator (mulberry32): Louvain visits nodes in random order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The communities of the linked actors, largest first; actors without links are left out. */
export function communities(graph: ActorGraph, options: { resolution?: number; seed?: number } = {}): Community[] {
  const g = graph.undirected;
  if (!g.size) return [];
  const assignment = louvain(g, { getEdgeWeight: 'weight', resolution: options.resolution ?? 1, rng: seeded(options.seed ?? 1) });
  const groups = new Map<number, ActorNode[]>();
  for (const [iri, c] of Object.entries(assignment)) {
    if (!g.degree(iri)) continue;
    const list = groups.get(c) ?? [];
    list.push(graph.nodes.get(iri)!);
    groups.set(c, list);
  }
  return [...groups.values()]
    .map((members) => members.sort((x, y) => x.label.localeCompare(y.label) || (x.iri < y.iri ? -1 : 1)))
    .sort((x, y) => y.length - x.length || x[0]!.label.localeCompare(y[0]!.label))
    .map((members, i) => ({ id: i + 1, members }));
}
