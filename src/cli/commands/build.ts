// `newskg build`: articles in (files, folders, globs, stdin, JSON Lines, HTML), one merged RDF graph out (stdout
// or a file written atomically), extracted over worker threads, optionally added to an existing graph.

import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildCorpus, type CorpusBuildResult } from '../../corpus/buildCorpus.js';
import type { CorpusGraph } from '../../corpus/corpusGraph.js';
import { loadCorpus, UPDATABLE_FORMATS } from '../../corpus/loadCorpus.js';
import { formatDuration, Progress } from '../../corpus/progress.js';
import { writeCorpus, writeCorpusFile } from '../../corpus/writeCorpus.js';
import { ArticleError, normalizeDate, type Article } from '../../read/article.js';
import { expandInputs, inputKind, readInputs } from '../../read/readInputs.js';
import { FORMATS, formatFromPath, type OutputFormat } from '../../write/serialize.js';
import { UsageError, type Command, type Io } from '../command.js';

const USAGE = `newskg build <inputs...> [-o FILE] [--format turtle|trig|nquads|jsonld] [--published YYYY-MM-DD]
                           [--jobs N] [--update GRAPH.trig] [--merge SHARD.trig ...]

Reads articles, extracts actors, relations, events and statements, and writes one merged RDF graph: the same
actor, fact or event from several articles is one node, with one reference per source.

Inputs: files, folders (read recursively: .txt .md .html .htm .jsonl .ndjson), glob patterns ("news/**/*.html"),
and - for standard input. Plain text may open with front matter between --- lines (published, title, url,
outlet); HTML pages are read with Readability (body, title, publication time); JSON Lines hold one article a
line: {"text": ..., "id", "title", "published", "url", "outlet"}.

  -o, --output FILE     write to FILE (atomically) instead of stdout
  -f, --format FORMAT   turtle (default, or from the -o extension), trig, nquads, jsonld; TriG and N-Quads also
                        keep each article's own assertions in a named graph
  --published DATE      publication date for articles that give none (YYYY-MM-DD)
  -j, --jobs N          worker threads (default: the number of cores); the output is the same for any N
  -u, --update GRAPH    add the inputs to GRAPH (TriG or N-Quads written by newskg build), skipping articles
                        already in it (by content hash); writes back to GRAPH unless -o is given
  -m, --merge SHARD     add the articles of another graph built by newskg build (TriG or N-Quads; repeatable):
                        shards built on several machines merge into one graph, articles counted once
  -q, --quiet           no progress and no summary on stderr

Exit codes: 0 built; 1 some input failed (the others are still built); 2 usage error.`;

/** Parses the options shared by commands that build articles. */
export function parseBuildOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      published: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      update: { type: 'string', short: 'u' },
      merge: { type: 'string', short: 'm', multiple: true },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { values, positionals };
}

/** Checks a --format value (or guesses it from the output path). */
export function resolveFormat(format: string | undefined, output: string | undefined): OutputFormat {
  if (format === undefined) return (output && formatFromPath(output)) || 'turtle';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; formats: ${FORMATS.join(', ')}`);
  }
  return format as OutputFormat;
}

/** Checks a --jobs value; the default is the number of cores. */
export function resolveJobs(jobs: string | undefined): number {
  if (jobs === undefined) return availableParallelism();
  const n = Number(jobs);
  if (!/^\d+$/.test(jobs) || n < 1 || n > 256) throw new UsageError(`--jobs "${jobs}" must be a whole number from 1 to 256`);
  return n;
}

async function* withDefaultDate(inputs: AsyncIterable<Article | ArticleError>, published: string | undefined) {
  for await (const item of inputs) {
    if (published && !(item instanceof ArticleError) && !item.published) item.published = published;
    yield item;
  }
}

/** The end-of-build summary: articles, entities, facts by kind, failures. */
export function summarize(result: CorpusBuildResult, triples: number, seconds: number, target: string): string {
  const stats = result.corpus.stats();
  const facts = [...stats.facts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`);
  const totalFacts = [...stats.facts.values()].reduce((a, b) => a + b, 0);
  const lines = [
    `newskg: built ${result.built} article(s)${result.skipped ? `, skipped ${result.skipped} already present` : ''}${result.failures.length ? `, ${result.failures.length} failed` : ''} in ${formatDuration(seconds)} into ${target}`,
    `newskg: ${stats.articles} article(s) in the graph, ${stats.entities} entities, ${totalFacts} facts${facts.length ? ` (${facts.join(', ')})` : ''}, ${triples} triples`,
  ];
  return `${lines.join('\n')}\n`;
}

