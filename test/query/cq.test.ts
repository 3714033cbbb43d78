// Every competency question, run through `newskg query`, returns the same rows as rdflib on the same file.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/buildGraph.js';
import { main } from '../../src/cli/main.js';
import { CQ_DIR } from '../../src/paths.js';
import { readArticleFile } from '../../src/read/article.js';
import { serialize } from '../../src/write/serialize.js';
import { captureIo } from '../support/captureIo.js';
import { hasRdflib, hasShared, SHARED_DIR } from '../support/externalTools.js';
import { richTurtle } from './richGraph.js';
import { rdflibJson, rowKeys } from './rdflibResults.js';

const CQS = readdirSync(CQ_DIR).filter((f) => f.endsWith('.rq')).sort();
const dir = mkdtempSync(join(tmpdir(), 'newskg-cq-'));
const graphs: string[] = [];
/** graph path → query path → rdflib's results */
const expected = new Map<string, Record<string, string>>();

async function ours(graph: string, cq: string): Promise<string> {
  const io = captureIo();
  const code = await main(['query', graph, '-f', join(CQ_DIR, cq), '--format', 'json'], io);
  expect(io.stderr).toBe('');
  expect(code).toBe(0);
  return io.stdout;
}

describe.skipIf(!hasRdflib)('competency questions: newskg query agrees with rdflib', () => {
  beforeAll(async () => {
    const rich = join(dir, 'rich.ttl');
    writeFileSync(rich, await richTurtle());
    graphs.push(rich);
    if (hasShared) {
      const article = join(SHARED_DIR, 'corpus', 'dev', 'voa-al-shabab-attacks-au-base-el-adde-2016-01-15.txt');
      const built = join(dir, 'dev.ttl');
      writeFileSync(built, await serialize(buildArticle(await readArticleFile(article)).quads, 'turtle'));
      graphs.push(built);
    }
    for (const g of graphs) expected.set(g, rdflibJson(g, CQS.map((cq) => join(CQ_DIR, cq))));
  });

  it.each(CQS)('%s', async (cq) => {
    for (const graph of graphs) {
      const theirs = rowKeys(expected.get(graph)![join(CQ_DIR, cq)]!);
      expect(rowKeys(await ours(graph, cq)), `${cq} on ${graph}`).toEqual(theirs);
    }
  });

  it('the hand-built graph gives every question rows to compare', async () => {
    for (const cq of CQS) expect(rowKeys(await ours(graphs[0]!, cq)).length, cq).toBeGreaterThan(0);
  });
});

if (!hasRdflib) console.warn('competency-question comparison skipped: /usr/bin/python3 with rdflib is not installed');
