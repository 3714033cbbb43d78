import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { WORKER_SCRIPT } from '../../src/corpus/workerPool.js';
import { formatDuration, Progress } from '../../src/corpus/progress.js';
import { NKG } from '../../src/rdf/vocab.js';
import { captureIo } from '../support/captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-corpus-'));
function file(rel: string, content: string | Uint8Array): string {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, ...io };
}

const ARTICLES = [
  'The army of Velaria shelled Port Amel on Monday, officials in Ostland said.',
  'Ostland and Velaria signed a ceasefire in Geneva on 3 May 2022.',
  'Protesters gathered in Port Amel on Friday to demand the release of detained journalists.',
  'The Northern Front, which Velaria backs, seized the airport of Port Amel, a spokesman said.',
  'Ostland summoned the ambassador of Velaria after the attack on its border post.',
  'Velaria deployed troops along the river, the defence ministry of Ostland said on Tuesday.',
];
const corpus = join(dir, 'news');
ARTICLES.forEach((text, i) => file(`news/${i < 3 ? 'a' : 'b'}/story-${i}.txt`, `---\npublished: 2022-05-0${i + 1}\noutlet: Example Wire\n---\n${text}\n`));
const feed = file('feed.jsonl', ARTICLES.map((text, i) => JSON.stringify({ id: `line-${i}`, text: `${text} (wire copy ${i})` })).join('\n'));

/** Source files changed after a time, relative to the package. */
function newerSources(dir: string, time: number): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && statSync(join(dir, f)).mtimeMs > time)
    .sort();
}

function graphs(trig: string) {
  const quads = new Parser({ format: 'TriG' }).parse(trig);
  return {
    named: new Set(quads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value)),
    hashes: quads.filter((q) => q.predicate.value === NKG.contentHash && q.graph.termType === 'DefaultGraph').length,
  };
}

