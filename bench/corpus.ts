// Corpus build benchmark: thousands of documents generated from the dev articles (paragraphs reshuffled, so each
// has its own content hash) in one JSON Lines file, built with 1 and 2 jobs. Reports articles/s and MB/s per core,
// the 1 → 2 jobs speed-up, peak memory at two corpus sizes, and graph size. Each run is a fresh process, so peak
// memory (worker threads included) is that run's alone.
// Run: npm run bench:corpus [-- --docs N] [-- --dev FOLDER]   (default 2000 documents from ../shared/corpus/dev)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    dev: { type: 'string', default: '../shared/corpus/dev' },
    child: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

interface RunResult {
  articles: number;
  failures: number;
  /** A few distinct failure messages, to see what failed. */
  failureSamples: string[];
  textBytes: number;
  extractSeconds: number;
  totalSeconds: number;
  peakRssMb: number;
  /** CPU seconds of the whole process (main thread and workers) while extracting and merging. */
  extractCpuSeconds: number;
  triples: number;
  quads: number;
  outputMb: number;
}

/** A child run: build the corpus file with N jobs, write TriG, report as one JSON line. */
async function child(file: string, jobs: number, out: string): Promise<void> {
  // Every run loads the compiled dist/ that the workers load, so 1 job and 2 jobs run the very same code.
  const dist = (path: string): Promise<unknown> => import(new URL(`../dist/${path}`, import.meta.url).href);
  const { buildCorpus } = (await dist('corpus/buildCorpus.js')) as typeof import('../src/corpus/buildCorpus.js');
  const { readInputs } = (await dist('read/readInputs.js')) as typeof import('../src/read/readInputs.js');
  const { writeCorpusFile } = (await dist('corpus/writeCorpus.js')) as typeof import('../src/corpus/writeCorpus.js');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const built = await buildCorpus(readInputs([file]), { jobs });
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const triples = await writeCorpusFile(built.corpus, 'trig', out);
  const t2 = performance.now();
  let quads = triples;
  for (const article of built.corpus.articleIris()) for (const _ of built.corpus.articleQuads(article)) quads++;
  const result: RunResult = {
    articles: built.built,
    failures: built.failures.length,
    failureSamples: [...new Set(built.failures.map((f) => f.message.replace(/^.*?: /, '')))].slice(0, 3),
    textBytes: built.bytes,
    extractSeconds: (t1 - t0) / 1000,
    totalSeconds: (t2 - t0) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    extractCpuSeconds: (cpu.user + cpu.system) / 1e6,
    triples,
    quads,
    outputMb: statSync(out).size / 1e6,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** A deterministic generator (mulberry32), so every run of the benchmark builds the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N documents from the dev articles: the first paragraph kept, the others shuffled and one sometimes dropped. */
function generate(devDir: string, n: number, path: string): number {
  const sources = readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(devDir, f), 'utf8');
      const published = /^published:\s*(\S+)/m.exec(raw)?.[1];
      const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
      return { name: f.replace(/\.txt$/, ''), published, paragraphs: body.split(/\n\s*\n/).filter((p) => p.trim()) };
    });
  const rnd = random(7);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length]!;
    const [head, ...rest] = src.paragraphs;
    for (let j = rest.length - 1; j > 0; j--) {
      const k = Math.floor(rnd() * (j + 1));
      [rest[j], rest[k]] = [rest[k]!, rest[j]!];
    }
    if (rest.length > 3 && rnd() < 0.5) rest.pop();
    const record: Record<string, string> = { id: `${src.name}-v${i}`, text: [head, ...rest].join('\n\n'), outlet: `outlet-${i % 13}` };
    if (src.published) record['published'] = src.published;
    lines.push(JSON.stringify(record));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return statSync(path).size;
}

function run(file: string, jobs: number, dir: string): RunResult {
  const out = join(dir, `out-${jobs}-${Date.now()}.trig`);
  const res = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', file, '--jobs', String(jobs), '--out', out], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (res.status !== 0) throw new Error(`bench child failed: ${res.stderr}`);
  rmSync(out, { force: true });
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as RunResult;
}

async function parent(): Promise<void> {
  const n = Number(values.docs);
  const dir = mkdtempSync(join(tmpdir(), 'newskg-bench-'));
  const full = join(dir, 'corpus.jsonl');
  const half = join(dir, 'half.jsonl');
  const size = generate(values.dev, n, full);
  generate(values.dev, Math.floor(n / 2), half);
  console.log(`corpus: ${n} documents, ${(size / 1e6).toFixed(1)} MB of JSON Lines (generated from ${values.dev})`);
  const rows: [string, RunResult][] = [
    [`${Math.floor(n / 2)} docs, 1 job`, run(half, 1, dir)],
    [`${n} docs, 1 job`, run(full, 1, dir)],
    [`${n} docs, 2 jobs`, run(full, 2, dir)],
  ];
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock numbers need an idle machine; CPU numbers less so)`);
  console.log('\n| run | articles/s | MB/s | MB/s per CPU-second | extract s | extract CPU s | total s | peak RSS MB | triples (merged) | quads (with named graphs) | TriG MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of rows) {
    const mbs = r.textBytes / 1e6 / r.extractSeconds;
    console.log(
      `| ${name} | ${(r.articles / r.extractSeconds).toFixed(1)} | ${mbs.toFixed(3)} | ${(r.textBytes / 1e6 / r.extractCpuSeconds).toFixed(3)} | ${r.extractSeconds.toFixed(1)} | ${r.extractCpuSeconds.toFixed(1)} | ${r.totalSeconds.toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${r.triples} | ${r.quads} | ${r.outputMb.toFixed(1)} |`,
    );
  }
  const one = rows[1]![1];
  const two = rows[2]![1];
  const halfRun = rows[0]![1];
  console.log(`\nspeed-up 1 → 2 jobs: ${(one.extractSeconds / two.extractSeconds).toFixed(2)}x (extraction and merge), ${(one.totalSeconds / two.totalSeconds).toFixed(2)}x (with writing TriG)`);
  console.log(`memory: ${(halfRun.peakRssMb / halfRun.quads * 1e3).toFixed(2)} MB per thousand quads at ${Math.floor(n / 2)} docs, ${(one.peakRssMb / one.quads * 1e3).toFixed(2)} at ${n}`);
  if (one.failures || two.failures) {
    console.log(`failures: ${one.failures} (1 job), ${two.failures} (2 jobs): ${[...new Set([...one.failureSamples, ...two.failureSamples])].join(' | ')}`);
  }
  if (one.quads !== two.quads) console.log(`WARNING: 1 job gave ${one.quads} quads and 2 jobs ${two.quads}: was dist/ rebuilt during the run?`);
  rmSync(dir, { recursive: true, force: true });
}

if (values.child) await child(values.child, Number(values.jobs), values.out!);
else await parent();
