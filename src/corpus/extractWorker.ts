// A worker thread of a corpus build: builds the pipeline once, then extracts the articles it is sent.
// It runs from dist/ (compiled JS), started by workerPool.

import { parentPort } from 'node:worker_threads';
import type { Article } from '../read/article.js';
import { extractArticle } from './extractArticle.js';
import { tripleLine } from './quadWire.js';

/** A job: an article and the number that matches the answer to it. */
export interface WorkerJob {
  id: number;
  article: Article;
}

/** An answer: the article's graph as triple lines (made here, off the merging thread), or its failure. */
export type WorkerAnswer =
  | { id: number; ok: true; article: string; hash: string; outlet?: string; lines: string[] }
  | { id: number; ok: false; source: string; message: string };

parentPort?.on('message', (job: WorkerJob) => {
  const result = extractArticle(job.article);
  let answer: WorkerAnswer;
  if (result.ok) {
    const { article, hash, outlet, quads } = result.graph;
    answer = { id: job.id, ok: true, article, hash, lines: quads.map(tripleLine) };
    if (outlet) answer.outlet = outlet;
  } else answer = { id: job.id, ...result };
  parentPort!.postMessage(answer);
});