describe('newskg build over a corpus', () => {
  it.skipIf(!existsSync(WORKER_SCRIPT))('writes the same bytes with 1, 2 and 3 jobs', async () => {
    // one job runs the sources in this thread, workers run dist/: the two must be the same code
    const stale = newerSources(join(PACKAGE_ROOT, 'src'), statSync(WORKER_SCRIPT).mtimeMs);
    expect(stale, 'dist/ is older than these sources: run "npm run build" (npm test does)').toEqual([]);
    const outputs: string[] = [];
    for (const jobs of ['1', '2', '3']) {
      const res = await run('build', corpus, feed, '--jobs', jobs, '--format', 'trig', '-q');
      expect(res.code).toBe(0);
      outputs.push(res.stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    expect(graphs(outputs[0]!).named.size).toBe(12);
  });

  it('adds new articles with --update, skips those already present, and ends where a full build ends', async () => {
    const full = join(dir, 'full.trig');
    const grown = join(dir, 'grown.trig');
    expect((await run('build', corpus, feed, '-j', '1', '-o', full, '-q')).code).toBe(0);
    expect((await run('build', join(corpus, 'a'), '-j', '1', '-o', grown, '-q')).code).toBe(0);
    expect(graphs(readFileSync(grown, 'utf8')).hashes).toBe(3);
    const res = await run('build', corpus, feed, '-j', '1', '--update', grown);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/built 9 article\(s\), skipped 3 already present/);
    expect(readFileSync(grown, 'utf8')).toBe(readFileSync(full, 'utf8'));
    const again = await run('build', corpus, '-j', '1', '--update', grown);
    expect(again.stderr).toMatch(/nothing new to add .*\(6 already present\)/);
  });

  it('merges shards built apart into the graph a single build gives', async () => {
    const full = join(dir, 'full-for-shards.trig');
    const [one, two] = [join(dir, 'shard-1.trig'), join(dir, 'shard-2.nq')];
    expect((await run('build', corpus, feed, '-j', '1', '-o', full, '-q')).code).toBe(0);
    expect((await run('build', join(corpus, 'a'), feed, '-j', '1', '-o', one, '-q')).code).toBe(0);
    expect((await run('build', join(corpus, 'b'), feed, '-j', '1', '-o', two, '-q')).code).toBe(0);
    const merged = await run('build', '--merge', one, '--merge', two, '--format', 'trig');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(readFileSync(full, 'utf8'));
  });

  it.each([
    [['build', '--merge', 'graph.ttl'], /shards are TriG/],
    [['build', 'x.txt', '--update', 'graph.ttl'], /--update needs a TriG or N-Quads graph/],
    [['build', 'x.txt', '--jobs', '0'], /--jobs "0" must be a whole number/],
    [['build', 'x.txt', '--jobs', 'many'], /--jobs "many"/],
  ])('refuses %j as a usage error', async (argv, message) => {
    const res = await run(...argv);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  it('names each failing input, builds the rest, and exits 1', async () => {
    const bad = join(dir, 'mixed');
    file('mixed/good.txt', 'Velaria closed its border with Ostland on Sunday.');
    file('mixed/empty.txt', '');
    file('mixed/latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    file('mixed/page.html', '<html><head><script>1</script></head><body></body></html>');
    file('mixed/feed.jsonl', '{"text": "Ostland recalled its envoy."}\n{"text": 3}\n');
    const out = join(dir, 'mixed.trig');
    const res = await run('build', bad, '-j', '1', '-o', out);
    expect(res.code).toBe(1);
    const failures = res.stderr.split('\n').filter((l) => l.startsWith('newskg: ') && !/built|in the graph/.test(l));
    expect(failures).toEqual([
      expect.stringMatching(/^newskg: .*mixed\/empty\.txt: the file is empty$/),
      expect.stringMatching(/^newskg: .*mixed\/feed\.jsonl:2: the record has no "text" string$/),
      expect.stringMatching(/^newskg: .*mixed\/latin1\.txt: the file is not valid UTF-8 text$/),
      expect.stringMatching(/^newskg: .*mixed\/page\.html: /),
    ]);
    expect(res.stderr).toMatch(/built 2 article\(s\), 4 failed/);
    expect(graphs(readFileSync(out, 'utf8')).hashes).toBe(2);
  });

  it('summarizes articles, entities, facts by kind and triples on stderr', async () => {
    const res = await run('build', corpus, '-j', '1');
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/built 6 article\(s\) in \d+s into stdout\nnewskg: 6 article\(s\) in the graph, \d+ entities, \d+ facts.*, \d+ triples\n$/);
  });
});

describe('Progress', () => {
  function clock(...times: number[]) {
    let i = 0;
    return () => times[Math.min(i++, times.length - 1)]!;
  }

  it('writes plain lines at its interval when not on a terminal', () => {
    const lines: string[] = [];
    // start, then one reading per tick
    const p = new Progress({ write: (t) => lines.push(t), isTty: false, interval: 1000, clock: clock(0, 500, 1000, 1500, 2000) });
    for (let i = 0; i < 4; i++) p.tick(250_000);
    expect(lines).toEqual(['newskg: 2 articles  2.0 articles/s  0.50 MB/s\n', 'newskg: 4 articles  2.0 articles/s  0.50 MB/s\n']);
  });

  it('redraws one bar with the time left on a terminal', () => {
    const out: string[] = [];
    const p = new Progress({ write: (t) => out.push(t), isTty: true, totalBytes: 1_000_000, interval: 100, clock: clock(0, 1000, 2000) });
    p.tick(250_000);
    p.tick(250_000);
    p.end();
    expect(out[0]).toBe('\r\x1b[K[######..................]  25%  1 articles  1.0 articles/s  0.25 MB/s  3s left');
    expect(out[1]).toMatch(/^\r\x1b\[K\[#{12}\.{12}\]  50% .* 2s left$/);
    expect(out[2]).toBe('\r\x1b[K');
  });

  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [61, '1m01s'],
    [3725, '1h02m'],
  ])('formats %d seconds as %s', (s, expected) => {
    expect(formatDuration(s)).toBe(expected);
  });
});
