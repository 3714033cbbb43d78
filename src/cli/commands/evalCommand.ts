// `newskg eval`: scores the extractor on annotated articles, with the reference scorer's rules and layout.

import { parseArgs } from 'node:util';
import { formatExplanations } from '../../eval/explain.js';
import { formatScores, runEval, scoresJson } from '../../eval/runEval.js';
import { UsageError, type Command } from '../command.js';

const USAGE = `newskg eval <gold files or folders...> [--json] [--explain]

Builds each NAME.txt beside each NAME.gold.json, runs the competency questions of ontology/cq/ and scores them
as ../shared/eval/FORMAT.md describes: per kind precision, recall, F1, and attribute accuracies.

  --json      print the scores as JSON (score.py --json layout, with per-article F1)
  --explain   before the scores, list per article each missed gold fact (kind, arguments by gold id and name,
              the gold note) and each spurious output fact (kind, arguments by entity label, =gold id when the
              entity aligned), each matched fact with an attribute scored wrong (what the output gave), and the
              gold entities not found, the spurious nodes and the wrong types, as the scorer matched them; with
              --json, under "explain"`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the extractor against gold annotations',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (!positionals.length) throw new UsageError('no gold files or folders given');
    const result = await runEval(positionals, {
      ...(io.isTty && !values.json ? { onArticle: (name: string) => io.err(`scoring ${name}\n`) } : {}),
      explain: values.explain,
    });
    if (values.json) io.out(`${JSON.stringify(scoresJson(result), null, 2)}\n`);
    else {
      const explained = result.explained ? formatExplanations(result.explained) : '';
      io.out(`${explained ? `${explained}\n\n` : ''}${formatScores(result.total)}\n`);
    }
    return 0;
  },
};
