// `newskg query`: SPARQL 1.1 over graph files and articles, results in the W3C formats or a labelled table.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { normalizeDate } from '../../read/article.js';
import { answerQuery } from '../../query/answerQuery.js';
import { QueryWorker } from '../../query/queryWorker.js';
import { queryForm } from '../../query/results.js';
import { readSources } from '../../query/sources.js';
import { engineFormatFor, parseResultFormat, RESULT_FORMATS, ResultFormatError, type ResultFormat } from '../../query/writeResult.js';
import { UsageError, type Command } from '../command.js';
import { renderTable } from '../table.js';

const USAGE = `newskg query <graphs or articles...> (-q 'SPARQL' | -f FILE.rq) [--format FORMAT] [--timeout SECONDS]

Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over graph files (.ttl, .trig, .nt, .nq, .jsonld,
.rdf) and articles (.txt, built into a graph first). The ontology's prefixes (nkg:, rdfs:, skos:, sem:, ...) are
predeclared. The default graph is the union of all graphs.

  -q, --query TEXT      the query
  -f, --file FILE.rq    read the query from a file
  --format FORMAT       ${RESULT_FORMATS.join(', ')}
                        (default: table on a terminal, else json for SELECT/ASK and turtle for CONSTRUCT/DESCRIBE)
  --timeout SECONDS     stop a query that runs longer (default 30)
  --published DATE      publication date for articles without one (YYYY-MM-DD)

Exit codes: 0 answered; 1 the query failed (syntax error, timeout) or an input could not be read; 2 usage error.`;

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a SPARQL 1.1 query over graphs or articles',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        query: { type: 'string', short: 'q' },
        file: { type: 'string', short: 'f' },
        format: { type: 'string' },
        timeout: { type: 'string', default: '30' },
        published: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if ((values.query === undefined) === (values.file === undefined)) throw new UsageError('give the query with -q or -f (one of them)');
    if (!positionals.length) throw new UsageError('no input graphs or articles given');
    const seconds = Number(values.timeout);
    if (!(seconds > 0)) throw new UsageError(`--timeout "${values.timeout}" is not a positive number of seconds`);
    let published: string | undefined;
    if (values.published !== undefined) {
      published = normalizeDate(values.published);
      if (!published) throw new UsageError(`--published "${values.published}" is not a valid YYYY-MM-DD date`);
    }
    const query =
      values.query ??
      (await readFile(values.file!, 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`${values.file}: ${err.code === 'ENOENT' ? 'no such query file' : err.message}`);
      }));
    // a format that cannot be written is refused before any article is built
    const form = queryForm(query) ?? 'select';
    let format: ResultFormat;
    try {
      format = values.format === undefined ? (io.isTty ? 'table' : form === 'construct' || form === 'describe' ? 'turtle' : 'json') : parseResultFormat(values.format);
      engineFormatFor(form, format);
    } catch (err) {
      if (err instanceof ResultFormatError) throw new UsageError(err.message);
      throw err;
    }

    const worker = new QueryWorker({ timeoutMs: seconds * 1000 });
    try {
      for (const source of await readSources(positionals, published)) {
        try {
          await worker.load(source.text, source.format);
        } catch (err) {
          throw new Error(`${source.name}: ${(err as Error).message}`);
        }
      }
      const answer = await answerQuery(worker, query, format);
      if (answer.table) {
        io.out(`${renderTable(answer.table.columns, answer.table.rows)}\n`);
        if (answer.form === 'select') io.err(`${answer.table.rows.length} row(s)\n`);
      } else io.out(answer.text!.endsWith('\n') ? answer.text! : `${answer.text}\n`);
      return 0;
    } finally {
      await worker.close();
    }
  },
};
