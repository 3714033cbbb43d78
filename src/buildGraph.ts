// From articles to one graph: annotate each article with the pipeline, map its annotations to RDF, unite the quads.

import type { Quad } from 'n3';
import type { AnnotatedDocument } from './annotate/document.js';
import { createPipeline, type Pipeline } from './annotate/pipeline.js';
import type { Article } from './read/article.js';
import { documentToQuads } from './rdf/toRdf.js';

export interface BuiltGraph {
  quads: Quad[];
  documents: AnnotatedDocument[];
}

let shared: Pipeline | undefined;

/** The default pipeline, built once per process. */
export function defaultPipeline(): Pipeline {
  shared ??= createPipeline();
  return shared;
}

/** Annotates one article and maps it to quads. */
export function buildArticle(article: Article, pipeline: Pipeline = defaultPipeline()): BuiltGraph {
  const doc = pipeline.annotate(article);
  return { quads: documentToQuads(doc), documents: [doc] };
}

/** Builds one graph from several articles (their quads united; identical IRIs merge). */
export function buildGraph(articles: Iterable<Article>, pipeline: Pipeline = defaultPipeline()): BuiltGraph {
  const quads: Quad[] = [];
  const documents: AnnotatedDocument[] = [];
  for (const article of articles) {
    const built = buildArticle(article, pipeline);
    for (const q of built.quads) quads.push(q);
    documents.push(...built.documents);
  }
  return { quads, documents };
}
