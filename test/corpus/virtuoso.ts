// Test support: a throw-away Virtuoso Open Source on loopback (database in a temporary folder, free ports), with
// SPARQL updates granted so the Graph Store protocol accepts writes. Absent virtuoso-t means no store, not a failure.

import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasVirtuoso = spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { encoding: 'utf8' }).status === 0;

export interface Virtuoso {
  /** http://127.0.0.1:PORT */
  base: string;
  graphStore: string;
  sparql: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function ini(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., ${dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
MaxQueryMem = 256M

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
MaxClientConnections = 4
ServerThreads = 4
EnabledDavVSP = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60

[Plugins]
`;
}

async function up(url: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('virtuoso-t did not answer within the start-up time');
}

/** Starts Virtuoso on loopback in a temporary folder; stop() ends that one process and removes the folder. */
export async function startVirtuoso(startupMs = 60_000): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort));
  const child = spawn('virtuoso-t', ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: 'ignore' });
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await up(`${base}/sparql`, child, Date.now() + startupMs);
    execFileSync('isql-vt', [String(sqlPort), 'dba', 'dba', 'exec=grant SPARQL_UPDATE to "SPARQL";'], { timeout: 30_000, stdio: 'ignore' });
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, graphStore: `${base}/sparql-graph-crud`, sparql: `${base}/sparql`, stop };
}

/** Runs a SELECT over the SPARQL protocol and returns rows of plain string values, like SparqlStore.select. */
export async function sparqlSelect(endpoint: string, query: string): Promise<Record<string, string>[]> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString(),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`SPARQL query failed: HTTP ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}
