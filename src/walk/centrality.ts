// Which actors matter most in the graph: degree (distinct partners), PageRank (over the stated direction of links,
// weighted by how many links join a pair) or betweenness (how often an actor lies on shortest paths).

import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { ActorGraph, ActorNode } from './actorGraph.js';
import { cjsDefault } from './interop.js';

const pagerank = cjsDefault(pagerankModule);
const betweenness = cjsDefault(betweennessModule);

export const CENTRALITY_MEASURES = ['degree', 'pagerank', 'betweenness'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export interface Ranked {
  node: ActorNode;
  score: number;
}

/** Every actor with its score, highest first (ties by label). Actors without links are left out. */
export function centrality(graph: ActorGraph, by: CentralityMeasure = 'degree'): Ranked[] {
  if (!(CENTRALITY_MEASURES as readonly string[]).includes(by)) {
    throw new Error(`newskg/walk/centrality: unknown measure "${by}"; measures: ${CENTRALITY_MEASURES.join(', ')}`);
  }
  const linked = graph.undirected.filterNodes((n) => graph.undirected.degree(n) > 0);
  if (!linked.length) return [];
  const scores: Record<string, number> =
    by === 'degree'
      ? degreeCentrality(graph.undirected)
      : by === 'pagerank'
        ? pagerank(graph.directed, { getEdgeWeight: 'weight' })
        : betweenness(graph.undirected, { getEdgeWeight: null, normalized: true });
  return linked
    .map((iri) => ({ node: graph.nodes.get(iri)!, score: scores[iri] ?? 0 }))
    .sort((x, y) => y.score - x.score || x.node.label.localeCompare(y.node.label) || (x.node.iri < y.node.iri ? -1 : 1));
}
