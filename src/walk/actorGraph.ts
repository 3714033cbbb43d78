// The actor graph: a projection of the direct actor-to-actor triples (ACTOR_LINKS) with each actor's names,
// built once per store (and rebuilt only after the store loads more), for paths, neighbourhoods and centrality.

import graphology from 'graphology';
import type { SparqlStore } from '../query/engine.js';
import { ACTOR_LINKS, NKG, RDFS, SKOS } from '../rdf/vocab.js';

const { DirectedGraph, UndirectedGraph } = graphology;

/** An actor (or place) in the walk graph. */
export interface ActorNode {
  iri: string;
  label: string;
  /** Every other name (skos:altLabel). */
  aliases: string[];
}

/** One direct link, as stated in the graph: from --predicate--> to. */
export interface ActorLink {
  from: string;
  predicate: string;
  to: string;
}

export interface WalkEdge {
  /** How many direct links join the pair (either direction). */
  weight: number;
}

/** The projection: directed and undirected views over the same actors, and the links behind each pair. */
export interface ActorGraph {
  nodes: ReadonlyMap<string, ActorNode>;
  /** Simple directed graph, weight = number of links from → to. */
  directed: InstanceType<typeof DirectedGraph<ActorNode, WalkEdge>>;
  /** Simple undirected graph, weight = number of links between the pair. */
  undirected: InstanceType<typeof UndirectedGraph<ActorNode, WalkEdge>>;
  /** The direct links between two actors, in either direction. */
  linksBetween(a: string, b: string): ActorLink[];
  /** The store the projection was built from, to look up the facts behind links. */
  store: SparqlStore;
}

const cache = new WeakMap<SparqlStore, { version: number; graph: ActorGraph }>();

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The actor graph of a store, built on first use and kept until the store changes. */
export function actorGraph(store: SparqlStore): ActorGraph {
  const cached = cache.get(store);
  if (cached && cached.version === store.version) return cached.graph;
  const graph = buildActorGraph(store);
  cache.set(store, { version: store.version, graph });
  return graph;
}

function buildActorGraph(store: SparqlStore): ActorGraph {
  const nodes = new Map<string, ActorNode>();
  const node = (iri: string): ActorNode => {
    let n = nodes.get(iri);
    if (!n) nodes.set(iri, (n = { iri, label: '', aliases: [] }));
    return n;
  };
  const links = store.select(`SELECT ?a ?p ?b WHERE { VALUES ?p { ${ACTOR_LINKS.map((p) => `<${p}>`).join(' ')} } ?a ?p ?b . FILTER(isIRI(?b)) }`);
  for (const r of links) {
    node(r['a']!);
    node(r['b']!);
  }
  // actors and places without links still count: a walk from them finds nothing rather than "unknown name"
  const classes = [NKG.Person, NKG.Organization, NKG.Country, NKG.Place].map((c) => `<${c}>`).join(' ');
  for (const r of store.select(`SELECT DISTINCT ?e WHERE { VALUES ?c { ${classes} } ?e a ?c }`)) node(r['e']!);
  for (const r of store.select(`SELECT ?e ?l WHERE { ?e <${RDFS.label}> ?l }`)) {
    const n = nodes.get(r['e']!);
    if (n && !n.label) n.label = r['l']!;
  }
  for (const r of store.select(`SELECT ?e ?l WHERE { ?e <${SKOS.altLabel}> ?l }`)) {
    const n = nodes.get(r['e']!);
    if (n && !n.aliases.includes(r['l']!)) n.aliases.push(r['l']!);
  }
  const directed = new DirectedGraph<ActorNode, WalkEdge>();
  const undirected = new UndirectedGraph<ActorNode, WalkEdge>();
  for (const n of [...nodes.values()].sort((x, y) => (x.iri < y.iri ? -1 : 1))) {
    if (!n.label) n.label = n.iri.slice(Math.max(n.iri.lastIndexOf('/'), n.iri.lastIndexOf('#')) + 1);
    n.aliases.sort();
    directed.addNode(n.iri, n);
    undirected.addNode(n.iri, n);
  }
  const byPair = new Map<string, ActorLink[]>();
  for (const r of links) {
    const link: ActorLink = { from: r['a']!, predicate: r['p']!, to: r['b']! };
    if (link.from === link.to) continue;
    const key = pairKey(link.from, link.to);
    const list = byPair.get(key) ?? [];
    list.push(link);
    byPair.set(key, list);
    directed.updateEdge(link.from, link.to, (e) => ({ weight: (e.weight ?? 0) + 1 }));
    undirected.updateEdge(link.from, link.to, (e) => ({ weight: (e.weight ?? 0) + 1 }));
  }
  // the store's answer order is not fixed; walks must give the same output for the same graph
  const order = (l: ActorLink): string => `${l.from}\u0000${l.predicate}\u0000${l.to}`;
  for (const list of byPair.values()) list.sort((x, y) => (order(x) < order(y) ? -1 : 1));
  return { nodes, directed, undirected, linksBetween: (a, b) => byPair.get(pairKey(a, b)) ?? [], store };
}
