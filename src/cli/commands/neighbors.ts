// `newskg neighbors A`: the actors within N hops of one actor, with the links that bring each in.

import { parseArgs } from 'node:util';
import { neighbors } from '../../walk/neighbors.js';
import { UsageError, type Command } from '../command.js';
import { linkText, named, walkInputs, WALK_OPTIONS } from './path.js';

const USAGE = `newskg neighbors A <graphs or articles...> [--depth N] [--json]

The actors within N hops of actor A (direction ignored), nearest first, each with the direct links that join it
to the ring before. Actors are named by label or alias, case-insensitive; inputs as for "newskg path".

  --depth N    how many hops (default 1)
  --json       machine-readable output`;

export const neighborsCommand: Command = {
  name: 'neighbors',
  summary: 'the actors within N hops of an actor',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...WALK_OPTIONS, depth: { type: 'string', default: '1' } } });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const depth = Number(values.depth);
    if (!Number.isInteger(depth) || depth < 1) throw new UsageError(`--depth "${values.depth}" is not a whole number from 1`);
    const { graph, words } = await walkInputs(positionals, values.graph, values.published);
    if (words.length !== 1) throw new UsageError(`give one actor (got ${words.length})`);
    const start = named(graph, words[0]!);
    const found = neighbors(graph, start.iri, depth);
    if (values.json) {
      io.out(`${JSON.stringify(found.map((n) => ({ iri: n.node.iri, label: n.node.label, depth: n.depth, via: n.via })), null, 2)}\n`);
      return 0;
    }
    if (!found.length) io.out(`${start.label} has no links.\n`);
    for (const n of found) {
      io.out(`${n.depth}  ${n.node.label}\n`);
      for (const l of n.via) io.out(`     ${linkText(graph, l)}\n`);
    }
    return 0;
  },
};
