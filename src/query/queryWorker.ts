// Queries in a worker thread: the engine's query call is synchronous, so the only way to stop one that runs past
// its time is to end the thread. The data loaded so far is kept as text and reloaded into a fresh thread on demand.

import { Worker } from 'node:worker_threads';
import { ENGINE_MODULE_PATH, ENGINE_WORKER_SOURCE, engineError, type EngineResultFormat, type RdfFormat } from './engine.js';
import { withPrefixes } from './prefixes.js';

/** A query stopped because it ran past its time. */
export class QueryTimeoutError extends Error {
  readonly code = 'E_QUERY_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`query stopped after ${timeoutMs / 1000} s (raise --timeout to let it run longer)`);
    this.name = 'QueryTimeoutError';
  }
}

export interface QueryWorkerOptions {
  /** Default graph = union of all graphs (default true). */
  unionDefaultGraph?: boolean;
  /** Time allowed to each query, in milliseconds (default 30 000). */
  timeoutMs?: number;
}

interface Source {
  text: string;
  format: RdfFormat;
  graph?: string;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** A store in its own thread, answering queries with W3C result text, each within a time limit. */
export class QueryWorker {
  private worker: Worker | undefined;
  private readonly sources: Source[] = [];
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private nextId = 0;
  private readonly union: boolean;
  readonly timeoutMs: number;

  constructor(options: QueryWorkerOptions = {}) {
    this.union = options.unionDefaultGraph ?? true;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENGINE_WORKER_SOURCE, { eval: true, workerData: { enginePath: ENGINE_MODULE_PATH } });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.message));
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.fail(new Error('newskg/query: the query thread ended'));
    });
    this.worker = worker;
    // a fresh thread after a stopped query gets back everything loaded before
    for (const s of this.sources) void this.send({ type: 'load', ...s }).catch(() => undefined);
    return worker;
  }

  private fail(err: Error): void {
    for (const w of this.pending.values()) w.reject(err);
    this.pending.clear();
  }

  private send(msg: Record<string, unknown>): Promise<unknown> {
    const worker = this.thread();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...msg, id });
    }).finally(() => {
      if (!this.pending.size) this.worker?.unref();
    });
  }

  /** Loads RDF text (one batch) into the thread's store; resolves to the store's size. */
  async load(text: string, format: RdfFormat = 'text/turtle', graph?: string): Promise<number> {
    const source: Source = graph ? { text, format, graph } : { text, format };
    const size = (await this.send({ type: 'load', ...source })) as number;
    this.sources.push(source);
    return size;
  }

  /** Runs a query and resolves to the engine's serialization of its result; rejects when it runs past its time. */
  async run(query: string, format: EngineResultFormat, timeoutMs = this.timeoutMs): Promise<string> {
    const prepared = withPrefixes(query);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const worker = this.worker;
        this.worker = undefined;
        this.fail(new QueryTimeoutError(timeoutMs));
        void worker?.terminate();
        reject(new QueryTimeoutError(timeoutMs));
      }, timeoutMs);
    });
    try {
      return (await Promise.race([this.send({ type: 'query', query: prepared.text, format, union: this.union }), timeout])) as string;
    } catch (err) {
      if (err instanceof QueryTimeoutError) throw err;
      throw engineError(err, prepared);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
