// Sentence splitters compared on the dev articles: speed, and splits after abbreviations (the common failure).
// Run: npx tsx bench/sentences.ts [corpus folder]   (default ../shared/corpus/dev)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseEnglish } from 'parse-english';

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const dir = process.argv[2] ?? '../shared/corpus/dev';
const bodies = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(dir, n), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const lines = bodies.flatMap((b) => b.split('\n').filter((l) => l.trim()));
const ABBREV = /\b(?:Maj|Gen|Lt|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.N|U\.S|E\.O|[A-Z])\.\s*$/;

type Splitter = (line: string) => string[];

const parser = new ParseEnglish();
const splitters: Record<string, Splitter> = {
  'parse-english': (line) => {
    const out: string[] = [];
    for (const p of (parser.parse(line) as Node).children ?? [])
      for (const s of p.children ?? [])
        if (s.type === 'SentenceNode') out.push(line.slice(s.position!.start.offset, s.position!.end.offset));
    return out;
  },
  'Intl.Segmenter (ICU)': (() => {
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    return (line: string) => [...seg.segment(line)].map((s) => s.segment.trim()).filter(Boolean);
  })(),
};

const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
console.log(`${lines.length} lines, ${bytes} bytes from ${bodies.length} articles in ${dir}\n`);
console.log('splitter                sentences  bad splits after abbreviations  KB/s');
for (const [name, split] of Object.entries(splitters)) {
  let sentences = 0;
  let bad = 0;
  for (const l of lines) {
    const parts = split(l);
    sentences += parts.length;
    bad += parts.slice(0, -1).filter((p) => ABBREV.test(p)).length;
  }
  const rounds = 30;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const l of lines) split(l);
  const kbs = (bytes * rounds) / 1024 / ((performance.now() - t0) / 1000);
  console.log(`${name.padEnd(24)}${String(sentences).padStart(9)}  ${String(bad).padStart(30)}  ${kbs.toFixed(0).padStart(5)}`);
}
