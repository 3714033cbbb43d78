// What `newskg build` writes conforms to the shapes: the bundled example, every dev article on its own, and the
// merged graph of all of them (one label per entity, one confidence per fact after merging).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/buildGraph.js';
import { CorpusGraph } from '../../src/corpus/corpusGraph.js';
import { extractArticle } from '../../src/corpus/extractArticle.js';
import { EXAMPLE_ARTICLE } from '../../src/paths.js';
import { readArticleFile } from '../../src/read/article.js';
import { formatViolation, GraphValidator } from '../../src/validate/validateGraph.js';
import { SHARED_DIR } from '../support/externalTools.js';

const DEV_DIR = join(SHARED_DIR, 'corpus', 'dev');
const devArticles = existsSync(DEV_DIR) ? readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).sort() : [];

let validator: GraphValidator;
beforeAll(() => {
  validator = new GraphValidator();
});

async function violationsOf(path: string): Promise<string> {
  const { quads } = buildArticle(await readArticleFile(path));
  expect(quads.length).toBeGreaterThan(50);
  const out = await validator.validate(quads);
  return out.violations.map(formatViolation).join('\n');
}

describe('built graphs conform to ontology/shapes.ttl', () => {
  it('the bundled example article', async () => {
    expect(await violationsOf(EXAMPLE_ARTICLE)).toBe('');
  }, 60_000);

  it.skipIf(!devArticles.length).each(devArticles)('dev article %s', async (file) => {
    expect(await violationsOf(join(DEV_DIR, file))).toBe('');
  }, 60_000);

  it.skipIf(!devArticles.length)('the merged graph of every dev article', async () => {
    const corpus = new CorpusGraph();
    for (const file of devArticles) {
      const extracted = extractArticle(await readArticleFile(join(DEV_DIR, file)));
      if (!extracted.ok) throw new Error(extracted.message);
      corpus.add(extracted.graph);
    }
    const out = await validator.validate(corpus.quads(false));
    expect(out.violations.map(formatViolation).join('\n')).toBe('');
  }, 120_000);
});
