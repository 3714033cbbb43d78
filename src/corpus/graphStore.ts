// Loading a graph into any SPARQL 1.1 store over the Graph Store HTTP Protocol: each graph sent in batches of
// N-Triples (valid Turtle for stores that only take text/turtle), with timeouts and bounded retries, and an error
// that says what the store answered when it refuses.

import { Writer, type Quad } from 'n3';

export interface PushOptions {
  /** The Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud */
  endpoint: string;
  /** Where the default graph goes; without it, the store's default graph (`?default`). */
  graph?: string;
  /** Triples per request (default 5000). */
  batchSize?: number;
  /** Retries of a request that failed on the network, timed out, or got 408, 429 or 5xx (default 3). */
  retries?: number;
  /** Milliseconds before a request is abandoned (default 60000). */
  timeoutMs?: number;
  /** Add to the graphs instead of replacing them (POST every batch; otherwise the first batch is a PUT). */
  append?: boolean;
  /** Headers sent with every request (e.g. Authorization). */
  headers?: Record<string, string>;
  /** Milliseconds of the first back-off, doubled on each retry (default 250). */
  backoffMs?: number;
  onBatch?: (event: { graph: string; batch: number; batches: number; triples: number }) => void;
}

export interface PushResult {
  graphs: number;
  triples: number;
  requests: number;
}

/** The store refused or could not be reached; `status` is the last HTTP status, if any. */
export class PushError extends Error {
  readonly code = 'E_PUSH';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PushError';
  }
}

const DEFAULT_GRAPH = '';

/** Groups quads by graph: the default graph under '' first, then named graphs in code-point order. */
export function quadsByGraph(quads: Iterable<Quad>): Map<string, Quad[]> {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const g = q.graph.termType === 'DefaultGraph' ? DEFAULT_GRAPH : q.graph.value;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(q);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function nTriples(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ format: 'N-Triples' });
  for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object);
  return new Promise((resolve, reject) => writer.end((err, text: string) => (err ? reject(err) : resolve(text))));
}

/** The request URL for one graph: `?graph=IRI`, or `?default` for the default graph. */
export function graphUrl(endpoint: string, graph: string | undefined): string {
  const url = new URL(endpoint);
  if (graph) url.searchParams.set('graph', graph);
  else url.search = url.search ? `${url.search}&default` : '?default';
  return url.toString();
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

async function send(url: string, method: 'PUT' | 'POST', body: string, options: PushOptions, what: string): Promise<number> {
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 250;
  let last = '';
  let status: number | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
    try {
      const res = await fetch(url, {
        method,
        body,
        headers: { 'Content-Type': 'text/turtle; charset=utf-8', ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      const text = await res.text().catch(() => '');
      if (res.ok) return attempt + 1;
      status = res.status;
      last = `HTTP ${res.status} ${res.statusText}${text.trim() ? `: ${text.trim().replace(/\s+/g, ' ').slice(0, 300)}` : ''}`;
      if (!RETRYABLE.has(res.status)) throw new PushError(`the store refused ${what} (${last})`, res.status);
    } catch (err) {
      if (err instanceof PushError) throw err;
      const e = err as Error & { cause?: { code?: string; message?: string } };
      last = e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 60_000} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    }
  }
  throw new PushError(`could not send ${what} after ${retries + 1} attempts (${last})`, status);
}

/**
 * Pushes quads to a Graph Store: the default graph to `options.graph` (or the store's default graph), each named
 * graph to its own IRI. Graphs are replaced unless `append` is set. Resolves to what was sent.
 */
export async function pushQuads(quads: Iterable<Quad>, options: PushOptions): Promise<PushResult> {
  const url = new URL(options.endpoint);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PushError(`the endpoint must be an http(s) URL, not ${options.endpoint}`);
  }
  const size = options.batchSize ?? 5000;
  if (!Number.isInteger(size) || size < 1) throw new PushError(`the batch size must be a positive integer, not ${size}`);
  const result: PushResult = { graphs: 0, triples: 0, requests: 0 };
  for (const [graph, list] of quadsByGraph(quads)) {
    const target = graph === DEFAULT_GRAPH ? options.graph : graph;
    const batches = Math.max(1, Math.ceil(list.length / size));
    for (let b = 0; b < batches; b++) {
      const slice = list.slice(b * size, (b + 1) * size);
      const method = b === 0 && !options.append ? 'PUT' : 'POST';
      const what = `batch ${b + 1} of ${batches} of ${target ? `<${target}>` : 'the default graph'}`;
      result.requests += await send(graphUrl(options.endpoint, target), method, await nTriples(slice), options, what);
      result.triples += slice.length;
      options.onBatch?.({ graph: target ?? '', batch: b + 1, batches, triples: slice.length });
    }
    result.graphs++;
  }
  return result;
}
