// Throughput of extraction up to entity resolution (sentences, furniture, time, mentions, entities) on the dev
// articles, in KB of article text per second on one core, with the share of each stage.
// Run: npx tsx bench/extract.ts [corpus folder] [rounds]   (defaults ../shared/corpus/dev, 200)
//
// Measured 2026-11-29 on the shared 2-core dev machine (Node 20, load average ~6, 8 dev articles, 16.3 KB,
// 200 rounds after 30 warm-up rounds), three runs:
//   end to end through entities   759 / 807 / 969 KB/s
//   sentences (parse-english)     ~25% of the time, 2.9-4.0 MB/s alone
//   mentions                      ~50% of the time, 1.5-1.9 MB/s alone
//   entities                      ~15% of the time, 5.3-6.6 MB/s alone
// The numbers move with the machine's load; the shares are steady. Fewer warm-up rounds understate all of them.
//
// Measured again 2026-11-29 09:25-09:30 (session 2, after the actor work: more patterns, sub-bodies, compass
// regions, a memo of case-folded look-ups), same command, load average 8-14 on the 2 cores, alternating runs of
// the session-start code and this code:
//   session start   end to end 260 / 216 / 338 / 418 KB/s, mentions 51-55% of the time
//   this code       end to end 203 / 211 / 261 / 663 / 400 / 207 KB/s, mentions 52-55% of the time
// At that load one run differs from the next by 2x, so no speed-up or slow-down can be claimed; the shares say the
// mention stage costs what it did (about half of extraction through entities).
// At 10:04, load average ~1.5, commit f13732c: end to end 665 / 784 KB/s.

import { createDocument, type AnnotatedDocument } from '../src/annotate/document.js';
import type { Stage } from '../src/annotate/stage.js';
import { sentenceStage } from '../src/annotate/sentences/splitSentences.js';
import { furnitureStage } from '../src/annotate/sentences/furnitureStage.js';
import { timeStage } from '../src/annotate/time/timeStage.js';
import { mentionsStage } from '../src/annotate/mentions/mentionsStage.js';
import { entitiesStage } from '../src/annotate/entities/entitiesStage.js';
import type { Article } from '../src/read/article.js';
import { readArticles } from './articles.js';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const rounds = Number(process.argv[3] ?? 200);
const articles: Article[] = readArticles([dir]);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
const stages: Stage[] = [sentenceStage, furnitureStage, timeStage, mentionsStage, entitiesStage];
const spent = new Map<string, number>(stages.map((s) => [s.name, 0]));

function runAll(): AnnotatedDocument[] {
  const docs: AnnotatedDocument[] = [];
  for (const a of articles) {
    const doc = createDocument(a);
    for (const s of stages) {
      const t0 = process.hrtime.bigint();
      s.run(doc);
      spent.set(s.name, spent.get(s.name)! + Number(process.hrtime.bigint() - t0) / 1e6);
    }
    docs.push(doc);
  }
  return docs;
}

// Warm-up: lexicons compile and the JIT settles before timing.
for (let i = 0; i < 30; i++) runAll();
for (const k of spent.keys()) spent.set(k, 0);
const t0 = process.hrtime.bigint();
let mentions = 0;
for (let i = 0; i < rounds; i++) for (const d of runAll()) mentions += d.mentions.length;
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const kb = (bytes * rounds) / 1024;
console.log(`${articles.length} articles, ${(bytes / 1024).toFixed(1)} KB, ${rounds} rounds, ${mentions / rounds} mentions per round`);
console.log(`end to end through entities: ${(kb / (ms / 1000)).toFixed(0)} KB/s`);
for (const [name, t] of spent) console.log(`  ${name.padEnd(10)} ${((100 * t) / ms).toFixed(1).padStart(5)}%  ${(kb / (t / 1000)).toFixed(0).padStart(7)} KB/s alone`);
