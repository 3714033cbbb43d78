// The dev set built as one corpus, compared article by article with single-article builds through the reference
// scorer. Used by devCorpus.test.ts; run it to see the numbers: npx tsx test/corpus/devParity.ts

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quad } from 'n3';
import { CorpusGraph, type ArticleGraph } from '../../src/corpus/corpusGraph.js';
import { extractArticle } from '../../src/corpus/extractArticle.js';
import { CQ_DIR } from '../../src/paths.js';
import { readArticleFile } from '../../src/read/article.js';
import { RDFS, SCHEMA } from '../../src/rdf/vocab.js';
import { serialize } from '../../src/write/serialize.js';
import { PYTHON, SHARED_DIR } from '../support/externalTools.js';

export const DEV = join(SHARED_DIR, 'corpus', 'dev');

/** gold file name → kind → F1, as score.py --json gives it */
export type PerArticle = Record<string, Record<string, number>>;

export interface Parity {
  /** Entity IRIs that more than one article mentions, with how many rdfs:label the merged graph gives each. */
  shared: Map<string, number>;
  single: PerArticle;
  merged: PerArticle;
}

function scorePy(pairs: [string, string][]): PerArticle {
  const args = pairs.flatMap(([graph, gold]) => ['--pair', graph, gold]);
  const out = execFileSync(PYTHON, [join(SHARED_DIR, 'eval', 'score.py'), '--queries', CQ_DIR, ...args, '--json'], { encoding: 'utf8' });
  return (JSON.parse(out) as { per_article_f1: PerArticle }).per_article_f1;
}

/**
 * Builds every dev article alone and all of them as one corpus (added in reverse order, to show order does not
 * matter), and scores each article on its own graph and on the merged graph's triples about every node its own
 * graph speaks of: what the corpus now says about the things that article reported.
 */
export async function devParity(): Promise<Parity> {
  const names = readdirSync(DEV).filter((n) => n.endsWith('.txt')).sort();
  const parts: ArticleGraph[] = [];
  for (const name of names) {
    const done = extractArticle(await readArticleFile(join(DEV, name)));
    if (!done.ok) throw new Error(done.message);
    parts.push(done.graph);
  }
  const corpus = new CorpusGraph();
  for (const p of [...parts].reverse()) corpus.add(p);
  const bySubject = new Map<string, Quad[]>();
  for (const q of corpus.mergedQuads()) {
    let list = bySubject.get(q.subject.value);
    if (!list) bySubject.set(q.subject.value, (list = []));
    list.push(q);
  }
  const mentionedBy = new Map<string, number>();
  for (const part of parts) {
    for (const e of new Set(part.quads.filter((q) => q.predicate.value === SCHEMA.mentions).map((q) => q.object.value))) {
      mentionedBy.set(e, (mentionedBy.get(e) ?? 0) + 1);
    }
  }
  const shared = new Map<string, number>();
  for (const [e, n] of mentionedBy) {
    if (n > 1) shared.set(e, (bySubject.get(e) ?? []).filter((q) => q.predicate.value === RDFS.label).length);
  }

  const dir = mkdtempSync(join(tmpdir(), 'newskg-devparity-'));
  try {
    const single: [string, string][] = [];
    const merged: [string, string][] = [];
    for (const [i, part] of parts.entries()) {
      const gold = join(DEV, names[i]!.replace(/\.txt$/, '.gold.json'));
      const own = join(dir, `${i}-single.ttl`);
      const view = join(dir, `${i}-merged.ttl`);
      writeFileSync(own, await serialize(part.quads, 'turtle'));
      const subjects = new Set(part.quads.map((q) => q.subject.value));
      writeFileSync(view, await serialize([...subjects].flatMap((s) => bySubject.get(s) ?? []), 'turtle'));
      single.push([own, gold]);
      merged.push([view, gold]);
    }
    return { shared, single: scorePy(single), merged: scorePy(merged) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { shared, single, merged } = await devParity();
  console.log(`actors mentioned by more than one article: ${shared.size}; rdfs:label count per such node: ${[...new Set(shared.values())].join(', ')}`);
  console.log(`${[...shared.keys()].map((e) => e.slice(e.lastIndexOf('/') + 1)).sort().join(' ')}\n`);
  const kinds = [...new Set(Object.values(single).flatMap((k) => Object.keys(k)))];
  console.log(`| article | ${kinds.join(' | ')} |\n| --- |${kinds.map(() => ' ---: |').join('')}`);
  for (const [article, f1] of Object.entries(single)) {
    console.log(`| ${article.replace(/\.gold\.json$/, '')} | ${kinds.map((k) => `${(f1[k] ?? 0).toFixed(2)} → ${(merged[article]?.[k] ?? 0).toFixed(2)}`).join(' | ')} |`);
  }
}
