// Queries in a worker thread: the engine's query call is synchronous, so the only way to stop one that runs past
// its time is to end the thread. The data loaded so far is kept as text and reloaded into a fresh thread on demand.

import { Worker } from 'node:worker_threads';
import { ENGINE_MODULE_PATH, ENGINE_WORKER_SOURCE, engineError, type EngineResultFormat, type RdfFormat } from './engine.js';
import { withPrefixes } from './prefixes.js';

/** A query stopped because it ran past its time. */
export class QueryTimeoutError extends Error {
  readonly code = 'E_QUERY_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`query stopped after ${timeoutMs / 1000} s, its time limit`);
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

type Waiting = Map<number, { resolve(v: unknown): void; reject(e: Error): void }>;

/** A store in its own thread, answering queries with W3C result text, each within a time limit. */
export class QueryWorker {
  private worker: { thread: Worker; waiting: Waiting } | undefined;
  private readonly sources: Source[] = [];
  private nextId = 0;
  private readonly union: boolean;
  readonly timeoutMs: number;

  constructor(options: QueryWorkerOptions = {}) {
    this.union = options.unionDefaultGraph ?? true;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  private current(): { thread: Worker; waiting: Waiting } {
    if (this.worker) return this.worker;
    const thread = new Worker(ENGINE_WORKER_SOURCE, { eval: true, workerData: { enginePath: ENGINE_MODULE_PATH } });
    // each thread answers only its own requests: a stopped thread's late exit must not touch its successor's
    const waiting: Waiting = new Map();
    const failAll = (err: Error): void => {
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
    };
    thread.unref();
    thread.on('message', (reply: Reply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      if (reply.ok) w.resolve(reply.value);
      else w.reject(new Error(reply.message));
      if (!waiting.size) thread.unref();
    });
    thread.on('error', failAll);
    thread.on('exit', () => {
      if (this.worker?.thread === thread) this.worker = undefined;
      failAll(new Error('newskg/query: the query thread ended'));
    });
    this.worker = { thread, waiting };
    // a fresh thread after a stopped query gets back everything loaded before (messages are handled in order)
    for (const s of this.sources) void this.send({ type: 'load', ...s }).catch(() => undefined);
    return this.worker;
  }

  private send(msg: Record<string, unknown>): Promise<unknown> {
    const { thread, waiting } = this.current();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      thread.ref();
      thread.postMessage({ ...msg, id });
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
    const answer = this.send({ type: 'query', query: prepared.text, format, union: this.union });
    const running = this.worker!;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (this.worker === running) this.worker = undefined;
        for (const w of running.waiting.values()) w.reject(new QueryTimeoutError(timeoutMs));
        running.waiting.clear();
        void running.thread.terminate();
        reject(new QueryTimeoutError(timeoutMs));
      }, timeoutMs);
    });
    try {
      return (await Promise.race([answer, timeout])) as string;
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
    await worker?.thread.terminate();
  }
}
