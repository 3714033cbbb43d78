// A fixed pool of worker threads that extract articles; each job goes to the worker with the fewest jobs waiting.
// Workers run the compiled JS in dist/ (`npm run build`), so the pool also works under tsx and vitest.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../paths.js';
import type { Article } from '../read/article.js';
import type { ArticleLines } from './corpusGraph.js';
import type { WorkerAnswer, WorkerJob } from './extractWorker.js';

/** The compiled worker script. */
export const WORKER_SCRIPT = packagePath('dist', 'corpus', 'extractWorker.js');

/** What a worker gave for one article: its triple lines, or a failure naming the article. */
export type PoolResult = { ok: true; lines: ArticleLines } | { ok: false; source: string; message: string };

interface Slot {
  worker: Worker;
  pending: Map<number, (answer: PoolResult) => void>;
  /** Jobs sent but not answered, with their sources, to fail them if the worker dies. */
  sources: Map<number, string>;
}

/** Worker threads that extract articles in parallel; close() when done. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`newskg/corpus/workerPool: size must be a positive integer, not ${size}`);
    if (!existsSync(WORKER_SCRIPT)) {
      throw new Error(`newskg/corpus/workerPool: ${WORKER_SCRIPT} is missing; run "npm run build" first`);
    }
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_SCRIPT), pending: new Map(), sources: new Map() };
    slot.worker.on('message', (answer: WorkerAnswer) => {
      const done = slot.pending.get(answer.id);
      slot.pending.delete(answer.id);
      slot.sources.delete(answer.id);
      if (!done) return;
      if (!answer.ok) done({ ok: false, source: answer.source, message: answer.message });
      else {
        const lines: ArticleLines = { article: answer.article, hash: answer.hash, lines: answer.lines };
        if (answer.outlet) lines.outlet = answer.outlet;
        done({ ok: true, lines });
      }
    });
    // A worker that crashes fails the articles it held; a fresh one takes its place.
    const fail = (why: string) => {
      for (const [id, done] of slot.pending) done({ ok: false, source: slot.sources.get(id) ?? '?', message: `worker stopped: ${why}` });
      slot.pending.clear();
      slot.sources.clear();
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => {
      if (slot.pending.size) fail(`exit code ${code}`);
      const index = this.slots.indexOf(slot);
      if (index >= 0 && !this.closing) this.slots[index] = this.start();
    });
    return slot;
  }

  private closing = false;

  /** Extracts one article on the least busy worker. */
  extract(article: Article): Promise<PoolResult> {
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.sources.set(id, article.source);
      const job: WorkerJob = { id, article };
      slot.worker.postMessage(job);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
