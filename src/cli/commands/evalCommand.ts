// `newskg eval`: scores the extractor on annotated articles, with the reference scorer's rules and layout.

import { parseArgs } from 'node:util';
import { formatScores, runEval, scoresJson } from '../../eval/runEval.js';
import { UsageError, type Command } from '../command.js';

const USAGE = `newskg eval <gold files or folders...> [--json]

Builds each NAME.txt beside each NAME.gold.json, runs the competency questions of ontology/cq/ and scores them
as ../shared/eval/FORMAT.md describes: per kind precision, recall, F1, and attribute accuracies.

  --json   print the scores as JSON (score.py --json layout, with per-article F1)`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the extractor against gold annotations',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (!positionals.length) throw new UsageError('no gold files or folders given');
    const result = await runEval(positionals, io.isTty && !values.json ? (name) => io.err(`scoring ${name}\n`) : undefined);
    io.out(values.json ? `${JSON.stringify(scoresJson(result), null, 2)}\n` : `${formatScores(result.total)}\n`);
    return 0;
  },
};
