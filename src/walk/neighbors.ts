// The neighbourhood of an actor: every actor within N hops (link direction ignored), each with its distance and
// the direct links that bring it in from the ring before.

import { bfsFromNode } from 'graphology-traversal';
import type { ActorGraph, ActorLink, ActorNode } from './actorGraph.js';

export interface Neighbor {
  node: ActorNode;
  depth: number;
  /** Links to actors one hop closer to the start. */
  via: ActorLink[];
}

/** The actors within `depth` hops of a start actor, nearest first, then by label. */
export function neighbors(graph: ActorGraph, start: string, depth = 1): Neighbor[] {
  if (!Number.isInteger(depth) || depth < 1) throw new Error(`newskg/walk/neighbors: depth must be a whole number from 1 (got ${depth})`);
  const g = graph.undirected;
  const depthOf = new Map<string, number>();
  bfsFromNode(g, start, (node, _attr, d) => {
    depthOf.set(node, d);
    return d >= depth; // do not look past the last ring
  });
  const out: Neighbor[] = [];
  for (const [iri, d] of depthOf) {
    if (d === 0) continue;
    const via = g
      .neighbors(iri)
      .filter((n) => depthOf.get(n) === d - 1)
      .flatMap((n) => graph.linksBetween(iri, n));
    out.push({ node: graph.nodes.get(iri)!, depth: d, via });
  }
  return out.sort((x, y) => x.depth - y.depth || x.node.label.localeCompare(y.node.label) || (x.node.iri < y.node.iri ? -1 : 1));
}
