// newskg eval must agree with the reference scorer (../shared/eval/score.py, run by rdflib) on the dev set.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/buildGraph.js';
import { runEval, scoresJson } from '../../src/eval/runEval.js';
import { CQ_DIR } from '../../src/paths.js';
import { readArticleFile } from '../../src/read/article.js';
import { serialize } from '../../src/write/serialize.js';
import { PYTHON, SHARED_DIR, hasRdflib, hasShared } from '../support/externalTools.js';

const DEV = join(SHARED_DIR, 'corpus', 'dev');

type Scores = Record<string, { tp: number; fp: number; fn: number; attributes: Record<string, number | null> }>;

describe.skipIf(!hasShared || !hasRdflib)('newskg eval against score.py on the dev set', () => {
  it('counts the same true positives, false positives, false negatives and attribute accuracies per kind', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newskg-parity-'));
    const pairs: string[] = [];
    for (const name of readdirSync(DEV).filter((n) => n.endsWith('.txt')).sort()) {
      const ttl = join(out, name.replace(/\.txt$/, '.ttl'));
      writeFileSync(ttl, await serialize(buildArticle(await readArticleFile(join(DEV, name))).quads, 'turtle'));
      pairs.push('--pair', ttl, join(DEV, name.replace(/\.txt$/, '.gold.json')));
    }
    const reference = JSON.parse(
      execFileSync(PYTHON, [join(SHARED_DIR, 'eval', 'score.py'), '--queries', CQ_DIR, ...pairs, '--json'], { encoding: 'utf8' }),
    ) as Scores;
    const ours = scoresJson(await runEval([DEV])) as Scores;
    for (const kind of Object.keys(reference).filter((k) => k !== 'per_article_f1')) {
      const r = reference[kind]!;
      const o = ours[kind]!;
      expect({ kind, tp: o.tp, fp: o.fp, fn: o.fn }).toEqual({ kind, tp: r.tp, fp: r.fp, fn: r.fn });
      for (const [attr, value] of Object.entries(r.attributes)) {
        expect({ kind, attr, value: o.attributes[attr] }).toEqual({ kind, attr, value });
      }
    }
  });
});
