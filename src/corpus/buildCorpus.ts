// A corpus build: articles streamed from the inputs, extracted in parallel (or in this thread for one job), merged
// into one CorpusGraph as they finish. The merge does not depend on the order of arrival, so any number of jobs
// gives the same graph.

import { ArticleError, type Article } from '../read/article.js';
import { CorpusGraph } from './corpusGraph.js';
import { extractArticle, type Extracted } from './extractArticle.js';
import { WorkerPool, type PoolResult } from './workerPool.js';

/** An input that could not be read or extracted, by name. */
export interface Failure {
  source: string;
  message: string;
}

export interface CorpusBuildOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** An existing graph to add to (incremental builds). */
  corpus?: CorpusGraph;
  /** Called after each article is done (built, skipped or failed), with the bytes of its text. */
  onArticle?: (event: { kind: 'built' | 'skipped' | 'failed'; bytes: number }) => void;
  onFailure?: (failure: Failure) => void;
}

export interface CorpusBuildResult {
  corpus: CorpusGraph;
  built: number;
  /** Articles whose content hash was already in the graph (or earlier in these inputs). */
  skipped: number;
  failures: Failure[];
  /** Bytes of article text extracted. */
  bytes: number;
}

/** Builds (or extends) a corpus graph from a stream of articles and read errors. */
export async function buildCorpus(
  inputs: AsyncIterable<Article | ArticleError> | Iterable<Article | ArticleError>,
  options: CorpusBuildOptions,
): Promise<CorpusBuildResult> {
  const corpus = options.corpus ?? new CorpusGraph();
  const result: CorpusBuildResult = { corpus, built: 0, skipped: 0, failures: [], bytes: 0 };
  const fail = (failure: Failure, bytes: number) => {
    result.failures.push(failure);
    options.onFailure?.(failure);
    options.onArticle?.({ kind: 'failed', bytes });
  };
  const finish = (done: Extracted | PoolResult, bytes: number) => {
    if (!done.ok) return fail({ source: done.source, message: done.message }, bytes);
    if ('lines' in done) corpus.addLines(done.lines);
    else corpus.add(done.graph);
    result.built++;
    result.bytes += bytes;
    options.onArticle?.({ kind: 'built', bytes });
  };

  const pool = options.jobs > 1 ? new WorkerPool(options.jobs) : undefined;
  // Enough work queued to keep every worker busy while the main thread reads and merges, no more: memory stays
  // bounded by the graph, not by the corpus.
  const limit = (pool?.size ?? 1) * 4;
  const inFlight = new Set<Promise<void>>();
  const queued = new Set<string>();
  try {
    for await (const item of inputs) {
      if (item instanceof ArticleError) {
        fail({ source: item.source, message: item.message }, 0);
        continue;
      }
      const bytes = Buffer.byteLength(item.body);
      if (corpus.has(item.hash) || queued.has(item.hash)) {
        result.skipped++;
        options.onArticle?.({ kind: 'skipped', bytes });
        continue;
      }
      queued.add(item.hash);
      if (!pool) {
        finish(extractArticle(item), bytes);
        continue;
      }
      const job: Promise<void> = pool.extract(item).then((done) => {
        inFlight.delete(job);
        finish(done, bytes);
      });
      inFlight.add(job);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  return result;
}
