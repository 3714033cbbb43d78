// `newskg validate`: checks graph files, or the graphs of articles, against the SHACL shapes of ontology/shapes.ttl
// and prints each violation with its focus node, path and message.

import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Quad } from 'n3';
import { buildArticle } from '../../buildGraph.js';
import { normalizeDate, readArticleFile } from '../../read/article.js';
import { formatViolation, GraphValidator, loadShapes, parseGraph, type ValidationOutcome } from '../../validate/validateGraph.js';
import { UsageError, type Command } from '../command.js';

const USAGE = `newskg validate <graphs or articles...> [--shapes FILE] [--limit N] [--json] [--published YYYY-MM-DD]

Checks each input against the SHACL shapes of valid newskg output (ontology/shapes.ttl): every entity with one
label and one coarse class, every fact with its arguments, evidence spans, article, rule and confidence, typed
dates, CAMEO event types, statements with a speaker; and that each span's words are the article text between its
offsets. Graphs (.ttl .nt .trig .nq) are read as they are (of a TriG or N-Quads file, its default graph, the merged
one, when it has one; else all its named graphs as one); articles (.txt .md) are built first, each on its own.
Folders are read recursively.

  --shapes FILE         validate against these shapes instead of ontology/shapes.ttl
  --limit N             print at most N violations per input (default 20; 0 for all)
  --json                print one JSON object per input: {"source", "conforms", "violations": [...]}
  --published DATE      publication date for articles that give none (YYYY-MM-DD)

Exit codes: 0 every input conforms; 1 some input has violations or could not be read; 2 usage error.`;

const GRAPH_FORMATS: Record<string, string> = { '.ttl': 'Turtle', '.turtle': 'Turtle', '.nt': 'N-Triples', '.trig': 'TriG', '.nq': 'N-Quads' };
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/** Files under the inputs that validate can read, folders expanded in name order. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(path);
      continue;
    }
    const entries = (await readdir(path, { recursive: true })).map(String).sort();
    for (const entry of entries) {
      const ext = extname(entry).toLowerCase();
      if (ext in GRAPH_FORMATS || ARTICLE_EXTENSIONS.has(ext)) out.push(join(path, entry));
    }
  }
  return out;
}

/** The quads of one input: a graph file parsed, or an article built. */
async function quadsOf(path: string, published: string | undefined): Promise<Quad[]> {
  const ext = extname(path).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(ext)) {
    const article = await readArticleFile(path);
    if (!article.published && published) article.published = published;
    return buildArticle(article).quads;
  }
  const format = GRAPH_FORMATS[ext];
  if (!format) throw new Error(`unknown input type "${ext || '(none)'}"; give graphs (${Object.keys(GRAPH_FORMATS).join(' ')}) or articles (.txt .md)`);
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === 'ENOENT' ? 'no such file' : err.message);
  });
  const quads = parseGraph(text, path, format);
  // a built TriG or N-Quads file holds the merged graph as its default graph and each article's own quads beside
  // it; the merged graph is the output, and uniting it with the parts would double each merged confidence
  const merged = quads.filter((q) => q.graph.termType === 'DefaultGraph');
  return merged.length ? merged : quads;
}

function report(source: string, outcome: ValidationOutcome, limit: number): string {
  const n = outcome.violations.length;
  if (outcome.conforms) return `${source}: conforms\n`;
  const shown = limit > 0 ? outcome.violations.slice(0, limit) : outcome.violations;
  const lines = [`${source}: ${n} violation${n === 1 ? '' : 's'}`, ...shown.map((v) => formatViolation(v).replace(/^/gm, '  '))];
  if (shown.length < n) lines.push(`  ... and ${n - shown.length} more (--limit 0 shows all)`);
  return `${lines.join('\n')}\n`;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check graphs or articles against the SHACL shapes of valid output',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        shapes: { type: 'string' },
        limit: { type: 'string', default: '20' },
        json: { type: 'boolean', default: false },
        published: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (!positionals.length) throw new UsageError('no input graphs or articles given');
    if (!/^\d+$/.test(values.limit)) throw new UsageError(`--limit "${values.limit}" must be a whole number`);
    const limit = Number(values.limit);
    let published: string | undefined;
    if (values.published !== undefined) {
      published = normalizeDate(values.published);
      if (!published) throw new UsageError(`--published "${values.published}" is not a valid YYYY-MM-DD date`);
    }
    const validator = new GraphValidator(values.shapes === undefined ? undefined : loadShapes(values.shapes));

    let failed = 0;
    const inputs = await expand(positionals);
    for (const source of inputs) {
      let outcome: ValidationOutcome;
      try {
        outcome = await validator.validate(await quadsOf(source, published));
      } catch (err) {
        failed++;
        const message = (err as Error).message.startsWith(`${source}:`) ? (err as Error).message : `${source}: ${(err as Error).message}`;
        if (values.json) io.out(`${JSON.stringify({ source, error: message })}\n`);
        else io.err(`newskg validate: ${message}\n`);
        continue;
      }
      if (!outcome.conforms) failed++;
      if (values.json) io.out(`${JSON.stringify({ source, ...outcome })}\n`);
      else io.out(report(source, outcome, limit));
    }
    if (!values.json && inputs.length > 1) io.err(`${inputs.length - failed} of ${inputs.length} input(s) conform\n`);
    return failed ? 1 : 0;
  },
};
