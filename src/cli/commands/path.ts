// `newskg path A B`: the shortest paths between two actors, each hop with the fact behind it and its words.

import { parseArgs } from 'node:util';
import { compactIri } from '../../query/prefixes.js';
import { actorGraph, type ActorGraph, type ActorLink } from '../../walk/actorGraph.js';
import { ActorNameError, findActor } from '../../walk/findActor.js';
import { isInputPath, openGraph } from '../../walk/openGraph.js';
import { shortestPaths } from '../../walk/shortestPaths.js';
import { UsageError, type Command } from '../command.js';

/** Options shared by the walk commands: inputs (-g or any existing graph/article among the words), output form. */
export const WALK_OPTIONS = {
  graph: { type: 'string', short: 'g', multiple: true },
  json: { type: 'boolean', default: false },
  published: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Splits command words into input files and other words (actor names), and opens the graph. */
export async function walkInputs(positionals: string[], graphs: string[] | undefined, published?: string): Promise<{ graph: ActorGraph; words: string[] }> {
  const inputs = [...(graphs ?? []), ...positionals.filter(isInputPath)];
  const words = positionals.filter((w) => !isInputPath(w));
  if (!inputs.length) throw new UsageError('no input graphs or articles given (name them, or use -g FILE)');
  return { graph: actorGraph(await openGraph(inputs, published)), words };
}

/** A direct link as a line: "A --nkg:supports--> B". */
export function linkText(graph: ActorGraph, l: ActorLink): string {
  return `${graph.nodes.get(l.from)?.label ?? l.from} --${compactIri(l.predicate)}--> ${graph.nodes.get(l.to)?.label ?? l.to}`;
}

/** Turns a name error into a usage-level message (exit 1 with the candidates listed). */
export function named(graph: ActorGraph, name: string) {
  try {
    return findActor(graph, name);
  } catch (err) {
    if (err instanceof ActorNameError) throw Object.assign(new Error(err.message), { code: err.code });
    throw err;
  }
}

const USAGE = `newskg path A B <graphs or articles...> [--max N] [--json]

The shortest paths between two actors over the direct actor-to-actor links (direction ignored), each hop with
the links that make it and the fact nodes behind them (class and evidence text). Actors are named by label or
alias, case-insensitive; inputs are graph files or articles (built first), named anywhere or with -g FILE.

  --max N      at most N paths (default 10)
  --json       machine-readable output

Exit codes: 0 a path was found; 3 no path; 1 unknown or ambiguous name, unreadable input; 2 usage error.`;

export const pathCommand: Command = {
  name: 'path',
  summary: 'shortest paths between two actors, with the facts behind each hop',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...WALK_OPTIONS, max: { type: 'string', default: '10' } } });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const max = Number(values.max);
    if (!Number.isInteger(max) || max < 1) throw new UsageError(`--max "${values.max}" is not a whole number from 1`);
    const { graph, words } = await walkInputs(positionals, values.graph, values.published);
    if (words.length !== 2) throw new UsageError(`give two actors (got ${words.length}: ${words.map((w) => `"${w}"`).join(', ') || 'none'})`);
    const a = named(graph, words[0]!);
    const b = named(graph, words[1]!);
    const paths = shortestPaths(graph, a.iri, b.iri, max);
    if (values.json) {
      io.out(`${JSON.stringify(paths.map((p) => p.map((h) => ({ from: h.from.iri, to: h.to.iri, links: h.links, facts: h.facts }))), null, 2)}\n`);
      return paths.length ? 0 : 3;
    }
    if (!paths.length) {
      io.out(`No path between ${a.label} and ${b.label}.\n`);
      return 3;
    }
    paths.forEach((p, i) => {
      io.out(`${i ? '\n' : ''}Path ${i + 1} of ${paths.length} (${p.length} hop${p.length > 1 ? 's' : ''}): ${[p[0]!.from, ...p.map((h) => h.to)].map((n) => n.label).join(' - ')}\n`);
      for (const h of p) {
        for (const l of h.links) io.out(`  ${linkText(graph, l)}\n`);
        for (const f of h.facts) {
          io.out(`      ${compactIri(f.type || f.iri)} ${compactIri(f.iri)}\n`);
          for (const e of f.evidence) io.out(`        "${e.replace(/\s+/g, ' ')}"\n`);
        }
      }
    });
    return 0;
  },
};
