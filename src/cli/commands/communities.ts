// `newskg communities`: groups of actors more linked among themselves than with the rest (Louvain).

import { parseArgs } from 'node:util';
import { communities } from '../../walk/communities.js';
import { UsageError, type Command } from '../command.js';
import { walkInputs, WALK_OPTIONS } from './path.js';

const USAGE = `newskg communities <graphs or articles...> [--resolution R] [--json]

Groups the linked actors by Louvain modularity (fixed seed: the same graph gives the same groups), largest first.

  --resolution R   above 1 gives more, smaller groups (default 1)
  --json           machine-readable output`;

export const communitiesCommand: Command = {
  name: 'communities',
  summary: 'groups of closely linked actors (Louvain)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...WALK_OPTIONS, resolution: { type: 'string', default: '1' } } });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const resolution = Number(values.resolution);
    if (!(resolution > 0)) throw new UsageError(`--resolution "${values.resolution}" is not a positive number`);
    const { graph, words } = await walkInputs(positionals, values.graph, values.published);
    if (words.length) throw new UsageError(`not an input file: ${words.join(', ')}`);
    const groups = communities(graph, { resolution });
    if (values.json) {
      io.out(`${JSON.stringify(groups.map((c) => ({ id: c.id, members: c.members.map((m) => ({ iri: m.iri, label: m.label })) })), null, 2)}\n`);
      return 0;
    }
    if (!groups.length) io.out('No linked actors.\n');
    for (const c of groups) io.out(`${c.id}  (${c.members.length})  ${c.members.map((m) => m.label).join(', ')}\n`);
    return 0;
  },
};
