// Throughput of the whole extraction pipeline (every stage, up to the annotated document; no RDF) on one core, in KB
// of article text per second, over the articles of the given folders.
// Run: npx tsx bench/pipeline.ts [rounds] [folder ...]   (defaults 10, ../shared/corpus/dev corpus/tune)
//
// Measured 2026-11-29 10:03 (session 2, load average ~1.5-3 on the shared 2-core machine; 34 articles, compiled
// code, alternating runs): session-2 start (03d8317) 153 / 135 KB/s, f13732c 119 / 92 KB/s.
// Measured 2026-11-29 12:18 and 12:50 (session 3, load average ~1.4-2.4, 40 articles, from src via tsx, alternating runs):
// session-3 start (a710040) 125 / 118 / 105 KB/s, 9445abf 162 / 146 / 129 KB/s; 34d7882 158 / 134, 952a847 144 / 121 KB/s.
// Measured 2026-11-29 17:15-17:25 (session 5, load average 12-17 on the 2 cores: wall time useless, so CPU time per
// pass over dev+tune, best of 4, bundled with esbuild, three alternating triplets; tmp harness like bench/families.ts):
//   3e2f4af (session start)                         ALL 2564 / 1661 / 2303 ms   relations 1418 / 878 / 1286
//   + factored titles, matchesOf in P's files       ALL 2133 / 1911 / 1919 ms   relations 1047 / 956 /  969
//   + matchesOf in every family (perf5 0bfbf94)     ALL 1804 / 1424 / 1810 ms   relations  738 / 542 /  740
// Deterministic: regex compiles per pass (node --trace-regexp-tier-up) ~305 / 4.4 MB bytecode -> ~20 / 20 KB.

import { createPipeline } from '../src/annotate/pipeline.js';
import type { Article } from '../src/read/article.js';
import { DEFAULT_FOLDERS, readArticles } from './articles.js';

const rounds = Number(process.argv[2] ?? 10);
const folders = process.argv.length > 3 ? process.argv.slice(3) : DEFAULT_FOLDERS;
const articles: Article[] = readArticles(folders);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
const pipeline = createPipeline();
// warm-up: the patterns compile and the JIT settles before timing
for (let i = 0; i < 3; i++) for (const a of articles) pipeline.annotate(a);
const start = performance.now();
for (let i = 0; i < rounds; i++) for (const a of articles) pipeline.annotate(a);
const seconds = (performance.now() - start) / 1000;
console.log(`${articles.length} articles, ${(bytes / 1024).toFixed(1)} KB, ${rounds} rounds`);
console.log(`whole pipeline: ${((bytes * rounds) / 1024 / seconds).toFixed(0)} KB/s on one core`);
