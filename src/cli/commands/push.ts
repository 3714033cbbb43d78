// `newskg push`: a built graph into a SPARQL 1.1 store over the Graph Store HTTP Protocol, so that a corpus too
// large for one machine can live in a real store.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pushQuads, PushError } from '../../corpus/graphStore.js';
import { readDataset } from '../../corpus/loadCorpus.js';
import { formatFromPath } from '../../write/serialize.js';
import { UsageError, type Command } from '../command.js';

const USAGE = `newskg push <graph> --endpoint URL [--graph IRI] [--batch N] [--append]

Loads a graph built by newskg build (Turtle .ttl, TriG .trig, N-Quads .nq) into a SPARQL 1.1 store over the
Graph Store HTTP Protocol: the default graph to --graph (or the store's default graph), each article's named
graph to its own IRI. Graphs are replaced, so pushing twice leaves the store as pushing once.

  -e, --endpoint URL    the store's Graph Store endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud,
                        Fuseki: http://HOST:3030/DATASET/data, GraphDB: .../repositories/ID/rdf-graphs/service)
  -g, --graph IRI       the graph that receives the merged default graph
  --batch N             triples per request (default 5000)
  --append              add to the graphs instead of replacing them
  --retries N           retries of a failed request (default 3; network errors, timeouts, 408, 429, 5xx)
  --timeout SECONDS     per request (default 60)
  -q, --quiet           no progress on stderr

The environment variable NEWSKG_STORE_AUTH, when set, is sent as the Authorization header.
Exit codes: 0 pushed; 1 the store refused or could not be reached; 2 usage error.`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < (name === '--retries' ? 0 : 1)) throw new UsageError(`${name} "${value}" must be a whole number`);
  return Number(value);
}

export const pushCommand: Command = {
  name: 'push',
  summary: 'load a built graph into a SPARQL store (Graph Store protocol)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        endpoint: { type: 'string', short: 'e' },
        graph: { type: 'string', short: 'g' },
        batch: { type: 'string' },
        append: { type: 'boolean', default: false },
        retries: { type: 'string' },
        timeout: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one graph file');
    if (!values.endpoint) throw new UsageError('--endpoint URL is required');
    const path = positionals[0]!;
    const format = formatFromPath(path);
    if (format !== 'turtle' && format !== 'trig' && format !== 'nquads') {
      throw new UsageError(`${path}: push reads Turtle (.ttl), TriG (.trig) or N-Quads (.nq)`);
    }
    try {
      new URL(values.endpoint);
    } catch {
      throw new UsageError(`--endpoint "${values.endpoint}" is not a URL`);
    }
    if (values.graph !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(values.graph)) {
      throw new UsageError(`--graph "${values.graph}" is not an absolute IRI`);
    }
    if (!(await stat(path).catch(() => undefined))?.isFile()) {
      io.err(`newskg push: ${path}: no such file\n`);
      return 1;
    }
    const quads = await readDataset(path, format);
    const auth = process.env['NEWSKG_STORE_AUTH'];
    try {
      const result = await pushQuads(quads, {
        endpoint: values.endpoint,
        ...(values.graph ? { graph: values.graph } : {}),
        batchSize: positiveInteger('--batch', values.batch, 5000),
        retries: positiveInteger('--retries', values.retries, 3),
        timeoutMs: positiveInteger('--timeout', values.timeout, 60) * 1000,
        append: values.append,
        ...(auth ? { headers: { Authorization: auth } } : {}),
        ...(values.quiet || !io.isTty ? {} : { onBatch: (e) => io.err(`\r\x1b[Knewskg push: ${e.graph || 'default graph'} ${e.batch}/${e.batches}`) }),
      });
      if (!values.quiet) {
        if (io.isTty) io.err('\r\x1b[K');
        io.err(`newskg push: ${result.triples} triples in ${result.graphs} graph(s) sent to ${values.endpoint} in ${result.requests} request(s)\n`);
      }
      return 0;
    } catch (err) {
      if (!(err instanceof PushError)) throw err;
      io.err(`newskg push: ${err.message}\n`);
      return 1;
    }
  },
};
