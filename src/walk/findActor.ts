// Naming an actor for a walk: by label or alias, case-insensitive; an unknown or ambiguous name is an error that
// lists close matches, so a typo never silently walks from the wrong node.

import { compactIri } from '../query/prefixes.js';
import type { ActorGraph, ActorNode } from './actorGraph.js';

/** A name that matches no actor, or more than one. */
export class ActorNameError extends Error {
  readonly code: 'E_UNKNOWN_ACTOR' | 'E_AMBIGUOUS_ACTOR';
  constructor(
    readonly actorName: string,
    readonly candidates: ActorNode[],
    ambiguous: boolean,
  ) {
    const listed = candidates.map((c) => `${c.label} (${compactIri(c.iri)})`).join('; ');
    super(
      ambiguous
        ? `"${actorName}" names ${candidates.length} actors: ${listed}; give the IRI or a fuller name`
        : `no actor is named "${actorName}"${listed ? `; close matches: ${listed}` : ''}`,
    );
    this.name = 'ActorNameError';
    this.code = ambiguous ? 'E_AMBIGUOUS_ACTOR' : 'E_UNKNOWN_ACTOR';
  }
}

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Edit distance, capped: only small distances matter for suggestions. */
function distance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The actor a name (label, alias or IRI) designates; throws ActorNameError when none or several do. */
export function findActor(graph: ActorGraph, name: string): ActorNode {
  const byIri = graph.nodes.get(name);
  if (byIri) return byIri;
  const wanted = norm(name);
  const names = (n: ActorNode): string[] => [n.label, ...n.aliases].map(norm);
  const exact = [...graph.nodes.values()].filter((n) => names(n).includes(wanted));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) {
    // a preferred label beats an alias shared with others
    const byLabel = exact.filter((n) => norm(n.label) === wanted);
    if (byLabel.length === 1) return byLabel[0]!;
    throw new ActorNameError(name, exact, true);
  }
  const close = [...graph.nodes.values()]
    .map((n) => ({ n, score: Math.min(...names(n).map((x) => (x.includes(wanted) || wanted.includes(x) ? 0 : distance(x, wanted)))) }))
    .filter((c) => c.score <= 2)
    .sort((x, y) => x.score - y.score || (x.n.label < y.n.label ? -1 : 1))
    .slice(0, 5)
    .map((c) => c.n);
  throw new ActorNameError(name, close, false);
}
