// The unit of work of a corpus build, the same in a worker thread and in the main thread: one article in, its
// quads (or the reason it failed) out.

import type { Quad } from 'n3';
import { buildArticle } from '../buildGraph.js';
import type { Article } from '../read/article.js';
import { articleIri } from '../rdf/iris.js';
import type { ArticleGraph } from './corpusGraph.js';

/** What extracting one article gave: its graph, or a failure naming the article. */
export type Extracted = { ok: true; graph: ArticleGraph } | { ok: false; source: string; message: string };

/** Extracts one article; an exception inside the pipeline becomes a failure of this article alone. */
export function extractArticle(article: Article): Extracted {
  let quads: Quad[];
  try {
    quads = buildArticle(article).quads;
  } catch (err) {
    return { ok: false, source: article.source, message: `extraction failed: ${(err as Error).message}` };
  }
  const graph: ArticleGraph = { article: articleIri(article.id, article.hash), hash: article.hash, quads };
  if (article.outlet) graph.outlet = article.outlet;
  return { ok: true, graph };
}
