// Where the time of the pipeline goes: each stage, and inside the relations stage each relation family (the rest of
// the stage is its views, carried lists and the merge), over the articles of the given folders, in ms per round.
// Run: npx tsx bench/families.ts [rounds] [folder ...]   (defaults 5, ../shared/corpus/dev corpus/tune)
// Times are the minimum over rounds of process CPU time (process.cpuUsage), steadier than wall time on a shared
// machine; family names are their index in FAMILIES and their function name.

import { createDocument } from '../src/annotate/document.js';
import { DEFAULT_STAGES } from '../src/annotate/pipeline.js';
import type { Family } from '../src/annotate/relations/patterns.js';
import { FAMILIES } from '../src/annotate/relations/relationsStage.js';
import type { Article } from '../src/read/article.js';
import { DEFAULT_FOLDERS, readArticles } from './articles.js';

const rounds = Number(process.argv[2] ?? 5);
const folders = process.argv.length > 3 ? process.argv.slice(3) : DEFAULT_FOLDERS;
const articles: Article[] = readArticles(folders);

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// a reading of process.cpuUsage costs ~2 µs, and a stage makes ~20,000 family calls a round: each call's time is
// taken net of one reading, measured here
let overhead = 0;
{
  const n = 20000;
  const t0 = cpu();
  for (let i = 0; i < n; i++) cpu();
  overhead = (cpu() - t0) / n;
}
// each family is wrapped in place (bench only): the stage calls the wrapper, which adds its CPU time to the round's
const familyTime = new Map<string, number>();
const wrapped = FAMILIES as Family[];
wrapped.forEach((family, i) => {
  const name = `${i} ${family.name || '(anonymous)'}`;
  wrapped[i] = (view, ctx) => {
    const t0 = cpu();
    const out = family(view, ctx);
    familyTime.set(name, (familyTime.get(name) ?? 0) + cpu() - t0 - overhead);
    return out;
  };
});

const best = new Map<string, number>();
const keep = (name: string, ms: number): void => {
  best.set(name, Math.min(best.get(name) ?? Infinity, ms));
};
for (let r = 0; r < rounds + 1; r++) {
  familyTime.clear();
  const stageTime = new Map<string, number>();
  const t0 = cpu();
  for (const a of articles) {
    const doc = createDocument(a);
    for (const s of DEFAULT_STAGES) {
      const s0 = cpu();
      s.run(doc);
      stageTime.set(s.name, (stageTime.get(s.name) ?? 0) + cpu() - s0);
    }
  }
  if (r === 0) continue; // warm-up: patterns compile, the JIT settles
  keep('(whole pipeline)', cpu() - t0);
  for (const [k, v] of stageTime) keep(`stage ${k}`, v);
  const families = [...familyTime.values()].reduce((n, v) => n + v, 0);
  for (const [k, v] of familyTime) keep(`  ${k}`, v);
  keep('  (relations outside the families)', (stageTime.get('relations') ?? 0) - families);
}
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0);
console.log(`${articles.length} articles, ${(bytes / 1024).toFixed(1)} KB, best of ${rounds} rounds, CPU ms per round`);
for (const [k, v] of best) console.log(`${v.toFixed(0).padStart(6)}  ${k}`);
console.log(`whole pipeline: ${((bytes / 1024) / ((best.get('(whole pipeline)') ?? 1) / 1000)).toFixed(0)} KB/s of CPU time`);
