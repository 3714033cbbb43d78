// `newskg central`: the actors ranked by degree, PageRank or betweenness.

import { parseArgs } from 'node:util';
import { compactIri } from '../../query/prefixes.js';
import { centrality, CENTRALITY_MEASURES, type CentralityMeasure } from '../../walk/centrality.js';
import { UsageError, type Command } from '../command.js';
import { renderTable } from '../table.js';
import { walkInputs, WALK_OPTIONS } from './path.js';

const USAGE = `newskg central <graphs or articles...> [--by ${CENTRALITY_MEASURES.join('|')}] [--top N] [--json]

Ranks the linked actors: degree (distinct partners, normalized), pagerank (over the stated direction of links)
or betweenness (share of shortest paths through an actor, normalized).

  --by MEASURE   ${CENTRALITY_MEASURES.join(', ')} (default degree)
  --top N        show the first N (default 20)
  --json         machine-readable output`;

export const centralCommand: Command = {
  name: 'central',
  summary: 'rank actors by degree, PageRank or betweenness',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...WALK_OPTIONS, by: { type: 'string', default: 'degree' }, top: { type: 'string', default: '20' } },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (!(CENTRALITY_MEASURES as readonly string[]).includes(values.by)) {
      throw new UsageError(`unknown measure "${values.by}"; measures: ${CENTRALITY_MEASURES.join(', ')}`);
    }
    const top = Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top "${values.top}" is not a whole number from 1`);
    const { graph, words } = await walkInputs(positionals, values.graph, values.published);
    if (words.length) throw new UsageError(`not an input file: ${words.join(', ')}`);
    const ranked = centrality(graph, values.by as CentralityMeasure).slice(0, top);
    if (values.json) {
      io.out(`${JSON.stringify(ranked.map((r) => ({ iri: r.node.iri, label: r.node.label, score: r.score })), null, 2)}\n`);
      return 0;
    }
    const rows = ranked.map((r, i) => ({ rank: String(i + 1), actor: r.node.label, score: r.score.toFixed(4), iri: compactIri(r.node.iri) }));
    io.out(`${renderTable(['rank', 'actor', 'score', 'iri'], rows)}\n`);
    return 0;
  },
};