async function inputSize(files: Awaited<ReturnType<typeof expandInputs>>): Promise<{ bytes: number | undefined; jobsUseful: number }> {
  let bytes = 0;
  let known = true;
  let useful = 0;
  for (const f of files) {
    if ('error' in f) continue;
    if (f.path === '-' || inputKind(f.path) === 'jsonl') {
      useful = Infinity;
      if (f.path === '-') known = false;
    } else useful++;
    if (f.path !== '-') bytes += (await stat(f.path).catch(() => undefined))?.size ?? 0;
  }
  return { bytes: known ? bytes : undefined, jobsUseful: useful };
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build a knowledge graph from articles',
  usage: USAGE,
  async run(args, io: Io) {
    const { values, positionals } = parseBuildOptions(args);
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const shards = values.merge ?? [];
    if (!positionals.length && !shards.length) throw new UsageError('no input articles given');
    const output = values.output ?? values.update;
    const format = resolveFormat(values.format, output);
    let published: string | undefined;
    if (values.published !== undefined) {
      published = normalizeDate(values.published);
      if (!published) throw new UsageError(`--published "${values.published}" is not a valid YYYY-MM-DD date`);
    }
    let jobs = resolveJobs(values.jobs);
    let corpus: CorpusGraph | undefined;
    if (values.update !== undefined) {
      const updateFormat = formatFromPath(values.update);
      if (!updateFormat || !(UPDATABLE_FORMATS as readonly string[]).includes(updateFormat) || !(UPDATABLE_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--update needs a TriG or N-Quads graph (.trig, .nq), which keep each article's assertions`);
      }
      if (await stat(values.update).catch(() => undefined)) corpus = await loadCorpus(values.update, updateFormat as 'trig' | 'nquads');
    }
    const present = corpus?.articleCount ?? 0;
    for (const shard of shards) {
      const shardFormat = formatFromPath(shard);
      if (shardFormat !== 'trig' && shardFormat !== 'nquads') throw new UsageError(`--merge ${shard}: shards are TriG (.trig) or N-Quads (.nq) graphs`);
      if (!(await stat(shard).catch(() => undefined))?.isFile()) {
        io.err(`newskg: ${shard}: no such file\n`);
        return 1;
      }
      corpus = await loadCorpus(shard, shardFormat, corpus);
    }

    const started = performance.now();
    const size = await inputSize(await expandInputs(positionals));
    // Worker threads cost a start-up each: never more of them than articles.
    jobs = Math.max(1, Math.min(jobs, size.jobsUseful));
    const progress = values.quiet ? undefined : new Progress({ write: io.err, isTty: io.isTty, ...(size.bytes ? { totalBytes: size.bytes } : {}) });
    const result = await buildCorpus(withDefaultDate(readInputs(positionals), published), {
      jobs,
      ...(corpus ? { corpus } : {}),
      onFailure: (f) => {
        progress?.end();
        io.err(`newskg: ${f.message.startsWith(f.source) ? f.message : `${f.source}: ${f.message}`}\n`);
      },
      onArticle: (e) => progress?.tick(e.bytes, e.kind === 'failed'),
    });
    progress?.end();
    const failed = result.failures.length > 0;
    if (!result.corpus.articleCount) return 1;
    if (values.update !== undefined && !values.output && result.corpus.articleCount === present) {
      if (!values.quiet) io.err(`newskg: nothing new to add to ${values.update}${result.skipped ? ` (${result.skipped} already present)` : ''}\n`);
      return failed ? 1 : 0;
    }

    // written piece by piece: the merged graph, then one article's graph at a time
    const triples = output ? await writeCorpusFile(result.corpus, format, output) : await writeCorpus(result.corpus, format, io.out);
    if (!values.quiet) {
      io.err(summarize(result, triples, (performance.now() - started) / 1000, output ?? 'stdout'));
    }
    return failed ? 1 : 0;
  },
};
