// Shortest paths between two actors over the undirected actor graph, each hop with the direct links that make it
// and the fact nodes behind them (class, evidence text), so every step of a path can be checked against its words.

import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { NIF, NKG, RDF, SEM } from '../rdf/vocab.js';
import type { ActorGraph, ActorLink, ActorNode } from './actorGraph.js';

/** A fact node that links two actors, with its class and the words it was read from. */
export interface HopFact {
  iri: string;
  /** The fact's most specific class (nkg:Support, nkg:Attack, ...). */
  type: string;
  evidence: string[];
}

/** One step of a path. */
export interface Hop {
  from: ActorNode;
  to: ActorNode;
  /** The direct links between the two, in the direction they were stated. */
  links: ActorLink[];
  facts: HopFact[];
}

export type ActorPath = Hop[];

const GENERIC = new Set([NKG.Fact, SEM.Event, NKG.Event]);

/** The fact nodes whose two argument properties link a and b, with their evidence text. */
export function factsBetween(graph: ActorGraph, a: string, b: string): HopFact[] {
  const rows = graph.store.select(`SELECT ?f ?type ?anchor WHERE {
    ?f ?p1 <${a}> ; ?p2 <${b}> ; <${RDF.type}> <${NKG.Fact}> .
    OPTIONAL { ?f <${RDF.type}> ?type }
    OPTIONAL { ?f <${NKG.evidence}> ?span . ?span <${NIF.anchorOf}> ?anchor }
  }`);
  const facts = new Map<string, HopFact>();
  for (const r of rows) {
    const f = facts.get(r['f']!) ?? { iri: r['f']!, type: '', evidence: [] };
    facts.set(f.iri, f);
    const type = r['type'];
    if (type && !GENERIC.has(type) && (!f.type || type < f.type)) f.type = type;
    const anchor = r['anchor'];
    if (anchor && !f.evidence.includes(anchor)) f.evidence.push(anchor);
  }
  return [...facts.values()].sort((x, y) => (x.iri < y.iri ? -1 : 1));
}

/**
 * All shortest paths from one actor to another (at most `limit`, in a stable order), ignoring link direction:
 * "A supports X" and "B supports X" connect A and B through X.
 */
export function shortestPaths(graph: ActorGraph, from: string, to: string, limit = 10): ActorPath[] {
  const g = graph.undirected;
  if (!g.hasNode(from) || !g.hasNode(to)) throw new Error(`newskg/walk/shortestPaths: unknown node ${g.hasNode(from) ? to : from}`);
  if (from === to) return [];
  const fromStart = singleSourceLength(g, from);
  const length = fromStart[to];
  if (length === undefined) return [];
  const toEnd = singleSourceLength(g, to);
  // walk forward only through nodes that lie on some shortest path
  const found: string[][] = [];
  const extend = (path: string[]): void => {
    if (found.length >= limit) return;
    const last = path[path.length - 1]!;
    if (last === to) {
      found.push(path);
      return;
    }
    const next = g
      .neighbors(last)
      .filter((n) => fromStart[n] === path.length && fromStart[n]! + (toEnd[n] ?? Infinity) === length)
      .sort();
    for (const n of next) extend([...path, n]);
  };
  extend([from]);
  return found.map((nodes) => nodes.slice(1).map((n, i) => hop(graph, nodes[i]!, n)));
}

function hop(graph: ActorGraph, a: string, b: string): Hop {
  return {
    from: graph.nodes.get(a)!,
    to: graph.nodes.get(b)!,
    links: graph.linksBetween(a, b),
    facts: factsBetween(graph, a, b),
  };
}
